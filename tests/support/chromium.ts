import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Headless Chromium for the browser tests and the performance script (no vitest in here): flags so
 * that it makes no connection of its own and draws WebGL through the software rasteriser.
 */
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/**
 * The browser, looked for in this order: $CHROMIUM_PATH, Debian's chromium, and the Chromium shipped
 * inside the @sparticuz/chromium npm package (so that `npm install && npm test` works on a machine
 * with nothing else installed).
 */
export async function findChromium(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const bundled = (await import('@sparticuz/chromium')).default;
  return bundled.executablePath();
}

/**
 * `compositing: 'gpu'` keeps the GPU process (still the software rasteriser, there is no GPU
 * here) compositing the page, as on a computer with a graphics chip. With `--disable-gpu` the page
 * itself waits for every WebGL frame to be read back — seconds for a big map — which no
 * office laptop does; the performance script measures the main thread without that.
 */
export async function launchChromium(
  options: { compositing?: 'software' | 'gpu'; extraFlags?: readonly string[] } = {},
): Promise<Browser> {
  const args = [
    ...(options.compositing === 'gpu' ? FLAGS.filter((flag) => flag !== '--disable-gpu') : FLAGS),
    ...(options.extraFlags ?? []),
  ];
  // Playwright gives every launch a fresh, empty profile of its own.
  return chromium.launch({ executablePath: await findChromium(), headless: true, args });
}
