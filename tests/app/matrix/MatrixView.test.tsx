// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyseNetwork, type NetworkAnalysis } from '../../../src/core/analysis/analyse-network';
import { buildGraph } from '../../../src/core/model/graph';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';
import { NO_FILTERS, visibleParts, type Filters } from '../../../src/app/filters/filters';
import { i18next, i18nReady } from '../../../src/app/i18n';
import { MATRIX_PARTNER_LIMIT, MatrixView } from '../../../src/app/matrix/MatrixView';
import { analysedSample } from '../analysis/sample';

// Queries go by selector rather than by role: the table has some 2,000 cells, and role queries
// compute the accessibility tree of all of them, which is slow in jsdom.

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

function show(filters: Partial<Filters> = {}, selected: string | null = null) {
  const onSelect = vi.fn();
  const visible = visibleParts(network, { ...NO_FILTERS, ...filters });
  render(
    <MatrixView
      network={network}
      visible={visible}
      selected={selected}
      onSelect={onSelect}
      analysis={analysis}
    />,
  );
  return { onSelect, visible };
}

const nameOf = (id: string) => network.partners.find((p) => p.id === id)!.name;
const matrix = () => document.querySelector('table.matrix-table') as HTMLTableElement;
const rows = () => [...matrix().tBodies].flatMap((body) => [...body.rows]);
const rowOf = (id: string) =>
  rows().find((row) => row.querySelector('th[scope="row"]')!.textContent === nameOf(id))!;
const columnNames = () =>
  [...matrix().querySelectorAll('th[scope="col"]')].map((header) => header.textContent);
const cell = (rowId: string, columnId: string) =>
  rowOf(rowId).querySelectorAll('td')[columnNames().indexOf(nameOf(columnId))]!;

describe('the Kooperationsmatrix of the Beispielkreis', () => {
  it('has one row and one column per partner shown, in sector bands', () => {
    show();
    expect(rows()).toHaveLength(network.partners.length);
    expect(columnNames()).toHaveLength(network.partners.length);
    const bands = [...matrix().querySelectorAll('th[scope="colgroup"]')].map((b) => b.textContent);
    expect(bands[0]).toBe('Kinder- und Jugendhilfe');
    expect(bands[1]).toBe('Gesundheitswesen');
    expect(matrix().querySelector('caption')!.textContent).toContain(
      String(network.partners.length),
    );
  });

  it('shows the binding cooperation of the coordinator and the ASD as "4 ✓", both ways round', () => {
    show();
    expect(cell('P01', 'P02').textContent).toBe('4 ✓');
    expect(cell('P02', 'P01').textContent).toBe('4 ✓');
    expect(cell('P01', 'P02').getAttribute('title')).toContain('verbindliche Kooperation');
    expect(cell('P01', 'P10').textContent).toBe('2');
  });

  it('greys the diagonal and leaves pairs without a tie empty', () => {
    show();
    expect(cell('P01', 'P01').className).toBe('matrix-self');
    expect(cell('P01', 'P07').textContent).toBe('');
  });

  it('selects a partner when its name is clicked, in a row or a column', () => {
    const { onSelect } = show();
    fireEvent.click(rowOf('P02').querySelector('button')!);
    expect(onSelect).toHaveBeenLastCalledWith('P02');
    const column = [...matrix().querySelectorAll('th[scope="col"] button')].find(
      (button) => button.textContent === nameOf('P03'),
    )!;
    fireEvent.click(column);
    expect(onSelect).toHaveBeenLastCalledWith('P03');
  });

  it('marks the selected partner’s row and column', () => {
    show({}, 'P01');
    expect(rowOf('P01').className).toBe('matrix-selected');
    expect(matrix().querySelectorAll('.matrix-selected')).toHaveLength(2);
  });

  it('narrows to the partners and ties the filters show', () => {
    const { visible } = show({ sectors: ['Gesundheitswesen'] });
    expect(rows()).toHaveLength(visible.partners.size);
    expect(visible.partners.size).toBeLessThan(network.partners.length);
  });

  it('explains the intensity scale in German beneath the matrix', () => {
    show();
    const legend = screen.getByText('Intensität der Kooperation').closest('section')!;
    expect(legend.textContent).toContain('4 – verbindliche Kooperation');
    expect(legend.textContent).toContain('1 – kennen sich / Informationsaustausch');
    expect(legend.textContent).toContain('mit Kooperationsvereinbarung');
  });

  it('speaks English when the interface does', async () => {
    await act(() => i18next.changeLanguage('en'));
    show();
    expect(screen.getByText('Cooperation matrix', { selector: 'h2' })).toBeTruthy();
  });
});

describe('a network too large for a partner × partner table', () => {
  const size = MATRIX_PARTNER_LIMIT + 1;
  const sectors = ['Kinder- und Jugendhilfe', 'Gesundheitswesen', 'Beratung'];
  const large: Network = {
    partners: Array.from({ length: size }, (_, i) =>
      createPartner({ id: `p${i}`, name: `Partner ${i}`, sector: sectors[i % 3]! }),
    ),
    cooperations: Array.from({ length: size - 1 }, (_, i) =>
      createCooperation({ source: `p${i}`, target: `p${i + 1}`, intensity: 2 }),
    ),
  };

  it('shows a note and the sector × sector matrix instead', () => {
    const visible = visibleParts(large, NO_FILTERS);
    render(
      <MatrixView
        network={large}
        visible={visible}
        selected={null}
        onSelect={vi.fn()}
        analysis={analyseNetwork(buildGraph(large))}
      />,
    );
    expect(screen.getByText(/Es werden 151 Partner angezeigt/)).toBeTruthy();
    expect(document.querySelector('table.matrix-table')).toBeNull();
    const heatMap = document.querySelector('table.analysis-heat-map') as HTMLTableElement;
    expect(heatMap.tBodies[0]!.rows).toHaveLength(3);
  });

  it('waits for the analysis before it can show the sectors', () => {
    const visible = visibleParts(large, NO_FILTERS);
    render(<MatrixView network={large} visible={visible} selected={null} onSelect={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toContain('sobald die Analyse fertig ist');
  });
});
