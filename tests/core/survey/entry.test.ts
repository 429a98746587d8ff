import { describe, expect, it } from 'vitest';
import {
  defaultInstrument,
  mergeSurvey,
  responseFromEntry,
  type SurveyEntry,
} from '../../../src/core/survey';
import { response, round } from './build';

const instrument = defaultInstrument();
const entry = (changes: Partial<SurveyEntry> = {}): SurveyEntry => ({
  respondent: 'C',
  label: 'Telefon, 12.05.',
  saved: '2025-05-12T09:00:00.000Z',
  rows: [
    { partner: 'A', values: { contact: 3, intensity: 3, trustReliable: 4 } },
    { partner: 'B', values: { intensity: null } },
  ],
  own: {
    checklists: { contributions: { rooms: true, funding: false, staff: null } },
    texts: { missingPartners: [' Frauenhaus ', ''] },
    scales: { satisfaction: 5 },
  },
  ...changes,
});

describe('answers typed in by hand', () => {
  it('become a response as a returned form does', () => {
    const { response: typed, problems } = responseFromEntry(entry(), round(), instrument);
    expect(typed).toEqual({
      respondent: 'C',
      source: 'Telefon, 12.05.',
      kind: 'entry',
      saved: '2025-05-12T09:00:00.000Z',
      pairs: [
        { partner: 'A', values: { contact: 3, intensity: 3, trustReliable: 4 }, line: 1 },
        { partner: 'B', values: {}, line: 2 },
      ],
      own: {
        checklists: { contributions: { yes: ['rooms'], no: ['funding'] } },
        texts: { missingPartners: ['Frauenhaus'] },
        scales: { satisfaction: 5 },
      },
    });
    expect(problems.map((p) => p.code)).toEqual(['survey-blank-rows']);
  });

  it('leave out and name what is not of the round: unknown partner, itself, twice, other questions, codes off the scale', () => {
    const { response: typed, problems } = responseFromEntry(
      entry({
        rows: [
          { partner: 'Z', values: { intensity: 2 } },
          { partner: 'C', values: { intensity: 2 } },
          { partner: 'A', values: { intensity: 7, mood: 1 } },
          { partner: 'A', values: { intensity: 1 } },
          { partner: 'D', values: { contact: 2 } },
        ],
        own: { scales: { satisfaction: 9 }, checklists: { contributions: { nothing: true } } },
      }),
      round({ items: ['contact', 'intensity', 'contributions', 'satisfaction'] }),
      instrument,
    );
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [1, 'survey-partner-unknown'],
      [2, 'survey-self-row'],
      [3, 'survey-value-not-in-list'],
      [3, 'survey-item-not-in-round'],
      [4, 'survey-row-twice'],
      [null, 'survey-value-not-in-list'],
      [null, 'survey-value-not-in-list'],
      [5, 'survey-intensity-assumed'],
      [null, 'survey-blank-rows'],
    ]);
    expect(problems[2]!.params).toEqual({
      item: 'Intensität der Zusammenarbeit',
      value: '7',
      allowed: '0, 1, 2, 3, 4',
    });
    expect(typed?.pairs.map((p) => p.partner)).toEqual(['A', 'D']);
  });

  it('refuse an unknown respondent and count an empty entry as no answer', () => {
    expect(
      responseFromEntry(entry({ respondent: 'Z' }), round(), instrument).problems[0]?.code,
    ).toBe('survey-respondent-unknown');
    const empty = responseFromEntry(entry({ rows: [], own: {} }), round(), instrument);
    expect(empty.response).toBeNull();
    expect(empty.problems.map((p) => p.code)).toEqual(['survey-empty-form']);
  });

  it('go through the same merge: the later of a form and an entry counts', () => {
    const typed = responseFromEntry(entry(), round(), instrument).response!;
    const form = response('C', { A: 1 }, { saved: '2025-05-01T00:00:00.000Z' });
    const merge = mergeSurvey(round(), instrument, [typed, form]);
    expect(merge.responses).toEqual([typed]);
    expect(merge.problems[0]).toMatchObject({ code: 'survey-duplicate-return', file: 'C.xlsx' });
    expect(merge.network.cooperations.map((c) => c.intensity)).toEqual([3]);
  });
});
