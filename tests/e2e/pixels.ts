import type { Page } from 'playwright-core';

/**
 * Share of pixels in a screenshot of `selector` that differ clearly from white: a map that renders
 * blank scores ~0. The PNG is decoded by the page itself (no image library needed).
 */
export async function inkShare(page: Page, selector: string): Promise<number> {
  return inkShareOfPng(page, await page.locator(selector).screenshot());
}

/** The same measure for any PNG, e.g. an exported map. */
export function inkShareOfPng(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) return 0;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) < 690) ink++;
    }
    return ink / (data.length / 4);
  }, png.toString('base64'));
}
