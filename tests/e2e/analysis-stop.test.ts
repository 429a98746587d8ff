import { afterAll, describe, expect, it } from 'vitest';
import { generateNetwork } from '../../src/core/generate/generate-network';
import { writeLists } from '../support/lists';
import { useAppPage } from './browser';

/** Large enough that its analysis takes seconds (its shortest paths shared out among sweep workers). */
const PARTNERS = 10_000;
const network = generateNetwork({ partners: PARTNERS, seed: 3 });
const { files, remove } = writeLists(network, 'stop');
afterAll(remove);

const app = useAppPage();
const grouped = (count: number) => count.toLocaleString('de-DE');

describe('the analysis of a large network', () => {
  it('stops when asked, leaves the page working, and runs again on "Neu berechnen"', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Daten importieren' }).click();
    await page.getByLabel('Dateien auswählen').setInputFiles(files);
    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    await page.getByRole('button', { name: 'Übernehmen' }).click({ timeout: 60_000 });

    const figures = page.getByRole('region', { name: 'Kennzahlen' });
    await expect
      .poll(
        () => page.locator('[data-analysis="done"] [data-figure="partners"] dd').textContent(),
        { timeout: 120_000 },
      )
      .toBe(grouped(PARTNERS));

    // An edit is a new state of the network: its analysis starts while the page is idle.
    await page
      .getByRole('navigation', { name: 'Ansicht' })
      .getByRole('button', { name: 'Tabelle', exact: true })
      .click();
    await page.locator('.partner-table tbody th button').nth(3).click();
    const name = (await page.locator('.partner-panel h2').textContent()) ?? '';
    const form = page.getByRole('region', { name: `„${name}“ bearbeiten` });
    await form.getByLabel('Name', { exact: true }).fill(`${name} (umbenannt)`);
    await form.getByRole('button', { name: 'Änderungen übernehmen' }).click();

    // While it runs: the key figures that need no shortest path are there already, with a
    // progress bar and the button to stop below them.
    const stop = figures.getByRole('button', { name: 'Berechnung abbrechen' });
    await stop.waitFor({ timeout: 30_000 });
    expect(await figures.locator('progress').count()).toBe(1);
    const early = figures.locator('[data-figure="partners"] dd');
    await expect.poll(() => early.textContent()).toBe(grouped(PARTNERS));
    expect(await figures.getAttribute('data-analysis')).toBe('running');
    expect(await figures.getAttribute('aria-busy')).toBe('true');
    await stop.click();
    await expect
      .poll(() =>
        page.getByRole('status').filter({ hasText: 'Die Berechnung wurde abgebrochen.' }).count(),
      )
      .toBe(1);
    // Those figures stay (they are complete); no half-done analysis is shown, none arrives later.
    expect(await figures.getAttribute('data-analysis')).toBe('stopped');
    expect(await early.textContent()).toBe(grouped(PARTNERS));
    await page.waitForTimeout(1_000);
    expect(await figures.getAttribute('data-analysis')).toBe('stopped');

    // The rest of the page goes on meanwhile: the partner renamed is in the table.
    await expect
      .poll(() =>
        page.locator('.partner-table tbody th button', { hasText: `${name} (umbenannt)` }).count(),
      )
      .toBe(1);

    await page.getByRole('button', { name: 'Neu berechnen' }).click();
    await expect
      .poll(
        () => page.locator('[data-analysis="done"] [data-figure="partners"] dd').textContent(),
        { timeout: 120_000 },
      )
      .toBe(grouped(PARTNERS));
    expect(
      await page.locator('[data-analysis="done"] [data-figure="cooperations"] dd').textContent(),
    ).toBe(grouped(network.cooperations.length));
  });
});
