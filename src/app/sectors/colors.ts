import { scaleOrdinal } from 'd3-scale';
import { schemeTableau10 } from 'd3-scale-chromatic';
import { germanOrder } from '../text/german-order';
import { sectorKey } from './sector-key';

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

export function sectorColor(sector: string): string {
  const key = sectorKey(sector);
  if (key === '') return NO_SECTOR_COLOR;
  return fixed.get(key) ?? others(key);
}

/** Sectors present in a list of partners, catalogue sectors first, then by name. */
export function sectorsInOrder(sectors: Iterable<string>): string[] {
  const order = new Map(FIXED.map(([name], index) => [name, index]));
  const rank = (s: string) => order.get(sectorKey(s)) ?? FIXED.length;
  return [...new Set(sectors)].sort((a, b) => rank(a) - rank(b) || germanOrder(a, b));
}

/**
 * The sectors of a network with their colours, for a map drawn as a picture: each sector's colour
 * and the legend in sector order (a partner without a sector under `noSector`).
 */
export function sectorPalette(
  partners: readonly { sector: string }[],
  noSector: string,
): { colors: Map<string, string>; legend: { label: string; color: string }[] } {
  const sectors = sectorsInOrder(partners.map((p) => p.sector));
  return {
    colors: new Map(sectors.map((sector) => [sector, sectorColor(sector)])),
    legend: sectors.map((sector) => ({
      label: sector.trim() === '' ? noSector : sector,
      color: sectorColor(sector),
    })),
  };
}
