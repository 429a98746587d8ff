import type { Partner } from '../../core/model/types';
import { withoutControlCharacters } from '../../core/model/control-characters';
import { germanOrder } from '../text/german-order';

/** The partners by sector for the set-up's checklist: sectors in German order, "" last. */
export function partnersBySector(
  partners: readonly Partner[],
): { sector: string; partners: Partner[] }[] {
  const groups = new Map<string, Partner[]>();
  for (const partner of partners) {
    const list = groups.get(partner.sector) ?? [];
    list.push(partner);
    groups.set(partner.sector, list);
  }
  return [...groups]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : germanOrder(a, b)))
    .map(([sector, list]) => ({
      sector,
      partners: list.sort((a, b) => germanOrder(a.name, b.name)),
    }));
}

/** Ticks or unticks a group of IDs, keeping the order of `all`. */
export function toggleAll(
  chosen: ReadonlySet<string>,
  group: readonly string[],
  on: boolean,
): Set<string> {
  const next = new Set(chosen);
  for (const id of group) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** "Befragung 2025.zip": the download's name from the round's name, made safe for every system. */
export function formsZipName(roundName: string, fallback: string): string {
  const safe = withoutControlCharacters(roundName.normalize('NFC'))
    .replace(/[\\/:*?"<>|]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return `${safe || fallback}.zip`;
}
