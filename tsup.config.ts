import { defineConfig } from 'tsup';
import { buildConstants } from './scripts/build-constants.js';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'node20',
  define: buildConstants,
  shims: true,
  // Models and gazetteers are read from dist/ at first use (src/data-files.ts).
  onSuccess: 'rm -rf dist/models dist/lexicons && cp -r src/models dist/models && mkdir dist/lexicons && cp src/lexicons/gazetteer-*.json src/lexicons/entity-cues.json dist/lexicons/',
});
