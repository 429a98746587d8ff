import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Flags for a headless Chromium that makes no connection of its own. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // WebGL (sigma) through the software rasteriser, since there is no GPU.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/**
 * The browser the tests drive, looked for in this order: $CHROMIUM_PATH, Debian's chromium, and
 * the Chromium shipped inside the @sparticuz/chromium npm package (so that `npm install && npm test`
 * works on a machine with nothing else installed).
 */
export async function findChromium(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const bundled = (await import('@sparticuz/chromium')).default;
  return bundled.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await findChromium(),
    headless: true,
    // Playwright gives every launch a fresh, empty profile of its own.
    args: FLAGS,
  });
}

export function baseUrl(): string {
  return inject('baseUrl');
}

/** Every request the page makes that does not go to the app's own origin. */
export function recordForeignRequests(page: Page): string[] {
  const own = new URL(baseUrl()).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== own) foreign.push(url);
  });
  return foreign;
}

/** Console errors and uncaught page errors, so a test can assert there were none. */
export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
