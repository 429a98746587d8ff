import { UndirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { EdgeIterationCallback } from 'graphology-types';
import { buildGraph } from '../model/graph';
import { graphKey, partnerIdOf } from '../model/keys';
import { tieWeight } from '../model/tie-weight';
import type { Network } from '../model/types';
import { COOPERATION_COLUMNS, partnerColumns } from './graph-columns';
import type { ColumnValue, GraphColumn } from './graph-columns';
import { sectorRgb } from './map-decoration';
import type { MapDecoration } from './map-decoration';
import { xmlSafeText } from './xml-text';

/** A node or edge as graphology-gexf writes it: label, viz data and typed attribute values. */
interface GexfElement {
  label?: string;
  weight?: number;
  viz?: { color?: string; size?: number; x?: number; y?: number };
  attributes: Record<string, ColumnValue>;
}

/**
 * The network as GEXF 1.3 for Gephi and Gephi Lite: one node per partner with its sector colour,
 * position and size (viz module), the partner fields, custom columns and measures as attributes,
 * and the cooperations weighted as the measures weigh them (a strength, as Gephi's layouts read
 * weights): a tie's own weight from Gephi or Kumu unchanged, else its intensity.
 *
 * graphology-gexf's main entry is used: its writer needs no DOM, and its reader brings xmldom,
 * whereas the `browser` entry touches `DOMParser` as soon as it loads, which web workers and Node
 * lack. The writer escapes markup; characters XML cannot carry at all are replaced beforehand.
 */
export function networkToGexf(network: Network, decoration: MapDecoration = {}): string {
  const graph = buildGraph(network);
  const nodeColumns = partnerColumns(graph, decoration);
  const output: GexfGraph = new UndirectedGraph<GexfElement, GexfElement>();
  graph.forEachNode((key, partner) => {
    const id = partnerIdOf(key);
    const rgb = sectorRgb(decoration, partner.sector);
    const position = decoration.positions?.get(id);
    const size = decoration.sizes?.get(id);
    output.mergeNode(graphKey(xmlSafeText(id)), {
      label: xmlSafeText(partner.name),
      viz: {
        // r/g/b rather than GEXF 1.3's hex attribute: every Gephi version reads them.
        ...(rgb && { color: `rgb(${rgb.r},${rgb.g},${rgb.b})` }),
        ...(size !== undefined && Number.isFinite(size) && { size }),
        ...(position && Number.isFinite(position.x) && Number.isFinite(position.y) && position),
      },
      attributes: columnValues(nodeColumns, id, partner),
    });
  });
  // Ties numbered in order ("0", "1", …): graphology's own keys count the graphs made so far, so two
  // exports of the same network differed in every edge ID.
  graph.forEachEdge((id, cooperation, source, target) => {
    const end = (key: string) => graphKey(xmlSafeText(partnerIdOf(key)));
    output.mergeEdgeWithKey(String(output.size), end(source), end(target), {
      weight: tieWeight(cooperation),
      attributes: columnValues(COOPERATION_COLUMNS, id, cooperation),
    });
  });
  return write(byPartnerId(output), {
    version: '1.3',
    formatNode: (_, element) => element,
    formatEdge: (_, element) => element,
  });
}

type GexfGraph = UndirectedGraph<GexfElement, GexfElement>;

/**
 * The output graph as the writer is to see it: graphology-gexf writes each node's ID as
 * `forEachNode` names it and each tie's ends as `forEachEdge` names them, so these two name them by
 * partner ID, while the graph itself stays keyed by `graphKey` (its neighbours live in plain
 * objects). Everything else is read from the graph itself.
 */
function byPartnerId(graph: GexfGraph): GexfGraph {
  const view = Object.create(graph) as GexfGraph;
  view.forEachNode = (callback) =>
    graph.forEachNode((key, attributes) => callback(partnerIdOf(key), attributes));
  // forEachEdge has overloads for a node's or a pair's ties; the writer only walks all of them.
  view.forEachEdge = ((callback: EdgeCallback) =>
    graph.forEachEdge(
      (edge, attributes, source, target, sourceAttributes, targetAttributes, undirected) =>
        callback(
          edge,
          attributes,
          partnerIdOf(source),
          partnerIdOf(target),
          sourceAttributes,
          targetAttributes,
          undirected,
        ),
    )) as GexfGraph['forEachEdge'];
  return view;
}

type EdgeCallback = EdgeIterationCallback<GexfElement, GexfElement>;

function columnValues<A>(
  columns: readonly GraphColumn<A>[],
  id: string,
  attributes: A,
): Record<string, ColumnValue> {
  const values: Record<string, ColumnValue> = Object.create(null);
  for (const column of columns) {
    const value = column.value(id, attributes);
    values[xmlSafeText(column.name)] = typeof value === 'string' ? xmlSafeText(value) : value;
  }
  return values;
}
