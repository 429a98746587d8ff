import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordErrors, useAppPage } from './browser';

const app = useAppPage({ viewport: { width: 1366, height: 768 } });
let page: Page;

beforeEach(() => {
  page = app.page;
});

/** The window sizes of an office laptop, a desktop screen and a small window. */
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 800, height: 600 },
];

const VIEWS = [
  'Karte',
  'Tabelle',
  'Matrix',
  'Analyse',
  'Lücken',
  'Doppelstrukturen',
  'Vergleich',
  'Befragung',
  'Bericht & Export',
];

/** The smallest map that still shows a network: narrower or lower and the controls crowd it. */
const SMALLEST_MAP = { width: 320, height: 240 };

const CLINIC = 'Babylotsen am St.-Marien-Krankenhaus';

const nav = () => page.getByRole('navigation', { name: 'Ansicht' });

async function show(view: string) {
  await nav().getByRole('button', { name: view, exact: true }).click();
  if (view === 'Karte') await page.locator('.map-canvas').waitFor();
  else await page.locator('#stage .view-pane').first().waitFor();
}

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of the elements shown for these selectors, named by selector (and text). */
function boxes(selectors: string[]): Promise<Box[]> {
  return page.evaluate((wanted) => {
    const found: Box[] = [];
    for (const selector of wanted)
      for (const element of document.querySelectorAll(selector)) {
        const { x, y, width, height } = element.getBoundingClientRect();
        if (width > 0 && height > 0)
          found.push({
            name: `${selector} ${element.textContent?.slice(0, 30) ?? ''}`,
            x,
            y,
            width,
            height,
          });
      }
    return found;
  }, selectors);
}

function overlapping(a: Box[], b: Box[] = a): string[] {
  const meet = (p: Box, q: Box) =>
    p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
  const pairs: string[] = [];
  for (const [i, p] of a.entries())
    for (const [j, q] of b.entries())
      if ((a !== b || i < j) && meet(p, q)) pairs.push(`${p.name} × ${q.name}`);
  return pairs;
}

/** The page itself: scrolled by nothing, and no longer than the window. */
async function pageStill(where: string) {
  const page_ = await page.evaluate(() => {
    const root = document.scrollingElement!;
    return {
      top: root.scrollTop,
      left: root.scrollLeft,
      overflow: root.scrollHeight - root.clientHeight,
    };
  });
  expect(page_, `the page itself at ${where}`).toEqual({ top: 0, left: 0, overflow: 0 });
}

/** Scrolls the sidebar (and the view) to their ends with the wheel, and on past them. */
async function scrollToTheEnds(where: string) {
  for (const selector of ['.sidebar', '#stage .view-pane']) {
    const area = page.locator(selector).first();
    if ((await area.count()) === 0) continue;
    const box = await area.boundingBox();
    if (!box) continue;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let turn = 0; turn < 4; turn++) await page.mouse.wheel(0, 4_000);
    await expect
      .poll(() => area.evaluate((e) => e.scrollTop + e.clientHeight >= e.scrollHeight - 1))
      .toBe(true);
    await pageStill(`${where}, ${selector} scrolled to its end`);
    await area.evaluate((e) => e.scrollTo(0, 0));
  }
}

/** Tabs from the partner panel's first button through it and on, as a keyboard user would. */
async function tabThroughThePanel(where: string) {
  await page.locator('.partner-panel button').first().focus();
  for (let step = 0; step < 12; step++) await page.keyboard.press('Tab');
  await pageStill(`${where}, tabbing through the partner panel`);
}

/** On the map: the map keeps its size, and legend, controls and panel keep clear of each other. */
async function mapHoldsTogether(where: string) {
  const map = (await boxes(['.map-canvas']))[0]!;
  expect(map.width, `map width at ${where}`).toBeGreaterThanOrEqual(SMALLEST_MAP.width);
  expect(map.height, `map height at ${where}`).toBeGreaterThanOrEqual(SMALLEST_MAP.height);
  const overlays = await boxes([
    '.legend',
    '.map-search',
    '.map-layout-switch',
    '.map-export',
    '.map-layout',
    '.map-controls',
    '.partner-panel',
  ]);
  expect(overlapping(overlays), `overlays at ${where}`).toEqual([]);
  // Every control lies within the map (none is cut off by the panel or the window).
  for (const control of overlays.filter((o) => o.name.startsWith('.map-')))
    expect(
      control.x >= map.x &&
        control.y >= map.y &&
        control.x + control.width <= map.x + map.width + 1 &&
        control.y + control.height <= map.y + map.height + 1,
      `${control.name} within the map at ${where}`,
    ).toBe(true);
}

/** The sector layout: the names at the rim stay clear of the controls. */
async function sectorNamesClear(where: string) {
  await page.getByRole('button', { name: 'Nach Sektoren' }).click();
  await expect.poll(() => page.locator('.sector-overlay text').count()).toBe(8);
  // The camera steps back once the partners are in their slices.
  await page.waitForTimeout(1_200);
  const names = await boxes(['.sector-overlay text']);
  const controls = await boxes([
    '.map-search',
    '.map-layout-switch',
    '.map-export',
    '.map-controls',
  ]);
  expect(overlapping(names, controls), `sector names under controls at ${where}`).toEqual([]);
  await page.getByRole('button', { name: 'Nach Zusammenarbeit' }).click();
  await expect.poll(() => page.locator('.sector-overlay').count()).toBe(0);
}

describe('the screen holds together', () => {
  it('tours every view at 1366×768, 1920×1080 and 800×600, with and without the partner panel: the page never scrolls, nothing covers anything, no error', async () => {
    await page.getByRole('button', { name: 'Anordnung fortsetzen' }).waitFor({ timeout: 30_000 });
    // A Stand, then a partner moved to another town: the comparison has something to list.
    await show('Vergleich');
    await page.getByRole('button', { name: 'Stand festhalten' }).click();
    await show('Karte');
    await page.getByLabel('Partner suchen').fill(CLINIC.slice(0, 14));
    await page.getByRole('button', { name: CLINIC, exact: true }).click();
    const form = page.getByRole('region', { name: `„${CLINIC}“ bearbeiten` });
    await form.getByLabel('Kommune', { exact: true }).fill('Bergdorf');
    await form.getByRole('button', { name: 'Änderungen übernehmen' }).click();
    await show('Vergleich');
    await page
      .getByRole('button', { name: /mit aktuellem Netzwerk vergleichen/ })
      .first()
      .click();
    const changed = page.getByRole('table', { name: 'Geänderte Angaben' });
    await expect
      .poll(() => changed.getByRole('row').nth(1).textContent())
      .toBe(`${CLINIC}KommuneAuenstadtBergdorf`);
    await page.locator('.partner-panel').getByRole('button', { name: 'Schließen' }).click();

    for (const panel of [false, true]) {
      if (panel) {
        await show('Karte');
        await page.getByLabel('Partner suchen').fill(CLINIC.slice(0, 14));
        await page.getByRole('button', { name: CLINIC, exact: true }).click();
        await page.locator('.partner-panel').waitFor();
      }
      for (const size of SIZES) {
        await page.setViewportSize(size);
        const at = `${size.width}×${size.height}${panel ? ' with the partner panel' : ''}`;
        for (const view of VIEWS) {
          await show(view);
          await pageStill(`${view} at ${at}`);
          await scrollToTheEnds(`${view} at ${at}`);
          if (view === 'Karte') {
            await mapHoldsTogether(at);
            await sectorNamesClear(at);
          }
          if (view === 'Vergleich') {
            // The comparison's tables have the view's width: nothing of them is cut off.
            const pane = page.locator('#stage .view-pane');
            expect(
              await pane.evaluate((e) => e.scrollWidth <= e.clientWidth),
              `the comparison's width at ${at}`,
            ).toBe(true);
            await changed.waitFor();
          }
        }
        if (panel) await tabThroughThePanel(at);
      }
      await page.setViewportSize(SIZES[0]!);
    }
  });
});

describe('a first visit', () => {
  it('opens with a short orientation, once, and the help button brings it back', async () => {
    const context = await app.browser.newContext({ viewport: SIZES[0] });
    const visit = await context.newPage();
    const errors = recordErrors(visit);
    await visit.goto(page.url());
    const orientation = visit.getByRole('dialog', { name: 'Willkommen bei der Netzwerkkarte' });
    await orientation.waitFor();
    const text = (await orientation.textContent()) ?? '';
    for (const point of ['Karte', 'Daten importieren', 'Browser', 'Bericht & Export'])
      expect(text).toContain(point);
    // Focus is in the dialog, and Escape closes it.
    expect(
      await visit.evaluate(() => document.activeElement?.closest('dialog')?.id ?? 'outside'),
    ).not.toBe('outside');
    await visit.keyboard.press('Escape');
    await orientation.waitFor({ state: 'hidden' });

    // Remembered: a second visit goes straight to the map.
    await visit.reload();
    await visit.locator('[data-analysis="done"] [data-figure="partners"] dd').waitFor();
    expect(await orientation.isVisible()).toBe(false);

    const help = visit.getByRole('button', { name: 'Kurze Einführung' });
    await help.click();
    await orientation.waitFor();
    await orientation.getByRole('button', { name: 'Los geht’s' }).click();
    await orientation.waitFor({ state: 'hidden' });
    expect(await visit.evaluate(() => document.activeElement?.textContent)).toBe(
      'Kurze Einführung',
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
