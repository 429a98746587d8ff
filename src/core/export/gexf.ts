import { UndirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import { buildGraph } from '../model/graph';
import { tieWeight } from '../model/tie-weight';
import type { Network } from '../model/types';
import { COOPERATION_COLUMNS, partnerColumns } from './graphColumns';
import type { ColumnValue, GraphColumn } from './graphColumns';
import { sectorRgb } from './mapDecoration';
import type { MapDecoration } from './mapDecoration';
import { xmlSafeText } from './xmlText';

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
  const output = new UndirectedGraph<GexfElement, GexfElement>();
  graph.forEachNode((id, partner) => {
    const rgb = sectorRgb(decoration, partner.sector);
    const position = decoration.positions?.get(id);
    const size = decoration.sizes?.get(id);
    output.mergeNode(xmlSafeText(id), {
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
    output.mergeEdgeWithKey(String(output.size), xmlSafeText(source), xmlSafeText(target), {
      weight: tieWeight(cooperation),
      attributes: columnValues(COOPERATION_COLUMNS, id, cooperation),
    });
  });
  return write(output, {
    version: '1.3',
    formatNode: (_, element) => element,
    formatEdge: (_, element) => element,
  });
}

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
