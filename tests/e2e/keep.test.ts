import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppPage } from './browser';

const CLINIC = 'St.-Marien-Krankenhaus Auenstadt – Geburtsklinik';
const CLINIC_RENAMED = 'Geburtsklinik St. Marien Auenstadt';
const SHELTER = 'Frauenhaus Beispielkreis';

const app = useAppPage();
let page: Page;

beforeEach(() => {
  page = app.page;
});

const figure = (name: string) =>
  page.locator(`[data-analysis="done"] [data-figure="${name}"] dd`).textContent();
const networks = () =>
  page.getByRole('list', { name: 'Gespeicherte Netzwerke' }).getByRole('listitem');

async function saved() {
  await expect
    .poll(() => page.locator('.save-status').getAttribute('data-save'), { timeout: 10_000 })
    .toBe('saved');
  await expect.poll(() => page.locator('.save-status').textContent()).toContain('Gespeichert um');
}

async function selectPartner(name: string) {
  await page.getByLabel('Partner suchen').fill(name.slice(0, 14));
  await page.getByRole('button', { name, exact: true }).click();
}

async function renameClinicAndTieItToTheShelter() {
  await selectPartner(CLINIC);
  const form = page.getByRole('region', { name: `„${CLINIC}“ bearbeiten` });
  await form.getByLabel('Name', { exact: true }).fill(CLINIC_RENAMED);
  await form.getByRole('button', { name: 'Änderungen übernehmen' }).click();
  const ties = page.getByRole('region', { name: `Kooperationen von „${CLINIC_RENAMED}“` });
  await ties.getByText('Kooperation hinzufügen', { exact: true }).first().click();
  await ties.getByLabel('Kooperation mit', { exact: true }).selectOption({ label: SHELTER });
  await ties.getByLabel('Intensität', { exact: true }).selectOption('2');
  await ties.getByRole('button', { name: 'Kooperation hinzufügen' }).click();
  await expect.poll(() => figure('cooperations')).toBe('95');
}

async function downloadProjectFile(): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Projektdatei speichern' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

function networkOf(text: string) {
  const { partners, cooperations } = JSON.parse(text) as {
    partners: unknown;
    cooperations: unknown;
  };
  return { partners, cooperations };
}

describe('keeping a network in the browser', () => {
  it('opens on the sample, stored as a network of its own', async () => {
    await expect.poll(() => figure('partners')).toBe('45');
    await saved();
    await expect.poll(() => networks().count()).toBe(1);
    expect(await networks().first().textContent()).toContain('Beispielkreis (Beispieldaten)');
  });

  it('keeps a renamed partner and a new tie across a reload; undo and redo work before it', async () => {
    await renameClinicAndTieItToTheShelter();
    await page
      .getByRole('group', { name: 'Änderungen zurücknehmen' })
      .getByRole('button', { name: 'Rückgängig' })
      .click();
    await expect.poll(() => figure('cooperations')).toBe('94');
    await page.keyboard.press('Control+y');
    await expect.poll(() => figure('cooperations')).toBe('95');
    await page.keyboard.press('Control+z');
    await expect.poll(() => figure('cooperations')).toBe('94');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => figure('cooperations')).toBe('95');
    await saved();

    await page.reload();
    await expect.poll(() => figure('cooperations')).toBe('95');
    await selectPartner(CLINIC_RENAMED);
    const ties = page.getByRole('region', { name: `Kooperationen von „${CLINIC_RENAMED}“` });
    expect(await ties.textContent()).toContain(SHELTER);
  });

  it('deleting everything in this browser returns to the sample', async () => {
    await renameClinicAndTieItToTheShelter();
    await saved();
    await page.getByRole('button', { name: 'Alle Daten in diesem Browser löschen' }).click();
    await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
    await expect.poll(() => figure('cooperations')).toBe('94');
    await expect.poll(() => networks().count()).toBe(1);
    await page.reload();
    await expect.poll(() => figure('cooperations')).toBe('94');
  });

  it('a project file saved and opened again gives the same network', async () => {
    await renameClinicAndTieItToTheShelter();
    const saved = await downloadProjectFile();
    expect(saved.name).toBe('Beispielkreis (Beispieldaten).netzwerkkarte.json');

    await page.getByLabel('Projektdatei öffnen').setInputFiles({
      name: saved.name,
      mimeType: 'application/json',
      buffer: Buffer.from(saved.text),
    });
    await expect.poll(() => networks().count()).toBe(2);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'aus der Datei geöffnet' }).count())
      .toBe(1);
    const reopened = await downloadProjectFile();
    expect(networkOf(reopened.text)).toEqual(networkOf(saved.text));
  });

  it('a file that is no project changes nothing and says why', async () => {
    await page.getByLabel('Projektdatei öffnen').setInputFiles({
      name: 'partner.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('ID;Name\nP01;Jugendamt\n'),
    });
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'wurde nicht geöffnet' }).count())
      .toBe(1);
    expect(await figure('partners')).toBe('45');
    expect(await networks().count()).toBe(1);
  });
});
