import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { UndirectedGraph } from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import closeness from 'graphology-metrics/centrality/closeness.js';

/**
 * graphology-metrics' time for the path measures of a network, the baseline of
 * `cli-vs-igraph.ts` where python-igraph is missing: betweenness and closeness (exact,
 * unweighted) from the CSV files `cli generate` writes. Prints one line of JSON like the igraph
 * script. Run: npx tsx tests/perf/graphology-measures.ts FOLDER
 */
const folder = process.argv[2] ?? '.';
const rows = (file: string) =>
  readFileSync(join(folder, file), 'utf8')
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n/u)
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split(';'));

const ids = rows('partner.csv').map(([id]) => id!);
const ties = rows('kooperationen.csv');
const start = performance.now();
const graph = new UndirectedGraph();
for (const id of ids) graph.addNode(id);
for (const [a, b] of ties) graph.mergeEdge(a!, b!);
betweenness(graph);
closeness(graph);
console.log(
  JSON.stringify({ seconds: (performance.now() - start) / 1000, version: 'graphology-metrics' }),
);
