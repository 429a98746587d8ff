import { describe, expect, it } from 'vitest';
import { analyseNetwork, analyseNetworkWith } from '../../../src/core/analysis/analyse-network';
import { ANALYSIS_STEPS } from '../../../src/core/analysis/registry';
import { sweepFor } from '../../../src/core/analysis/betweenness';
import { indexNetwork, type NetworkIndex } from '../../../src/core/analysis/network-index';
import {
  answersInOrder,
  helpersFor,
  sweepWithHelpers,
  worthSharing,
  type SweepHelper,
  type SweepRunner,
} from '../../../src/core/analysis/parallel-sweep';
import { planSources, type PathSampling } from '../../../src/core/analysis/path-sources';
import {
  prepareSweep,
  sweepPart,
  sweepPartCount,
  sweepPrepared,
  sweepWorkspace,
  type SweepInput,
} from '../../../src/core/analysis/path-sweep';
import { isAnalysisCancelled } from '../../../src/core/analysis/progress';
import { generateNetwork } from '../../../src/core/generate/generate-network';
import { buildGraph } from '../../../src/core/model/graph';

/**
 * Helpers as threads would be: each with its own structured-clone copy of the input and its own
 * memory, answering after a random delay, so that parts come back out of order.
 */
function helpers(input: SweepInput, count: number, seed: number): SweepHelper[] {
  let state = seed;
  const delay = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % 7;
  };
  return Array.from({ length: count }, () => {
    const own = structuredClone(input);
    const workspace = sweepWorkspace(own);
    return {
      sweep: (part: number) =>
        new Promise((resolve) =>
          setTimeout(() => resolve(sweepPart(own, part, workspace)), delay()),
        ),
    };
  });
}

const network = (partners: number, seed: number) =>
  indexNetwork(buildGraph(generateNetwork({ partners, seed })));

function input(index: NetworkIndex, sampling: PathSampling): SweepInput {
  return prepareSweep(index, sweepFor(planSources(index, sampling), true));
}

describe('the shortest-path sweep shared out among threads', () => {
  it.each([
    ['exact, 1,200 partners', network(1_200, 3), 'exact' as PathSampling],
    ['sampled, 300 of 1,500 partners', network(1_500, 4), { samples: 300, seed: 2 }],
  ])('gives the numbers of one thread bit for bit (%s)', async (_name, index, sampling) => {
    const prepared = input(index, sampling);
    expect(sweepPartCount(prepared)).toBeGreaterThanOrEqual(2);
    const alone = sweepPrepared(prepared);
    for (const [count, seed] of [
      [1, 1],
      [2, 2],
      [3, 3],
      [5, 4],
    ] as const) {
      const shared = await sweepWithHelpers(prepared, helpers(prepared, count, seed));
      expect(shared).toEqual(alone);
    }
  });

  it('gives the whole analysis of one thread, progress included to its end', async () => {
    const graph = buildGraph(generateNetwork({ partners: 900, seed: 6 }));
    const steps: number[] = [];
    const runner: SweepRunner = (prepared, hooks) =>
      sweepWithHelpers(prepared, helpers(prepared, 2, 9), hooks);
    const shared = await analyseNetworkWith(runner, graph, {
      onProgress: (done, total) => steps.push(done / total),
    });
    expect(shared).toEqual(analyseNetwork(graph));
    expect(steps.every((share, i) => i === 0 || share >= steps[i - 1]!)).toBe(true);
    expect(steps.at(-1)).toBe(1);
  });

  it('computes the measures that need no shortest paths while the helpers sweep', async () => {
    const graph = buildGraph(generateNetwork({ partners: 900, seed: 6 }));
    let release: () => void = () => undefined;
    const started: SweepInput[] = [];
    const runner: SweepRunner = (prepared, hooks) => {
      started.push(prepared);
      return new Promise((resolve) => {
        release = () => resolve(sweepPrepared(prepared, hooks));
      });
    };
    const computed: string[] = [];
    const watched = ANALYSIS_STEPS.map((step) => ({
      ...step,
      compute: (run: Parameters<typeof step.compute>[0]) => {
        computed.push(step.id);
        return step.compute(run);
      },
    }));
    const analysed = analyseNetworkWith(runner, graph, {}, watched);
    // Back from the call, the sweep is running elsewhere: every other step is done already.
    expect(started).toHaveLength(1);
    const others = ANALYSIS_STEPS.filter((step) => step.paths !== true).map((step) => step.id);
    expect(computed.sort()).toEqual([...others].sort());
    release();
    expect(await analysed).toEqual(analyseNetwork(graph));
    expect(computed).toContain('shortest-paths');
  });

  it('stops between parts when asked to', async () => {
    const prepared = input(network(1_200, 3), 'exact');
    let asked = 0;
    const stopped = sweepWithHelpers(prepared, helpers(prepared, 2, 5), {
      shouldStop: () => (asked += 1) > 3,
    });
    await expect(stopped).rejects.toSatisfy(isAnalysisCancelled);
  });

  it("matches a helper's answers to the parts asked for, in order, and fails those still waiting", async () => {
    const prepared = input(network(1_200, 3), 'exact');
    const posted: number[] = [];
    const parts = answersInOrder(({ part }) => posted.push(part));
    const first = parts.sweep(0);
    const second = parts.sweep(2);
    const third = parts.sweep(4);
    const fourth = parts.sweep(6);
    expect(posted).toEqual([0, 2, 4, 6]);
    const sums = sweepPart(prepared, 0, sweepWorkspace(prepared));
    parts.answer({ part: 0, sweep: sums });
    parts.answer({ part: 2, error: 'out of memory' });
    parts.fail(new Error('sweep thread ended (exit code 1)'));
    expect(await first).toBe(sums);
    await expect(second).rejects.toThrow('out of memory');
    await expect(third).rejects.toThrow('exit code 1');
    await expect(fourth).rejects.toThrow('exit code 1');
  });

  it('is shared out only when large enough, and only with two cores or more', () => {
    expect(worthSharing(input(network(200, 1), 'exact'))).toBe(false);
    expect(worthSharing(input(network(3_000, 1), 'exact'))).toBe(true);
    expect(helpersFor(1, 8)).toBe(0);
    expect(helpersFor(2, 8)).toBe(2);
    expect(helpersFor(16, 8)).toBe(8);
    expect(helpersFor(Number.NaN, 8)).toBe(0);
  });
});
