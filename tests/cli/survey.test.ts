import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../src/core/catalogue/default-catalogue';
import { importNetwork } from '../../src/core/import';
import { cli, root, temporaryFolder } from './helpers';

const fixtures = resolve(root, 'tests/fixtures/survey');
const partners = join(fixtures, 'partner.csv');

/** The stored returns in a folder of their own, with what else lies in a mail folder. */
function returnsFolder(): string {
  const folder = temporaryFolder();
  for (const name of readdirSync(join(fixtures, 'returned')))
    copyFileSync(join(fixtures, 'returned', name), join(folder, name));
  writeFileSync(join(folder, '~$Jobcenter Musterstadt.xlsx'), 'lock');
  writeFileSync(join(folder, 'Thumbs.db'), 'x');
  copyFileSync(join(fixtures, 'edge/leer.ods'), join(folder, 'Jobcenter Musterstadt.ods'));
  return folder;
}

describe('cli survey forms', () => {
  it('writes one workbook per partner, named after it, its first sheet the form with German headers', async () => {
    const out = join(temporaryFolder(), 'fragebögen');
    const { code, stderr } = await cli(
      'survey',
      'forms',
      '--partners',
      partners,
      '--round',
      'Befragung 2025',
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(stderr).toContain('Befragung 2025');
    const files = readdirSync(out).sort();
    expect(files).toEqual([
      'Familienzentrum Regenbogen.xlsx',
      'Hebammenpraxis Storchennest.xlsx',
      'Jobcenter Musterstadt.xlsx',
      'Jugendamt Musterstadt – ASD.xlsx',
      'Kinderklinik St. Marien.xlsx',
      'Schwangerschaftsberatung donum vitae.xlsx',
    ]);
    for (const file of files) {
      const [first] = await readXlsxFile(new Uint8Array(readFileSync(join(out, file))).buffer);
      const header = first!.data[0]!.map(String);
      expect(header[0]).toBe('Partner');
      expect(header.filter((h) => h.startsWith('Intensität'))).toHaveLength(1);
      expect(header).toEqual(
        expect.arrayContaining(['Kontakt', 'Vertrauen: zuverlässig', 'Wert: Einfluss']),
      );
      expect(first!.data).toHaveLength(6);
      expect(first!.data.slice(1).map((row) => row[0])).not.toContain(file.replace('.xlsx', ''));
    }
  });

  it('in English, keeps the German label at the start of each header', async () => {
    const out = temporaryFolder();
    expect(
      (await cli('survey', 'forms', '--partners', partners, '--lang', 'en', '--out', out)).code,
    ).toBe(0);
    const [first] = await readXlsxFile(
      new Uint8Array(readFileSync(join(out, 'Jobcenter Musterstadt.xlsx'))).buffer,
    );
    expect(first!.data[0]![2]).toBe('Intensität der Zusammenarbeit / Intensity of cooperation');
  });

  it('is called wrongly without --out or --partners, and cannot ask a list of one partner', async () => {
    expect((await cli('survey', 'forms', '--partners', partners)).code).toBe(2);
    expect((await cli('survey', 'forms', '--out', temporaryFolder())).code).toBe(2);
    expect((await cli('survey', 'send', '--partners', partners)).code).toBe(2);
    expect((await cli('survey')).code).toBe(2);
    const one = join(temporaryFolder(), 'eins.csv');
    writeFileSync(one, 'ID;Name\r\n1;Jugendamt\r\n');
    const alone = await cli('survey', 'forms', '--partners', one, '--out', temporaryFolder());
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain('too-few-partners');
  });
});

describe('cli survey merge', () => {
  it('writes the merged network in the app’s formats and befragung.json', async () => {
    const out = temporaryFolder();
    const { code, stderr } = await cli(
      'survey',
      'merge',
      '--partners',
      partners,
      '--forms',
      returnsFolder(),
      '--rule',
      'either',
      '--intensity',
      'mean',
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(stderr).toContain('survey-other-round');
    const json = JSON.parse(readFileSync(join(out, 'befragung.json'), 'utf8'));
    expect(json.round).toMatchObject({
      name: 'Befragung 2025',
      created: '2025-03-01',
      partners: 6,
      asked: 6,
    });
    expect(json.responseRate).toBeCloseTo(4 / 6, 12);
    expect(json.responded.sort()).toEqual(['P01', 'P02', 'P03', 'P04']);
    expect(json.missing).toEqual(['P05', 'P06']);
    expect(json.reciprocity).toBe(1);
    expect(json.disagreements).toEqual([{ a: 'P04', b: 'P03', aSays: 2, bSays: 3 }]);
    expect(Object.keys(json.trust.partners).sort()).toEqual([
      'P01',
      'P02',
      'P03',
      'P04',
      'P05',
      'P06',
    ]);
    expect(json.trust.partners.P05).toBe(1);
    expect(json.trust.network).toBeGreaterThan(0.8);
    expect(json.value.network).toBeGreaterThan(0.5);
    expect(json.warnings.map((w: { measure: string }) => w.measure)).toContain(
      'degreeCentralisation',
    );
    const codes = json.problems.map((p: { code: string }) => p.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'survey-wrong-format',
        'survey-other-round',
        'survey-identity-lost',
        'survey-value-not-in-list',
        'survey-intensity-assumed',
        'survey-duplicate-return',
      ]),
    );
    for (const p of json.problems) {
      expect(Object.keys(p)).toEqual(
        expect.arrayContaining(['file', 'line', 'severity', 'code', 'message']),
      );
      expect(p.message).not.toBe(p.code);
    }
    expect(
      json.problems.find((p: { code: string }) => p.code === 'survey-value-not-in-list'),
    ).toMatchObject({
      file: 'Familienzentrum Regenbogen.xlsx',
      line: 6,
      severity: 'warning',
    });
    expect(json.newOrganisations[0]).toMatchObject({
      name: 'Frauenhaus Musterstadt e. V.',
      namedBy: ['P02', 'P01'],
    });

    const result = await importNetwork({
      files: ['partner.csv', 'kooperationen.csv'].map((name) => ({
        name,
        bytes: new Uint8Array(readFileSync(join(out, name))),
      })),
      sectors: defaultCatalogue().sectors,
    });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.network.partners.map((p) => p.id)).toEqual([
      'P01',
      'P02',
      'P03',
      'P04',
      'P05',
      'P06',
    ]);
    expect(result.network.partners[0]!.municipality).toBe('Musterstadt');
    const ties = result.network.cooperations
      .map((c) => `${[c.source, c.target].sort().join('–')} ${c.intensity}`)
      .sort();
    expect(ties).toEqual([
      'P01–P02 4',
      'P01–P03 3',
      'P01–P04 2',
      'P01–P05 3',
      'P01–P06 1',
      'P02–P04 3',
      'P02–P05 1',
      'P03–P04 3',
    ]);

    const analysed = await cli(
      'analyse',
      '--partners',
      join(out, 'partner.csv'),
      '--links',
      join(out, 'kooperationen.csv'),
    );
    expect(analysed.code).toBe(0);
    expect(JSON.parse(analysed.stdout).network.cooperations).toBe(8);
  });

  it('makes a tie only where both sides name it with --rule both, at the lower intensity with --intensity min', async () => {
    const out = temporaryFolder();
    const { code } = await cli(
      'survey',
      'merge',
      '--partners',
      partners,
      '--forms',
      returnsFolder(),
      '--rule',
      'both',
      '--intensity',
      'min',
      '--out',
      out,
    );
    expect(code).toBe(0);
    const lines = readFileSync(join(out, 'kooperationen.csv'), 'utf8')
      .trim()
      .split('\r\n')
      .slice(1);
    const ties = lines
      .map((line) => line.split(';').slice(0, 3))
      .map(([a, b, i]) => `${[a, b].sort().join('–')} ${i}`)
      .sort();
    expect(ties).toEqual(['P01–P02 4', 'P01–P03 3', 'P01–P04 2', 'P02–P04 3', 'P03–P04 2']);
  });

  it('ends with code 1 and writes nothing when no returned form can be used', async () => {
    const forms = temporaryFolder();
    expect((await cli('survey', 'forms', '--partners', partners, '--out', forms)).code).toBe(0);
    const out = join(temporaryFolder(), 'ergebnis');
    const { code, stderr } = await cli(
      'survey',
      'merge',
      '--partners',
      partners,
      '--forms',
      forms,
      '--out',
      out,
    );
    expect(code).toBe(1);
    expect(stderr).toContain('survey-empty-form');
    expect(() => readdirSync(out)).toThrow();
    const empty = await cli(
      'survey',
      'merge',
      '--partners',
      partners,
      '--forms',
      temporaryFolder(),
      '--out',
      out,
    );
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('survey-no-forms');
    expect(
      (
        await cli(
          'survey',
          'merge',
          '--partners',
          partners,
          '--forms',
          join(forms, 'fehlt'),
          '--out',
          out,
        )
      ).code,
    ).toBe(1);
  });

  it('refuses a wrong rule or intensity and a missing folder option as a usage error', async () => {
    const out = temporaryFolder();
    expect(
      (
        await cli(
          'survey',
          'merge',
          '--partners',
          partners,
          '--forms',
          out,
          '--rule',
          'one',
          '--out',
          out,
        )
      ).code,
    ).toBe(2);
    expect(
      (
        await cli(
          'survey',
          'merge',
          '--partners',
          partners,
          '--forms',
          out,
          '--intensity',
          'avg',
          '--out',
          out,
        )
      ).code,
    ).toBe(2);
    expect((await cli('survey', 'merge', '--partners', partners, '--out', out)).code).toBe(2);
  });

  it('names the partners in only one of the list and the forms: kept from the forms, left out of the result', async () => {
    const list = join(temporaryFolder(), 'partner.csv');
    const lines = readFileSync(partners, 'utf8').split('\r\n');
    writeFileSync(
      list,
      [
        ...lines.filter((line) => !line.startsWith('P06')),
        'P07;Frauenhaus Musterstadt;Schutz und Justiz;Frauenhaus;Musterstadt',
        '',
      ].join('\r\n'),
    );
    const out = temporaryFolder();
    const { code } = await cli(
      'survey',
      'merge',
      '--partners',
      list,
      '--forms',
      returnsFolder(),
      '--out',
      out,
    );
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(join(out, 'befragung.json'), 'utf8'));
    const about = (problemCode: string) =>
      json.problems
        .filter((p: { code: string }) => p.code === problemCode)
        .map((p: { message: string }) => p.message);
    expect(about('survey-partner-not-in-round')).toEqual([
      expect.stringContaining('Frauenhaus Musterstadt'),
    ]);
    expect(about('survey-partner-not-in-list')).toEqual([
      expect.stringContaining('Jobcenter Musterstadt'),
    ]);
    const ids = readFileSync(join(out, 'partner.csv'), 'utf8')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(';')[0]);
    expect(ids).toEqual(['P01', 'P02', 'P03', 'P04', 'P05', 'P06']);
  });

  it('speaks English with --lang en', async () => {
    const out = temporaryFolder();
    const { code, stderr } = await cli(
      'survey',
      'merge',
      '--partners',
      partners,
      '--forms',
      returnsFolder(),
      '--lang',
      'en',
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(stderr).toContain('The form belongs to the survey “Befragung 2023”');
    const json = JSON.parse(readFileSync(join(out, 'befragung.json'), 'utf8'));
    expect(json.warnings[0].message).toMatch(/^Only 67 % of the partners answered\./u);
  });
});
