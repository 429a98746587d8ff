import { describe, expect, it } from 'vitest';
import { updateCooperation, type EditResult } from '../../../src/core/edit';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';

const network: Network = {
  partners: ['A', 'B'].map((id) => createPartner({ id, name: id })),
  cooperations: [createCooperation({ source: 'A', target: 'B', intensity: 4, weight: 12 })],
};

/** The one tie after an edit that has to succeed. */
function tieAfter(result: EditResult) {
  if ('problems' in result) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.network.cooperations[0]!;
}

describe('editing a tie that has its own weight', () => {
  it('keeps the weight when the agreement, kind or year change', () => {
    const tie = tieAfter(updateCooperation(network, 'B', 'A', { formal: true, kind: 'Beratung' }));
    expect(tie).toMatchObject({ formal: true, kind: 'Beratung', weight: 12 });
  });

  it('keeps the weight when the form gives the same intensity again', () => {
    const tie = tieAfter(updateCooperation(network, 'A', 'B', { intensity: 4, since: 2020 }));
    expect(tie.weight).toBe(12);
  });

  it('lets another intensity chosen for the tie replace the weight', () => {
    const tie = tieAfter(updateCooperation(network, 'A', 'B', { intensity: 2 }));
    expect(tie.intensity).toBe(2);
    expect(tie).not.toHaveProperty('weight');
  });
});
