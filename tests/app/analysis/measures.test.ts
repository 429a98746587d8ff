import { beforeAll, describe, expect, it } from 'vitest';
import type { NetworkAnalysis } from '../../../src/core/analysis/analyse-network';
import type { Network } from '../../../src/core/model/types';
import { MAP_MEASURES, measureValues } from '../../../src/app/analysis/measures';
import { partnerRows, sortPartnerRows } from '../../../src/app/analysis/partner-rows';
import { weightingOf } from '../../../src/app/analysis/weighting';
import { analysedSample, COORDINATOR } from './sample';

let network: Network;
let analysis: NetworkAnalysis;

beforeAll(async () => {
  ({ network, analysis } = await analysedSample());
});

const idOf = (name: string) => network.partners.find((partner) => partner.name === name)!.id;

describe('the measures the map can be sized by', () => {
  it('each have a label in the analysis text and a value for every partner', () => {
    const ids = MAP_MEASURES.map((measure) => measure.id);
    expect(ids).toContain('betweenness');
    expect(ids).not.toContain('ei');
    expect(ids).not.toContain('community');
    for (const { id, labelKey } of MAP_MEASURES) {
      expect(labelKey).toBe(`analysis.measures.${id}.label`);
      expect(measureValues(analysis, id).size).toBe(network.partners.length);
    }
  });

  it('turn key points into 1 and 0, brokerage roles into their total, and missing values into 0', () => {
    const isolate = analysis.network.isolates[0]!;
    expect(measureValues(analysis, 'articulationPoint').get(idOf(COORDINATOR))).toBe(1);
    expect(measureValues(analysis, 'articulationPoint').get(isolate)).toBe(0);
    const coordinator = analysis.partners.find((partner) => partner.id === idOf(COORDINATOR))!;
    expect(measureValues(analysis, 'brokerage').get(coordinator.id)).toBe(
      coordinator.brokerage.total,
    );
    expect(analysis.partners.find((partner) => partner.id === isolate)!.ei).toBeNull();
    expect(measureValues(analysis, 'ei').get(isolate)).toBe(0);
  });
});

describe('sorting the partner table', () => {
  it('puts partners without a value last in either direction', () => {
    const rows = partnerRows(network, analysis);
    const isolate = analysis.network.isolates[0]!;
    expect(sortPartnerRows(rows, 'ei', true).at(-1)!.id).toBe(isolate);
    expect(sortPartnerRows(rows, 'ei', false).at(-1)!.id).toBe(isolate);
  });

  it('sorts key points first when descending, then by name', () => {
    const sorted = sortPartnerRows(partnerRows(network, analysis), 'articulationPoint', true);
    const keyPoints = sorted.slice(0, analysis.network.articulationPoints.length);
    expect(keyPoints.every((row) => row.figures.articulationPoint)).toBe(true);
    const names = keyPoints.map((row) => row.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de-DE')));
  });

  it('keeps the name of a partner the network no longer lists readable as its id', () => {
    const rows = partnerRows({ partners: [], cooperations: [] }, analysis);
    expect(rows[0]!.name).toBe(analysis.partners[0]!.id);
  });
});

describe('which measures read cooperation intensity', () => {
  it('follows the registry and the weighted Louvain communities; paths and counts do not', () => {
    expect(weightingOf('strength')).toBe('intensity-as-strength');
    expect(weightingOf('pagerank')).toBe('intensity-as-strength');
    expect(weightingOf('modularity')).toBe('intensity-as-strength');
    expect(weightingOf('betweenness')).toBe('none');
    expect(weightingOf('closeness')).toBe('none');
    expect(weightingOf('brokerage')).toBe('none');
  });
});
