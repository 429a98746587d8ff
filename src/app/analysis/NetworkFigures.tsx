import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import { KEY_FIGURES } from '../../core/report/key-figures';
import { AnalysisSection } from './AnalysisSection';
import { CalculationNotes } from './CalculationNotes';
import { useMeasureFormat } from './use-measure-format';
import { weightingOf } from './weighting';

/** The report's key figures (the same list), and how clearly the network forms groups. */
const FIGURES = [...KEY_FIGURES, 'modularity', 'nmiWithSectors'] as const;

type FigureId = (typeof FIGURES)[number];

/** A figure's value and its decimals: counts are whole, shares and indices get three. */
function figure(analysis: NetworkAnalysis, id: FigureId): [number | null, number] {
  const { network, sectors } = analysis;
  switch (id) {
    case 'partners':
    case 'cooperations':
    case 'components':
      return [network[id], 0];
    case 'density':
      return [network.density, 3];
    case 'isolates':
    case 'articulationPoints':
    case 'bridges':
      return [network[id].length, 0];
    case 'eiIndex':
    case 'assortativity':
      return [sectors[id], 3];
    case 'communities':
      return [sectors.communities.count, 0];
    case 'modularity':
    case 'nmiWithSectors':
      return [sectors.communities[id], 3];
  }
}

/** The network's key figures, each with its plain-language explanation shown beside it. */
export function NetworkFigures({ analysis }: { analysis: NetworkAnalysis }) {
  const { t } = useTranslation();
  const format = useMeasureFormat();
  return (
    <AnalysisSection title={t('analysis.sections.figures')}>
      <dl className="analysis-figures">
        {FIGURES.map((id) => {
          const [value, digits] = figure(analysis, id);
          return (
            <div key={id} className="analysis-figure" data-figure={id}>
              <dt>{t(`analysis.figures.${id}.label`)}</dt>
              <dd className="analysis-figure-value">{format(value, digits)}</dd>
              <dd className="analysis-help">
                {t(`analysis.figures.${id}.help`)}
                {weightingOf(id) === 'intensity-as-strength' && (
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
