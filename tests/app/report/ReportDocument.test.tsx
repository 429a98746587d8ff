// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportDocument } from '../../../src/app/report/ReportDocument';
import type { ReportData } from '../../../src/app/report/types';
import { cliTranslator } from '../../../src/cli/i18n';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { createCooperation, createPartner } from '../../../src/core/model/types';
import { compareWithReference } from '../../../src/core/reference/compare-with-reference';
import { defaultReferenceFigures } from '../../../src/core/reference/default-reference-figures';
import { buildFullReport } from '../../../src/core/report/full-report';
import { accuracyMeasured } from '../../../src/core/analysis/sampling-accuracy';

const HOSTILE = '<img src=x onerror=alert(1)>';
const catalogue = defaultCatalogue();
const full = buildFullReport(
  {
    network: {
      partners: [
        createPartner({ id: '1', name: 'Jugendamt', sector: 'Kinder- und Jugendhilfe' }),
        createPartner({ id: '2', name: HOSTILE, sector: 'Gesundheitswesen' }),
      ],
      cooperations: [createCooperation({ source: '1', target: '2', intensity: 2 })],
    },
  },
  [],
  () => '',
  { catalogue },
);

function data(overrides: Partial<ReportData> = {}): ReportData {
  return {
    title: 'Netzwerkbericht 2025',
    networkName: 'Netzwerk Frühe Hilfen Musterstadt',
    date: '2025-11-04',
    language: 'de',
    catalogue: full.catalogue,
    report: full,
    gaps: full.gaps,
    doubles: full.doubles,
    ...overrides,
  };
}

describe('ReportDocument', () => {
  afterEach(cleanup);

  it('says in its methods when betweenness and closeness are estimates, and how close they came where measured', () => {
    const sampled = {
      sources: 4_000,
      seed: 1,
      estimatedPartners: 20_000,
      accuracyMeasured: accuracyMeasured(4_000),
    };
    expect(sampled.accuracyMeasured).not.toBeNull();
    const estimated = { ...full, network: { ...full.network, sampled } };
    const { container, unmount } = render(
      <ReportDocument {...data({ report: estimated })} t={cliTranslator('de')} />,
    );
    const note = container.querySelector('#report-methods [data-report="sampled"]');
    expect(note?.textContent).toContain('4.000');
    expect(note?.textContent).toContain('10.000');
    expect(note?.textContent).toContain('%');
    unmount();
    // Exact: no such sentence.
    const exact = render(<ReportDocument {...data()} t={cliTranslator('de')} />);
    expect(exact.container.querySelector('[data-report="sampled"]')).toBeNull();
  });

  it('says where nothing was found instead of leaving a section empty', () => {
    render(<ReportDocument {...data()} t={cliTranslator('de')} />);
    expect(screen.getByText('Für diesen Bericht wurde keine Karte erstellt.')).toBeTruthy();
    expect(screen.getByText('Keine: Kein Partner scheint doppelt eingetragen.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Vergleich mit dem letzten Stand' })).toBeNull();
    expect(screen.getByText('4. November 2025')).toBeTruthy();
  });

  it('sets the missing groups beside how many municipalities have them, with year, source and the answer for this network', () => {
    const reference = compareWithReference(
      defaultReferenceFigures(),
      catalogue,
      full.gaps.missingTypes,
    );
    const { container } = render(
      <ReportDocument {...data({ reference })} t={cliTranslator('de')} />,
    );
    const section = container.querySelector('#report-gaps') as HTMLElement;
    const missing = within(section).getAllByRole('table')[0] as HTMLElement;
    expect(
      within(missing)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Einrichtungsart', 'Sektor', 'Grundlage', 'Zum Vergleich']);
    const midwives = within(missing).getByText('Familienhebamme / FGKiKP').closest('tr');
    expect(midwives?.lastElementChild?.textContent).toBe('in 92,9 % der Kommunen (NZFH 2020)');
    const court = within(missing).getByText('Familiengericht').closest('tr');
    expect(court?.lastElementChild?.textContent).toBe('–');

    const heading = within(section).getByRole('heading', {
      name: 'Wie andere Kommunen aufgestellt sind',
    });
    const sentences = [...(heading.nextElementSibling?.querySelectorAll('li') ?? [])].map(
      (li) => li.textContent,
    );
    expect(sentences).toHaveLength(9);
    expect(sentences[0]).toBe(
      'Schwangerschaftsberatungsstellen: in 95,7 % der Kommunen im Netzwerk (NZFH 2017) – Ihr Netzwerk: nein',
    );
    expect(sentences).toContain(
      'Familienhebammen/Familien-Gesundheits- und Kinderkrankenpflegende: in 92,9 % der Kommunen im Netzwerk (NZFH 2020) – Ihr Netzwerk: nein',
    );
    expect(sentences).toContain(
      'Allgemeiner Sozialdienst: in 85,0 % der Kommunen im Netzwerk (NZFH 2017) – Ihr Netzwerk: ja',
    );
    expect(section.textContent).toContain('ein Anteil der Kommunen, nicht der Partner');
    expect(section.textContent).toContain(
      'Quelle: Nationales Zentrum Frühe Hilfen: Kooperationspartner in den Netzwerken Frühe Hilfen. Monitoring Frühe Hilfen, NZFH-Kommunalbefragung 2020 – https://www.fruehehilfen.de/',
    );
  });

  it('leaves the comparison out where no figures were given, the column where no missing type has one, and speaks English', () => {
    const { container, rerender } = render(<ReportDocument {...data()} t={cliTranslator('de')} />);
    const section = () => container.querySelector('#report-gaps') as HTMLElement;
    expect(section().textContent).not.toContain('Wie andere Kommunen');
    expect(within(section()).getAllByRole('table')[0]?.querySelectorAll('th')).toHaveLength(3);
    const reference = compareWithReference(
      defaultReferenceFigures(),
      catalogue,
      full.gaps.missingTypes,
    );
    const everyGroupThere = {
      ...reference,
      rows: reference.rows.map((row) => ({ ...row, inNetwork: true })),
    };
    rerender(
      <ReportDocument
        {...data({
          gaps: {
            ...full.gaps,
            missingTypes: full.gaps.missingTypes.filter((m) => m.type === 'familiengericht'),
          },
          reference: everyGroupThere,
        })}
        t={cliTranslator('de')}
      />,
    );
    expect(within(section()).getAllByRole('table')[0]?.querySelectorAll('th')).toHaveLength(3);
    rerender(<ReportDocument {...data({ language: 'en', reference })} t={cliTranslator('en')} />);
    expect(section().textContent).toContain(
      'Family midwives/family health and paediatric nurses: in the network in 92.9% of municipalities (NZFH 2020) – your network: no',
    );
  });

  it('renders a hostile name as text and the map only as an image', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><text>${HOSTILE}</text></svg>`;
    const { container } = render(
      <ReportDocument {...data({ mapSvg: svg })} t={cliTranslator('de')} />,
    );
    expect(container.querySelectorAll('img[onerror]')).toHaveLength(0);
    expect(container.querySelectorAll('svg')).toHaveLength(0);
    expect(container.querySelector('img')?.getAttribute('src')).toMatch(
      /^data:image\/svg\+xml;base64,/,
    );
    const central = container.querySelector('#report-central') as HTMLElement;
    expect(within(central).getAllByText(HOSTILE).length).toBeGreaterThan(0);
  });

  it('lists the first 100 of a long finding and says where the rest are', () => {
    const pairs = Array.from({ length: 7_967 }, (_, i) => ({
      ids: [String(i), `${i}b`] as [string, string],
      score: 0.9,
      reasons: ['same-name' as const],
    }));
    const { container } = render(
      <ReportDocument
        {...data({ doubles: { ...full.doubles, partners: pairs } })}
        t={cliTranslator('de')}
      />,
    );
    const section = container.querySelector('#report-doubles') as HTMLElement;
    expect(section.querySelectorAll('tbody tr')).toHaveLength(100);
    expect(section.textContent).toContain(
      'Aufgeführt sind die ersten 100 von 7.967. Die vollständige Liste steht in der App und in ihren Exportdateien.',
    );
  });

  it('shows a map made elsewhere from its address, and says so while it is being drawn', () => {
    const { container, rerender } = render(
      <ReportDocument {...data({ mapImage: 'drawing' })} t={cliTranslator('de')} />,
    );
    expect(screen.getByRole('status').textContent).toBe('Die Karte wird gezeichnet …');
    expect(container.querySelector('img')).toBeNull();
    rerender(
      <ReportDocument
        {...data({ mapImage: { kind: 'svg', url: 'blob:karte' } })}
        t={cliTranslator('de')}
      />,
    );
    expect(container.querySelector('img')?.getAttribute('src')).toBe('blob:karte');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('compares with a previous snapshot, signs the change and formats numbers in English', () => {
    render(
      <ReportDocument
        {...data({
          language: 'en',
          comparison: {
            date: '2024-11-04',
            figures: {
              partners: 1,
              cooperations: 0,
              density: 0,
              components: 1,
              isolates: 1,
              articulationPoints: 0,
              bridges: 0,
              eiIndex: null,
              assortativity: null,
              communities: 1,
            },
          },
        })}
        t={cliTranslator('en')}
      />,
    );
    const table = screen.getByRole('heading', { name: 'Comparison with the previous snapshot' })
      .parentElement as HTMLElement;
    const row = within(table).getByRole('rowheader', { name: 'Partners' })
      .parentElement as HTMLElement;
    expect([...row.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      '1',
      '2',
      '+1',
    ]);
    expect(within(table).getByText(/4 November 2024/)).toBeTruthy();
  });
});
