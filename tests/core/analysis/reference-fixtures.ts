import { readFileSync } from 'node:fs';
import { importNetwork } from '../../../src/core/import';
import { buildGraph } from '../../../src/core/model/graph';
import { tieWeight } from '../../../src/core/model/tie-weight';
import {
  createCooperation,
  createPartner,
  type Intensity,
  type Network,
} from '../../../src/core/model/types';
import { readGml } from './gml';

/** A file of tests/fixtures/reference. */
export const referenceFile = (name: string) =>
  new URL(`../../fixtures/reference/${name}`, import.meta.url);

/** A JSON file a reference script of tests/fixtures/reference wrote. */
export function referenceJson<T>(name: string): T {
  return JSON.parse(readFileSync(referenceFile(name), 'utf8')) as T;
}

/** A tie as the reference scripts write it: the two partner IDs in code-unit order, its weight. */
export type ReferenceTie = [string, string, number];

/**
 * A network of the given partners and ties: a weight 1–4 as the tie's intensity, any other as its
 * own weight (as a Gephi table gives it), so that `tieWeight` reads what networkx read.
 */
export function networkOf(partners: readonly string[], ties: readonly ReferenceTie[]): Network {
  return {
    partners: partners.map((id) => createPartner({ id, name: id })),
    cooperations: ties.map(([source, target, weight]) =>
      isIntensity(weight)
        ? createCooperation({ source, target, intensity: weight })
        : createCooperation({ source, target, intensity: 1, weight }),
    ),
  };
}

function isIntensity(weight: number): weight is Intensity {
  return Number.isInteger(weight) && weight >= 1 && weight <= 4;
}

/** The ties of a network as the reference scripts list them (see reference_networks.ties). */
export function referenceTies(network: Network): ReferenceTie[] {
  const rows: ReferenceTie[] = [];
  buildGraph(network).forEachEdge((_edge, attributes, source, target) => {
    const [a, b] = [source, target].sort(codeUnitOrder);
    rows.push([a!, b!, tieWeight(attributes)]);
  });
  return rows.sort((x, y) => codeUnitOrder(x[0], y[0]) || codeUnitOrder(x[1], y[1]));
}

function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The sample network data/beispielkreis, imported as a coordinator loads it. */
export async function sampleNetwork(): Promise<Network> {
  const files = ['partner.csv', 'kooperationen.csv'].map((name) => ({
    name,
    bytes: new Uint8Array(
      readFileSync(new URL(`../../../data/beispielkreis/${name}`, import.meta.url)),
    ),
  }));
  return (await importNetwork({ files })).network;
}

/** gephi-weights.csv, imported: each tie keeps its own weight. */
export async function gephiNetwork(): Promise<Network> {
  const bytes = new Uint8Array(readFileSync(referenceFile('gephi-weights.csv')));
  return (await importNetwork({ files: [{ name: 'gephi-weights.csv', bytes }] })).network;
}

/** dhhs.gml with the agencies as sectors and `collab` 1–4 as intensity. */
export function dhhsNetwork(): Network {
  return readGml(referenceFile('dhhs.gml').pathname, 'agency', 'collab');
}
