import { sectorKey } from './sector-key';

/**
 * Stable, colour-blind-safe sector colours. The catalogue's sectors get fixed colours from the
 * Okabe–Ito palette (Okabe & Ito 2008), with youth welfare and health care in the two most distinct
 * hues (blue and vermillion). A sector outside the catalogue takes one of OTHER_SECTOR_COLORS by
 * a hash of its name, so it has the same colour on every import, in every view and on paper,
 * whatever order the partners come in.
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

export const CATALOGUE_SECTOR_COLORS: readonly string[] = FIXED.map(([, color]) => color);

export const NO_SECTOR_COLOR = '#9E9E9E';

/**
 * Colours for sectors outside the catalogue, chosen so that none can be taken for a catalogue
 * sector's or the no-sector grey: each is at least 20 apart from all of them in CIEDE2000 (2 is
 * about what one notices side by side; Tableau's blue, the colour such sectors had before, was 6
 * from the catalogue's blue), and at least 19 from each other, and dark enough on white.
 */
export const OTHER_SECTOR_COLORS: readonly string[] = [
  '#882255', // wine
  '#332288', // indigo
  '#736317', // olive brown
  '#125912', // forest green
  '#57D92B', // lime
  '#732617', // rust
  '#8257D9', // violet
  '#D92B48', // crimson
  '#8C6962', // mauve grey
  '#397373', // dark teal
];

const fixed = new Map(FIXED);

export function sectorColor(sector: string): string {
  const key = sectorKey(sector);
  if (key === '') return NO_SECTOR_COLOR;
  return (
    fixed.get(key) ??
    OTHER_SECTOR_COLORS[nameHash(key) % OTHER_SECTOR_COLORS.length] ??
    NO_SECTOR_COLOR
  );
}

/** FNV-1a (Fowler, Noll & Vo) over the name's UTF-16 units: small, fast and the same everywhere. */
function nameHash(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Alphabetical order for a German reader (ä with a, ß with ss), the same as the app's. */
const germanOrder = new Intl.Collator('de-DE').compare;

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
  sectorName: (sector: string) => string = (sector) => sector,
): { colors: Map<string, string>; legend: { label: string; color: string }[] } {
  const sectors = sectorsInOrder(partners.map((p) => p.sector));
  return {
    colors: new Map(sectors.map((sector) => [sector, sectorColor(sector)])),
    legend: sectors.map((sector) => ({
      label: sector.trim() === '' ? noSector : sectorName(sector),
      color: sectorColor(sector),
    })),
  };
}
