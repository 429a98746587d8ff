import type { Network } from '../model/types';
import { checksum } from './checksum';
import type { Instrument } from './instrument';
import type { RoundPartner, SurveyRound } from './types';

/** What the coordinator chooses when setting up a round. */
export interface RoundSetup {
  name: string;
  /** ISO date (YYYY-MM-DD); passed in so the core stays deterministic. */
  created: string;
  /** IDs of the partners to ask; all when absent. */
  asked?: readonly string[];
  /** IDs of the questions to ask; all of the instrument's when absent. */
  items?: readonly string[];
  note?: string;
  /** A round's own ID (one kept from before); derived from the round's content when absent. */
  id?: string;
}

export type RoundSetupProblem =
  | { code: 'empty-name' }
  | { code: 'invalid-date'; value: string }
  | { code: 'too-few-partners'; count: number }
  | { code: 'too-many-partners'; count: number; limit: number }
  | { code: 'unknown-partner'; id: string }
  | { code: 'unknown-item'; id: string }
  | { code: 'no-tie-item' };

/**
 * Partners a round may list. Every form lists them all, so a round of 2,000 partners sends 2,000
 * forms of 1,999 rows: far beyond any Frühe-Hilfen network (Bonn has 45 partners).
 */
export const ROUND_PARTNER_LIMIT = 2000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * A new round over the network's partners. Its forms list every partner but the one answering,
 * by sector (partners without a sector last) and then by name, so that a partner finds the others
 * of its own field together. The round's ID is a fingerprint of its name, date, partners and
 * questions: setting up the same round twice gives the same ID, last year's round another.
 */
export function createRound(
  network: Network,
  instrument: Instrument,
  setup: RoundSetup,
): { round: SurveyRound; problems: [] } | { round: null; problems: RoundSetupProblem[] } {
  const problems: RoundSetupProblem[] = [];
  const name = setup.name.trim();
  if (name === '') problems.push({ code: 'empty-name' });
  if (!ISO_DATE.test(setup.created) || !plausibleDate(setup.created))
    problems.push({ code: 'invalid-date', value: setup.created });
  const partners = orderPartners(network);
  const known = new Set(partners.map((p) => p.id));
  if (partners.length < 2) problems.push({ code: 'too-few-partners', count: partners.length });
  if (partners.length > ROUND_PARTNER_LIMIT)
    problems.push({
      code: 'too-many-partners',
      count: partners.length,
      limit: ROUND_PARTNER_LIMIT,
    });
  const asked = setup.asked === undefined ? partners.map((p) => p.id) : [...new Set(setup.asked)];
  for (const id of asked) if (!known.has(id)) problems.push({ code: 'unknown-partner', id });
  const allItems = [...instrument.pairItems, ...instrument.partnerItems].map((item) => item.id);
  const chosen = new Set(setup.items ?? allItems);
  for (const id of chosen) if (!allItems.includes(id)) problems.push({ code: 'unknown-item', id });
  const items = allItems.filter((id) => chosen.has(id));
  const tieItems = instrument.pairItems.filter(
    (item) => (item.role === 'intensity' || item.role === 'contact') && chosen.has(item.id),
  );
  if (tieItems.length === 0) problems.push({ code: 'no-tie-item' });
  if (problems.length > 0) return { round: null, problems };
  const askedSet = new Set(asked);
  const askedInOrder = partners.filter((p) => askedSet.has(p.id)).map((p) => p.id);
  const round: SurveyRound = {
    id: '',
    name,
    created: setup.created,
    instrument: { id: instrument.id, version: instrument.version },
    partners,
    asked: askedInOrder,
    items,
    note: setup.note?.trim() ?? '',
  };
  round.id = setup.id ?? roundId(round);
  return { round, problems: [] };
}

/** The fingerprint that is a round's ID when none is given: "r" and 16 hexadecimal digits. */
export function roundId(round: Omit<SurveyRound, 'id'>): string {
  return `r${checksum([
    round.name,
    round.created,
    round.instrument.id,
    round.instrument.version,
    round.items.join(','),
    round.asked.join(','),
    ...round.partners.flatMap((p) => [p.id, p.name, p.sector]),
  ])}`;
}

/** A real calendar day from 1981 to 2100 (a ZIP archive cannot date its forms outside). */
function plausibleDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  const year = date.getUTCFullYear();
  return !Number.isNaN(year) && year > 1980 && year <= 2100 && date.toISOString().startsWith(text);
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

function orderPartners(network: Network): RoundPartner[] {
  const seen = new Set<string>();
  const partners: RoundPartner[] = [];
  for (const p of network.partners) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    partners.push({ id: p.id, name: p.name, sector: p.sector });
  }
  return partners.sort(
    (a, b) =>
      Number(a.sector === '') - Number(b.sector === '') ||
      collator.compare(a.sector, b.sector) ||
      collator.compare(a.name, b.name) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
