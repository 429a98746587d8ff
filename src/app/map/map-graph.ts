import Graph from 'graphology';
import { scaleSqrt } from 'd3-scale';
import { tieWidths, type TieLine } from '../../core/appearance/tie-width';
import { graphKey } from '../../core/model/keys';
import type { Network, Partner } from '../../core/model/types';
import type { MapPosition } from '../../core/project/types';
import { sectorColor, sectorsInOrder } from '../sectors/colors';

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

/** A small seeded hash so the same partner always starts at the same place. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) / 4294967296;
}

/** How many partners one step of `mapGraphSteps` adds before it yields. */
export const MAP_GRAPH_STEP = 2_500;
/** How many ties one step adds: fewer, since sigma may already draw the graph and handle each. */
export const MAP_TIE_STEP = 1_000;

/**
 * The graph sigma draws: positions seeded by sector (each sector starts in its own slice of a
 * circle, so ForceAtlas2 begins from the same picture every time), colour by sector, size by degree,
 * edge width by intensity (or by the ties' own weights, see `tieWidths`). Partners with a kept
 * place (`stored`) start there, pinned ones stay pinned.
 */
export function buildMapGraph(
  network: Network,
  stored: ReadonlyMap<string, { x: number; y: number; pinned?: boolean }> = new Map(),
): MapGraph {
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
  stored: ReadonlyMap<string, { x: number; y: number; pinned?: boolean }> = new Map(),
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
  stored: ReadonlyMap<string, { x: number; y: number; pinned?: boolean }> = new Map(),
): Generator<void, MapGraph> {
  const graph: MapGraph = new Graph<MapNode, MapEdge>({ type: 'undirected', multi: false });
  const startOf = seededStart(network, stored);
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

type Stored = ReadonlyMap<string, { x: number; y: number; pinned?: boolean }>;

/**
 * Where a partner starts: its kept place, else a seeded place in its sector's slice of a circle
 * (each sector starts in its own slice, so ForceAtlas2 begins from the same picture every time).
 */
function seededStart(network: Network, stored: Stored): (partner: Partner) => MapPosition {
  const sectors = sectorsInOrder(network.partners.map((p) => p.sector));
  const slice = (2 * Math.PI) / Math.max(1, sectors.length);
  return (partner) => {
    const kept = stored.get(partner.id);
    if (kept !== undefined) return { x: kept.x, y: kept.y, pinned: kept.pinned === true };
    const angle = slice * (sectors.indexOf(partner.sector) + 0.15 + 0.7 * hash(partner.id));
    const radius = 50 + 50 * hash(`${partner.id}#r`);
    return { x: radius * Math.cos(angle), y: radius * Math.sin(angle), pinned: false };
  };
}

/** The start positions of every partner, as the map graph gives them (for a layout without a map). */
export function startPositions(
  network: Network,
  stored: Stored = new Map(),
): Map<string, MapPosition> {
  const startOf = seededStart(network, stored);
  return new Map(network.partners.map((partner) => [partner.id, startOf(partner)]));
}

/** Tie widths on the map: 1.1 (intensity 1) to 2.9 (intensity 4), weights spread over them. */
const MAP_TIE_LINE: TieLine = { base: 0.5, perIntensity: 0.6 };

/** A partner's size until its ties are counted. */
const PARTNER_SIZE_BEFORE_TIES = 4;

/**
 * Adds the network's ties to a graph from `mapPartnerSteps` in steps (one per pair; ties to unknown
 * partners and ties of a partner to itself left out), then sizes every partner by its number of
 * ties, in one update of all partners.
 */
export function* mapTieSteps(graph: MapGraph, network: Network): Generator<void, void> {
  const width = tieWidths(network.cooperations, MAP_TIE_LINE);
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
      color: c.formal ? '#555555' : '#B5B5B5',
      intensity: c.intensity,
      formal: c.formal,
    });
  }
  const maxDegree = graph.reduceNodes((max, node) => Math.max(max, graph.degree(node)), 1);
  const size = scaleSqrt().domain([0, maxDegree]).range([3, 16]);
  graph.updateEachNodeAttributes(
    (node, attributes) => ({ ...attributes, size: size(graph.degree(node)) }),
    { attributes: ['size'] },
  );
}
