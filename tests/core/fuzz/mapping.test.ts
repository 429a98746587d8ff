import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  recognisedMapping,
  TABLE_FIELDS,
  type ColumnMapping,
  type TableKind,
} from '../../../src/core/import';
import { hostileCell, prototypeIsClean } from './hostile-text';

const kind = fc.constantFrom<TableKind>(
  'partners',
  'cooperations',
  'matrix',
  'offers',
  'memberships',
);

/** A user's mapping: any header (known or not) to any field name (fitting the kind or not) or null. */
const userMapping = (headers: string[]) =>
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...headers, 'Gibt es nicht'), hostileCell),
        fc.option(fc.constantFrom(...Object.values(TABLE_FIELDS).flat(), 'toString', '__proto__'), {
          nil: null,
        }),
      ),
      { maxLength: 5 },
    )
    .map((entries) => {
      const mapping = Object.create(null) as Record<string, string | null>;
      for (const [header, field] of entries) mapping[header] = field;
      return mapping as ColumnMapping;
    });

describe('recognising arbitrary headers', () => {
  test.prop(
    [
      kind,
      fc
        .array(hostileCell, { minLength: 1, maxLength: 10 })
        .chain((headers) =>
          fc.tuple(fc.constant(headers), fc.option(userMapping(headers), { nil: undefined })),
        ),
    ],
    { numRuns: 200 },
  )(
    'never throws; every header is a key, every value a field of the kind or none',
    (tableKind, [headers, mapping]) => {
      const result = recognisedMapping(tableKind, headers, mapping);
      expect(Object.getPrototypeOf(result)).toBeNull();
      const fields: readonly string[] = TABLE_FIELDS[tableKind];
      for (const header of headers)
        if (header !== '') expect(Object.keys(result)).toContain(header);
      for (const value of Object.values(result))
        if (value !== null) expect(fields).toContain(value);
      const assigned = Object.values(result).filter((value) => value !== null);
      expect(new Set(assigned).size).toBe(assigned.length);
      expect(prototypeIsClean()).toBe(true);
    },
  );
});
