import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * The whole command line against a reference for its path measures alone, in the same run: for
 * each size, a generated network (`cli generate --seed 1`), then alternating runs of
 * `node build/cli.mjs analyse … --out` (the whole process: reading the lists, every measure, gaps,
 * doubled structures, the JSON written) and of python-igraph's exact betweenness and closeness
 * (`igraph-measures.py`; graphology-metrics' where Python or igraph is missing). Prints each run
 * with the load average before it, medians, their ratio and peak memory (with `/usr/bin/time`).
 *
 * Run: npx tsx tests/perf/cli-vs-igraph.ts [--sizes 1000,10000] [--rounds 3] [--threads N]
 *      [--baseline-up-to 20000] (above it the reference is not run: minutes of exact paths)
 */
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    rounds: { type: 'string', default: '3' },
    threads: { type: 'string' },
    'baseline-up-to': { type: 'string', default: '20000' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const rounds = Number(values.rounds);
const baselineUpTo = Number(values['baseline-up-to']);
const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'build', 'cli.mjs');
const timeTool = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Run {
  seconds: number;
  /** Peak resident memory of the process in MB; null without /usr/bin/time. */
  peakMb: number | null;
  load: number;
  /** What the reference reported as its own time for the measures. */
  measured?: number;
}

/** One process, timed from outside; with /usr/bin/time also its peak memory. */
function timed(command: string, args: string[], cwd: string): Run & { stdout: string } {
  const load = loadavg()[0]!;
  const report = join(cwd, 'time.txt');
  const started = performance.now();
  const run = timeTool
    ? spawnSync(timeTool, ['-f', '%M', '-o', report, command, ...args], { cwd, encoding: 'utf8' })
    : spawnSync(command, args, { cwd, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${run.stderr}`);
  const peakMb = timeTool ? Number(readFileSync(report, 'utf8').trim()) / 1024 : null;
  return { seconds, peakMb, load, stdout: run.stdout };
}

function reference(): { name: string; command: string; args: (folder: string) => string[] } {
  const python = spawnSync('python3', ['-c', 'import igraph'], { encoding: 'utf8' });
  if (python.status === 0)
    return {
      name: 'python-igraph',
      command: 'python3',
      args: (folder) => [join(root, 'tests/perf/igraph-measures.py'), folder],
    };
  return {
    name: 'graphology-metrics',
    command: process.execPath,
    args: (folder) => [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      join(root, 'tests/perf/graphology-measures.ts'),
      folder,
    ],
  };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const s = (x: number) => x.toFixed(2);

const baseline = reference();
console.log(
  `cli analyse (whole process) against ${baseline.name} (betweenness and closeness alone), ` +
    `${rounds} rounds, alternating; load = 1-minute load average before the run`,
);
for (const partners of sizes) {
  const folder = mkdtempSync(join(tmpdir(), 'nwk-bench-'));
  try {
    // Also builds the command line's bundle when the sources changed, before anything is timed.
    timed(
      process.execPath,
      [cli, 'generate', '--partners', String(partners), '--seed', '1', '--out', folder],
      folder,
    );
    const ours: Run[] = [];
    const theirs: Run[] = [];
    for (let round = 0; round < rounds; round += 1) {
      ours.push(
        timed(
          process.execPath,
          [
            cli,
            'analyse',
            '--partners',
            join(folder, 'partner.csv'),
            '--links',
            join(folder, 'kooperationen.csv'),
            '--out',
            join(folder, 'out.json'),
            ...(values.threads === undefined ? [] : ['--threads', values.threads]),
          ],
          folder,
        ),
      );
      if (partners > baselineUpTo) continue;
      const run = timed(baseline.command, baseline.args(folder), folder);
      theirs.push({ ...run, measured: (JSON.parse(run.stdout) as { seconds: number }).seconds });
    }
    const line = (name: string, runs: Run[], pick: (run: Run) => number) =>
      `  ${name}: ${runs.map((run) => `${s(pick(run))} s (load ${run.load.toFixed(1)})`).join(', ')}` +
      `; median ${s(median(runs.map(pick)))} s` +
      (runs[0]?.peakMb == null
        ? ''
        : `; peak ${Math.round(Math.max(...runs.map((r) => r.peakMb!)))} MB`);
    console.log(`\n${partners.toLocaleString('en')} partners`);
    console.log(line('ours, whole process', ours, (run) => run.seconds));
    if (theirs.length === 0) {
      console.log(
        `  ${baseline.name}: not run above ${baselineUpTo.toLocaleString('en')} partners`,
      );
      continue;
    }
    console.log(line(`${baseline.name}, measures alone`, theirs, (run) => run.measured!));
    console.log(line(`${baseline.name}, whole process`, theirs, (run) => run.seconds));
    const ratio = median(ours.map((r) => r.seconds)) / median(theirs.map((r) => r.measured!));
    const memory =
      ours[0]?.peakMb == null
        ? ''
        : `; peak memory ours ÷ theirs ${(Math.max(...ours.map((r) => r.peakMb!)) / Math.max(...theirs.map((r) => r.peakMb!))).toFixed(2)}`;
    console.log(`  ours (whole) ÷ ${baseline.name} (measures alone): ${ratio.toFixed(2)}${memory}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
