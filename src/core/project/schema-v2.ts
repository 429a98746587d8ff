import * as v from 'valibot';
import { PROJECT_FORMAT } from './format';
import { keyedEntries } from './keyed';
import { cooperationSchema, partnerSchema } from './schema-v1';
import type { MapPosition, Project, SettingValue, Stand } from './types';

/** Version 2: the whole project (see `Project`). Positions, corrections and settings are JSON objects keyed by ID or name. */
const timestamp = v.pipe(v.string(), v.isoTimestamp());

const offerSchema = v.object({
  partner: v.string(),
  offer: v.string(),
  socialArea: v.string(),
  targetGroup: v.string(),
});
const membershipSchema = v.object({ partner: v.string(), committee: v.string() });

const positionSchema = v.object({
  x: v.pipe(v.number(), v.finite()),
  y: v.pipe(v.number(), v.finite()),
  pinned: v.boolean(),
}) satisfies v.GenericSchema<unknown, MapPosition>;

const settingSchema = v.union([
  v.string(),
  v.pipe(v.number(), v.finite()),
  v.boolean(),
]) satisfies v.GenericSchema<unknown, SettingValue>;

const standSchema = v.object({
  name: v.string(),
  taken: timestamp,
  network: v.object({ partners: v.array(partnerSchema), cooperations: v.array(cooperationSchema) }),
  offers: v.array(offerSchema),
  memberships: v.array(membershipSchema),
}) satisfies v.GenericSchema<unknown, Stand>;

const toMap = <T>(entries: [string, T][]) => new Map(entries);

export const projectV2Schema = v.pipe(
  v.object({
    format: v.literal(PROJECT_FORMAT),
    schemaVersion: v.literal(2),
    name: v.string(),
    created: timestamp,
    changed: timestamp,
    partners: v.array(partnerSchema),
    cooperations: v.array(cooperationSchema),
    offers: v.array(offerSchema),
    memberships: v.array(membershipSchema),
    positions: v.pipe(keyedEntries(positionSchema), v.transform(toMap)),
    corrections: v.pipe(keyedEntries(v.string()), v.transform(toMap)),
    settings: v.pipe(keyedEntries(settingSchema), v.transform(toMap)),
    // The file's name for the Stände.
    snapshots: v.array(standSchema),
  }),
  v.transform((doc): Project => ({
    name: doc.name,
    created: doc.created,
    changed: doc.changed,
    network: { partners: doc.partners, cooperations: doc.cooperations },
    offers: doc.offers,
    memberships: doc.memberships,
    positions: doc.positions,
    corrections: doc.corrections,
    settings: doc.settings,
    stands: doc.snapshots,
  })),
);
