import { describe, expect, it } from 'vitest';
import { proposeNetworkName } from '../../../src/app/import/network-name';
import { nameProblem, nameTaken, uniqueName } from '../../../src/core/project/network-names';

const fromFiles = (...fileNames: string[]) => proposeNetworkName({ fileNames, titles: [] });

describe('the name proposed for an imported network', () => {
  it('is the title row above the headers when a list has one', () => {
    expect(
      proposeNetworkName({
        fileNames: ['partner.csv'],
        titles: ['Netzwerk Frühe Hilfen Bonn – Partner 2025'],
      }),
    ).toBe('Netzwerk Frühe Hilfen Bonn – Partner 2025');
  });

  it('is what the titles of several lists share, without the dash before the table', () => {
    expect(
      proposeNetworkName({
        fileNames: ['partner.csv', 'kooperationen.csv'],
        titles: [
          'Netzwerk Frühe Hilfen Bonn – Partner 2025',
          'Netzwerk  Frühe Hilfen Bonn – Kooperationen 2025',
        ],
      }),
    ).toBe('Netzwerk Frühe Hilfen Bonn');
  });

  it('takes the first title where the titles share no more than a word', () => {
    expect(
      proposeNetworkName({
        fileNames: ['a.csv', 'b.csv'],
        titles: ['Netzwerk Viersen 2025', 'Netzwerk Frühe Hilfen: Kooperationen'],
      }),
    ).toBe('Netzwerk Viersen 2025');
  });

  it('passes over a long note above the headers and a title without letters', () => {
    const note = `Bitte tragen Sie ${'jeden Partner in eine eigene Zeile ein '.repeat(4)}`;
    expect(
      proposeNetworkName({ fileNames: ['Kreis Kleve Partner.csv'], titles: [note, '03/2024'] }),
    ).toBe('Kreis Kleve');
  });

  it('is the words all file names share, without the words for a kind of table', () => {
    expect(fromFiles('Bonn Partner 2025.csv', 'Bonn Kooperationen 2025.CSV')).toBe('Bonn 2025');
    expect(fromFiles('Netzwerk_FH_Viersen_Partner.xlsx', 'netzwerk_fh_viersen_angebote.csv')).toBe(
      'Netzwerk FH Viersen',
    );
    expect(fromFiles('Frühe Hilfen Musterstadt.xlsx')).toBe('Frühe Hilfen Musterstadt');
  });

  it('is none for files named after their tables, so the day names the network', () => {
    expect(fromFiles('partner.csv', 'kooperationen.csv', 'angebote.csv', 'gremien.csv')).toBeNull();
    expect(fromFiles('Partner 2025.csv', 'Kooperationen 2025.csv')).toBeNull();
    expect(fromFiles('liste.txt', 'matrix.tsv')).toBeNull();
    expect(fromFiles()).toBeNull();
  });
});

describe('two networks of the same name', () => {
  it('are the same name in any case and spacing', () => {
    expect(nameTaken('frühe hilfen  Bonn ', ['Frühe Hilfen Bonn'])).toBe(true);
    expect(nameTaken('Frühe Hilfen Bonn 2025', ['Frühe Hilfen Bonn'])).toBe(false);
  });

  it('are told apart by a number in brackets, the first one free', () => {
    expect(uniqueName('Bonn 2025', [])).toBe('Bonn 2025');
    expect(uniqueName(' Bonn 2025 ', ['Kleve'])).toBe('Bonn 2025');
    expect(uniqueName('Bonn 2025', ['Bonn 2025'])).toBe('Bonn 2025 (2)');
    expect(uniqueName('Bonn 2025', ['bonn 2025', 'Bonn 2025 (2)'])).toBe('Bonn 2025 (3)');
    expect(uniqueName('Bonn 2025 (2)', ['Bonn 2025', 'Bonn 2025 (2)'])).toBe('Bonn 2025 (3)');
  });

  it('cannot be given: the problem says so and offers the free name', () => {
    expect(nameProblem('  ', ['Bonn'])).toEqual({ kind: 'empty' });
    expect(nameProblem('Bonn', ['Bonn'])).toEqual({ kind: 'taken', free: 'Bonn (2)' });
    expect(nameProblem('Bonn (2)', ['Bonn'])).toBeNull();
  });
});
