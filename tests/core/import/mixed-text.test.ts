import { describe, expect, it } from 'vitest';
import { importNetwork } from '../../../src/core/import';

const windows1252 = (text: string) =>
  Uint8Array.from([...text].map((c) => (c === 'ü' ? 0xfc : c === 'ö' ? 0xf6 : c.charCodeAt(0))));
const utf8 = (text: string) => new TextEncoder().encode(text);
const joined = (...parts: Uint8Array[]) => {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
};

describe('text that is not what it seems', () => {
  it('reads lines of UTF-8 in a Windows-1252 list as UTF-8 and says which', async () => {
    const bytes = joined(
      windows1252('Name;Sektor\r\nFrühförderstelle Nord;Frühförderung\r\n'),
      utf8('Frühförderstelle Süd;Frühförderung\r\n'),
      windows1252('Hebamme Müller;Gesundheitswesen\r\n'),
    );
    const result = await importNetwork({ files: [{ name: 'gemischt.csv', bytes }] });
    expect(result.network.partners.map((p) => p.name)).toEqual([
      'Frühförderstelle Nord',
      'Frühförderstelle Süd',
      'Hebamme Müller',
    ]);
    expect(result.problems.map((p) => [p.code, p.line])).toEqual([['utf8-line', 3]]);
  });

  it('a Windows-1252 list with nothing of UTF-8 in it is read without a word', async () => {
    const bytes = windows1252('Name;Sektor\r\nFrühförderstelle Nord;Frühförderung\r\n');
    const result = await importNetwork({ files: [{ name: 'alt.csv', bytes }] });
    expect(result.problems).toEqual([]);
  });

  it('removes control characters from cells, with a notice on the line', async () => {
    const bytes = utf8(
      'Name;Sektor\nKita\u0007 Sonnenschein\u001b;Kinder- und Jugendhilfe\nHebamme;\n',
    );
    const result = await importNetwork({ files: [{ name: 'steuer.csv', bytes }] });
    expect(result.network.partners.map((p) => p.name)).toEqual(['Kita Sonnenschein', 'Hebamme']);
    expect(result.problems.map((p) => [p.code, p.line, p.severity])).toEqual([
      ['control-characters', 2, 'warning'],
    ]);
  });
});
