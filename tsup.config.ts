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
  // esbuild rewrites `/\p{L}/u` for a node target into `new RegExp("\\p{L}", "u")`, built anew at
  // every evaluation (about five times as slow in the token loops); Node 20 supports the literals.
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true };
  },
  shims: true,
  // Models and gazetteers are read from dist/ at first use (src/data-files.ts).
  onSuccess: 'rm -rf dist/models dist/lexicons && cp -r src/models dist/models && mkdir dist/lexicons && cp src/lexicons/gazetteer-*.json src/lexicons/entity-cues.json src/lexicons/sentiment-vader.json src/lexicons/sentiment-wink.json src/lexicons/sentiment-news.json src/lexicons/bias-*.json src/lexicons/frames-*.json dist/lexicons/',
});
