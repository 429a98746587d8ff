import { UndirectedGraph } from 'graphology';
import { graphKey } from './keys';
import { strongerWeight } from './tie-weight';
import type { Cooperation, Intensity, Network, Partner } from './types';

/** Node attributes of the network graph: the partner itself. */
export type PartnerAttributes = Omit<Partner, 'id'>;

/** Edge attributes: intensity is a strength (closer = larger), never a distance. */
export interface CooperationAttributes {
  intensity: Intensity;
  /** The tie's own weight (Gephi, Kumu) where it has one; see `tieWeight`. */
  weight?: number;
  formal: boolean;
  kind: string;
  since: number | null;
}

/**
 * The network as a graphology graph. Its node keys are `graphKey(partner.id)`, not always the
 * partner's ID: whatever reads a node key back as a partner takes `partnerIdOf(key)`.
 */
export type NetworkGraph = UndirectedGraph<PartnerAttributes, CooperationAttributes>;

/**
 * Builds the undirected simple graph of a network. Self-ties are left out and parallel ties are
 * merged keeping the higher intensity and weight (the importer reports both as problems); an
 * UndirectedGraph because a mixed graph would double raw betweenness.
 */
export function buildGraph(network: Network): NetworkGraph {
  const graph: NetworkGraph = new UndirectedGraph<PartnerAttributes, CooperationAttributes>();
  for (const { id, ...attributes } of network.partners) graph.mergeNode(graphKey(id), attributes);
  for (const cooperation of network.cooperations) addCooperation(graph, cooperation);
  return graph;
}

function addCooperation(graph: NetworkGraph, c: Cooperation): void {
  const source = graphKey(c.source);
  const target = graphKey(c.target);
  if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) return;
  const existing = graph.edge(source, target);
  const attributes: CooperationAttributes = {
    intensity: c.intensity,
    formal: c.formal,
    kind: c.kind,
    since: c.since,
  };
  if (c.weight !== undefined) attributes.weight = c.weight;
  if (existing === undefined) {
    graph.addEdge(source, target, attributes);
    return;
  }
  const old = graph.getEdgeAttributes(existing);
  const merged: CooperationAttributes = {
    ...old,
    intensity: Math.max(old.intensity, c.intensity) as Intensity,
    formal: old.formal || c.formal,
  };
  const weight = strongerWeight(old, c);
  if (weight !== undefined) merged.weight = weight;
  graph.replaceEdgeAttributes(existing, merged);
}
