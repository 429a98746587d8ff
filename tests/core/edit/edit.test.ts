import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/model/graph';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';
import {
  addCooperation,
  addPartner,
  removeCooperation,
  removePartner,
  setPartnerField,
  updateCooperation,
  updatePartner,
  type EditResult,
} from '../../../src/core/edit';

const beispielkreis: Network = Object.freeze({
  partners: Object.freeze([
    createPartner({ id: 'JA', name: 'Jugendamt Beispielkreis', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({ id: 'GK', name: 'St. Marien Geburtsklinik', sector: 'Gesundheitswesen' }),
    createPartner({ id: 'KITA', name: 'Kita Sonnenschein', sector: '' }),
  ]) as Network['partners'],
  cooperations: Object.freeze([
    createCooperation({ source: 'JA', target: 'GK', intensity: 4, formal: true }),
    createCooperation({ source: 'KITA', target: 'JA', intensity: 2 }),
  ]) as Network['cooperations'],
});
const before = JSON.stringify(beispielkreis);

function network(result: EditResult): Network {
  if ('problems' in result) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.network;
}
const codes = (result: EditResult) =>
  'problems' in result ? result.problems.map((p) => p.code) : [];

describe('editing partners by hand', () => {
  it('adds a midwife practice, its name tidied, its ID taken from the name when none is given', () => {
    const after = network(
      addPartner(beispielkreis, {
        name: '  Hebammenpraxis   Storchennest ',
        sector: 'Gesundheitswesen',
      }),
    );
    expect(after.partners.at(-1)).toMatchObject({
      id: 'Hebammenpraxis Storchennest',
      name: 'Hebammenpraxis Storchennest',
    });
    expect(after.partners).toHaveLength(4);
    expect(JSON.stringify(beispielkreis)).toBe(before);
  });

  it('refuses a partner without a name, or under an ID another partner has', () => {
    expect(codes(addPartner(beispielkreis, { name: '   ', id: 'X' }))).toEqual(['empty-name']);
    const taken = addPartner(beispielkreis, { id: 'GK', name: 'Gesundheitsamt' });
    expect(taken).toEqual({
      problems: [
        {
          code: 'duplicate-id',
          params: { id: 'GK', name: 'Gesundheitsamt', other: 'St. Marien Geburtsklinik' },
        },
      ],
    });
  });

  it('refuses a "since" that is no year', () => {
    expect(codes(addPartner(beispielkreis, { name: 'Frauenhaus', since: 19 }))).toEqual([
      'invalid-year',
    ]);
  });

  it('keeps an ID like "__proto__" as written, and its ties work', () => {
    const after = network(addPartner(beispielkreis, { id: '__proto__', name: 'Familienzentrum' }));
    expect(after.partners.at(-1)).toMatchObject({ id: '__proto__', name: 'Familienzentrum' });
    const tied = network(addCooperation(after, { source: '__proto__', target: 'JA' }));
    expect(tied.cooperations).toHaveLength(3);
    expect(tied.cooperations.at(-1)).toMatchObject({ source: '__proto__', target: 'JA' });
    expect(buildGraph(tied).size).toBe(3);
  });

  it('updates a partner and carries a new ID into its cooperations', () => {
    const after = network(
      updatePartner(beispielkreis, 'JA', { id: 'ASD', sector: 'Kinder- und Jugendhilfe (ASD)' }),
    );
    expect(after.partners[0]).toMatchObject({ id: 'ASD', sector: 'Kinder- und Jugendhilfe (ASD)' });
    expect(after.cooperations.map((c) => [c.source, c.target])).toEqual([
      ['ASD', 'GK'],
      ['KITA', 'ASD'],
    ]);
    expect(after.partners[1]).toBe(beispielkreis.partners[1]);
  });

  it('refuses to rename a partner to nothing or to give it a taken ID; keeps its own ID free for itself', () => {
    expect(codes(updatePartner(beispielkreis, 'JA', { name: '' }))).toEqual(['empty-name']);
    expect(codes(updatePartner(beispielkreis, 'JA', { id: 'GK' }))).toEqual(['duplicate-id']);
    expect(network(updatePartner(beispielkreis, 'JA', { name: 'Jugendamt' })).partners[0]!.id).toBe(
      'JA',
    );
    expect(codes(updatePartner(beispielkreis, 'XY', { name: 'Jugendamt' }))).toEqual([
      'unknown-partner',
    ]);
  });

  it('removes a partner together with all its cooperations', () => {
    const after = network(removePartner(beispielkreis, 'JA'));
    expect(after.partners.map((p) => p.id)).toEqual(['GK', 'KITA']);
    expect(after.cooperations).toEqual([]);
    expect(codes(removePartner(beispielkreis, 'JA-alt'))).toEqual(['unknown-partner']);
  });
});

describe('editing cooperations by hand', () => {
  it('adds a tie between the Kita and the clinic', () => {
    const after = network(
      addCooperation(beispielkreis, {
        source: 'KITA',
        target: 'GK',
        intensity: 1,
        kind: 'Elterncafé',
      }),
    );
    expect(after.cooperations.at(-1)).toMatchObject({
      source: 'KITA',
      target: 'GK',
      intensity: 1,
      formal: false,
      kind: 'Elterncafé',
    });
    expect(JSON.stringify(beispielkreis)).toBe(before);
  });

  it('refuses an intensity outside 1–4, a tie of a partner with itself, an unknown partner and a second tie for a pair', () => {
    expect(
      codes(addCooperation(beispielkreis, { source: 'KITA', target: 'GK', intensity: 5 })),
    ).toEqual(['intensity-out-of-range']);
    expect(
      codes(addCooperation(beispielkreis, { source: 'KITA', target: 'GK', intensity: 2.5 })),
    ).toEqual(['intensity-out-of-range']);
    expect(codes(addCooperation(beispielkreis, { source: 'GK', target: 'GK' }))).toEqual([
      'self-tie',
    ]);
    expect(codes(addCooperation(beispielkreis, { source: 'GK', target: 'Polizei' }))).toEqual([
      'unknown-partner',
    ]);
    expect(codes(addCooperation(beispielkreis, { source: 'GK', target: 'JA' }))).toEqual([
      'duplicate-tie',
    ]);
  });

  it('updates a tie named in either direction, and may move it to another pair', () => {
    const closer = network(
      updateCooperation(beispielkreis, 'JA', 'KITA', { intensity: 3, formal: true }),
    );
    expect(closer.cooperations[1]).toMatchObject({
      source: 'KITA',
      target: 'JA',
      intensity: 3,
      formal: true,
    });
    const moved = network(updateCooperation(beispielkreis, 'KITA', 'JA', { target: 'GK' }));
    expect(moved.cooperations[1]).toMatchObject({ source: 'KITA', target: 'GK' });
    expect(
      codes(updateCooperation(beispielkreis, 'KITA', 'JA', { target: 'GK', source: 'JA' })),
    ).toEqual(['duplicate-tie']);
    expect(codes(updateCooperation(beispielkreis, 'KITA', 'GK', { intensity: 2 }))).toEqual([
      'unknown-cooperation',
    ]);
  });

  it('removes a tie named in either direction', () => {
    expect(network(removeCooperation(beispielkreis, 'GK', 'JA')).cooperations).toHaveLength(1);
    expect(codes(removeCooperation(beispielkreis, 'GK', 'KITA'))).toEqual(['unknown-cooperation']);
  });
});

describe('setting one field for a selection of partners', () => {
  it('puts the Kita and the Jugendamt into the same social area, leaving the clinic as it was', () => {
    const after = network(setPartnerField(beispielkreis, ['KITA', 'JA'], 'socialArea', ' Nord '));
    expect(after.partners.map((p) => p.socialArea)).toEqual(['Nord', '', 'Nord']);
    expect(after.partners[1]).toBe(beispielkreis.partners[1]);
  });

  it('refuses the whole edit when one selected partner no longer exists', () => {
    expect(setPartnerField(beispielkreis, ['KITA', 'weg'], 'sector', 'Bildung')).toEqual({
      problems: [{ code: 'unknown-partner', params: { name: 'weg' } }],
    });
  });
});
