import { create } from 'zustand';
import type { Stand } from '../../core/project';

/**
 * The Stand compared with the network now, or null. View state, not kept: it outlives the
 * comparison view, so that the map draws the same comparison when the user goes there.
 */
export const useChosenStand = create<{ stand: Stand | null }>(() => ({ stand: null }));

export function chooseStand(stand: Stand | null): void {
  useChosenStand.setState({ stand });
}
