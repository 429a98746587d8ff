import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNER_MEASURES } from './partner-rows';
import { weightingOf } from './weighting';

/** The one-line explanation of every column of the partner table, visible below it. */
export function MeasureLegend() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <div className="analysis-legend">
      <h4 id={headingId}>{t('analysis.table.legend')}</h4>
      <dl aria-labelledby={headingId}>
        {PARTNER_MEASURES.map((id) => (
          <div key={id}>
            <dt>
              {t(`analysis.measures.${id}.label`)}{' '}
              <span className="muted">({t(`analysis.measures.${id}.term`)})</span>
            </dt>
            <dd>
              {t(`analysis.measures.${id}.help`)}{' '}
              <span className="analysis-weighting">
                – {t(`analysis.weighting.${weightingOf(id)}`)}
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
