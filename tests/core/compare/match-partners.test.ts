import { describe, expect, it } from 'vitest';
import { matchPartners } from '../../../src/core/compare/match-partners';
import { createPartner } from '../../../src/core/model/types';

const partner = (id: string, name: string) => createPartner({ id, name });

describe('matchPartners', () => {
  it('recognises a partner by its ID even when its name was corrected', () => {
    const matching = matchPartners(
      [partner('P1', 'Jugendamt')],
      [partner('P1', 'Jugendamt Kreis Beispiel')],
    );
    expect(matching.laterIdOf).toEqual(new Map([['P1', 'P1']]));
    expect(matching.added).toEqual([]);
    expect(matching.gone).toEqual([]);
    expect(matching.renamed).toEqual([]);
  });

  it('recognises "Caritasverband f. d. Kreis e.V." as "Caritas-Verband für den Kreis" in a list exported without IDs', () => {
    const matching = matchPartners(
      [partner('caritas-1', 'Caritasverband f. d. Kreis e.V.')],
      [partner('caritas-verband-fuer-den-kreis', 'Caritas-Verband für den Kreis')],
    );
    expect(matching.laterIdOf.get('caritas-1')).toBe('caritas-verband-fuer-den-kreis');
    expect(matching.renamed).toEqual([
      {
        before: { id: 'caritas-1', name: 'Caritasverband f. d. Kreis e.V.' },
        after: { id: 'caritas-verband-fuer-den-kreis', name: 'Caritas-Verband für den Kreis' },
      },
    ]);
  });

  it('names the partners who joined and those who left', () => {
    const matching = matchPartners(
      [partner('J', 'Jugendamt'), partner('S', 'Suchtberatung')],
      [partner('J', 'Jugendamt'), partner('H', 'Hebamme Meier')],
    );
    expect(matching.added).toEqual([{ id: 'H', name: 'Hebamme Meier' }]);
    expect(matching.gone).toEqual([{ id: 'S', name: 'Suchtberatung' }]);
  });

  it('matches two partners of the same name one to one, in list order', () => {
    const matching = matchPartners(
      [partner('a', 'Kita Sonnenschein'), partner('b', 'Kita Sonnenschein')],
      [partner('x', 'Kita Sonnenschein')],
    );
    expect(matching.laterIdOf).toEqual(new Map([['a', 'x']]));
    expect(matching.gone).toEqual([{ id: 'b', name: 'Kita Sonnenschein' }]);
  });

  it('does not match a partner to one already recognised by its ID', () => {
    const matching = matchPartners(
      [partner('1', 'Familienzentrum Nord'), partner('2', 'Familienzentrum Nord')],
      [partner('1', 'Familienzentrum Nord')],
    );
    expect(matching.laterIdOf).toEqual(new Map([['1', '1']]));
    expect(matching.gone.map((p) => p.id)).toEqual(['2']);
  });

  it('matches nobody by a name that normalises to nothing', () => {
    const matching = matchPartners([partner('a', 'e.V.')], [partner('b', 'e. V.')]);
    expect(matching.laterIdOf.size).toBe(0);
    expect(matching.added).toHaveLength(1);
    expect(matching.gone).toHaveLength(1);
  });

  it('keeps partners with the IDs "__proto__" and "constructor" as plain data', () => {
    const matching = matchPartners(
      [partner('__proto__', 'Hebamme'), partner('constructor', 'Kita')],
      [partner('__proto__', 'Hebamme'), partner('neu', 'Kita')],
    );
    expect(matching.laterIdOf).toEqual(
      new Map([
        ['__proto__', '__proto__'],
        ['constructor', 'neu'],
      ]),
    );
  });
});
