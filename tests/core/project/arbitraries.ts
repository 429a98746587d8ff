import fc from 'fast-check';
import type { Cooperation, Intensity, Network, Partner } from '../../../src/core/model/types';
import type { MapPosition, Project, SettingValue } from '../../../src/core/project';

/** Names as users type them, plus the keys that trip up plain objects. */
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'Caritas e.V.',
    'Kita „Sonnenschein“',
  ),
);
/** JSON has no -0, so a position of -0 reads back as 0: leave it out of identity checks. */
const finite = fc
  .double({ noNaN: true, noDefaultInfinity: true })
  .map((x) => (Object.is(x, -0) ? 0 : x));
const year = fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null });
const timestamp = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());

function nullRecord<T>(entries: [string, T][]): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}

const attributes = fc
  .array(fc.tuple(text, fc.string({ maxLength: 8 })), { maxLength: 3 })
  .map(nullRecord);

export const partnerArb: fc.Arbitrary<Partner> = fc.record({
  id: text,
  name: text,
  sector: text,
  type: text,
  carrier: text,
  municipality: text,
  socialArea: text,
  offers: fc.array(text, { maxLength: 3 }),
  since: year,
  attributes,
});

export const cooperationArb: fc.Arbitrary<Cooperation> = fc.record({
  source: text,
  target: text,
  intensity: fc.constantFrom<Intensity>(1, 2, 3, 4),
  formal: fc.boolean(),
  kind: text,
  since: year,
  attributes,
});

/**
 * A network that holds together as the app keeps it: each partner ID once, every tie between two
 * different partners of it (a file that breaks this is refused; see the reading tests).
 */
export const networkArb: fc.Arbitrary<Network> = fc
  .uniqueArray(partnerArb, { maxLength: 5, selector: (partner) => partner.id })
  .chain((partners) =>
    fc.record({
      partners: fc.constant(partners),
      cooperations:
        partners.length < 2
          ? fc.constant([])
          : fc.array(
              fc
                .tuple(
                  cooperationArb,
                  fc.integer({ min: 0, max: partners.length - 1 }),
                  fc.integer({ min: 1, max: partners.length - 1 }),
                )
                .map(([tie, from, step]) => ({
                  ...tie,
                  source: partners[from]!.id,
                  target: partners[(from + step) % partners.length]!.id,
                })),
              { maxLength: 5 },
            ),
    }),
  );

const offerArb = fc.record({ partner: text, offer: text, socialArea: text, targetGroup: text });
const membershipArb = fc.record({ partner: text, committee: text });
const positionArb: fc.Arbitrary<MapPosition> = fc.record({
  x: finite,
  y: finite,
  pinned: fc.boolean(),
});
const settingArb: fc.Arbitrary<SettingValue> = fc.oneof(
  fc.string({ maxLength: 8 }),
  finite,
  fc.boolean(),
);

export const projectArb: fc.Arbitrary<Project> = fc.record({
  name: text,
  created: timestamp,
  changed: timestamp,
  network: networkArb,
  offers: fc.array(offerArb, { maxLength: 3 }),
  memberships: fc.array(membershipArb, { maxLength: 3 }),
  positions: fc
    .array(fc.tuple(text, positionArb), { maxLength: 4 })
    .map((entries) => new Map(entries)),
  corrections: fc.array(fc.tuple(text, text), { maxLength: 3 }).map((entries) => new Map(entries)),
  settings: fc
    .array(fc.tuple(text, settingArb), { maxLength: 3 })
    .map((entries) => new Map(entries)),
  stands: fc.array(
    fc.record({
      name: text,
      taken: timestamp,
      network: networkArb,
      offers: fc.array(offerArb, { maxLength: 2 }),
      memberships: fc.array(membershipArb, { maxLength: 2 }),
    }),
    { maxLength: 2 },
  ),
});
