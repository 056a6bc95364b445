import { defineConfig } from 'vitest/config';

/** Browser tests: one real `komar serve` per file, driven by Playwright in Debian's Chromium. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
