// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ProblemList } from '../../../src/app/import/ProblemList';
import i18n from 'i18next';
import { i18nReady } from '../../../src/app/i18n';
import { problem } from '../../../src/core/model/problems';
import { describeProblem } from '../../../src/cli/messages';

beforeAll(async () => {
  await i18nReady;
});
afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('de');
});

const missing = problem('missing-column', 'kooperationen.csv', 3, {
  field: 'target',
  kind: 'cooperations',
});

describe('a problem message names what the user sees, never an internal name', () => {
  it('names the missing column and the table as the import dialog does, in German and English', async () => {
    render(<ProblemList problems={[missing]} />);
    const text = screen.getByRole('table').textContent ?? '';
    expect(text).toContain('„Zweiter Partner (An)“');
    expect(text).toContain('(Kooperationsliste)');
    expect(text).not.toMatch(/\btarget\b|cooperations/);
    await i18n.changeLanguage('en');
    render(<ProblemList problems={[missing]} />);
    expect(screen.getAllByRole('table')[1]?.textContent).not.toMatch(/\btarget\b|cooperations/);
  });

  it('the command line says the same', () => {
    expect(describeProblem(missing, 'de')).toContain('„Zweiter Partner (An)“');
    expect(describeProblem(missing, 'en')).not.toMatch(/\btarget\b|cooperations/);
  });
});
