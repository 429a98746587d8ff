import type { Problem } from '../../core/model/problems';
import type { Membership, Network, Offer } from '../../core/model/types';
import type { AnalysisResult } from '../../worker/protocol';
import type { MapMeasureId } from '../analysis/measures';

export type View = 'map' | 'table' | 'analysis';

/** How the map draws partners: size by a measure, colour by sector or community, key points. */
export interface MapStyle {
  /** A partner measure of the analysis (e.g. 'degree', 'betweenness'). */
  sizeBy: MapMeasureId;
  colorBy: 'sector' | 'community';
  /** Highlight articulation points and bridges (partners and ties whose loss splits the network). */
  keyPoints: boolean;
}

export const DEFAULT_MAP_STYLE: MapStyle = {
  sizeBy: 'degree',
  colorBy: 'sector',
  keyPoints: false,
};

/** What the last import attempt left behind: its problems, and whether it replaced the network. */
export interface ImportOutcome {
  accepted: boolean;
  problems: Problem[];
  partners: number;
  cooperations: number;
}

export interface NetworkState {
  /** Label of the network shown in the header: a file name or the sample's name key. */
  name: string;
  isSample: boolean;
  network: Network;
  offers: Offer[];
  memberships: Membership[];
  /** Increases on every replacement, so views can tell a new network from a re-render. */
  revision: number;
  selectedPartner: string | null;
  view: View;
  lastImport: ImportOutcome | null;
  /** Figures computed in the worker for the current revision; null while they are computed. */
  analysis: AnalysisResult | null;
  mapStyle: MapStyle;
}

export const emptyState: NetworkState = {
  name: '',
  isSample: false,
  network: { partners: [], cooperations: [] },
  offers: [],
  memberships: [],
  revision: 0,
  selectedPartner: null,
  view: 'map',
  lastImport: null,
  analysis: null,
  mapStyle: DEFAULT_MAP_STYLE,
};

/** The part of an import result the state keeps. */
export interface ImportedNetwork {
  network: Network;
  offers: Offer[];
  memberships: Membership[];
  problems: Problem[];
  fatal: boolean;
}

/**
 * Producers: pure `(args) => (state) => state` functions, tested without React.
 * A fatal import records its problems and keeps the current network untouched.
 */
export const applyImport =
  (result: ImportedNetwork, name: string, isSample = false) =>
  (state: NetworkState): NetworkState => {
    const outcome: ImportOutcome = {
      accepted: !result.fatal,
      problems: result.problems,
      partners: result.network.partners.length,
      cooperations: result.network.cooperations.length,
    };
    if (result.fatal) return { ...state, lastImport: outcome };
    return {
      ...state,
      name,
      isSample,
      network: result.network,
      offers: result.offers,
      memberships: result.memberships,
      revision: state.revision + 1,
      selectedPartner: null,
      lastImport: outcome,
      analysis: null,
    };
  };

export const selectPartner =
  (id: string | null) =>
  (state: NetworkState): NetworkState =>
    id === null || state.network.partners.some((p) => p.id === id)
      ? { ...state, selectedPartner: id }
      : state;

export const showView =
  (view: View) =>
  (state: NetworkState): NetworkState => ({ ...state, view });

/** Accepts figures only for the revision they were computed for (a newer import may have won). */
export const applyAnalysis =
  (revision: number, analysis: AnalysisResult) =>
  (state: NetworkState): NetworkState =>
    state.revision === revision ? { ...state, analysis } : state;

export const setMapStyle =
  (change: Partial<MapStyle>) =>
  (state: NetworkState): NetworkState => ({ ...state, mapStyle: { ...state.mapStyle, ...change } });
