import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { baseUrl, recordErrors, useAppPage } from './browser';

const CLINIC = 'St.-Marien-Krankenhaus Auenstadt – Geburtsklinik';
const SHELTER = 'Frauenhaus Beispielkreis';

const app = useAppPage();
let page: Page;

beforeEach(async () => {
  page = app.page;
  await saved(page);
});

const status = (on: Page) => on.locator('.save-status');
const conflictAlert = (on: Page) =>
  on.getByRole('alert').filter({ hasText: 'in einem anderen Tab' });

async function saved(on: Page) {
  await expect.poll(() => status(on).getAttribute('data-save'), { timeout: 15_000 }).toBe('saved');
  await expect.poll(() => status(on).textContent()).toContain('Gespeichert um');
}

/** Finds a partner by the start of its name; true when the search offers it under `name`. */
async function offers(on: Page, name: string, search: string): Promise<boolean> {
  await on.getByLabel('Partner suchen').fill(search);
  const hit = on.getByRole('button', { name, exact: true });
  try {
    await hit.waitFor({ timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

/** Opens the partner's form and types a new name, without taking it over yet. */
async function startRenaming(on: Page, from: string, to: string) {
  expect(await offers(on, from, from.slice(0, 14))).toBe(true);
  await on.getByRole('button', { name: from, exact: true }).click();
  const form = on.getByRole('region', { name: `„${from}“ bearbeiten` });
  await form.getByLabel('Name', { exact: true }).fill(to);
  return form.getByRole('button', { name: 'Änderungen übernehmen' });
}

async function rename(on: Page, from: string, to: string) {
  await (await startRenaming(on, from, to)).click();
}

/** A second page of the same browser profile on the app, once its network is shown and saved. */
async function secondPage(): Promise<Page> {
  const other = await app.context.newPage();
  app.errors.push(...recordErrors(other));
  other.on('dialog', (dialog) => void dialog.accept());
  await other.goto(baseUrl());
  await other.locator('[data-analysis="done"] [data-figure="partners"] dd').waitFor();
  await saved(other);
  return other;
}

/** Lets the map lay the network out and the positions arrive (and be saved) in the page. */
async function settle(on: Page) {
  await on.waitForTimeout(3_000);
  await saved(on);
}

describe('no edit lost on reload', () => {
  it.each([0, 50, 200])(
    'finds a renamed partner after a reload %i ms after the edit',
    async (ms) => {
      page.on('dialog', (dialog) => void dialog.accept());
      const renamed = `Geburtsklinik nach ${ms} ms`;
      await rename(page, CLINIC, renamed);
      if (ms > 0) await page.waitForTimeout(ms);
      await page.reload();
      await page.locator('[data-analysis="done"] [data-figure="partners"] dd').waitFor();
      expect(await offers(page, renamed, renamed.slice(0, 14))).toBe(true);
      await saved(page);
    },
  );

  it('finds the edit in a new page after the page was closed 200 ms after it', async () => {
    const renamed = 'Geburtsklinik vor dem Schließen';
    await rename(page, CLINIC, renamed);
    await page.waitForTimeout(200);
    await page.close();
    page = await secondPage();
    expect(await offers(page, renamed, renamed.slice(0, 14))).toBe(true);
  });
});

describe('two pages on one network', () => {
  it('a page that merely opens the network does not make the other page’s next edit a conflict', async () => {
    await settle(page);
    const other = await secondPage();
    await settle(other);
    await rename(page, CLINIC, 'Geburtsklinik aus Seite A');
    await saved(page);
    expect(await conflictAlert(page).count()).toBe(0);
    await page.reload();
    expect(await offers(page, 'Geburtsklinik aus Seite A', 'Geburtsklinik aus')).toBe(true);
    await other.close();
  });

  it('keeps edits of different partners made in both pages', async () => {
    const other = await secondPage();
    await rename(page, CLINIC, 'Geburtsklinik aus Seite A');
    await rename(other, SHELTER, 'Frauenhaus aus Seite B');
    await saved(page);
    await saved(other);
    expect(await conflictAlert(page).count()).toBe(0);
    expect(await conflictAlert(other).count()).toBe(0);
    const fresh = await secondPage();
    expect(await offers(fresh, 'Geburtsklinik aus Seite A', 'Geburtsklinik aus')).toBe(true);
    expect(await offers(fresh, 'Frauenhaus aus Seite B', 'Frauenhaus aus')).toBe(true);
    // The page that saved first shows the other page's edit as well, without being reloaded.
    expect(await offers(page, 'Frauenhaus aus Seite B', 'Frauenhaus aus')).toBe(true);
    await other.close();
    await fresh.close();
  });

  it('asks when both pages changed the same partner at the same time', async () => {
    const other = await secondPage();
    const takeOver = await startRenaming(other, CLINIC, 'Geburtsklinik aus Seite B');
    await rename(page, CLINIC, 'Geburtsklinik aus Seite A');
    await takeOver.click();
    await expect
      .poll(
        async () => (await conflictAlert(page).count()) + (await conflictAlert(other).count()),
        {
          timeout: 15_000,
        },
      )
      .toBe(1);
    await other.close();
  });
});
