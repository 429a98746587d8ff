// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, sample, temporaryFolder } from './helpers';

const FILES = ['--partners', sample('partner.csv'), '--links', sample('kooperationen.csv')];

async function share(...extra: string[]) {
  const out = join(temporaryFolder(), 'netzwerk.html');
  const result = await cli('share', ...FILES, ...extra, '--out', out);
  expect(result.code, result.stderr).toBe(0);
  const html = readFileSync(out, 'utf8');
  return { html, document: new DOMParser().parseFromString(html, 'text/html') };
}

describe('cli share', () => {
  it('writes the share file the app writes: the map, every partner, the key figures, the date', async () => {
    const { document } = await share('--name', 'Beispielkreis', '--date', '2025-03-03');
    expect(document.querySelector('h1')?.textContent).toBe('Beispielkreis');
    expect(document.querySelectorAll('.share-svg g[data-partner]')).toHaveLength(45);
    expect(document.querySelectorAll('#share-table tbody tr')).toHaveLength(45);
    expect(document.querySelector('[data-figure="cooperations"] .share-value')?.textContent).toBe(
      '94',
    );
    expect(document.querySelector('footer')?.textContent).toContain('am 3. März 2025');
    expect(document.body.textContent).toContain('Freiberufliche Hebamme Anna Berger');
  });

  it('pseudonymised, leaves out names and phone numbers; in English on --lang en', async () => {
    const { html, document } = await share('--pseudonymised', '--lang', 'en');
    expect(html).not.toContain('Anna Berger');
    expect(html).not.toContain('0170 5550124');
    expect(document.querySelector('[role="note"]')?.textContent).toMatch(/^Pseudonymised: /);
    expect(document.documentElement.lang).toBe('en');
  });

  it('needs --out', async () => {
    const result = await cli('share', ...FILES);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('share: --out FILE is required');
  });
});
