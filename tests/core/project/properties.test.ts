import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { networkToJson } from '../../../src/core/export/json';
import {
  compactProjectBody,
  compactProjectHeader,
  readProjectFile,
  writeProjectFile,
} from '../../../src/core/project';
import { networkArb, projectArb } from './arbitraries';

const NOW = '2025-05-01T08:00:00.000Z';

/** Documents near a real project: a valid file with one value swapped for arbitrary JSON. */
const damagedProject = fc
  .tuple(
    projectArb,
    fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 4 }),
    fc.jsonValue({ maxDepth: 2 }),
  )
  .map(([project, path, value]) => {
    const document = JSON.parse(writeProjectFile(project)) as Record<string, unknown>;
    let node: Record<string, unknown> = document;
    // Own properties only, and the value defined rather than assigned: fast-check likes to try
    // "__proto__", which must become a key of the damaged file, not a change to Object.prototype.
    for (const key of path.slice(0, -1)) {
      const next = Object.hasOwn(node, key) ? node[key] : undefined;
      if (typeof next !== 'object' || next === null) break;
      node = next as Record<string, unknown>;
    }
    Object.defineProperty(node, path[path.length - 1]!, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return JSON.stringify(document);
  });

describe('the project file, for any input', () => {
  test.prop([fc.string()])('the reader never throws on arbitrary text', (text) => {
    expect(() => readProjectFile(text, { now: NOW })).not.toThrow();
  });

  test.prop([fc.jsonValue()])('the reader never throws on arbitrary JSON', (value) => {
    const reading = readProjectFile(JSON.stringify(value), { now: NOW });
    expect('project' in reading || reading.problems.length > 0).toBe(true);
  });

  test.prop([damagedProject])(
    'the reader never throws on a damaged project, and names a problem or a project',
    (text) => {
      const reading = readProjectFile(text, { now: NOW });
      expect('project' in reading || reading.problems.length > 0).toBe(true);
    },
  );

  test.prop([projectArb])('write → read gives the same project', (project) => {
    const reading = readProjectFile(writeProjectFile(project), { now: NOW });
    expect(reading).toEqual({ project });
  });

  test.prop([networkArb])(
    'every version-1 network export reads as a project with the same network',
    (network) => {
      const reading = readProjectFile(networkToJson(network), { now: NOW });
      expect(reading).toEqual({ project: expect.objectContaining({ network, created: NOW }) });
    },
  );

  // The same JSON value; not always the same characters: an object puts whole-number keys first,
  // so positions keyed "0" and "" are written in another order when they fall into different pieces.
  test.prop([projectArb])('the compact text is the indented one without its indent', (project) => {
    const compact = writeProjectFile(project, { compact: true });
    expect(compact).not.toContain('\n  ');
    expect(JSON.parse(compact)).toEqual(JSON.parse(writeProjectFile(project)));
    expect(readProjectFile(compact, { now: NOW })).toEqual({ project });
  });

  test.prop([projectArb, fc.integer({ min: 1, max: 4 })])(
    'written in pieces of any size, the compact text holds the same project',
    (project, piece) => {
      const pieces = [...compactProjectBody(project, piece)];
      const text = compactProjectHeader(project) + pieces.join('');
      expect(JSON.parse(text)).toEqual(JSON.parse(writeProjectFile(project)));
      expect(readProjectFile(text, { now: NOW })).toEqual({ project });
      // Lists longer than a piece really come in several pieces.
      const longest = Math.max(
        project.network.partners.length,
        project.network.cooperations.length,
      );
      expect(pieces.length).toBeGreaterThanOrEqual(Math.ceil(longest / piece));
    },
  );
});
