import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { measureText } from './measures';
import { partnerMeasures } from './partner-rows';
import { weightingOf } from './weighting';

/** The one-line explanation of every column of the partner table, visible below it. */
export function MeasureLegend() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <div className="analysis-legend">
      <h4 id={headingId}>{t('analysis.table.legend')}</h4>
      <dl aria-labelledby={headingId}>
        {partnerMeasures().map((measure) => (
          <div key={measure.id}>
            <dt>
              {t(measureText(measure, 'label'))}{' '}
              <span className="muted">({t(measureText(measure, 'term'))})</span>
            </dt>
            <dd>
              {t(measureText(measure, 'help'))}{' '}
              <span className="analysis-weighting">
                – {t(`analysis.weighting.${weightingOf(measure.id)}`)}
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
