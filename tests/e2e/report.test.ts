import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppPage } from './browser';
import { decodePng, inkShareOfPng } from './pixels';

const app = useAppPage();
let page: Page;

beforeEach(() => {
  page = app.page;
});

async function download(button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = await (file as Download).path();
  return readFileSync(path);
}

const REPORT_SECTIONS = [
  'Kennzahlen',
  'Netzwerkkarte',
  'Zusammenarbeit zwischen den Sektoren',
  'Zentrale Partner und Brücken',
  'Lücken',
  'Doppelstrukturen',
  'Methoden',
];

describe('the Netzwerkbericht', () => {
  it('prints as an A4 PDF that holds every section, without the app around it', async () => {
    await page.getByRole('button', { name: 'Anordnung fortsetzen' }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Bericht & Export', exact: true }).click();
    await page.locator('.nwk-report').waitFor({ timeout: 20_000 });
    const headings = (await page.locator('.nwk-report h2').allTextContents()).join(' | ');
    for (const section of REPORT_SECTIONS) expect(headings).toContain(section);
    // The map is drawn in the export worker; printing waits for it, and the picture loads.
    await expect
      .poll(() =>
        page
          .locator('.nwk-report img')
          .evaluateAll((images) =>
            images.map((image) => (image as HTMLImageElement).naturalWidth > 0),
          ),
      )
      .toEqual([true]);
    expect(
      await page.getByRole('button', { name: 'Bericht drucken / als PDF speichern' }).isEnabled(),
    ).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.nwk-report').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the report’s first page, "Das Wichtigste in Kürze"', () => {
  it('leads with a sentence for each finding, its number and a link to the details, in the PDF too', async () => {
    await page.getByRole('button', { name: 'Bericht & Export', exact: true }).click();
    const summary = page.locator('#report-summary');
    await summary.waitFor({ timeout: 20_000 });
    expect(await page.locator('.nwk-report h2').first().textContent()).toBe(
      'Das Wichtigste in Kürze',
    );
    const statements = await summary.locator('li').allTextContents();
    expect(statements).toHaveLength(9);
    // The sample network: the law's groups first, then who carries youth welfare–health care.
    expect(statements[0]).toMatch(
      /^Es fehlen \d+ Partnergruppen, die das Gesetz \(§ 3 KKG\) vorsieht: .+Mehr dazu: Lücken$/,
    );
    expect(statements[2]).toMatch(
      /^\d+ Partner tragen die Verbindung zwischen Kinder- und Jugendhilfe und Gesundheitswesen mit \d+ Kooperationen\./,
    );
    expect(statements[5]).toContain(
      '1 Partner arbeitet mit niemandem im Netzwerk zusammen: Physiotherapiepraxis Kleine Schritte.',
    );
    expect(statements[7]).toBe(
      'Ein früherer Stand zum Vergleich liegt nicht vor; was sich verändert hat, zeigt erst der nächste Bericht nach einem festgehaltenen Stand.',
    );
    expect(statements[8]).toMatch(/^Fiele .+ weg, verlören \d+ Partner die Verbindung/);
    // Each number set apart, each link to a part of the report that is there.
    expect(await summary.locator('strong.count').count()).toBeGreaterThanOrEqual(5);
    const links = await summary
      .locator('a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    expect(links).toHaveLength(8);
    for (const href of links) expect(await page.locator(href).count(), href).toBe(1);
    await summary.getByRole('link', { name: 'Mehr dazu: Doppelstrukturen' }).click();
    await expect
      .poll(() =>
        page.locator('#report-doubles').evaluate((section) => {
          const { top, bottom } = section.getBoundingClientRect();
          return top < window.innerHeight && bottom > 0;
        }),
      )
      .toBe(true);

    // In the printed PDF the links are links inside the document.
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Subtype\s*\/Link/g)?.length).toBeGreaterThanOrEqual(links.length);
    expect(pdf.match(/\/Dest\b/g)?.length).toBeGreaterThanOrEqual(links.length);
    expect(pdf).not.toMatch(/\/URI/);
  });
});

describe('the report opened while the map is still being laid out', () => {
  it('has the map with the places the layout had reached', async () => {
    // The report opened while the layout runs: looked at and clicked in one task of the page, so
    // that it cannot come to rest in between (on a quick machine it may rest before the test
    // gets here; then it is started again).
    let opened = false;
    for (let attempt = 0; attempt < 5 && !opened; attempt++) {
      await page
        .getByRole('button', { name: /^Anordnung (anhalten|fortsetzen)$/ })
        .waitFor({ timeout: 20_000 });
      opened = await page.evaluate(() => {
        if (document.querySelector('.map-layout button')?.textContent !== 'Anordnung anhalten')
          return false;
        const views = [...document.querySelectorAll<HTMLButtonElement>('nav button')];
        views.find((button) => button.textContent === 'Bericht & Export')?.click();
        return true;
      });
      if (!opened) {
        const again = page.getByRole('button', { name: 'Anordnung fortsetzen' });
        if (await again.isVisible()) await again.click();
      }
    }
    expect(opened).toBe(true);
    await expect
      .poll(
        () =>
          page
            .locator('.nwk-report img')
            .evaluateAll((images) =>
              images.map((image) => (image as HTMLImageElement).naturalWidth > 0),
            ),
        { timeout: 20_000 },
      )
      .toEqual([true]);
    expect(await page.locator('#report-map').textContent()).not.toContain('keine Karte');
  });
});

describe('the report compares with the last Stand', () => {
  it('shows the key figures of the last Stand beside today', async () => {
    await page.getByRole('button', { name: 'Vergleich', exact: true }).click();
    await page.getByRole('button', { name: 'Stand festhalten' }).click();
    await page.getByRole('button', { name: 'Bericht & Export', exact: true }).click();
    await page.locator('.nwk-report').waitFor({ timeout: 20_000 });
    await expect
      .poll(() => page.locator('.nwk-report h2').allTextContents())
      .toContain('Vergleich mit dem letzten Stand');
  });
});

describe('exports', () => {
  it('the map as a real, non-blank PNG and as SVG with the partners, both with names and legend', async () => {
    await page.getByRole('button', { name: 'Anordnung fortsetzen' }).waitFor({ timeout: 20_000 });
    // A note says the picture is being drawn (for a large map that takes seconds), then goes.
    await page.evaluate(() => {
      const seen = { note: false };
      (window as unknown as { pngNote: typeof seen }).pngNote = seen;
      new MutationObserver(() => {
        if (document.querySelector('.map-export [role="status"]')) seen.note = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const png = await download('Karte als PNG');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(
      await page.evaluate(() => (window as unknown as { pngNote: { note: boolean } }).pngNote.note),
    ).toBe(true);
    await expect.poll(() => page.locator('.map-export [role="status"]').count()).toBe(0);
    const ink = inkShareOfPng(png);
    expect(ink).toBeGreaterThan(0.005);
    const svg = (await download('Karte als SVG')).toString('utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('Jugendamt Beispielkreis');
    expect(svg).not.toContain('<script');
    // The PNG is the SVG's scene painted at twice its size: title, every name, the legend.
    const viewBox = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg);
    expect(viewBox).not.toBeNull();
    const picture = decodePng(png);
    expect(Math.abs(picture.width - 2 * Number(viewBox![3]))).toBeLessThanOrEqual(2);
    expect(Math.abs(picture.height - 2 * Number(viewBox![4]))).toBeLessThanOrEqual(2);
    expect((svg.match(/<text /g) ?? []).length).toBeGreaterThanOrEqual(45);
    expect(svg).toContain('Gesundheitswesen');
  });

  it('CSV for German Excel (BOM, semicolons, umlauts) and GEXF for Gephi', async () => {
    await page.getByRole('button', { name: 'Anordnung fortsetzen' }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Bericht & Export', exact: true }).click();
    const csv = await download('Partnerliste (CSV)');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFID;Name;Sektor;Einrichtungsart;Träger;Kommune;Sozialraum;Angebote;Seit;Telefon',
    );
    expect(text).toContain('Frühförderung');
    const gexf = (await download('Netzwerk für Gephi (GEXF)')).toString('utf8');
    expect(gexf).toContain('<gexf');
    expect((gexf.match(/<node /g) ?? []).length).toBe(45);
    // Opens in Gephi as on screen: sector colours, the map's positions, the measures.
    expect((gexf.match(/<viz:color /g) ?? []).length).toBe(45);
    expect((gexf.match(/<viz:position /g) ?? []).length).toBe(45);
    expect(gexf).toContain('measures.betweenness');
    const xlsx = await download('Alle Tabellen (Excel, XLSX)');
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
  });
});
