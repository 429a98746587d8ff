// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PartnerTable } from '../../../src/app/table/PartnerTable';
import type { Visible } from '../../../src/app/filters/filters';
import { i18nReady } from '../../../src/app/i18n';
import { createPartner, type Network } from '../../../src/core/model/types';

beforeAll(async () => {
  await i18nReady;
});
afterEach(cleanup);

const PARTNERS = 250;
const label = (i: number) => String(i).padStart(3, '0');
const network: Network = {
  partners: Array.from({ length: PARTNERS }, (_, i) =>
    createPartner({ id: `p${label(i + 1)}`, name: `Partner ${label(i + 1)}` }),
  ),
  cooperations: [],
};
const visible: Visible = {
  partners: new Set(network.partners.map((p) => p.id)),
  cooperations: new Set(),
  hiddenPartners: 0,
  hiddenCooperations: 0,
};

function table(selected: string | null = null, shown: Visible = visible) {
  return (
    <PartnerTable
      network={network}
      visible={shown}
      analysis={null}
      selected={selected}
      onSelect={vi.fn()}
      onBulkSet={vi.fn()}
    />
  );
}

const names = (container: HTMLElement) =>
  [...container.querySelectorAll('tbody th')].map((cell) => cell.textContent ?? '');
const pager = () =>
  screen.getByRole('navigation', { name: 'Seiten der Tabelle „Partner des Netzwerks“' });

describe('the partner table of a large network', () => {
  it('draws a page of 100 partners and every partner on request', () => {
    const { container } = render(table());
    expect(names(container)).toHaveLength(100);
    expect(names(container)[0]).toBe('Partner 001');
    expect(pager().textContent).toContain('Zeilen 1–100 von 250');
    fireEvent.click(within(pager()).getByRole('button', { name: 'Nächste Seite' }));
    expect(names(container)[0]).toBe('Partner 101');
    fireEvent.change(within(pager()).getByRole('combobox', { name: 'Zeilen pro Seite' }), {
      target: { value: '500' },
    });
    expect(names(container)).toHaveLength(250);
    expect(pager().textContent).toContain('Zeilen 1–250 von 250');
  });

  it('turns to the page of the partner chosen on the map, and leaves sorting to the reader', () => {
    const { container, rerender } = render(table());
    rerender(table('p180'));
    expect(pager().textContent).toContain('Zeilen 101–200 von 250');
    expect(names(container)).toContain('Partner 180');
    expect(container.querySelector('tr[aria-selected="true"] th')?.textContent).toBe('Partner 180');
    fireEvent.click(screen.getByRole('button', { name: 'Sortieren nach Name' }));
    expect(pager().textContent).toContain('Zeilen 1–100 von 250');
    expect(names(container)[0]).toBe('Partner 250');
  });

  it('shows the last page left when a filter leaves fewer partners', () => {
    const { container, rerender } = render(table());
    fireEvent.click(within(pager()).getByRole('button', { name: 'Letzte Seite' }));
    expect(pager().textContent).toContain('Zeilen 201–250 von 250');
    const fewer = { ...visible, partners: new Set([...visible.partners].slice(0, 120)) };
    rerender(table(null, fewer));
    expect(pager().textContent).toContain('Zeilen 101–120 von 120');
    expect(names(container)).toHaveLength(20);
  });

  it('ticks the partners of every page at once', () => {
    render(table());
    fireEvent.click(
      screen.getByRole('checkbox', {
        name: 'Alle 250 Partner der Tabelle auswählen (alle Seiten)',
      }),
    );
    expect(screen.getByRole('form', { name: '250 Partner ausgewählt' })).toBeTruthy();
  });
});
