import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { launchChromium } from '../support/chromium';
import { closeOrientation } from '../support/orientation';

export { findChromium } from '../support/chromium';

export function launchBrowser(extraFlags: readonly string[] = []): Promise<Browser> {
  return launchChromium({ extraFlags });
}

export function baseUrl(): string {
  return inject('baseUrl');
}

/** The served app's own files and what the page builds in memory (`data:`, `blob:`). */
export function isOwnRequest(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  return new URL(url).origin === new URL(baseUrl()).origin;
}

/** Every request the page makes that `allowed` does not let through (by default: another origin). */
export function recordForeignRequests(
  page: Page,
  allowed: (url: string) => boolean = isOwnRequest,
): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!allowed(request.url())) foreign.push(request.url());
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

export interface AppPageOptions {
  viewport?: { width: number; height: number };
  hasTouch?: boolean;
  /** Where the app is opened; the served build by default. */
  url?: () => string;
  /** Requests the page may make; by default the app's own origin, `data:` and `blob:`. */
  allowedRequest?: (url: string) => boolean;
  /**
   * Listeners or scripts a test file needs from the very start, attached before the page loads
   * (awaited: a script added with `addInitScript` is only certain to run once its promise resolves).
   */
  beforeLoad?: (page: Page) => unknown;
  /** Further Chromium flags for this file's browser (e.g. one without WebGL). */
  chromiumFlags?: readonly string[];
}

/**
 * The usual frame of a browser test: one Chromium per file, a fresh context and page per test on
 * the built app (waiting until the key figures show, the first visit's orientation closed), and
 * after each test the checks every test shares — no request the page may not make, no console or
 * page error. Each test gets its own context, so what it keeps in the browser survives a reload
 * and is gone for the next test.
 */
export function useAppPage(options: AppPageOptions = {}): AppPage {
  const app = {} as AppPage;
  beforeAll(async () => {
    app.browser = await launchBrowser(options.chromiumFlags);
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
    app.foreign = recordForeignRequests(app.page, options.allowedRequest);
    app.errors = recordErrors(app.page);
    await options.beforeLoad?.(app.page);
    await app.page.goto((options.url ?? baseUrl)());
    await app.page.locator('[data-analysis="done"] [data-figure="partners"] dd').waitFor();
    await closeOrientation(app.page);
  });
  afterEach(async () => {
    expect(app.foreign, 'requests the page may not make').toEqual([]);
    expect(app.errors, 'console errors').toEqual([]);
    await app.context.close();
  });
  return app;
}

export interface PolicyProbe {
  /** A fetch to another origin: 'refused' when the policy holds. */
  fetched: 'answered' | 'refused';
  /** An inline script added to the page ran (only when asked to try one). */
  ran?: boolean;
  /** An image from another origin: 'blocked' when the policy holds (only when asked). */
  shown?: 'loaded' | 'blocked';
  /** The policy's violation reports, as "directive blocked-URI". */
  violations: string[];
}

/**
 * Tries from inside the page what the Content-Security-Policy must refuse: a fetch to another
 * origin and, when asked, an injected inline script and an image from another origin.
 */
export function probeContentPolicy(
  page: Page,
  tries: { inlineScript?: boolean; foreignImage?: boolean } = {},
): Promise<PolicyProbe> {
  return page.evaluate(async ({ inlineScript, foreignImage }) => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
    const fetched = await fetch('https://example.org/').then(
      () => 'answered' as const,
      () => 'refused' as const,
    );
    const probe: PolicyProbe = { fetched, violations };
    if (inlineScript) {
      const script = document.createElement('script');
      script.textContent = 'window.ranInjected = true';
      document.body.append(script);
      probe.ran = 'ranInjected' in window;
    }
    if (foreignImage) {
      const image = document.createElement('img');
      const settled = new Promise<'loaded' | 'blocked'>((done) => {
        image.addEventListener('load', () => done('loaded'));
        image.addEventListener('error', () => done('blocked'));
      });
      image.src = 'https://example.org/x.png';
      document.body.append(image);
      probe.shown = await settled;
      image.remove();
    }
    // The violation events are queued as a task after each refusal.
    await new Promise((done) => setTimeout(done, 100));
    return probe;
  }, tries);
}
