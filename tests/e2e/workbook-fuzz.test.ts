import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  rawZip,
  sheetXml,
  workbookFrame,
  zeroBomb,
  ZEROS_PER_BLOCK,
  type RawEntry,
} from '../core/import/workbooks';
import { useAppPage } from './browser';

/**
 * Hostile workbooks fed through the app's own file field, as someone would drop them: random
 * bytes, a real workbook cut off or with bytes changed, an archive that inflates to 300 MB, one of
 * a thousand parts, a sheet that claims Excel's last cell, shared strings past the cap or a
 * million levels deep. After each the page must say in German what is wrong, throw nothing, still
 * answer, and show the network it showed before. All bytes are made from fixed seeds.
 */

const app = useAppPage();
let page: Page;

const WORKBOOK = resolve(import.meta.dirname, '../fixtures/import/netzwerk.xlsx');
const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const encode = (text: string) => new TextEncoder().encode(text);

/** Numbers in [0, 1) from a seed (mulberry32): the same bytes at every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(length: number, next: () => number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(next() * 256));
}

/** A real workbook (partners, ties, offers, working groups) with `count` bytes changed. */
function flipped(workbook: Uint8Array, count: number, seed: number): Uint8Array {
  const next = seeded(seed);
  const bytes = workbook.slice();
  for (let i = 0; i < count; i++) {
    const at = Math.floor(next() * bytes.length);
    bytes[at] = bytes[at]! ^ (1 + Math.floor(next() * 255));
  }
  return bytes;
}

/** The parts of a one-sheet workbook around its sheet, as a hand-made archive's entries. */
function frameEntries(extra: Record<string, string> = {}): RawEntry[] {
  return Object.entries({ ...workbookFrame(['Partner']), ...extra }).map(([name, text]) => {
    const data = encode(text);
    return { name, method: 8, data: deflateSync(data), declaredSize: data.length };
  });
}

/** A part that inflates to 300 MB of zeros from 2 MB, whatever its headers say. */
function bombEntry(name: string): RawEntry {
  return { name, method: 8, data: zeroBomb(300), declaredSize: 1 + 300 * ZEROS_PER_BLOCK };
}

const SHARED_STRINGS_REL =
  '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>';

/** The frame with the shared strings part named in the workbook's relationships. */
function frameWithSharedStrings(): Record<string, string> {
  const frame = workbookFrame(['Partner']);
  const rels = frame['xl/_rels/workbook.xml.rels']!;
  frame['xl/_rels/workbook.xml.rels'] = rels.replace(
    '</Relationships>',
    `${SHARED_STRINGS_REL}</Relationships>`,
  );
  return frame;
}

/** A sheet whose four cells are the shared strings 0 to 3: a header row and one partner. */
const SHARED_SHEET =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row></sheetData></worksheet>';

const UNREADABLE = 'Die Datei kann nicht als Tabelle gelesen werden';

interface Hostile {
  name: string;
  bytes: Uint8Array;
  /** Part of the German message the review must show for it. */
  says: string;
}

function randomFiles(): Hostile[] {
  const workbook = new Uint8Array(readFileSync(WORKBOOK));
  const next = seeded(2025);
  const signed = randomBytes(64 * 1024, next);
  signed.set([0x50, 0x4b, 0x03, 0x04]);
  return [
    { name: 'zufall.xlsx', bytes: randomBytes(64 * 1024, next), says: UNREADABLE },
    // The local file header's signature, then noise: it looks like a workbook to the app.
    { name: 'zufall-pk.xlsx', bytes: signed, says: UNREADABLE },
    ...[0.1, 0.5, 0.97].map((share) => ({
      name: `abgeschnitten-${Math.round(share * 100)}.xlsx`,
      bytes: workbook.subarray(0, Math.floor(workbook.length * share)),
      says: UNREADABLE,
    })),
    ...[1, 2, 3].map((seed) => ({
      name: `verändert-${seed}.xlsx`,
      bytes: flipped(workbook, 8, seed),
      says: UNREADABLE,
    })),
  ];
}

function craftedFiles(): Hostile[] {
  const thousand: Record<string, Uint8Array> = {};
  for (let i = 0; i < 1_000; i++) thousand[`xl/media/teil${i}.xml`] = encode(`<teil n="${i}"/>`);
  const farOut = sheetXml([
    ['ID', 'Name'],
    ['P1', 'Jugendamt Beispielkreis'],
  ])
    .replace('<sheetData>', '<dimension ref="A1:XFD1048576"/><sheetData>')
    .replace(
      '</sheetData>',
      '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
    );
  const frame: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(workbookFrame(['Partner']))) frame[name] = encode(text);
  return [
    {
      name: 'bombe.xlsx',
      bytes: rawZip([...frameEntries(), bombEntry('xl/worksheets/sheet1.xml')]),
      says: 'Ein Teil der Arbeitsmappe („xl/worksheets/sheet1.xml“) wird entpackt größer als 256 MB',
    },
    {
      name: 'tausend-teile.xlsx',
      bytes: zipSync(thousand, { level: 1 }),
      says: UNREADABLE,
    },
    {
      name: 'letzte-zelle.xlsx',
      bytes: zipSync({ ...frame, 'xl/worksheets/sheet1.xml': encode(farOut) }),
      says: 'Das Blatt reicht über',
    },
    {
      name: 'riesige-texte.xlsx',
      bytes: rawZip([
        ...frameEntries({
          ...frameWithSharedStrings(),
          'xl/worksheets/sheet1.xml': SHARED_SHEET,
        }),
        bombEntry('xl/sharedStrings.xml'),
      ]),
      says: 'Ein Teil der Arbeitsmappe („xl/sharedStrings.xml“) wird entpackt größer als 256 MB',
    },
  ];
}

/** Shared strings a million levels deep: read as what they say, without a stack to overflow. */
function deepSharedStrings(): Uint8Array {
  const depth = 1_000_000;
  const strings = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>ID</t></si><si><t>Name</t></si><si><t>P1</t></si><si>${'<r>'.repeat(depth)}<t>Hebammenpraxis Tiefental</t>${'</r>'.repeat(depth)}</si></sst>`;
  const parts: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(frameWithSharedStrings())) parts[name] = encode(text);
  parts['xl/sharedStrings.xml'] = encode(strings);
  parts['xl/worksheets/sheet1.xml'] = encode(SHARED_SHEET);
  return zipSync(parts, { level: 6 });
}

const figure = (name: string) =>
  page.locator(`[data-analysis="done"] [data-figure="${name}"] dd`).textContent();
/** The import dialog (named "Daten importieren", then "Ergebnis prüfen" by its heading). */
const dialog = () => page.getByRole('dialog');
const nav = () => page.getByRole('navigation', { name: 'Ansicht' });

/** What the page shows of its network: the key figures and the table's first row. */
async function shownNetwork() {
  await nav().getByRole('button', { name: 'Tabelle', exact: true }).click();
  const rows = page.locator('.partner-table tbody tr');
  await rows.first().waitFor();
  const shown = {
    partners: await figure('partners'),
    cooperations: await figure('cooperations'),
    rows: await rows.count(),
    first: await rows.first().locator('th').textContent(),
  };
  // Another view answers as well.
  await nav().getByRole('button', { name: 'Karte', exact: true }).click();
  await page.locator('.map-search').waitFor();
  return shown;
}

/** Chooses the file in the import dialog, waits for its preview and reads it. */
async function chooseAndRead(hostile: { name: string; bytes: Uint8Array }) {
  await page.getByRole('button', { name: 'Daten importieren' }).click();
  await dialog()
    .getByLabel('Dateien auswählen')
    .setInputFiles({ name: hostile.name, mimeType: MIME, buffer: Buffer.from(hostile.bytes) });
  const card = dialog().getByRole('region', { name: hostile.name });
  await card.getByRole('heading', { name: hostile.name, exact: true }).waitFor();
  await expect
    .poll(() => card.getByText('Vorschau wird erstellt').count(), { timeout: 20_000 })
    .toBe(0);
  await dialog().getByRole('button', { name: 'Importieren', exact: true }).click();
}

/** Feeds each file and checks the page after it; answers how long each took, in ms. */
async function feed(files: readonly Hostile[]): Promise<Record<string, number>> {
  const before = await shownNetwork();
  expect(before.partners).toBe('45');
  const took: Record<string, number> = {};
  for (const hostile of files) {
    const started = Date.now();
    await chooseAndRead(hostile);
    const alert = dialog().getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent(), hostile.name).toContain('Der Import ist fehlgeschlagen');
    expect(await dialog().textContent(), hostile.name).toContain(hostile.says);
    await dialog().getByRole('button', { name: 'Schließen' }).click();
    await dialog().waitFor({ state: 'hidden' });
    expect(app.errors, hostile.name).toEqual([]);
    expect(await shownNetwork(), hostile.name).toEqual(before);
    took[hostile.name] = Date.now() - started;
  }
  return took;
}

beforeEach(() => {
  page = app.page;
});

describe('hostile workbooks through the file field', () => {
  it('random bytes, a workbook cut off and a workbook with bytes changed are refused in German', async () => {
    const took = await feed(randomFiles());
    expect(Object.keys(took)).toHaveLength(8);
  });

  it('an archive that inflates to 300 MB, a thousand parts, the last cell and 300 MB of shared strings are refused', async () => {
    const took = await feed(craftedFiles());
    // Refused while counting, long before 300 MB are parsed (unbounded: a minute and more).
    expect(took['bombe.xlsx']).toBeLessThan(20_000);
    expect(took['riesige-texte.xlsx']).toBeLessThan(20_000);
  });

  it('shared strings a million levels deep are read as what they say, and nothing is taken over until asked', async () => {
    const before = await shownNetwork();
    await chooseAndRead({ name: 'tief.xlsx', bytes: deepSharedStrings() });
    const partners = dialog().locator('.import-counts [data-count="partners"] dd');
    await expect.poll(() => partners.textContent(), { timeout: 20_000 }).toBe('1');
    expect(await dialog().getByRole('alert').count()).toBe(0);
    await dialog().getByRole('button', { name: 'Abbrechen', exact: true }).click();
    await dialog().waitFor({ state: 'hidden' });
    expect(await shownNetwork()).toEqual(before);
  });
});
