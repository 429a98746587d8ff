import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppPage } from './browser';

// WebGL answers the app's first question, then gives the map no context (as when a browser runs out
// of them or its graphics driver fails): the interactive map cannot start.
const app = useAppPage({
  beforeLoad: (page) =>
    page.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      let webgl = 0;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        kind: string,
        ...rest: unknown[]
      ) {
        if (kind.includes('webgl') && ++webgl > 1) return null;
        return (getContext as (...args: unknown[]) => RenderingContext | null).call(
          this,
          kind,
          ...rest,
        );
      } as typeof getContext;
    }),
});
let page: Page;

beforeEach(() => {
  page = app.page;
});

describe('an interactive map that cannot start', () => {
  it('gives way to the picture of the map, with the reason', async () => {
    await expect
      .poll(() => page.getByRole('note').textContent(), { timeout: 20_000 })
      .toContain('Die bewegliche Karte ließ sich nicht starten');
    const picture = page.getByRole('img', { name: /^Netzwerkkarte „Beispielkreis/ });
    await picture.waitFor({ timeout: 20_000 });
    await expect
      .poll(() => picture.evaluate((image) => (image as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    // The rest of the app goes on: the table opens.
    await page.getByRole('button', { name: 'Tabelle' }).click();
    await page.getByRole('table').first().waitFor();
    // React reports the error it caught on the console; it is the map's, and only that.
    expect(app.errors).toHaveLength(1);
    expect(app.errors[0]).toMatch(/^TypeError: .*blendFunc/);
    app.errors.length = 0;
  });
});
