import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { FLAGS } from '../support/chromium';
import { closeOrientation } from '../support/orientation';
import { baseUrl, findChromium, recordErrors, recordForeignRequests } from './browser';

const CLINIC = 'St.-Marien-Krankenhaus Auenstadt – Geburtsklinik';
const CENTRE = 'Familienzentrum Regenbogen';
/** Names found nowhere else, so finding one in the browser's files can only mean this partner. */
const DISTINCT = 'Qwyxhof Zuvenkamp Hebammenhaus';
const LATER = 'Yzvorhaus Quäkelmoor Kinderarztpraxis';
/** A column heading of a list, kept with a saved column mapping. */
const HEADING = 'Zwockelgrund Einrichtungsliste';
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
  await page.locator('[data-analysis="done"] [data-figure="partners"] dd').waitFor();
  await closeOrientation(page);
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

/**
 * Every file of the profile folder — IndexedDB and the storage buckets' folders, Local Storage,
 * Session Storage, caches, the browser's own records — that holds the text as UTF-8 or as
 * UTF-16LE, by its path within the profile.
 */
async function filesNaming(profile: string, text: string): Promise<string[]> {
  const found: string[] = [];
  const all = await files(profile);
  expect(all.some((path) => path.includes('IndexedDB'))).toBe(true);
  for (const path of all) {
    // A link or socket of the running browser (SingletonLock) is no file to read.
    const bytes = await readFile(path).catch(() => Buffer.alloc(0));
    const where = relative(profile, path);
    if (bytes.includes(Buffer.from(text, 'utf8'))) found.push(`${where} (UTF-8)`);
    if (bytes.includes(Buffer.from(text, 'utf16le'))) found.push(`${where} (UTF-16LE)`);
  }
  return found;
}

async function newProfile(): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'netzwerkkarte-profile-'));
  profiles.push(profile);
  return profile;
}

const figure = (page: Page, name: string) =>
  page.locator(`[data-analysis="done"] [data-figure="${name}"] dd`).textContent();

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

async function rename(page: Page, from: string, to: string) {
  await selectPartner(page, from);
  const form = page.getByRole('region', { name: `„${from}“ bearbeiten` });
  await form.getByLabel('Name', { exact: true }).fill(to);
  await form.getByRole('button', { name: 'Änderungen übernehmen' }).click();
  await saved(page);
}

/** A partner list whose first column has a heading of its own, as a coordinator's list may. */
const OWN_LIST = {
  name: 'einrichtungen.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    `${HEADING};Hilfesystem\nHebammenpraxis Löwenzahn;Gesundheitswesen\nKita Pusteblume;Kinder- und Jugendhilfe\n`,
  ),
};

async function chooseOwnList(page: Page) {
  await page.getByRole('button', { name: 'Daten importieren' }).click();
  await page.getByLabel('Dateien auswählen').setInputFiles(OWN_LIST);
  return page.getByRole('region', { name: OWN_LIST.name });
}

async function saveMapping(page: Page) {
  const file = await chooseOwnList(page);
  await file.getByLabel('Art der Tabelle').selectOption('partners');
  await file.getByLabel(`Angabe für die Spalte „${HEADING}“`).selectOption('name');
  await file.getByLabel('Name für diese Zuordnung').fill('Liste Zwockelgrund');
  await file.getByRole('button', { name: 'Zuordnung speichern' }).click();
  await file.getByText('Zuordnung „Liste Zwockelgrund“ gespeichert').waitFor();
  await page.getByRole('button', { name: 'Abbrechen', exact: true }).click();
}

/** Closes the browser, so that it writes out what it kept; then its files are read. */
async function renamedWithoutProtection(profile: string) {
  const app = await openApp(profile);
  await saved(app.page);
  await rename(app.page, CLINIC, DISTINCT);
  await closeApp(app);
  const found = await filesNaming(profile, DISTINCT);
  expect(found.some((path) => path.includes('IndexedDB'))).toBe(true);
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
  it('turned on after a rename, the protection leaves no file holding the name; the password opens it as it was', async () => {
    const profile = await newProfile();
    await renamedWithoutProtection(profile);

    const first = await openApp(profile);
    await turnProtectionOn(first.page);
    // Written after it was turned on, sealed as well: a rename and a saved column mapping.
    await rename(first.page, CENTRE, LATER);
    await saveMapping(first.page);
    await closeApp(first);
    for (const text of [DISTINCT, LATER, HEADING])
      expect(await filesNaming(profile, text), text).toEqual([]);

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
    for (const name of [LATER, DISTINCT]) {
      await page.getByLabel('Partner suchen').fill(name.slice(0, 14));
      await page.getByRole('button', { name, exact: true }).waitFor();
    }
    await selectPartner(page, DISTINCT);
    await expect(
      page.getByRole('region', { name: `„${DISTINCT}“ bearbeiten` }).count(),
    ).resolves.toBe(1);
    // The column mapping saved under the protection is there again.
    const file = await chooseOwnList(page);
    await file.getByText('Gespeicherte Zuordnung „Liste Zwockelgrund“ verwendet').waitFor();
    await page.getByRole('button', { name: 'Abbrechen', exact: true }).click();
    await closeApp(second);
  });

  it('"Alle Daten in diesem Browser löschen" leaves no file holding a name', async () => {
    const profile = await newProfile();
    await renamedWithoutProtection(profile);

    const app = await openApp(profile);
    await app.page.getByRole('button', { name: 'Alle Daten in diesem Browser löschen' }).click();
    await app.page.getByRole('button', { name: 'Ja, alles löschen' }).click();
    await app.page.getByRole('status').filter({ hasText: 'Alle Netzwerke wurden' }).waitFor();
    // The sample is stored anew, as on a first visit.
    await saved(app.page);
    expect(await figure(app.page, 'partners')).toBe('45');
    await closeApp(app);
    expect(await filesNaming(profile, DISTINCT)).toEqual([]);
  });
});
