import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppPage } from './browser';
import { decodePng, findColour, findDots, pictureDifference } from './pixels';

// A touch screen as well as a mouse: the map must work with both. Every label the layout's button
// shows is noted from the start, to see it does not claim a layout at rest before one has run.
const app = useAppPage({
  hasTouch: true,
  beforeLoad: (page) =>
    page.addInitScript(() => {
      const seen: string[] = [];
      const record = window as unknown as { layoutLabels: string[]; pixelReads: number };
      record.layoutLabels = seen;
      // Reading pixels back from WebGL (sigma's way to find the partner under the pointer).
      record.pixelReads = 0;
      for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
        const read = context.prototype.readPixels as (...args: unknown[]) => void;
        context.prototype.readPixels = function (this: unknown, ...args: unknown[]) {
          record.pixelReads++;
          read.apply(this, args);
        } as never;
      }
      new MutationObserver(() => {
        const label = document.querySelector('.map-layout button')?.textContent ?? null;
        if (label !== null && label !== seen.at(-1)) seen.push(label);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    }),
});
let page: Page;

beforeEach(() => {
  page = app.page;
});

/** Vermillion, the colour of the health sector, to find the maternity clinic's dot. */
const HEALTH = '#D55E00';
const CLINIC = 'St.-Marien-Krankenhaus Auenstadt – Geburtsklinik';
const REFERENCE = resolve(__dirname, 'reference/beispielkreis-sektoren.png');
const ACTUAL = resolve(__dirname, '../../test-results/beispielkreis-sektoren.actual.png');

async function layoutAtRest() {
  await page.getByRole('button', { name: 'Anordnung fortsetzen' }).waitFor({ timeout: 20_000 });
}

/** Search the maternity clinic: the camera flies to it, so its dot is the health-coloured one in the middle. */
async function findClinic(): Promise<{ x: number; y: number }> {
  await page.getByLabel('Partner suchen').fill('geburtsklinik');
  await page.getByRole('button', { name: CLINIC }).click();
  await expect.poll(() => page.locator('.partner-panel h2').textContent()).toBe(CLINIC);
  await page.waitForTimeout(700);
  const box = await page.locator('.map-canvas').boundingBox();
  if (!box) throw new Error('map not visible');
  const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // On a busy machine the flight may not be over yet: the dot counts once it stays where it is.
  let dot = await findColour(page, '.map-canvas', HEALTH, middle, 40);
  for (let look = 0; look < 20; look++) {
    await page.waitForTimeout(150);
    const again = await findColour(page, '.map-canvas', HEALTH, middle, 40);
    const still = dot && again && Math.hypot(dot.x - again.x, dot.y - again.y) < 0.5;
    dot = again;
    if (still) break;
  }
  if (!dot) throw new Error('the clinic is not in the middle of the map');
  return dot;
}

/** With the layout at rest, the pointer on the map's lower left, where no partner is. */
async function pointAtEmptyCorner(): Promise<{ x: number; y: number }> {
  await layoutAtRest();
  const box = await page.locator('.map-canvas').boundingBox();
  if (!box) throw new Error('map not visible');
  const corner = { x: box.x + 40, y: box.y + box.height - 120 };
  await page.mouse.move(corner.x, corner.y);
  return corner;
}

/** The pointer the map shows where the mouse is (the layer that takes the pointer). */
const cursor = () =>
  page.evaluate(() => getComputedStyle(document.querySelector('.map-canvas .sigma-mouse')!).cursor);

const pinButton = () =>
  page.locator('.partner-panel').getByRole('button', { name: 'Festhalten lösen' });

describe('the layout', () => {
  it('says it runs from the first moment, and is at rest only after it ran', async () => {
    await layoutAtRest();
    const labels = await page.evaluate(
      () => (window as unknown as { layoutLabels: string[] }).layoutLabels,
    );
    expect(labels).toEqual(['Anordnung anhalten', 'Anordnung fortsetzen']);
  });

  it('once at rest, stays at rest with every partner in its place when the map is shown again', async () => {
    await layoutAtRest();
    await page.waitForTimeout(300);
    const before = await page.locator('.map-canvas').screenshot();
    const nav = page.getByRole('navigation', { name: 'Ansicht' });
    await nav.getByRole('button', { name: 'Tabelle', exact: true }).click();
    await page.locator('.partner-table').waitFor();
    await nav.getByRole('button', { name: 'Karte', exact: true }).click();
    await layoutAtRest();
    await page.waitForTimeout(1_000);
    const labels = await page.evaluate(
      () => (window as unknown as { layoutLabels: string[] }).layoutLabels,
    );
    // The layout did not run again (it would move every partner a little, each time).
    expect(labels).toEqual(['Anordnung anhalten', 'Anordnung fortsetzen']);
    const after = await page.locator('.map-canvas').screenshot();
    expect(pictureDifference(before, after)).toBeLessThan(0.01);
    // It goes on when asked.
    await page.getByRole('button', { name: 'Anordnung fortsetzen' }).click();
    await layoutAtRest();
    expect(
      await page.evaluate(() => (window as unknown as { layoutLabels: string[] }).layoutLabels),
    ).toEqual([
      'Anordnung anhalten',
      'Anordnung fortsetzen',
      'Anordnung anhalten',
      'Anordnung fortsetzen',
    ]);
  });
});

describe('the map behind another view', () => {
  const nav = () => page.getByRole('navigation', { name: 'Ansicht' });

  it('comes back as it was left: the same sigma and the view the user zoomed to', async () => {
    await layoutAtRest();
    await page.getByRole('button', { name: 'Vergrößern' }).click();
    await page.waitForTimeout(600);
    const before = await page.locator('.map-canvas').screenshot();
    const canvases = await page.evaluate(() => {
      const all = [...document.querySelectorAll('.map-canvas canvas')];
      all.forEach((canvas, index) => canvas.setAttribute('data-kept', String(index)));
      return all.length;
    });
    const box = await page.locator('.map-canvas').boundingBox();
    if (!box) throw new Error('map not visible');

    await nav().getByRole('button', { name: 'Tabelle', exact: true }).click();
    await page.locator('.partner-table').waitFor();
    // Kept, but not shown, not in the pointer's way and not offered to a screen reader.
    expect(await page.locator('.map').count()).toBe(1);
    expect(await page.locator('.map').isVisible()).toBe(false);
    expect(await page.getByRole('region', { name: /^Netzwerkkarte/ }).count()).toBe(0);
    const hit = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('.map') ?? null,
      { x: box.x + box.width / 2, y: box.y + box.height / 3 },
    );
    expect(hit).toBeNull();

    await nav().getByRole('button', { name: 'Karte', exact: true }).click();
    await layoutAtRest();
    // The same canvases (nothing made again), showing the same zoomed view.
    expect(await page.locator('.map-canvas canvas[data-kept]').count()).toBe(canvases);
    expect(await page.locator('.map-canvas canvas').count()).toBe(canvases);
    await page.waitForTimeout(300);
    const after = await page.locator('.map-canvas').screenshot();
    expect(pictureDifference(before, after)).toBeLessThan(0.01);
  });

  it('a layout still running when another view opens waits there and goes on when the map is back', async () => {
    const labels = () =>
      page.evaluate(() => [...(window as unknown as { layoutLabels: string[] }).layoutLabels]);
    // Left while it runs: looked at and clicked in one task of the page, so that the layout cannot
    // come to rest in between (on a busy machine it may rest early; then it is started again).
    let left = false;
    for (let attempt = 0; attempt < 5 && !left; attempt++) {
      // Running, or already at rest (then it is started again below).
      await page
        .getByRole('button', { name: /^Anordnung (anhalten|fortsetzen)$/ })
        .waitFor({ timeout: 20_000 });
      left = await page.evaluate(() => {
        if (document.querySelector('.map-layout button')?.textContent !== 'Anordnung anhalten')
          return false;
        const views = [...document.querySelectorAll<HTMLButtonElement>('nav button')];
        views.find((button) => button.textContent === 'Tabelle')?.click();
        return true;
      });
      if (!left) {
        const again = page.getByRole('button', { name: 'Anordnung fortsetzen' });
        if (await again.isVisible()) await again.click();
      }
    }
    expect(left).toBe(true);
    await page.locator('.partner-table').waitFor();
    // Paused behind the table: its (hidden) button offers to go on, and nothing runs meanwhile.
    expect(await page.locator('.map-layout button').textContent()).toBe('Anordnung fortsetzen');
    const away = await labels();
    await page.waitForTimeout(1_000);
    expect(await labels()).toEqual(away);
    await nav().getByRole('button', { name: 'Karte', exact: true }).click();
    await expect
      .poll(async () => (await labels()).slice(away.length), { timeout: 20_000 })
      .toEqual(['Anordnung anhalten', 'Anordnung fortsetzen']);
  });
});

describe('the map after an edit', () => {
  it('keeps its sigma, its view and its places; a new tie lets the layout go on from there', async () => {
    const labels = () =>
      page.evaluate(() => [...(window as unknown as { layoutLabels: string[] }).layoutLabels]);
    await layoutAtRest();
    await findClinic();
    const canvases = await page.evaluate(() => {
      const all = [...document.querySelectorAll('.map-canvas canvas')];
      all.forEach((canvas, index) => canvas.setAttribute('data-kept', String(index)));
      return all.length;
    });
    const before = await page.locator('.map-canvas').screenshot();
    const atRest = (await labels()).length;

    // Renamed: the same canvases, the view still on the clinic, the layout not started again.
    const form = page.getByRole('region', { name: `„${CLINIC}“ bearbeiten` });
    await form.getByLabel('Name', { exact: true }).fill('Geburtsklinik St. Marien');
    await form.getByRole('button', { name: 'Änderungen übernehmen' }).click();
    await expect
      .poll(() => page.locator('.partner-panel h2').textContent())
      .toBe('Geburtsklinik St. Marien');
    await page.waitForTimeout(500);
    expect(await page.locator('.map-canvas canvas[data-kept]').count()).toBe(canvases);
    expect(await page.locator('.map-canvas canvas').count()).toBe(canvases);
    expect(await labels()).toHaveLength(atRest);
    // Only the clinic's name differs (a new map would open on the whole network, not on it).
    const renamed = await page.locator('.map-canvas').screenshot();
    expect(pictureDifference(before, renamed)).toBeLessThan(0.02);

    // A new tie: the layout goes on from the places the partners have, on the same canvases.
    const ties = page.getByRole('region', { name: 'Kooperationen von „Geburtsklinik St. Marien“' });
    await ties.getByText('Kooperation hinzufügen', { exact: true }).first().click();
    await ties
      .getByLabel('Kooperation mit', { exact: true })
      .selectOption({ label: 'Frauenhaus Beispielkreis' });
    await ties.getByRole('button', { name: 'Kooperation hinzufügen' }).click();
    await expect
      .poll(async () => (await labels()).slice(atRest), { timeout: 25_000 })
      .toEqual(['Anordnung anhalten', 'Anordnung fortsetzen']);
    expect(await page.locator('.map-canvas canvas[data-kept]').count()).toBe(canvases);
    expect(await page.locator('.map-canvas canvas').count()).toBe(canvases);
  });
});

describe('controls over the map', () => {
  it('do not cover each other when the partner panel makes the map narrow', async () => {
    const boxes = async () =>
      Promise.all(
        ['.map-search', '.map-layout-switch'].map(async (selector) => {
          const box = await page.locator(selector).boundingBox();
          if (!box) throw new Error(`${selector} not visible`);
          return box;
        }),
      );
    const overlap = ([a, b]: { x: number; y: number; width: number; height: number }[]) =>
      a!.x < b!.x + b!.width &&
      b!.x < a!.x + a!.width &&
      a!.y < b!.y + b!.height &&
      b!.y < a!.y + a!.height;
    await layoutAtRest();
    expect(overlap(await boxes())).toBe(false);
    await findClinic();
    await page.locator('.partner-panel').waitFor();
    expect(overlap(await boxes())).toBe(false);
  });
});

describe('moving partners by hand', () => {
  it('drags a partner with the mouse; it stays pinned there, also after a reload, until let go', async () => {
    await layoutAtRest();
    const from = await findClinic();
    const to = { x: from.x - 150, y: from.y + 110 };
    await page.mouse.move(from.x, from.y);
    // Over a partner the pointer shows it can be taken; held while it is carried.
    await expect.poll(cursor).toBe('pointer');
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 15 });
    expect(await cursor()).toBe('grabbing');
    await page.mouse.up();
    expect(await cursor()).not.toBe('grabbing');

    // The dot is where it was put, and nothing of its colour is left where it was.
    await expect.poll(() => findColour(page, '.map-canvas', HEALTH, to, 12)).not.toBeNull();
    expect(await findColour(page, '.map-canvas', HEALTH, from, 6)).toBeNull();
    await expect.poll(() => pinButton().count()).toBe(1);
    expect(await pinButton().getAttribute('aria-pressed')).toBe('true');

    // Kept with the network (the autosave waits a moment), so a reload still knows the pin.
    await page.waitForTimeout(1_000);

    await page.reload();
    await page.locator('[data-analysis="done"] [data-figure="partners"] dd').waitFor();
    await page.getByLabel('Partner suchen').fill('geburtsklinik');
    await page.getByRole('button', { name: CLINIC }).click();
    await expect.poll(() => pinButton().count()).toBe(1);

    // Let go again, from the keyboard.
    await pinButton().focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page
          .locator('.partner-panel')
          .getByRole('button', { name: 'Auf der Karte festhalten' })
          .count(),
      )
      .toBe(1);
  });

  it('drags a partner with a finger', async () => {
    await layoutAtRest();
    const from = await findClinic();
    const to = { x: from.x + 120, y: from.y + 90 };
    const touch = await page.context().newCDPSession(page);
    const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', at?: { x: number; y: number }) =>
      touch.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [at] : [] });
    await send('touchStart', from);
    for (let step = 1; step <= 12; step++)
      await send('touchMove', {
        x: from.x + ((to.x - from.x) * step) / 12,
        y: from.y + ((to.y - from.y) * step) / 12,
      });
    await send('touchEnd');
    await expect.poll(() => findColour(page, '.map-canvas', HEALTH, to, 12)).not.toBeNull();
    await expect.poll(() => pinButton().count()).toBe(1);
  });

  it('finds the partner under the pointer from the dots, without reading pixels back from the graphics', async () => {
    const corner = await pointAtEmptyCorner();
    const reads = () =>
      page.evaluate(() => (window as unknown as { pixelReads: number }).pixelReads);
    const before = await reads();
    await page.mouse.down();
    await page.mouse.move(corner.x + 200, corner.y - 120, { steps: 25 });
    await page.mouse.up();
    // Once the view is still, a press on the clinic's dot takes hold of the clinic (it is carried
    // and pinned), found from the partners' dots.
    const clinic = await findClinic();
    await page.mouse.move(clinic.x, clinic.y);
    await page.mouse.down();
    await page.mouse.move(clinic.x + 40, clinic.y + 30, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => pinButton().count()).toBe(1);
    // Sigma read a pixel back at each of these steps, and waited for the graphics each time.
    expect(await reads()).toBe(before);
  });

  it('chooses a partner clicked the moment it lights up under the pointer', async () => {
    await layoutAtRest();
    await findClinic();
    const panel = page.locator('.partner-panel');
    // The click comes a few turns after the frame that followed the pointer's arrival: while React
    // styles the map anew (the clinic and its neighbours lit up) and before sigma draws it.
    for (const turns of [0, 1, 2, 3, 4, 5]) {
      await page.getByRole('button', { name: 'Schließen' }).click();
      await expect.poll(() => panel.count()).toBe(0);
      // The map widened as the panel closed; the clinic stays in its middle.
      await page.waitForTimeout(400);
      const box = await page.locator('.map-canvas').boundingBox();
      if (!box) throw new Error('map not visible');
      const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      const clinic = await findColour(page, '.map-canvas', HEALTH, middle, 40);
      if (!clinic) throw new Error('the clinic is not in the middle of the map');
      await page.evaluate(
        async ({ x, y, turns }) => {
          const layer = document.querySelector('.map-canvas .sigma-mouse')!;
          const at = { clientX: x, clientY: y, bubbles: true, button: 0 };
          layer.dispatchEvent(new MouseEvent('mousemove', at));
          await new Promise((resolve) => requestAnimationFrame(resolve));
          for (let turn = 0; turn < turns; turn++)
            await new Promise((resolve) => setTimeout(resolve, 0));
          layer.dispatchEvent(new MouseEvent('mousedown', at));
          layer.dispatchEvent(new MouseEvent('mouseup', at));
          layer.dispatchEvent(new MouseEvent('click', at));
        },
        { ...clinic, turns },
      );
      await expect.poll(() => panel.locator('h2').count(), { message: `${turns} turns` }).toBe(1);
      expect(await panel.locator('h2').textContent()).toBe(CLINIC);
      // The pointer leaves for the next round.
      await page.mouse.move(box.x + 20, box.y + box.height - 20);
    }
  });

  it('a drag on empty ground moves the view, not a partner', async () => {
    const corner = await pointAtEmptyCorner();
    expect(await cursor()).toBe('auto');
    await page.mouse.down();
    await page.mouse.move(corner.x + 100, corner.y - 60, { steps: 8 });
    await page.mouse.up();
    await page.getByLabel('Partner suchen').fill('geburtsklinik');
    await page.getByRole('button', { name: CLINIC }).click();
    await expect
      .poll(() =>
        page
          .locator('.partner-panel')
          .getByRole('button', { name: 'Auf der Karte festhalten' })
          .count(),
      )
      .toBe(1);
  });
});

describe('the map from the keyboard', () => {
  it('is one key press away: the first Tab offers a jump past the header and the sidebar', async () => {
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Zur Ansicht springen' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.getElementById('stage')?.contains(document.activeElement)),
    ).toBe(true);
  });

  it('takes focus and moves, zooms and fits the view with keys', async () => {
    await layoutAtRest();
    const map = page.getByRole('group', { name: /Kartenausschnitt: Pfeiltasten/ });
    await map.focus();
    expect(await map.evaluate((element) => element === document.activeElement)).toBe(true);
    const shot = () => page.locator('.map-canvas').screenshot();
    const whole = await shot();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('+');
    await page.waitForTimeout(400);
    expect(pictureDifference(whole, await shot())).toBeGreaterThan(0.05);
    await page.keyboard.press('0');
    await page.waitForTimeout(400);
    expect(pictureDifference(whole, await shot())).toBeLessThan(0.01);
  });
});

describe('the sector layout', () => {
  it('puts every partner in its sector’s slice', async () => {
    await page.locator('[data-analysis="done"] [data-figure="density"] dd').waitFor();
    await layoutAtRest();
    await page.getByRole('button', { name: 'Nach Sektoren' }).click();
    await page.locator('.sector-overlay').waitFor();
    await page.waitForTimeout(1_500);
    const overlay = page.locator('.sector-overlay');
    const frame = await overlay.evaluate((svg) => {
      const circle = svg.querySelector('circle');
      const number = (element: Element | null | undefined, name: string) =>
        Number(element?.getAttribute(name));
      return {
        cx: number(circle, 'cx'),
        cy: number(circle, 'cy'),
        r: number(circle, 'r'),
        slices: [...svg.querySelectorAll('g')].map((g) => ({
          colour: g.querySelector('text')?.getAttribute('fill') ?? '',
          x: number(g.querySelector('line'), 'x2'),
          y: number(g.querySelector('line'), 'y2'),
        })),
      };
    });
    expect(frame.slices).toHaveLength(8);
    const png = await page.locator('.map-canvas').screenshot();
    const box = await overlay.boundingBox();
    const canvas = await page.locator('.map-canvas').boundingBox();
    if (!box || !canvas) throw new Error('map not visible');
    // The overlay's coordinates, moved into the screenshot's.
    const dx = box.x - canvas.x;
    const dy = box.y - canvas.y;
    const cx = frame.cx + dx;
    const cy = frame.cy + dy;
    const turn = 2 * Math.PI;
    const angleOf = (x: number, y: number) => (Math.atan2(cy - y, x - cx) + turn) % turn;
    const slices = frame.slices.map((slice, i) => {
      const next = frame.slices[(i + 1) % frame.slices.length] ?? slice;
      const start = angleOf(slice.x + dx, slice.y + dy);
      const end = angleOf(next.x + dx, next.y + dy);
      return { colour: slice.colour, start, span: (end - start + turn) % turn || turn };
    });
    const tally = slices.map((slice) => ({ colour: slice.colour, inside: 0, outside: 0 }));
    const dots = findDots(
      decodePng(png),
      slices.map((slice) => slice.colour),
    ).filter((dot) => Math.hypot(dot.x - cx, dot.y - cy) <= frame.r);
    for (const dot of dots) {
      const index = slices.findIndex((slice) => slice.colour === dot.colour);
      const slice = slices[index];
      const entry = tally[index];
      if (!slice || !entry) continue;
      if ((angleOf(dot.x, dot.y) - slice.start + turn) % turn <= slice.span) entry.inside++;
      else entry.outside++;
    }
    // Every sector of the sample has partners, and every dot found lies in its own slice.
    for (const { colour, inside, outside } of tally) {
      expect(inside, `dots of ${colour}`).toBeGreaterThan(0);
      expect(outside, `dots of ${colour} outside their slice`).toBe(0);
    }
    expect(tally.reduce((sum, { inside }) => sum + inside, 0)).toBeGreaterThan(35);
  });
});

describe('the picture of the sample network', () => {
  it('in the sector layout matches the stored picture', async () => {
    await page.locator('[data-analysis="done"] [data-figure="density"] dd').waitFor();
    await layoutAtRest();
    const force = await page.locator('.map-canvas').screenshot();
    await page.getByRole('button', { name: 'Nach Sektoren' }).click();
    await page.locator('.sector-overlay').waitFor();
    // The partners glide into their slices (0.6 s), then the camera steps back (0.3 s).
    await page.waitForTimeout(1_500);
    const sectors = await page.locator('.map-canvas').screenshot();
    const reference = readFileSync(REFERENCE);
    const difference = pictureDifference(sectors, reference);
    // The picture taken is left beside the reference for a person to look at; the test never
    // writes the reference itself. After a deliberate change of the map's look, look at it and
    // copy it over the reference by hand.
    if (difference >= 0.04) {
      mkdirSync(dirname(ACTUAL), { recursive: true });
      writeFileSync(ACTUAL, sectors);
    }
    // Measured on the same machine: 0 for two runs; about 0.15 against the force layout.
    expect(difference, `picture taken: ${ACTUAL}`).toBeLessThan(0.04);
    expect(pictureDifference(force, reference)).toBeGreaterThan(0.08);
  });
});
