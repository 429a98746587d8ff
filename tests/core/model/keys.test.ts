import { describe, expect, it } from 'vitest';
import { importNetwork } from '../../../src/core/import';
import { buildGraph } from '../../../src/core/model/graph';
import { ensureSafeKeys, isReservedKey } from '../../../src/core/model/keys';
import { createCooperation, createPartner } from '../../../src/core/model/types';

const encode = (text: string) => new TextEncoder().encode(text);

describe('partner keys', () => {
  it('knows the names that collide with Object.prototype', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])
      expect(isReservedKey(key)).toBe(true);
    for (const key of ['P01', 'Jugendamt', 'proto', '']) expect(isReservedKey(key)).toBe(false);
  });

  it('renames reserved keys consistently in partners and ties, never onto a taken key', () => {
    const partners = ['constructor', 'constructor_', 'P1'].map((id) =>
      createPartner({ id, name: id }),
    );
    const { network, renamed } = ensureSafeKeys({
      partners,
      cooperations: [
        createCooperation({ source: 'constructor', target: 'P1' }),
        createCooperation({ source: 'constructor_', target: 'P1' }),
      ],
    });
    expect(renamed.get('constructor')).toBe('constructor__');
    expect(network.partners.map((p) => p.id)).toEqual(['constructor__', 'constructor_', 'P1']);
    expect(network.partners.map((p) => p.name)).toEqual(['constructor', 'constructor_', 'P1']);
    expect(network.cooperations.map((c) => c.source)).toEqual(['constructor__', 'constructor_']);
    expect(buildGraph(network).size).toBe(2);
  });

  it('an imported partner list with IDs like "__proto__" builds a graph and says what it renamed', async () => {
    const result = await importNetwork({
      files: [
        {
          name: 'partner.csv',
          bytes: encode('ID;Name\n__proto__;Proto e.V.\ntoString;Kita Text\nP1;Jugendamt\n'),
        },
        {
          name: 'kooperationen.csv',
          bytes: encode('Von;An;Intensität\n__proto__;P1;2\ntoString;P1;3\n__proto__;toString;1\n'),
        },
      ],
    });
    expect(result.fatal).toBe(false);
    expect(buildGraph(result.network).size).toBe(3);
    expect(
      result.problems
        .filter((p) => p.code === 'reserved-id')
        .map((p) => p.params.id)
        .sort(),
    ).toEqual(['__proto__', 'toString']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
