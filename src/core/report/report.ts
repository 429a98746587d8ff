import { connectedComponents } from 'graphology-components';
import { buildGraph, type NetworkGraph } from '../model/graph';
import type { Problem } from '../model/problems';
import type { Network } from '../model/types';

/**
 * The analysis report as plain data: the public contract of `cli analyse` and the source of the
 * app's figures. Later measures add keys; existing keys are never renamed.
 */
export interface PartnerFigures {
  id: string;
  name: string;
  sector: string;
  degree: number;
  /** Sum of the intensities of the partner's cooperations. */
  strength: number;
}

export interface NetworkFigures {
  partners: number;
  cooperations: number;
  /** Existing ties ÷ possible ties of the undirected simple graph. */
  density: number;
  components: number;
  /** Names of the partners without any cooperation. */
  isolates: string[];
}

export interface ReportProblem {
  file: string;
  line: number | null;
  severity: Problem['severity'];
  code: Problem['code'];
  message: string;
}

export interface NetworkReport {
  network: NetworkFigures;
  partners: PartnerFigures[];
  problems: ReportProblem[];
}

export function networkDensity(graph: NetworkGraph): number {
  const n = graph.order;
  return n < 2 ? 0 : (2 * graph.size) / (n * (n - 1));
}

export function partnerFigures(graph: NetworkGraph): PartnerFigures[] {
  return graph.mapNodes((id, attributes) => {
    let strength = 0;
    graph.forEachEdge(id, (_edge, edgeAttributes) => {
      strength += edgeAttributes.intensity;
    });
    return { id, name: attributes.name, sector: attributes.sector, degree: graph.degree(id), strength };
  });
}

export function networkFigures(graph: NetworkGraph): NetworkFigures {
  return {
    partners: graph.order,
    cooperations: graph.size,
    density: networkDensity(graph),
    components: connectedComponents(graph).length,
    isolates: graph.filterNodes((id) => graph.degree(id) === 0).map((id) => graph.getNodeAttribute(id, 'name')),
  };
}

/**
 * Assembles the report. `describe` turns a problem into a sentence in the caller's language, so the
 * core itself stays free of prose.
 */
export function buildReport(
  network: Network,
  problems: Problem[],
  describe: (problem: Problem) => string,
): NetworkReport {
  const graph = buildGraph(network);
  return {
    network: networkFigures(graph),
    partners: partnerFigures(graph),
    problems: problems.map((p) => ({
      file: p.file,
      line: p.line,
      severity: p.severity,
      code: p.code,
      message: describe(p),
    })),
  };
}
