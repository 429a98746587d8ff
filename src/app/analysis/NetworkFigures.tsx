import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import { KEY_FIGURES } from '../../core/report/key-figures';
import { AnalysisSection } from './AnalysisSection';
import { CalculationNotes } from './CalculationNotes';
import { measureText, networkFigure } from './measures';
import { useMeasureFormat } from './use-measure-format';
import { weightingOf } from './weighting';

/** The report's key figures (the same list), and how clearly the network forms groups. */
const FIGURES = [...KEY_FIGURES, 'modularity', 'nmiWithSectors'].map((id) => networkFigure(id));

/** The network's key figures, each with its plain-language explanation shown beside it. */
export function NetworkFigures({ analysis }: { analysis: NetworkAnalysis }) {
  const { t } = useTranslation();
  const format = useMeasureFormat();
  return (
    <AnalysisSection title={t('analysis.sections.figures')}>
      <dl className="analysis-figures">
        {FIGURES.map((figure) => {
          return (
            <div key={figure.id} className="analysis-figure" data-figure={figure.id}>
              <dt>{t(measureText(figure, 'label'))}</dt>
              <dd className="analysis-figure-value">
                {format(figure.value(analysis), figure.digits)}
              </dd>
              <dd className="analysis-help">
                {t(measureText(figure, 'help'))}
                {weightingOf(figure.id) === 'intensity-as-strength' && (
                  <span className="analysis-weighting">
                    {' '}
                    ({t('analysis.weighting.intensity-as-strength')})
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      <CalculationNotes analysis={analysis} />
    </AnalysisSection>
  );
}
