import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { buildConstants } from './scripts/build-constants.js';

export default defineConfig({
  define: buildConstants,
  // `import text from './file.css?raw'` gives the file as it is, as the build does (tsup.config.ts);
  // vitest would otherwise hand CSS over empty.
  plugins: [{ name: 'raw-text', enforce: 'pre', load: (id: string) => (id.endsWith('?raw') ? `export default ${JSON.stringify(readFileSync(id.slice(0, -'?raw'.length), 'utf8'))};` : undefined) }],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // After the summary, one line for each test file that skipped tests for want of a tool.
    reporters: ['default', './test/not-run-reporter.ts'],
  },
});
