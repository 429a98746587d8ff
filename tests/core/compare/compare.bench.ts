import { bench, describe } from 'vitest';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { compareNetworks } from '../../../src/core/compare';
import { generateNetwork } from '../../../src/core/generate/generate-network';
import type { Intensity, Network } from '../../../src/core/model/types';

const catalogue = defaultCatalogue();
const ONCE = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
const SHORT = { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 };

/**
 * The same district a year later: every twentieth partner left and as many joined, every tenth
 * was exported with a new ID (found again by name), every seventh tie changed its intensity.
 */
function yearLater(network: Network): Network {
  const left = new Set(network.partners.filter((_p, i) => i % 20 === 0).map((p) => p.id));
  const newId = new Map(
    network.partners.filter((_p, i) => i % 10 === 5).map((p) => [p.id, `neu-${p.id}`]),
  );
  const id = (old: string) => newId.get(old) ?? old;
  const joined = generateNetwork({ partners: left.size, seed: 2 }).partners.map((p) => ({
    ...p,
    id: `dazu-${p.id}`,
  }));
  return {
    partners: [
      ...network.partners.filter((p) => !left.has(p.id)).map((p) => ({ ...p, id: id(p.id) })),
      ...joined,
    ],
    cooperations: network.cooperations
      .filter((c) => !left.has(c.source) && !left.has(c.target))
      .map((c, i) => ({
        ...c,
        source: id(c.source),
        target: id(c.target),
        intensity: (i % 7 === 0 ? (c.intensity % 4) + 1 : c.intensity) as Intensity,
      })),
  };
}

describe.each([45, 1_000, 10_000])('compareNetworks, %i partners a year apart', (partners) => {
  const before = generateNetwork({ partners, seed: 1 });
  const after = yearLater(before);
  bench(
    'compare',
    () => void compareNetworks(before, after, { catalogue }),
    partners >= 10_000 ? ONCE : SHORT,
  );
});
