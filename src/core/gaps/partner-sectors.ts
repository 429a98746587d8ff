import type { CatalogueIndex } from '../catalogue/catalogue-index';
import type { TypeMatch } from '../catalogue/match-partner-type';
import { matchSector } from '../catalogue/match-sector';
import type { Partner } from '../model/types';

/** The catalogue sector a partner counts in for the sector findings; null for none. */
export interface PartnerSector {
  partnerId: string;
  sectorId: string | null;
}

/**
 * The catalogue sector each partner counts in, so that the gaps name it as the map, the matrix and
 * the report do: the sector its own sector names (the catalogue label, its spelling in other case,
 * a synonym). A partner without a sector counts in the sector of the type it was matched to; one
 * with a sector of its own, outside the catalogue, in none, since every other view shows it apart.
 */
export function partnerSectors(
  partners: readonly Partner[],
  index: CatalogueIndex,
  matches: ReadonlyMap<string, TypeMatch>,
): PartnerSector[] {
  return partners.map(({ id, sector }) => {
    if (sector.trim() === '') return { partnerId: id, sectorId: matches.get(id)?.sectorId ?? null };
    const named = matchSector(sector, index);
    const exact = named.reason === 'sector-label' || named.reason === 'sector-synonym';
    return { partnerId: id, sectorId: exact ? named.sectorId : null };
  });
}
