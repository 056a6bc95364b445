import { defineConfig } from 'vitest/config';

/**
 * Unit and integration tests. Database tests run on the embedded PGlite
 * always, and again on PostgreSQL when TEST_DATABASE_URL is set (CI sets it).
 */
const server = {
  include: ['src/server/**/*.test.ts', 'src/cli/**/*.test.ts'],
  globalSetup: ['src/server/testing/global-setup.ts'],
};

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true as const, test: { name: 'pglite', ...server, env: { KOMAR_TEST_ENGINE: 'pglite' } } },
      ...(process.env.TEST_DATABASE_URL
        ? [{ extends: true as const, test: { name: 'postgres', ...server, env: { KOMAR_TEST_ENGINE: 'postgres' } } }]
        : []),
      {
        extends: true as const,
        test: {
          name: 'shared',
          include: ['src/shared/**/*.test.ts', 'src/web/**/*.test.ts', 'src/public/**/*.test.ts', 'bench/**/*.test.ts'],
        },
      },
    ],
  },
});
