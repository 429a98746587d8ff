import { describe, expect, it } from 'vitest';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';
import { NO_FILTERS, visibleParts } from '../../../src/app/filters/filters';
import { visibleSectorBlocks } from '../../../src/app/matrix/visible-blocks';

const network: Network = {
  partners: [
    createPartner({ id: 'ja', name: 'Jugendamt', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({ id: 'kita', name: 'Kita Sonnenblume', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({ id: 'klinik', name: 'Geburtsklinik', sector: 'Gesundheitswesen' }),
    createPartner({ id: 'sb', name: 'Schwangerschaftsberatung', sector: 'Beratung' }),
  ],
  cooperations: [
    createCooperation({ source: 'ja', target: 'kita', intensity: 3 }),
    createCooperation({ source: 'ja', target: 'klinik', intensity: 1 }),
    createCooperation({ source: 'ja', target: 'sb', intensity: 2 }),
  ],
};

describe('the sector summary of what the filters show', () => {
  it('counts only the shown partners and ties', () => {
    const visible = visibleParts(network, {
      ...NO_FILTERS,
      sectors: ['Kinder- und Jugendhilfe', 'Gesundheitswesen'],
      minIntensity: 2,
    });
    const blocks = visibleSectorBlocks(network, visible);
    const sectors = new Set(blocks.flatMap((block) => [block.a, block.b]));
    expect([...sectors].sort()).toEqual(['Gesundheitswesen', 'Kinder- und Jugendhilfe']);
    const youthWelfare = blocks.find(
      (b) => b.a === 'Kinder- und Jugendhilfe' && b.b === 'Kinder- und Jugendhilfe',
    );
    expect(youthWelfare).toMatchObject({ ties: 1, density: 1 });
    expect(blocks.filter((b) => b.a !== b.b).every((b) => b.ties === 0)).toBe(true);
  });
});
