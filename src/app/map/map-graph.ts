import Graph from 'graphology';
import { partnerSizes } from '../../core/appearance/partner-size';
import { sectorColor } from '../../core/appearance/sector-colors';
import { startPlaces, type KeptPlaces } from '../../core/appearance/start-positions';
import { tieColor } from '../../core/appearance/tie-color';
import { tieWidths } from '../../core/appearance/tie-width';
import { graphKey } from '../../core/model/keys';
import type { Network } from '../../core/model/types';

export interface MapNode {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  sector: string;
  /** sigma node program; 'hollow' for placeholders of missing types. */
  type?: string;
  /** Pinned by hand: ForceAtlas2 leaves the partner where it is (the attribute its worker reads). */
  fixed?: boolean;
}

export interface MapEdge {
  size: number;
  color: string;
  intensity: number;
  formal: boolean;
}

/**
 * The map's graph. A partner's node key is `graphKey(partner.id)` (sigma and graphology keep data
 * in plain objects by key, see core/model/keys): what reads a node key as a partner takes
 * `partnerIdOf(key)`, what looks a partner up takes `graphKey(id)`.
 */
export type MapGraph = Graph<MapNode, MapEdge>;

/** How many partners one step of `mapGraphSteps` adds before it yields. */
export const MAP_GRAPH_STEP = 2_500;
/** How many ties one step adds: fewer, since sigma may already draw the graph and handle each. */
export const MAP_TIE_STEP = 1_000;

/**
 * The graph sigma draws: positions seeded by sector (each sector starts in its own slice of a
 * circle, so ForceAtlas2 begins from the same picture every time), colour by sector, size by degree,
 * edge width by intensity (or by the ties' own weights, see `tieWidths`), all as
 * `core/appearance` defines them. Partners with a kept place (`stored`) start there, pinned ones
 * stay pinned.
 */
export function buildMapGraph(network: Network, stored: KeptPlaces = new Map()): MapGraph {
  const steps = mapGraphSteps(network, stored);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `buildMapGraph` in steps of `MAP_GRAPH_STEP` partners or `MAP_TIE_STEP` ties: the caller may let
 * the page breathe between steps, so building the map of a large network never freezes it.
 */
export function* mapGraphSteps(
  network: Network,
  stored: KeptPlaces = new Map(),
): Generator<void, MapGraph> {
  const graph = yield* mapPartnerSteps(network, stored);
  yield* mapTieSteps(graph, network);
  return graph;
}

/**
 * The partners of the map graph, without ties, in steps: a large network's map can be shown with
 * its partners first while `mapTieSteps` adds the ties.
 */
export function* mapPartnerSteps(
  network: Network,
  stored: KeptPlaces = new Map(),
): Generator<void, MapGraph> {
  const graph: MapGraph = new Graph<MapNode, MapEdge>({ type: 'undirected', multi: false });
  const startOf = startPlaces(network, stored);
  let added = 0;
  for (const partner of network.partners) {
    const { x, y, pinned } = startOf(partner);
    graph.mergeNode(graphKey(partner.id), {
      label: partner.name,
      x,
      y,
      size: PARTNER_SIZE_BEFORE_TIES,
      color: sectorColor(partner.sector),
      sector: partner.sector,
      ...(pinned ? { fixed: true } : {}),
    });
    if (++added % MAP_GRAPH_STEP === 0) yield;
  }
  return graph;
}

/** A partner's size until its ties are counted. */
const PARTNER_SIZE_BEFORE_TIES = 4;

/**
 * Adds the network's ties to a graph from `mapPartnerSteps` in steps (one per pair; ties to unknown
 * partners and ties of a partner to itself left out), then sizes every partner by its number of
 * ties, in one update of all partners.
 */
export function* mapTieSteps(graph: MapGraph, network: Network): Generator<void, void> {
  const width = tieWidths(network.cooperations);
  let added = 0;
  for (const c of network.cooperations) {
    if (++added % MAP_TIE_STEP === 0) yield;
    const source = graphKey(c.source);
    const target = graphKey(c.target);
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    if (graph.hasEdge(source, target)) continue;
    // Keys "0", "1", …: sigma keeps per-tie data in plain objects indexed by key, and V8 stores
    // whole-number keys as array elements; graphology's own keys ("geid_…") made them hash tables.
    graph.addEdgeWithKey(String(graph.size), source, target, {
      size: width(c),
      color: tieColor(c),
      intensity: c.intensity,
      formal: c.formal,
    });
  }
  const maxDegree = graph.reduceNodes((max, node) => Math.max(max, graph.degree(node)), 1);
  const size = partnerSizes(maxDegree);
  graph.updateEachNodeAttributes(
    (node, attributes) => ({ ...attributes, size: size(graph.degree(node)) }),
    { attributes: ['size'] },
  );
}
