import { create } from 'zustand';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import type { Network } from '../../core/model/types';
import { currentNetwork } from './state';
import { useNetworkStore } from './store';

/**
 * The analysis is derived from the network, not part of its state: it is kept together with the
 * network it was computed from and counts only while that network is shown. Nothing has to clear
 * it when the network changes, and figures of an earlier state can never be shown as the current
 * ones.
 */
interface Derived {
  of: Network | null;
  analysis: NetworkAnalysis | null;
}

const useDerived = create<Derived>(() => ({ of: null, analysis: null }));

/** Keeps the figures computed for `network` (from the worker). */
export function keepAnalysis(network: Network, analysis: NetworkAnalysis): void {
  useDerived.setState({ of: network, analysis }, true);
}

/** The figures of the network shown, or null while they are computed */
export function useAnalysis(): NetworkAnalysis | null {
  const network = useNetworkStore(currentNetwork);
  const derived = useDerived();
  return derived.of === network ? derived.analysis : null;
}
