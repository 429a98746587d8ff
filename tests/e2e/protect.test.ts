import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { FLAGS } from '../support/chromium';
import { baseUrl, findChromium, recordErrors, recordForeignRequests } from './browser';

const CLINIC = 'St.-Marien-Krankenhaus Auenstadt – Geburtsklinik';
/** A name found nowhere else, so finding it in the browser's files can only mean this partner. */
const DISTINCT = 'Qwyxhof Zuvenkamp Hebammenhaus';
const PASSWORD = 'Kornblume im Jugendamt 2025';

/**
 * The browser's own files, as someone else with access to this computer's disk reads them: a
 * browser with a profile folder on disk (the tests' usual contexts keep IndexedDB in memory),
 * closed before its IndexedDB folder is read, so everything it kept is written out.
 */
const profiles: string[] = [];
afterEach(async () => {
  for (const profile of profiles.splice(0)) await rm(profile, { recursive: true, force: true });
});

interface Opened {
  context: BrowserContext;
  page: Page;
  foreign: string[];
  errors: string[];
}

async function openApp(profile: string): Promise<Opened> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: await findChromium(),
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const foreign = recordForeignRequests(page);
  const errors = recordErrors(page);
  await page.goto(baseUrl());
  await page.locator('[data-figure="partners"] dd').waitFor();
  return { context, page, foreign, errors };
}

async function closeApp({ context, foreign, errors }: Opened): Promise<void> {
  expect(foreign, 'requests the page may not make').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
  await context.close();
}

async function files(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(folder, entry.name);
      return entry.isDirectory() ? files(path) : Promise.resolve([path]);
    }),
  );
  return nested.flat();
}

/** Every file of the profile's IndexedDB folder that holds the text as UTF-8 or as UTF-16LE. */
async function filesNaming(profile: string, text: string): Promise<string[]> {
  const folder = join(profile, 'Default', 'IndexedDB');
  const found: string[] = [];
  const all = await files(folder);
  expect(all.length).toBeGreaterThan(0);
  for (const path of all) {
    const bytes = await readFile(path);
    if (bytes.includes(Buffer.from(text, 'utf8'))) found.push(`${path} (UTF-8)`);
    if (bytes.includes(Buffer.from(text, 'utf16le'))) found.push(`${path} (UTF-16LE)`);
  }
  return found;
}

async function newProfile(): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'netzwerkkarte-profile-'));
  profiles.push(profile);
  return profile;
}

const figure = (page: Page, name: string) =>
  page.locator(`[data-figure="${name}"] dd`).textContent();

async function saved(page: Page) {
  await expect
    .poll(() => page.locator('.save-status').getAttribute('data-save'), { timeout: 15_000 })
    .toBe('saved');
  await expect.poll(() => page.locator('.save-status').textContent()).toContain('Gespeichert um');
}

async function selectPartner(page: Page, name: string) {
  await page.getByLabel('Partner suchen').fill(name.slice(0, 14));
  await page.getByRole('button', { name, exact: true }).click();
}

async function renameClinic(page: Page) {
  await selectPartner(page, CLINIC);
  const form = page.getByRole('region', { name: `„${CLINIC}“ bearbeiten` });
  await form.getByLabel('Name', { exact: true }).fill(DISTINCT);
  await form.getByRole('button', { name: 'Änderungen übernehmen' }).click();
  await saved(page);
}

async function turnProtectionOn(page: Page) {
  await page.getByRole('button', { name: 'Mit Kennwort schützen' }).click();
  const form = page.getByRole('form', { name: 'Schutz mit Kennwort einschalten' });
  await form.getByLabel('Kennwort', { exact: true }).fill(PASSWORD);
  await form.getByLabel('Kennwort wiederholen').fill(PASSWORD);
  await form.getByRole('button', { name: 'Schutz einschalten' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Der Schutz ist eingeschaltet' })
    .waitFor({ timeout: 30_000 });
}

describe('what the browser keeps on disk', () => {
  it('without the password protection, a renamed partner can be read in the IndexedDB files', async () => {
    const profile = await newProfile();
    const app = await openApp(profile);
    await saved(app.page);
    await renameClinic(app.page);
    await closeApp(app);
    expect(await filesNaming(profile, DISTINCT)).not.toEqual([]);
  });

  it('with it on, no IndexedDB file holds the name; after a restart the password opens the network', async () => {
    const profile = await newProfile();
    const first = await openApp(profile);
    await saved(first.page);
    await turnProtectionOn(first.page);
    await renameClinic(first.page);
    await closeApp(first);
    expect(await filesNaming(profile, DISTINCT)).toEqual([]);

    const second = await openApp(profile);
    const { page } = second;
    const prompt = page.getByRole('form', { name: 'Kennwort eingeben' });
    await prompt.waitFor();
    // Meanwhile the sample shows, and no stored network is listed.
    expect(await figure(page, 'partners')).toBe('45');
    expect(await page.getByRole('list', { name: 'Gespeicherte Netzwerke' }).count()).toBe(0);

    await prompt.getByLabel('Kennwort', { exact: true }).fill('Kornblume im Jugendamt 2024');
    await prompt.getByRole('button', { name: 'Netzwerke öffnen' }).click();
    await expect
      .poll(() => prompt.getByRole('alert').textContent(), { timeout: 30_000 })
      .toContain('Das Kennwort ist nicht richtig');

    await prompt.getByLabel('Kennwort', { exact: true }).fill(PASSWORD);
    await prompt.getByRole('button', { name: 'Netzwerke öffnen' }).click();
    await expect
      .poll(() => page.getByRole('list', { name: 'Gespeicherte Netzwerke' }).count(), {
        timeout: 30_000,
      })
      .toBe(1);
    await selectPartner(page, DISTINCT);
    await expect(
      page.getByRole('region', { name: `„${DISTINCT}“ bearbeiten` }).count(),
    ).resolves.toBe(1);
    await closeApp(second);
  });
});
