// @vitest-environment jsdom
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import reportDe from '../../src/app/i18n/report.de.json';
import reportEn from '../../src/app/i18n/report.en.json';
import { cli, sample, SAMPLE_FILES, temporaryFolder } from './helpers';

const HOSTILE = '<img src=x onerror=alert(1)>';

async function report(...extra: string[]) {
  const out = join(temporaryFolder(), 'bericht.html');
  const result = await cli('report', ...extra, '--out', out);
  expect(result.code, result.stderr).toBe(0);
  const html = readFileSync(out, 'utf8');
  return { html, document: new DOMParser().parseFromString(html, 'text/html') };
}

describe('cli report', async () => {
  const previous = join(temporaryFolder(), 'bericht-2024.json');
  await cli(
    'analyse',
    '--partners',
    sample('partner.csv'),
    '--links',
    sample('kooperationen.csv'),
    '--out',
    previous,
  );
  const { html, document } = await report(
    ...SAMPLE_FILES,
    '--name',
    'Beispielkreis',
    '--date',
    '2025-03-03',
    '--previous',
    previous,
    '--previous-date',
    '2024-03-01',
  );
  const headings = [...document.querySelectorAll('h2')].map((h) => h.textContent);

  it('has every section, the network name, the date and the catalogue version', () => {
    // The Netzwerkbefragung comes with --survey only (report-survey.test.ts).
    expect(headings).toEqual(
      Object.entries(reportDe.sections)
        .filter(([key]) => key !== 'survey')
        .map(([, text]) => text),
    );
    expect(document.querySelector('h1')?.textContent).toBe('Netzwerkbericht');
    expect(document.querySelector('header')?.textContent).toContain('Beispielkreis');
    expect(document.querySelector('header')?.textContent).toContain('3. März 2025');
    expect(document.querySelector('header')?.textContent).toContain('kkg-nzfh, Version 2024.1');
  });

  it('is self-contained: UTF-8, a language, an A4 print stylesheet, no scripts, nothing fetched', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(document.documentElement.lang).toBe('de');
    expect(document.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(document.querySelector('style')?.textContent).toContain(
      '@page { size: A4; margin: 18mm; }',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*['"]?(?:https?:)?\/\//i);
    expect(document.querySelectorAll('link, iframe, object, embed')).toHaveLength(0);
    for (const image of document.querySelectorAll('img'))
      expect(image.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('carries its own Content-Security-Policy: no script, nothing fetched, wherever it is opened', () => {
    const policy = document
      .querySelector('meta[http-equiv="Content-Security-Policy"]')
      ?.getAttribute('content');
    const directives = new Map(
      (policy ?? '').split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('img-src')).toEqual(['data:']);
    expect(directives.has('script-src')).toBe(false);
    // The policy comes before anything it governs.
    const head = [...document.head.children];
    const at = head.findIndex((e) => e.getAttribute('http-equiv') === 'Content-Security-Policy');
    expect(at).toBeLessThan(head.findIndex((e) => e.tagName === 'STYLE'));
  });

  it('shows the map, law-first gaps, the doubles and the change since the previous snapshot', () => {
    const map = document.querySelector('#report-map img')?.getAttribute('src') ?? '';
    const svg = new TextDecoder().decode(
      Uint8Array.from(atob(map.split(',')[1] ?? ''), (c) => c.charCodeAt(0)),
    );
    expect(svg).toContain('Jugendamt Beispielkreis');
    const gaps = document.querySelector('#report-gaps')?.textContent ?? '';
    expect(gaps).toContain('Familiengericht');
    expect(gaps.indexOf('§ 3 Abs. 2 KKG')).toBeGreaterThan(-1);
    const doubles = document.querySelector('#report-doubles')?.textContent ?? '';
    expect(doubles).toContain('Caritas-Verband f. d. Beispielkreis e. V.');
    expect(doubles).toContain('Elterncafé');
    expect(doubles).toContain('Steuerungsgruppe Frühe Hilfen');
    const comparison = document.querySelector('#report-comparison')?.textContent ?? '';
    expect(comparison).toContain('1. März 2024');
    const methods = document.querySelector('#report-methods')?.textContent ?? '';
    for (const source of [
      'Freeman 1977',
      'Bonacich 1972',
      'Brin & Page 1998',
      'Burt 1992',
      'Krackhardt & Stern 1988',
      'Newman 2003',
      'Gould & Fernandez 1989',
      'Blondel et al. 2008',
      'Batagelj & Zaversnik 2003',
      'Tarjan 1972',
      'Wasserman & Faust 1994',
      'KKG',
      'NZFH',
    ]) {
      expect(methods).toContain(source);
    }
  });

  it('speaks English with --lang en', async () => {
    const english = await report(
      '--partners',
      sample('partner.csv'),
      '--links',
      sample('kooperationen.csv'),
      '--lang',
      'en',
      '--date',
      '2025-03-03',
    );
    expect(english.document.documentElement.lang).toBe('en');
    const sections = Object.entries(reportEn.sections)
      .filter(([key]) => key !== 'comparison' && key !== 'survey')
      .map(([, text]) => text);
    expect([...english.document.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(
      sections,
    );
    expect(english.document.querySelector('header')?.textContent).toContain('3 March 2025');
    // Sectors go by the catalogue's English names, in the sector matrix as in the gaps.
    const matrix = english.document.querySelector('#report-sectors table')?.textContent ?? '';
    expect(matrix).toContain('Child and youth welfare');
    expect(matrix).not.toContain('Kinder- und Jugendhilfe');
  });

  it('prints a hostile partner name as text, in the page and in the map', async () => {
    const dir = temporaryFolder();
    writeFileSync(
      join(dir, 'partner.csv'),
      `ID;Name;Sektor\r\n1;${HOSTILE};Gesundheitswesen\r\n2;Jugendamt;Kinder- und Jugendhilfe\r\n`,
      'utf8',
    );
    writeFileSync(join(dir, 'kooperationen.csv'), 'Von;An;Intensität\r\n1;2;3\r\n', 'utf8');
    const hostile = await report(
      '--partners',
      join(dir, 'partner.csv'),
      '--links',
      join(dir, 'kooperationen.csv'),
      '--name',
      HOSTILE,
    );
    expect(hostile.document.querySelectorAll('img[onerror]')).toHaveLength(0);
    expect(hostile.document.querySelectorAll('img')).toHaveLength(1);
    expect(hostile.html).not.toContain(HOSTILE);
    expect(hostile.document.querySelector('header')?.textContent).toContain(HOSTILE);
    expect(hostile.document.body.textContent).toContain(HOSTILE);
  });

  it('needs --out, and a previous file that is a report', async () => {
    expect((await cli('report', ...SAMPLE_FILES)).code).toBe(2);
    expect(
      (
        await cli(
          'report',
          ...SAMPLE_FILES,
          '--date',
          '3.3.2025',
          '--out',
          join(temporaryFolder(), 'x.html'),
        )
      ).code,
    ).toBe(2);
    const notAReport = join(temporaryFolder(), 'alt.json');
    writeFileSync(notAReport, '{"partners": 3}', 'utf8');
    expect(
      (
        await cli(
          'report',
          ...SAMPLE_FILES,
          '--previous',
          notAReport,
          '--out',
          join(temporaryFolder(), 'x.html'),
        )
      ).code,
    ).toBe(1);
  });
});
