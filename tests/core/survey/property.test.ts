import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { networkArb } from '../project/arbitraries';
import {
  createRound,
  defaultInstrument,
  mergeSurvey,
  readSurveyReturns,
  responseFromEntry,
  scoreSurvey,
  type MergeOptions,
  type SurveyEntry,
  type SurveyResponse,
} from '../../../src/core/survey';
import { fixtureFiles, fixtureRound, fixtures } from './helpers';

const instrument = defaultInstrument();
const options = fc.record<MergeOptions>({
  rule: fc.constantFrom('either', 'both'),
  intensity: fc.constantFrom('mean', 'max', 'min'),
});
/** Networks of two to six partners with names as users type them (and keys that trip up objects). */
const networks = networkArb.filter((n) => n.partners.length >= 2);

function entryOf(
  respondent: string,
  rows: SurveyEntry['rows'],
  saved: string | null = null,
): SurveyEntry {
  return { respondent, label: `Eingabe ${respondent}`, saved, rows };
}

describe('merging a survey', () => {
  test.prop([networks, options], { numRuns: 150 })(
    'of complete, symmetric answers gives back the network they came from, under every rule',
    (network, choice) => {
      const round = createRound(network, instrument, {
        name: 'Runde',
        created: '2025-01-01',
      }).round!;
      const tie = new Map<string, number>();
      for (const c of network.cooperations)
        if (c.source !== c.target) {
          const key = [c.source, c.target].sort().join('\u0000');
          tie.set(key, Math.max(tie.get(key) ?? 0, c.intensity));
        }
      const responses = round.partners.map((me) => {
        const rows = round.partners
          .filter((other) => other.id !== me.id)
          .map((other) => ({
            partner: other.id,
            values: { intensity: tie.get([me.id, other.id].sort().join('\u0000')) ?? 0 },
          }));
        return responseFromEntry(entryOf(me.id, rows), round, instrument).response;
      });
      const merge = mergeSurvey(
        round,
        instrument,
        responses.filter((r): r is SurveyResponse => r !== null),
        choice,
        network.partners,
      );
      const merged = new Map(
        merge.network.cooperations.map((c) => [
          [c.source, c.target].sort().join('\u0000'),
          c.intensity,
        ]),
      );
      expect(merged).toEqual(tie);
      expect(merge.disagreements).toEqual([]);
      expect(merge.reciprocity).toBe(tie.size === 0 ? null : 1);
      expect(merge.network.partners.map((p) => p.id).sort()).toEqual(
        network.partners.map((p) => p.id).sort(),
      );
    },
  );

  const answers = fc.array(
    fc.record({
      who: fc.nat(),
      saved: fc.option(fc.constantFrom('2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z'), {
        nil: null,
      }),
      rows: fc.array(
        fc.record({
          about: fc.nat(),
          intensity: fc.option(fc.integer({ min: -1, max: 6 }), { nil: null }),
          contact: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
          trust: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
        }),
        { maxLength: 8 },
      ),
    }),
    { maxLength: 10 },
  );

  test.prop([networks, answers, options, fc.integer({ min: 0, max: 6 })], { numRuns: 200 })(
    'of any answers, from any subset of the partners, even twice, never throws and stays in range',
    (network, given, choice, asked) => {
      const round = createRound(network, instrument, {
        name: 'Runde',
        created: '2025-01-01',
        asked: network.partners.slice(0, Math.max(1, asked)).map((p) => p.id),
      }).round!;
      const id = (n: number) => round.partners[n % round.partners.length]!.id;
      const responses = given.flatMap(({ who, saved, rows }) => {
        const entry = entryOf(
          id(who),
          rows.map((row) => ({
            partner: id(row.about),
            values: { intensity: row.intensity, contact: row.contact, trustReliable: row.trust },
          })),
          saved,
        );
        const response = responseFromEntry(entry, round, instrument).response;
        return response === null ? [] : [response];
      });
      const merge = mergeSurvey(round, instrument, responses, choice, network.partners);
      const scores = scoreSurvey(round, instrument, merge);
      expect(merge.responseRate).toBeGreaterThanOrEqual(0);
      expect(merge.responseRate).toBeLessThanOrEqual(1);
      expect([...merge.responded, ...merge.missing].sort()).toEqual([...round.asked].sort());
      const ids = new Set(round.partners.map((p) => p.id));
      for (const c of merge.network.cooperations) {
        expect(ids.has(c.source) && ids.has(c.target) && c.source !== c.target).toBe(true);
        expect([1, 2, 3, 4]).toContain(c.intensity);
      }
      if (merge.reciprocity !== null) expect(merge.reciprocity).toBeGreaterThanOrEqual(0);
      for (const p of scores.partners)
        if (p.trust !== null) expect(p.trust.share).toBeLessThanOrEqual(1);
      expect(scores.network.density).toBeLessThanOrEqual(1);
    },
  );
});

describe('reading returned forms', () => {
  const files = [
    ...fixtureFiles('returned').map((name) => `returned/${name}`),
    ...fixtureFiles('edge').map((name) => `edge/${name}`),
  ];
  const bytes = new Map(files.map((f) => [f, new Uint8Array(readFileSync(join(fixtures, f)))]));

  test.prop([fc.subarray(files), fc.boolean(), options], { numRuns: 25 })(
    'in any subset and order merges without throwing, counting each partner once',
    async (subset, reversed, choice) => {
      const round = await fixtureRound();
      const chosen = reversed ? [...subset].reverse() : subset;
      const { responses, problems } = await readSurveyReturns(
        chosen.map((f) => ({ name: f, bytes: bytes.get(f)! })),
        round,
        instrument,
      );
      const merge = mergeSurvey(round, instrument, responses, choice);
      expect(new Set(merge.responded).size).toBe(merge.responded.length);
      const hebammen = chosen.filter((f) => f.includes('Hebammenpraxis')).length;
      expect(merge.problems.filter((p) => p.code === 'survey-duplicate-return')).toHaveLength(
        Math.max(0, hebammen - 1) +
          Math.max(
            0,
            chosen.filter((f) => f.startsWith('edge/') && !f.includes('leer')).length - 1,
          ),
      );
      expect(
        problems.every((p) => chosen.includes(p.file) || chosen.some((f) => f.endsWith(p.file))),
      ).toBe(true);
    },
  );

  test.prop(
    [
      fc.constantFrom(...files),
      fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 20 }),
    ],
    { numRuns: 60 },
  )('with bytes damaged anywhere gives problems, never an exception', async (file, damage) => {
    const damaged = bytes.get(file)!.slice();
    for (const [at, value] of damage) damaged[at % damaged.length] = value;
    const round = await fixtureRound();
    const read = await readSurveyReturns(
      [{ name: 'kaputt.xlsx', bytes: damaged }],
      round,
      instrument,
    );
    expect(Array.isArray(read.responses)).toBe(true);
  });
});
