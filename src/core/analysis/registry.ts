import { betweenness } from './betweenness';
import { closeness } from './closeness';
import { components, isolates } from './components';
import { constraint } from './constraint';
import { coreNumber } from './core-number';
import { cutPoints } from './cut-points';
import { degree } from './degree';
import { density } from './density';
import { effectiveSize } from './effective-size';
import { eiIndex } from './ei-index';
import { eigenvector } from './eigenvector';
import { byPartner, type NetworkIndex } from './network-index';
import { pagerank } from './pagerank';
import { sectorAssortativity } from './assortativity';
import { strength } from './strength';

/** Whether intensity enters a measure, and how: the UI says so beside each measure. */
export type Weighting = 'none' | 'intensity-as-strength';

export interface PartnerMeasure {
  id: string;
  scope: 'partner';
  weighted: Weighting;
  /** A value for every partner id; null where the measure is undefined for that partner. */
  compute(index: NetworkIndex): Map<string, number | null>;
}

export interface NetworkMeasure {
  id: string;
  scope: 'network';
  weighted: Weighting;
  compute(index: NetworkIndex): number | null;
}

export type Measure = PartnerMeasure | NetworkMeasure;

function partner(
  id: string,
  weighted: Weighting,
  values: (index: NetworkIndex) => ArrayLike<number | null>,
): PartnerMeasure {
  return { id, scope: 'partner', weighted, compute: (index) => byPartner(index, values(index)) };
}

function network(
  id: string,
  weighted: Weighting,
  compute: (index: NetworkIndex) => number | null,
): NetworkMeasure {
  return { id, scope: 'network', weighted, compute };
}

/**
 * The scalar measures as data, so that one generic view lists them, explains them and sorts by
 * them; their ids are the keys of the UI text catalogue. Structured results (block density,
 * brokerage roles, communities, bridges) come from `analyseNetwork`.
 */
export const MEASURES: readonly Measure[] = [
  partner('degree', 'none', degree),
  partner('strength', 'intensity-as-strength', strength),
  partner('betweenness', 'none', (index) => betweenness(index).scores),
  partner('closeness', 'none', (index) => closeness(index)),
  partner('eigenvector', 'none', (index) => eigenvector(index).scores),
  partner('pagerank', 'intensity-as-strength', (index) => pagerank(index).scores),
  partner('constraint', 'none', constraint),
  partner('effectiveSize', 'none', effectiveSize),
  partner('coreNumber', 'none', coreNumber),
  partner('articulationPoint', 'none', (index) => cutPoints(index).articulationPoints),
  partner('ei', 'none', (index) => eiIndex(index).byPartner),
  network('partners', 'none', (index) => index.ids.length),
  network('cooperations', 'none', (index) => index.cooperationCount),
  network('density', 'none', density),
  network('components', 'none', (index) => components(index).count),
  network('isolates', 'none', (index) => isolates(index).length),
  network('articulationPoints', 'none', (index) =>
    cutPoints(index).articulationPoints.reduce((a, b) => a + b, 0),
  ),
  network('bridges', 'none', (index) => cutPoints(index).bridges.length),
  network('eiIndex', 'none', (index) => eiIndex(index).network),
  network('assortativity', 'none', sectorAssortativity),
];

export function findMeasure(id: string): Measure | undefined {
  return MEASURES.find((measure) => measure.id === id);
}
