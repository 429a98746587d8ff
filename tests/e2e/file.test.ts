import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SINGLE_FILE_NAME } from '../../build/single-file';
import { probeContentPolicy, useAppPage } from './browser';
import { inkShare } from './pixels';

/**
 * The single page a youth office can copy anywhere and open by double-click: `file://`, where
 * Chromium gives the page an opaque origin and refuses module files, chunks and workers from disk.
 */
const singleFile = resolve(import.meta.dirname, '../../dist', SINGLE_FILE_NAME);
const fixtures = resolve(import.meta.dirname, '../fixtures/app');

const CLINIC = 'St.-Marien-Krankenhaus Auenstadt – Geburtsklinik';
const CLINIC_RENAMED = 'Geburtsklinik St. Marien Auenstadt';

/** Where each worker the page started came from. */
let workers: string[];

beforeAll(() => {
  if (!existsSync(singleFile))
    throw new Error(
      `Netzwerkkarte e2e: dist/${SINGLE_FILE_NAME} is missing. Run \`npm run build\`.`,
    );
});

// Only the page itself and what it builds in memory: nothing else may be requested.
const app = useAppPage({
  url: () => pathToFileURL(singleFile).href,
  allowedRequest: (url) => /^(file|data|blob):/.test(url),
  beforeLoad: (opened) => {
    workers = [];
    opened.on('worker', (worker) => workers.push(worker.url()));
  },
});
let page: Page;
let errors: string[];

beforeEach(() => {
  ({ page, errors } = app);
});

const figure = (name: string) =>
  page.locator(`[data-analysis="done"] [data-figure="${name}"] dd`).textContent();

async function settled() {
  await page.getByRole('button', { name: 'Anordnung fortsetzen' }).waitFor({ timeout: 30_000 });
}

describe('the app opened as one file from disk', () => {
  it('is one page: no script, style or worker file beside it', async () => {
    await expect.poll(() => figure('partners')).toBe('45');
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    expect(loaded.filter((url) => url.startsWith('file:'))).toEqual([]);
    expect(await page.locator('script[src], link[rel="stylesheet"]').count()).toBe(0);
  });

  it('keeps a strict policy: its script allowed by hash, no connection anywhere', async () => {
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    const outcome = await probeContentPolicy(page, { inlineScript: true });
    expect(outcome).toEqual({
      fetched: 'refused',
      ran: false,
      violations: ['connect-src https://example.org/', 'script-src-elem inline'],
    });
    // Chromium reports each refusal on the console; these are the ones this test provoked.
    expect(errors.splice(0)).toEqual([
      expect.stringContaining('violates the following Content Security Policy directive'),
      expect.stringContaining('Refused to connect because it violates'),
      expect.stringContaining('Executing inline script violates'),
    ]);
    app.foreign.splice(0);
  });

  it('draws the sample network on the map, laid out by the ForceAtlas2 worker', async () => {
    await expect.poll(() => figure('partners')).toBe('45');
    expect(await figure('cooperations')).toBe('94');
    await settled();
    expect(await inkShare(page, '.map-canvas')).toBeGreaterThan(0.01);
    // The core worker and ForceAtlas2's, both started from memory: files cannot be workers here.
    expect(workers.length).toBeGreaterThanOrEqual(2);
    expect(workers.filter((url) => !url.startsWith('blob:'))).toEqual([]);
  });

  it('computes the analysis in the core worker', async () => {
    await page.getByRole('button', { name: 'Analyse', exact: true }).click();
    await page.getByRole('heading', { name: 'Maße je Partner' }).waitFor();
    const density = page.locator('.analysis-figure[data-figure="density"] .analysis-figure-value');
    expect(await density.textContent()).toBe('0,095');
    const measures = page.locator('table').filter({ hasText: 'Brückenbauer' }).locator('tbody tr');
    await expect.poll(() => measures.count()).toBeGreaterThan(0);
    expect(await measures.first().textContent()).toMatch(/\d,\d/);
  });

  it('imports a partner and a cooperation list through the file field', async () => {
    await page.getByRole('button', { name: 'Daten importieren' }).click();
    await page
      .getByLabel('Dateien auswählen')
      .setInputFiles([resolve(fixtures, 'partner.csv'), resolve(fixtures, 'kooperationen.csv')]);
    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    await expect.poll(() => page.locator('.problems-table tbody tr').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Übernehmen' }).click();
    await expect.poll(() => figure('partners')).toBe('5');
    expect(await figure('cooperations')).toBe('5');
  });

  it('writes an Excel workbook with the module the served app loads only on demand', async () => {
    await page.getByRole('button', { name: 'Bericht & Export', exact: true }).click();
    await page.locator('.nwk-report').waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Alle Tabellen (Excel, XLSX)', exact: true }).click(),
    ]);
    const workbook = await readFile(await download.path());
    expect(workbook.subarray(0, 2).toString()).toBe('PK');
  });

  it('keeps an edit in this browser across a reload', async () => {
    await page.getByLabel('Partner suchen').fill(CLINIC.slice(0, 14));
    await page.getByRole('button', { name: CLINIC, exact: true }).click();
    const form = page.getByRole('region', { name: `„${CLINIC}“ bearbeiten` });
    await form.getByLabel('Name', { exact: true }).fill(CLINIC_RENAMED);
    await form.getByRole('button', { name: 'Änderungen übernehmen' }).click();
    await expect
      .poll(() => page.locator('.save-status').getAttribute('data-save'), { timeout: 10_000 })
      .toBe('saved');

    await page.reload();
    await expect.poll(() => figure('partners')).toBe('45');
    await page.getByLabel('Partner suchen').fill(CLINIC_RENAMED.slice(0, 14));
    await page.getByRole('button', { name: CLINIC_RENAMED, exact: true }).waitFor();
  });
});
