// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ReportDocument } from '../../../src/app/report/ReportDocument';
import type { ReportData } from '../../../src/app/report/types';
import { cliTranslator } from '../../../src/cli/i18n';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { createCooperation, createPartner } from '../../../src/core/model/types';
import { buildFullReport, type FullReport } from '../../../src/core/report/full-report';
import { loadBeispielkreis, type Beispielkreis } from '../gaps/sample';

const catalogue = defaultCatalogue();
const COORDINATOR = 'Jugendamt Beispielkreis – Netzwerkkoordination Frühe Hilfen';

function data(report: FullReport, language: 'de' | 'en' = 'de'): ReportData {
  return {
    title: 'Netzwerkbericht',
    networkName: 'Beispielkreis',
    date: '2025-11-04',
    language,
    catalogue: report.catalogue,
    report,
    gaps: report.gaps,
    keyPointLosses: report.keyPointLosses,
    doubles: report.doubles,
  };
}

const section = (name: string) => screen.getByRole('region', { name });
const rows = (region: HTMLElement) =>
  within(region)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));

describe('the report says what the loss of each key point would cause', () => {
  let sample: Beispielkreis;
  let report: FullReport;
  beforeAll(async () => {
    sample = await loadBeispielkreis();
    report = buildFullReport(sample, [], () => '', { catalogue, analysed: sample.analysis });
  });
  afterEach(cleanup);

  it('in German, the coordinator first, the job centre left without any cooperation', () => {
    render(<ReportDocument {...data(report)} t={cliTranslator('de')} />);
    const found = rows(section('Was wäre, wenn eine Schlüsselstelle wegfällt?'));
    expect(found.map(([partner]) => partner)).toEqual([
      COORDINATOR,
      'Gesundheitsamt Beispielkreis',
      'Familienhebammen-Team Beispielkreis',
      'Migrationsberatung der AWO',
      'Familienpatenschaften Auenstadt',
    ]);
    // Each consequence a sentence of its own, as networkx finds them (what-if.networkx.json).
    expect(found[0]![1]).toBe(
      [
        'Ohne jede Kooperation: Jobcenter Beispielkreis',
        'Vom übrigen Netzwerk abgeschnitten: Caritas-Verband f. d. Beispielkreis e. V., Migrationsberatung der AWO',
        'Kinder- und Jugendhilfe und Beratung arbeiteten nicht mehr zusammen.',
        'Teilnetze danach: 4 (heute 2).',
      ].join(''),
    );
    expect(found[4]![1]).toBe(
      [
        'Ohne jede Kooperation: Ehrenamtliche Familienpaten Lindenau',
        'Kinder- und Jugendhilfe und Zivilgesellschaft arbeiteten nicht mehr zusammen.',
        'Zivilgesellschaft hätte keine Kooperation mehr mit einem anderen Sektor.',
        'Teilnetze danach: 3 (heute 2).',
      ].join(''),
    );
  });

  it('in English', () => {
    render(<ReportDocument {...data(report, 'en')} t={cliTranslator('en')} />);
    const found = rows(section('What if a key point dropped out?'));
    expect(found[0]![1]).toContain('Left without any cooperation: Jobcenter Beispielkreis');
    expect(found[0]![1]).toContain(
      'Child and youth welfare and Counselling would no longer work together.',
    );
  });

  it('says so when no single partner holds the network together', () => {
    const ring = buildFullReport(
      {
        network: {
          partners: ['a', 'b', 'c'].map((id) => createPartner({ id, name: id })),
          cooperations: [
            createCooperation({ source: 'a', target: 'b' }),
            createCooperation({ source: 'b', target: 'c' }),
            createCooperation({ source: 'c', target: 'a' }),
          ],
        },
      },
      [],
      () => '',
      { catalogue },
    );
    expect(ring.keyPointLosses).toEqual([]);
    render(<ReportDocument {...data(ring)} t={cliTranslator('de')} />);
    expect(section('Was wäre, wenn eine Schlüsselstelle wegfällt?').textContent).toContain(
      'Keine: Fällt ein einzelner Partner weg, bleiben alle anderen miteinander verbunden.',
    );
  });

  it('counts what it cannot name, and lists the first 100 key points of a long chain', () => {
    const id = (i: number) => `p${String(i).padStart(4, '0')}`;
    const chain = buildFullReport(
      {
        network: {
          partners: Array.from({ length: 300 }, (_, i) =>
            createPartner({ id: id(i), name: id(i) }),
          ),
          cooperations: Array.from({ length: 299 }, (_, i) =>
            createCooperation({ source: id(i), target: id(i + 1) }),
          ),
        },
      },
      [],
      () => '',
      { catalogue },
    );
    render(<ReportDocument {...data(chain)} t={cliTranslator('de')} />);
    const region = section('Was wäre, wenn eine Schlüsselstelle wegfällt?');
    const found = rows(region);
    expect(found).toHaveLength(100);
    expect(found[0]).toEqual([
      'p0149',
      '149 Partner wären vom übrigen Netzwerk abgeschnitten.Teilnetze danach: 2 (heute 1).',
    ]);
    expect(region.textContent).toContain(
      'Aufgeführt sind die ersten 100 von 298 Schlüsselstellen, die mit den größten Folgen zuerst.',
    );
  });
});
