import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config for the app build, the unit tests (Node and jsdom) and the browser tests
// (built app in real Chromium). Relative base so the build also works from an intranet folder.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
  preview: { port: 4173, strictPort: false },
  server: { port: 5173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'node',
          benchmark: { include: ['tests/**/*.bench.ts'] },
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
          fileParallelism: false,
          globalSetup: ['tests/e2e/setup/global.ts'],
        },
      },
    ],
  },
});
