import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Headless Chromium for the browser tests and the performance script (no vitest in here): flags so
 * that it makes no connection of its own and draws WebGL through the software rasteriser.
 */
const FLAGS = [
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

export async function launchChromium(): Promise<Browser> {
  // Playwright gives every launch a fresh, empty profile of its own.
  return chromium.launch({ executablePath: await findChromium(), headless: true, args: FLAGS });
}
