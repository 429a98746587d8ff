import { describe, expect, it } from 'vitest';
import { createPartner, type Network } from '../../../src/core/model/types';
import { matrixBands } from '../../../src/app/matrix/matrix-bands';

const network: Network = {
  partners: [
    createPartner({ id: 'k', name: 'Kinderarztpraxis Dr. Ahrens', sector: 'Gesundheitswesen' }),
    createPartner({ id: 'v', name: 'Verein Familienpaten', sector: 'Zivilgesellschaft' }),
    createPartner({ id: 'j', name: 'Jugendamt', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({ id: 'g', name: 'Geburtsklinik St. Anna', sector: 'Gesundheitswesen' }),
    createPartner({ id: 'a', name: 'Ärztin ohne Angabe', sector: '' }),
  ],
  cooperations: [],
};

describe('the sector bands of the Kooperationsmatrix', () => {
  it('follow the map’s sector order, then the names within each sector', () => {
    const bands = matrixBands(network, new Set(['k', 'v', 'j', 'g', 'a']));
    expect(bands.map((band) => band.sector)).toEqual([
      'Kinder- und Jugendhilfe',
      'Gesundheitswesen',
      'Zivilgesellschaft',
      '',
    ]);
    expect(bands[1]!.partners.map((p) => p.name)).toEqual([
      'Geburtsklinik St. Anna',
      'Kinderarztpraxis Dr. Ahrens',
    ]);
  });

  it('hold only the partners the filters show', () => {
    const bands = matrixBands(network, new Set(['g', 'j']));
    expect(bands.flatMap((band) => band.partners.map((p) => p.id))).toEqual(['j', 'g']);
  });
});
