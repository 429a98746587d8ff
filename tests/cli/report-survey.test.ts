// @vitest-environment jsdom
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import reportDe from '../../src/app/i18n/report.de.json';
import { cli, root, temporaryFolder } from './helpers';

const fixtures = resolve(root, 'tests/fixtures/survey');
const partners = join(fixtures, 'partner.csv');
const returned = join(fixtures, 'returned');

async function report(...extra: string[]) {
  const out = join(temporaryFolder(), 'bericht.html');
  const result = await cli('report', '--partners', partners, ...extra, '--out', out);
  const html = result.code === 0 ? readFileSync(out, 'utf8') : '';
  return { ...result, html, document: new DOMParser().parseFromString(html, 'text/html') };
}

describe('cli report --survey DIR: the Netzwerkbefragung for a district office', async () => {
  const german = await report('--survey', returned, '--date', '2025-06-01');
  const section = german.document.querySelector('#report-survey');

  it('has the section after the doubles, before the methods', () => {
    expect(german.code, german.stderr).toBe(0);
    const headings = [...german.document.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings.slice(-3)).toEqual([
      reportDe.sections.doubles,
      'Netzwerkbefragung',
      reportDe.sections.methods,
    ]);
  });

  it('gives the round, the response rate, who has not answered, the disagreement and the caveat', () => {
    expect(section?.textContent).toContain('Befragung „Befragung 2025“ vom 1. März 2025.');
    expect(section?.querySelector('[data-report="response-rate"]')?.textContent).toBe(
      'Rücklaufquote 67 %: 4 von 6 gefragten Partnern haben geantwortet.',
    );
    expect(section?.querySelector('[data-report="missing"]')?.textContent).toBe(
      'Schwangerschaftsberatung donum vitae, Jobcenter Musterstadt',
    );
    expect(section?.textContent).toContain('Vertrauen88 % des Höchstwerts');
    expect(section?.querySelector('[data-report="disagreements"] tbody')?.textContent).toContain(
      'Hebammenpraxis Storchennest sagt „punktuelle, fallbezogene Zusammenarbeit“',
    );
    expect(section?.querySelector('[data-report="survey-warnings"]')?.textContent).toContain(
      'Nur 67 % der gefragten Partner haben geantwortet.',
    );
  });

  it('merges as "survey merge" does and names the same problems on standard error', async () => {
    const out = temporaryFolder();
    const merged = await cli(
      'survey',
      'merge',
      '--partners',
      partners,
      '--forms',
      returned,
      '--out',
      out,
    );
    expect(merged.code).toBe(0);
    const json = JSON.parse(readFileSync(join(out, 'befragung.json'), 'utf8')) as {
      responseRate: number;
      disagreements: unknown[];
    };
    expect(json.responseRate).toBeCloseTo(4 / 6, 12);
    expect(json.disagreements).toHaveLength(1);
    expect(german.stderr).toBe(merged.stderr);
    expect(german.stderr).toContain('survey-other-round');
  });

  it('follows --rule, --intensity and --lang', async () => {
    const english = await report('--survey', returned, '--rule', 'both', '--lang', 'en');
    expect(english.code, english.stderr).toBe(0);
    const region = english.document.querySelector('#report-survey');
    expect(region?.querySelector('h2')?.textContent).toBe('Network survey');
    expect(region?.querySelector('[data-report="response-rate"]')?.textContent).toBe(
      'Response rate 67 %: 4 of 6 partners asked have answered.',
    );
    expect(english.stderr).toContain('survey-other-round');
  });

  it('fails without usable forms and on a wrong rule, and has no section without --survey', async () => {
    const empty = temporaryFolder();
    mkdirSync(join(empty, 'leer'));
    const none = await report('--survey', empty);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('survey-no-forms');
    expect((await report('--survey', returned, '--rule', 'sometimes')).code).toBe(2);
    const without = await report();
    expect(without.code).toBe(0);
    expect(without.document.querySelector('#report-survey')).toBeNull();
  });
});
