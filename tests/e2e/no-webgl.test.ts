import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { REPORT_PICTURE_TIES } from '../../src/core/export/report-map';
import { generateNetwork } from '../../src/core/generate/generate-network';
import { writeLists } from '../support/lists';
import { useAppPage } from './browser';

// A browser that offers no WebGL, as on an office computer without graphics acceleration.
const app = useAppPage({ chromiumFlags: ['--disable-webgl', '--disable-3d-apis'] });
let page: Page;

beforeEach(() => {
  page = app.page;
});

const PICTURE =
  /^Netzwerkkarte „Beispielkreis \(Beispieldaten\)“ mit 45 Partnern und 94 Kooperationen/;

/** The picture on the map as the user saves it (the page itself may not read `blob:` addresses). */
async function pictureSvg(): Promise<{ name: string; svg: string }> {
  const link = page.getByRole('link', { name: 'Bild der Karte speichern (SVG)' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return {
    name: download.suggestedFilename(),
    svg: await readFile(await download.path(), 'utf8'),
  };
}

/** The partners' dots in the picture (legend dots have no outline), as "x y". */
function dots(svg: string): string[] {
  return [...svg.matchAll(/<circle cx="([^"]+)" cy="([^"]+)" r="[^"]+" fill="[^"]+" stroke=/g)].map(
    (match) => `${match[1]} ${match[2]}`,
  );
}

describe('a browser without WebGL', () => {
  it('shows the map as a picture, laid out, to save; says why; the report has the map', async () => {
    expect(
      await page.evaluate(() => {
        const canvas = document.createElement('canvas');
        return canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      }),
    ).toBeNull();
    await expect
      .poll(() => page.getByRole('note').textContent())
      .toContain('Dieser Browser bietet hier kein WebGL an');
    const picture = page.getByRole('img', { name: PICTURE });
    await picture.waitFor({ timeout: 20_000 });
    await expect
      .poll(() => picture.evaluate((image) => (image as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    expect(await page.locator('.map-canvas').count()).toBe(0);

    // Every partner is a dot, each at a place of its own: the layout ran in the worker.
    const saved = await pictureSvg();
    expect(saved.name).toMatch(/^Beispielkreis \(Beispieldaten\) \d{4}-\d{2}-\d{2} Karte\.svg$/);
    expect(saved.svg.startsWith('<svg')).toBe(true);
    const byCooperation = saved.svg;
    expect(dots(byCooperation)).toHaveLength(45);
    expect(new Set(dots(byCooperation)).size).toBe(45);
    expect(byCooperation).toContain(
      '<title>Jugendamt Beispielkreis – Netzwerkkoordination Frühe Hilfen</title>',
    );

    // Arranged by sectors: another picture of the same partners.
    await page.getByRole('button', { name: 'Nach Sektoren' }).click();
    await expect.poll(async () => (await pictureSvg()).svg).not.toBe(byCooperation);
    const bySector = (await pictureSvg()).svg;
    expect(dots(bySector)).toHaveLength(45);
    expect(new Set(dots(bySector)).size).toBe(45);

    // The places were kept: the report has its map.
    await page.getByRole('button', { name: 'Bericht & Export' }).click();
    const reportMap = page.locator('#report-map img');
    await reportMap.waitFor({ timeout: 20_000 });
    await expect
      .poll(() => reportMap.evaluate((image) => (image as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
  });

  it('has no accessibility violations (axe, WCAG 2.1 AA)', async () => {
    await page.getByRole('img', { name: PICTURE }).waitFor({ timeout: 20_000 });
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('says so in English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => page.getByRole('note').textContent())
      .toContain('This browser offers no WebGL here');
    await page
      .getByRole('img', { name: /^Network map “Beispielkreis \(sample data\)” with 45 partners/ })
      .waitFor({ timeout: 20_000 });
  });

  it('shows a district with many ties as a bitmap, and saves it as SVG all the same', async () => {
    const district = generateNetwork({ partners: 1_500, seed: 5 });
    expect(district.cooperations.length).toBeGreaterThan(REPORT_PICTURE_TIES);
    const { files, remove } = writeLists(district, 'no-webgl');
    afterAll(remove);
    await page.getByRole('button', { name: 'Daten importieren' }).click();
    await page.getByLabel('Dateien auswählen').setInputFiles(files);
    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    await page.getByRole('button', { name: 'Übernehmen' }).click({ timeout: 60_000 });

    // A bitmap painted in the worker, two pixels per unit of the 1,000-unit-wide drawing.
    const picture = page.getByRole('img', { name: /mit 1\.500 Partnern/ });
    await picture.waitFor({ timeout: 60_000 });
    expect(await picture.evaluate((element) => element.tagName)).toBe('CANVAS');
    expect(
      await picture.evaluate((canvas) => (canvas as HTMLCanvasElement).width),
    ).toBeGreaterThanOrEqual(2_000);
    const saved = await pictureSvg();
    expect(saved.name).toMatch(/ \d{4}-\d{2}-\d{2} Karte\.svg$/);
    expect(saved.svg.startsWith('<svg')).toBe(true);
    expect(dots(saved.svg)).toHaveLength(1_500);
  });
});
