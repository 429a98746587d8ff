import Graph from 'graphology';
import { partnerSizes } from '../../core/appearance/partner-size';
import { sectorColor } from '../../core/appearance/sector-colors';
import { startPlaces, type KeptPlaces } from '../../core/appearance/start-positions';
import { tieColor } from '../../core/appearance/tie-color';
import { tieWidths } from '../../core/appearance/tie-width';
import { graphKey } from '../../core/model/keys';
import type { Cooperation, Network } from '../../core/model/types';
import { isPlaceholder } from './placeholders';

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
  sizeByTies(graph);
}

/** Every partner sized by its number of ties, in one update of all partners. */
function sizeByTies(graph: MapGraph): void {
  const maxDegree = graph.reduceNodes(
    (max, node) => (isPlaceholder(node) ? max : Math.max(max, graph.degree(node))),
    1,
  );
  const size = partnerSizes(maxDegree);
  graph.updateEachNodeAttributes(
    (node, attributes) =>
      isPlaceholder(node) ? attributes : { ...attributes, size: size(graph.degree(node)) },
    { attributes: ['size'] },
  );
}

/** What `updateMapGraph` changed. */
export interface MapGraphUpdate {
  /** Partners or ties came or went: the layout has something to do. */
  reshaped: boolean;
  /** Partners added, removed, renamed or moved to another sector; ties added, removed or restyled. */
  changed: number;
}

/**
 * Brings the graph sigma draws to a new state of the same network in place (after an edit, an
 * undo, a merged import): partners and ties that went are dropped, new ones added, changed ones
 * restyled; every partner keeps its place, a new partner starts amid the partners it is tied to
 * (else at its seeded place in its sector). Nothing is built anew, so the map, its view and a
 * running layout stay as they are. Placeholders of missing types are left to `MapPlaceholders`.
 */
export function updateMapGraph(graph: MapGraph, network: Network): MapGraphUpdate {
  let reshaped = false;
  let changed = 0;
  const partners = new Map(network.partners.map((partner) => [graphKey(partner.id), partner]));
  for (const node of graph.nodes()) {
    if (isPlaceholder(node) || partners.has(node)) continue;
    graph.dropNode(node);
    reshaped = true;
    changed++;
  }
  const seeded = startPlaces(network, new Map());
  const added: string[] = [];
  for (const [node, partner] of partners) {
    if (graph.hasNode(node)) {
      const now = graph.getNodeAttributes(node);
      if (now.label === partner.name && now.sector === partner.sector) continue;
      graph.mergeNodeAttributes(node, {
        label: partner.name,
        sector: partner.sector,
        color: sectorColor(partner.sector),
      });
      changed++;
      continue;
    }
    const { x, y } = seeded(partner);
    graph.addNode(node, {
      label: partner.name,
      x,
      y,
      size: PARTNER_SIZE_BEFORE_TIES,
      color: sectorColor(partner.sector),
      sector: partner.sector,
    });
    added.push(node);
    reshaped = true;
    changed++;
  }

  // One tie per pair, the first listed (as `mapTieSteps` draws them).
  const ties = new Map<string, Map<string, Cooperation>>();
  const tieOf = (a: string, b: string) => (a < b ? ties.get(a)?.get(b) : ties.get(b)?.get(a));
  for (const c of network.cooperations) {
    const source = graphKey(c.source);
    const target = graphKey(c.target);
    if (source === target || !partners.has(source) || !partners.has(target)) continue;
    if (tieOf(source, target)) continue;
    const [a, b] = source < target ? [source, target] : [target, source];
    let row = ties.get(a);
    if (!row) ties.set(a, (row = new Map()));
    row.set(b, c);
  }
  const width = tieWidths(network.cooperations);
  let nextKey = 0;
  for (const edge of graph.edges()) {
    const number = Number(edge);
    if (Number.isInteger(number) && number >= nextKey) nextKey = number + 1;
    const [source, target] = graph.extremities(edge);
    const tie = tieOf(source, target);
    if (!tie) {
      graph.dropEdge(edge);
      reshaped = true;
      changed++;
      continue;
    }
    const [a, b] = source < target ? [source, target] : [target, source];
    ties.get(a)?.delete(b);
    const style = { size: width(tie), color: tieColor(tie), intensity: tie.intensity };
    const now = graph.getEdgeAttributes(edge);
    if (
      now.size === style.size &&
      now.color === style.color &&
      now.intensity === style.intensity &&
      now.formal === tie.formal
    )
      continue;
    graph.mergeEdgeAttributes(edge, { ...style, formal: tie.formal });
    changed++;
  }
  for (const [a, row] of ties) {
    for (const [b, tie] of row) {
      graph.addEdgeWithKey(String(nextKey++), a, b, {
        size: width(tie),
        color: tieColor(tie),
        intensity: tie.intensity,
        formal: tie.formal,
      });
      reshaped = true;
      changed++;
    }
  }

  // A new partner starts amid the partners it is tied to, a little apart from their middle.
  const newcomers = new Set(added);
  for (const node of added) {
    const around = graph.neighbors(node).filter((other) => !newcomers.has(other));
    if (around.length === 0) continue;
    let x = 0;
    let y = 0;
    for (const other of around) {
      x += graph.getNodeAttribute(other, 'x');
      y += graph.getNodeAttribute(other, 'y');
    }
    const { x: ox, y: oy } = seeded(partners.get(node)!);
    graph.mergeNodeAttributes(node, {
      x: x / around.length + ox / 100,
      y: y / around.length + oy / 100,
    });
  }
  if (reshaped) sizeByTies(graph);
  return { reshaped, changed };
}
