import { scaleSequentialSqrt } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';
import type { SectorBlock } from '../../core/analysis/block-density';
import { sectorKey } from '../../core/appearance/sector-key';

/** The block density matrix looked up by two sector names, in either order. */
export function sectorMatrix(
  blocks: readonly SectorBlock[],
): (a: string, b: string) => SectorBlock | undefined {
  const rows = new Map<string, Map<string, SectorBlock>>();
  const put = (x: string, y: string, block: SectorBlock) => {
    const row = rows.get(x) ?? new Map<string, SectorBlock>();
    row.set(y, block);
    rows.set(x, row);
  };
  for (const block of blocks) {
    put(block.a, block.b, block);
    put(block.b, block.a, block);
  }
  return (a, b) => rows.get(a)?.get(b);
}

/**
 * Cell colour by density on a sequential blue scale. The scale ends at the densest block rather
 * than at 1, and runs by the square root: real networks are sparse, and a small sector of two
 * partners with their one tie has density 1, so a linear scale would leave the blocks that matter
 * (a few percent between youth welfare and health care) all nearly white.
 */
export function densityColour(blocks: readonly SectorBlock[]): (density: number) => string {
  const densest = Math.max(0, ...blocks.map((block) => block.density ?? 0));
  return scaleSequentialSqrt(interpolateBlues).domain([0, densest > 0 ? densest : 1]);
}

function channels(colour: string): [number, number, number] {
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  return [255, 255, 255];
}

/** Relative luminance as WCAG 2.x defines it. */
function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white text, whichever has the higher WCAG contrast ratio on the given background. */
export function readableTextOn(background: string): '#000000' | '#ffffff' {
  const l = luminance(background);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** The sector of the given name as the network spells it, ignoring case and outer spaces. */
export function findSector(sectors: readonly string[], name: string): string | undefined {
  return sectors.find((sector) => sectorKey(sector) === sectorKey(name));
}
