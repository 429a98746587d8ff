import { describe, expect, it } from 'vitest';
import { importNetwork } from '../../../src/core/import';
import { csvFile, fixture } from './helpers';

const ties = (result: Awaited<ReturnType<typeof importNetwork>>) =>
  result.network.cooperations.map((c) => [c.source, c.target, c.intensity]);

describe('a Kooperationsmatrix', () => {
  it('reads names down and across, x as 1, blank and 0 as no tie, and reports a cell that disagrees with its mirror', async () => {
    const result = await importNetwork({ files: [fixture('kooperationsmatrix.csv')] });
    expect(result.summary.files[0]?.kind).toBe('matrix');
    expect(result.network.partners.map((p) => p.name)).toEqual([
      'Jugendamt',
      'Geburtsklinik',
      'Frühförderstelle',
      'Kita Löwenzahn',
    ]);
    expect(ties(result)).toEqual([
      ['Jugendamt', 'Geburtsklinik', 4],
      ['Jugendamt', 'Frühförderstelle', 1],
      ['Jugendamt', 'Kita Löwenzahn', 3],
      ['Geburtsklinik', 'Kita Löwenzahn', 1],
    ]);
    expect(result.problems.map((p) => [p.line, p.code, p.params])).toEqual([
      [
        2,
        'matrix-asymmetric',
        { source: 'Jugendamt', target: 'Kita Löwenzahn', value: 2, mirror: 3 },
      ],
    ]);
  });

  it('a triangular matrix is read as it stands, without warnings', async () => {
    const result = await importNetwork({
      files: [csvFile('m.csv', ';A;B;C\nA;;2;\nB;;;4\nC;;;\n')],
    });
    expect(result.problems).toEqual([]);
    expect(ties(result)).toEqual([
      ['A', 'B', 2],
      ['B', 'C', 4],
    ]);
  });
});

describe('tables from peer tools', () => {
  it('Gephi node and edge tables: Id/Label, Source/Target/Weight; weights off the 1–4 scale kept', async () => {
    const result = await importNetwork({
      files: [fixture('gephi-nodes.csv'), fixture('gephi-edges.csv')],
    });
    expect(result.network.partners.map((p) => [p.id, p.name, p.sector])).toEqual([
      ['0', 'Jugendamt', 'Kinder- und Jugendhilfe'],
      ['1', 'Gesundheitsamt', 'Gesundheitswesen'],
      ['2', 'Hebammenpraxis', 'Gesundheitswesen'],
    ]);
    expect(ties(result)).toEqual([
      ['0', '1', 1],
      ['0', '2', 3],
      ['1', '2', 4],
    ]);
    expect(result.network.cooperations.map((c) => c.weight)).toEqual([1, 2.5, 7]);
    expect(result.network.cooperations[0]?.kind).toBe('');
    expect(result.problems.map((p) => [p.file, p.line, p.code])).toEqual([
      ['gephi-edges.csv', 1, 'weights-kept'],
    ]);
  });

  it('Kumu elements and connections: Label/Type/Tags, From/To/Type/Strength', async () => {
    const result = await importNetwork({
      files: [fixture('kumu-elements.csv'), fixture('kumu-connections.csv')],
    });
    expect(result.problems).toEqual([]);
    expect(result.network.partners[2]).toMatchObject({
      name: 'Praxis Dr. Weber, Kinderärztin',
      type: 'kinderärztliche Praxis',
    });
    expect(result.network.partners[2]?.attributes['Tags']).toBe('privat|Gesundheit');
    expect(result.network.cooperations).toMatchObject([
      { source: 'Jugendamt', target: 'Kita Pusteblume', intensity: 3, kind: 'Fallberatung' },
      {
        source: 'Jugendamt',
        target: 'Praxis Dr. Weber, Kinderärztin',
        intensity: 1,
        kind: 'Informationsaustausch',
      },
    ]);
  });
});

describe('a deliberately broken file', () => {
  it('reports every bad row and imports the rest', async () => {
    const result = await importNetwork({ files: [fixture('kaputt.csv')] });
    expect(result.problems.map((p) => [p.line, p.code, p.severity])).toEqual([
      [7, 'unterminated-quote', 'error'],
      [3, 'self-tie', 'error'],
      [4, 'invalid-agreement', 'warning'],
      [5, 'ragged-row', 'warning'],
      [5, 'duplicate-tie', 'warning'],
      [6, 'empty-name', 'error'],
    ]);
    // "hoch" is a word of a four-step scale: read as 3 and shown in the review.
    expect(ties(result)).toEqual([
      ['Jugendamt', 'Kita', 3],
      ['Kita', 'Hebamme', 3],
    ]);
    expect(result.interpretations).toMatchObject([
      { field: 'intensity', written: 'hoch', readAs: '3', line: 2 },
    ]);
  });

  it('a picture renamed to .csv is unreadable, an oversized or empty file is refused, the import goes on', async () => {
    const png = {
      name: 'foto.csv',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    };
    const huge = { name: 'riesig.csv', bytes: new Uint8Array(61 * 1024 * 1024) };
    const result = await importNetwork({
      files: [png, huge, csvFile('leer.csv', 'Name;Sektor\r\n'), csvFile('k.csv', 'Von;An\nA;B\n')],
    });
    expect(result.problems.map((p) => [p.file, p.code])).toEqual([
      ['foto.csv', 'unreadable-file'],
      ['riesig.csv', 'file-too-large'],
      ['leer.csv', 'empty-file'],
    ]);
    expect(result.problems[1]?.params).toEqual({ megabytes: 61, limit: 60 });
    expect(result.fatal).toBe(false);
    expect(result.network.partners).toHaveLength(2);
  });

  it('a broken workbook is unreadable, not a crash', async () => {
    const result = await importNetwork({
      files: [{ name: 'x.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]) }],
    });
    expect(result.problems.map((p) => p.code)).toEqual(['unreadable-file']);
    expect(result.fatal).toBe(true);
  });
});
