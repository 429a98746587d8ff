import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { generateNetwork } from '../../src/core/generate/generate-network';
import { writeLists } from '../support/lists';
import { launchChromium } from '../support/chromium';
import { closeOrientation } from '../support/orientation';
import { hotspots, type CpuProfile } from './hotspots';

/**
 * Browser figures on the built app (expects `dist/`, builds nothing): time from navigation to the
 * sample map's first drawn frame, and for a generated district of 10,000 partners imported through
 * the import dialog the time to its first map, to its key figures (those without paths, and with
 * the whole analysis done) and to a settled layout, with the longest main-thread tasks of each
 * phase and where the main thread spent its time.
 * Before that, the sample's first map in fresh browsers, in both ways of compositing the page.
 * Run: npx tsx tests/perf/browser-perf.ts [partners] (SAMPLE_RUNS=n browsers for the sample, 7)
 */
const PARTNERS = Number(process.argv[2] ?? 10_000);
const root = resolve(import.meta.dirname, '../..');

interface PerfRecord {
  longTasks: { start: number; duration: number }[];
  /** performance.now() two animation frames after each new map canvas: its first drawn frame. */
  mapFrames: number[];
  /**
   * performance.now() at the frame after the import's review (its "Übernehmen" button) came into
   * the page: Playwright, polling, notices it up to half a second later.
   */
  reviewFrames: number[];
  /**
   * Every click on the page: when the browser took it in (`event.timeStamp`), when the page's
   * first listener ran, and the next animation frame after it (the page shown again).
   */
  clicks: { at: number; handled: number; frame?: number }[];
}
interface PerfWindow {
  netzwerkkartePerf: PerfRecord;
}

/** Resolves once the key figures under `section` count the generated district's partners. */
function partnersCounted(page: Page, section: string) {
  return page.waitForFunction(
    ({ selector, count }) =>
      document.querySelector(selector)?.textContent?.replace(/\D/g, '') === String(count),
    { selector: `${section} [data-figure="partners"] dd`, count: PARTNERS },
    { timeout: 120_000, polling: 100 },
  );
}

/** Runs in the page before its own scripts. */
function recordInPage(): void {
  const record: PerfRecord = { longTasks: [], mapFrames: [], reviewFrames: [], clicks: [] };
  document.addEventListener(
    'click',
    (event) => {
      const click: PerfRecord['clicks'][number] = {
        at: event.timeStamp,
        handled: performance.now(),
      };
      record.clicks.push(click);
      requestAnimationFrame(() => {
        click.frame = performance.now();
      });
    },
    true,
  );
  let reviewShown = false;
  (window as unknown as PerfWindow).netzwerkkartePerf = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      record.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((mutations) => {
    const review = [...document.querySelectorAll('dialog button')].some(
      (button) => button.textContent === 'Übernehmen',
    );
    if (review && !reviewShown)
      requestAnimationFrame(() => record.reviewFrames.push(performance.now()));
    reviewShown = review;
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) continue;
        const canvases =
          node instanceof HTMLCanvasElement ? [node] : [...node.querySelectorAll('canvas')];
        if (!canvases.some((canvas) => canvas.closest('.map-canvas'))) continue;
        requestAnimationFrame(() =>
          requestAnimationFrame(() => record.mapFrames.push(performance.now())),
        );
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

const now = (page: Page) => page.evaluate(() => performance.now());
const perfRecord = (page: Page) =>
  page.evaluate(() => (window as unknown as PerfWindow).netzwerkkartePerf);

async function firstFrameAfter(
  page: Page,
  frames: 'mapFrames' | 'reviewFrames',
  after: number,
): Promise<number> {
  const handle = await page.waitForFunction(
    ({ since, kind }) =>
      (window as unknown as PerfWindow).netzwerkkartePerf[kind].find((time) => time > since),
    { since: after, kind: frames },
    { timeout: 120_000, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

const firstMapFrameAfter = (page: Page, after: number) => firstFrameAfter(page, 'mapFrames', after);

/**
 * Zooms in with the wheel, drags the map by its empty ground and zooms out again on the settled
 * map, and measures the time between the frames the page draws meanwhile (a large map moves its
 * last picture while the view moves and is drawn anew once it is still).
 */
async function panAndZoom(
  page: Page,
): Promise<{ median: number; p95: number; from: number; to: number; ground: boolean }> {
  const box = await page.locator('.map-canvas').boundingBox();
  if (!box) throw new Error('browser-perf: the map is not visible.');
  const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const from = await page.evaluate(() => {
    const record = window as unknown as {
      frameTimes: number[];
      framesStop: boolean;
      nextFrame: (time: number) => void;
    };
    record.frameTimes = [];
    record.framesStop = false;
    // A property, not a named function: the bundler running this script would add a helper the
    // page does not have.
    record.nextFrame = (time) => {
      record.frameTimes.push(time);
      if (!record.framesStop) requestAnimationFrame(record.nextFrame);
    };
    requestAnimationFrame(record.nextFrame);
    return performance.now();
  });
  await page.mouse.move(middle.x, middle.y);
  for (let i = 0; i < 8; i++) {
    await page.mouse.wheel(0, -150);
    await page.waitForTimeout(60);
  }
  // Ground to take hold of, not a partner (which would be carried instead of the view): the map
  // shows the `pointer` cursor over a partner. The frames while looking for it are not counted.
  const lookFrom = await page.evaluate(() => performance.now());
  const ground = await groundUnderPointer(page, box);
  const lookTo = await page.evaluate(() => performance.now());
  const start = ground ?? middle;
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 250, start.y + 120, { steps: 25 });
  await page.mouse.up();
  for (let i = 0; i < 8; i++) {
    await page.mouse.wheel(0, 150);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(500);
  const frames = await page.evaluate(() => {
    const record = window as unknown as { frameTimes: number[]; framesStop: boolean };
    record.framesStop = true;
    return record.frameTimes;
  });
  const to = frames.at(-1) ?? from;
  const gaps = frames
    .slice(1)
    .flatMap((time, i) => (time > lookFrom && frames[i]! < lookTo ? [] : [time - frames[i]!]))
    .sort((a, b) => a - b);
  const at = (share: number) =>
    gaps[Math.min(gaps.length - 1, Math.floor(share * gaps.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), from, to, ground: ground !== null };
}

/**
 * A spot of the map with no partner under it, looked for in rings around the middle by moving the
 * pointer there: the map shows the `pointer` cursor over a partner. Null if none was found.
 */
async function groundUnderPointer(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
): Promise<{ x: number; y: number } | null> {
  const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  for (let ring = 0; ring <= 6; ring++) {
    const steps = Math.max(1, ring * 8);
    for (let step = 0; step < steps; step++) {
      const angle = (2 * Math.PI * step) / steps;
      const spot = {
        x: middle.x + ring * 30 * Math.cos(angle),
        y: middle.y + ring * 30 * Math.sin(angle),
      };
      await page.mouse.move(spot.x, spot.y);
      const cursor = await page.evaluate(
        () =>
          new Promise<string>((resolve) =>
            requestAnimationFrame(() =>
              resolve(getComputedStyle(document.querySelector('.map-canvas .sigma-mouse')!).cursor),
            ),
          ),
      );
      if (cursor !== 'pointer') return spot;
    }
  }
  return null;
}

/**
 * In the table, chooses a partner (its panel opens); then saves each export file of the network
 * from "Bericht & Export". Ends on the map.
 */
async function useTableAndExports(
  page: Page,
): Promise<{ action: string; from: number; to: number }[]> {
  const done: { action: string; from: number; to: number }[] = [];
  const nav = page.getByRole('navigation', { name: 'Ansicht' });
  const measure = async (action: string, act: () => Promise<unknown>) => {
    const from = await now(page);
    await act();
    await page.waitForTimeout(1_500);
    done.push({ action, from, to: await now(page) });
  };
  await nav.getByRole('button', { name: 'Tabelle', exact: true }).click();
  await measure('choose a partner in the table', () =>
    page.locator('.partner-table tbody th button').nth(3).click(),
  );
  await nav.getByRole('button', { name: 'Bericht & Export', exact: true }).click();
  await page
    .getByRole('button', { name: 'Partner mit allen Maßen (CSV)' })
    .and(page.locator(':enabled'))
    .waitFor({ timeout: 120_000 });
  for (const file of [
    'Partnerliste (CSV)',
    'Alle Tabellen (Excel, XLSX)',
    'Netzwerk für Gephi (GEXF)',
    'Netzwerk als GraphML',
    'Netzwerk als JSON',
  ]) {
    await measure(`save "${file}"`, async () => {
      const download = page.waitForEvent('download', { timeout: 120_000 });
      await page.getByRole('button', { name: file, exact: true }).click();
      await download;
    });
  }
  await measure('back to the map', () =>
    nav.getByRole('button', { name: 'Karte', exact: true }).click(),
  );
  return done;
}

/**
 * On the map, renames the partner whose panel is open, as a user does in its form: whether the map
 * was made anew (new canvases), whether the layout ran again, and how long until the map is at rest
 * once more.
 */
async function renameOnMap(page: Page): Promise<{
  from: number;
  to: number;
  newCanvases: number;
  layoutRan: boolean;
}> {
  const name = (await page.locator('.partner-panel h2').textContent()) ?? '';
  const form = page.getByRole('region', { name: `„${name}“ bearbeiten` });
  await form.getByLabel('Name', { exact: true }).fill(`${name} (umbenannt)`);
  const frames = (await perfRecord(page)).mapFrames.length;
  await page.evaluate(() => {
    const record = window as unknown as { layoutRan: boolean };
    record.layoutRan = false;
    new MutationObserver(() => {
      if (document.querySelector('.map-layout button')?.textContent === 'Anordnung anhalten')
        record.layoutRan = true;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const from = await now(page);
  await form.getByRole('button', { name: 'Änderungen übernehmen' }).click();
  await page.waitForFunction(
    (renamed) => document.querySelector('.partner-panel h2')?.textContent === renamed,
    `${name} (umbenannt)`,
    { timeout: 60_000, polling: 50 },
  );
  await page.waitForTimeout(3_000);
  await page.getByRole('button', { name: 'Anordnung fortsetzen' }).waitFor({ timeout: 120_000 });
  const to = await now(page);
  return {
    from,
    to,
    newCanvases: (await perfRecord(page)).mapFrames.length - frames,
    layoutRan: await page.evaluate(() => (window as unknown as { layoutRan: boolean }).layoutRan),
  };
}

/**
 * Clicks "Daten importieren" and closes its dialog again with Escape, every 2.5 s until `done()`,
 * while the map is built, laid out and analysed: the mouse is pressed where the button is (no
 * waiting for the page to be still, as a user does not wait), and the page's click record says
 * when each click was taken in and when the page showed it.
 */
async function clickMeanwhile(page: Page, done: () => boolean): Promise<void> {
  const button = page.getByRole('button', { name: 'Daten importieren' });
  const open = page.locator('dialog[open]');
  // The import's own dialog closes first: a click meanwhile would land on its backdrop.
  await open.waitFor({ state: 'detached', timeout: 180_000 });
  while (!done()) {
    const box = await button.boundingBox();
    if (box) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await open.waitFor({ timeout: 180_000 });
      await page.keyboard.press('Escape');
      await open.waitFor({ state: 'detached', timeout: 180_000 });
    }
    await page.waitForTimeout(2_500);
  }
}

/** How clicks in [from, to) were answered: the largest delays to the listener and to the next frame. */
function answered(clicks: PerfRecord['clicks'], from: number, to: number): [string, string] {
  const inside = clicks.filter((click) => click.at >= from && click.at < to);
  if (inside.length === 0) return ['', 'no click'];
  const handler = Math.max(...inside.map((click) => click.handled - click.at));
  const frame = Math.max(...inside.map((click) => (click.frame ?? to) - click.at));
  return [
    `${handler.toFixed(0)} ms`,
    `${inside.length} clicks; to the next frame at most ${frame.toFixed(0)} ms`,
  ];
}

/** Opens each view beside the map once, on the analysed network, and ends on the map again. */
async function openViews(page: Page): Promise<{ view: string; from: number; to: number }[]> {
  const opened: { view: string; from: number; to: number }[] = [];
  const nav = page.getByRole('navigation', { name: 'Ansicht' });
  for (const view of [
    'Tabelle',
    'Matrix',
    'Analyse',
    'Lücken',
    'Doppelstrukturen',
    'Bericht & Export',
    'Karte',
  ]) {
    const from = await now(page);
    await nav.getByRole('button', { name: view, exact: true }).click();
    await page.waitForTimeout(2_000);
    opened.push({ view, from, to: await now(page) });
  }
  return opened;
}

/**
 * The sample's first map frame after navigation in `runs` fresh browsers each, with both ways of
 * drawing the page: `software` (`--disable-gpu`: the page is composited without the graphics
 * process, which then only draws WebGL) and `gpu` (the graphics process, a software rasteriser
 * here, composites the page too; the first WebGL context then waits for it, 50–500 ms).
 */
async function sampleFirstMaps(
  address: string,
  runs: number,
): Promise<{ compositing: string; times: number[] }[]> {
  const series: { compositing: string; times: number[] }[] = [];
  for (const compositing of ['software', 'gpu'] as const) {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const fresh = await launchChromium({ compositing });
      try {
        const page = await fresh.newPage({ viewport: { width: 1280, height: 800 } });
        await page.addInitScript(recordInPage);
        await page.goto(address);
        times.push(await firstMapFrameAfter(page, 0));
      } finally {
        await fresh.close();
      }
    }
    series.push({ compositing, times: times.sort((a, b) => a - b) });
  }
  return series;
}

function longest(tasks: PerfRecord['longTasks'], from: number, to: number): string {
  const inside = tasks.filter((task) => task.start >= from && task.start < to);
  if (inside.length === 0) return 'none';
  const top = Math.max(...inside.map((task) => task.duration));
  return `${inside.length} tasks, longest ${top.toFixed(0)} ms`;
}

const server = await preview({
  root,
  logLevel: 'silent',
  preview: { port: 0, host: '127.0.0.1', open: false },
});
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('browser-perf: the preview server did not report its address.');
const sampleSeries = await sampleFirstMaps(url, Number(process.env.SAMPLE_RUNS ?? 7));
const browser = await launchChromium({
  compositing: process.env.COMPOSITING === 'software' ? 'software' : 'gpu',
});
const { files, remove } = writeLists(generateNetwork({ partners: PARTNERS, seed: 1 }), 'perf');
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  await page.addInitScript(recordInPage);
  // A network of 50,000 partners drawn without graphics hardware takes seconds a frame: the
  // script's own waits for a still page take that long.
  page.setDefaultTimeout(PARTNERS > 20_000 ? 180_000 : 30_000);
  await page.goto(url);
  const sampleMap = await firstMapFrameAfter(page, 0);
  await page.locator('[data-analysis="done"] [data-figure="partners"] dd').waitFor();
  await closeOrientation(page);
  await page.getByRole('button', { name: 'Anordnung fortsetzen' }).waitFor({ timeout: 60_000 });
  const sampleSettled = await now(page);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await page.getByRole('button', { name: 'Daten importieren' }).click();
  const chosen = await now(page);
  await page.getByLabel('Dateien auswählen').setInputFiles(files);
  const importButton = page.getByRole('button', { name: 'Importieren', exact: true });
  await importButton.waitFor();
  const reading = await now(page);
  await importButton.click();
  const apply = page.getByRole('button', { name: 'Übernehmen' });
  await apply.waitFor({ timeout: 120_000 });
  const reviewed = await firstFrameAfter(page, 'reviewFrames', reading);
  // Taken before the click: React may build and draw the new map before a later evaluate runs.
  const applied = await now(page);
  await apply.click();
  let analysing = true;
  const probing = clickMeanwhile(page, () => !analysing);
  // The key figures that need no shortest path come first, while the analysis goes on.
  const earlyFigures = partnersCounted(page, '.key-figures').then(() => now(page));
  const importedMap = await firstMapFrameAfter(page, applied);
  // A large network's map shows its partners first and says so while its ties are added.
  await page.locator('.map-building').waitFor({ state: 'detached', timeout: 120_000 });
  const completeMap = await now(page);
  await partnersCounted(page, '.key-figures[data-analysis="done"]');
  const analysed = await now(page);
  const early = await earlyFigures;
  analysing = false;
  await probing;
  await page.getByRole('button', { name: 'Anordnung fortsetzen' }).waitFor({ timeout: 120_000 });
  const settled = await now(page);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const panZoom = await panAndZoom(page);
  // Right after the gesture: the map stays mounted behind the other views, so leaving it does not
  // wait for the rasteriser to finish its frames.
  const views = await openViews(page);
  const actions = await useTableAndExports(page);
  const rename = await renameOnMap(page);
  const { longTasks, clicks } = await perfRecord(page);

  const rows: [string, string, string][] = [
    [
      'sample: navigation → first map frame',
      `${sampleMap.toFixed(0)} ms`,
      longest(longTasks, 0, sampleMap),
    ],
    [
      'sample: map frame → layout settled',
      `${(sampleSettled - sampleMap).toFixed(0)} ms`,
      longest(longTasks, sampleMap, sampleSettled),
    ],
    [
      `${PARTNERS} partners: choose files (previews)`,
      `${(reading - chosen).toFixed(0)} ms`,
      longest(longTasks, chosen, reading),
    ],
    [
      '"Importieren" → review shown (read and checked in the worker)',
      `${(reviewed - reading).toFixed(0)} ms`,
      longest(longTasks, reading, reviewed),
    ],
    [
      '"Übernehmen" → first map frame',
      `${(importedMap - applied).toFixed(0)} ms`,
      longest(longTasks, applied, importedMap),
    ],
    [
      '"Übernehmen" → map with all ties',
      `${(completeMap - applied).toFixed(0)} ms`,
      longest(longTasks, importedMap, completeMap),
    ],
    [
      '"Importieren" → first map frame',
      `${(importedMap - reading - (applied - reviewed)).toFixed(0)} ms`,
      '(the review step itself not counted)',
    ],
    [
      'first map frame → key figures without paths (shown while the analysis goes on)',
      `${(early - importedMap).toFixed(0)} ms`,
      '',
    ],
    [
      'first map frame → whole analysis (its progress gone from the key figures)',
      `${(analysed - importedMap).toFixed(0)} ms`,
      longest(longTasks, importedMap, analysed),
    ],
    [
      'clicks while the map is built, laid out and analysed: click → first listener (largest)',
      ...answered(clicks, applied, analysed),
    ],
    [
      'whole analysis → layout settled',
      `${(settled - analysed).toFixed(0)} ms`,
      longest(longTasks, analysed, settled),
    ],
    [
      `pan and zoom${panZoom.ground ? '' : ' (no spot without a partner found: dragged from the middle)'}: time between frames (median, 95th percentile)`,
      `${panZoom.median.toFixed(0)}, ${panZoom.p95.toFixed(0)} ms`,
      longest(longTasks, panZoom.from, panZoom.to),
    ],
    ...views.map(({ view, from, to }): [string, string, string] => [
      `open the view "${view}" (within 2 s)`,
      '',
      longest(longTasks, from, to),
    ]),
    ...actions.map(({ action, from, to }): [string, string, string] => [
      action,
      '',
      longest(longTasks, from, to),
    ]),
    [
      `rename the partner in its panel on the map: map made anew ${rename.newCanvases > 0 ? 'yes' : 'no'}, layout ran again ${rename.layoutRan ? 'yes' : 'no'}; click → map at rest`,
      `${(rename.to - rename.from).toFixed(0)} ms`,
      longest(longTasks, rename.from, rename.to),
    ],
  ];
  for (const { compositing, times } of [...sampleSeries].reverse())
    rows.unshift([
      `sample, ${times.length} fresh browsers (${compositing} compositing): first map frame, median (fastest–slowest)`,
      `${times[times.length >> 1]!.toFixed(0)} ms`,
      `(${times[0]!.toFixed(0)}–${times.at(-1)!.toFixed(0)} ms; within 1 s: ${times.filter((time) => time < 1_000).length} of ${times.length})`,
    ]);
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(
    `\n${'phase'.padEnd(width)}  ${'time'.padStart(9)}  main-thread long tasks (> 50 ms)`,
  );
  for (const [name, time, tasks] of rows)
    console.log(`${name.padEnd(width)}  ${time.padStart(9)}  ${tasks}`);
  const worst = [...longTasks]
    .filter((task) => task.start >= chosen)
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 5);
  console.log(
    `\nlongest tasks from choosing the files on: ${worst.map((task) => `${task.duration.toFixed(0)} ms at ${(task.start - chosen).toFixed(0)} ms`).join(', ')}`,
  );
  console.log('\nmain thread from choosing the files to a settled layout, by self time:');
  const bundle = (script: string) =>
    readFileSync(join(root, 'dist/assets', basename(new URL(script).pathname)), 'utf8');
  for (const spot of hotspots(profile, bundle, 12))
    console.log(`${spot.ms.toFixed(0).padStart(7)} ms  ${spot.where}  ${spot.code}`);
} finally {
  await browser.close();
  await server.close();
  remove();
}
