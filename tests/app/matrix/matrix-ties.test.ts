import { describe, expect, it } from 'vitest';
import { createCooperation } from '../../../src/core/model/types';
import { tieKey } from '../../../src/app/filters/filters';
import { matrixTies } from '../../../src/app/matrix/matrix-ties';

describe('the cells of the Kooperationsmatrix', () => {
  it('read a tie the same whichever way round it was listed', () => {
    const ties = matrixTies(
      [createCooperation({ source: 'hebamme', target: 'jugendamt', intensity: 3, formal: true })],
      new Set([tieKey('hebamme', 'jugendamt')]),
    );
    expect(ties.get(tieKey('jugendamt', 'hebamme'))).toEqual({ intensity: 3, formal: true });
  });

  it('keep the closer intensity and any agreement of a pair listed twice, as the graph does', () => {
    const ties = matrixTies(
      [
        createCooperation({ source: 'a', target: 'b', intensity: 2, formal: true }),
        createCooperation({ source: 'b', target: 'a', intensity: 4, formal: false }),
      ],
      new Set([tieKey('a', 'b')]),
    );
    expect(ties.get(tieKey('a', 'b'))).toEqual({ intensity: 4, formal: true });
  });

  it('leave out ties the filters hide and ties of a partner with itself', () => {
    const ties = matrixTies(
      [
        createCooperation({ source: 'a', target: 'b', intensity: 1 }),
        createCooperation({ source: 'a', target: 'a', intensity: 4 }),
      ],
      new Set([tieKey('a', 'a')]),
    );
    expect(ties.size).toBe(0);
  });
});
