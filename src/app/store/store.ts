import { create } from 'zustand';
import { emptyState, type NetworkState } from './state';

/** The one store of the app. Components change it only through the producers in `state.ts`. */
export const useNetworkStore = create<NetworkState>(() => emptyState);

export function update(producer: (state: NetworkState) => NetworkState): void {
  useNetworkStore.setState(producer, true);
}
