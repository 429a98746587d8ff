import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppPage } from './browser';

const fixtures = resolve(import.meta.dirname, '../fixtures');

const app = useAppPage();
let page: Page;

beforeEach(() => {
  page = app.page;
});

function figure(name: string): Locator {
  return page.locator(`[data-analysis="done"] [data-figure="${name}"] dd`);
}

function dialog(): Locator {
  return page.getByRole('dialog', { name: 'Daten importieren' });
}

function count(name: string): Locator {
  return page.locator(`.import-counts [data-count="${name}"] dd`);
}

async function choose(...paths: string[]): Promise<void> {
  await page.getByRole('button', { name: 'Daten importieren' }).click();
  await dialog()
    .getByLabel('Dateien auswählen')
    .setInputFiles(paths.map((p) => resolve(fixtures, p)));
}

describe('importing through the dialog in the built app', () => {
  it('reads an Excel workbook sheet by sheet, with umlauts, and shows the counts', async () => {
    await choose('import/netzwerk.xlsx');
    const file = page.getByRole('region', { name: 'netzwerk.xlsx' });
    await file.getByRole('group', { name: 'netzwerk.xlsx [Gremien]' }).waitFor();
    expect(await file.getByRole('group').count()).toBeGreaterThanOrEqual(4);
    expect(
      await file.getByRole('group', { name: 'netzwerk.xlsx [Gremien]' }).textContent(),
    ).toContain('AK Frühe Hilfen');
    expect(await file.textContent()).toContain('Erkannt: Partnerliste');
    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    await expect.poll(() => count('partners').textContent()).toBe('3');
    expect(await count('cooperations').textContent()).toBe('2');
    expect(await count('offers').textContent()).toBe('2');
    expect(await count('memberships').textContent()).toBe('3');
    await page.getByRole('button', { name: 'Übernehmen' }).click();
    await expect.poll(() => figure('partners').textContent()).toBe('3');
    expect(await figure('cooperations').textContent()).toBe('2');
  });

  it('reads a Windows-1252 list from German Excel with its umlauts intact', async () => {
    await choose('import/excel-csv-trennzeichen.csv');
    const file = page.getByRole('region', { name: 'excel-csv-trennzeichen.csv' });
    await file.getByRole('cell', { name: 'Frühförderstelle Nettetal' }).waitFor();
    expect(await file.textContent()).toContain('Zeichensatz: Windows-1252');
    // Forcing the wrong character set shows the damage; the right one repairs it.
    await file.getByLabel('Zeichensatz', { exact: true }).selectOption('utf-8');
    await file.getByRole('cell', { name: 'Fr\uFFFDhf\uFFFDrderstelle Nettetal' }).waitFor();
    await file.getByLabel('Zeichensatz', { exact: true }).selectOption('windows-1252');
    await file.getByRole('cell', { name: 'Frühförderstelle Nettetal' }).waitFor();
    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    await expect.poll(() => count('partners').textContent()).toBe('5');
    await page.getByRole('button', { name: 'Übernehmen' }).click();
    await expect.poll(() => figure('partners').textContent()).toBe('5');
    await page.getByRole('button', { name: 'Tabelle' }).click();
    const table = await page.locator('.partner-table').textContent();
    expect(table).toContain('Frühförderstelle Nettetal');
    expect(table).toContain('Frühförderung / Eingliederungshilfe');
  });

  it('opens the column mapping for a list with its own column names and imports after mapping', async () => {
    await choose('app-import/eigene-spalten.csv');
    const file = page.getByRole('region', { name: 'eigene-spalten.csv' });
    await file.getByText('Die Art der Tabelle wurde nicht erkannt').waitFor();
    await file.getByLabel('Art der Tabelle').selectOption('partners');
    const mapping = file.getByRole('group', { name: 'Spalten zuordnen: eigene-spalten.csv' });
    expect(await mapping.textContent()).toContain(
      'Noch nicht zugeordnet (Pflicht): Name der Einrichtung',
    );
    await mapping.getByLabel('Angabe für die Spalte „Einrichtungsname“').selectOption('name');
    await mapping.getByText('Alle Pflichtangaben sind zugeordnet.').waitFor();
    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    await expect.poll(() => count('partners').textContent()).toBe('3');
    await page.getByRole('button', { name: 'Übernehmen' }).click();
    await expect.poll(() => figure('partners').textContent()).toBe('3');
    await page.getByRole('button', { name: 'Tabelle' }).click();
    expect(await page.locator('.partner-table').textContent()).toContain(
      'Hebammenpraxis Löwenzahn',
    );
  });

  it('offers the templates: a CSV that keeps its BOM and the workbook built on demand', async () => {
    await page.getByRole('button', { name: 'Daten importieren' }).click();
    const templates = page.getByRole('region', { name: 'Vorlagen herunterladen' });
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      templates.getByRole('button', { name: 'Partnerliste (CSV)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('partnerliste.csv');
    const text = await readFile(await csv.path(), 'utf8');
    expect(text.startsWith('\uFEFFID;Name;Sektor')).toBe(true);
    const [workbook] = await Promise.all([
      page.waitForEvent('download'),
      templates
        .getByRole('button', { name: 'Alle Tabellen als Excel-Arbeitsmappe (.xlsx)' })
        .click(),
    ]);
    expect(workbook.suggestedFilename()).toBe('netzwerkkarte-vorlage.xlsx');
    const bytes = await readFile(await workbook.path());
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});
