import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordErrors, useAppPage } from './browser';

/**
 * "Netzwerk als Datei teilen": the file made in the app, then opened as a steering-group member
 * opens it from an e-mail — from disk, in a browser that has never seen the app.
 */
const app = useAppPage();
let page: Page;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'nwk-share-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});
beforeEach(() => {
  page = app.page;
});

const MIDWIFE = 'Freiberufliche Hebamme Anna Berger';
const CLINIC = 'St.-Marien-Krankenhaus Auenstadt – Geburtsklinik';

/** Makes the share file in the app's export area and saves it where an e-mail program would. */
async function shareFile(pseudonymised: boolean): Promise<string> {
  await page.getByRole('button', { name: 'Bericht & Export', exact: true }).click();
  await page.locator('.nwk-report').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Netzwerk als Datei teilen …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Netzwerk als Datei teilen' });
  await dialog
    .getByRole('radio', {
      name: pseudonymised ? /^Pseudonymisiert – für einen größeren Kreis/ : /^Mit Namen/,
    })
    .check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Datei speichern' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    pseudonymised
      ? /^Beispielkreis.* \d{4}-\d{2}-\d{2} Netzwerk pseudonymisiert\.html$/
      : /^Beispielkreis.* \d{4}-\d{2}-\d{2} Netzwerk\.html$/,
  );
  const path = join(folder, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

interface Opened {
  context: BrowserContext;
  share: Page;
  requests: string[];
  errors: string[];
}

/**
 * The file opened from disk in a browser of its own, with every request recorded and every use of
 * storage, cookies or the network noted before the file's script could make one.
 */
async function openFromDisk(path: string, width = 1280): Promise<Opened> {
  const context = await app.browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript(() => {
    const touched: string[] = [];
    (window as unknown as { touched: string[] }).touched = touched;
    const note = (what: string) => () => touched.push(what);
    const wrap = <T extends object>(target: T, name: keyof T & string, what: string) => {
      const original = target[name] as unknown as (...args: unknown[]) => unknown;
      (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
        note(what)();
        return original.apply(this, args);
      };
    };
    wrap(Storage.prototype, 'setItem', 'storage');
    wrap(Storage.prototype, 'getItem', 'storage');
    wrap(IDBFactory.prototype, 'open', 'indexedDB');
    wrap(window, 'fetch', 'fetch');
    wrap(XMLHttpRequest.prototype, 'open', 'xhr');
    Object.defineProperty(document, 'cookie', { get: note('cookie'), set: note('cookie') });
  });
  const share = await context.newPage();
  const requests: string[] = [];
  share.on('request', (request) => requests.push(request.url()));
  const errors = recordErrors(share);
  await share.goto(pathToFileURL(path).href);
  await share.locator('html.share-ready').waitFor();
  return { context, share, requests, errors };
}

async function untouched(opened: Opened) {
  expect(opened.requests.filter((url) => !/^(file|data):/.test(url))).toEqual([]);
  expect(
    await opened.share.evaluate(() => (window as unknown as { touched: string[] }).touched),
  ).toEqual([]);
  expect(await opened.share.evaluate(() => localStorage.length)).toBe(0);
  expect(await opened.share.evaluate(() => indexedDB.databases())).toEqual([]);
  expect(opened.errors).toEqual([]);
}

describe('the share file', () => {
  it('opened from disk, finds a partner on the map and shows its details, and loads and keeps nothing', async () => {
    const path = await shareFile(false);
    const bytes = readFileSync(path);
    // Small enough for any e-mail: the sample's 45 partners and 94 ties.
    expect(bytes.length).toBeLessThan(200_000);
    const opened = await openFromDisk(path);
    const { share } = opened;
    try {
      expect(await share.locator('h1').textContent()).toMatch(/^Beispielkreis/);
      expect(await share.locator('footer').textContent()).toMatch(
        /^Erstellt mit Netzwerkkarte am \d+\. \w+ \d{4}; diese Datei lädt nichts nach und speichert nichts\.$/,
      );
      expect(await share.locator('[data-figure="partners"] .share-value').textContent()).toBe('45');
      expect(await share.locator('[data-figure="cooperations"] .share-value').textContent()).toBe(
        '94',
      );
      expect(await share.locator('#share-table tbody tr').count()).toBe(45);

      await share.getByLabel('Partner suchen').fill('anna berg');
      await expect
        .poll(() => share.locator('#share-found').textContent())
        .toBe(`Ausgewählt: ${MIDWIFE}`);
      // Highlighted on the map, its row shown and marked, its details beside the map.
      const dot = share.locator('.share-svg g.is-selected');
      expect(await dot.count()).toBe(1);
      expect(await dot.locator('title').textContent()).toBe(MIDWIFE);
      expect(await dot.isVisible()).toBe(true);
      const rows = share.locator('#share-table tbody tr:visible');
      expect(await rows.count()).toBe(1);
      expect(await rows.first().getAttribute('aria-current')).toBe('true');
      const details = share.getByRole('complementary', { name: 'Angaben zum Partner' });
      expect(await details.getByRole('heading', { level: 3 }).textContent()).toBe(MIDWIFE);
      const fields = await details.locator('dl').textContent();
      expect(fields).toContain('SektorGesundheitswesen');
      expect(fields).toContain('EinrichtungsartHebamme');
      expect(fields).toContain('Telefon0170 5550124');
      expect(await details.locator('.share-ties li').count()).toBeGreaterThan(0);
      expect(await details.locator('.share-ties').textContent()).toMatch(/Intensität [1-4]: /);

      // A tie in the details leads to the other partner; clicking a dot does the same.
      await details.locator('.share-ties button').first().click();
      expect(await details.getByRole('heading', { level: 3 }).textContent()).not.toBe(MIDWIFE);
      await share.getByLabel('Partner suchen').fill('');
      const clinic = share.locator('.share-svg g[data-partner]').filter({
        has: share.locator(`title:text-is("${CLINIC}")`),
      });
      await clinic.locator('circle').click({ force: true });
      expect(await details.getByRole('heading', { level: 3 }).textContent()).toBe(CLINIC);

      // Zoom with a button and with the keyboard on the map; the table sorts by cooperations.
      const width = () =>
        share.locator('.share-svg').evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
      const before = await width();
      await share.getByRole('button', { name: 'Vergrößern' }).click();
      expect(await width()).toBeCloseTo(before / 1.5, 3);
      await share.locator('.share-map-frame').focus();
      await share.keyboard.press('0');
      expect(await width()).toBeCloseTo(before, 3);
      await share.getByRole('button', { name: 'Kooperationen', exact: true }).click();
      await share.getByRole('button', { name: 'Kooperationen', exact: true }).click();
      expect(
        await share.locator('#share-table thead th[aria-sort]').getAttribute('aria-sort'),
      ).toBe('descending');
      const first = await share
        .locator('#share-table tbody tr')
        .first()
        .locator('th')
        .textContent();
      expect(first).toBe('Jugendamt Beispielkreis – Netzwerkkoordination Frühe Hilfen');

      // The sector filter hides a sector on the map and in the list.
      await share.getByRole('checkbox', { name: /^Gesundheitswesen/ }).uncheck();
      expect(await share.locator('.share-svg g[data-partner]:visible').count()).toBeLessThan(45);
      expect(await share.locator('#share-table tbody tr:visible').count()).toBeLessThan(45);

      await untouched(opened);
    } finally {
      await opened.context.close();
    }
  });

  it('has no accessibility violations (axe, WCAG 2.1 AA), also at 800 pixels with a partner chosen', async () => {
    const path = await shareFile(false);
    for (const width of [1280, 800]) {
      const opened = await openFromDisk(path, width);
      try {
        await opened.share.getByLabel('Partner suchen').fill('Geburtsklinik');
        await opened.share.keyboard.press('Enter');
        const result = await new AxeBuilder({ page: opened.share })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        expect(result.violations.map((v) => `${width}: ${v.id}`)).toEqual([]);
        // At 800 pixels nothing is wider than the window.
        expect(
          await opened.share.evaluate(
            () => document.documentElement.scrollWidth <= window.innerWidth,
          ),
        ).toBe(true);
        await untouched(opened);
      } finally {
        await opened.context.close();
      }
    }
  });

  it('pseudonymised, holds no name or phone number, says so, and still finds a partner by its type', async () => {
    const path = await shareFile(true);
    const text = readFileSync(path, 'utf8');
    const partners = readFileSync(
      new URL('../../data/beispielkreis/partner.csv', import.meta.url),
      'utf8',
    )
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .slice(1)
      .filter((line) => line !== '')
      .map((line) => line.split(';'));
    for (const [id, name, , , , , , , , phone] of partners) {
      expect(text).not.toContain(name);
      expect(text).not.toContain(phone);
      expect(text).not.toContain(`"${id}"`);
    }
    expect(text).not.toContain('Berger');
    const opened = await openFromDisk(path);
    const { share } = opened;
    try {
      expect(await share.getByRole('note').textContent()).toMatch(/^Pseudonymisiert: /);
      await share.getByLabel('Partner suchen').fill('Geburtsklinik');
      await expect
        .poll(() => share.locator('#share-found').textContent())
        .toBe('Ausgewählt: Geburtsklinik 1');
      const details = share.getByRole('complementary', { name: 'Angaben zum Partner' });
      expect(await details.locator('dl').textContent()).toBe(
        'SektorGesundheitswesenEinrichtungsartGeburtsklinik',
      );
      await untouched(opened);
    } finally {
      await opened.context.close();
    }
  });
});
