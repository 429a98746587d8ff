import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { PROJECT_FORMAT, PROJECT_PROBLEM_CODES, readProjectFile } from '../../../src/core/project';
import { NETWORK_JSON_FORMAT } from '../../../src/core/export/json';
import { hostileCell, hostileText, prototypeIsClean } from './hostile-text';

const NOW = '2025-05-01T08:00:00.000Z';

/**
 * Documents that pass the first gate (a known format) and then hold anything: versions that are
 * no integer, fields of the wrong type, keys of Object.prototype. The properties in
 * tests/core/project cover arbitrary text and JSON; these reach the schema checks behind the gate.
 */
const gatePassing = fc
  .record({
    format: fc.constantFrom(PROJECT_FORMAT, NETWORK_JSON_FORMAT),
    schemaVersion: fc.oneof(fc.constantFrom(1, 2, 3, 0, -1, 1.5, 2 ** 53, '2', null), fc.integer()),
    name: fc.oneof(hostileCell, fc.integer()),
    partners: fc.oneof(
      fc.array(
        fc.dictionary(hostileCell, fc.oneof(hostileCell, fc.integer(), fc.constant(null)), {
          maxKeys: 6,
        }),
        {
          maxLength: 3,
        },
      ),
      fc.jsonValue({ maxDepth: 1 }),
    ),
    cooperations: fc.jsonValue({ maxDepth: 2 }),
    positions: fc.dictionary(hostileCell, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  })
  .map((document) => JSON.stringify(document));

describe('reading an arbitrary project file', () => {
  test.prop([fc.oneof(gatePassing, hostileText(40))], { numRuns: 200 })(
    'never throws; a refusal names known codes and a JSON Pointer for a corrupt value',
    (text) => {
      const reading = readProjectFile(text, { now: NOW });
      if ('project' in reading) return;
      expect(reading.problems.length).toBeGreaterThan(0);
      for (const problem of reading.problems) {
        expect(PROJECT_PROBLEM_CODES).toContain(problem.code);
        if (problem.code === 'corrupt') expect(problem.path).toMatch(/^(\/[^/]*)*$/);
      }
      expect(prototypeIsClean()).toBe(true);
    },
  );
});
