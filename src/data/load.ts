import { readFileSync } from 'node:fs';

/**
 * Large data files (trained models, gazetteers, word lists) are read from disk on first use
 * instead of being bundled: V8 takes about 70 ms per MB just to compile a bundled string, and
 * every importer would pay it. They live in src/data/models and src/data/lexicons and are
 * copied beside the bundle by the build, so this module's URL finds them both in the source
 * tree (tests) and in dist/.
 */
export function readDataFile<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(`./${path}`, import.meta.url), 'utf8')) as T;
}

/** A binary data file's bytes (a pre-built table: see the script that makes it). */
export function readDataBytes(path: string): Buffer {
  return readFileSync(new URL(`./${path}`, import.meta.url));
}

const loaded = new Map<string, unknown>();

/**
 * The one cache of what newslens builds from its data: every word list, model and index is
 * built by `build` on first use under its `name` and shared by every later call. What it
 * holds is never changed after it is built, so no call sees another's state.
 */
export function loadOnce<T>(name: string, build: () => T): T {
  if (!loaded.has(name)) loaded.set(name, build());
  return loaded.get(name) as T;
}
