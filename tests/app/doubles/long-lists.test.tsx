// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ChangeList } from '../../../src/app/compare/ChangeList';
import { DuplicatePartners } from '../../../src/app/doubles/DuplicatePartners';
import { ArticulationDependents } from '../../../src/app/gaps/ArticulationDependents';
import { PartnerButtons } from '../../../src/app/gaps/PartnerButtons';
import { i18nReady } from '../../../src/app/i18n';
import type { DuplicatePartners as Pair } from '../../../src/core/doubles/find-duplicate-partners';

beforeAll(() => i18nReady);
afterEach(cleanup);

const kitas = Array.from({ length: 120 }, (_, i) => `K${i + 1}`);
const kitaName = (id: string) => `Kita Nr. ${id.slice(1)}`;
const labels = { partner: kitaName, sector: (id: string) => id, type: (id: string) => id };

describe('long lists of a large network', () => {
  it('show the doubled pairs 50 at a time, every pair a page away', () => {
    const pairs: Pair[] = kitas.map((id) => ({
      ids: [id, `${id}b`],
      score: 0.9,
      reasons: ['same-name'],
    }));
    render(
      <DuplicatePartners
        pairs={pairs}
        partnerName={(id) => kitaName(id.replace('b', ''))}
        onShowPartners={vi.fn()}
        onMergeRequest={vi.fn()}
      />,
    );
    const firstCells = () =>
      within(screen.getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.querySelector('td')?.textContent);
    const pager = screen.getByRole('navigation', { name: /Seiten der Tabelle/ });
    expect(firstCells()).toHaveLength(50);
    expect(pager.textContent).toContain('Zeilen 1–50 von 120');
    fireEvent.click(within(pager).getByRole('button', { name: 'Letzte Seite' }));
    expect(firstCells()).toHaveLength(20);
    expect(firstCells()[0]).toBe('Kita Nr. 101');
    fireEvent.change(within(pager).getByRole('combobox', { name: 'Zeilen pro Seite' }), {
      target: { value: '250' },
    });
    expect(firstCells()).toHaveLength(120);
  });

  it('name the partners of a finding 50 at a time, as buttons', () => {
    render(
      <PartnerButtons
        ids={kitas}
        labels={{ ...labels, sectorColourKey: (id: string) => id }}
        onShowPartners={vi.fn()}
      />,
    );
    const pager = screen.getByRole('navigation', { name: 'Seiten der Liste „Genannte Partner“' });
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
    expect(pager.textContent).toContain('Einträge 1–50 von 120');
    fireEvent.click(within(pager).getByRole('button', { name: 'Nächste Seite' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
    expect(screen.getByRole('button', { name: 'Kita Nr. 51' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Kita Nr. 1' })).toBeNull();
  });

  it('name the partners hanging on key points 50 at a time', () => {
    render(
      <ArticulationDependents
        dependents={kitas.map((partner) => ({ partner, articulationPoints: ['K0'] }))}
        labels={{ ...labels, sectorColourKey: (id: string) => id }}
        onShowPartners={vi.fn()}
      />,
    );
    const items = () => screen.getAllByRole('listitem');
    expect(items()).toHaveLength(50);
    const pager = screen.getByRole('navigation', { name: /Seiten der Liste/ });
    expect(pager.textContent).toContain('Einträge 1–50 von 120');
    fireEvent.click(within(pager).getByRole('button', { name: 'Letzte Seite' }));
    expect(items()).toHaveLength(20);
    expect(items()[0]?.textContent).toContain('Kita Nr. 101');
  });

  it('list the changes between two Stände 20 at a time', () => {
    render(
      <ChangeList
        heading="Neue Partner"
        sentence="120 Partner sind neu."
        entries={kitas.map(kitaName)}
      />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(20);
    const pager = screen.getByRole('navigation', { name: 'Seiten der Liste „Neue Partner“' });
    fireEvent.change(within(pager).getByRole('combobox', { name: 'Seite' }), {
      target: { value: '5' },
    });
    expect(screen.getAllByRole('listitem')).toHaveLength(20);
    expect(screen.getAllByRole('listitem')[0]?.textContent).toBe('Kita Nr. 101');
  });
});
