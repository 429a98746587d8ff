import * as v from 'valibot';
import { NETWORK_JSON_FORMAT } from '../export/json';
import type { Cooperation, Intensity, Partner } from '../model/types';
import { attributesSchema } from './keyed';

/**
 * Version 1: the network JSON written by `networkToJson` (partners and cooperations). The partner
 * and cooperation shapes stay the same in later versions, so those schemas serve them too.
 */
const year = v.nullable(v.pipe(v.number(), v.integer()));

export const partnerSchema = v.object({
  id: v.string(),
  name: v.string(),
  sector: v.string(),
  type: v.string(),
  carrier: v.string(),
  municipality: v.string(),
  socialArea: v.string(),
  offers: v.array(v.string()),
  since: year,
  attributes: attributesSchema,
}) satisfies v.GenericSchema<unknown, Partner>;

export const cooperationSchema = v.object({
  source: v.string(),
  target: v.string(),
  intensity: v.picklist([1, 2, 3, 4] as const satisfies readonly Intensity[]),
  /** Absent in files written before ties kept their own weights: those read as before. */
  weight: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
  formal: v.boolean(),
  kind: v.string(),
  since: year,
  attributes: attributesSchema,
}) satisfies v.GenericSchema<unknown, Cooperation>;

export const projectV1Schema = v.object({
  format: v.literal(NETWORK_JSON_FORMAT),
  schemaVersion: v.literal(1),
  partners: v.array(partnerSchema),
  cooperations: v.array(cooperationSchema),
});

export type ProjectV1 = v.InferOutput<typeof projectV1Schema>;
