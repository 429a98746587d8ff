import { describe, expect, it } from 'vitest';
import { sectorAssortativity } from '../../../src/core/analysis/assortativity';
import { blockDensity } from '../../../src/core/analysis/block-density';
import { eiIndex } from '../../../src/core/analysis/ei-index';
import { indexOf, valuesById } from './network-fixtures';

const JH = 'Kinder- und Jugendhilfe';
const GW = 'Gesundheitswesen';
/** Three youth-welfare partners in a triangle, one of them tied to a clinic, which knows a midwife. */
const SILO = indexOf(
  [
    ['asd', 'kita'],
    ['asd', 'efb'],
    ['kita', 'efb'],
    ['asd', 'klinik'],
    ['klinik', 'hebamme'],
  ],
  { asd: JH, kita: JH, efb: JH, klinik: GW, hebamme: GW },
);

describe('block density by sector', () => {
  it('divides the ties of each pair of sectors by the possible pairs', () => {
    expect(blockDensity(SILO)).toEqual([
      { a: GW, b: GW, ties: 1, density: 1 },
      { a: GW, b: JH, ties: 1, density: 1 / 6 },
      { a: JH, b: JH, ties: 3, density: 1 },
    ]);
  });

  it('gives no density within a sector of a single partner', () => {
    expect(blockDensity(indexOf([['a', 'b']], { a: 'Bildung', b: JH }))[0]).toEqual({
      a: 'Bildung',
      b: 'Bildung',
      ties: 0,
      density: null,
    });
  });
});

describe('E-I index (Krackhardt & Stern)', () => {
  it('weighs external against internal ties for the network, each sector and each partner', () => {
    const ei = eiIndex(SILO);
    expect(ei.network).toBeCloseTo((1 - 4) / 5, 15);
    expect(ei.bySector.get(JH)).toBeCloseTo((1 - 3) / 4, 15);
    expect(ei.bySector.get(GW)).toBeCloseTo((1 - 1) / 2, 15);
    const byPartner = valuesById(SILO, ei.byPartner);
    expect(byPartner.asd).toBeCloseTo((1 - 2) / 3, 15);
    expect(byPartner.kita).toBe(-1);
    expect(byPartner.klinik).toBe(0);
  });

  it('gives null without ties instead of NaN', () => {
    const ei = eiIndex(indexOf([], { a: JH }));
    expect(ei.network).toBeNull();
    expect(ei.byPartner).toEqual([null]);
    expect(ei.bySector.get(JH)).toBeNull();
  });
});

describe('assortativity by sector (Newman)', () => {
  it("gives networkx's test network 6/22", () => {
    const fish = { n0: 'one', n1: 'one', n2: 'two', n3: 'two', n4: 'red', n5: 'blue' };
    const index = indexOf(
      [
        ['n0', 'n1'],
        ['n2', 'n3'],
        ['n0', 'n4'],
        ['n2', 'n5'],
      ],
      fish,
    );
    expect(sectorAssortativity(index)).toBeCloseTo(6 / 22, 15);
  });

  it('is 1 for perfect silos and -1 when every tie crosses between two sectors', () => {
    expect(
      sectorAssortativity(
        indexOf(
          [
            ['a', 'b'],
            ['c', 'd'],
          ],
          { a: JH, b: JH, c: GW, d: GW },
        ),
      ),
    ).toBeCloseTo(1, 15);
    expect(
      sectorAssortativity(
        indexOf(
          [
            ['a', 'c'],
            ['b', 'd'],
          ],
          { a: JH, b: JH, c: GW, d: GW },
        ),
      ),
    ).toBeCloseTo(-1, 15);
  });

  it('is null where networkx gives NaN: no ties, or everyone in one sector', () => {
    expect(sectorAssortativity(indexOf([], { a: JH }))).toBeNull();
    expect(sectorAssortativity(indexOf([['a', 'b']], { a: JH, b: JH }))).toBeNull();
  });
});
