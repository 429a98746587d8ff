// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DuplicatePartners } from '../../../src/app/doubles/DuplicatePartners';
import { PartnerButtons } from '../../../src/app/gaps/PartnerButtons';
import { i18nReady } from '../../../src/app/i18n';
import type { DuplicatePartners as Pair } from '../../../src/core/doubles/findDuplicatePartners';

beforeAll(() => i18nReady);
afterEach(cleanup);

const kitas = Array.from({ length: 120 }, (_, i) => `K${i + 1}`);
const kitaName = (id: string) => `Kita Nr. ${id.slice(1)}`;
const labels = { partner: kitaName, sector: (id: string) => id, type: (id: string) => id };

describe('long lists of a large network', () => {
  it('draw the first 50 doubled pairs and the rest on request', () => {
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
    const rows = () => within(screen.getByRole('table')).getAllByRole('row').length - 1;
    expect(rows()).toBe(50);
    expect(screen.getByText(/50 von 120 sind aufgeführt/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Alle 120 zeigen' }));
    expect(rows()).toBe(120);
  });

  it('name the first 50 partners of a finding as buttons and the rest on request', () => {
    render(
      <PartnerButtons
        ids={kitas}
        labels={{ ...labels, sectorColourKey: (id: string) => id }}
        onShowPartners={vi.fn()}
      />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Alle 120 zeigen' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(120);
  });
});
