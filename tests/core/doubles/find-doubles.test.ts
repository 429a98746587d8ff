import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../../../src/core/catalogue/catalogue-index';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { NETWORKS_ATTRIBUTE } from '../../../src/core/doubles/across-networks';
import { findDoubles } from '../../../src/core/doubles/find-doubles';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';

const catalogue = indexCatalogue(defaultCatalogue());

const viersen: Network = {
  partners: [
    createPartner({ id: '1', name: 'Jugendamt Stadt Viersen', municipality: 'Viersen' }),
    createPartner({ id: '2', name: 'donum vitae Viersen e.V.', type: 'Schwangerschaftsberatung' }),
  ],
  cooperations: [createCooperation({ source: '1', target: '2', intensity: 3 })],
};
const kempen: Network = {
  partners: [
    createPartner({ id: '1', name: 'Jugendamt Stadt Kempen', municipality: 'Kempen' }),
    createPartner({ id: '7', name: 'Donum Vitae', type: 'Schwangerschaftsberatung' }),
  ],
  cooperations: [createCooperation({ source: '1', target: '7', intensity: 2 })],
};

describe('findDoubles', () => {
  it("returns all four kinds, and finds donum vitae in both towns' networks", () => {
    const report = findDoubles(
      {
        network: viersen,
        networks: [
          { name: 'Viersen', network: viersen },
          { name: 'Kempen', network: kempen },
        ],
      },
      { catalogue },
    );
    expect(Object.keys(report)).toEqual(['partners', 'offers', 'committees', 'networks']);
    expect(report.networks?.shared).toEqual([
      {
        id: 'Viersen/2',
        members: [
          { network: 'Viersen', partnerId: '2' },
          { network: 'Kempen', partnerId: '7' },
        ],
      },
    ]);
  });

  it('merges the networks keeping every tie and noting where each partner belongs', () => {
    const merged = findDoubles(
      {
        network: viersen,
        networks: [
          { name: 'Viersen', network: viersen },
          { name: 'Kempen', network: kempen },
        ],
      },
      { catalogue },
    ).networks?.merged;
    expect(merged?.partners.map((p) => [p.id, p.attributes[NETWORKS_ATTRIBUTE]])).toEqual([
      ['Viersen/1', 'Viersen'],
      ['Viersen/2', 'Viersen|Kempen'],
      ['Kempen/1', 'Kempen'],
    ]);
    expect(merged?.cooperations.map((c) => [c.source, c.target])).toEqual([
      ['Viersen/1', 'Viersen/2'],
      ['Kempen/1', 'Viersen/2'],
    ]);
  });

  it('compares networks only when there are two or more', () => {
    expect(findDoubles({ network: viersen }, { catalogue }).networks).toBeNull();
  });
});
