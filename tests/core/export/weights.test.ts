// @vitest-environment jsdom
import { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { networkToGexf } from '../../../src/core/export/gexf';
import { networkToGraphml } from '../../../src/core/export/graphml';
import { importNetwork } from '../../../src/core/import';
import type { Network } from '../../../src/core/model/types';
import { csvFile } from '../import/helpers';

const GEPHI_EDGES = [
  'Source,Target,Type,Id,Label,timeset,Weight',
  'Jugendamt,Geburtsklinik,Undirected,0,,,12.0',
  'Jugendamt,Hebammenpraxis,Undirected,1,,,7.5',
  'Geburtsklinik,Hebammenpraxis,Undirected,2,,,0.5',
  'Hebammenpraxis,Kinderarztpraxis,Undirected,3,,,2.0',
].join('\n');

const WEIGHTS = [
  ['Jugendamt', 'Geburtsklinik', 12],
  ['Jugendamt', 'Hebammenpraxis', 7.5],
  ['Geburtsklinik', 'Hebammenpraxis', 0.5],
  ['Hebammenpraxis', 'Kinderarztpraxis', 2],
];

async function gephiNetwork(): Promise<Network> {
  return (await importNetwork({ files: [csvFile('kanten.csv', GEPHI_EDGES)] })).network;
}

function weightsOf(graph: UndirectedGraph): (string | number)[][] {
  return graph.mapEdges((_, attributes, source, target) => [
    source,
    target,
    attributes['weight'] as number,
  ]);
}

describe('a Gephi table with weights above 4, written for Gephi again', () => {
  it('GEXF gives every tie its weight back unchanged', async () => {
    const graph = parseGexf(UndirectedGraph, networkToGexf(await gephiNetwork()));
    expect(weightsOf(graph)).toEqual(WEIGHTS);
  });

  it('GraphML declares the weight key Gephi reads and gives the same weights back', async () => {
    const graphml = networkToGraphml(await gephiNetwork());
    expect(graphml).toContain(
      '<key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    );
    const graph = parseGraphml(UndirectedGraph, graphml);
    expect(weightsOf(graph)).toEqual(WEIGHTS);
  });

  it('a tie without a weight of its own is written with its intensity, in both formats', async () => {
    const { network } = await importNetwork({
      files: [csvFile('liste.csv', 'Von;An;Intensität\nA;B;3\nB;C;1\n')],
    });
    const expected = [
      ['A', 'B', 3],
      ['B', 'C', 1],
    ];
    expect(weightsOf(parseGexf(UndirectedGraph, networkToGexf(network)))).toEqual(expected);
    expect(weightsOf(parseGraphml(UndirectedGraph, networkToGraphml(network)))).toEqual(expected);
  });
});
