import { sectorPalette } from '../core/appearance/sector-colors';
import { startPositions } from '../core/appearance/start-positions';
import { reportMapSvg } from '../core/export/report-map';
import { forceLayout } from '../core/layout/force-layout';
import type { Network } from '../core/model/types';

/**
 * The map for the static report: the layout the app computes where it cannot show the interactive
 * map (ForceAtlas2 from the map's seeded start; the same network always gives the same picture),
 * drawn with `reportMapSvg` in the app's sector colours.
 */
export function drawReportMap(
  network: Network,
  title: string,
  noSector: string,
  sectorName?: (sector: string) => string,
): string {
  const { colors, legend } = sectorPalette(network.partners, noSector, sectorName);
  return reportMapSvg({
    network,
    positions: forceLayout(network, startPositions(network)),
    sectorColors: colors,
    title,
    legend,
  });
}
