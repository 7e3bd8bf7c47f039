import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { buildConstants } from './scripts/build-constants.js';

const RAW = '.raw-text';

export default defineConfig({
  define: buildConstants,
  // `import text from './file.css?raw'` gives the file as it is, as the build does (tsup.config.ts).
  // The module gets an id that does not end in `.css`: vitest hands any CSS module over empty.
  plugins: [
    {
      name: 'raw-text',
      enforce: 'pre',
      resolveId: (id: string, importer?: string) => (id.endsWith('?raw') && importer ? `\0${resolve(dirname(importer), id.slice(0, -'?raw'.length))}${RAW}` : undefined),
      load: (id: string) => (id.startsWith('\0') && id.endsWith(RAW) ? `export default ${JSON.stringify(readFileSync(id.slice(1, -RAW.length), 'utf8'))};` : undefined),
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // After the summary, one line for each test file that skipped tests for want of a tool.
    reporters: ['default', './test/not-run-reporter.ts'],
  },
});
