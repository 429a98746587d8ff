import { describe, expect, it } from 'vitest';
import { importNetwork } from '../../../src/core/import';
import { csvFile } from './helpers';

const GEPHI_EDGES = [
  'Source,Target,Type,Id,Label,timeset,Weight',
  'Jugendamt,Geburtsklinik,Undirected,0,,,12.0',
  'Jugendamt,Hebammenpraxis,Undirected,1,,,7.5',
  'Geburtsklinik,Hebammenpraxis,Undirected,2,,,0.5',
  'Hebammenpraxis,Kinderarztpraxis,Undirected,3,,,2.0',
].join('\n');

const read = (name: string, text: string) => importNetwork({ files: [csvFile(name, text)] });
const tieNumbers = (result: Awaited<ReturnType<typeof importNetwork>>) =>
  result.network.cooperations.map((c) => [c.source, c.target, c.intensity, c.weight]);

describe('a weight column off the 1–4 scale (Gephi, Kumu)', () => {
  it('keeps every tie’s own number as its weight, with one warning for the table', async () => {
    const result = await read('kanten.csv', GEPHI_EDGES);
    expect(tieNumbers(result)).toEqual([
      ['Jugendamt', 'Geburtsklinik', 4, 12],
      ['Jugendamt', 'Hebammenpraxis', 4, 7.5],
      ['Geburtsklinik', 'Hebammenpraxis', 1, 0.5],
      ['Hebammenpraxis', 'Kinderarztpraxis', 2, 2],
    ]);
    expect(result.problems).toEqual([
      {
        file: 'kanten.csv',
        line: 1,
        column: 'Weight',
        severity: 'warning',
        code: 'weights-kept',
        params: { lowest: 0.5, highest: 12 },
      },
    ]);
  });

  it('decides for the table: a single weight above 4 keeps the whole numbers 1–4 beside it too', async () => {
    const result = await read('verbindungen.csv', 'From,To,Strength\nA,B,1\nB,C,4\nC,D,10\nD,A,\n');
    expect(result.network.cooperations.map((c) => c.weight)).toEqual([1, 4, 10, 1]);
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([[1, 'weights-kept']]);
  });

  it('reads a German decimal comma as the same weight', async () => {
    const result = await read('k.csv', 'Von;An;Gewicht\nA;B;2,5\nB;C;3\n');
    expect(result.network.cooperations.map((c) => [c.intensity, c.weight])).toEqual([
      [3, 2.5],
      [3, 3],
    ]);
  });

  it('leaves a list on the 1–4 scale as it is: no weights, no warning', async () => {
    const result = await read('k.csv', 'Von;An;Intensität\nA;B;1\nB;C;4\nC;D;\nD;E;3\n');
    expect(result.problems).toEqual([]);
    expect(result.network.cooperations.every((c) => !('weight' in c))).toBe(true);
    expect(result.network.cooperations.map((c) => c.intensity)).toEqual([1, 4, 1, 3]);
  });

  it('reads an intensity column on the 1–4 scale, row by row: a 7 there is a slip', async () => {
    const result = await read('k.csv', 'Von;An;Intensität\nA;B;7\nB;C;2,5\n');
    expect(result.network.cooperations.map((c) => [c.intensity, c.weight])).toEqual([
      [4, undefined],
      [3, undefined],
    ]);
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'intensity-out-of-range'],
      [3, 'intensity-rounded'],
    ]);
  });

  it('reads a weight column with text in it on the 1–4 scale, row by row', async () => {
    const result = await read('k.csv', 'Von;An;Gewicht\nA;B;7\nB;C;???\n');
    expect(result.network.cooperations.map((c) => [c.intensity, c.weight])).toEqual([
      [4, undefined],
      [1, undefined],
    ]);
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'intensity-out-of-range'],
      [3, 'invalid-intensity'],
    ]);
  });

  it('keeps no negative numbers as strengths: such a column is read on the 1–4 scale', async () => {
    const result = await read('k.csv', 'Source,Target,Weight\nA,B,-2\nB,C,7.5\n');
    expect(result.network.cooperations.map((c) => [c.intensity, c.weight])).toEqual([
      [1, undefined],
      [4, undefined],
    ]);
    expect(result.problems.map((p) => p.code)).toEqual([
      'intensity-out-of-range',
      'intensity-out-of-range',
    ]);
  });

  it('a tie listed twice keeps the higher weight, as it keeps the higher intensity', async () => {
    const result = await read(
      'k.csv',
      'Source,Target,Weight\nA,B,7.5\nB,A,12\nA,C,0.5\nC,A,0.25\n',
    );
    expect(tieNumbers(result)).toEqual([
      ['A', 'B', 4, 12],
      ['A', 'C', 1, 0.5],
    ]);
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([
      [1, 'weights-kept'],
      [3, 'duplicate-tie'],
      [5, 'duplicate-tie'],
    ]);
  });

  it('decides for each table apart: a second list on the 1–4 scale keeps its intensities', async () => {
    const result = await importNetwork({
      files: [
        csvFile('gephi.csv', 'Source,Target,Weight\nA,B,7.5\n'),
        csvFile('liste.csv', 'Von;An;Intensität\nC;D;3\n'),
      ],
    });
    expect(tieNumbers(result)).toEqual([
      ['A', 'B', 4, 7.5],
      ['C', 'D', 3, undefined],
    ]);
    expect(result.problems.map((p) => [p.file, p.code])).toEqual([['gephi.csv', 'weights-kept']]);
  });
});
