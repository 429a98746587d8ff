import { describe, expect, it } from 'vitest';
import {
  defaultInstrument,
  mergedIntensity,
  mergeSurvey,
  scoreSurvey,
  surveyReport,
  type OwnAnswers,
} from '../../../src/core/survey';
import { network, response, round } from './build';

const instrument = defaultInstrument();
const everyone = (about: Record<string, Record<string, number>>) =>
  Object.entries(about).map(([who, answers]) => response(who, answers));

describe('merging directed answers into ties', () => {
  it.each([
    // aSays, bSays, rule, intensity, tie
    [3, 3, 'either', 'mean', 3],
    [2, 3, 'either', 'mean', 3],
    [1, 2, 'either', 'mean', 2],
    [1, 4, 'either', 'mean', 3],
    [2, 3, 'either', 'max', 3],
    [2, 3, 'either', 'min', 2],
    [3, 0, 'either', 'mean', 3],
    [3, 0, 'both', 'mean', null],
    [3, null, 'either', 'min', 3],
    [3, null, 'both', 'max', null],
    [2, 4, 'both', 'min', 2],
    [0, 0, 'either', 'mean', null],
    [null, null, 'either', 'mean', null],
  ] as const)('A says %s, B says %s: by %s with %s the tie is %s', (a, b, rule, intensity, tie) => {
    expect(mergedIntensity(a, b, { rule, intensity })).toBe(tie);
  });

  it('rounds a mean half up: 2 and 3 give 3, 1 and 2 give 2', () => {
    expect(mergedIntensity(2, 3, { rule: 'both', intensity: 'mean' })).toBe(3);
    expect(mergedIntensity(1, 2, { rule: 'both', intensity: 'mean' })).toBe(2);
  });

  it('makes the network of the round, with every partner and its details, and names both sides', () => {
    const merge = mergeSurvey(
      round(),
      instrument,
      everyone({ A: { B: 4, C: 2 }, B: { A: 3, C: 0 }, C: { A: 2, B: 0, E: 1 } }),
      { rule: 'either', intensity: 'max' },
      network.partners,
    );
    expect(merge.network.partners).toEqual(network.partners);
    // In the round's order: by sector (Beratung, Gesundheit, Jugendhilfe), then by name.
    expect(merge.network.cooperations.map((c) => [c.source, c.target, c.intensity])).toEqual([
      ['E', 'C', 1],
      ['C', 'A', 2],
      ['A', 'B', 4],
    ]);
    expect(merge.pairs).toEqual([
      { a: 'E', b: 'C', aSays: null, bSays: 1, intensity: 1 },
      { a: 'C', b: 'A', aSays: 2, bSays: 2, intensity: 2 },
      { a: 'A', b: 'B', aSays: 4, bSays: 3, intensity: 4 },
    ]);
  });

  it('counts reciprocity over the ties named where both sides answered, and lists each disagreement', () => {
    const merge = mergeSurvey(
      round(),
      instrument,
      everyone({ A: { B: 4, C: 2, D: 1 }, B: { A: 3 }, C: { A: 2, D: 3 }, D: { A: 0, C: 3 } }),
    );
    // A–B named by both (4, 3), A–C by both (2, 2), A–D by A only (D says 0), C–D by both.
    expect(merge.mutual).toBe(3);
    expect(merge.oneSided).toBe(1);
    expect(merge.reciprocity).toBe(0.75);
    expect(merge.disagreements).toEqual([
      { a: 'D', b: 'A', aSays: 0, bSays: 1 },
      { a: 'A', b: 'B', aSays: 4, bSays: 3 },
    ]);
  });

  it('takes a blank row as "no contact" but a partner not asked about as unknown', () => {
    const merge = mergeSurvey(
      round(),
      instrument,
      [response('A', { B: 2 }), response('B', { A: {} }), response('C', { D: 2 })],
      { rule: 'either', intensity: 'mean' },
    );
    expect(merge.pairs.find((p) => p.a === 'A' && p.b === 'B')).toMatchObject({
      aSays: 2,
      bSays: 0,
    });
    // D answered nothing, so C–D is one side's word only: no disagreement, no reciprocity.
    expect(merge.pairs.find((p) => p.a === 'C' && p.b === 'D')).toMatchObject({ bSays: null });
    expect(merge.disagreements).toEqual([{ a: 'A', b: 'B', aSays: 2, bSays: 0 }]);
  });

  it('counts only the contact where intensity is not given: any contact is 1, "nie" none', () => {
    const merge = mergeSurvey(round(), instrument, [
      response('A', { B: { contact: 3 }, C: { contact: 0 }, D: { contact: 2, intensity: 0 } }),
    ]);
    expect(merge.network.cooperations.map((c) => [c.source, c.target, c.intensity])).toEqual([
      ['A', 'B', 1],
    ]);
  });
});

describe('who answered', () => {
  it('gives the response rate overall and per sector, and who is missing', () => {
    const merge = mergeSurvey(round(), instrument, everyone({ A: { B: 1 }, C: { A: 1 } }));
    expect(merge.responseRate).toBe(0.4);
    expect(merge.responded).toEqual(['C', 'A']);
    expect(merge.missing).toEqual(['E', 'D', 'B']);
    expect(merge.bySector).toEqual([
      { sector: 'Beratung', asked: 1, responded: 0, rate: 0 },
      { sector: 'Gesundheit', asked: 2, responded: 1, rate: 0.5 },
      { sector: 'Jugendhilfe', asked: 2, responded: 1, rate: 0.5 },
    ]);
  });

  it('counts against those asked only', () => {
    const merge = mergeSurvey(
      round({ asked: ['A', 'B'] }),
      instrument,
      everyone({ A: { B: 1 }, C: { A: 1 } }),
    );
    expect(merge.responseRate).toBe(0.5);
    expect(merge.missing).toEqual(['B']);
  });

  it('keeps the later of two returns from one partner and says which was set aside', () => {
    const early = response(
      'A',
      { B: 1 },
      { source: 'a-alt.xlsx', saved: '2025-03-01T10:00:00.000Z' },
    );
    const late = response(
      'A',
      { B: 4 },
      { source: 'a-neu.xlsx', saved: '2025-03-05T10:00:00.000Z' },
    );
    for (const order of [
      [late, early],
      [early, late],
    ]) {
      const merge = mergeSurvey(round(), instrument, order);
      expect(merge.responses).toEqual([late]);
      expect(merge.network.cooperations[0]?.intensity).toBe(4);
      expect(merge.problems).toEqual([
        {
          file: 'a-alt.xlsx',
          line: null,
          severity: 'warning',
          code: 'survey-duplicate-return',
          params: {
            partner: 'ASD',
            kept: 'a-neu.xlsx',
            keptSaved: '2025-03-05T10:00:00.000Z',
            setAsideSaved: '2025-03-01T10:00:00.000Z',
          },
        },
      ]);
    }
  });

  it('of two returns without a time keeps the one given later; a return with a time beats one without', () => {
    const first = response('A', { B: 1 }, { source: 'first' });
    const second = response('A', { B: 2 }, { source: 'second' });
    expect(mergeSurvey(round(), instrument, [first, second]).responses).toEqual([second]);
    const timed = response('A', { B: 3 }, { source: 'timed', saved: '2020-01-01T00:00:00.000Z' });
    expect(mergeSurvey(round(), instrument, [timed, first]).responses).toEqual([timed]);
  });

  it('refuses a response of a partner outside the round', () => {
    const merge = mergeSurvey(round(), instrument, [response('Z', { A: 4 })]);
    expect(merge.responses).toEqual([]);
    expect(merge.problems.map((p) => p.code)).toEqual(['survey-respondent-unknown']);
  });
});

describe('what the partners say about themselves', () => {
  const own = (texts: string[], yes: string[], satisfaction: number): OwnAnswers => ({
    checklists: { contributions: { yes, no: [] } },
    texts: { missingPartners: texts },
    scales: { satisfaction },
  });

  it('merges the names given as missing and marks those already in the round', () => {
    const merge = mergeSurvey(round(), instrument, [
      response('A', {}, { own: own(['Frauenhaus e.V.', 'Praxis'], ['expertise'], 4) }),
      response('C', {}, { own: own(['Frauenhaus e. V.'], ['expertise', 'rooms'], 5) }),
    ]);
    expect(merge.missingPartners).toEqual([
      { partner: 'C', names: ['Frauenhaus e. V.'] },
      { partner: 'A', names: ['Frauenhaus e.V.', 'Praxis'] },
    ]);
    expect(merge.newOrganisations).toEqual([
      { name: 'Frauenhaus e. V.', namedBy: ['C', 'A'], existing: null },
      { name: 'Praxis', namedBy: ['A'], existing: 'D' },
    ]);
    expect(merge.own.checklists.contributions!.expertise).toEqual({ yes: 2, no: 0 });
    expect(merge.own.checklists.contributions!.rooms).toEqual({ yes: 1, no: 0 });
    expect(merge.own.scales.satisfaction).toEqual({
      answers: 2,
      mean: 4.5,
      counts: { 4: 1, 5: 1 },
    });
    expect(merge.own.respondents.contributions).toBe(2);
  });

  it('gives the report the contributions counted, the satisfaction with its spread and the names', () => {
    const noOwn = { checklists: {}, texts: {}, scales: {} };
    const kept = round();
    const merge = mergeSurvey(kept, instrument, [
      response('A', {}, { own: own(['Frauenhaus e.V.'], ['expertise'], 4) }),
      response(
        'B',
        {},
        {
          own: { ...own([], [], 2), checklists: { contributions: { yes: [], no: ['expertise'] } } },
        },
      ),
      response('C', {}, { own: own(['Praxis'], ['expertise', 'rooms'], 4) }),
      response('E', {}, { own: noOwn }),
    ]);
    const { own: report } = surveyReport(
      kept,
      instrument,
      merge,
      scoreSurvey(kept, instrument, merge),
    );
    const contributions = report.checklists[0]!;
    expect(contributions.item.de).toBe('Beitrag zum Netzwerk');
    // E said nothing about itself: three partners answered the checklist.
    expect(contributions.respondents).toBe(3);
    expect(contributions.options.find((o) => o.label.de === 'Fachwissen')).toEqual({
      label: { de: 'Fachwissen', en: 'Expertise' },
      yes: 2,
      no: 1,
    });
    const satisfaction = report.scales[0]!;
    expect(satisfaction).toMatchObject({ answers: 3, maximum: 5 });
    expect(satisfaction.mean).toBeCloseTo(10 / 3, 12);
    expect(satisfaction.distribution.map((d) => [d.code, d.count])).toEqual([
      [1, 0],
      [2, 1],
      [3, 0],
      [4, 2],
      [5, 0],
    ]);
    expect(satisfaction.distribution[4]!.label.de).toBe('sehr zufrieden');
    // In the order the merge lists them (later returns first), with the respondents' names.
    expect(report.named).toEqual([
      { name: 'Praxis', namedBy: ['Klinik'], existing: true },
      { name: 'Frauenhaus e.V.', namedBy: ['ASD'], existing: false },
    ]);
  });

  it('leaves out of the report what the round did not ask', () => {
    const kept = round({ items: ['intensity'] });
    const merge = mergeSurvey(kept, instrument, [response('A', { B: 2 })]);
    const report = surveyReport(kept, instrument, merge, scoreSurvey(kept, instrument, merge));
    expect(report.own).toEqual({ checklists: [], scales: [], named: [] });
  });
});
