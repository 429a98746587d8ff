import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { launchChromium } from '../support/chromium';

export { findChromium } from '../support/chromium';

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
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

export interface AppPage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Requests to other origins so far; every test ends by asserting there were none. */
  foreign: string[];
  errors: string[];
}

/**
 * The usual frame of a browser test: one Chromium per file, a fresh context and page per test on
 * the built app (waiting until the key figures show), and after each test the checks every test
 * shares — no request to another origin, no console or page error.
 */
export function useAppPage(
  options: { viewport?: { width: number; height: number }; hasTouch?: boolean } = {},
): AppPage {
  const app = {} as AppPage;
  beforeAll(async () => {
    app.browser = await launchBrowser();
  });
  afterAll(async () => {
    await app.browser?.close();
  });
  beforeEach(async () => {
    app.context = await app.browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 900 },
      acceptDownloads: true,
      hasTouch: options.hasTouch ?? false,
    });
    app.page = await app.context.newPage();
    app.foreign = recordForeignRequests(app.page);
    app.errors = recordErrors(app.page);
    await app.page.goto(baseUrl());
    await app.page.locator('[data-figure="partners"] dd').waitFor();
  });
  afterEach(async () => {
    expect(app.foreign, 'requests to other origins').toEqual([]);
    expect(app.errors, 'console errors').toEqual([]);
    await app.context.close();
  });
  return app;
}
