import { describe, expect, it } from 'vitest';
import { nameFromFileName, projectFileName } from '../../../src/app/session/project';

describe('project file names', () => {
  it('keep the network’s name, umlauts included, and drop what file systems refuse', () => {
    expect(projectFileName('Netzwerk Frühe Hilfen 2025', 'Netzwerk')).toBe(
      'Netzwerk Frühe Hilfen 2025.netzwerkkarte.json',
    );
    expect(projectFileName('Kreis Viersen: Stand 03/2025', 'Netzwerk')).toBe(
      'Kreis Viersen Stand 03 2025.netzwerkkarte.json',
    );
    expect(projectFileName(' \t', 'Netzwerk')).toBe('Netzwerk.netzwerkkarte.json');
  });

  it('a file without a name inside is named after the file', () => {
    expect(nameFromFileName('Auenstadt 2024.netzwerkkarte.json')).toBe('Auenstadt 2024');
    expect(nameFromFileName('export.JSON')).toBe('export');
  });
});
