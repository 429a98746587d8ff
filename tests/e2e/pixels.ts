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

/**
 * Where a colour is drawn in a screenshot of `selector`: the centre (page coordinates) of the
 * pixels within `radius` of `around` whose channels are each within 40 of `hex`; null if none.
 * Finds a partner's dot on the map by its sector colour when nothing else of that colour is near.
 */
export async function findColour(
  page: Page,
  selector: string,
  hex: string,
  around: { x: number; y: number },
  radius: number,
): Promise<{ x: number; y: number } | null> {
  const box = await page.locator(selector).boundingBox();
  if (!box) return null;
  const png = await page.locator(selector).screenshot();
  const found = await page.evaluate(
    async ({ base64, hex, cx, cy, radius }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) return null;
      context.drawImage(image, 0, 0);
      const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const { data, width } = context.getImageData(0, 0, canvas.width, canvas.height);
      let sumX = 0;
      let sumY = 0;
      let count = 0;
      for (let y = Math.max(0, Math.floor(cy - radius)); y <= cy + radius; y++) {
        for (let x = Math.max(0, Math.floor(cx - radius)); x <= cx + radius; x++) {
          if (x >= width || y >= canvas.height || Math.hypot(x - cx, y - cy) > radius) continue;
          const i = (y * width + x) * 4;
          if (want.every((value, c) => Math.abs((data[i + c] ?? 0) - value) <= 40)) {
            sumX += x;
            sumY += y;
            count++;
          }
        }
      }
      return count === 0 ? null : { x: sumX / count, y: sumY / count };
    },
    { base64: png.toString('base64'), hex, cx: around.x - box.x, cy: around.y - box.y, radius },
  );
  return found && { x: found.x + box.x, y: found.y + box.y };
}

/**
 * How different two pictures are: both are cut into `block`×`block` squares, and the share of
 * squares whose mean colour differs by more than 24 in some channel is returned (1 when the sizes
 * differ). Coarse on purpose: a font drawn a pixel wider does not count, a dot in another place does.
 */
export function pictureDifference(page: Page, a: Buffer, b: Buffer, block = 8): Promise<number> {
  return page.evaluate(
    async ({ first, second, block }) => {
      const [x, y] = await Promise.all(
        [first, second].map(async (base64) => {
          const image = new Image();
          image.src = `data:image/png;base64,${base64}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext('2d');
          if (!context) throw new Error('no 2d canvas');
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, image.width, image.height);
        }),
      );
      if (!x || !y) return 1;
      if (x.width !== y.width || x.height !== y.height) return 1;
      const columns = Math.floor(x.width / block);
      const rows = Math.floor(x.height / block);
      let different = 0;
      for (let row = 0; row < rows; row++) {
        for (let column = 0; column < columns; column++) {
          let red = 0;
          let green = 0;
          let blue = 0;
          for (let dy = 0; dy < block; dy++) {
            for (let dx = 0; dx < block; dx++) {
              const i = ((row * block + dy) * x.width + column * block + dx) * 4;
              red += (x.data[i] ?? 0) - (y.data[i] ?? 0);
              green += (x.data[i + 1] ?? 0) - (y.data[i + 1] ?? 0);
              blue += (x.data[i + 2] ?? 0) - (y.data[i + 2] ?? 0);
            }
          }
          if ([red, green, blue].some((sum) => Math.abs(sum) / (block * block) > 24)) different++;
        }
      }
      return different / Math.max(1, rows * columns);
    },
    { first: a.toString('base64'), second: b.toString('base64'), block },
  );
}
