import { describe, expect, it } from 'vitest';
import { networkNameFromFiles } from '../../../src/app/import/network-name';

describe('the name of an imported network', () => {
  it('is its files, without the endings of the tables', () => {
    expect(networkNameFromFiles(['Partner 2025.csv', 'Kooperationen 2025.CSV'])).toBe(
      'Partner 2025, Kooperationen 2025',
    );
    expect(networkNameFromFiles(['Netzwerk Viersen.xlsx'])).toBe('Netzwerk Viersen');
    expect(networkNameFromFiles(['liste.txt', 'matrix.tsv'])).toBe('liste, matrix');
  });

  it('keeps other endings and a name that is only an ending', () => {
    expect(networkNameFromFiles(['Stand 01.03.2025'])).toBe('Stand 01.03.2025');
    expect(networkNameFromFiles(['.csv'])).toBe('.csv');
  });
});
