import { describe, expect, it } from 'vitest';
import { CHANGE_CODES } from '../../../src/app/history';
import { STORAGE_ERROR_CODES } from '../../../src/app/persistence';
import { EDIT_PROBLEM_CODES } from '../../../src/core/edit';
import { PROJECT_PROBLEM_CODES } from '../../../src/core/project';
import { resources } from '../../../src/app/i18n';

const areas = ['de', 'en'] as const;

describe('texts for storage, edits and the change history', () => {
  it.each(areas)('every code has a text in %s', (language) => {
    const storage = resources[language].translation['storage'] as Record<
      string,
      Record<string, string>
    >;
    const missing = [
      ...PROJECT_PROBLEM_CODES.map((code) => ['project', code] as const),
      ...EDIT_PROBLEM_CODES.map((code) => ['edit', code] as const),
      ...CHANGE_CODES.map((code) => ['history', code] as const),
      ...STORAGE_ERROR_CODES.map((code) => ['error', code] as const),
      ...(['granted', 'denied', 'unsupported'] as const).map((code) => ['persist', code] as const),
      ...(['saved', 'deleted', 'cleared'] as const).map((code) => ['tabs', code] as const),
    ].filter(
      ([area, code]) => typeof storage[area]?.[code] !== 'string' || storage[area][code] === '',
    );
    expect(missing).toEqual([]);
  });
});
