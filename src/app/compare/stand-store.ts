import { create } from 'zustand';
import type { Stand } from '../../core/project';
import { useNetworkStore } from '../store/store';
import type { StandsProducer } from './stands';

/**
 * The Stände of the open network. They belong to one network: the list is kept with the network
 * generation it was taken of (`NetworkState.generation`), so a network imported or opened after
 * it shows none until the session hands over that project's own (`openStands`).
 */
export interface StandState {
  generation: number;
  stands: Stand[];
  /** Increases with every change the user makes (not with `openStands`), so the session saves. */
  revision: number;
}

export const useStandStore = create<StandState>(() => ({ generation: 0, stands: [], revision: 0 }));

/** One empty list, so that a component reading "no Stände" sees the same value every time. */
const NONE: Stand[] = [];

/** The Stände of the network of `generation`. */
export function standsOf(state: StandState, generation: number): Stand[] {
  return state.generation === generation ? state.stands : NONE;
}

/**
 * The Stände to keep with the project of the network of `generation`; undefined when none were
 * opened or taken for it, so the session keeps those of the project it opened rather than none.
 */
export function standsFor(generation: number): Stand[] | undefined {
  const state = useStandStore.getState();
  return state.generation === generation ? state.stands : undefined;
}

/** The Stände of the network shown, for components. */
export function useStands(): Stand[] {
  const generation = useNetworkStore((state) => state.generation);
  return useStandStore((state) => standsOf(state, generation));
}

/** A change by the user (take, delete), applied to the Stände of the network shown. */
export function changeStands(producer: StandsProducer): void {
  const generation = useNetworkStore.getState().generation;
  useStandStore.setState((state) => ({
    generation,
    stands: producer(standsOf(state, generation)),
    revision: state.revision + 1,
  }));
}

/** The Stände of a project just opened (from the browser's storage or a project file). */
export function openStands(stands: Stand[]): void {
  useStandStore.setState({ generation: useNetworkStore.getState().generation, stands });
}
