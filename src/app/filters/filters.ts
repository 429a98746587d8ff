import type { Cooperation, Intensity, Network } from '../../core/model/types';
import { germanOrder } from '../text/german-order';
import { listIn } from '../../core/model/lists';

/**
 * What the map and the table show. Empty lists mean "all"; `ego` narrows the view to one partner
 * with its first (and second) neighbours, VennMaker-style.
 */
export interface Filters {
  sectors: string[];
  types: string[];
  municipalities: string[];
  socialAreas: string[];
  minIntensity: Intensity;
  formalOnly: boolean;
  ego: { id: string; depth: 1 | 2 } | null;
}

export const NO_FILTERS: Filters = {
  sectors: [],
  types: [],
  municipalities: [],
  socialAreas: [],
  minIntensity: 1,
  formalOnly: false,
  ego: null,
};

export interface Visible {
  partners: Set<string>;
  /** Ties (`tieKey`) that are shown. */
  cooperations: Set<string>;
  hiddenPartners: number;
  hiddenCooperations: number;
}

/** One key per tie whichever way round it is listed: `a\u0000b` with a < b. */
export function tieKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function isFiltering(filters: Filters): boolean {
  return (
    filters.sectors.length +
      filters.types.length +
      filters.municipalities.length +
      filters.socialAreas.length >
      0 ||
    filters.minIntensity > 1 ||
    filters.formalOnly ||
    filters.ego !== null
  );
}

const within = (chosen: string[], value: string) => chosen.length === 0 || chosen.includes(value);

/** Partners within `depth` steps of `id` over the ties that pass the tie filters. */
function egoNetwork(id: string, depth: number, ties: Cooperation[]): Set<string> {
  const neighbours = new Map<string, string[]>();
  for (const c of ties) {
    listIn(neighbours, c.source).push(c.target);
    listIn(neighbours, c.target).push(c.source);
  }
  const reached = new Set([id]);
  let frontier = [id];
  for (let step = 0; step < depth; step++) {
    frontier = frontier
      .flatMap((node) => neighbours.get(node) ?? [])
      .filter((node) => !reached.has(node));
    for (const node of frontier) reached.add(node);
  }
  return reached;
}

/**
 * Applies the filters: a tie is shown when it passes the tie filters and both partners are shown.
 * Without a filter everything is shown, and the sets of what is shown are only made when a view
 * asks for them (the map does not): at 10,000 partners they took 20–30 ms at every change of the
 * network.
 */
export function visibleParts(network: Network, filters: Filters): Visible {
  if (!isFiltering(filters)) return everything(network);
  const tiesPassing = network.cooperations.filter(
    (c) => c.intensity >= filters.minIntensity && (!filters.formalOnly || c.formal),
  );
  const ego = filters.ego ? egoNetwork(filters.ego.id, filters.ego.depth, tiesPassing) : null;
  const partners = new Set(
    network.partners
      .filter(
        (p) =>
          within(filters.sectors, p.sector) &&
          within(filters.types, p.type) &&
          within(filters.municipalities, p.municipality) &&
          within(filters.socialAreas, p.socialArea) &&
          (ego === null || ego.has(p.id)),
      )
      .map((p) => p.id),
  );
  const cooperations = new Set(
    tiesPassing
      .filter((c) => partners.has(c.source) && partners.has(c.target))
      .map((c) => tieKey(c.source, c.target)),
  );
  return {
    partners,
    cooperations,
    hiddenPartners: network.partners.length - partners.size,
    hiddenCooperations: network.cooperations.length - cooperations.size,
  };
}

/** Every partner and tie shown, the sets made on first use. */
function everything(network: Network): Visible {
  let partners: Set<string> | undefined;
  let cooperations: Set<string> | undefined;
  return {
    get partners() {
      return (partners ??= new Set(network.partners.map((p) => p.id)));
    },
    get cooperations() {
      return (cooperations ??= new Set(
        network.cooperations.map((c) => tieKey(c.source, c.target)),
      ));
    },
    hiddenPartners: 0,
    hiddenCooperations: 0,
  };
}

/** The distinct values of a partner field, sorted for a German reader, for the filter choices. */
export function choices(
  network: Network,
  field: 'sector' | 'type' | 'municipality' | 'socialArea',
): string[] {
  return [...new Set(network.partners.map((p) => p[field]).filter((v) => v !== ''))].sort(
    germanOrder,
  );
}
