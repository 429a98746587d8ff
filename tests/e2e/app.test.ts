import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppPage } from './browser';
import { inkShare } from './pixels';

const fixtures = resolve(import.meta.dirname, '../fixtures/app');

const app = useAppPage({ viewport: { width: 1280, height: 800 } });
let page: Page;

beforeEach(() => {
  page = app.page;
});

function figure(name: string) {
  return page.locator(`[data-analysis="done"] [data-figure="${name}"] dd`);
}

async function waitForLayoutToSettle() {
  await page.getByRole('button', { name: 'Anordnung fortsetzen' }).waitFor({ timeout: 20_000 });
}

async function importFiles(...names: string[]) {
  await page.getByRole('button', { name: 'Daten importieren' }).click();
  await page.getByLabel('Dateien auswählen').setInputFiles(names.map((n) => resolve(fixtures, n)));
  await page.getByRole('button', { name: 'Importieren', exact: true }).click();
}

describe('the app on the built-in sample network', () => {
  it('opens on the sample and draws a coloured map of its partners', async () => {
    await expect.poll(() => figure('partners').textContent()).toBe('45');
    expect(await figure('cooperations').textContent()).toBe('94');
    await expect.poll(() => page.locator('.map-canvas canvas').count()).toBeGreaterThan(0);
    await waitForLayoutToSettle();
    expect(await inkShare(page, '.map-canvas')).toBeGreaterThan(0.01);
    await expect
      .poll(() => page.getByRole('region', { name: 'Sektoren' }).textContent())
      .toContain('Gesundheitswesen');
  });

  it('finds a partner by search and opens its panel when it is clicked on the map', async () => {
    await waitForLayoutToSettle();
    await page.getByLabel('Partner suchen').fill('geburtsklinik');
    await page
      .getByRole('button', { name: 'St.-Marien-Krankenhaus Auenstadt – Geburtsklinik' })
      .click();
    const panel = page.locator('.partner-panel');
    await expect
      .poll(() => panel.locator('h2').textContent())
      .toBe('St.-Marien-Krankenhaus Auenstadt – Geburtsklinik');
    await page.getByRole('button', { name: 'Schließen' }).click();
    await expect.poll(() => panel.count()).toBe(0);

    // The camera now centres the partner: a click in the middle of the map hits it.
    await page.waitForTimeout(600);
    const box = await page.locator('.map-canvas').boundingBox();
    if (!box) throw new Error('map not visible');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect
      .poll(() => panel.locator('h2').textContent())
      .toBe('St.-Marien-Krankenhaus Auenstadt – Geburtsklinik');
    expect(await panel.textContent()).toContain('Babylotsen am St.-Marien-Krankenhaus');
    expect(await panel.textContent()).toContain('Geburtsklinik');
  });

  it('offers a sortable table of all partners as an alternative to the map', async () => {
    await page.getByRole('button', { name: 'Tabelle' }).click();
    const rows = page.locator('.partner-table tbody tr');
    await expect.poll(() => rows.count()).toBe(45);
    await page.getByRole('button', { name: 'Sortieren nach Kooperationen' }).click();
    await expect
      .poll(() => rows.first().locator('th').textContent())
      .toBe('Jugendamt Beispielkreis – Netzwerkkoordination Frühe Hilfen');
  });
});

describe('importing files through the UI', () => {
  it('imports a partner and a cooperation list, lists the problems with line numbers, and replaces the network', async () => {
    await importFiles('partner.csv', 'kooperationen.csv');
    const problems = page.locator('.problems-table tbody tr');
    await expect.poll(() => problems.count()).toBeGreaterThanOrEqual(3);
    const text = await page.locator('.problems-table').textContent();
    expect(text).toContain('Zeile 7');
    expect(text).toContain('Zeile 6');
    expect(text).toContain('Hebammenpraxis Unbekannt');
    // Intensity 7 is kept as 4 with a warning, so the tie itself is not lost.
    expect(await page.locator('tr[data-code="intensity-out-of-range"]').textContent()).toContain(
      'Zeile 7',
    );
    await page.getByRole('button', { name: 'Übernehmen' }).click();
    await expect.poll(() => figure('partners').textContent()).toBe('5');
    expect(await figure('cooperations').textContent()).toBe('5');
  });

  it('names the network as she types it, in the header and the report, and replaces it in place', async () => {
    const networks = page.locator('.network-list > li');
    await expect.poll(() => networks.count()).toBe(1);
    await importFiles('partner.csv', 'kooperationen.csv');
    const name = page.getByLabel('Name des Netzwerks');
    // Files named after their tables give no name: the day does, and she writes her own.
    expect(await name.inputValue()).toMatch(/^Netzwerk \d\d\.\d\d\.\d{4}$/);
    await name.fill('Netzwerk Frühe Hilfen Auenstadt');
    await page.getByRole('button', { name: 'Übernehmen' }).click();
    await page.getByText('Aktuelles Netzwerk: Netzwerk Frühe Hilfen Auenstadt').waitFor();
    await expect.poll(() => networks.count()).toBe(2);
    await page.getByRole('button', { name: 'Bericht & Export', exact: true }).click();
    await expect
      .poll(() => page.locator('.nwk-report header').textContent(), { timeout: 20_000 })
      .toContain('Netzwerk Frühe Hilfen Auenstadt');

    await importFiles('partner.csv');
    await page.getByLabel(/^„Netzwerk Frühe Hilfen Auenstadt“ ersetzen/).check();
    expect(await name.inputValue()).toBe('Netzwerk Frühe Hilfen Auenstadt');
    await page.getByRole('button', { name: 'Übernehmen' }).click();
    await expect.poll(() => figure('cooperations').textContent()).toBe('0');
    expect(await figure('partners').textContent()).toBe('5');
    expect(await networks.count()).toBe(2);
    await page.getByText('Aktuelles Netzwerk: Netzwerk Frühe Hilfen Auenstadt').waitFor();
  });

  it('keeps the current network when an import cannot be used', async () => {
    await expect.poll(() => figure('partners').textContent()).toBe('45');
    await importFiles('kaputt.csv');
    await page.getByText('Der Import ist fehlgeschlagen').waitFor();
    expect(await page.locator('.problems-table tbody tr').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Schließen' }).click();
    expect(await figure('partners').textContent()).toBe('45');
  });

  it('switches the interface to English', async () => {
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('button', { name: 'Import data' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});
