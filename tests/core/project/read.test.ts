import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPartner } from '../../../src/core/model/types';
import {
  createProject,
  PROJECT_LIMITS,
  readProjectFile,
  keepStand,
  writeProjectFile,
  type Project,
} from '../../../src/core/project';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../fixtures/project', name), 'utf8');
const NOW = '2025-05-01T08:00:00.000Z';

function project(text: string): Project {
  const reading = readProjectFile(text, { now: NOW });
  if ('problems' in reading) throw new Error(`unreadable: ${JSON.stringify(reading.problems)}`);
  return reading.project;
}

describe('reading a project file', () => {
  it('reads a whole project: positions, catalogue corrections, settings and the 2024 snapshot', () => {
    const beispielkreis = project(fixture('beispiel-v2.json'));
    expect(beispielkreis.name).toBe('Netzwerk Frühe Hilfen Beispielkreis');
    expect(beispielkreis.network.partners.map((p) => p.name)).toEqual([
      'Jugendamt Beispielkreis',
      'St. Marien Geburtsklinik',
    ]);
    expect(beispielkreis.network.cooperations[0]).toMatchObject({
      source: 'P1',
      target: 'P2',
      intensity: 4,
      formal: true,
    });
    expect(beispielkreis.positions.get('P2')).toEqual({ x: 120.5, y: -40.25, pinned: false });
    expect(beispielkreis.corrections.get('P2')).toBe('geburtsklinik');
    expect(beispielkreis.settings.get('minimumIntensity')).toBe(2);
    expect(beispielkreis.stands.map((s) => s.name)).toEqual(['2024']);
    expect(beispielkreis.memberships).toHaveLength(2);
  });

  it('migrates a version-1 network export into a project with empty extras, dated when read', () => {
    const migrated = project(fixture('beispiel-v1.json'));
    expect(migrated.network.partners).toHaveLength(2);
    expect(migrated.network.cooperations[0]).toMatchObject({
      source: 'P1',
      target: '__proto__',
      intensity: 3,
    });
    expect(migrated).toMatchObject({
      name: '',
      created: NOW,
      changed: NOW,
      offers: [],
      memberships: [],
      stands: [],
    });
    expect(migrated.positions.size).toBe(0);
  });

  it('keeps a partner ID and column names like "__proto__" as data, in records that inherit no key', () => {
    const migrated = project(fixture('beispiel-v1.json'));
    const hebamme = migrated.network.partners[1]!;
    expect(hebamme.id).toBe('__proto__');
    expect('toString' in hebamme.attributes).toBe(false);
    expect(Object.keys(hebamme.attributes)).toEqual(['__proto__', 'constructor']);
    expect(hebamme.attributes['__proto__']).toBe('Notiz als Spalte');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps a map position under the partner ID "__proto__"', () => {
    const text = fixture('beispiel-v2.json').replace('"P1": { "x": 0', '"__proto__": { "x": 0');
    const positions = project(text).positions;
    expect(positions.get('__proto__')).toEqual({ x: 0, y: 0, pinned: true });
    const again = project(writeProjectFile(project(text)));
    expect(again.positions.get('__proto__')).toEqual({ x: 0, y: 0, pinned: true });
  });

  it('says when the text is no JSON at all, e.g. a CSV chosen by mistake', () => {
    expect(readProjectFile('ID;Name\nP1;Jugendamt')).toEqual({ problems: [{ code: 'not-json' }] });
    expect(readProjectFile('')).toEqual({ problems: [{ code: 'not-json' }] });
  });

  it('says when JSON is not a Netzwerkkarte file', () => {
    for (const text of [
      '[]',
      'null',
      '42',
      '{"nodes":[],"edges":[]}',
      '{"format":"gephi","schemaVersion":2}',
    ]) {
      expect(readProjectFile(text)).toEqual({ problems: [{ code: 'not-a-project' }] });
    }
  });

  it('names the version of a file from a newer Netzwerkkarte instead of guessing at it', () => {
    const future = JSON.stringify({ format: 'netzwerkkarte.project', schemaVersion: 7 });
    expect(readProjectFile(future)).toEqual({ problems: [{ code: 'newer-version', version: 7 }] });
  });

  it('points into the document where a value is wrong', () => {
    const text = fixture('beispiel-v2.json').replace('"intensity": 4', '"intensity": 5');
    expect(readProjectFile(text)).toEqual({
      problems: [{ code: 'corrupt', path: '/cooperations/0/intensity' }],
    });
    const position = fixture('beispiel-v2.json').replace('"x": 120.5', '"x": "rechts"');
    expect(readProjectFile(position)).toEqual({
      problems: [{ code: 'corrupt', path: '/positions/P2/x' }],
    });
    const noVersion = JSON.stringify({ format: 'netzwerkkarte.project' });
    expect(readProjectFile(noVersion)).toEqual({
      problems: [{ code: 'corrupt', path: '/schemaVersion' }],
    });
  });

  it('refuses a file whose partners and ties do not hold together, naming every place', () => {
    const file = JSON.parse(fixture('beispiel-v2.json')) as {
      partners: { id: string; name: string }[];
      cooperations: { source: string; target: string }[];
      snapshots: { network: { cooperations: { source: string; target: string }[] } }[];
    };
    file.partners.push({ ...file.partners[0]!, name: 'Doppelt' });
    file.cooperations.push({ ...file.cooperations[0]!, source: 'P1', target: 'P9' });
    file.cooperations.push({ ...file.cooperations[0]!, source: 'P2', target: 'P2' });
    file.snapshots[0]!.network.cooperations.push({
      ...file.cooperations[0]!,
      source: 'P1',
      target: 'P2',
    });
    expect(readProjectFile(JSON.stringify(file))).toEqual({
      problems: [
        { code: 'duplicate-partner-id', path: '/partners/2/id', id: 'P1', first: '/partners/0/id' },
        { code: 'tie-to-missing-partner', path: '/cooperations/1/target', id: 'P9' },
        { code: 'self-tie', path: '/cooperations/2', id: 'P2' },
        {
          code: 'tie-to-missing-partner',
          path: '/snapshots/0/network/cooperations/0/target',
          id: 'P2',
        },
      ],
    });
  });

  it('refuses a file with more partners than any network kept in the app, before reading them', () => {
    const partners = `[${'{},'.repeat(PROJECT_LIMITS.partners)}{}]`;
    const text = `{"format":"netzwerkkarte.project","schemaVersion":2,"partners":${partners}}`;
    expect(readProjectFile(text)).toEqual({
      problems: [{ code: 'too-large', limit: PROJECT_LIMITS.characters }],
    });
  });

  it('escapes a slash in an ID in the pointer (RFC 6901)', () => {
    const text = fixture('beispiel-v2.json').replace(
      '"P2": { "x": 120.5',
      '"Jugendamt/ASD": { "x": "x"',
    );
    expect(readProjectFile(text)).toEqual({
      problems: [{ code: 'corrupt', path: '/positions/Jugendamt~1ASD/x' }],
    });
  });
});

describe('writing a project file', () => {
  it('writes the same bytes for the same project and reads back what it wrote', () => {
    const beispielkreis = project(fixture('beispiel-v2.json'));
    const text = writeProjectFile(beispielkreis);
    expect(writeProjectFile(project(text))).toBe(text);
    expect(project(text)).toEqual(beispielkreis);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('leaves out a position the layout turned into NaN rather than write an unreadable file', () => {
    const beispielkreis = project(fixture('beispiel-v2.json'));
    beispielkreis.positions.set('P1', { x: Number.NaN, y: 3, pinned: false });
    beispielkreis.settings.set('zoom', Number.POSITIVE_INFINITY);
    const again = project(writeProjectFile(beispielkreis));
    expect(again.positions.has('P1')).toBe(false);
    expect(again.settings.has('zoom')).toBe(false);
    expect(again.positions.get('P2')).toEqual({ x: 120.5, y: -40.25, pinned: false });
  });
});

describe('Stände (the file calls them snapshots)', () => {
  it('keeps the network of 2024 unchanged while the current one is edited, and writes it into the file', () => {
    const current = createProject('Beispielkreis', NOW, {
      partners: [createPartner({ id: 'JA', name: 'Jugendamt' })],
      cooperations: [],
    });
    const kept = keepStand(current, '2024', '2024-12-31T12:00:00.000Z');
    current.network.partners[0]!.name = 'Jugendamt (ASD)';
    expect(kept.stands[0]!.network.partners[0]!.name).toBe('Jugendamt');
    expect(current.stands).toEqual([]);
    expect(project(writeProjectFile(kept)).stands[0]).toMatchObject({
      name: '2024',
      taken: '2024-12-31T12:00:00.000Z',
    });
  });
});

describe('the compact project text kept in the browser', () => {
  it('reads back to the same project as the indented file, and is shorter', () => {
    const beispielkreis = project(fixture('beispiel-v2.json'));
    const indented = writeProjectFile(beispielkreis);
    const compact = writeProjectFile(beispielkreis, { compact: true });
    expect(compact.length).toBeLessThan(indented.length * 0.8);
    expect(writeProjectFile(project(compact))).toBe(indented);
  });
});
