import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXACT_UP_TO, SAMPLED_SOURCES } from '../../src/core/analysis/path-sources';
import { cli, sample, temporaryFolder } from './helpers';

const SAMPLE = ['--partners', sample('partner.csv'), '--links', sample('kooperationen.csv')];

interface Report {
  network: { sampled: null | Record<string, unknown> };
  partners: { id: string; betweenness: number; closeness: number }[];
}

async function analyse(...argv: string[]): Promise<Report> {
  const { code, stdout, stderr } = await cli('analyse', ...argv);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as Report;
}

/**
 * A youth office with one more partner than the command line analyses exactly by itself, each
 * partner tied to the office alone, under names that are no doubles of each other.
 */
function officeWithManyContacts(): string[] {
  const folder = temporaryFolder();
  const partners = ['ID;Name;Sektor', 'J;Jugendamt;Kinder- und Jugendhilfe'];
  const ties = ['Von;An;Intensität'];
  for (let i = 1; i <= EXACT_UP_TO; i += 1) {
    partners.push(`P${i};Kontakt ${i.toString(36)}${(i * 7919).toString(36)};Gesundheitswesen`);
    ties.push(`J;P${i};1`);
  }
  writeFileSync(join(folder, 'partner.csv'), `${partners.join('\r\n')}\r\n`);
  writeFileSync(join(folder, 'kooperationen.csv'), `${ties.join('\r\n')}\r\n`);
  return ['--partners', join(folder, 'partner.csv'), '--links', join(folder, 'kooperationen.csv')];
}

describe('cli analyse: betweenness and closeness exact or estimated', () => {
  it('computes a small network exactly and says so: sampled is null', async () => {
    const report = await analyse(...SAMPLE);
    expect(report.network.sampled).toBeNull();
    expect(await analyse(...SAMPLE, '--exact')).toEqual(report);
  });

  it('estimates from --samples N sources and says how, without figures it never measured', async () => {
    const exact = await analyse(...SAMPLE);
    const report = await analyse(...SAMPLE, '--samples', '12');
    // 44 partners hold the ties; the physiotherapy practice without any is its own sub-network.
    expect(report.network.sampled).toEqual({
      sources: 12,
      seed: 1,
      estimatedPartners: 44,
      accuracyMeasured: null,
    });
    const closeness = (r: Report) => r.partners.map((p) => p.closeness);
    expect(closeness(report)).not.toEqual(closeness(exact));
    expect(await analyse(...SAMPLE, '--samples', '12')).toEqual(report);
  });

  it(`samples above ${EXACT_UP_TO} partners by itself, and computes exactly with --exact`, async () => {
    const files = officeWithManyContacts();
    const sampled = await analyse(...files);
    expect(sampled.network.sampled).toMatchObject({
      sources: SAMPLED_SOURCES,
      seed: 1,
      estimatedPartners: EXACT_UP_TO + 1,
    });
    const exact = await analyse(...files, '--exact');
    expect(exact.network.sampled).toBeNull();
    const office = (r: Report) => r.partners.find((p) => p.id === 'J')!;
    expect(office(exact).betweenness).toBeCloseTo(1, 12);
    expect(office(exact).closeness).toBe(1);
    // Every shortest path runs through the office: an estimate of n / (n − 1) when the office was
    // not drawn as a source, of less when it was (then it stood for its block), 1 on average.
    expect(office(sampled).betweenness).toBeCloseTo(1, 3);
    expect(sampled.partners.find((p) => p.id === 'P7')!.closeness).toBeCloseTo(
      exact.partners.find((p) => p.id === 'P7')!.closeness,
      4,
    );
  }, 60_000);

  it.each([
    [['--exact', '--samples', '100'], '--exact or --samples N, not both'],
    [['--samples', '0'], '--samples: a whole number of at least 1, not "0"'],
    [['--samples', '1,5'], '--samples: a whole number of at least 1, not "1,5"'],
    [['--samples', 'viele'], '--samples: a whole number of at least 1, not "viele"'],
  ])('refuses %j as a usage error', async (options, message) => {
    const { code, stdout, stderr } = await cli('analyse', ...SAMPLE, ...options);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(message);
  });

  it('takes the same options for the report', async () => {
    const out = join(temporaryFolder(), 'bericht.html');
    const { code } = await cli('report', ...SAMPLE, '--samples', '12', '--out', out);
    expect(code).toBe(0);
    expect((await cli('report', ...SAMPLE, '--exact', '--samples', '3', '--out', out)).code).toBe(
      2,
    );
  });
});
