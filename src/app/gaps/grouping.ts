import type { Catalogue } from '../../core/catalogue/types';
import type { PartnerSector } from '../../core/gaps/partner-sectors';
import type { MissingType } from '../../core/gaps/types';
import { listIn } from '../../core/model/lists';

/** The partners of each catalogue sector, for "show this sector on the map". */
export function partnersBySector(sectors: readonly PartnerSector[]): Map<string, string[]> {
  const bySector = new Map<string, string[]>();
  for (const { partnerId, sectorId } of sectors) {
    if (sectorId !== null) listIn(bySector, sectorId).push(partnerId);
  }
  return bySector;
}

/**
 * Missing types grouped by sector in catalogue order. The report lists them law first; grouping
 * keeps that order inside each sector.
 */
export function missingTypesBySector(
  missing: readonly MissingType[],
  catalogue: Catalogue,
): { sector: string; types: MissingType[] }[] {
  return catalogue.sectors
    .map((sector) => ({ sector: sector.id, types: missing.filter((m) => m.sector === sector.id) }))
    .filter((group) => group.types.length > 0);
}
