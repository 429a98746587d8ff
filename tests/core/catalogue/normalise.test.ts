import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../../src/core/catalogue/normalise';

describe('normaliseName', () => {
  it.each([
    ['Caritasverband für den Kreis e.V.', 'Caritas-Verband f. d. Kreis e. V.'],
    ['Ev. Familienbildungsstätte', 'Evangelische Familienbildungsstaette'],
    ['St. Marien-Hospital gGmbH', 'Sankt Marienhospital'],
    ['Hauptstr. 5', 'Hauptstraße 5'],
    ['Sozialdienst katholischer Frauen e.V.', 'SkF'],
    ['Deutsches Rotes Kreuz Kreisverband', 'DRK Kreisverband'],
  ])('writes "%s" and "%s" alike', (a, b) => {
    expect(normaliseName(a)).toBe(normaliseName(b));
  });

  it('keeps "Ev." as evangelisch at the start and drops "eV" as a legal form at the end', () => {
    expect(normaliseName('Ev. Kita Arche eV')).toBe('evang kita arche');
  });

  it('keeps words that tell organisations apart', () => {
    expect(normaliseName('Kita Sonnenschein')).not.toBe(normaliseName('Kita Sonnenblume'));
    expect(normaliseName('Ev. Kita')).not.toBe(normaliseName('Kath. Kita'));
  });
});
