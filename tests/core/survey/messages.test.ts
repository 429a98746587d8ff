import { describe, expect, it } from 'vitest';
import de from '../../../src/app/i18n/survey.de.json';
import en from '../../../src/app/i18n/survey.en.json';
import { SURVEY_PROBLEM_CODES, SURVEY_SEVERITY } from '../../../src/core/survey';

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1]).sort();

describe('survey messages', () => {
  it.each([
    ['de', de],
    ['en', en],
  ])('%s has a text for every problem code and no other', (_language, texts) => {
    expect(Object.keys(texts.problems).sort()).toEqual([...SURVEY_PROBLEM_CODES].sort());
    expect(Object.keys(SURVEY_SEVERITY).sort()).toEqual([...SURVEY_PROBLEM_CODES].sort());
  });

  it('German and English use the same placeholders', () => {
    for (const area of ['problems', 'setup', 'warnings'] as const) {
      const german = de[area] as Record<string, unknown>;
      const english = en[area] as Record<string, unknown>;
      for (const [key, text] of Object.entries(german))
        if (typeof text === 'string')
          expect(placeholders(String(english[key])), `${area}.${key}`).toEqual(placeholders(text));
    }
  });
});
