// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportDocument } from '../../../src/app/report/ReportDocument';
import type { ReportData } from '../../../src/app/report/types';
import { cliTranslator } from '../../../src/cli/i18n';
import { defaultCatalogue } from '../../../src/core/catalogue/defaultCatalogue';
import { createCooperation, createPartner } from '../../../src/core/model/types';
import { buildFullReport } from '../../../src/core/report/full-report';

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

  it('says where nothing was found instead of leaving a section empty', () => {
    render(<ReportDocument {...data()} t={cliTranslator('de')} />);
    expect(screen.getByText('Für diesen Bericht wurde keine Karte erstellt.')).toBeTruthy();
    expect(screen.getByText('Keine: Kein Partner scheint doppelt eingetragen.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Vergleich mit dem letzten Stand' })).toBeNull();
    expect(screen.getByText('4. November 2025')).toBeTruthy();
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
