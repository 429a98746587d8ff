import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppPage } from './browser';

const fixtures = resolve(import.meta.dirname, '../fixtures/import/koordination');

const app = useAppPage();
let page: Page;

beforeEach(() => {
  page = app.page;
});

const figure = (name: string) =>
  page.locator(`[data-analysis="done"] [data-figure="${name}"] dd`).textContent();
const count = (name: string) =>
  page.locator(`.import-counts [data-count="${name}"] dd`).textContent();
const dialog = (): Locator =>
  page.getByRole('dialog', { name: /Daten importieren|Ergebnis prüfen/ });
const apply = () => page.getByRole('button', { name: 'Übernehmen' });

async function choose(...names: string[]): Promise<void> {
  await page.getByRole('button', { name: 'Daten importieren' }).click();
  await dialog()
    .getByLabel('Dateien auswählen')
    .setInputFiles(names.map((name) => resolve(fixtures, name)));
}

describe('lists as a coordinator keeps them in Excel, in the built app', () => {
  it('finds the headers below the title, lets her choose another line, and shows each reading to confirm or change', async () => {
    await choose('partnerliste.csv', 'kooperationen.csv');
    const partners = page.getByRole('region', { name: 'partnerliste.csv' });
    const header = partners.getByLabel('Überschriften in Zeile');
    await expect.poll(() => header.inputValue()).toBe('3');
    expect(await partners.textContent()).toContain('Erkannt: Partnerliste');
    await partners.getByRole('columnheader', { name: 'Einrichtung / Träger' }).waitFor();
    // Another line as the header: the title is no table; back to the line found.
    await header.selectOption('1');
    await partners.getByText('Die Art der Tabelle wurde nicht erkannt').waitFor();
    await header.selectOption('3');
    await expect.poll(() => partners.textContent()).toContain('Erkannt: Partnerliste');
    const ties = page.getByRole('region', { name: 'kooperationen.csv' });
    expect(await ties.textContent()).toContain('Erkannt: Kooperationsliste');

    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    await expect.poll(() => count('partners')).toBe('8');
    // The row naming "Kita Sonnenschein", which two partners share, is not given to either.
    expect(await count('cooperations')).toBe('8');
    const readings = page.locator('.import-readings');
    expect(await readings.textContent()).toContain('„regelmäßig“');
    const intensity = (word: string) => readings.getByLabel(`Intensität für „${word}“`);
    expect(await intensity('regelmäßig').inputValue()).toBe('3');
    expect(await intensity('eng').inputValue()).toBe('4');
    // A word it does not know is asked for, and nothing is taken over before it is answered.
    expect(await intensity('sehr gut').inputValue()).toBe('');
    expect(await apply().isDisabled()).toBe(true);
    await intensity('sehr gut').selectOption('4');
    await expect.poll(() => apply().isDisabled()).toBe(false);
    const partner = (name: string) => readings.getByLabel(`Partner für „${name}“`);
    expect(await partner('Jugendamt Musterstadt - ASD Zentrum').inputValue()).toBe('P01');
    await partner('Kita Sonnenschein').selectOption('P04');
    await expect.poll(() => count('cooperations')).toBe('9');
    const sector = (name: string) => readings.getByLabel(`Sektor für „${name}“`);
    expect(await sector('Ehrenamt').inputValue()).toBe('Zivilgesellschaft');
    expect(await sector('Gesundheit').inputValue()).toBe('Gesundheitswesen');
    await expect.poll(() => apply().isDisabled()).toBe(false);
    await apply().click();

    await expect.poll(() => figure('partners')).toBe('8');
    expect(await figure('cooperations')).toBe('9');
    await page.getByRole('button', { name: 'Tabelle', exact: true }).click();
    const table = (await page.locator('.partner-table').textContent()) ?? '';
    expect(table).toContain('Zivilgesellschaft');
    expect(table).not.toContain('Ehrenamt');
    expect(table).toContain('Frühförderung / Eingliederungshilfe');
  });

  it('reads the same lists from a workbook, each sheet below its title', async () => {
    await choose('netzwerk.xlsx');
    const file = page.getByRole('region', { name: 'netzwerk.xlsx' });
    for (const sheet of ['Partner', 'Kooperationen']) {
      const table = file.getByRole('group', { name: `netzwerk.xlsx [${sheet}]` });
      await expect.poll(() => table.getByLabel('Überschriften in Zeile').inputValue()).toBe('3');
    }
    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    await expect.poll(() => count('partners')).toBe('8');
    await page
      .locator('.import-readings')
      .getByLabel('Intensität für „sehr gut“')
      .selectOption('3');
    await expect.poll(() => apply().isDisabled()).toBe(false);
    await apply().click();
    await expect.poll(() => figure('partners')).toBe('8');
    expect(await figure('cooperations')).toBe('8');
  });
});
