import { defineConfig } from 'vitest/config';

// The real acts of ../shared/external: read in place (a public data set, never copied here).
export default defineConfig({
  test: {
    include: ['test/external/**/*.external.ts'],
    testTimeout: 60_000,
    pool: 'threads',
  },
});
