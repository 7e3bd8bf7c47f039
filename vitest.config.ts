import { defineConfig } from 'vitest/config';
import { buildConstants } from './scripts/build-constants.js';

export default defineConfig({
  define: buildConstants,
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
