import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';
import { analyseNetwork } from '../../../src/core/analysis/analyse-network';
import { buildGraph } from '../../../src/core/model/graph';
import { buildFullReport } from '../../../src/core/report/full-report';
import { keyFigures, topPartners } from '../../../src/core/report/key-figures';
import { mergeSources } from '../../../src/core/report/merge-sources';

const catalogue = defaultCatalogue();

/** A coordinator with three partners, one of them only reached through the midwife. */
const network: Network = {
  partners: [
    createPartner({
      id: 'ja',
      name: 'Jugendamt',
      sector: 'Kinder- und Jugendhilfe',
      type: 'Jugendamt',
    }),
    createPartner({
      id: 'heb',
      name: 'Hebammenpraxis Storch',
      sector: 'Gesundheitswesen',
      type: 'Hebamme',
    }),
    createPartner({
      id: 'kita',
      name: 'Kita Sonnenschein',
      sector: 'Kinder- und Jugendhilfe',
      type: 'Kita',
    }),
    createPartner({
      id: 'klinik',
      name: 'Geburtsklinik St. Anna',
      sector: 'Gesundheitswesen',
      type: 'Geburtsklinik',
    }),
  ],
  cooperations: [
    createCooperation({ source: 'ja', target: 'heb', intensity: 3 }),
    createCooperation({ source: 'ja', target: 'kita', intensity: 2 }),
    createCooperation({ source: 'heb', target: 'klinik', intensity: 4 }),
  ],
};

describe('buildFullReport', () => {
  const report = buildFullReport({ network }, [], () => '', { catalogue });

  it('names the key points by ID and gives the E-I index of each sector', () => {
    expect(report.network.articulationPoints.sort()).toEqual(['heb', 'ja']);
    expect(report.sectors.eiBySector).toContainEqual({
      sector: 'Gesundheitswesen',
      ei: expect.any(Number),
    });
  });

  it('lists missing types with their catalogue names, law first', () => {
    const family = report.gaps.missingTypes.find((m) => m.type === 'familiengericht');
    expect(family?.typeLabel).toEqual({ de: 'Familiengericht', en: expect.any(String) });
    expect(report.gaps.missingTypes[0]?.basis).toBe('kkg-3-2');
    expect(report.gaps.sectorLabels.map((s) => s.id)).toContain('gesundheitswesen');
  });

  it('reads the key figures a later report compares with', () => {
    expect(keyFigures(report)).toMatchObject({
      partners: 4,
      cooperations: 3,
      isolates: 0,
      articulationPoints: 2,
      bridges: 3,
      components: 1,
    });
  });
});

describe('a report on an analysis the caller has', () => {
  it('is the report that analysing the network gives, without analysing it again', () => {
    const analysed = analyseNetwork(buildGraph(network));
    expect(buildFullReport({ network }, [], () => '', { catalogue, analysed })).toEqual(
      buildFullReport({ network }, [], () => '', { catalogue }),
    );
    // What it is given is what it reports: a marked analysis shows through.
    const marked = { ...analysed, network: { ...analysed.network, articulationPoints: ['kita'] } };
    const report = buildFullReport({ network }, [], () => '', { catalogue, analysed: marked });
    expect(report.network.articulationPoints).toEqual(['kita']);
  });
});

describe('partners in the lists of key points, bridges and isolates', () => {
  it('are named by ID, so that a bridge between two partners of the same name is clear', () => {
    const twins: Network = {
      partners: [
        createPartner({ id: 'k1', name: 'Kita Sonnenschein', sector: 'Kinder- und Jugendhilfe' }),
        createPartner({ id: 'k2', name: 'Kita Sonnenschein', sector: 'Kinder- und Jugendhilfe' }),
        createPartner({ id: 'k3', name: 'Kita Sonnenschein', sector: 'Kinder- und Jugendhilfe' }),
        createPartner({ id: 'k4', name: 'Kita Sonnenschein', sector: 'Kinder- und Jugendhilfe' }),
      ],
      cooperations: [
        createCooperation({ source: 'k1', target: 'k2' }),
        createCooperation({ source: 'k2', target: 'k3' }),
      ],
    };
    const report = buildFullReport({ network: twins }, [], () => '', { catalogue });
    expect(report.bridges.map((pair) => [...pair].sort()).sort()).toEqual([
      ['k1', 'k2'],
      ['k2', 'k3'],
    ]);
    expect(report.network.articulationPoints).toEqual(['k2']);
    expect(report.network.isolates).toEqual(['k4']);
    expect(report.partners.find((p) => p.id === 'k4')?.name).toBe('Kita Sonnenschein');
  });
});

describe('topPartners', () => {
  const report = buildFullReport({ network }, [], () => '', { catalogue });

  it('ranks by the measure, leaves out partners at zero and breaks ties by name', () => {
    expect(topPartners(report.partners, 'betweenness', 10).map((p) => p.name)).toEqual([
      'Hebammenpraxis Storch',
      'Jugendamt',
    ]);
    expect(topPartners(report.partners, 'degree', 2).map((p) => p.name)).toEqual([
      'Hebammenpraxis Storch',
      'Jugendamt',
    ]);
  });
});

describe('mergeSources', () => {
  it('moves offers and memberships onto the merged partner of an organisation found in both towns', () => {
    const town = (name: string, counselling: string) => ({
      name,
      network: {
        partners: [
          createPartner({ id: '1', name: `Jugendamt Stadt ${name}`, municipality: name }),
          createPartner({ id: '2', name: counselling, type: 'Schwangerschaftsberatung' }),
        ],
        cooperations: [createCooperation({ source: '1', target: '2' })],
      },
      offers: [
        { partner: '2', offer: 'Schwangerenberatung', socialArea: name, targetGroup: 'Schwangere' },
      ],
      memberships: [{ partner: '2', committee: 'AK Frühe Hilfen' }],
    });
    const { source, shared } = mergeSources([
      town('Viersen', 'donum vitae Viersen e.V.'),
      town('Kempen', 'Donum Vitae'),
    ]);
    expect(shared.map((s) => s.id)).toEqual(['Viersen/2']);
    expect(source.offers?.map((o) => o.partner)).toEqual(['Viersen/2', 'Viersen/2']);
    expect(source.memberships?.map((m) => m.partner)).toEqual(['Viersen/2', 'Viersen/2']);
    const report = buildFullReport(source, [], () => '', { catalogue, shared });
    expect(report.partners.find((p) => p.id === 'Viersen/2')?.networks).toEqual([
      'Viersen',
      'Kempen',
    ]);
    expect(report.doubles.networks).toEqual(shared);
  });
});
