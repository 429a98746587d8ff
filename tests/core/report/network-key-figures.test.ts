import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../../../src/core/generate/generate-network';
import { createCooperation, createPartner } from '../../../src/core/model/types';
import { keyFigures } from '../../../src/core/report/key-figures';
import { networkKeyFigures } from '../../../src/core/report/network-key-figures';
import { buildReport } from '../../../src/core/report/report';

describe('networkKeyFigures', () => {
  it.each([
    [45, 1],
    [45, 7],
    [300, 2],
    [1_000, 3],
  ])('gives the key figures of the whole report (%i partners, seed %i)', (partners, seed) => {
    const network = generateNetwork({ partners, seed });
    expect(networkKeyFigures(network)).toEqual(
      keyFigures(buildReport(network, [], (problem) => problem.code)),
    );
  });

  it('counts a lone partner, a bridge and its two articulation points', () => {
    const network = {
      partners: ['a', 'b', 'c', 'd', 'e'].map((id) =>
        createPartner({
          id,
          name: id,
          sector: id < 'c' ? 'Kinder- und Jugendhilfe' : 'Gesundheitswesen',
        }),
      ),
      cooperations: [
        createCooperation({ source: 'a', target: 'b' }),
        createCooperation({ source: 'b', target: 'c' }),
        createCooperation({ source: 'c', target: 'd' }),
      ],
    };
    const figures = networkKeyFigures(network);
    expect(figures).toMatchObject({
      partners: 5,
      cooperations: 3,
      components: 2,
      isolates: 1,
      articulationPoints: 2,
      bridges: 3,
    });
    expect(figures).toEqual(keyFigures(buildReport(network, [], (problem) => problem.code)));
  });
});
