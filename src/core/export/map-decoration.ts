/**
 * What the map adds to a network for Gephi and other graph tools: where each partner sits, how
 * large it is drawn, the sector colours, and measures to carry along as node attributes. All keyed
 * by partner ID or sector name, which are user data, hence Maps.
 */
export interface MapDecoration {
  positions?: ReadonlyMap<string, { x: number; y: number }>;
  sizes?: ReadonlyMap<string, number>;
  /** Sector → colour as `#rrggbb`; other notations are left out rather than guessed. */
  sectorColors?: ReadonlyMap<string, string>;
  /** Measure ID (e.g. "betweenness") → partner ID → value. */
  measures?: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** The sector's colour as RGB channels, or null when it has none or not as `#rrggbb`. */
export function sectorRgb(decoration: MapDecoration, sector: string): Rgb | null {
  const hex = decoration.sectorColors?.get(sector);
  if (hex === undefined || !HEX_COLOR.test(hex)) return null;
  return {
    r: parseInt(hex.slice(1, 3), 16),
    g: parseInt(hex.slice(3, 5), 16),
    b: parseInt(hex.slice(5, 7), 16),
  };
}
