import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseNetwork, type NetworkAnalysis } from '../../../src/core/analysis/analyse-network';
import { importNetwork } from '../../../src/core/import';
import { buildGraph } from '../../../src/core/model/graph';
import type { Membership, Network, Offer } from '../../../src/core/model/types';

const SAMPLE_DIR = resolve(import.meta.dirname, '../../../data/beispielkreis');
const FILES = ['partner.csv', 'kooperationen.csv', 'angebote.csv', 'gremien.csv'];

export interface Beispielkreis {
  network: Network;
  offers: Offer[];
  memberships: Membership[];
  analysis: NetworkAnalysis;
  /** A partner's id by its name as the partner list spells it. */
  idOf: (name: string) => string;
}

/** The sample district's four CSV files, read as a coordinator would load them, and analysed. */
export async function loadBeispielkreis(): Promise<Beispielkreis> {
  const files = FILES.map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(resolve(SAMPLE_DIR, name))),
  }));
  const { network, offers, memberships } = await importNetwork({ files });
  const ids = new Map(network.partners.map((p) => [p.name, p.id]));
  const idOf = (name: string) => {
    const id = ids.get(name);
    if (id === undefined) throw new Error(`no partner named ${name}`);
    return id;
  };
  return { network, offers, memberships, analysis: analyseNetwork(buildGraph(network)), idOf };
}
