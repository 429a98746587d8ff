import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, SAMPLE_FILES, temporaryFolder } from './helpers';

interface Report {
  partners: { id: string; name: string; networks?: string[] }[];
  gaps: {
    missingTypes: { type: string; sector: string; basis: string; typeLabel: { de: string } }[];
    missingSectors: string[];
    unconnectedSectorPairs: { a: string; b: string }[];
    areaCoverage: { areas: string[]; emptyCells: unknown[] };
  };
  doubles: {
    partners: { ids: [string, string]; score: number; reasons: string[] }[];
    offers: { offer: string; area: string; targetGroup: string; partners: string[] }[];
    committees: { a: string; b: string; jaccard: number; shared: string[] }[];
    networks: { id: string; members: { network: string; partnerId: string }[] }[];
  };
  catalogue: { id: string; version: string; source: string };
}

async function analyse(
  ...extra: string[]
): Promise<{ code: number; report: Report; stderr: string }> {
  const { code, stdout, stderr } = await cli('analyse', ...extra);
  return {
    code,
    report: code === 0 ? (JSON.parse(stdout) as Report) : (undefined as unknown as Report),
    stderr,
  };
}

const nameOf = (report: Report, id: string) => report.partners.find((p) => p.id === id)?.name;

describe('cli analyse: gaps and doubled structures of the Beispielkreis', async () => {
  const { code, report } = await analyse(...SAMPLE_FILES);

  it('names the catalogue it checked against', () => {
    expect(code).toBe(0);
    expect(report.catalogue).toMatchObject({ id: 'kkg-nzfh', version: '2024.1' });
    expect(report.catalogue.source).toContain('KKG');
  });

  it('misses the gynaecological practice, the SPZ, the employment agency and the family court, law first', () => {
    const missing = report.gaps.missingTypes.map((m) => m.type);
    expect(missing).toEqual(
      expect.arrayContaining([
        'frauenaerztliche-praxis',
        'spz',
        'agentur-fuer-arbeit',
        'familiengericht',
      ]),
    );
    expect(report.gaps.missingTypes.find((m) => m.type === 'familiengericht')).toMatchObject({
      sector: 'schutz-justiz',
      basis: 'kkg-3-2',
    });
    const bases = report.gaps.missingTypes.map((m) => m.basis);
    expect(bases).toEqual(
      [...bases].sort(
        (x, y) =>
          ['kkg-3-2', 'kkg-3-4', 'nzfh'].indexOf(x) - ['kkg-3-2', 'kkg-3-4', 'nzfh'].indexOf(y),
      ),
    );
    expect(report.gaps.missingSectors).toEqual([]);
    expect(report.gaps.unconnectedSectorPairs).toContainEqual({
      a: 'gesundheitswesen',
      b: 'schutz-justiz',
    });
    expect(report.gaps.areaCoverage.areas.length).toBeGreaterThan(0);
  });

  it('finds the Caritas entered twice, and not the two pregnancy counselling services', () => {
    const pairs = report.doubles.partners.map(({ ids }) => ids.map((id) => nameOf(report, id)));
    expect(pairs).toContainEqual([
      'Caritasverband für den Beispielkreis e.V.',
      'Caritas-Verband f. d. Beispielkreis e. V.',
    ]);
    expect(pairs.flat().filter((name) => name?.startsWith('Schwangerschaftsberatung'))).toEqual([]);
    expect(pairs.flat()).not.toContain(
      'Schwangerschaftsberatungsstelle des Diakonischen Werks Auenstadt',
    );
  });

  it('finds the Elterncafé twice in Auenstadt-Nord', () => {
    expect(report.doubles.offers).toContainEqual(
      expect.objectContaining({
        offer: 'Elterncafé',
        area: 'Auenstadt-Nord',
        partners: expect.any(Array),
      }),
    );
  });

  it('finds the steering group and the AK Kinderschutz with mostly the same members', () => {
    expect(report.doubles.committees).toEqual([
      expect.objectContaining({
        a: 'AK Kinderschutz',
        b: 'Steuerungsgruppe Frühe Hilfen',
        jaccard: 0.6,
      }),
    ]);
    expect(report.doubles.networks).toEqual([]);
  });
});

describe('cli analyse: options of the checks', () => {
  it('--overlap-threshold 0.9 hides the committee overlap; a threshold outside 0–1 is a usage error', async () => {
    const { report } = await analyse(...SAMPLE_FILES, '--overlap-threshold', '0.9');
    expect(report.doubles.committees).toEqual([]);
    expect((await cli('analyse', ...SAMPLE_FILES, '--overlap-threshold', '1.5')).code).toBe(2);
    expect((await cli('analyse', ...SAMPLE_FILES, '--overlap-threshold', 'viel')).code).toBe(2);
  });

  it('checks against a small CSV catalogue of the coordinator', async () => {
    const dir = temporaryFolder();
    const catalogue = join(dir, 'mein-katalog.csv');
    writeFileSync(
      catalogue,
      '\uFEFFSektor;Typ;Grundlage;Synonyme\r\n' +
        'Gesundheitswesen;Hebamme;§ 3 Abs. 2 KKG;Hebammenpraxis|freiberufliche Hebamme\r\n' +
        'Gesundheitswesen;Geburtshaus;NZFH;\r\n' +
        'Schutz und Justiz;Familiengericht;§ 3 Abs. 2 KKG;Amtsgericht – Familiengericht\r\n',
      'utf8',
    );
    const { code, report } = await analyse(...SAMPLE_FILES, '--catalogue', catalogue);
    expect(code).toBe(0);
    expect(report.catalogue).toMatchObject({ id: 'mein-katalog', source: 'mein-katalog.csv' });
    expect(report.catalogue.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(report.gaps.missingTypes.map((m) => [m.typeLabel.de, m.basis])).toEqual([
      ['Familiengericht', 'kkg-3-2'],
      ['Geburtshaus', 'nzfh'],
    ]);
  });

  it("reads the partners' sectors as the sectors of the catalogue it is given", async () => {
    const dir = temporaryFolder();
    const partners = join(dir, 'partner.csv');
    writeFileSync(
      partners,
      'Name;Sektor\r\nGesundheitsamt;Gesundheit\r\nPatenprojekt;Ehrenamt\r\n',
    );
    const links = join(dir, 'kooperationen.csv');
    writeFileSync(links, 'Von;An\r\nGesundheitsamt;Patenprojekt\r\n');
    const sectors = async (...extra: string[]) => {
      const { stdout } = await cli('analyse', '--partners', partners, '--links', links, ...extra);
      return (JSON.parse(stdout) as { partners: { sector: string }[] }).partners.map(
        (p) => p.sector,
      );
    };
    expect(await sectors()).toEqual(['Gesundheitswesen', 'Zivilgesellschaft']);
    const catalogue = join(dir, 'mein-katalog.csv');
    writeFileSync(
      catalogue,
      'Sektor;Sektor-Synonyme;Typ;Grundlage\r\nGesundheit;Gesundheitswesen;Gesundheitsamt;§ 3 Abs. 2 KKG\r\n',
    );
    expect(await sectors('--catalogue', catalogue)).toEqual(['Gesundheit', 'Ehrenamt']);
  });

  it('stops with exit 1 and the catalogue problems when the catalogue is broken', async () => {
    const catalogue = join(temporaryFolder(), 'kaputt.csv');
    writeFileSync(
      catalogue,
      'Sektor;Typ;Grundlage\r\nGesundheitswesen;Hebamme;irgendwas\r\n',
      'utf8',
    );
    const { code, stderr } = await analyse(...SAMPLE_FILES, '--catalogue', catalogue);
    expect(code).toBe(1);
    expect(stderr).toContain('kaputt.csv:2: error unknown-basis');
    expect(stderr).toContain('Grundlage');
  });
});

describe('cli analyse: several municipal networks', () => {
  function town(dir: string, partners: string[][], links: string[][]) {
    mkdirSync(dir, { recursive: true });
    const csv = (rows: string[][]) => `\uFEFF${rows.map((r) => r.join(';')).join('\r\n')}\r\n`;
    writeFileSync(
      join(dir, 'partner.csv'),
      csv([['ID', 'Name', 'Sektor', 'Einrichtungsart', 'Kommune'], ...partners]),
      'utf8',
    );
    writeFileSync(
      join(dir, 'kooperationen.csv'),
      csv([['Von', 'An', 'Intensität'], ...links]),
      'utf8',
    );
  }

  it('finds the pregnancy counselling both towns share and analyses the district as one network', async () => {
    const root = temporaryFolder();
    town(
      join(root, 'Viersen'),
      [
        ['1', 'Jugendamt Stadt Viersen', 'Kinder- und Jugendhilfe', 'Jugendamt', 'Viersen'],
        ['2', 'donum vitae Viersen e.V.', 'Beratung', 'Schwangerschaftsberatung', ''],
        ['3', 'Kita Regenbogen', 'Kinder- und Jugendhilfe', 'Kita', 'Viersen'],
      ],
      [
        ['1', '2', '3'],
        ['1', '3', '2'],
      ],
    );
    town(
      join(root, 'Kempen'),
      [
        ['1', 'Jugendamt Stadt Kempen', 'Kinder- und Jugendhilfe', 'Jugendamt', 'Kempen'],
        ['7', 'Donum Vitae', 'Beratung', 'Schwangerschaftsberatung', ''],
      ],
      [['1', '7', '2']],
    );
    const { code, report } = await analyse(
      '--network',
      join(root, 'Viersen'),
      '--network',
      join(root, 'Kempen'),
    );
    expect(code).toBe(0);
    expect(report.doubles.networks).toEqual([
      {
        id: 'Viersen/2',
        members: [
          { network: 'Viersen', partnerId: '2' },
          { network: 'Kempen', partnerId: '7' },
        ],
      },
    ]);
    expect(report.partners).toHaveLength(4);
    expect(report.partners.find((p) => p.id === 'Viersen/2')?.networks).toEqual([
      'Viersen',
      'Kempen',
    ]);
    expect(report.partners.find((p) => p.id === 'Kempen/1')?.networks).toEqual(['Kempen']);
    expect((report as unknown as { network: { components: number } }).network.components).toBe(1);
  });

  it('takes either table files or network folders', async () => {
    expect((await cli('analyse', ...SAMPLE_FILES, '--network', temporaryFolder())).code).toBe(2);
  });
});
