import { describe, expect, it } from 'vitest';
import { communities } from '../../../src/core/analysis/communities';
import { normalisedMutualInformation } from '../../../src/core/analysis/mutual-information';
import { indexNetwork } from '../../../src/core/analysis/network-index';
import { BARBELL, graphOf } from './network-fixtures';

describe('communities (Louvain) compared with sectors', () => {
  const sectors = { a0: 'X', a1: 'X', a2: 'X', b0: 'Y', b1: 'Y', b2: 'Y' };

  it('splits the barbell into its two triangles, which repeat the two sectors exactly', () => {
    const graph = graphOf(BARBELL, sectors);
    const found = communities(graph, indexNetwork(graph));
    expect(found.count).toBe(2);
    expect(Array.from(found.membership)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(found.modularity).toBeCloseTo(2 * (3 / 7 - 1 / 4), 12);
    expect(found.nmiWithSectors).toBeCloseTo(1, 12);
  });

  it('gives the same communities for the same seed', () => {
    const graph = graphOf(BARBELL, sectors);
    const index = indexNetwork(graph);
    expect(communities(graph, index, 42)).toEqual(communities(graph, index, 42));
  });

  it('puts every partner alone and reports no modularity and no comparison when nobody cooperates', () => {
    const graph = graphOf([], { a: 'X', b: 'Y' });
    const found = communities(graph, indexNetwork(graph));
    expect(found).toMatchObject({ count: 2, modularity: null, nmiWithSectors: null });
  });
});

describe('normalised mutual information', () => {
  it('is 1 for the same partition under other names and 0 for independent ones', () => {
    expect(normalisedMutualInformation([0, 0, 1, 1], [5, 5, 3, 3])).toBeCloseTo(1, 15);
    expect(normalisedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(0, 15);
  });

  it('matches the arithmetic-mean normalisation (as scikit-learn) on an uneven example', () => {
    // By hand: H(X) = ln 2, H(Y) = ln 3, I(X;Y) = ⅔·ln 2 (two cells of ⅓ that are twice as likely as by chance).
    const mutual = (2 / 3) * Math.LN2;
    expect(normalisedMutualInformation([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(
      (2 * mutual) / (Math.LN2 + Math.log(3)),
      12,
    );
  });

  it('is null without partners', () => {
    expect(normalisedMutualInformation([], [])).toBeNull();
  });
});
