import type { NetworkIndex } from '../analysis/network-index';
import type { GapReport, SectorPair } from '../gaps/types';

/** What the loss of some partners does to the cooperation between the catalogue's sectors. */
export interface SectorLoss {
  /**
   * Catalogue sectors that would keep partners but lose their last cooperation with any other
   * sector, in catalogue order.
   */
  sectorsCutOff: string[];
  /** Pairs of catalogue sectors, both keeping partners, that cooperate now and would not. */
  sectorPairsUnlinked: SectorPair[];
}

/**
 * The sectors that lose their connection when partners leave, for any set of partners (given by
 * their positions in the index): one set at a time, each in the time of the ties it loses, so
 * that the report can ask it for every articulation point. Sectors are those of the gap report (a
 * partner counts in the catalogue sector its own sector names, see partnerSectors) and the ties
 * between them its `sectorLinks`: the ties that would go are taken from those, so the gap
 * report's own counting is not done again.
 */
export function sectorLosses(
  index: NetworkIndex,
  gaps: Pick<GapReport, 'partnerSectors' | 'sectorLinks'>,
): (leaving: readonly number[]) => SectorLoss {
  const sectorOf: (string | null)[] = new Array<string | null>(index.ids.length).fill(null);
  const partnersIn = new Map<string, number>();
  for (const { partnerId, sectorId } of gaps.partnerSectors) {
    const position = index.positions.get(partnerId);
    if (position === undefined || sectorId === null) continue;
    sectorOf[position] = sectorId;
    partnersIn.set(sectorId, (partnersIn.get(sectorId) ?? 0) + 1);
  }

  return (leaving) => {
    const gone = new Set(leaving);
    const left = new Map<string, number>();
    for (const u of gone) {
      const sector = sectorOf[u] ?? null;
      if (sector !== null) left.set(sector, (left.get(sector) ?? 0) + 1);
    }
    const remains = (sector: string) => (partnersIn.get(sector) ?? 0) > (left.get(sector) ?? 0);
    const lost = lostBetweenSectors(index, gone, sectorOf);

    const sectorPairsUnlinked: SectorPair[] = [];
    const crossTies = new Map<string, { before: number; after: number }>();
    for (const { a, b, ties } of gaps.sectorLinks) {
      const after = ties - (lost.get(pairKey(a, b)) ?? 0);
      if (ties > 0 && after === 0 && remains(a) && remains(b)) sectorPairsUnlinked.push({ a, b });
      for (const sector of [a, b]) {
        const sum = crossTies.get(sector) ?? { before: 0, after: 0 };
        crossTies.set(sector, { before: sum.before + ties, after: sum.after + after });
      }
    }
    // The links list the pairs in catalogue order, so their sectors come in that order too.
    const sectorsCutOff = [...crossTies]
      .filter(([sector, { before, after }]) => remains(sector) && before > 0 && after === 0)
      .map(([sector]) => sector);
    return { sectorsCutOff, sectorPairsUnlinked };
  };
}

/** The ties between two different sectors that have an end taken out, by pair of sectors. */
function lostBetweenSectors(
  index: NetworkIndex,
  gone: ReadonlySet<number>,
  sectorOf: readonly (string | null)[],
): Map<string, number> {
  const lost = new Map<string, number>();
  for (const u of gone) {
    const s = sectorOf[u] ?? null;
    if (s === null) continue;
    for (let e = index.offsets[u]!; e < index.offsets[u + 1]!; e += 1) {
      const w = index.neighbours[e]!;
      const t = sectorOf[w] ?? null;
      // A tie between two partners who both leave is counted from the first of them only.
      if (t === null || t === s || (gone.has(w) && w < u)) continue;
      const key = pairKey(s, t);
      lost.set(key, (lost.get(key) ?? 0) + 1);
    }
  }
  return lost;
}

/** The same key for a pair of sectors either way round. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
