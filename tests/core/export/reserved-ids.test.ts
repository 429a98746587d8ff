// @vitest-environment jsdom
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { analyseNetwork } from '../../../src/core/analysis/analyse-network';
import { networkToCsv } from '../../../src/core/export/csv';
import { networkToGexf } from '../../../src/core/export/gexf';
import { networkToGraphml } from '../../../src/core/export/graphml';
import { networkToJson } from '../../../src/core/export/json';
import type { MapDecoration } from '../../../src/core/export/map-decoration';
import { networkToXlsx } from '../../../src/core/export/xlsx';
import { buildGraph } from '../../../src/core/model/graph';
import { graphKey } from '../../../src/core/model/keys';
import type { Network } from '../../../src/core/model/types';
import { importReservedIds, RESERVED_IDS } from '../model/reserved-ids';
import { readBack, writtenIds, zipEntry } from './read-back';

const { network } = await importReservedIds();
const ids = network.partners.map((p) => p.id);
const ties = network.cooperations.map((c): [string, string] => [c.source, c.target]);

/** Places, sizes and betweenness by partner ID, as the app hands them to the exports. */
function decoration(of: Network): MapDecoration {
  const analysis = analyseNetwork(buildGraph(of));
  return {
    positions: new Map(of.partners.map((p, i) => [p.id, { x: i, y: -i }])),
    sizes: new Map(of.partners.map((p, i) => [p.id, 3 + i])),
    measures: new Map([
      ['betweenness', new Map(analysis.partners.map((p) => [p.id, p.betweenness]))],
    ]),
  };
}

describe('exports of partners whose IDs are "toString", "__proto__" and the like', () => {
  it('GEXF writes every partner and tie under the IDs as written, with places and measures', () => {
    const gexf = networkToGexf(network, decoration(network));
    expect(writtenIds(gexf)).toEqual({ nodes: ids, ties });
    const graph = readBack('gexf', gexf);
    expect([graph.order, graph.size]).toEqual([9, 9]);
    const proto = graph.getNodeAttributes(graphKey('__proto__'));
    expect(proto).toMatchObject({ label: 'St. Marien Geburtsklinik', x: 2, y: -2, size: 5 });
    const betweenness = analyseNetwork(buildGraph(network)).partners.find(
      (p) => p.id === 'constructor',
    )?.betweenness;
    expect(betweenness).toBeGreaterThan(0);
    expect(graph.getNodeAttribute(graphKey('constructor'), 'measures.betweenness')).toBe(
      betweenness,
    );
    expect(graph.hasEdge(graphKey('toString'), graphKey('constructor'))).toBe(true);
    expect(graph.hasEdge(graphKey('toString'), graphKey('__proto__'))).toBe(false);
  });

  it('GraphML writes every partner and tie under the IDs as written, with places and measures', () => {
    const graphml = networkToGraphml(network, decoration(network));
    expect(writtenIds(graphml)).toEqual({ nodes: ids, ties });
    const graph = readBack('graphml', graphml);
    expect([graph.order, graph.size]).toEqual([9, 9]);
    expect(graph.getNodeAttributes(graphKey('valueOf'))).toMatchObject({
      label: 'Hebammenpraxis Lindenhof',
      x: 3,
      y: -3,
      size: 6,
    });
    expect(graph.getNodeAttribute(graphKey('P4'), 'measures.betweenness')).toBe(0);
    expect(graph.hasEdge(graphKey('__proto__'), graphKey('valueOf'))).toBe(true);
  });

  it('JSON, CSV and XLSX carry the IDs as written', async () => {
    const json = JSON.parse(networkToJson(network)) as Network;
    expect(json.partners.map((p) => p.id)).toEqual(ids);
    expect(json.cooperations.map((c) => [c.source, c.target])).toEqual(ties);

    const csv = networkToCsv(network);
    const rows = (text: string) =>
      Papa.parse<string[]>(text.slice(1), { delimiter: ';', newline: '\r\n' }).data.slice(1, -1);
    expect(rows(csv.partners).map((row) => row[0])).toEqual(ids);
    expect(rows(csv.cooperations).map((row) => row.slice(0, 2))).toEqual(ties);

    const xlsx = await networkToXlsx(network);
    const sheets = await readXlsxFile(Buffer.from(xlsx));
    const written = sheets[0]?.data.slice(1).map((row) => row[0]);
    expect(written).toEqual(ids);
    // The reserved ones are shared strings whose first character is an escape (see xlsx.ts), which
    // spreadsheets and read-excel-file turn back into the text itself.
    const strings = zipEntry(xlsx, 'xl/sharedStrings.xml');
    for (const id of RESERVED_IDS) {
      const code = id.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      expect(strings).toContain(`<t>_x${code}_${id.slice(1)}</t>`);
    }
  });
});
