import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import { sectorsInOrder } from '../../core/appearance/sector-colors';
import { AnalysisSection } from './AnalysisSection';
import { SectorName } from './Names';
import { opennessOf } from './readings';
import { useMeasureFormat } from './use-measure-format';

/** The E-I index of every sector with a plain reading of what it says about the sector. */
export function SectorOpenness({ analysis }: { analysis: NetworkAnalysis }) {
  const { t } = useTranslation();
  const format = useMeasureFormat();
  const bySector = analysis.sectors.eiBySector;
  return (
    <AnalysisSection title={t('analysis.sections.openness')}>
      <p className="analysis-help">{t('analysis.openness.intro')}</p>
      <table className="analysis-table analysis-openness">
        <caption>{t('analysis.openness.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analysis.openness.sector')}</th>
            <th scope="col" className="num">
              {t('analysis.openness.value')}
            </th>
            <th scope="col">{t('analysis.openness.reading')}</th>
          </tr>
        </thead>
        <tbody>
          {sectorsInOrder(bySector.keys()).map((sector) => {
            const ei = bySector.get(sector) ?? null;
            return (
              <tr key={sector}>
                <th scope="row">
                  <SectorName sector={sector} />
                </th>
                <td className="num">{format(ei, 3)}</td>
                <td>{t(`analysis.openness.${opennessOf(ei)}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </AnalysisSection>
  );
}
