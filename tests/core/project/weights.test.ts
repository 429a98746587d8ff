import { describe, expect, it } from 'vitest';
import { createCooperation, createPartner } from '../../../src/core/model/types';
import { createProject, readProjectFile, writeProjectFile } from '../../../src/core/project';

const NOW = '2025-05-01T08:00:00.000Z';

function readBack(text: string) {
  const reading = readProjectFile(text, { now: NOW });
  if ('problems' in reading) throw new Error(`unreadable: ${JSON.stringify(reading.problems)}`);
  return reading.project;
}

describe('ties with their own weights in the project file', () => {
  const project = createProject('Gephi', NOW, {
    partners: ['A', 'B', 'C'].map((id) => createPartner({ id, name: id })),
    cooperations: [
      createCooperation({ source: 'A', target: 'B', intensity: 4, weight: 12 }),
      createCooperation({ source: 'B', target: 'C', intensity: 1, weight: 0.5 }),
      createCooperation({ source: 'A', target: 'C', intensity: 3 }),
    ],
  });

  it('keep them across saving and loading; a tie on the 1–4 scale gets none', () => {
    const again = readBack(writeProjectFile(project));
    expect(again.network.cooperations.map((c) => c.weight)).toEqual([12, 0.5, undefined]);
    expect(again.network.cooperations[2]).not.toHaveProperty('weight');
  });

  it('write the weight beside the intensity', () => {
    expect(writeProjectFile(project)).toMatch(/"intensity": 4,\s*"weight": 12,/);
  });

  it('refuse a negative weight as damaged', () => {
    const text = writeProjectFile(project).replace('"weight": 12', '"weight": -12');
    expect('problems' in readProjectFile(text, { now: NOW })).toBe(true);
  });
});
