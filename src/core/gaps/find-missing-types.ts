import type { CatalogueIndex } from '../catalogue/catalogue-index';
import type { TypeMatch } from '../catalogue/match-partner-type';
import { BASES } from '../catalogue/types';
import type { MissingType } from './types';

/** Catalogue types no partner matches, those the law names first (DOMAIN.md, § 3 KKG). */
export function findMissingTypes(
  index: CatalogueIndex,
  matches: Iterable<TypeMatch>,
): MissingType[] {
  const present = new Set<string>();
  for (const match of matches) if (match.typeId !== null) present.add(match.typeId);
  const missing = index.catalogue.sectors.flatMap((sector) =>
    sector.types
      .filter((type) => !present.has(type.id))
      .map((type) => ({ type: type.id, sector: sector.id, basis: type.basis })),
  );
  return missing.sort((x, y) => BASES.indexOf(x.basis) - BASES.indexOf(y.basis));
}

/** Catalogue sectors no partner counts in (see partnerSectors). */
export function findMissingSectors(
  index: CatalogueIndex,
  sectorOfPartners: Iterable<string | null>,
): string[] {
  const present = new Set(sectorOfPartners);
  return index.catalogue.sectors.map((sector) => sector.id).filter((id) => !present.has(id));
}
