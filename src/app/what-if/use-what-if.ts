import { useMemo } from 'react';
import type { Network } from '../../core/model/types';
import { useNetworkStore } from '../store/store';
import { useCatalogue } from '../text/use-sector-name';
import { useCoreTask } from '../worker/use-core-task';

/**
 * "Was wäre, wenn … wegfällt?" for the partners `removed` (null asks nothing; pass the same array
 * for the same question), worked out in the worker (the key figures of a large network take
 * seconds), with its progress. The gaps are found with the catalogue and the corrections in use,
 * and the question is asked again by itself when the network or these change.
 */
export function useWhatIf(network: Network, removed: readonly string[] | null) {
  const corrections = useNetworkStore((state) => state.corrections);
  const catalogue = useCatalogue();
  const task = useMemo(
    () =>
      removed === null
        ? null
        : ({ task: 'what-if', network, removed, catalogue, corrections } as const),
    [network, removed, catalogue, corrections],
  );
  return { answer: useCoreTask(task), catalogue };
}
