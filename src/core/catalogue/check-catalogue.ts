import { catalogueProblem } from './problems';
import { compactName, normaliseName } from './normalise';
import type { Catalogue, CatalogueProblem } from './types';

/**
 * Checks what a schema cannot: ids unique across the catalogue, and no spelling claimed by two
 * types (it would make matching depend on file order, so the user is warned).
 */
export function checkCatalogue(catalogue: Catalogue): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const sectorIds = new Set<string>();
  const typeIds = new Set<string>();
  const spellingOwner = new Map<string, string>();
  catalogue.sectors.forEach((sector, s) => {
    if (sectorIds.has(sector.id)) {
      problems.push(
        catalogueProblem('duplicate-sector', { path: `sectors.${s}.id` }, { sector: sector.id }),
      );
    }
    sectorIds.add(sector.id);
    sector.types.forEach((type, t) => {
      const path = `sectors.${s}.types.${t}`;
      if (typeIds.has(type.id)) {
        problems.push(
          catalogueProblem('duplicate-type', { path: `${path}.id` }, { type: type.id }),
        );
      }
      typeIds.add(type.id);
      for (const spelling of [type.label.de, ...type.synonyms]) {
        const key = compactName(normaliseName(spelling));
        const owner = spellingOwner.get(key);
        if (owner !== undefined && owner !== type.id) {
          const params = { synonym: spelling, type: type.id, other: owner };
          problems.push(catalogueProblem('ambiguous-synonym', { path }, params, 'warning'));
        }
        spellingOwner.set(key, type.id);
      }
    });
  });
  return problems;
}
