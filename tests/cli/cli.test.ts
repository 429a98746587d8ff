import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, sample, temporaryFolder } from './helpers';

const fixture = (name: string) => resolve(root, 'tests/fixtures/app', name);

describe('cli analyse', () => {
  it('writes the report of the sample network as JSON to standard output', async () => {
    const { code, stdout } = await cli(
      'analyse',
      '--partners',
      sample('partner.csv'),
      '--links',
      sample('kooperationen.csv'),
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.network).toMatchObject({ partners: 45, cooperations: 94, components: 2 });
    expect(report.network.density).toBeCloseTo((2 * 94) / (45 * 44), 12);
    expect(report.network.isolates).toEqual(['P27']);
    // Why a column would be empty, and whether the eigenvector is one vector: the sample has one
    // sub-network with ties and its physiotherapy practice without any.
    expect(report.network).toMatchObject({
      eigenvectorConverged: true,
      eigenvectorByComponent: false,
      pagerankConverged: true,
    });
    const coordinator = report.partners.find((p: { id: string }) => p.id === 'P01');
    expect(coordinator).toMatchObject({
      name: 'Jugendamt Beispielkreis – Netzwerkkoordination Frühe Hilfen',
      sector: 'Kinder- und Jugendhilfe',
      degree: 32,
    });
    expect(report.problems).toEqual([]);
  });

  it('adds every measure of the analysis to the report, at full precision', async () => {
    const { stdout } = await cli(
      'analyse',
      '--partners',
      sample('partner.csv'),
      '--links',
      sample('kooperationen.csv'),
    );
    const report = JSON.parse(stdout);
    const coordinator = report.partners.find((p: { id: string }) => p.id === 'P01');
    for (const key of [
      'betweenness',
      'closeness',
      'eigenvector',
      'pagerank',
      'constraint',
      'effectiveSize',
      'coreNumber',
      'articulationPoint',
      'community',
      'ei',
      'brokerage',
    ]) {
      expect(coordinator, key).toHaveProperty(key);
    }
    expect(Object.keys(coordinator.brokerage)).toEqual([
      'coordinator',
      'itinerant',
      'gatekeeperOrRepresentative',
      'liaison',
      'withoutSector',
      'total',
    ]);
    // The coordinator holds the network together: the job centre is tied to no one else.
    expect(coordinator.articulationPoint).toBe(true);
    expect(
      report.partners.reduce(
        (max: number, p: { betweenness: number }) => Math.max(max, p.betweenness),
        0,
      ),
    ).toBe(coordinator.betweenness);
    expect(report.bridges.map((pair: string[]) => [...pair].sort())).toContainEqual(['P43', 'P44']);
    expect(report.sectors).toHaveProperty('eiIndex');
    expect(report.sectors).toHaveProperty('assortativity');
    expect(report.sectors.blockDensity).toContainEqual(
      expect.objectContaining({
        a: expect.any(String),
        b: expect.any(String),
        ties: expect.any(Number),
      }),
    );
    expect(Object.keys(report.sectors.communities)).toEqual([
      'count',
      'modularity',
      'nmiWithSectors',
    ]);
  });

  it('writes to --out and reports problems with file, line, code and a German message', async () => {
    const out = join(temporaryFolder(), 'bericht.json');
    const { code, stderr } = await cli(
      'analyse',
      '--partners',
      fixture('partner.csv'),
      '--links',
      fixture('kooperationen.csv'),
      '--out',
      out,
    );
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.network.partners).toBe(5);
    const unknown = report.problems.find((p: { code: string }) => p.code === 'unknown-partner');
    expect(unknown).toMatchObject({ file: 'kooperationen.csv', line: 6, severity: 'error' });
    expect(unknown.message).toContain('Hebammenpraxis Unbekannt');
    expect(report.problems.find((p: { code: string }) => p.code === 'empty-name')).toMatchObject({
      file: 'partner.csv',
      line: 7,
    });
    expect(stderr).toContain('kooperationen.csv:6');
  });

  it('speaks English with --lang en', async () => {
    const { stdout } = await cli(
      'analyse',
      '--partners',
      fixture('partner.csv'),
      '--links',
      fixture('kooperationen.csv'),
      '--lang',
      'en',
    );
    const message: string = JSON.parse(stdout).problems.find(
      (p: { code: string }) => p.code === 'unknown-partner',
    ).message;
    expect(message).toContain('Hebammenpraxis Unbekannt');
    expect(message).not.toMatch(/Partnerliste/);
  });

  it('exits 1 when the input cannot be analysed and 2 on a usage error', async () => {
    expect((await cli('analyse', '--partners', fixture('kaputt.csv'))).code).toBe(1);
    expect((await cli('analyse', '--partners', join(root, 'does-not-exist.csv'))).code).toBe(1);
    expect((await cli('analyse')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('analyse', '--unknown-flag')).code).toBe(2);
  });
});
