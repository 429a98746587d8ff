import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { germanOrder } from '../../src/app/text/german-order';
import { generateNetwork } from '../../src/core/generate/generate-network';
import { writeLists } from '../support/lists';
import { useAppPage } from './browser';
import {
  decodePng,
  emptySpot,
  findDots,
  inkShare,
  inkShareOfPng,
  shiftedDifference,
} from './pixels';
import { sectorColor } from '../../src/core/appearance/sector-colors';

/** Above the size whose map is built at once: this district's map is put together in steps. */
const PARTNERS = 3_000;
const network = generateNetwork({ partners: PARTNERS, seed: 2 });
const { files, remove } = writeLists(network, 'large');
afterAll(remove);

interface BuildRecord {
  /** The map showed its partners while it still said it was adding the ties. */
  partnersFirst: boolean;
}

interface DrawRecord {
  /** Drawing calls on the map's WebGL layers so far. */
  draws: number;
  /** Of those, the calls that drew ties (sigma's edge layer) and the hover layer. */
  edgeDraws: number;
  hoverDraws: number;
  /** Each move given to the map's last picture (a CSS transform), null when it was drawn anew. */
  glides: (string | null)[];
}

const app = useAppPage({
  beforeLoad: (page) =>
    page.addInitScript(() => {
      const record: BuildRecord = { partnersFirst: false };
      (window as unknown as { mapBuild: BuildRecord }).mapBuild = record;
      new MutationObserver(() => {
        if (document.querySelector('.map-building') && document.querySelector('.map-canvas canvas'))
          record.partnersFirst = true;
      }).observe(document, { childList: true, subtree: true });
      const drawing: DrawRecord = { draws: 0, edgeDraws: 0, hoverDraws: 0, glides: [] };
      (window as unknown as { mapDrawing: DrawRecord }).mapDrawing = drawing;
      for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
        const prototype = context.prototype as unknown as Record<string, unknown>;
        for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced']) {
          const draw = prototype[name];
          if (typeof draw !== 'function') continue;
          prototype[name] = function (this: { canvas: HTMLCanvasElement }, ...args: unknown[]) {
            drawing.draws++;
            if (this.canvas.classList.contains('sigma-edges')) drawing.edgeDraws++;
            if (this.canvas.classList.contains('sigma-hoverNodes')) drawing.hoverDraws++;
            (draw as (...args: unknown[]) => void).apply(this, args);
          };
        }
      }
      const style = CSSStyleDeclaration.prototype;
      const set = style.setProperty;
      const remove = style.removeProperty;
      style.setProperty = function (this: CSSStyleDeclaration, name, value, priority) {
        if (name === '--map-glide') drawing.glides.push(value ?? null);
        set.call(this, name, value, priority);
      };
      style.removeProperty = function (this: CSSStyleDeclaration, name) {
        if (name === '--map-glide' && this.getPropertyValue(name) !== '') drawing.glides.push(null);
        return remove.call(this, name);
      };
    }),
});
let page: Page;

beforeEach(() => {
  page = app.page;
});

const figure = (name: string) =>
  page.locator(`[data-analysis="done"] [data-figure="${name}"] dd`).textContent();
const grouped = (count: number) => count.toLocaleString('de-DE');

/** The six numbers of a CSS `matrix(a, b, c, d, e, f)`. */
const matrixOf = (css: string): number[] => css.slice('matrix('.length, -1).split(',').map(Number);

/** Imports the district's two lists through the dialog; done once its partners are counted. */
async function importDistrict() {
  await page.getByRole('button', { name: 'Daten importieren' }).click();
  await page.getByLabel('Dateien auswählen').setInputFiles(files);
  await page.getByRole('button', { name: 'Importieren', exact: true }).click();
  await page.getByRole('button', { name: 'Übernehmen' }).click({ timeout: 60_000 });
  await expect.poll(() => figure('partners'), { timeout: 30_000 }).toBe(grouped(PARTNERS));
}

const drawing = () =>
  page.evaluate(() => {
    const { draws, edgeDraws, hoverDraws, glides } = (
      window as unknown as { mapDrawing: DrawRecord }
    ).mapDrawing;
    return { draws, edgeDraws, hoverDraws, glides: [...glides] };
  });

/** Stops the layout and waits until the map has drawn nothing for a while. */
async function mapAtRest() {
  const layout = page.getByRole('button', { name: /Anordnung (anhalten|fortsetzen)/ });
  await layout.waitFor({ timeout: 30_000 });
  if ((await layout.textContent()) === 'Anordnung anhalten') await layout.click();
  await page.getByRole('button', { name: 'Anordnung fortsetzen' }).waitFor();
  let last = -1;
  await expect
    .poll(
      async () => {
        const now = (await drawing()).draws;
        const still = now === last;
        last = now;
        return still;
      },
      { timeout: 20_000, interval: 600 },
    )
    .toBe(true);
}

/** The district imported, its map at rest: the map, where it is, and a screenshot of it. */
async function districtMapAtRest() {
  await importDistrict();
  await mapAtRest();
  const map = page.locator('.map-canvas');
  const box = (await map.boundingBox())!;
  return { map, box, picture: decodePng(await map.screenshot()) };
}

describe('a district of 3,000 partners', () => {
  it('shows its partners first, then its ties, lays them out, keeps them across a reload, finds a name and turns the table to it', async () => {
    await importDistrict();
    await expect.poll(() => figure('cooperations')).toBe(grouped(network.cooperations.length));
    // The partners were on the map while the note said the ties were being added; then the note
    // went and the layout started.
    await expect
      .poll(
        () =>
          page.evaluate(() => ({
            ...(window as unknown as { mapBuild: BuildRecord }).mapBuild,
            building: document.querySelector('.map-building') !== null,
          })),
        { timeout: 30_000 },
      )
      .toEqual({ partnersFirst: true, building: false });
    await page
      .getByRole('button', { name: /Anordnung (anhalten|fortsetzen)/ })
      .waitFor({ timeout: 30_000 });
    expect(await inkShare(page, '.map-canvas')).toBeGreaterThan(0.02);

    // The copy in the browser is written in pieces; read back, it is the same network.
    const kept = page.getByRole('list', { name: 'Gespeicherte Netzwerke' }).getByRole('listitem');
    await expect.poll(() => kept.count(), { timeout: 20_000 }).toBe(2);
    await expect
      .poll(() => page.locator('.save-status').getAttribute('data-save'), { timeout: 20_000 })
      .toBe('saved');
    await page.reload();
    await expect.poll(() => figure('partners'), { timeout: 30_000 }).toBe(grouped(PARTNERS));
    expect(await figure('cooperations')).toBe(grouped(network.cooperations.length));

    // Search folds the names on first use.
    const name = network.partners[1234]!.name;
    await page.getByLabel('Partner suchen').fill(name);
    await page.getByRole('button', { name, exact: true }).first().click();

    // The table shows 100 partners a page and opens at the page of the partner just chosen.
    await page
      .getByRole('navigation', { name: 'Ansicht' })
      .getByRole('button', { name: 'Tabelle', exact: true })
      .click();
    const position = network.partners
      .map((p) => p.name)
      .sort(germanOrder)
      .indexOf(name);
    const from = Math.floor(position / 100) * 100;
    const pager = page.getByRole('navigation', {
      name: 'Seiten der Tabelle „Partner des Netzwerks“',
    });
    await expect
      .poll(() => pager.locator('.pager-range').textContent())
      .toBe(`Zeilen ${grouped(from + 1)}–${grouped(from + 100)} von ${grouped(PARTNERS)}`);
    const rows = page.locator('.partner-table tbody tr');
    expect(await rows.count()).toBe(100);
    expect(await page.locator('.partner-table tr[aria-selected="true"] th').textContent()).toBe(
      name,
    );
    // The page controls meet WCAG 2.1 AA like the rest (the sample is too small to show them).
    const axe = await new AxeBuilder({ page })
      .include('.pager')
      .include('.partner-table')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await pager.getByRole('button', { name: 'Letzte Seite' }).click();
    await expect
      .poll(() => pager.locator('.pager-range').textContent())
      .toBe(`Zeilen ${grouped(PARTNERS - 99)}–${grouped(PARTNERS)} von ${grouped(PARTNERS)}`);
    expect(await rows.count()).toBe(100);
  });

  it('moves its last picture with the view while it is dragged or zoomed, and draws it anew once the view is still', async () => {
    const { map, box, picture: before } = await districtMapAtRest();
    const spot = emptySpot(before, { x: box.width / 2, y: box.height / 2 });
    if (!spot) throw new Error('no empty ground on the map to take hold of');
    const transforms = () =>
      page.evaluate(() => {
        const of = (selector: string) =>
          getComputedStyle(document.querySelector(selector)!).transform;
        return { nodes: of('.map-canvas .sigma-nodes'), mouse: of('.map-canvas .sigma-mouse') };
      });

    // A drag of the ground: the picture follows the pointer exactly, and nothing is drawn.
    await page.mouse.move(box.x + spot.x, box.y + spot.y);
    const start = await drawing();
    await page.mouse.down();
    await page.mouse.move(box.x + spot.x + 120, box.y + spot.y + 80, { steps: 12 });
    const dragged = await drawing();
    expect(dragged.draws).toBe(start.draws);
    const moved = await transforms();
    expect(moved.mouse).toBe('none');
    // The moved picture stays inside the map: it must not paint over the sidebar.
    expect(await map.evaluate((element) => getComputedStyle(element).overflow)).toBe('hidden');
    const [a, b, c, d, e, f] = matrixOf(moved.nodes);
    expect([a, b, c, d]).toEqual([1, 0, 0, 1]);
    expect(e).toBeCloseTo(120, 0);
    expect(f).toBeCloseTo(80, 0);

    // Let go: the view glides on a little, then the map is drawn anew where the picture was.
    await page.mouse.up();
    await expect.poll(async () => (await drawing()).glides.at(-1), { timeout: 10_000 }).toBeNull();
    const drawn = await drawing();
    expect(drawn.draws).toBeGreaterThan(start.draws);
    expect((await transforms()).nodes).toBe('none');
    const glides = drawn.glides.slice(start.glides.length);
    const final = glides.at(-2)!;
    const [, , , , shiftX, shiftY] = matrixOf(final);
    const after = decodePng(await map.screenshot());
    // Away from the controls at the map's edges: the new drawing is the old picture moved.
    const region = { left: 150, top: 150, right: box.width - 150, bottom: box.height - 150 };
    const shift = { x: shiftX!, y: shiftY! };
    expect(shiftedDifference(before, after, shift, region)).toBeLessThan(0.05);
    expect(shiftedDifference(before, after, { x: 0, y: 0 }, region)).toBeGreaterThan(0.1);

    // A wheel turn zooms in around the pointer: the picture grows with the point under the
    // pointer kept in place, then the map is drawn anew.
    const pointer = { x: spot.x + shift.x, y: spot.y + shift.y };
    await page.mouse.move(box.x + pointer.x, box.y + pointer.y);
    const zoomStart = (await drawing()).glides.length;
    await page.mouse.wheel(0, -150);
    await expect
      .poll(async () => (await drawing()).glides.slice(zoomStart).at(-1), { timeout: 10_000 })
      .toBeNull();
    const zoom = (await drawing()).glides.slice(zoomStart);
    expect(zoom.length).toBeGreaterThan(2);
    const [scale, , , scaleY, zx, zy] = matrixOf(zoom.at(-2)!);
    expect(scale).toBeGreaterThan(1.2);
    expect(scaleY).toBeCloseTo(scale!, 6);
    // Within a pixel: the pointer sits on whole pixels of the page, the map's box may begin at a
    // fraction of one (the header's height is not a whole number of pixels at every width).
    expect(Math.abs(scale! * pointer.x + zx! - pointer.x)).toBeLessThan(1);
    expect(Math.abs(scaleY! * pointer.y + zy! - pointer.y)).toBeLessThan(1);
    expect((await transforms()).nodes).toBe('none');
  });

  it('names a partner under the pointer without drawing every tie again; a click brings its neighbours forward', async () => {
    const { box, picture } = await districtMapAtRest();
    const colours = ['Kinder- und Jugendhilfe', 'Gesundheitswesen', 'Beratung'].map(sectorColor);
    // A dot away from the controls at the map's edges.
    const dot = findDots(picture, colours).find(
      ({ x, y }) => x > 200 && x < box.width - 200 && y > 200 && y < box.height - 150,
    );
    if (!dot) throw new Error('no partner found on the map');
    const before = await drawing();
    await page.mouse.move(box.x + dot.x, box.y + dot.y);
    await expect.poll(async () => (await drawing()).hoverDraws).toBeGreaterThan(before.hoverDraws);
    await page.waitForTimeout(600);
    expect((await drawing()).edgeDraws).toBe(before.edgeDraws);

    await page.mouse.down();
    await page.mouse.up();
    await page.locator('.partner-panel h2').waitFor();
    await expect.poll(async () => (await drawing()).edgeDraws).toBeGreaterThan(before.edgeDraws);
  });

  it('behind the table, a partner chosen there draws nothing on the hidden map until it shows', async () => {
    await districtMapAtRest();
    const nav = page.getByRole('navigation', { name: 'Ansicht' });
    await nav.getByRole('button', { name: 'Tabelle', exact: true }).click();
    const row = page.locator('.partner-table tbody tr').first();
    await row.waitFor();
    const before = await drawing();
    await row.getByRole('button').first().click();
    await page.locator('.partner-panel h2').waitFor();
    await page.waitForTimeout(1_000);
    expect((await drawing()).draws).toBe(before.draws);
    await nav.getByRole('button', { name: 'Karte', exact: true }).click();
    // Shown again, the choice is applied: its neighbours forward, the rest faded.
    await expect.poll(async () => (await drawing()).edgeDraws).toBeGreaterThan(before.edgeDraws);
  });

  it('shows the report’s map as a bitmap painted in the worker, sharp enough to print, in the sectors’ colours', async () => {
    await districtMapAtRest();
    await page
      .getByRole('navigation', { name: 'Ansicht' })
      .getByRole('button', { name: 'Bericht & Export', exact: true })
      .click();
    const image = page.getByRole('img', { name: /^Netzwerkkarte: Partner als Punkte/ });
    await image.waitFor({ timeout: 60_000 });
    // Read back in the page: its size, and how many of its pixels have each sector's colour.
    const sectors = [...new Set(network.partners.map((p) => p.sector))];
    const colours = sectors.map((sector) => sectorColor(sector));
    const look = () =>
      image.evaluate(async (element, hexes) => {
        // Drawn into the canvas once it is in the page.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const canvas = element as HTMLCanvasElement;
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        const wanted = hexes.map((hex) =>
          [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)),
        );
        const counts = wanted.map(() => 0);
        for (let i = 0; i < data.length; i += 4) {
          const at = wanted.findIndex((rgb) =>
            rgb.every((value, channel) => value === data[i + channel]),
          );
          if (at >= 0) counts[at]!++;
        }
        return { tag: canvas.tagName, width: canvas.width, height: canvas.height, counts };
      }, colours);
    // The layout's last places may arrive after the report opened and bring a new picture.
    let seen = { tag: '', width: 0, height: 0, counts: [0] };
    await expect
      .poll(async () => Math.min(...(seen = await look()).counts), { timeout: 30_000 })
      .toBeGreaterThan(100);
    // A bitmap (an SVG image would be drawn by the page's own thread, 0.2–0.5 s for 10,000
    // partners), two pixels per unit of the drawing, whose layout is 1,000 units along its longer
    // side: about 300 dpi on A4.
    expect(seen.tag).toBe('CANVAS');
    expect(Math.max(seen.width, seen.height)).toBeGreaterThanOrEqual(2_000);
    expect(Math.min(seen.width, seen.height)).toBeGreaterThan(1_000);
    for (const [index, count] of seen.counts.entries())
      expect(count, sectors[index]).toBeGreaterThan(100);
  });

  it('saves the map as PNG painted in the export worker, not drawn again on the page', async () => {
    await districtMapAtRest();
    const before = await drawing();
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Karte als PNG', exact: true }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    const png = readFileSync(await file.path());
    // Nothing was drawn with WebGL for it (sigma's picture needs a second renderer on the page).
    expect((await drawing()).draws).toBe(before.draws);
    const picture = decodePng(png);
    // Two pixels per unit, as in the report (the layout's longer side is 1,000 units).
    expect(Math.max(picture.width, picture.height)).toBeGreaterThanOrEqual(2_000);
    expect(Math.min(picture.width, picture.height)).toBeGreaterThan(1_000);
    expect(inkShareOfPng(png)).toBeGreaterThan(0.02);
    // The sectors' colours, as on the map.
    const colours = new Set<number>();
    for (let i = 0; i < picture.data.length; i += 4)
      colours.add((picture.data[i]! << 16) | (picture.data[i + 1]! << 8) | picture.data[i + 2]!);
    const sectors = [...new Set(network.partners.map((p) => sectorColor(p.sector)))];
    for (const colour of sectors)
      expect(colours.has(parseInt(colour.slice(1), 16)), colour).toBe(true);
  });
});
