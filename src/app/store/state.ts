import type { Catalogue } from '../../core/catalogue/types';
import type { ReferenceFigures } from '../../core/reference/types';
import type { EditResult } from '../../core/edit';
import type { Problem } from '../../core/model/problems';
import type { Membership, Network, Offer } from '../../core/model/types';
import type { MapPosition } from '../../core/project/types';
import type { PartnerAnalysis } from '../../core/analysis/analyse-network';
import { NO_FILTERS, type Filters } from '../filters/filters';
import {
  changeLabel,
  createHistory,
  record,
  recordEdit,
  redo,
  reset,
  undo,
  type ChangeLabel,
  type History,
  type Side,
} from '../history';

export type View =
  'map' | 'table' | 'matrix' | 'analysis' | 'gaps' | 'doubles' | 'compare' | 'survey' | 'report';

/** How the map draws partners: size by a measure, colour by sector or community, key points. */
export interface MapStyle {
  /** A partner measure of the analysis (e.g. 'degree', 'betweenness'). */
  /** A partner measure (analysis/measures: MapMeasureId), named here without importing the view. */
  sizeBy: Exclude<keyof PartnerAnalysis, 'id'>;
  colorBy: 'sector' | 'community';
  /** Highlight articulation points and bridges (partners and ties whose loss splits the network). */
  keyPoints: boolean;
  /** Draw the catalogue's missing partner types as hollow circles in their sector. */
  missingTypes: boolean;
}

export const DEFAULT_MAP_STYLE: MapStyle = {
  sizeBy: 'degree',
  colorBy: 'sector',
  keyPoints: false,
  missingTypes: false,
};

/**
 * The app's state has three parts kept apart: the network as the user keeps it (saved with it),
 * the counters that say which state it is, and the view's state (what is shown and how, not saved
 * with the network). What is computed from the network is not state at all: the analysis is kept
 * with the network it was computed from (`./analysis`), the rest is worked out where it is shown.
 */
export type NetworkState = NetworkContent & Counters & ViewState;

/** The network as the user keeps it: what the browser's storage and the project file hold. */
export interface NetworkContent {
  /** Label of the network shown in the header: a file name or the sample's name key. */
  name: string;
  isSample: boolean;
  /**
   * The network with its undo/redo steps; the current network is `history.present.state`. A step
   * that also changed the name or the lists (an import taken over or added) keeps them as its side.
   */
  history: History<Network, NetworkSide>;
  offers: Offer[];
  memberships: Membership[];
  /** The user's corrections of catalogue matches: partner id → type id. */
  corrections: Map<string, string>;
  /**
   * Where the map last placed each partner (graph coordinates), for exports and the report; a
   * pinned partner (dragged there by hand) stays put when the layout runs again.
   */
  positions: Map<string, MapPosition>;
}

/** Which state of which network this is. */
export interface Counters {
  /** Increases on every change of the network (import, edit, undo), so views and the analysis know. */
  revision: number;
  /** Increases only when a different network replaces the current one (import, open). */
  generation: number;
}

/** What is shown and how: this session's choices, not saved with the network. */
export interface ViewState {
  selectedPartner: string | null;
  view: View;
  mapStyle: MapStyle;
  /** Jaccard overlap from which two working groups count as doubled. */
  overlapThreshold: number;
  /** What the map and the table show. */
  filters: Filters;
  /** ForceAtlas2 (who works with whom) or sector slices (how sectors are tied). */
  layout: 'force' | 'sectors';
  /** Partners a finding (gap, double) points at, emphasised on the map. */
  highlighted: string[];
  /** A reference catalogue the user loaded; null for the default one in `data/catalogue/`. */
  catalogue: Catalogue | null;
  /** Reference figures the user loaded (a state's own); null for the NZFH's in `data/reference/`. */
  referenceFigures: ReferenceFigures | null;
  /**
   * The revision whose map layout came to rest (in this session): its map opens at rest with the
   * places kept, instead of running the layout again each time the map is shown. Null when the
   * layout of the current network has not come to rest (or was left while it ran).
   */
  settledRevision: number | null;
}

/** What an import replaces beside the partners and ties, put back when it is undone. */
export type NetworkSide = Pick<NetworkState, 'name' | 'isSample' | 'offers' | 'memberships'>;

/** The network currently shown. */
export function currentNetwork(state: NetworkState): Network {
  return state.history.present.state;
}

export const emptyState: NetworkState = {
  name: '',
  isSample: false,
  history: createHistory<Network, NetworkSide>(
    { partners: [], cooperations: [] },
    changeLabel('opened'),
  ),
  offers: [],
  memberships: [],
  revision: 0,
  generation: 0,
  selectedPartner: null,
  view: 'map',
  mapStyle: DEFAULT_MAP_STYLE,
  corrections: new Map(),
  overlapThreshold: 0.5,
  filters: NO_FILTERS,
  layout: 'force',
  highlighted: [],
  positions: new Map(),
  settledRevision: null,
  catalogue: null,
  referenceFigures: null,
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
 * A fatal import keeps the current network untouched (the import dialog shows its problems).
 */
export const applyImport =
  (result: ImportedNetwork, name: string, isSample = false) =>
  (state: NetworkState): NetworkState => {
    if (result.fatal) return state;
    return {
      ...state,
      name,
      isSample,
      history: reset(result.network, changeLabel('import', { name }))(state.history),
      offers: result.offers,
      memberships: result.memberships,
      revision: state.revision + 1,
      generation: state.generation + 1,
      selectedPartner: null,
      corrections: new Map(),
      filters: NO_FILTERS,
      highlighted: [],
      positions: new Map(),
    };
  };

export const selectPartner =
  (id: string | null) =>
  (state: NetworkState): NetworkState =>
    id === null || currentNetwork(state).partners.some((p) => p.id === id)
      ? { ...state, selectedPartner: id }
      : state;

export const showView =
  (view: View) =>
  (state: NetworkState): NetworkState => ({ ...state, view });

export const setMapStyle =
  (change: Partial<MapStyle>) =>
  (state: NetworkState): NetworkState => ({ ...state, mapStyle: { ...state.mapStyle, ...change } });

/**
 * A new network from an edit (form, merge, correction): a step that undo can take back. A refused
 * edit changes nothing; its problems are in the edit's result, where the form that made it reads them.
 */
export const applyEdit =
  (result: EditResult, label: ChangeLabel) =>
  (state: NetworkState): NetworkState => {
    const { history } = recordEdit(state.history, result, label, (_old, network) => network);
    return withHistory(state, history);
  };

/** Undoes the last step; one that replaced the name or the lists puts back what was before. */
export const undoChange = () => (state: NetworkState) =>
  withHistory(state, undo()(state.history), state.history.present.side?.before);

export const redoChange = () => (state: NetworkState) => {
  const history = redo()(state.history);
  return withHistory(state, history, history.present.side?.after);
};

function withHistory(
  state: NetworkState,
  history: History<Network, NetworkSide>,
  side?: NetworkSide,
): NetworkState {
  if (history === state.history) return state;
  const network = history.present.state;
  const selected = state.selectedPartner;
  return {
    ...state,
    ...side,
    history,
    revision: state.revision + 1,
    selectedPartner:
      selected !== null && network.partners.some((p) => p.id === selected) ? selected : null,
  };
}

export const correctType =
  (partnerId: string, typeId: string | null) =>
  (state: NetworkState): NetworkState => {
    const corrections = new Map(state.corrections);
    if (typeId === null) corrections.delete(partnerId);
    else corrections.set(partnerId, typeId);
    return { ...state, corrections };
  };

export const setOverlapThreshold =
  (threshold: number) =>
  (state: NetworkState): NetworkState => ({
    ...state,
    overlapThreshold: Math.min(1, Math.max(0, threshold)),
  });

export const setFilters =
  (change: Partial<Filters>) =>
  (state: NetworkState): NetworkState => ({ ...state, filters: { ...state.filters, ...change } });

export const setLayout =
  (layout: NetworkState['layout']) =>
  (state: NetworkState): NetworkState => ({ ...state, layout });

/** Shows the partners of a finding on the map: one is selected, several are emphasised. */
export const showOnMap =
  (ids: string[]) =>
  (state: NetworkState): NetworkState => {
    const known = ids.filter((id) => currentNetwork(state).partners.some((p) => p.id === id));
    return {
      ...state,
      view: 'map',
      highlighted: known,
      selectedPartner: known.length === 1 ? (known[0] ?? null) : state.selectedPartner,
    };
  };

export const clearHighlight =
  () =>
  (state: NetworkState): NetworkState => ({ ...state, highlighted: [] });

/** Where the map placed the partners; `atRest` when its layout has come to rest (or was stopped). */
export const rememberPositions =
  (positions: Map<string, MapPosition>, atRest: boolean) =>
  (state: NetworkState): NetworkState => ({
    ...state,
    positions,
    settledRevision: atRest ? state.revision : null,
  });

/**
 * Pin partners where they are on the map, or let them go so the layout may move them again.
 * Partners the map has not placed yet are left alone.
 */
export const pinPartners =
  (ids: readonly string[], pinned: boolean) =>
  (state: NetworkState): NetworkState => {
    const positions = new Map(state.positions);
    let changed = false;
    for (const id of ids) {
      const at = positions.get(id);
      if (!at || at.pinned === pinned) continue;
      positions.set(id, { ...at, pinned });
      changed = true;
    }
    return changed ? { ...state, positions } : state;
  };

/**
 * An import added to the current network (new partners added, known ones updated): one step
 * that undo can take back, with the offers and memberships it added; the map keeps its places.
 * `result.network` is already the merged one.
 */
export const applyMergedImport =
  (result: ImportedNetwork, name: string) =>
  (state: NetworkState): NetworkState => {
    if (result.fatal) return state;
    return withImportStep(state, result.network, changeLabel('merge', { name }), {
      ...sideOf(state),
      offers: [...state.offers, ...result.offers],
      memberships: [...state.memberships, ...result.memberships],
    });
  };

/**
 * The current network's content replaced by an import ("Netzwerk ersetzen"): the same network —
 * kept under its identity with its Stände, settings and catalogue corrections, its partners' places
 * where their IDs come again — with the imported partners, ties, offers and memberships, under
 * `name` (its own, or a new one). One step that undo takes back, name and lists included.
 */
export const replaceNetwork =
  (result: ImportedNetwork, name: string) =>
  (state: NetworkState): NetworkState => {
    if (result.fatal) return state;
    const replaced = withImportStep(state, result.network, changeLabel('replace', { name }), {
      name,
      isSample: false,
      offers: result.offers,
      memberships: result.memberships,
    });
    return { ...replaced, filters: NO_FILTERS, highlighted: [] };
  };

function withImportStep(
  state: NetworkState,
  network: Network,
  label: ChangeLabel,
  after: NetworkSide,
): NetworkState {
  const side: Side<NetworkSide> = { before: sideOf(state), after };
  return withHistory(state, record(network, label, side)(state.history), after);
}

function sideOf({ name, isSample, offers, memberships }: NetworkState): NetworkSide {
  return { name, isSample, offers, memberships };
}

/** Another reference catalogue (null: the default); corrections made against the old one go. */
export const chooseCatalogue =
  (catalogue: Catalogue | null) =>
  (state: NetworkState): NetworkState => ({ ...state, catalogue, corrections: new Map() });

/** Other reference figures (null: the NZFH's); kept like the catalogue, for this session. */
export const chooseReferenceFigures =
  (referenceFigures: ReferenceFigures | null) =>
  (state: NetworkState): NetworkState => ({ ...state, referenceFigures });
