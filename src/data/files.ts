import { readFileSync } from 'node:fs';

/**
 * Large data files (trained models, gazetteers) are read from disk on first use instead of
 * being bundled: V8 takes about 70 ms per MB just to compile a bundled string, and every
 * importer would pay it. They live in src/data/models and src/data/lexicons and are copied beside the
 * bundle by the build, so this module's URL finds them both in the source tree (tests) and
 * in dist/.
 */
export function readDataFile<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(`./${path}`, import.meta.url), 'utf8')) as T;
}
