import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { germanOrder } from '../../src/app/text/german-order';
import { generateNetwork } from '../../src/core/generate/generate-network';
import { networkToCsv } from '../../src/core/generate/write-csv';
import { useAppPage } from './browser';
import { inkShare } from './pixels';

/** Above the size whose map is built at once: this district's map is put together in steps. */
const PARTNERS = 3_000;
const network = generateNetwork({ partners: PARTNERS, seed: 2 });
const folder = mkdtempSync(join(tmpdir(), 'netzwerkkarte-large-'));
const files = (() => {
  const csv = networkToCsv(network);
  const paths = [join(folder, 'partner.csv'), join(folder, 'kooperationen.csv')];
  writeFileSync(paths[0]!, '\uFEFF' + csv.partners);
  writeFileSync(paths[1]!, '\uFEFF' + csv.cooperations);
  return paths;
})();
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface BuildRecord {
  /** The map showed its partners while it still said it was adding the ties. */
  partnersFirst: boolean;
}

const app = useAppPage({
  beforeLoad: (page) =>
    page.addInitScript(() => {
      const record: BuildRecord = { partnersFirst: false };
      (window as unknown as { mapBuild: BuildRecord }).mapBuild = record;
      new MutationObserver(() => {
        if (document.querySelector('.map-building') && document.querySelector('.map-canvas canvas'))
          record.partnersFirst = true;
      }).observe(document, { childList: true, subtree: true });
    }),
});
let page: Page;

beforeEach(() => {
  page = app.page;
});

const figure = (name: string) => page.locator(`[data-figure="${name}"] dd`).textContent();
const grouped = (count: number) => count.toLocaleString('de-DE');

describe('a district of 3,000 partners', () => {
  it('shows its partners first, then its ties, lays them out, keeps them across a reload, finds a name and turns the table to it', async () => {
    await page.getByRole('button', { name: 'Daten importieren' }).click();
    await page.getByLabel('Dateien auswählen').setInputFiles(files);
    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    await page.getByRole('button', { name: 'Übernehmen' }).click({ timeout: 60_000 });

    await expect.poll(() => figure('partners'), { timeout: 30_000 }).toBe(grouped(PARTNERS));
    await expect.poll(() => figure('cooperations')).toBe(grouped(network.cooperations.length));
    // The partners were on the map while the note said the ties were being added; then the note
    // went and the layout started.
    await expect
      .poll(
        () =>
          page.evaluate(() => ({
            ...(window as unknown as { mapBuild: BuildRecord }).mapBuild,
            building: document.querySelector('.map-building') !== null,
          })),
        { timeout: 30_000 },
      )
      .toEqual({ partnersFirst: true, building: false });
    await page
      .getByRole('button', { name: /Anordnung (anhalten|fortsetzen)/ })
      .waitFor({ timeout: 30_000 });
    expect(await inkShare(page, '.map-canvas')).toBeGreaterThan(0.02);

    // The copy in the browser is written in pieces; read back, it is the same network.
    const kept = page.getByRole('list', { name: 'Gespeicherte Netzwerke' }).getByRole('listitem');
    await expect.poll(() => kept.count(), { timeout: 20_000 }).toBe(2);
    await expect
      .poll(() => page.locator('.save-status').getAttribute('data-save'), { timeout: 20_000 })
      .toBe('saved');
    await page.reload();
    await expect.poll(() => figure('partners'), { timeout: 30_000 }).toBe(grouped(PARTNERS));
    expect(await figure('cooperations')).toBe(grouped(network.cooperations.length));

    // Search folds the names on first use.
    const name = network.partners[1234]!.name;
    await page.getByLabel('Partner suchen').fill(name);
    await page.getByRole('button', { name, exact: true }).first().click();

    // The table shows 100 partners a page and opens at the page of the partner just chosen.
    await page
      .getByRole('navigation', { name: 'Ansicht' })
      .getByRole('button', { name: 'Tabelle', exact: true })
      .click();
    const position = network.partners
      .map((p) => p.name)
      .sort(germanOrder)
      .indexOf(name);
    const from = Math.floor(position / 100) * 100;
    const pager = page.getByRole('navigation', {
      name: 'Seiten der Tabelle „Partner des Netzwerks“',
    });
    await expect
      .poll(() => pager.locator('.pager-range').textContent())
      .toBe(`Zeilen ${grouped(from + 1)}–${grouped(from + 100)} von ${grouped(PARTNERS)}`);
    const rows = page.locator('.partner-table tbody tr');
    expect(await rows.count()).toBe(100);
    expect(await page.locator('.partner-table tr[aria-selected="true"] th').textContent()).toBe(
      name,
    );
    // The page controls meet WCAG 2.1 AA like the rest (the sample is too small to show them).
    const axe = await new AxeBuilder({ page })
      .include('.pager')
      .include('.partner-table')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await pager.getByRole('button', { name: 'Letzte Seite' }).click();
    await expect
      .poll(() => pager.locator('.pager-range').textContent())
      .toBe(`Zeilen ${grouped(PARTNERS - 99)}–${grouped(PARTNERS)} von ${grouped(PARTNERS)}`);
    expect(await rows.count()).toBe(100);
  });
});
