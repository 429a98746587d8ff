import { components, isolates } from './components';
import { density } from './density';
import type { NetworkIndex } from './network-index';

/**
 * The key figures that need no shortest path, handed out by the analysis before
 * its long steps (the same fields and values as in `NetworkAnalysis['network']`).
 */
export interface EarlyKeyFigures {
  partners: number;
  cooperations: number;
  density: number;
  components: number;
  /** The IDs of the partners without a tie. */
  isolates: string[];
}

/** From the index alone: milliseconds even at 50,000 partners (see `AnalysisOptions`). */
export function earlyKeyFigures(index: NetworkIndex): EarlyKeyFigures {
  return {
    partners: index.ids.length,
    cooperations: index.cooperationCount,
    density: density(index),
    components: components(index).count,
    isolates: isolates(index).map((i) => index.ids[i]!),
  };
}
