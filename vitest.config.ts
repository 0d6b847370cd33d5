import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./test/support/build-web.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Generous: CLI tests spawn several processes, slow on a busy 2-core machine; a hang still fails.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
