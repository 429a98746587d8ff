import { buildGraph } from '../model/graph';
import { partnerIdOf } from '../model/keys';
import { tieWeight } from '../model/tie-weight';
import type { Network } from '../model/types';
import { COOPERATION_COLUMNS, partnerColumns } from './graph-columns';
import type { ColumnType, ColumnValue, GraphColumn } from './graph-columns';
import { sectorRgb } from './map-decoration';
import type { MapDecoration } from './map-decoration';
import { escapeXml } from './xml-text';

/**
 * The network as GraphML (graphml.graphdrawing.org) for yEd, Cytoscape, Gephi and networkx; our
 * own writer, since graphology-graphml only reads. Every attribute is declared as a `<key>` with
 * its type, keys get neutral IDs (`n0`, `e0`, …) so that column names only ever appear escaped in
 * `attr.name`. Position, size and colour use the key names Gephi's GraphML importer recognises
 * (`x`, `y`, `size`, `r`, `g`, `b`). Each tie's `weight` (its own weight from Gephi or Kumu, else
 * its intensity, as in GEXF) has the key Gephi and networkx read as the edge weight.
 */
export function networkToGraphml(network: Network, decoration: MapDecoration = {}): string {
  const graph = buildGraph(network);
  const nodeColumns = [...partnerColumns(graph, decoration), ...layoutColumns(decoration)];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
      ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines('node', 'n', nodeColumns),
    ...keyLines('edge', 'e', COOPERATION_COLUMNS),
    `  <key id="${WEIGHT_KEY}" for="edge" attr.name="weight" attr.type="double"/>`,
    '  <graph id="Netzwerk" edgedefault="undirected">',
  ];
  graph.forEachNode((key, partner) => {
    const id = partnerIdOf(key);
    lines.push(
      `    <node id="${escapeXml(id)}">`,
      ...dataLines('n', nodeColumns, id, partner),
      '    </node>',
    );
  });
  graph.forEachEdge((id, cooperation, source, target) => {
    lines.push(
      `    <edge source="${escapeXml(partnerIdOf(source))}" target="${escapeXml(partnerIdOf(target))}">`,
      ...dataLines('e', COOPERATION_COLUMNS, id, cooperation),
      `      <data key="${WEIGHT_KEY}">${tieWeight(cooperation)}</data>`,
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}

/** Gephi's GraphML importer takes the edge weight from the key with this id (and name). */
const WEIGHT_KEY = 'weight';

/** GraphML's attr.type names (GraphML primer, § 4). */
const GRAPHML_TYPES: Readonly<Record<ColumnType, string>> = {
  string: 'string',
  integer: 'int',
  double: 'double',
  boolean: 'boolean',
};

function keyLines<A>(
  domain: 'node' | 'edge',
  prefix: string,
  columns: readonly GraphColumn<A>[],
): string[] {
  return columns.map(
    (column, index) =>
      `  <key id="${prefix}${index}" for="${domain}" attr.name="${escapeXml(column.name)}"` +
      ` attr.type="${GRAPHML_TYPES[column.type]}"/>`,
  );
}

/** One `<data>` per column that has a value; empty values are left out, as GraphML allows. */
function dataLines<A>(
  prefix: string,
  columns: readonly GraphColumn<A>[],
  id: string,
  attributes: A,
): string[] {
  return columns.flatMap((column, index) => {
    const value = column.value(id, attributes);
    return isEmpty(value)
      ? []
      : [`      <data key="${prefix}${index}">${escapeXml(String(value))}</data>`];
  });
}

function isEmpty(value: ColumnValue): boolean {
  return value === null || value === '' || (typeof value === 'number' && !Number.isFinite(value));
}

/** Layout from the map, present only when the map supplied it. */
function layoutColumns(decoration: MapDecoration): GraphColumn<{ sector: string }>[] {
  const columns: GraphColumn<{ sector: string }>[] = [];
  const { positions, sizes } = decoration;
  if (positions) {
    columns.push(
      { name: 'x', type: 'double', value: (id) => positions.get(id)?.x ?? null },
      { name: 'y', type: 'double', value: (id) => positions.get(id)?.y ?? null },
    );
  }
  if (sizes) columns.push({ name: 'size', type: 'double', value: (id) => sizes.get(id) ?? null });
  if (decoration.sectorColors) {
    for (const channel of ['r', 'g', 'b'] as const) {
      columns.push({
        name: channel,
        type: 'integer',
        value: (_, p) => sectorRgb(decoration, p.sector)?.[channel] ?? null,
      });
    }
  }
  return columns;
}
