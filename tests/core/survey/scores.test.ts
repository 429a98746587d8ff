import { describe, expect, it } from 'vitest';
import {
  defaultInstrument,
  mergeSurvey,
  RELIABLE_RESPONSE_RATE,
  scoreSurvey,
} from '../../../src/core/survey';
import { response, round } from './build';

const instrument = defaultInstrument();
const trust = (reliable: number, open?: number, goals?: number) => ({
  intensity: 2,
  trustReliable: reliable,
  ...(open === undefined ? {} : { trustOpen: open }),
  ...(goals === undefined ? {} : { trustGoals: goals }),
});

function scored(responses: ReturnType<typeof response>[], asked?: string[]) {
  const r = round(asked === undefined ? {} : { asked });
  const merge = mergeSurvey(r, instrument, responses);
  return scoreSurvey(r, instrument, merge);
}

describe('trust and value as the others rate a partner (PARTNER)', () => {
  const scores = scored([
    response('A', { B: trust(4, 4, 2), C: { intensity: 1, valueInfluence: 3, valueResources: 1 } }),
    response('C', { B: trust(2) }),
    response('D', { B: trust(4, 4, 4), C: { intensity: 3 } }),
    response('E', { A: trust(1, 1, 1) }),
  ]);
  const partner = (id: string) => scores.partners.find((p) => p.id === id)!;

  it('averages each rating over the items answered, then the ratings; the share is of the maximum 4', () => {
    // A: (4 + 4 + 2) / 3 = 10/3; C: 2; D: 4.
    expect(partner('B').trust!.ratings).toBe(3);
    expect(partner('B').trust!.mean).toBeCloseTo((10 / 3 + 2 + 4) / 3, 12);
    expect(partner('B').trust!.share).toBeCloseTo((10 / 3 + 2 + 4) / 3 / 4, 12);
    expect(partner('C').value).toEqual({ mean: 2, share: 0.5, ratings: 1 });
    expect(partner('C').trust).toBeNull();
    expect(partner('E').trust).toBeNull();
  });

  it('pools the ratings of a sector and of the network', () => {
    const jugendhilfe = scores.sectors.find((s) => s.sector === 'Jugendhilfe')!;
    // Ratings about A (1) and B (10/3, 2, 4).
    expect(jugendhilfe.trust!.ratings).toBe(4);
    expect(jugendhilfe.trust!.mean).toBeCloseTo((1 + 10 / 3 + 2 + 4) / 4, 12);
    expect(scores.network.trust!.ratings).toBe(4);
    expect(scores.network.value).toEqual({ mean: 2, share: 0.5, ratings: 1 });
    expect(scores.sectors.find((s) => s.sector === 'Beratung')!.trust).toBeNull();
  });

  it("counts a partner's ties from the others' answers beside its degree in the merged network", () => {
    expect(partner('B')).toMatchObject({ namedBy: 3, degree: 3 });
    expect(partner('C')).toMatchObject({ namedBy: 2, degree: 3 });
    expect(partner('E')).toMatchObject({ namedBy: 0, degree: 1 });
  });
});

describe('the structure of the merged network', () => {
  it('of a star around A: density 4/10, degree centralisation 1', () => {
    const scores = scored([response('A', { B: 1, C: 2, D: 3, E: 4 })]);
    expect(scores.network.density).toBeCloseTo(0.4, 12);
    expect(scores.network.degreeCentralisation).toBe(1);
  });

  it('of everyone with everyone: density 1, centralisation 0', () => {
    const all = ['A', 'B', 'C', 'D', 'E'];
    const scores = scored(
      all.map((who) =>
        response(who, Object.fromEntries(all.filter((x) => x !== who).map((x) => [x, 2]))),
      ),
    );
    expect(scores.network.density).toBe(1);
    expect(scores.network.degreeCentralisation).toBe(0);
    expect(scores.warnings).toEqual([]);
  });
});

describe('warnings where too few answered', () => {
  it(`warns below ${RELIABLE_RESPONSE_RATE * 100} % for centralisation and betweenness first, then density, trust and value`, () => {
    const scores = scored([response('A', { B: 1 }), response('B', { A: 1 })]);
    expect(scores.warnings.map((w) => w.measure)).toEqual([
      'degreeCentralisation',
      'betweenness',
      'density',
      'trust',
      'value',
    ]);
    expect(scores.warnings[0]).toEqual({
      measure: 'degreeCentralisation',
      code: 'low-response-rate',
      responseRate: 0.4,
    });
  });

  it('does not warn at 80 % of those asked', () => {
    const scores = scored(['A', 'B', 'C', 'D'].map((who) => response(who, { E: 1 })));
    expect(scores.warnings).toEqual([]);
  });

  it('says that nothing can be said before anybody answered', () => {
    const scores = scored([]);
    expect(new Set(scores.warnings.map((w) => w.code))).toEqual(new Set(['no-response']));
    expect(scores.network.trust).toBeNull();
    expect(scores.network.density).toBe(0);
  });
});
