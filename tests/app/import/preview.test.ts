import { beforeEach, describe, expect, it, vi } from 'vitest';
import { previewTables } from '../../../src/app/import/preview';
import { PREVIEW_LIMIT_BYTES } from '../../../src/app/import/options';
import type { CoreTask } from '../../../src/worker/protocol';
import { runTask } from '../../../src/worker/run-task';
import { xlsx } from '../../core/import/workbooks';

/** The tasks the page sent to the import worker, answered by the worker's own runner. */
const sent = vi.hoisted(() => [] as unknown[]);

vi.mock('../../../src/app/worker/client', () => ({
  runInWorker: (task: CoreTask) => {
    sent.push(structuredClone(task));
    return { result: runTask(structuredClone(task), () => undefined), cancel: () => undefined };
  },
}));

const encode = (text: string) => new TextEncoder().encode(text);

beforeEach(() => {
  sent.length = 0;
});

describe('where a chosen file is previewed', () => {
  it('a workbook is previewed in the import worker, never on the page', async () => {
    const bytes = xlsx({
      Partner: [
        ['ID', 'Name', 'Sektor'],
        ['P1', 'Jugendamt Beispielstadt', 'Kinder- und Jugendhilfe'],
      ],
    });
    const tables = await previewTables({ name: 'netz.xlsx', bytes }, '');
    expect(sent).toEqual([expect.objectContaining({ task: 'preview', maxRows: 40 })]);
    expect(tables.map((t) => [t.name, t.kind, t.rows])).toEqual([
      [
        'netz.xlsx [Partner]',
        'partners',
        [['P1', 'Jugendamt Beispielstadt', 'Kinder- und Jugendhilfe']],
      ],
    ]);
  });

  it('a small CSV file is previewed on the page; a large one in the worker, with the encoding chosen', async () => {
    const small = await previewTables(
      { name: 'p.csv', bytes: encode('ID;Name\r\nP1;Kita Sonnenschein\r\n') },
      '',
    );
    expect(sent).toEqual([]);
    expect(small[0]).toMatchObject({ kind: 'partners', rows: [['P1', 'Kita Sonnenschein']] });
    const lines = ['ID;Name'];
    for (let size = 0; size <= PREVIEW_LIMIT_BYTES; size += lines.at(-1)!.length + 1)
      lines.push(`P${lines.length};Partner ${lines.length}`);
    const large = await previewTables(
      { name: 'gross.csv', bytes: encode(lines.join('\n')) },
      'windows-1252',
    );
    expect(sent).toEqual([expect.objectContaining({ task: 'preview', encoding: 'windows-1252' })]);
    expect(large[0]).toMatchObject({ kind: 'partners', encoding: 'windows-1252' });
    expect(large[0]!.rows).toHaveLength(40);
  });
});
