import { useMemo } from 'react';
import type { NetworkComparison } from '../../core/compare';
import type { Catalogue } from '../../core/catalogue/types';
import type { Stand } from '../../core/project';
import type { TaskResults, WorkerTask } from '../../worker/protocol';
import { currentNetwork } from '../store/state';
import { useNetworkStore } from '../store/store';
import { useCoreTask, type CoreTask } from '../worker/use-core-task';
import { useChosenStand } from './chosen-stand';
import { useStands } from './stand-store';

export interface Comparing {
  /** The Stand compared, null when none is (or the one chosen was deleted). */
  stand: Stand | null;
  /** The comparison of that Stand with the network now; null while none is computed yet. */
  comparison: NetworkComparison | null;
  task: CoreTask<Extract<WorkerTask, { task: 'compare' }>, TaskResults['compare']>;
}

/**
 * The chosen Stand compared with the network now, in the worker; it follows every edit. `active`
 * false computes nothing (a result the page already has still shows): the map asks only while it
 * is shown, and the comparison view and the map share one result.
 */
export function useComparison(catalogue: Catalogue, active = true): Comparing {
  const stands = useStands();
  const network = useNetworkStore((state) => currentNetwork(state));
  const corrections = useNetworkStore((state) => state.corrections);
  const chosen = useChosenStand((state) => state.stand);
  // A Stand deleted (or one of another network) is no longer compared.
  const stand = chosen !== null && stands.includes(chosen) ? chosen : null;
  const compare = useMemo(
    () =>
      stand === null || !active
        ? null
        : ({
            task: 'compare',
            before: stand.network,
            after: network,
            catalogue,
            corrections,
          } as const),
    [stand, active, network, catalogue, corrections],
  );
  const task = useCoreTask(compare);
  // Another Stand's comparison is never shown under this one's name.
  const comparison = stand !== null && task.resultOf?.before === stand.network ? task.result : null;
  return { stand, comparison, task };
}
