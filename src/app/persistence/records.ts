import { reviveChanges, type ProjectChanges } from './changes';
import {
  settingId,
  type NetworkSummary,
  type PendingEdit,
  type PendingRecord,
  type ProjectRecord,
  type SettingRecord,
  type SummaryRecord,
} from './database';
import { seal, unseal, type Lock } from './sealing';

/**
 * The stored records as the app reads them and back. Without a key (`null`) they are kept as they
 * are; with one, what they say about a network — its name and size, the project text, the edits
 * written ahead — is sealed, and only random IDs, version numbers, dates and the number of parts,
 * which the transactions check, stay readable.
 */

/** A sealed record met without its key: the protection is on and the password not given here. */
export class LockedError extends Error {
  override name = 'NetzwerkkarteLocked';
  constructor() {
    super('netzwerkkarte: the stored networks are protected by a password');
  }
}

interface SummaryContent {
  name: string;
  partners: number;
  cooperations: number;
}

export async function summaryRecord(
  summary: NetworkSummary,
  lock: Lock | null,
): Promise<SummaryRecord> {
  if (lock === null) return summary;
  const { name, partners, cooperations, ...open } = summary;
  const content: SummaryContent = { name, partners, cooperations };
  return { ...open, sealed: await seal(lock, JSON.stringify(content), `networks:${summary.id}`) };
}

export async function summaryOf(record: SummaryRecord, lock: Lock | null): Promise<NetworkSummary> {
  const { sealed, name, partners, cooperations, ...open } = record;
  if (sealed === undefined)
    return { ...open, name: name ?? '', partners: partners ?? 0, cooperations: cooperations ?? 0 };
  if (lock === null) throw new LockedError();
  const content = JSON.parse(await unseal(lock, sealed, `networks:${record.id}`)) as SummaryContent;
  return { ...open, ...content };
}

/** The records of a project's text in parts: the first under the network's ID, with their number. */
export async function partRecords(
  keys: readonly string[],
  texts: readonly string[],
  lock: Lock | null,
): Promise<ProjectRecord[]> {
  const records: ProjectRecord[] = [];
  // One after the other: a state's network is tens of megabytes, not all of it twice at once.
  for (const [index, text] of texts.entries()) {
    const id = keys[index]!;
    const content = lock === null ? { text } : { sealed: await seal(lock, text, `projects:${id}`) };
    records.push(index === 0 ? { id, ...content, parts: texts.length } : { id, ...content });
  }
  return records;
}

export async function partText(record: ProjectRecord, lock: Lock | null): Promise<string> {
  if (record.sealed === undefined) return record.text ?? '';
  if (lock === null) throw new LockedError();
  return unseal(lock, record.sealed, `projects:${record.id}`);
}

/** A record of the same part in another form (protection turned on, off or to a new password). */
export async function recodedPart(
  record: ProjectRecord,
  from: Lock | null,
  to: Lock | null,
): Promise<ProjectRecord> {
  const text = await partText(record, from);
  const { id, parts } = record;
  const content = to === null ? { text } : { sealed: await seal(to, text, `projects:${id}`) };
  return parts === undefined ? { id, ...content } : { id, ...content, parts };
}

export async function pendingRecord(edit: PendingEdit, lock: Lock | null): Promise<PendingRecord> {
  if (lock === null) return edit;
  const { changes, ...open } = edit;
  return { ...open, sealed: await seal(lock, changesText(changes), `pending:${edit.key}`) };
}

export async function pendingOf(record: PendingRecord, lock: Lock | null): Promise<PendingEdit> {
  const { sealed, changes, ...open } = record;
  if (sealed === undefined) return { ...open, changes: reviveChanges(changes!) };
  if (lock === null) throw new LockedError();
  const text = await unseal(lock, sealed, `pending:${record.key}`);
  return { ...open, changes: reviveChanges(changesFrom(text)) };
}

/** A setting kept with the networks (the saved column mappings), sealed like them. */
export async function settingRecord(
  name: string,
  text: string,
  lock: Lock | null,
): Promise<SettingRecord> {
  const id = settingId(name);
  return lock === null ? { id, text } : { id, sealed: await seal(lock, text, `meta:${id}`) };
}

export async function settingText(record: SettingRecord, lock: Lock | null): Promise<string> {
  if (record.sealed === undefined) return record.text ?? '';
  if (lock === null) throw new LockedError();
  return unseal(lock, record.sealed, `meta:${record.id}`);
}

/** The changes as JSON: the keyed maps as lists of entries. */
function changesText(changes: ProjectChanges): string {
  return JSON.stringify({
    ...changes,
    partners: [...changes.partners],
    cooperations: [...changes.cooperations],
    corrections: [...changes.corrections],
    pins: [...changes.pins],
    settings: changes.settings === undefined ? undefined : [...changes.settings],
  });
}

function changesFrom(text: string): ProjectChanges {
  const read = JSON.parse(text) as Omit<
    ProjectChanges,
    'partners' | 'cooperations' | 'corrections' | 'pins' | 'settings'
  > & {
    partners: [string, never][];
    cooperations: [string, never][];
    corrections: [string, string | null][];
    pins: [string, never][];
    settings?: [string, never][];
  };
  const { settings, ...rest } = read;
  return {
    ...rest,
    partners: new Map(read.partners),
    cooperations: new Map(read.cooperations),
    corrections: new Map(read.corrections),
    pins: new Map(read.pins),
    ...(settings === undefined ? {} : { settings: new Map(settings) }),
  };
}
