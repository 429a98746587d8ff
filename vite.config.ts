import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { singleFile } from './build/single-file.js';

// One config for the app build, the unit tests (Node and jsdom) and the browser tests
// (built app in real Chromium). Relative base so the build also works from an intranet folder.
export default defineConfig(({ command }) => ({
  base: './',
  plugins: [react(), singleFile('file')],
  // Classic workers: Chromium refuses a module worker built from a blob on a `file://` page, which
  // the single-file build needs; a bundled worker without imports is the same code either way.
  worker: { format: 'iife' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
  // `vite build` builds two pages into dist/: the served app (`client`: code split, so the first
  // load stays small) and `netzwerkkarte.html` (`file`), one self-contained page that also works
  // when opened from disk, where Chromium refuses module scripts, chunks and workers from files.
  ...(command === 'build' && {
    builder: {},
    environments: {
      client: {},
      file: {
        consumer: 'client',
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          cssCodeSplit: false,
          modulePreload: false,
          chunkSizeWarningLimit: 3000,
          rolldownOptions: { output: { codeSplitting: false } },
        },
      },
    },
  }),
  preview: { port: 4173, strictPort: false },
  server: { port: 5173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // The core's and the command line's tests: pure functions and child processes, no
          // globals stubbed, no store. They share their modules within a worker (no isolation per
          // file), which takes 40 % off their time; the loading of modules was most of it.
          isolate: false,
          // Both cores: Vitest's default leaves one free (n − 1 workers), which on a two-core CI
          // machine runs the unit tests one file at a time.
          maxWorkers: 2,
          include: ['tests/core/**/*.test.ts', 'tests/cli/**/*.test.ts'],
          environment: 'node',
          benchmark: { include: ['tests/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          // The app's and the workers' tests, each file on its own: they stub globals, use the
          // app's stores and mock modules.
          name: 'app',
          maxWorkers: 2,
          include: ['tests/app/**/*.test.{ts,tsx}', 'tests/worker/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time, each with its own Chromium: much of a browser test is waiting
          // (for a layout, a worker, a download), and one file at a time took half again as long.
          maxWorkers: 2,
          globalSetup: ['tests/e2e/setup/global.ts'],
        },
      },
    ],
  },
}));
