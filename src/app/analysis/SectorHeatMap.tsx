import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import { sectorsInOrder } from '../../core/appearance/sector-colors';
import { AnalysisSection } from './AnalysisSection';
import { densityColour, readableTextOn, sectorMatrix } from './heat-map';
import { SectorName } from './Names';
import { YouthHealthCallout } from './YouthHealthCallout';
import { useMeasureFormat } from './use-measure-format';
import { ScrollRegion } from '../components/ScrollRegion';
import { useSectorName } from '../text/use-sector-name';

const EMPTY_CELL = '#ffffff';

/** The block density matrix by sector as a shaded table: rows and columns in the map's sector order. */
export function SectorHeatMap({ analysis }: { analysis: NetworkAnalysis }) {
  const { t } = useTranslation();
  const format = useMeasureFormat();
  const blocks = analysis.sectors.blockDensity;
  const { sectors, lookup, colour } = useMemo(
    () => ({
      sectors: sectorsInOrder(blocks.flatMap((block) => [block.a, block.b])),
      lookup: sectorMatrix(blocks),
      colour: densityColour(blocks),
    }),
    [blocks],
  );
  const inLanguage = useSectorName();
  const sectorLabel = (sector: string) =>
    sector === '' ? t('analysis.noSector') : inLanguage(sector);

  return (
    <AnalysisSection title={t('analysis.sections.sectors')}>
      <ScrollRegion name={t('analysis.sections.sectors')}>
        <table className="analysis-table analysis-heat-map">
          <caption>{t('analysis.heatMap.caption')}</caption>
          <thead>
            <tr>
              <td>
                <span className="muted">{t('analysis.heatMap.corner')}</span>
              </td>
              {sectors.map((sector) => (
                <th key={sector} scope="col">
                  <SectorName sector={sector} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sectors.map((row) => (
              <tr key={row}>
                <th scope="row">
                  <SectorName sector={row} />
                </th>
                {sectors.map((column) => {
                  const block = lookup(row, column);
                  const density = block?.density ?? null;
                  const background = density === null ? EMPTY_CELL : colour(density);
                  const ties = format(block?.ties ?? 0);
                  const shownDensity = format(density, 3);
                  return (
                    <td
                      key={column}
                      className="analysis-heat-cell"
                      style={{ background, color: readableTextOn(background) }}
                      title={t('analysis.heatMap.cell', {
                        a: sectorLabel(row),
                        b: sectorLabel(column),
                        density: shownDensity,
                        ties,
                      })}
                    >
                      <span className="analysis-heat-density">{shownDensity}</span>
                      <span className="analysis-heat-ties">
                        {t('analysis.heatMap.ties', { ties })}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <YouthHealthCallout sectors={sectors} lookup={lookup} />
    </AnalysisSection>
  );
}
