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
});
