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
  // Trained models are read from dist/models at first use (src/data-files.ts).
  onSuccess: 'rm -rf dist/models && cp -r src/models dist/models',
});
