import { components } from '../analysis/components';
import type { NetworkIndex } from '../analysis/network-index';
import { searchTree, type SearchTree } from '../analysis/search-tree';
import type { GapReport } from '../gaps/types';
import { sectorLosses, type SectorLoss } from './sector-loss';

/**
 * Cut-off partners an articulation point's loss names; beyond, only their number (a report names
 * what a reader can take in, and a chain of 50,000 partners would otherwise list billions).
 */
export const CUT_OFF_LISTED = 50;

/** What the loss of one articulation point (Schlüsselstelle) would cause: the what-if of `partnerLoss`. */
export interface KeyPointLoss extends SectorLoss {
  /** The articulation point, by ID. */
  partner: string;
  /** Partners that cooperate with someone now and would cooperate with no one, by ID. */
  isolated: string[];
  /** Partners of the largest part that would be cut off from the rest of it, with ties among them. */
  cutOffCount: number;
  /** Those partners by ID, when there are at most `CUT_OFF_LISTED`; else empty. */
  cutOff: string[];
  /** Connected parts (Teilnetze) without the partner. */
  parts: number;
  /** Partners in the largest connected part without the partner. */
  largestPart: number;
}

/**
 * For each articulation point the structure analysis found (a partner whose loss splits the
 * network; often the coordinator), who would lose the connection and which sectors would no longer
 * cooperate without it — for the report. The same answers as `partnerLoss` for each of them, from
 * one depth-first search (Hopcroft & Tarjan 1973) instead of one search per articulation point (at
 * 50,000 partners, 3,852 of them: 0.1 s instead of 75 s): a child w of v whose subtree reaches no
 * ancestor of v (low[w] ≥ disc[v]) is cut from the rest when v leaves, its subtree the piece.
 * Those whose loss cuts off the most partners come first, then in the order given.
 */
export function keyPointLosses(
  index: NetworkIndex,
  articulationPoints: readonly string[],
  gaps: Pick<GapReport, 'partnerSectors' | 'sectorLinks'>,
): KeyPointLoss[] {
  const before = components(index);
  const tree = searchTree(index);
  const sectors = sectorLosses(index, gaps);
  const main = firstLargest(before.sizes);
  let largestOther = 0;
  before.sizes.forEach((size, c) => {
    if (c !== main && size > largestOther) largestOther = size;
  });

  const losses = articulationPoints.flatMap((partner, order) => {
    const v = index.positions.get(partner);
    if (v === undefined) return [];
    const component = before.membership[v]!;
    const pieces = piecesWithout(index, tree, v, before.sizes[component]!);
    const isolated = pieces.filter((piece) => piece.size === 1).map((piece) => piece.first);
    const cutOffPieces = component === main ? pieces.filter((p) => p.size > 1).slice(1) : [];
    const cutOffCount = cutOffPieces.reduce((sum, piece) => sum + piece.size, 0);
    const largestPiece = pieces[0]?.size ?? 0;
    const loss: KeyPointLoss = {
      partner,
      isolated: isolated.sort((a, b) => a - b).map((i) => index.ids[i]!),
      cutOffCount,
      cutOff:
        cutOffCount > CUT_OFF_LISTED
          ? []
          : cutOffPieces
              .flatMap((piece) => members(tree, piece, v))
              .sort((a, b) => a - b)
              .map((i) => index.ids[i]!),
      parts: before.count - 1 + pieces.length,
      largestPart: component === main ? Math.max(largestOther, largestPiece) : before.sizes[main]!,
      ...sectors([v]),
    };
    return [{ loss, order, lost: loss.isolated.length + cutOffCount }];
  });
  return losses.sort((a, b) => b.lost - a.lost || a.order - b.order).map(({ loss }) => loss);
}

/**
 * A piece a partner's loss leaves of its component: a child's subtree (`child`), or the rest of
 * the component around the root (`child` −1).
 */
interface Piece {
  child: number;
  size: number;
  /** Its smallest position (for the rest: the root, the component's smallest). */
  first: number;
}

/**
 * The pieces of v's component without v, largest first; among equal ones the one holding the
 * smallest position (the partner first by ID), as `partnerLoss` orders them.
 */
function piecesWithout(
  index: NetworkIndex,
  tree: SearchTree,
  v: number,
  componentSize: number,
): Piece[] {
  const pieces: Piece[] = [];
  let separated = 0;
  for (let e = index.offsets[v]!; e < index.offsets[v + 1]!; e += 1) {
    const w = index.neighbours[e]!;
    if (tree.parent[w] !== v || tree.low[w]! < tree.disc[v]!) continue;
    pieces.push({ child: w, size: tree.size[w]!, first: tree.first[w]! });
    separated += tree.size[w]!;
  }
  const rest = componentSize - 1 - separated;
  if (rest > 0) pieces.push({ child: -1, size: rest, first: tree.rootOf[v]! });
  return pieces.sort((a, b) => b.size - a.size || a.first - b.first);
}

/** The positions of a piece: a subtree's preorder range, or the component's without v and the cut subtrees. */
function members(tree: SearchTree, piece: Piece, v: number): number[] {
  const found: number[] = [];
  if (piece.child >= 0) {
    const start = tree.disc[piece.child]!;
    for (let k = start; k < start + piece.size; k += 1) found.push(tree.order[k]!);
    return found;
  }
  const root = tree.rootOf[v]!;
  const end = tree.disc[root]! + tree.size[root]!;
  for (let k = tree.disc[root]!; k < end;) {
    const u = tree.order[k]!;
    if (u === v) {
      k += 1;
    } else if (tree.parent[u] === v && tree.low[u]! >= tree.disc[v]!) {
      k += tree.size[u]!;
    } else {
      found.push(u);
      k += 1;
    }
  }
  return found;
}

/** The first of the largest components; −1 for none. */
function firstLargest(sizes: readonly number[]): number {
  let found = -1;
  sizes.forEach((size, c) => {
    if (found < 0 || size > sizes[found]!) found = c;
  });
  return found;
}
