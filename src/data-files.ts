import { readFileSync } from 'node:fs';

/**
 * Large data files (trained models) are read from disk on first use instead of being bundled:
 * V8 takes about 70 ms per MB just to compile a bundled string, and every importer would pay
 * it. They live in src/models and are copied to dist/models by the build, so this module's
 * URL finds them both in the source tree (tests) and in the bundle (dist/index.js).
 */
export function readModelFile(name: string): string {
  return readFileSync(new URL(`./models/${name}`, import.meta.url), 'utf8');
}
