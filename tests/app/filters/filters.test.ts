import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { choices, NO_FILTERS, tieKey, visibleParts } from '../../../src/app/filters/filters';
import { importNetwork } from '../../../src/core/import';
import type { Network } from '../../../src/core/model/types';

let network: Network;

beforeAll(async () => {
  const read = (name: string) => ({
    name,
    bytes: new Uint8Array(
      readFileSync(resolve(import.meta.dirname, '../../../data/beispielkreis', name)),
    ),
  });
  network = (await importNetwork({ files: [read('partner.csv'), read('kooperationen.csv')] }))
    .network;
});

describe('filters of the map and the table', () => {
  it('shows everything without filters', () => {
    const visible = visibleParts(network, NO_FILTERS);
    expect(visible.partners.size).toBe(45);
    expect(visible.cooperations.size).toBe(94);
    expect(visible.hiddenPartners).toBe(0);
  });

  it('without filters shows what a filter letting everything through shows', () => {
    const all = visibleParts(network, NO_FILTERS);
    const sectors = [...new Set(network.partners.map((p) => p.sector))];
    const through = visibleParts(network, { ...NO_FILTERS, sectors });
    expect(through.hiddenPartners).toBe(0);
    expect(through.hiddenCooperations).toBe(0);
    expect(all.hiddenCooperations).toBe(0);
    expect([...all.partners].sort()).toEqual([...through.partners].sort());
    expect([...all.cooperations].sort()).toEqual([...through.cooperations].sort());
    // Read twice, the same sets.
    expect(all.partners).toBe(all.partners);
    expect(all.cooperations).toBe(all.cooperations);
  });

  it('a sector filter keeps that sector and the ties among its partners', () => {
    const visible = visibleParts(network, { ...NO_FILTERS, sectors: ['Gesundheitswesen'] });
    expect(visible.partners.size).toBe(11);
    expect(visible.hiddenPartners).toBe(34);
    for (const id of visible.partners)
      expect(network.partners.find((p) => p.id === id)?.sector).toBe('Gesundheitswesen');
    expect(visible.cooperations.has(tieKey('P18', 'P19'))).toBe(true);
    expect(visible.cooperations.has(tieKey('P01', 'P18'))).toBe(false);
  });

  it('intensity and agreement filters hide ties, not partners', () => {
    const strong = visibleParts(network, { ...NO_FILTERS, minIntensity: 4 });
    expect(strong.partners.size).toBe(45);
    expect(strong.cooperations.size).toBe(
      network.cooperations.filter((c) => c.intensity === 4).length,
    );
    const formal = visibleParts(network, { ...NO_FILTERS, formalOnly: true });
    expect(formal.cooperations.size).toBe(network.cooperations.filter((c) => c.formal).length);
  });

  it('the ego view shows a partner with its first, or first and second, neighbours', () => {
    const first = visibleParts(network, { ...NO_FILTERS, ego: { id: 'P44', depth: 1 } });
    expect([...first.partners].sort()).toEqual(['P43', 'P44']);
    const second = visibleParts(network, { ...NO_FILTERS, ego: { id: 'P44', depth: 2 } });
    expect([...second.partners].sort()).toEqual(['P01', 'P06', 'P14', 'P43', 'P44']);
  });

  it('offers the values of a field once, in German order', () => {
    expect(choices(network, 'municipality')).toEqual(['Auenstadt', 'Birkenfelde', 'Lindenau']);
  });
});
