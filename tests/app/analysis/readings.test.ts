import { describe, expect, it } from 'vitest';
import {
  densityColour,
  findSector,
  readableTextOn,
  sectorMatrix,
} from '../../../src/app/analysis/heat-map';
import { groupsAndSectorsOf, opennessOf } from '../../../src/app/analysis/readings';

describe('plain readings of the E-I index', () => {
  it('calls a sector open above 0.3, closed below −0.3, mixed between, and says nothing without ties', () => {
    expect(opennessOf(0.31)).toBe('outward');
    expect(opennessOf(0.3)).toBe('mixed');
    expect(opennessOf(-0.3)).toBe('mixed');
    expect(opennessOf(-0.5)).toBe('inward');
    expect(opennessOf(null)).toBe('none');
  });
});

describe('plain readings of communities against sectors', () => {
  it('speaks of silos above an NMI of 0.6 and of groups across sectors below 0.3', () => {
    expect(groupsAndSectorsOf(0.8)).toBe('silos');
    expect(groupsAndSectorsOf(0.47)).toBe('partly');
    expect(groupsAndSectorsOf(0.1)).toBe('across');
    expect(groupsAndSectorsOf(null)).toBe('none');
  });
});

describe('the sector heat map', () => {
  const blocks = [
    { a: 'Gesundheitswesen', b: 'Gesundheitswesen', ties: 4, density: 0.4 },
    { a: 'Gesundheitswesen', b: 'Kinder- und Jugendhilfe', ties: 2, density: 0.05 },
    { a: 'Kinder- und Jugendhilfe', b: 'Kinder- und Jugendhilfe', ties: 0, density: null },
  ];

  it('finds a block by two sectors in either order', () => {
    const lookup = sectorMatrix(blocks);
    expect(lookup('Kinder- und Jugendhilfe', 'Gesundheitswesen')?.ties).toBe(2);
    expect(lookup('Gesundheitswesen', 'Kinder- und Jugendhilfe')?.ties).toBe(2);
    expect(lookup('Bildung', 'Gesundheitswesen')).toBeUndefined();
  });

  it('keeps sector names like __proto__ as plain data', () => {
    const lookup = sectorMatrix([{ a: '__proto__', b: 'constructor', ties: 1, density: 1 }]);
    expect(lookup('constructor', '__proto__')?.ties).toBe(1);
    expect(lookup('toString', 'valueOf')).toBeUndefined();
  });

  it('shades the densest block darkest and writes white on dark cells, black on light ones', () => {
    const colour = densityColour(blocks);
    expect(readableTextOn(colour(0.4))).toBe('#ffffff');
    expect(readableTextOn(colour(0))).toBe('#000000');
    expect(readableTextOn('#ffffff')).toBe('#000000');
  });

  it('recognises the catalogue sectors however the list spells their case', () => {
    expect(findSector([' gesundheitswesen', 'Bildung'], 'Gesundheitswesen')).toBe(
      ' gesundheitswesen',
    );
    expect(findSector(['Bildung'], 'Gesundheitswesen')).toBeUndefined();
  });
});
