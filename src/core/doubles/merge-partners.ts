import { strongerWeight } from '../model/tie-weight';
import {
  emptyRecord,
  type Cooperation,
  type Intensity,
  type Network,
  type Partner,
} from '../model/types';

/** Fields a user may have to choose between when two partner entries are merged. */
export type MergeField =
  'name' | 'sector' | 'type' | 'carrier' | 'municipality' | 'socialArea' | 'since';

const MERGE_FIELDS: readonly MergeField[] = [
  'name',
  'sector',
  'type',
  'carrier',
  'municipality',
  'socialArea',
  'since',
];

/** A field both entries fill differently, for the UI to ask about. */
export interface MergeConflict {
  field: MergeField | `attributes.${string}`;
  kept: string | number | null;
  dropped: string | number | null;
}

export interface MergeResult {
  network: Network;
  /** Conflicts not settled by `choices`; the kept entry's value stands until the user decides. */
  conflicts: MergeConflict[];
}

/**
 * Merges partner `dropId` into `keepId`. Every tie of the dropped entry is re-pointed to the kept
 * one; ties that then run in parallel merge with the higher intensity and weight (as buildGraph
 * does), and a tie between the two entries themselves disappears. An empty field takes the other's value;
 * `choices` says, for a conflicting field, to take the dropped entry's value.
 */
export function mergePartners(
  network: Network,
  keepId: string,
  dropId: string,
  choices: ReadonlyMap<string, 'keep' | 'drop'> = new Map(),
): MergeResult {
  const keep = network.partners.find((p) => p.id === keepId);
  const drop = network.partners.find((p) => p.id === dropId);
  if (keep === undefined || drop === undefined || keepId === dropId)
    return { network, conflicts: [] };
  const { partner, conflicts } = mergeFields(keep, drop, choices);
  return {
    network: {
      partners: network.partners
        .filter((p) => p.id !== dropId)
        .map((p) => (p.id === keepId ? partner : p)),
      cooperations: repointTies(network.cooperations, keepId, dropId),
    },
    conflicts,
  };
}

function mergeFields(keep: Partner, drop: Partner, choices: ReadonlyMap<string, 'keep' | 'drop'>) {
  const attributes = Object.assign(emptyRecord<string>(), drop.attributes, keep.attributes);
  const merged: Partner = {
    ...keep,
    offers: [...new Set([...keep.offers, ...drop.offers])],
    attributes,
  };
  const conflicts: MergeConflict[] = [];
  const settle = (
    field: MergeConflict['field'],
    kept: string | number | null,
    dropped: string | number | null,
  ) => {
    if (isEmpty(dropped) || kept === dropped) return kept;
    if (isEmpty(kept)) return dropped;
    const choice = choices.get(field);
    if (choice === undefined) conflicts.push({ field, kept, dropped });
    return choice === 'drop' ? dropped : kept;
  };
  for (const field of MERGE_FIELDS) {
    (merged as unknown as Record<MergeField, unknown>)[field] = settle(
      field,
      keep[field],
      drop[field],
    );
  }
  for (const key of Object.keys(drop.attributes)) {
    merged.attributes[key] = String(
      settle(`attributes.${key}`, keep.attributes[key] ?? null, drop.attributes[key] ?? null) ?? '',
    );
  }
  return { partner: merged, conflicts };
}

function isEmpty(value: string | number | null): boolean {
  return value === null || value === '';
}

/** Ties already parallel before the merge stay as the list had them; only moved ties are merged. */
function repointTies(
  cooperations: readonly Cooperation[],
  keepId: string,
  dropId: string,
): Cooperation[] {
  const pairKey = (a: string, b: string) => [a, b].sort().join('\u0000');
  const byPair = new Map<string, Cooperation>();
  const result: Cooperation[] = [];
  const moved: Cooperation[] = [];
  for (const tie of cooperations) {
    const copy = { ...tie, attributes: Object.assign(emptyRecord<string>(), tie.attributes) };
    if (tie.source !== dropId && tie.target !== dropId) {
      result.push(copy);
      if (!byPair.has(pairKey(tie.source, tie.target)))
        byPair.set(pairKey(tie.source, tie.target), copy);
      continue;
    }
    copy.source = tie.source === dropId ? keepId : tie.source;
    copy.target = tie.target === dropId ? keepId : tie.target;
    if (copy.source !== copy.target) moved.push(copy);
  }
  for (const tie of moved) {
    const earlier = byPair.get(pairKey(tie.source, tie.target));
    if (earlier === undefined) {
      byPair.set(pairKey(tie.source, tie.target), tie);
      result.push(tie);
    } else {
      const weight = strongerWeight(earlier, tie);
      if (weight !== undefined) earlier.weight = weight;
      earlier.intensity = Math.max(earlier.intensity, tie.intensity) as Intensity;
      earlier.formal = earlier.formal || tie.formal;
    }
  }
  return result;
}
