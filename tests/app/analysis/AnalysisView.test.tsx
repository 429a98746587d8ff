// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { NetworkAnalysis } from '../../../src/core/analysis/analyse-network';
import type { Network } from '../../../src/core/model/types';
import { AnalysisView } from '../../../src/app/analysis/AnalysisView';
import { i18next, i18nReady } from '../../../src/app/i18n';
import { analysedSample, COORDINATOR } from './sample';

let network: Network;
let analysis: NetworkAnalysis;

beforeAll(async () => {
  await i18nReady;
  ({ network, analysis } = await analysedSample());
});

afterEach(async () => {
  cleanup();
  await act(() => i18next.changeLanguage('de'));
});

function show(result: NetworkAnalysis | null = analysis, onSelect = vi.fn()) {
  render(<AnalysisView network={network} analysis={result} onSelect={onSelect} />);
  return onSelect;
}

const coordinatorId = () => network.partners.find((partner) => partner.name === COORDINATOR)!.id;
const partnerTable = () => screen.getByRole('table', { name: /Alle Partner mit allen Maßen/ });
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('the analysis view of the Beispielkreis', () => {
  it('says politely that the analysis is running while there is none yet', () => {
    show(null);
    expect(screen.getByRole('status').textContent).toBe('Analyse läuft …');
  });

  it('shows every key figure with its explanation in plain German, visibly', () => {
    show();
    const density = document.querySelector('[data-figure="density"]') as HTMLElement;
    expect(density.textContent).toContain('0,095');
    expect(density.textContent).toContain(
      'Anteil der möglichen Kooperationen, die tatsächlich bestehen',
    );
    const modularity = document.querySelector('[data-figure="modularity"]') as HTMLElement;
    expect(modularity.textContent).toContain('rechnet mit der Intensität');
    expect(
      screen.getByText(
        /Mit der Intensität der Kooperationen gerechnet: Stärke, Gewicht und Gruppe/,
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(/zählen Schritte von Partner zu Partner, nicht die Intensität/),
    ).toBeTruthy();
    expect(screen.queryByText(/aus einer Stichprobe geschätzt/)).toBeNull();
  });

  it('puts the coordinator at the top when the partners are sorted by betweenness', () => {
    show();
    const table = partnerTable();
    fireEvent.click(within(table).getByRole('button', { name: 'Nach Brückenbauer sortieren' }));
    const header = within(table).getByRole('columnheader', { name: /Brückenbauer/ });
    expect(header.getAttribute('aria-sort')).toBe('descending');
    const [first] = bodyRows(table);
    expect(within(first!).getByRole('rowheader').textContent).toBe(COORDINATOR);
    expect(first!.textContent).toContain('0,761');
  });

  it('lists every partner once and shows a dash where a measure does not apply', () => {
    show();
    const rows = bodyRows(partnerTable());
    expect(rows).toHaveLength(network.partners.length);
    const isolate = network.partners.find(
      (partner) => partner.id === analysis.network.isolates[0],
    )!;
    const row = rows.find((r) => within(r).getByRole('rowheader').textContent === isolate.name)!;
    expect(
      within(row)
        .getAllByRole('cell')
        .some((cell) => cell.textContent === '–'),
    ).toBe(true);
  });

  it('draws the sector matrix with one row per sector and calls out youth welfare and health care', () => {
    show();
    const sectors = new Set(network.partners.map((partner) => partner.sector));
    const heatMap = screen.getByRole('table', {
      name: /Dichte der Kooperationen zwischen den Sektoren/,
    });
    const rows = bodyRows(heatMap);
    expect(rows).toHaveLength(sectors.size);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('Kinder- und Jugendhilfe');
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('Gesundheitswesen');
    const cell = within(rows[0]!).getAllByRole('cell')[1]!;
    expect(cell.style.background).not.toBe('');
    expect(
      screen.getByText(
        /^Zwischen Kinder- und Jugendhilfe und Gesundheitswesen bestehen \d+ Kooperationen \(Dichte 0,\d+\)\.$/,
      ),
    ).toBeTruthy();
  });

  it('names the coordinator among the partners the network hangs on', () => {
    show();
    const keyPoints = screen.getByRole('list', { name: 'Schlüsselstellen (Partner)' });
    expect(within(keyPoints).getByRole('button', { name: COORDINATOR })).toBeTruthy();
    const bridges = screen.getByRole('list', { name: 'Brücken (Kooperationen)' });
    expect(within(bridges).getAllByRole('listitem')).toHaveLength(analysis.network.bridges.length);
    expect(screen.getByText(/Fällt eine Schlüsselstelle weg, zerfällt das Netzwerk/)).toBeTruthy();
  });

  it('selects a partner when its name is clicked', () => {
    const onSelect = show();
    const keyPoints = screen.getByRole('list', { name: 'Schlüsselstellen (Partner)' });
    fireEvent.click(within(keyPoints).getByRole('button', { name: COORDINATOR }));
    expect(onSelect).toHaveBeenCalledWith(coordinatorId());
  });

  it('reads the E-I index of each sector and compares the groups with the sectors', () => {
    show();
    const openness = screen.getByRole('table', { name: 'E-I-Index je Sektor' });
    const education = bodyRows(openness).find((row) => row.textContent?.startsWith('Bildung'))!;
    expect(education.textContent).toContain('arbeitet überwiegend mit anderen Sektoren');
    expect(screen.getByText(/Die Gruppen folgen teilweise den Sektorgrenzen/)).toBeTruthy();
  });

  it('ranks the brokers with their five roles', () => {
    show();
    const brokers = screen.getByRole('table', {
      name: /Die Partner mit den meisten Vermittlungen/,
    });
    const [first] = bodyRows(brokers);
    expect(within(first!).getByRole('rowheader').textContent).toBe(COORDINATOR);
    expect(screen.getByText(/in beide Richtungen gezählt/)).toBeTruthy();
  });

  it('says when betweenness is an estimate and when an iteration did not converge', () => {
    show({
      ...analysis,
      betweennessMode: 'sampled',
      betweennessErrorBound: 0.0421,
      network: { ...analysis.network, eigenvectorConverged: false, pagerankConverged: false },
    });
    expect(
      screen.getByText(/mit 95 % Sicherheit höchstens ±0,042 neben dem genauen Wert/),
    ).toBeTruthy();
    expect(
      screen.getByText(/Einfluss \(Eigenvektor\) ließ sich für dieses Netzwerk nicht berechnen/),
    ).toBeTruthy();
    expect(
      screen.getByText(/Gewicht \(PageRank\) ließ sich für dieses Netzwerk nicht berechnen/),
    ).toBeTruthy();
  });

  it('speaks English when the language is switched', async () => {
    show();
    expect(screen.getByRole('heading', { name: 'Kennzahlen des Netzwerks' })).toBeTruthy();
    await act(() => i18next.changeLanguage('en'));
    expect(screen.getByRole('heading', { name: 'Key figures of the network' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Cooperation between sectors' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Kennzahlen des Netzwerks' })).toBeNull();
    expect(
      (document.querySelector('[data-figure="density"]') as HTMLElement).textContent,
    ).toContain('0.095');
  });
});
