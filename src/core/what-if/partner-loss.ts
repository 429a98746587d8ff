import { components, type Components } from '../analysis/components';
import type { NetworkIndex } from '../analysis/network-index';

/**
 * What the loss of some partners does to the others, read off the network as it is (nothing is
 * changed): who would be left without any cooperation, and who would be cut off from the rest.
 */
export interface PartnerLoss {
  /** Cooperations that would go with the partners taken out. */
  lostCooperations: number;
  /** Partners that cooperate with someone now and would cooperate with no one, by ID. */
  isolated: string[];
  /**
   * Groups of partners of the network's largest part that would still cooperate among themselves
   * but no longer reach the rest of it: each group's IDs in ID order, larger groups first.
   */
  cutOff: string[][];
  /** Connected parts (Teilnetze) now and after. */
  parts: { before: number; after: number };
  /** Partners in the largest connected part now, and in the largest of what remains. */
  largestPart: { before: number; after: number };
}

/**
 * The partners that lose their connection when those marked 1 in `without` leave (a what-if).
 * "The rest" is the largest part of the network (a Teilnetz: partners that reach each other
 * through cooperations), and after the loss the largest piece that remains of it; among equally
 * large ones the one holding the first partner ID. A smaller part that falls apart is not cut off
 * from anything it was tied to, but its partners left without any tie are still named.
 * `before` are the network's components when the caller has them (one per articulation point).
 */
export function partnerLoss(
  index: NetworkIndex,
  without: Uint8Array,
  before: Components = components(index),
): PartnerLoss {
  const after = components(index, without);
  const main = largest(before.sizes, () => true);
  // Removing partners only splits parts: each piece lies inside one part of the network as it is.
  const originOf = new Int32Array(after.count);
  after.membership.forEach((piece, i) => {
    if (piece >= 0) originOf[piece] = before.membership[i]!;
  });
  const origin = (piece: number) => originOf[piece]!;
  const rest = largest(after.sizes, (piece) => origin(piece) === main);
  const isolated: string[] = [];
  const groups = new Map<number, string[]>();
  index.ids.forEach((id, i) => {
    const piece = after.membership[i]!;
    if (piece < 0) return;
    if (after.sizes[piece] === 1) {
      if (index.offsets[i + 1]! > index.offsets[i]!) isolated.push(id);
    } else if (piece !== rest && origin(piece) === main) {
      const group = groups.get(piece);
      if (group === undefined) groups.set(piece, [id]);
      else group.push(id);
    }
  });
  return {
    lostCooperations: lostCooperations(index, without),
    isolated,
    // Pieces are numbered by their first partner in ID order: a stable order among equals.
    cutOff: [...groups.values()].sort((a, b) => b.length - a.length),
    parts: { before: before.count, after: after.count },
    largestPart: {
      before: sizeOf(before, main),
      after: sizeOf(
        after,
        largest(after.sizes, () => true),
      ),
    },
  };
}

/** The first of the largest components that `counts`; −1 when none does. */
function largest(sizes: readonly number[], counts: (component: number) => boolean): number {
  let found = -1;
  sizes.forEach((size, component) => {
    if (counts(component) && (found < 0 || size > sizes[found]!)) found = component;
  });
  return found;
}

function sizeOf(parts: Components, component: number): number {
  return component < 0 ? 0 : parts.sizes[component]!;
}

/** Ties with at least one end taken out, each counted once. */
function lostCooperations(index: NetworkIndex, without: Uint8Array): number {
  let lost = 0;
  for (let u = 0; u < index.ids.length; u += 1) {
    if (without[u] !== 1) continue;
    for (let e = index.offsets[u]!; e < index.offsets[u + 1]!; e += 1) {
      const w = index.neighbours[e]!;
      if (without[w] !== 1 || u < w) lost += 1;
    }
  }
  return lost;
}
