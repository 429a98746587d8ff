import { problem, type Problem } from '../model/problems';
import { createPartner, type Partner } from '../model/types';
import { cleanName, nameKey } from './names';

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

  constructor(readonly open: boolean) {}

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
      (matchByName ? this.byKey().byName.get(nameKey(partner.name)) : undefined);
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
    const clean = cleanName(reference);
    const byId = this.byId.get(clean);
    if (byId !== undefined) return byId;
    const key = nameKey(clean);
    const { byName, byIdKey } = this.byKey();
    const found = byName.get(key) ?? byIdKey.get(key);
    if (found !== undefined || !this.open || clean === '') return found;
    const created = createPartner({ id: clean, name: clean });
    this.insert(created);
    return created;
  }

  private insert(partner: Partner): void {
    this.partners.push(partner);
    this.byId.set(partner.id, partner);
    if (this.keys !== null) addKeys(this.keys, partner);
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

interface NameKeys {
  byName: Map<string, Partner>;
  byIdKey: Map<string, Partner>;
}

/** The first partner of a name keeps it; an ID ignoring case leads to the last partner with it. */
function addKeys(keys: NameKeys, partner: Partner): void {
  keys.byIdKey.set(nameKey(partner.id), partner);
  const name = nameKey(partner.name);
  if (!keys.byName.has(name)) keys.byName.set(name, partner);
}

function samePartner(a: Partner, b: Partner): boolean {
  return JSON.stringify({ ...a, id: '' }) === JSON.stringify({ ...b, id: '' });
}
