import { defineConfig } from 'vitest/config';
import { buildConstants } from './scripts/build-constants.js';

export default defineConfig({
  define: buildConstants,
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // After the summary, one line for each test file that skipped tests for want of a tool.
    reporters: ['default', './test/not-run-reporter.ts'],
  },
});
