// `npm run cli`: the command line as built JavaScript. Started through tsx it transpiled its
// sources at every start; here they are bundled once (Vite, for Node) into node_modules/.cache and
// again only when a file under src/ or data/, or the installed packages, changed since.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const cache = join(root, 'node_modules', '.cache', 'netzwerkkarte-cli');
const bundle = join(cache, 'main.mjs');

function newest(folder) {
  let time = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  return time;
}

function stale() {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  const lock = join(root, 'package-lock.json');
  const sources = [newest(join(root, 'src')), newest(join(root, 'data'))];
  if (existsSync(lock)) sources.push(statSync(lock).mtimeMs);
  return sources.some((time) => time > built);
}

if (stale()) {
  const { build } = await import('vite');
  // Built beside and moved into place in one step, so that two runs at once never read half a file.
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(`${cache}-`);
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      ssr: 'src/cli/main.ts',
      outDir,
      target: 'node20',
      rolldownOptions: { output: { entryFileNames: 'main.mjs', codeSplitting: false } },
    },
  });
  renameSync(join(outDir, 'main.mjs'), bundle);
  rmSync(outDir, { recursive: true, force: true });
}
const { main } = await import(pathToFileURL(bundle).href);
await main();
