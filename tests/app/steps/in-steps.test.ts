import { describe, expect, it } from 'vitest';
import { collectInSteps, nextTask, runInSteps } from '../../../src/app/in-steps';

/** Another piece of work on the page: counts its turns until stopped. */
function otherWork() {
  const state = { turns: 0, running: true };
  void (async () => {
    while (state.running) {
      state.turns++;
      await nextTask();
    }
  })();
  return state;
}

function* recording(
  seen: number[],
  other: { turns: number },
  steps: number,
): Generator<void, string> {
  for (let i = 0; i < steps; i++) {
    seen.push(other.turns);
    yield;
  }
  return 'done';
}

describe('work in steps', () => {
  it('gives the page a turn between slices and returns what the work returns', async () => {
    const other = otherWork();
    const seen: number[] = [];
    await expect(runInSteps(recording(seen, other, 5), { sliceMs: 0 })).resolves.toBe('done');
    other.running = false;
    expect(seen).toHaveLength(5);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]!);
  });

  it('keeps steps together while they fit in a slice', async () => {
    const other = otherWork();
    const seen: number[] = [];
    await runInSteps(recording(seen, other, 5), { sliceMs: 60_000 });
    other.running = false;
    expect(new Set(seen).size).toBe(1);
  });

  it('stops when told to, without running further steps', async () => {
    const stop = new AbortController();
    let ran = 0;
    function* steps(): Generator<void, void> {
      for (;;) {
        if (++ran === 3) stop.abort();
        yield;
      }
    }
    await expect(runInSteps(steps(), { signal: stop.signal, sliceMs: 0 })).rejects.toThrow();
    expect(ran).toBe(3);
  });

  it('collects what the work yields, in order', async () => {
    await expect(collectInSteps(['a', 'b', 'c'], { sliceMs: 0 })).resolves.toEqual(['a', 'b', 'c']);
  });
});
