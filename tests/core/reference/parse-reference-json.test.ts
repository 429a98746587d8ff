import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { defaultReferenceFigures } from '../../../src/core/reference/default-reference-figures';
import { REFERENCE_LIMITS } from '../../../src/core/reference/limits';
import { parseReferenceJson } from '../../../src/core/reference/parse-reference-json';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const nzfhText = read('../../../data/reference/nzfh-kommunalbefragung.json');
const stateText = read('../../fixtures/app/landeszahlen.json');
const nzfh = () => JSON.parse(nzfhText) as { figures: Record<string, unknown>[] } & object;
const codes = (text: string) => parseReferenceJson(text).problems.map((p) => [p.code, p.path]);

describe('the NZFH figures supplied', () => {
  it('are read without a single problem, only the shares confirmed on the NZFH page', () => {
    const { figures, problems } = parseReferenceJson(nzfhText);
    expect(problems).toEqual([]);
    expect(
      figures?.figures.map(({ type, percent, year }) => `${type} ${percent} (${year})`),
    ).toEqual([
      'schwangerschaftsberatung 95.7 (2017)',
      'familienhebamme-fgkikp 92.9 (2020)',
      'erziehungsberatung 92.8 (2017)',
      'jugendamt-asd 85 (2017)',
      'kita 81.9 (2020)',
      'kita-fachberatung 80.5 (2020)',
      'familienzentrum 74.8 (2020)',
      'hilfen-zur-erziehung 69.1 (2017)',
      'familienbildungsstaette 60.8 (2020)',
    ]);
  });

  it('say they count municipalities, not partners, and who was counted', () => {
    const figures = defaultReferenceFigures();
    expect(figures.unit.de).toBe('Kommunen');
    expect(figures.measure.de).toContain('ein Anteil der Kommunen, nicht der Partner');
    expect(figures.population.de).toBe(
      'Kommunen, die Träger der örtlichen Jugendhilfe sind (Jugendamtsbezirke) und genau ein Netzwerk Frühe Hilfen haben',
    );
    for (const figure of figures.figures) {
      expect(figure.wording.de).toBe('in die fallübergreifende Netzwerkarbeit eingebunden');
      expect(figure.source.name).toBe('NZFH');
      expect(figure.source.title).toContain(`NZFH-Kommunalbefragung ${figure.year}`);
      expect(figure.source.url).toMatch(/^https:\/\/www\.fruehehilfen\.de\//);
    }
  });

  it('name only types of the default catalogue, and leave out the health groups the page gives only as changes', () => {
    const types = new Set(defaultCatalogue().sectors.flatMap((s) => s.types.map((t) => t.id)));
    const named = defaultReferenceFigures().figures.map((f) => f.type);
    for (const type of named) expect(types.has(type), type).toBe(true);
    for (const type of [
      'kinderklinik',
      'sozialpsychiatrischer-dienst',
      'frauenaerztliche-praxis',
      'kinderaerztliche-praxis',
      'hebamme',
    ])
      expect(named).not.toContain(type);
  });
});

describe('parseReferenceJson', () => {
  it("reads a state's own file: its own unit, several years for one group, a type of its own catalogue", () => {
    const { figures, problems } = parseReferenceJson(stateText);
    expect(problems).toEqual([]);
    expect(figures?.unit.de).toBe('Jugendamtsbezirke');
    expect(figures?.figures.filter((f) => f.type === 'kinderaerztliche-praxis')).toHaveLength(2);
    expect(figures?.figures.map((f) => f.type)).toContain('hebammenzentrum');
    expect(figures?.figures[0]?.source.url).toBe('');
  });

  it('answers broken JSON with a code, not an exception', () => {
    expect(codes('{"id": ')).toEqual([['invalid-json', '']]);
  });

  it('refuses a share above 100 or given as text, and a year that is no survey year', () => {
    const data = nzfh();
    data.figures[1]!.percent = 929;
    data.figures[2]!.percent = '92,8';
    data.figures[3]!.year = 2017.5;
    data.figures[4]!.year = 20;
    const { figures, problems } = parseReferenceJson(JSON.stringify(data));
    expect(figures).toBeNull();
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['percent-out-of-range', 'figures.1.percent'],
      ['invalid-field', 'figures.2.percent'],
      ['year-out-of-range', 'figures.3.year'],
      ['year-out-of-range', 'figures.4.year'],
    ]);
  });

  it('refuses a figure without its wording, source or unit, and an empty group name', () => {
    const data = nzfh() as Record<string, unknown> & { figures: Record<string, unknown>[] };
    delete data.figures[0]!.wording;
    delete data.figures[1]!.source;
    (data.figures[2]!.group as { de: string }).de = '  ';
    delete data.unit;
    expect(codes(JSON.stringify(data))).toEqual([
      ['invalid-field', 'unit'],
      ['invalid-field', 'figures.0.wording'],
      ['invalid-field', 'figures.1.source'],
      ['empty-field', 'figures.2.group.de'],
    ]);
  });

  it('refuses a source link that is no web address, so no script can hide behind it', () => {
    const data = nzfh();
    (data.figures[0]!.source as { url: string }).url = 'javascript:alert(1)';
    expect(codes(JSON.stringify(data))).toEqual([['invalid-url', 'figures.0.source.url']]);
  });

  it('refuses two figures for one group in one year, and a file without any figure', () => {
    const data = nzfh();
    data.figures.push({ ...data.figures[0]!, percent: 90 });
    expect(parseReferenceJson(JSON.stringify(data)).problems).toEqual([
      {
        code: 'duplicate-figure',
        path: 'figures.9',
        params: { type: 'schwangerschaftsberatung', year: '2017' },
      },
    ]);
    expect(codes(JSON.stringify({ ...nzfh(), figures: [] }))).toEqual([['no-figures', 'figures']]);
  });
});

describe('the size of a figures file', () => {
  it('a file far too long is refused before it is parsed', () => {
    const text = ' '.repeat(REFERENCE_LIMITS.characters + 1);
    expect(parseReferenceJson(text).problems).toEqual([
      {
        code: 'reference-file-too-large',
        path: '',
        params: { characters: REFERENCE_LIMITS.characters + 1, limit: REFERENCE_LIMITS.characters },
      },
    ]);
  });

  it(`more than ${REFERENCE_LIMITS.figures} figures are refused, saying how many there are`, () => {
    const data = nzfh();
    const [first] = data.figures;
    data.figures = Array.from({ length: REFERENCE_LIMITS.figures + 1 }, (_, i) => ({
      ...first,
      type: `typ-${i}`,
    }));
    const { figures, problems } = parseReferenceJson(JSON.stringify(data));
    expect(figures).toBeNull();
    expect(problems).toEqual([
      {
        code: 'reference-too-large',
        path: '',
        params: { figures: REFERENCE_LIMITS.figures + 1, limit: REFERENCE_LIMITS.figures },
      },
    ]);
  });
});
