import { mulberry32 } from '../analysis/random';
import {
  createCooperation,
  createPartner,
  type Intensity,
  type Network,
  type Partner,
} from '../model/types';
import {
  INTENSITY_SHARES,
  MUNICIPALITIES,
  PARTNER_TYPES,
  SOCIAL_AREAS,
  type PartnerTypeProfile,
} from './sector-profile';

export interface GeneratorOptions {
  partners: number;
  seed?: number;
  /** Average number of cooperations per partner; real networks have about 8. */
  meanDegree?: number;
}

export const DEFAULT_MEAN_DEGREE = 8;
/** Partners per municipality: a district (Kreis) of several towns for large networks. */
const PARTNERS_PER_MUNICIPALITY = 120;
/** Where a tie's second partner is sought: same sector and town, same town, anywhere. */
const SAME_SECTOR_AND_TOWN = 0.5;
const SAME_TOWN = 0.85;

/**
 * A seeded, realistic Frühe-Hilfen network for demonstrations, tests and benchmarks: the sectors
 * and partner types of the catalogue in realistic shares, one youth office (Jugendamt) and one
 * health office per municipality as hubs, social areas, and more ties inside a sector and a town
 * than across. Ties join partners chosen in proportion to a heavy-tailed activity (Chung & Lu 2002),
 * so degrees are skewed as in real networks. The same options always give the same network.
 */
export function generateNetwork(options: GeneratorOptions): Network {
  const random = mulberry32(options.seed ?? 1);
  const count = Math.max(0, Math.floor(options.partners));
  const towns = MUNICIPALITIES.slice(
    0,
    clamp(Math.round(count / PARTNERS_PER_MUNICIPALITY), 1, MUNICIPALITIES.length),
  );
  const areas = towns.map((town) =>
    SOCIAL_AREAS.slice(0, 3 + Math.floor(random() * (SOCIAL_AREAS.length - 2))).map(
      (area) => `${town}-${area}`,
    ),
  );
  const profiles = chooseProfiles(count, towns.length, random);
  const width = String(count).length;
  const partners: Partner[] = [];
  const activity: number[] = [];
  const named = new Map<string, number>();
  profiles.forEach(({ profile, town }, i) => {
    const townAreas = areas[town]!;
    const socialArea =
      profile.perMunicipality === true
        ? townAreas[0]!
        : townAreas[Math.floor(random() * townAreas.length)]!;
    const base =
      profile.perMunicipality === true
        ? `${profile.type} ${towns[town]!}`
        : `${profile.type} ${socialArea}`;
    const seen = (named.get(base) ?? 0) + 1;
    named.set(base, seen);
    partners.push(
      createPartner({
        id: `P${String(i + 1).padStart(width, '0')}`,
        name: seen > 1 ? `${base} ${seen}` : base,
        sector: profile.sector,
        type: profile.type,
        carrier: profile.carrier,
        municipality: towns[town]!,
        socialArea,
      }),
    );
    activity.push(profile.activity * Math.exp(0.6 * gaussian(random)));
  });
  return {
    partners,
    cooperations: chooseTies(partners, activity, options.meanDegree ?? DEFAULT_MEAN_DEGREE, random),
  };
}

function chooseProfiles(
  count: number,
  towns: number,
  random: () => number,
): { profile: PartnerTypeProfile; town: number }[] {
  const hubs = PARTNER_TYPES.filter((profile) => profile.perMunicipality === true);
  const others = PARTNER_TYPES.filter((profile) => profile.perMunicipality !== true);
  const result: { profile: PartnerTypeProfile; town: number }[] = [];
  for (let town = 0; town < towns; town += 1)
    for (const profile of hubs) result.push({ profile, town });
  const pick = weightedPicker(others.map((profile) => profile.weight));
  while (result.length < count)
    result.push({ profile: others[pick(random())]!, town: Math.floor(random() * towns) });
  return result.slice(0, count);
}

function chooseTies(
  partners: Partner[],
  activity: number[],
  meanDegree: number,
  random: () => number,
) {
  const n = partners.length;
  const wanted = Math.min(Math.round((n * meanDegree) / 2), Math.floor((n * (n - 1)) / 4));
  const pools = new Map<string, number[]>();
  partners.forEach((partner, i) => {
    for (const key of [`${partner.sector}|${partner.municipality}`, partner.municipality, '']) {
      const pool = pools.get(key) ?? [];
      pool.push(i);
      pools.set(key, pool);
    }
  });
  const pickers = new Map<string, (r: number) => number>();
  for (const [key, pool] of pools) pickers.set(key, weightedPicker(pool.map((i) => activity[i]!)));
  const pickIn = (key: string): number => pools.get(key)![pickers.get(key)!(random())]!;
  const pickIntensity = weightedPicker(INTENSITY_SHARES);
  const tied = new Set<number>();
  const cooperations = [];
  for (let attempt = 0; cooperations.length < wanted && attempt < wanted * 30; attempt += 1) {
    const a = pickIn('');
    const where = random();
    const { sector, municipality } = partners[a]!;
    const b = pickIn(
      where < SAME_SECTOR_AND_TOWN
        ? `${sector}|${municipality}`
        : where < SAME_TOWN
          ? municipality
          : '',
    );
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (a === b || tied.has(key)) continue;
    tied.add(key);
    const intensity = (pickIntensity(random()) + 1) as Intensity;
    const formal = intensity === 4 ? random() < 0.8 : intensity === 3 && random() < 0.25;
    cooperations.push(
      createCooperation({ source: partners[a]!.id, target: partners[b]!.id, intensity, formal }),
    );
  }
  return cooperations;
}

/** Picks an index with probability proportional to its weight, by binary search on the sums. */
function weightedPicker(weights: readonly number[]): (r: number) => number {
  const sums = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, i) => (sums[i] = total += weight));
  return (r) => {
    const target = r * total;
    let low = 0;
    let high = weights.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sums[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}

/** A standard normal draw (Box & Muller 1958). */
function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
