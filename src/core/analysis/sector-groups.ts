import type { NetworkIndex } from './network-index';

export interface SectorGroups {
  /** Sector names, sorted; "" (sector unknown) is a group of its own. */
  names: string[];
  /** Group number of each partner by position. */
  groupOf: Int32Array;
  /** Partner count of each group. */
  sizes: number[];
}

/** Numbers the sectors so that mixing measures can work on small integer arrays. */
export function sectorGroups(index: NetworkIndex): SectorGroups {
  const names = [...new Set(index.sectors)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const numberOf = new Map<string, number>();
  names.forEach((name, g) => numberOf.set(name, g));
  const groupOf = Int32Array.from(index.sectors, (sector) => numberOf.get(sector) as number);
  const sizes = new Array<number>(names.length).fill(0);
  for (const g of groupOf) sizes[g]! += 1;
  return { names, groupOf, sizes };
}
