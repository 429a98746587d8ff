import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import { AnalysisSection } from './AnalysisSection';
import { groupsAndSectorsOf } from './readings';
import { useMeasureFormat } from './use-measure-format';

/** Louvain communities compared with the sectors: do the groups only repeat the sector silos? */
export function CommunitiesVsSectors({ analysis }: { analysis: NetworkAnalysis }) {
  const { t } = useTranslation();
  const format = useMeasureFormat();
  const { count, modularity, nmiWithSectors } = analysis.sectors.communities;
  const figures = [
    ['communities', format(count)],
    ['modularity', format(modularity, 3)],
    ['nmiWithSectors', format(nmiWithSectors, 3)],
  ] as const;
  return (
    <AnalysisSection title={t('analysis.sections.communities')}>
      <p className="analysis-help">{t('analysis.communities.intro')}</p>
      <dl className="analysis-figures">
        {figures.map(([id, value]) => (
          <div key={id} className="analysis-figure">
            <dt>{t(`analysis.figures.${id}.label`)}</dt>
            <dd className="analysis-figure-value">{value}</dd>
            <dd className="analysis-help">{t(`analysis.figures.${id}.help`)}</dd>
          </div>
        ))}
      </dl>
      <p className="analysis-callout">
        {t(`analysis.communities.${groupsAndSectorsOf(nmiWithSectors)}`)}
      </p>
    </AnalysisSection>
  );
}
