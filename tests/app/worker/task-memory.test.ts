import { describe, expect, it } from 'vitest';
import { sameTask, TaskMemory } from '../../../src/app/worker/task-memory';
import { createPartner, type Network } from '../../../src/core/model/types';
import type { DoublesReport } from '../../../src/core/doubles/find-doubles';

const network = (name: string): Network => ({
  partners: [createPartner({ id: 'P1', name })],
  cooperations: [],
});
const none = { offers: [], memberships: [] } as const;
const search = (searched: Network, committeeOverlap = 0.5) =>
  ({ task: 'doubles', network: searched, ...none, committeeOverlap }) as const;
const report = (partners: number): DoublesReport => ({
  partners: Array.from({ length: partners }, () => ({ ids: ['a', 'b'], score: 1, reasons: [] })),
  offers: [],
  committees: [],
  networks: null,
});

describe('the memory of worker results', () => {
  it('knows a task on the very same network and settings, not on an equal copy', () => {
    const now = network('Caritas');
    const task = search(now);
    expect(sameTask(task, { ...task })).toBe(true);
    expect(sameTask(task, search(now, 0.7))).toBe(false);
    expect(sameTask(task, search(network('Caritas')))).toBe(false);
  });

  it('brings back the result of the network before an edit when the edit is undone', () => {
    const memory = new TaskMemory();
    const before = network('Caritas');
    const after = network('Caritasverband');
    memory.remember(search(before), report(1));
    memory.remember(search(after), report(0));
    expect(memory.recall(search(before))?.partners).toHaveLength(1);
    expect(memory.recall(search(after))?.partners).toHaveLength(0);
  });

  it('keeps only the last few results of a kind', () => {
    const memory = new TaskMemory();
    const networks = ['A', 'B', 'C', 'D', 'E'].map(network);
    for (const each of networks) memory.remember(search(each), report(0));
    expect(memory.recall(search(networks[0]!))).toBeUndefined();
    expect(memory.recall(search(networks[4]!))).toBeDefined();
  });
});
