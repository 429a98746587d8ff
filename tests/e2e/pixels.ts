import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

/** A decoded screenshot: RGBA bytes, row by row. */
export interface Picture {
  width: number;
  height: number;
  data: Uint8Array;
}

export function decodePng(png: Buffer): Picture {
  const { width, height, data } = PNG.sync.read(png);
  return { width, height, data };
}

/** A screenshot of `selector` and where it is on the page. */
async function screenshotOf(page: Page, selector: string) {
  const element = page.locator(selector);
  const box = await element.boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  return { picture: decodePng(await element.screenshot()), box };
}

function rgbOf(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Whether pixel `p` has each channel within `tolerance` of `rgb`. */
function isColour(picture: Picture, p: number, rgb: number[], tolerance: number): boolean {
  return rgb.every((value, c) => Math.abs((picture.data[p * 4 + c] ?? 0) - value) <= tolerance);
}

/**
 * Share of pixels in a screenshot of `selector` that differ clearly from white: a map that renders
 * blank scores ~0.
 */
export async function inkShare(page: Page, selector: string): Promise<number> {
  return inkShareOfPng(await page.locator(selector).screenshot());
}

/** The same measure for any PNG, e.g. an exported map. */
export function inkShareOfPng(png: Buffer): number {
  const { data } = decodePng(png);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    if ((data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) < 690) ink++;
  }
  return ink / (data.length / 4);
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
  const { picture, box } = await screenshotOf(page, selector);
  const rgb = rgbOf(hex);
  const cx = around.x - box.x;
  const cy = around.y - box.y;
  let sumX = 0;
  let sumY = 0;
  let count = 0;
  for (
    let y = Math.max(0, Math.floor(cy - radius));
    y <= Math.min(picture.height - 1, cy + radius);
    y++
  ) {
    for (
      let x = Math.max(0, Math.floor(cx - radius));
      x <= Math.min(picture.width - 1, cx + radius);
      x++
    ) {
      if (Math.hypot(x - cx, y - cy) > radius || !isColour(picture, y * picture.width + x, rgb, 40))
        continue;
      sumX += x;
      sumY += y;
      count++;
    }
  }
  return count === 0 ? null : { x: sumX / count + box.x, y: sumY / count + box.y };
}

/**
 * How different two pictures are: both are cut into `block`×`block` squares, and the share of
 * squares whose mean colour differs by more than 24 in some channel is returned (1 when the sizes
 * differ). Coarse on purpose: a font drawn a pixel wider does not count, a dot in another place does.
 */
export function pictureDifference(a: Buffer, b: Buffer, block = 8): number {
  const x = decodePng(a);
  const y = decodePng(b);
  if (x.width !== y.width || x.height !== y.height) return 1;
  const columns = Math.floor(x.width / block);
  const rows = Math.floor(x.height / block);
  let different = 0;
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const sums = [0, 0, 0];
      for (let dy = 0; dy < block; dy++) {
        for (let dx = 0; dx < block; dx++) {
          const i = ((row * block + dy) * x.width + column * block + dx) * 4;
          for (let c = 0; c < 3; c++)
            sums[c] = (sums[c] ?? 0) + (x.data[i + c] ?? 0) - (y.data[i + c] ?? 0);
        }
      }
      if (sums.some((sum) => Math.abs(sum) / (block * block) > 24)) different++;
    }
  }
  return different / Math.max(1, rows * columns);
}

/**
 * The dots of the given colours in a picture: round blobs of one colour (connected pixels about as
 * wide as high that fill most of their box — letters and tie crossings do not), with their centres.
 */
export function findDots(
  picture: Picture,
  colours: string[],
): { colour: string; x: number; y: number }[] {
  const { width, height } = picture;
  const rgbs = colours.map(rgbOf);
  const colourAt = (p: number) => rgbs.findIndex((rgb) => isColour(picture, p, rgb, 12));
  const seen = new Uint8Array(width * height);
  const dots: { colour: string; x: number; y: number }[] = [];
  for (let start = 0; start < width * height; start++) {
    if (seen[start]) continue;
    const index = colourAt(start);
    if (index < 0) continue;
    const stack = [start];
    seen[start] = 1;
    let count = 0;
    let sumX = 0;
    let sumY = 0;
    let minX = width;
    let maxX = 0;
    let minY = height;
    let maxY = 0;
    while (stack.length > 0) {
      const p = stack.pop() ?? 0;
      const x = p % width;
      const y = (p - x) / width;
      count++;
      sumX += x;
      sumY += y;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
      for (const q of [p - 1, p + 1, p - width, p + width]) {
        if (q < 0 || q >= width * height || seen[q] || colourAt(q) !== index) continue;
        seen[q] = 1;
        stack.push(q);
      }
    }
    const w = maxX - minX + 1;
    const h = maxY - minY + 1;
    if (count < 12 || Math.abs(w - h) > 2 || count / (w * h) < 0.6) continue;
    dots.push({ colour: colours[index] ?? '', x: sumX / count, y: sumY / count });
  }
  return dots;
}

/** Whether the pixel at (x, y) is (nearly) white paper; outside the picture counts as not. */
function isPaper(picture: Picture, x: number, y: number): boolean {
  if (x < 0 || y < 0 || x >= picture.width || y >= picture.height) return false;
  const i = (y * picture.width + x) * 4;
  return (picture.data[i] ?? 0) + (picture.data[i + 1] ?? 0) + (picture.data[i + 2] ?? 0) >= 700;
}

/**
 * The point nearest to `around` (picture coordinates) with nothing drawn within `half` pixels of
 * it, at least `margin` pixels from the picture's edges: a place to take hold of the map's ground.
 */
export function emptySpot(
  picture: Picture,
  around: { x: number; y: number },
  half = 12,
  margin = 120,
): { x: number; y: number } | null {
  let found: { x: number; y: number } | null = null;
  let distance = Infinity;
  for (let y = margin; y < picture.height - margin; y += 4) {
    for (let x = margin; x < picture.width - margin; x += 4) {
      const d = Math.hypot(x - around.x, y - around.y);
      if (d >= distance) continue;
      let empty = true;
      for (let dy = -half; dy <= half && empty; dy += 2)
        for (let dx = -half; dx <= half && empty; dx += 2) empty = isPaper(picture, x + dx, y + dy);
      if (!empty) continue;
      found = { x, y };
      distance = d;
    }
  }
  return found;
}

/**
 * How different picture `b` is from picture `a` moved by `shift` (whole pixels), inside `region` of
 * `b`: the share of 8×8 squares whose mean colour differs by more than 24 in some channel, as in
 * `pictureDifference`. Squares whose counterpart lies outside `a` are not counted.
 */
export function shiftedDifference(
  a: Picture,
  b: Picture,
  shift: { x: number; y: number },
  region: { left: number; top: number; right: number; bottom: number },
  block = 8,
): number {
  const sx = Math.round(shift.x);
  const sy = Math.round(shift.y);
  let compared = 0;
  let different = 0;
  for (let top = region.top; top + block <= region.bottom; top += block) {
    for (let left = region.left; left + block <= region.right; left += block) {
      if (
        left - sx < 0 ||
        top - sy < 0 ||
        left - sx + block > a.width ||
        top - sy + block > a.height
      )
        continue;
      const sums = [0, 0, 0];
      for (let dy = 0; dy < block; dy++) {
        for (let dx = 0; dx < block; dx++) {
          const i = ((top + dy) * b.width + left + dx) * 4;
          const j = ((top + dy - sy) * a.width + left + dx - sx) * 4;
          for (let c = 0; c < 3; c++)
            sums[c] = (sums[c] ?? 0) + (b.data[i + c] ?? 0) - (a.data[j + c] ?? 0);
        }
      }
      compared++;
      if (sums.some((sum) => Math.abs(sum) / (block * block) > 24)) different++;
    }
  }
  return different / Math.max(1, compared);
}
