import { buildGraph, type NetworkGraph } from '../../../src/core/model/graph';
import { createCooperation, createPartner, type Intensity } from '../../../src/core/model/types';
import { indexNetwork, type NetworkIndex } from '../../../src/core/analysis/network-index';

export type Tie = readonly [string, string] | readonly [string, string, Intensity];

/** A network from ties, with optional sectors and partners that have no tie at all. */
export function graphOf(
  ties: readonly Tie[],
  sectors: Record<string, string> = {},
  alone: string[] = [],
): NetworkGraph {
  const ids = new Set<string>([
    ...ties.flatMap(([a, b]) => [a, b]),
    ...Object.keys(sectors),
    ...alone,
  ]);
  return buildGraph({
    partners: [...ids].map((id) => createPartner({ id, name: id, sector: sectors[id] ?? '' })),
    cooperations: ties.map(([source, target, intensity]) =>
      createCooperation({ source, target, intensity: intensity ?? 1 }),
    ),
  });
}

export function indexOf(
  ties: readonly Tie[],
  sectors: Record<string, string> = {},
  alone: string[] = [],
): NetworkIndex {
  return indexNetwork(graphOf(ties, sectors, alone));
}

/** Values of a partner measure by partner id. */
export function valuesById<T>(index: NetworkIndex, values: ArrayLike<T>): Record<string, T> {
  const result: Record<string, T> = {};
  index.ids.forEach((id, i) => (result[id] = values[i] as T));
  return result;
}

/** Padgett's Florentine families: the 20 marriage ties among 15 families (networkx's version, without Pucci). */
export const FLORENTINE_MARRIAGES: readonly Tie[] = [
  ['Acciaiuoli', 'Medici'],
  ['Castellani', 'Peruzzi'],
  ['Castellani', 'Strozzi'],
  ['Castellani', 'Barbadori'],
  ['Medici', 'Barbadori'],
  ['Medici', 'Ridolfi'],
  ['Medici', 'Tornabuoni'],
  ['Medici', 'Albizzi'],
  ['Medici', 'Salviati'],
  ['Salviati', 'Pazzi'],
  ['Peruzzi', 'Strozzi'],
  ['Peruzzi', 'Bischeri'],
  ['Strozzi', 'Ridolfi'],
  ['Strozzi', 'Bischeri'],
  ['Ridolfi', 'Tornabuoni'],
  ['Tornabuoni', 'Guadagni'],
  ['Albizzi', 'Ginori'],
  ['Albizzi', 'Guadagni'],
  ['Bischeri', 'Guadagni'],
  ['Guadagni', 'Lamberteschi'],
];

/** Borgatti's structural-holes example (Connections 20(1), 1997), as in networkx's tests. */
export const BORGATTI_EGO_NETWORK: readonly Tie[] = [
  ['A', 'B'],
  ['A', 'F'],
  ['A', 'G'],
  ['A', 'E'],
  ['E', 'G'],
  ['F', 'G'],
  ['B', 'G'],
  ['B', 'D'],
  ['D', 'G'],
  ['G', 'C'],
];

/** Krackhardt's kite (1990). */
export const KRACKHARDT_KITE: readonly Tie[] = [
  ['0', '1'],
  ['0', '2'],
  ['0', '3'],
  ['0', '5'],
  ['1', '3'],
  ['1', '4'],
  ['1', '6'],
  ['2', '3'],
  ['2', '5'],
  ['3', '4'],
  ['3', '5'],
  ['3', '6'],
  ['4', '6'],
  ['5', '6'],
  ['5', '7'],
  ['6', '7'],
  ['7', '8'],
  ['8', '9'],
];

export function path(length: number): Tie[] {
  return Array.from({ length: length - 1 }, (_, i): Tie => [`p${i}`, `p${i + 1}`]);
}

export function star(leaves: number): Tie[] {
  return Array.from({ length: leaves }, (_, i): Tie => ['hub', `leaf${i}`]);
}

/** Two triangles joined by one tie a2–b0: the barbell. */
export const BARBELL: readonly Tie[] = [
  ['a0', 'a1'],
  ['a0', 'a2'],
  ['a1', 'a2'],
  ['b0', 'b1'],
  ['b0', 'b2'],
  ['b1', 'b2'],
  ['a2', 'b0'],
];
