/**
 * Writes src/data/models/wink-core.bin, wink-eng-lite-web-model's core model as its core()
 * decodes it, in the form a process reads (src/data/wink-model.ts), from the installed package:
 *
 *   npx tsx scripts/pack-wink-model.ts
 *
 * (rerun it after updating wink-eng-lite-web-model; test/wink-model.test.ts fails when the two differ.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { EXCEPTION_FILES, type ExceptionLists, packWinkCore, WINK_MODEL, type WinkCore } from '../src/data/wink-model.js';

export const WINK_CORE_FILE = new URL('../src/data/models/wink-core.bin', import.meta.url);

const require = createRequire(import.meta.url);

/** The installed model's version and its core, decoded by the model itself. */
export function installedWinkCore(): { version: string; core: WinkCore } {
  const { version } = JSON.parse(readFileSync(require.resolve(`${WINK_MODEL}/package.json`), 'utf8')) as { version: string };
  const core = (require(WINK_MODEL) as { core: () => WinkCore }).core();
  return { version, core };
}

/** The installed model's lemmatizer exception lists, as its lemmatize.js requires them. */
export function installedExceptionLists(): ExceptionLists {
  return Object.fromEntries(EXCEPTION_FILES.map((file) => [file, require(`${WINK_MODEL}/dist/${file}`) as Record<string, string>]));
}

export function packedWinkCore(): Buffer {
  const { version, core } = installedWinkCore();
  return packWinkCore(core, installedExceptionLists(), version, `${WINK_MODEL} ${version} (dist/languages/cur/models/eng-core-web-model.json, decoded by its core(); dist/wn-*-exceptions.js), by scripts/pack-wink-model.ts`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(WINK_CORE_FILE, packedWinkCore());
