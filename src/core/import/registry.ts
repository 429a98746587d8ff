import { problem, type Problem } from '../model/problems';
import { createPartner, type Partner } from '../model/types';
import { InterpretationLog } from './interpretations';
import { cleanName, looseNameKey, nameKey } from './names';

/**
 * The partners known so far, found by ID or by name. When the import has no partner list the
 * registry is open: a cooperation, matrix, offer or membership that names someone new creates them.
 */
export class PartnerRegistry {
  readonly partners: Partner[] = [];
  private readonly byId = new Map<string, Partner>();
  /**
   * By name and by ID ignoring case: made when first needed (most lists name partners by their
   * exact ID), from the partners in the order they came, then kept up to date.
   */
  private keys: NameKeys | null = null;
  private loose: Map<string, Partner[]> | null = null;

  constructor(
    readonly open: boolean,
    /** Where near misses and shared names are noted for the review, and her choices read. */
    readonly log: InterpretationLog = new InterpretationLog(),
  ) {}

  /**
   * Adds a partner from a partner list. A second row under a known ID (or, without IDs, a known
   * name) is not added: the same partner again is a warning, with other data a conflict, and a
   * different partner under the same ID an error.
   */
  add(
    partner: Partner,
    matchByName: boolean,
    file: string,
    line: number,
    problems: Problem[],
  ): void {
    const earlier =
      this.byId.get(partner.id) ??
      (matchByName ? this.byKey().byName.get(nameKey(partner.name))?.[0] : undefined);
    if (earlier === undefined) {
      this.insert(partner);
      return;
    }
    const params = { id: partner.id, name: partner.name, other: earlier.name };
    if (nameKey(earlier.name) !== nameKey(partner.name))
      problems.push(problem('duplicate-id', file, line, params));
    else if (samePartner(earlier, partner))
      problems.push(problem('duplicate-partner', file, line, params, 'warning'));
    else problems.push(problem('conflicting-partner', file, line, params, 'warning'));
  }

  /** The partner a cell names, by ID, by name, or by ID ignoring case; created when open. */
  resolve(reference: string): Partner | undefined {
    const found = this.lookup(reference);
    return found.how === 'exact' || found.how === 'near-miss' ? found.partner : undefined;
  }

  /**
   * How a cell names a partner: exactly (by ID, by name, or by ID ignoring case), by a near miss of
   * one partner's name (a hyphen for a dash, spacing, "ae" for "ä", "e.V." for "e. V.", "St." for
   * "Sankt"), or by a name two partners share (then both are candidates and none is taken). When the
   * registry is open, an unknown name creates its partner.
   */
  lookup(reference: string): Lookup {
    const clean = cleanName(reference);
    const byId = this.byId.get(clean);
    if (byId !== undefined) return { how: 'exact', partner: byId };
    const key = nameKey(clean);
    const { byName, byIdKey } = this.byKey();
    const named = byName.get(key);
    if (named !== undefined && named.length > 1) return { how: 'ambiguous', candidates: named };
    const found = named?.[0] ?? byIdKey.get(key);
    if (found !== undefined) return { how: 'exact', partner: found };
    if (clean === '') return { how: 'unknown' };
    if (this.open) {
      const created = createPartner({ id: clean, name: clean });
      this.insert(created);
      return { how: 'exact', partner: created };
    }
    const near = this.byLooseKey().get(looseNameKey(clean));
    if (near === undefined) return { how: 'unknown' };
    return near.length === 1
      ? { how: 'near-miss', partner: near[0]! }
      : { how: 'ambiguous', candidates: near };
  }

  /** A partner by its ID exactly. */
  byIdentifier(id: string): Partner | undefined {
    return this.byId.get(id);
  }

  private insert(partner: Partner): void {
    this.partners.push(partner);
    this.byId.set(partner.id, partner);
    if (this.keys !== null) addKeys(this.keys, partner);
    this.loose = null;
  }

  /** Partners by the loose key of their names: made on the first miss, as most lists have none. */
  private byLooseKey(): Map<string, Partner[]> {
    if (this.loose === null) {
      this.loose = new Map();
      for (const partner of this.partners) {
        const key = looseNameKey(partner.name);
        const list = this.loose.get(key);
        if (list === undefined) this.loose.set(key, [partner]);
        else list.push(partner);
      }
    }
    return this.loose;
  }

  private byKey(): NameKeys {
    if (this.keys === null) {
      const keys: NameKeys = { byName: new Map(), byIdKey: new Map() };
      for (const partner of this.partners) addKeys(keys, partner);
      this.keys = keys;
    }
    return this.keys;
  }
}

/** How a reference was found: see PartnerRegistry.lookup. */
export type Lookup =
  | { how: 'exact' | 'near-miss'; partner: Partner }
  | { how: 'ambiguous'; candidates: Partner[] }
  | { how: 'unknown' };

interface NameKeys {
  /** Every partner of a name, in the order they came: two are a name two partners share. */
  byName: Map<string, Partner[]>;
  byIdKey: Map<string, Partner>;
}

/** A name lists every partner that has it; an ID ignoring case leads to the last partner with it. */
function addKeys(keys: NameKeys, partner: Partner): void {
  keys.byIdKey.set(nameKey(partner.id), partner);
  const name = nameKey(partner.name);
  const list = keys.byName.get(name);
  if (list === undefined) keys.byName.set(name, [partner]);
  else list.push(partner);
}

function samePartner(a: Partner, b: Partner): boolean {
  return JSON.stringify({ ...a, id: '' }) === JSON.stringify({ ...b, id: '' });
}
