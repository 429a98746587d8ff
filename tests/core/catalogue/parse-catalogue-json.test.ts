import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { parseCatalogueJson } from '../../../src/core/catalogue/parse-catalogue-json';

const defaultText = readFileSync(
  new URL('../../../data/catalogue/kkg-nzfh-2024.json', import.meta.url),
  'utf8',
);

describe('parseCatalogueJson', () => {
  it('reads the default catalogue without a single problem', () => {
    const { catalogue, problems } = parseCatalogueJson(defaultText);
    expect(problems).toEqual([]);
    expect(catalogue?.sectors.map((s) => s.label.de)).toEqual([
      'Kinder- und Jugendhilfe',
      'Gesundheitswesen',
      'Frühförderung / Eingliederungshilfe',
      'Beratung',
      'Soziale Sicherung / Arbeit',
      'Schutz und Justiz',
      'Bildung',
      'Zivilgesellschaft',
    ]);
  });

  it('names Familienhebammen under § 3 Abs. 4 KKG and the pregnancy counselling under § 3 Abs. 2', () => {
    const types = defaultCatalogue().sectors.flatMap((s) => s.types);
    expect(types.find((t) => t.id === 'familienhebamme-fgkikp')?.basis).toBe('kkg-3-4');
    expect(types.find((t) => t.id === 'schwangerschaftsberatung')?.basis).toBe('kkg-3-2');
  });

  it('answers broken JSON with a code, not an exception', () => {
    expect(parseCatalogueJson('{"id": ').problems.map((p) => p.code)).toEqual(['invalid-json']);
  });

  it('points at a basis it does not know', () => {
    const data = JSON.parse(defaultText);
    data.sectors[1].types[0].basis = 'Gesetz';
    const { catalogue, problems } = parseCatalogueJson(JSON.stringify(data));
    expect(catalogue).toBeNull();
    expect(problems).toMatchObject([{ code: 'unknown-basis', path: 'sectors.1.types.0.basis' }]);
  });

  it('refuses a type id used twice and an empty label', () => {
    const data = JSON.parse(defaultText);
    data.sectors[0].types[1].id = data.sectors[0].types[0].id;
    expect(parseCatalogueJson(JSON.stringify(data)).problems.map((p) => p.code)).toEqual([
      'duplicate-type',
    ]);
    data.sectors[0].label.de = '  ';
    expect(parseCatalogueJson(JSON.stringify(data)).problems).toMatchObject([
      { code: 'empty-field', path: 'sectors.0.label.de' },
    ]);
  });

  it('warns when one spelling belongs to two types', () => {
    const data = JSON.parse(defaultText);
    data.sectors[1].types[1].synonyms.push('Kinderarzt');
    const { catalogue, problems } = parseCatalogueJson(JSON.stringify(data));
    expect(catalogue).not.toBeNull();
    expect(problems).toMatchObject([{ code: 'ambiguous-synonym', severity: 'warning' }]);
  });
});
