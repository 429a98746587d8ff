import { describe, expect, it } from 'vitest';
import { createPartner, type Network } from '../../../src/core/model/types';
import { createRound, defaultInstrument } from '../../../src/core/survey';
import { fixtureNetwork, fixtureWorkbook } from './helpers';
import { identityOf } from '../../../src/core/survey';

const instrument = defaultInstrument();
const network: Network = {
  partners: [
    createPartner({ id: '3', name: 'Kita Sonnenschein', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({ id: '1', name: 'Hebamme Müller', sector: '' }),
    createPartner({ id: '2', name: 'Geburtsklinik', sector: 'Gesundheitswesen' }),
    createPartner({ id: '4', name: 'ASD Nord', sector: 'Kinder- und Jugendhilfe' }),
  ],
  cooperations: [],
};
const setup = { name: 'Befragung 2025', created: '2025-05-01' };

describe('setting up a survey round', () => {
  it('lists the partners by sector, then by name, those without a sector last, and asks all', () => {
    const { round } = createRound(network, instrument, setup);
    expect(round?.partners.map((p) => p.id)).toEqual(['2', '4', '3', '1']);
    expect(round?.asked).toEqual(['2', '4', '3', '1']);
    expect(round?.items).toHaveLength(11);
  });

  it('keeps the order of the instrument for the questions chosen and the round order for those asked', () => {
    const { round } = createRound(network, instrument, {
      ...setup,
      asked: ['1', '4'],
      items: ['trustOpen', 'intensity'],
    });
    expect(round?.items).toEqual(['intensity', 'trustOpen']);
    expect(round?.asked).toEqual(['4', '1']);
  });

  it('gives the same round the same ID and another round another', () => {
    const a = createRound(network, instrument, setup).round!;
    const b = createRound(network, instrument, setup).round!;
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^r[0-9a-f]{16}$/u);
    expect(
      createRound(network, instrument, { ...setup, created: '2023-05-01' }).round!.id,
    ).not.toBe(a.id);
    expect(createRound(network, instrument, { ...setup, items: ['intensity'] }).round!.id).not.toBe(
      a.id,
    );
  });

  it('makes the ID the stored forms carry from the same list: forms in circulation stay recognised', async () => {
    const { round } = createRound(await fixtureNetwork(), instrument, {
      name: 'Befragung 2025',
      created: '2025-03-01',
    });
    const identity = identityOf(await fixtureWorkbook('returned/Jugendamt Musterstadt – ASD.xlsx'));
    expect(identity.found && identity.ok && identity.identity.round.id).toBe(round!.id);
  });

  it.each([
    [{ name: ' ' }, 'empty-name'],
    [{ created: '2025-02-30' }, 'invalid-date'],
    [{ created: '1970-01-01' }, 'invalid-date'],
    [{ asked: ['9'] }, 'unknown-partner'],
    [{ items: ['mood'] }, 'unknown-item'],
    [{ items: ['trustOpen', 'satisfaction'] }, 'no-tie-item'],
  ])('refuses %o with %s', (change, code) => {
    const set = createRound(network, instrument, { ...setup, ...change });
    expect(set.round).toBeNull();
    expect(set.problems.map((p) => p.code)).toContain(code);
  });

  it('needs two partners', () => {
    const set = createRound(
      { partners: network.partners.slice(0, 1), cooperations: [] },
      instrument,
      setup,
    );
    expect(set.problems).toEqual([{ code: 'too-few-partners', count: 1 }]);
  });
});
