import { describe, expect, it } from 'vitest';
import { emptyRecord } from '../../../src/core/model/types';
import { importNetwork } from '../../../src/core/import';

describe('emptyRecord', () => {
  it('inherits no key: "__proto__", "toString" and "constructor" are plain data', () => {
    const record = emptyRecord<string>();
    expect('toString' in record).toBe(false);
    expect(record['constructor']).toBeUndefined();
    expect(record['__proto__']).toBeUndefined();
    record['__proto__'] = 'Träger';
    record['toString'] = 'Kommune';
    record['constructor'] = 'Sozialraum';
    expect(Object.entries(record)).toEqual([
      ['__proto__', 'Träger'],
      ['toString', 'Kommune'],
      ['constructor', 'Sozialraum'],
    ]);
    expect(JSON.stringify(record)).toBe(
      '{"__proto__":"Träger","toString":"Kommune","constructor":"Sozialraum"}',
    );
    expect(emptyRecord<string>()).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('records do not share keys: what one is given, another does not have', () => {
    const first = emptyRecord<string>();
    const second = emptyRecord<string>();
    first.Zuständigkeit = 'Bonn';
    expect(second.Zuständigkeit).toBeUndefined();
    expect(() => {
      (Object.getPrototypeOf(first) as Record<string, string>).Zuständigkeit = 'alle';
    }).toThrow(TypeError);
    expect(second.Zuständigkeit).toBeUndefined();
  });

  it('an imported column named "__proto__" or "constructor" is an attribute like any other', async () => {
    const text =
      'ID;Name;__proto__;constructor;toString\r\nP1;Kita Sonne;a;b;c\r\nP2;Hebamme;;;\r\n';
    const { network } = await importNetwork({
      files: [{ name: 'partner.csv', bytes: new TextEncoder().encode(text) }],
    });
    const [sonne, hebamme] = network.partners;
    expect(Object.entries(sonne!.attributes)).toEqual([
      ['__proto__', 'a'],
      ['constructor', 'b'],
      ['toString', 'c'],
    ]);
    expect(Object.keys(hebamme!.attributes)).toEqual([]);
    expect(hebamme!.attributes['toString']).toBeUndefined();
  });
});
