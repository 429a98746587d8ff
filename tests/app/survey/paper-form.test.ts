import { describe, expect, it } from 'vitest';
import { createPartner, type Network } from '../../../src/core/model/types';
import { createRound, defaultInstrument } from '../../../src/core/survey';
import { PAPER_ROWS_AT_ONCE, paperBatches, paperForm } from '../../../src/app/survey/paper-form';

const instrument = defaultInstrument();
const network = (size: number): Network => ({
  partners: Array.from({ length: size }, (_, i) =>
    createPartner({
      id: `P${i}`,
      name: `Partner ${String(i).padStart(4, '0')}`,
      sector: ['Gesundheitswesen', 'Kinder- und Jugendhilfe', ''][i % 3]!,
    }),
  ),
  cooperations: [],
});
const roundOf = (size: number, items?: string[]) =>
  createRound(network(size), instrument, {
    name: 'Befragung 2025',
    created: '2025-05-12',
    ...(items === undefined ? {} : { items }),
  }).round!;

describe('the paper form', () => {
  it('lists every other partner once, in runs of one sector in the forms’ order, and the key once a scale', () => {
    const round = roundOf(7);
    const form = paperForm(round, instrument, 'P1')!;
    expect(form.respondent.name).toBe('Partner 0001');
    const listed = form.groups.flatMap((g) => g.partners.map((p) => p.id));
    expect(listed).toEqual(round.partners.map((p) => p.id).filter((id) => id !== 'P1'));
    expect(form.groups.map((g) => g.sector)).toEqual([
      'Gesundheitswesen',
      'Kinder- und Jugendhilfe',
      '',
    ]);
    expect(form.pairItems.map((i) => i.id)).toHaveLength(8);
    expect(form.scales.map((s) => [s.id, s.items.length])).toEqual([
      ['contact', 1],
      ['intensity', 1],
      ['amount', 6],
      ['satisfaction', 1],
    ]);
    expect(form.partnerItems.map((i) => i.kind)).toEqual(['checklist', 'text', 'scale']);
  });

  it('asks only what the round asks; a partner the round does not know has no form', () => {
    const round = roundOf(4, ['intensity']);
    const form = paperForm(round, instrument, 'P0')!;
    expect(form.pairItems.map((i) => i.id)).toEqual(['intensity']);
    expect(form.partnerItems).toEqual([]);
    expect(form.scales.map((s) => s.id)).toEqual(['intensity']);
    expect(paperForm(round, instrument, 'nobody')).toBeNull();
  });

  it('shows all forms at once up to a bound, else in runs that each stay under it', () => {
    expect(paperBatches(roundOf(45)).map((b) => [b.from, b.to])).toEqual([[1, 45]]);
    const large = roundOf(300);
    const batches = paperBatches(large);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flatMap((b) => b.ids)).toEqual(
      large.partners.filter((p) => large.asked.includes(p.id)).map((p) => p.id),
    );
    for (const batch of batches)
      expect(batch.ids.length * 299).toBeLessThanOrEqual(PAPER_ROWS_AT_ONCE);
    expect(batches[1]!.from).toBe(batches[0]!.to + 1);
  });
});
