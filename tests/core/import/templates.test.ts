import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importNetwork, previewFile } from '../../../src/core/import';

const folder = new URL('../../../data/templates/', import.meta.url);
const templates = readdirSync(folder).filter((name) => name.endsWith('.csv'));
const template = (name: string) => new Uint8Array(readFileSync(new URL(name, folder)));

describe('the empty templates', () => {
  it.each(templates)(
    '%s is UTF-8 with BOM and imports as an empty table, its explanation row skipped',
    async (name) => {
      const bytes = template(name);
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const result = await importNetwork({ files: [{ name, bytes }] });
      expect(result.problems.map((p) => p.code)).toEqual(['empty-file']);
    },
  );

  it.each([
    ['partnerliste.csv', 'partners'],
    ['kooperationen.csv', 'cooperations'],
    ['angebote.csv', 'offers'],
    ['gremien.csv', 'memberships'],
  ])('%s, once filled in, is recognised as a %s table', async (name, kind) => {
    const text = new TextDecoder().decode(template(name)) + 'A;B;2;ja;;\r\n';
    const [preview] = await previewFile({ name, bytes: new TextEncoder().encode(text) });
    expect(preview?.kind).toBe(kind);
    expect(preview?.rows).toHaveLength(1);
  });

  it('the matrix template, once filled in, is a matrix', async () => {
    const text =
      new TextDecoder()
        .decode(template('kooperationsmatrix.csv'))
        .replace('\r\nKooperationsmatrix\r\n', '\r\nKooperationsmatrix;A;B\r\n') +
      'A;;x\r\nB;x;\r\n';
    const result = await importNetwork({
      files: [{ name: 'm.csv', bytes: new TextEncoder().encode(text) }],
    });
    expect(result.summary.files[0]?.kind).toBe('matrix');
    expect(result.network.cooperations).toHaveLength(1);
  });
});
