// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { NetworkAnalysis } from '../../../src/core/analysis/analyse-network';
import { SAMPLED_SOURCES } from '../../../src/core/analysis/path-sources';
import { accuracyMeasured } from '../../../src/core/analysis/sampling-accuracy';
import type { Network } from '../../../src/core/model/types';
import { AnalysisView } from '../../../src/app/analysis/AnalysisView';
import { i18next, i18nReady } from '../../../src/app/i18n';
import { analysedSample, COORDINATOR } from './sample';

// Queries go by text, label and selector rather than by role: role queries compute the
// accessibility tree of the whole view, hundreds of table cells, and are slow in jsdom.

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
const tableByCaption = (caption: RegExp) =>
  screen.getByText(caption, { selector: 'caption' }).closest('table') as HTMLTableElement;
const bodyRows = (table: HTMLTableElement) => [...table.tBodies[0]!.rows];
const rowName = (row: HTMLTableRowElement) => row.querySelector('th')!.textContent;
const figure = (id: string) => document.querySelector(`[data-figure="${id}"]`)!.textContent;
const list = (label: string) => screen.getByLabelText(label, { selector: 'ul' });

// Each test renders the whole view (some 1,000 elements); on a busy shared machine that can take
// longer than vitest's default 5 s, which says nothing about the view itself.
describe('the analysis view of the Beispielkreis', { timeout: 20_000 }, () => {
  it('says politely that the analysis is running while there is none yet', () => {
    show(null);
    const status = screen.getByText('Analyse läuft …');
    expect(status.getAttribute('role')).toBe('status');
  });

  it('shows every key figure with its explanation in plain German, visibly', () => {
    show();
    expect(figure('density')).toContain('0,095');
    expect(figure('density')).toContain(
      'Anteil der möglichen Kooperationen, die tatsächlich bestehen',
    );
    expect(figure('modularity')).toContain('rechnet mit der Intensität');
    expect(
      screen.getByText(
        /Mit der Intensität der Kooperationen gerechnet: Stärke, Gewicht, Gewichtete Eingebundenheit, Gewichtete wirksame Kontakte und Gruppe/,
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(/zählen Schritte von Partner zu Partner, nicht die Intensität/),
    ).toBeTruthy();
    expect(screen.queryByText(/aus einer Stichprobe geschätzt/)).toBeNull();
  });

  it('puts the coordinator at the top when the partners are sorted by betweenness', () => {
    show();
    const table = tableByCaption(/Alle Partner mit allen Maßen/);
    const sort = screen.getByLabelText('Nach Brückenbauer sortieren');
    fireEvent.click(sort);
    expect(sort.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    const [first] = bodyRows(table);
    expect(rowName(first!)).toBe(COORDINATOR);
    expect(first!.textContent).toContain('0,761');
  });

  it('lists every partner once and shows a dash where a measure does not apply', () => {
    show();
    const rows = bodyRows(tableByCaption(/Alle Partner mit allen Maßen/));
    expect(rows).toHaveLength(network.partners.length);
    const isolate = network.partners.find(
      (partner) => partner.id === analysis.network.isolates[0],
    )!;
    const row = rows.find((r) => rowName(r) === isolate.name)!;
    expect([...row.cells].some((cell) => cell.textContent === '–')).toBe(true);
  });

  it('draws the sector matrix with one row per sector and calls out youth welfare and health care', () => {
    show();
    const sectors = new Set(network.partners.map((partner) => partner.sector));
    const rows = bodyRows(tableByCaption(/Dichte der Kooperationen zwischen den Sektoren/));
    expect(rows).toHaveLength(sectors.size);
    expect(rowName(rows[0]!)).toBe('Kinder- und Jugendhilfe');
    expect(rowName(rows[1]!)).toBe('Gesundheitswesen');
    expect(rows[0]!.cells[1]!.style.background).not.toBe('');
    expect(
      screen.getByText(
        /^Zwischen Kinder- und Jugendhilfe und Gesundheitswesen bestehen \d+ Kooperationen \(Dichte 0,\d{3}\)\.$/,
      ),
    ).toBeTruthy();
  });

  it('names the coordinator among the partners the network hangs on', () => {
    show();
    const keyPoints = list('Schlüsselstellen (Partner)');
    expect([...keyPoints.querySelectorAll('button')].map((button) => button.textContent)).toContain(
      COORDINATOR,
    );
    expect(list('Brücken (Kooperationen)').querySelectorAll('li')).toHaveLength(
      analysis.network.bridges.length,
    );
    expect(screen.getByText(/Fällt eine Schlüsselstelle weg, zerfällt das Netzwerk/)).toBeTruthy();
  });

  it('selects a partner when its name is clicked', () => {
    const onSelect = show();
    const keyPoints = list('Schlüsselstellen (Partner)');
    const coordinator = [...keyPoints.querySelectorAll('button')].find(
      (button) => button.textContent === COORDINATOR,
    )!;
    fireEvent.click(coordinator);
    expect(onSelect).toHaveBeenCalledWith(coordinatorId());
  });

  it('reads the E-I index of each sector and compares the groups with the sectors', () => {
    show();
    const education = bodyRows(tableByCaption(/^E-I-Index je Sektor$/)).find(
      (row) => rowName(row) === 'Bildung',
    )!;
    expect(education.textContent).toContain('arbeitet überwiegend mit anderen Sektoren');
    expect(screen.getByText(/Die Gruppen folgen teilweise den Sektorgrenzen/)).toBeTruthy();
  });

  it('ranks the brokers with their roles, each brokered pair once, the roles adding up to the total', () => {
    show();
    const table = tableByCaption(/Die Partner mit den meisten Vermittlungen/);
    const headers = [...table.tHead!.rows[0]!.cells].map((cell) => cell.textContent);
    expect(headers.slice(1)).toEqual([
      'Vermittlungen insgesamt',
      'Koordinator',
      'Berater von außen',
      'Türsteher / Vertreter',
      'Verbindungsglied',
      'ohne Sektorangabe',
    ]);
    const [first] = bodyRows(table);
    expect(rowName(first!)).toBe(COORDINATOR);
    const [total, ...roles] = [...first!.cells]
      .slice(1)
      .map((cell) => Number(cell.textContent!.replace(/\./g, '')));
    expect(roles.reduce((sum, count) => sum + count!, 0)).toBe(total);
    expect(screen.getByText(/Jedes Paar, das ein Partner verbindet, zählt einmal/)).toBeTruthy();
  });

  it('says when betweenness and closeness are estimates, and how close they came where measured', () => {
    show({
      ...analysis,
      sampled: {
        sources: SAMPLED_SOURCES,
        seed: 1,
        estimatedPartners: 47_919,
        accuracyMeasured: accuracyMeasured(SAMPLED_SOURCES),
      },
      network: { ...analysis.network, eigenvectorConverged: false, pagerankConverged: false },
    });
    const note = screen.getByText(/Darum sind Brückenbauer und Nähe geschätzt/).textContent!;
    expect(note).toMatch(/mehr als 10\.000 Partner\./);
    expect(note).toMatch(/von \d\.\d{3} zufällig gewählten Partnern/);
    expect(note).toMatch(/Netzwerken mit 10\.000 bis 50\.000 Partnern nachgemessen/);
    expect(note).toMatch(/bei keinem Partner mehr als \d,\d % neben dem genauen Wert/);
    expect(note).not.toMatch(/±|Sicherheit/);
    expect(
      screen.getByText(/Einfluss \(Eigenvektor\) ließ sich für dieses Netzwerk nicht berechnen/),
    ).toBeTruthy();
    expect(
      screen.getByText(/Gewicht \(PageRank\) ließ sich für dieses Netzwerk nicht berechnen/),
    ).toBeTruthy();
  });

  it('says that an estimate from a number of sources never measured was not measured', () => {
    show({
      ...analysis,
      sampled: { sources: 250, seed: 1, estimatedPartners: 20_000, accuracyMeasured: null },
    });
    expect(
      screen.getByText(/Wie genau eine Schätzung aus 250 Partnern ist, wurde nicht nachgemessen/),
    ).toBeTruthy();
  });

  it('says when the eigenvector was computed sub-network by sub-network', () => {
    show({ ...analysis, network: { ...analysis.network, eigenvectorByComponent: true } });
    expect(
      screen.getByText(/in jedem Teilnetz für sich berechnet und nach der Zahl seiner Partner/),
    ).toBeTruthy();
  });

  it('speaks English when the language is switched', async () => {
    show();
    const headings = () =>
      [...document.querySelectorAll('h2, h3')].map((heading) => heading.textContent);
    expect(headings()).toContain('Kennzahlen des Netzwerks');
    await act(() => i18next.changeLanguage('en'));
    expect(headings()).toContain('Key figures of the network');
    expect(headings()).toContain('Cooperation between sectors');
    expect(headings()).not.toContain('Kennzahlen des Netzwerks');
    expect(figure('density')).toContain('0.095');
  });
});
