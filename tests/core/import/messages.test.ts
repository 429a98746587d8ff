import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../../src/core/model/problems';
import de from '../../../src/app/i18n/problems.de.json';
import en from '../../../src/app/i18n/problems.en.json';

describe('problem messages', () => {
  it.each([
    ['de', de],
    ['en', en],
  ])('%s has a text for every problem code and no other', (_, messages) => {
    expect(Object.keys(messages).sort()).toEqual([...PROBLEM_CODES].sort());
  });

  it('German and English texts use the same placeholders', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const code of PROBLEM_CODES)
      expect(placeholders(en[code]), code).toEqual(placeholders(de[code]));
  });
});
