import type { Partner } from '../model/types';
import type { DetailChange, PartnerDetail, PartnerChange } from './types';

/** The details compared, in the order the partner panel shows them. */
const DETAILS: readonly Exclude<PartnerDetail, 'offers' | 'since' | 'attribute'>[] = [
  'name',
  'sector',
  'type',
  'carrier',
  'municipality',
  'socialArea',
];

const collator = new Intl.Collator('de');

/**
 * The partners present in both networks whose details changed — name, sector, type, carrier,
 * municipality, social area, offers, year of joining and the further columns of the list — each
 * with the old and the new value, sorted by the partner's name now. Offers are compared as a set
 * (the same offers listed in another order are no change); a detail only surrounded by other
 * spaces is none either.
 */
export function partnerChanges(
  before: readonly Partner[],
  after: readonly Partner[],
  laterIdOf: ReadonlyMap<string, string>,
): PartnerChange[] {
  const earlier = new Map(before.map((p) => [p.id, p]));
  const later = new Map(after.map((p) => [p.id, p]));
  const changed: PartnerChange[] = [];
  for (const [earlierId, laterId] of laterIdOf) {
    const old = earlier.get(earlierId);
    const now = later.get(laterId);
    if (old === undefined || now === undefined) continue;
    const changes = detailChanges(old, now);
    if (changes.length > 0)
      changed.push({
        before: { id: old.id, name: old.name },
        after: { id: now.id, name: now.name },
        changes,
      });
  }
  return changed.sort((x, y) => collator.compare(x.after.name, y.after.name));
}

/** What differs between two states of one partner, detail by detail. */
export function detailChanges(old: Partner, now: Partner): DetailChange[] {
  const changes: DetailChange[] = [];
  const note = (change: DetailChange) => {
    if (change.before.trim() !== change.after.trim()) changes.push(change);
  };
  for (const field of DETAILS) note({ field, before: old[field], after: now[field] });
  const oldOffers = offerSet(old.offers);
  const newOffers = offerSet(now.offers);
  if (oldOffers.join('\u0000') !== newOffers.join('\u0000'))
    changes.push({ field: 'offers', before: oldOffers.join(', '), after: newOffers.join(', ') });
  note({ field: 'since', before: yearText(old.since), after: yearText(now.since) });
  const columns = new Set([...Object.keys(old.attributes), ...Object.keys(now.attributes)]);
  for (const attribute of [...columns].sort(collator.compare))
    note({
      field: 'attribute',
      attribute,
      before: old.attributes[attribute] ?? '',
      after: now.attributes[attribute] ?? '',
    });
  return changes;
}

function offerSet(offers: readonly string[]): string[] {
  return [...new Set(offers.map((o) => o.trim()).filter((o) => o !== ''))].sort(collator.compare);
}

const yearText = (year: number | null) => (year === null ? '' : String(year));
