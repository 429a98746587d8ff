import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { currentNetwork } from '../../../src/app/store/state';
import { useNetworkStore } from '../../../src/app/store/store';
import { buildGraph } from '../../../src/core/model/graph';
import { freshBrowser, load, stopAll } from '../session/fixtures';

afterEach(stopAll);

const partner = (id: string, name: string) => ({
  id,
  name,
  sector: 'Gesundheitswesen',
  type: '',
  carrier: '',
  municipality: '',
  socialArea: '',
  offers: [],
  since: null,
  attributes: {},
});
const tie = (source: string, target: string) => ({
  source,
  target,
  intensity: 2,
  formal: false,
  kind: '',
  since: null,
  attributes: {},
});

describe('a project file with partner IDs named like Object.prototype members', () => {
  it('opens with safe keys, so the map and the analysis can build its graph', async () => {
    const session = load(freshBrowser().storage());
    await session.ready;
    const file = JSON.stringify({
      format: 'netzwerkkarte.network',
      schemaVersion: 1,
      partners: [
        partner('constructor', 'Kita Sonnenschein'),
        partner('toString', 'Hebammenpraxis Löwenzahn'),
        partner('P3', 'Familienzentrum Auenstadt'),
      ],
      cooperations: [tie('constructor', 'toString'), tie('P3', 'toString')],
    });
    expect(await session.openProjectFile(file, 'kreis.netzwerkkarte.json')).toEqual([]);
    const network = currentNetwork(useNetworkStore.getState());
    expect(network.partners.map((p) => p.name)).toEqual([
      'Kita Sonnenschein',
      'Hebammenpraxis Löwenzahn',
      'Familienzentrum Auenstadt',
    ]);
    const graph = buildGraph(network);
    expect([graph.order, graph.size]).toEqual([3, 2]);
  });
});
