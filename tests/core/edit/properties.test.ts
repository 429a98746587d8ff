import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  addCooperation,
  addPartner,
  removeCooperation,
  removePartner,
  setPartnerField,
  updatePartner,
  type EditResult,
} from '../../../src/core/edit';
import type { Network } from '../../../src/core/model/types';

const id = fc.constantFrom('JA', 'GK', 'KITA', 'HEB', '__proto__', '');
type Edit = (network: Network) => EditResult;
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(id, fc.string({ maxLength: 6 })).map(
    ([pid, name]): Edit =>
      (n) =>
        addPartner(n, { id: pid, name }),
  ),
  fc.tuple(id, id).map(
    ([from, to]): Edit =>
      (n) =>
        updatePartner(n, from, { id: to }),
  ),
  id.map(
    (pid): Edit =>
      (n) =>
        removePartner(n, pid),
  ),
  fc.tuple(id, id, fc.integer({ min: 0, max: 5 })).map(
    ([source, target, intensity]): Edit =>
      (n) =>
        addCooperation(n, { source, target, intensity }),
  ),
  fc.tuple(id, id).map(
    ([source, target]): Edit =>
      (n) =>
        removeCooperation(n, source, target),
  ),
  fc.array(id, { maxLength: 3 }).map(
    (ids): Edit =>
      (n) =>
        setPartnerField(n, ids, 'sector', 'Gesundheitswesen'),
  ),
);

describe('any sequence of edits', () => {
  test.prop([fc.array(edit, { maxLength: 25 })])(
    'keeps IDs unique, every tie between two known partners, and never changes its input',
    (edits) => {
      let network: Network = { partners: [], cooperations: [] };
      for (const apply of edits) {
        const frozen = JSON.stringify(network);
        const result = apply(network);
        expect(JSON.stringify(network)).toBe(frozen);
        if ('network' in result) network = result.network;
      }
      const ids = network.partners.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const c of network.cooperations) {
        expect(ids).toContain(c.source);
        expect(ids).toContain(c.target);
        expect(c.source).not.toBe(c.target);
        expect([1, 2, 3, 4]).toContain(c.intensity);
      }
    },
  );
});
