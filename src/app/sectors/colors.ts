import { scaleOrdinal } from 'd3-scale';
import { schemeTableau10 } from 'd3-scale-chromatic';
import { germanOrder } from '../text/german-order';

/**
 * Stable, colour-blind-safe sector colours. The catalogue's sectors get fixed colours from the
 * Okabe–Ito palette (Okabe & Ito 2008), with youth welfare and health care in the two most distinct
 * hues (blue and vermillion); other sectors take the next free colour in the order they appear.
 */
const FIXED: ReadonlyArray<[string, string]> = [
  ['kinder- und jugendhilfe', '#0072B2'],
  ['gesundheitswesen', '#D55E00'],
  ['frühförderung / eingliederungshilfe', '#009E73'],
  ['beratung', '#CC79A7'],
  ['soziale sicherung / arbeit', '#E69F00'],
  ['schutz und justiz', '#56B4E9'],
  ['bildung', '#B8A800'],
  ['zivilgesellschaft', '#3C3C3C'],
];

export const NO_SECTOR_COLOR = '#9E9E9E';

const fixed = new Map(FIXED);
const others = scaleOrdinal<string, string>(schemeTableau10);

/** Colours by the sector as written: a network has few sectors, and lowering by locale is slow. */
const colorOf = new Map<string, string>();

export function sectorColor(sector: string): string {
  let color = colorOf.get(sector);
  if (color === undefined) {
    const key = sector.trim().toLocaleLowerCase('de-DE');
    color = key === '' ? NO_SECTOR_COLOR : (fixed.get(key) ?? others(key));
    colorOf.set(sector, color);
  }
  return color;
}

/** Sectors present in a list of partners, catalogue sectors first, then by name. */
export function sectorsInOrder(sectors: Iterable<string>): string[] {
  const order = new Map(FIXED.map(([name], index) => [name, index]));
  const rank = (s: string) => order.get(s.trim().toLocaleLowerCase('de-DE')) ?? FIXED.length;
  return [...new Set(sectors)].sort((a, b) => rank(a) - rank(b) || germanOrder(a, b));
}
