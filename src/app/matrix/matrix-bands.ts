import type { Network, Partner } from '../../core/model/types';
import { sectorsInOrder } from '../../core/appearance/sector-colors';
import { germanOrder } from '../text/german-order';

/** The partners of one sector, side by side in the matrix. */
export interface SectorBand {
  sector: string;
  partners: Partner[];
}

const byName = (a: Partner, b: Partner) => germanOrder(a.name, b.name);

/**
 * The shown partners in sector bands: sectors in the map's order, so that the blocks along the
 * diagonal are the cooperation within each sector, and partners by name within each band.
 */
export function matrixBands(network: Network, shown: ReadonlySet<string>): SectorBand[] {
  const bySector = new Map<string, Partner[]>();
  for (const partner of network.partners) {
    if (!shown.has(partner.id)) continue;
    const band = bySector.get(partner.sector);
    if (band) band.push(partner);
    else bySector.set(partner.sector, [partner]);
  }
  return sectorsInOrder(bySector.keys()).map((sector) => ({
    sector,
    partners: (bySector.get(sector) ?? []).sort(byName),
  }));
}
