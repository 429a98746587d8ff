import type { Network, Partner } from '../model/types';
import { editProblem, type EditResult } from './problems';

/** The fields a coordinator sets for many partners at once, e.g. the sector of all Kitas. */
export const BULK_FIELDS = ['sector', 'type', 'carrier', 'municipality', 'socialArea'] as const;
export type BulkField = (typeof BULK_FIELDS)[number];

/** Sets one field to the same value for every selected partner; an unknown ID refuses the whole edit. */
export function setPartnerField(
  network: Network,
  ids: Iterable<string>,
  field: BulkField,
  value: string,
): EditResult {
  const selected = new Set(ids);
  const known = new Set(network.partners.map((p) => p.id));
  const unknown = [...selected].filter((id) => !known.has(id));
  if (unknown.length > 0)
    return { problems: unknown.map((id) => editProblem('unknown-partner', { name: id })) };
  const text = value.trim();
  const partners = network.partners.map((p): Partner =>
    selected.has(p.id) && p[field] !== text ? { ...p, [field]: text } : p,
  );
  return { network: { ...network, partners } };
}
