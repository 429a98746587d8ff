import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';
import { networkKeyFigures } from '../../../src/core/report/network-key-figures';
import { whatIf, type WhatIf } from '../../../src/core/what-if/what-if';
import { loadBeispielkreis, type Beispielkreis } from '../../app/gaps/sample';

interface ReferencePartner {
  id: string;
  name: string;
  sector: string;
  type: string;
}

type Expected = Omit<WhatIf, 'typesGone' | 'figures'> & {
  typesGone: string[];
  figures: Record<'before' | 'after', Record<string, number>>;
};

/**
 * What networkx 3.6.1 computes when partners leave, written once by
 * `tests/fixtures/reference/what-if.py` (the calls are in its "source"), not by our code.
 */
const REFERENCE = JSON.parse(
  readFileSync(new URL('../../fixtures/reference/what-if.networkx.json', import.meta.url), 'utf8'),
) as {
  cases: {
    name: string;
    partners: ReferencePartner[];
    ties: [string, string][];
    whatIf: Expected[];
  }[];
  beispielkreis: { articulationPoints: string[]; whatIf: Expected[] };
};

const catalogue = defaultCatalogue();

function networkOf(partners: readonly ReferencePartner[], ties: readonly [string, string][]) {
  return {
    partners: partners.map((p) => createPartner(p)),
    cooperations: ties.map(([source, target]) => createCooperation({ source, target })),
  };
}

/** The what-if in the reference's terms: types by ID, the figures networkx has. */
function comparable(found: WhatIf, expected: Expected) {
  const figures = (side: 'before' | 'after') =>
    Object.fromEntries(
      Object.keys(expected.figures[side]).map((key) => [
        key,
        found.figures[side][key as keyof WhatIf['figures']['before']],
      ]),
    );
  return {
    ...found,
    typesGone: found.typesGone.map((missing) => missing.type),
    figures: { before: figures('before'), after: figures('after') },
  };
}

describe('what if partners left: against networkx', () => {
  const cases = REFERENCE.cases.flatMap((network) =>
    network.whatIf.map((expected) => ({ network, expected })),
  );

  it.each(cases.map((c) => [c.network.name, c.expected.removed.join(', ') || 'no one', c]))(
    '%s without %s',
    (_name, _removed, { network, expected }) => {
      const found = whatIf(networkOf(network.partners, network.ties), expected.removed, {
        catalogue,
      });
      const { density: expectedDensity, ...before } = expected.figures.before;
      const { density: densityAfter, ...after } = expected.figures.after;
      const result = comparable(found, expected);
      expect(result.figures.before.density).toBeCloseTo(expectedDensity!, 12);
      expect(result.figures.after.density).toBeCloseTo(densityAfter!, 12);
      expect(result).toEqual({
        ...expected,
        figures: {
          before: { ...before, density: result.figures.before.density },
          after: { ...after, density: result.figures.after.density },
        },
      });
    },
  );

  it('tells the coordinator of the small district who would be cut off without her', () => {
    const district = REFERENCE.cases[0]!;
    const found = whatIf(networkOf(district.partners, district.ties), ['koordination'], {
      catalogue,
    });
    expect(found.isolated).toEqual(['jobcenter']);
    expect(found.cutOff).toEqual([
      ['asd', 'familienpaten', 'kita'],
      ['caritas', 'migrationsberatung'],
    ]);
    expect(found.sectorsCutOff).toEqual(['beratung', 'soziale-sicherung-arbeit']);
    expect(found.figures.before.largestPart).toBe(11);
    expect(found.figures.after.largestPart).toBe(4);
  });
});

describe('what if a partner of the Beispielkreis left', () => {
  let sample: Beispielkreis;
  beforeAll(async () => {
    sample = await loadBeispielkreis();
  });

  it('has the articulation points networkx finds', () => {
    expect([...sample.analysis.network.articulationPoints].sort()).toEqual(
      REFERENCE.beispielkreis.articulationPoints,
    );
  });

  it.each(REFERENCE.beispielkreis.whatIf.map((expected) => [expected.removed[0], expected]))(
    'without %s: the partners and sectors networkx names',
    (_id, expected) => {
      const found = whatIf(sample.network, expected.removed, { catalogue });
      expect({
        isolated: found.isolated,
        cutOff: found.cutOff,
        lostCooperations: found.lostCooperations,
        sectorsCutOff: found.sectorsCutOff,
        sectorPairsUnlinked: found.sectorPairsUnlinked,
        figures: found.figures.after.components,
      }).toEqual({
        isolated: expected.isolated,
        cutOff: expected.cutOff,
        lostCooperations: expected.lostCooperations,
        sectorsCutOff: expected.sectorsCutOff,
        sectorPairsUnlinked: expected.sectorPairsUnlinked,
        figures: expected.figures.after['components'],
      });
    },
  );

  it('without the coordinator, the job centre is left alone and the network is unchanged', () => {
    const coordinator = sample.idOf('Jugendamt Beispielkreis – Netzwerkkoordination Frühe Hilfen');
    const jobCentre = sample.idOf('Jobcenter Beispielkreis');
    const partnersBefore = sample.network.partners.length;
    const tiesBefore = sample.network.cooperations.length;
    const found = whatIf(sample.network, [coordinator], { catalogue });
    expect(found.removed).toEqual([coordinator]);
    expect(found.isolated).toEqual([jobCentre]);
    expect(found.figures.before.partners).toBe(45);
    expect(found.figures.after.partners).toBe(44);
    expect(found.figures.after.cooperations).toBe(94 - found.lostCooperations);
    expect(sample.network.partners).toHaveLength(partnersBefore);
    expect(sample.network.cooperations).toHaveLength(tiesBefore);
  });
});

describe('what if: the figures are those of the report', () => {
  const network: Network = networkOf(REFERENCE.cases[0]!.partners, REFERENCE.cases[0]!.ties);

  it('gives the key figures networkKeyFigures gives for the network and for it without them', () => {
    const found = whatIf(network, ['kita'], { catalogue });
    expect(found.figures.before).toMatchObject(networkKeyFigures(network));
    expect(found.figures.after).toMatchObject(
      networkKeyFigures({
        partners: network.partners.filter((p) => p.id !== 'kita'),
        cooperations: network.cooperations.filter(
          (c) => c.source !== 'kita' && c.target !== 'kita',
        ),
      }),
    );
  });

  it('leaves out an ID the network does not have, and changes nothing for it', () => {
    const found = whatIf(network, ['no-such-partner'], { catalogue });
    expect(found.removed).toEqual([]);
    expect(found.figures.after).toEqual(found.figures.before);
    expect(found.isolated).toEqual([]);
    expect(found.cutOff).toEqual([]);
  });

  it('counts a tie between two partners who both leave once', () => {
    const found = whatIf(network, ['hebamme', 'familienhebamme'], { catalogue });
    // koordination–hebamme, koordination–familienhebamme, hebamme–familienhebamme, kinderarzt–hebamme
    expect(found.lostCooperations).toBe(4);
    expect(found.figures.after.cooperations).toBe(13 - 4);
  });

  it('takes the coordinator’s corrections of catalogue types into account', () => {
    const corrections = new Map([['physio', 'kinderaerztliche-praxis']]);
    const without = whatIf(network, ['kinderarzt'], { catalogue });
    const corrected = whatIf(network, ['kinderarzt'], { catalogue, corrections });
    expect(without.typesGone.map((m) => m.type)).toEqual(['kinderaerztliche-praxis']);
    expect(corrected.typesGone).toEqual([]);
  });

  it('reports its steps and can be stopped between them', () => {
    const steps: string[] = [];
    whatIf(network, ['kita'], { catalogue, onProgress: (_d, _t, step) => steps.push(step) });
    expect(steps).toEqual(['gaps', 'figures', 'partners', 'done']);
    expect(() => whatIf(network, ['kita'], { catalogue, shouldStop: () => true })).toThrow(
      'analysis cancelled',
    );
  });
});
