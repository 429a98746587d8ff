import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import { KEY_FIGURES } from '../../core/report/key-figures';
import { showOnMap } from '../store/state';
import { update } from '../store/store';
import { AnalysisSection } from './AnalysisSection';
import { CalculationNotes } from './CalculationNotes';
import { measureText, networkFigure } from './measures';
import { useMeasureFormat } from './use-measure-format';
import { weightingOf } from './weighting';

/** The report's key figures (the same list), and how clearly the network forms groups. */
const FIGURES = [...KEY_FIGURES, 'modularity', 'nmiWithSectors'].map((id) => networkFigure(id));

/** The figures that count partners, and which partners they count. */
const COUNTED: Partial<Record<string, (analysis: NetworkAnalysis) => readonly string[]>> = {
  isolates: (analysis) => analysis.network.isolates,
  articulationPoints: (analysis) => analysis.network.articulationPoints,
};

/**
 * The network's key figures, each with its plain-language explanation shown beside it; a figure
 * that counts partners shows them on the map.
 */
export function NetworkFigures({ analysis }: { analysis: NetworkAnalysis }) {
  const { t } = useTranslation();
  const format = useMeasureFormat();
  return (
    <AnalysisSection title={t('analysis.sections.figures')}>
      <dl className="analysis-figures">
        {FIGURES.map((figure) => {
          const value = format(figure.value(analysis), figure.digits);
          const counted = COUNTED[figure.id]?.(analysis) ?? [];
          return (
            <div key={figure.id} className="analysis-figure" data-figure={figure.id}>
              <dt>{t(measureText(figure, 'label'))}</dt>
              <dd className="analysis-figure-value">
                {counted.length > 0 ? (
                  <button
                    type="button"
                    className="figure-button"
                    aria-label={t(`figures.show.${figure.id}`, { value })}
                    onClick={() => update(showOnMap([...counted]))}
                  >
                    {value}
                  </button>
                ) : (
                  value
                )}
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
