import { readFileSync } from 'node:fs';

/** Versions baked into the build so `analysis.meta` can name exactly what produced it. */
function versionOf(manifest: string): string {
  return (JSON.parse(readFileSync(new URL(manifest, import.meta.url), 'utf8')) as { version: string }).version;
}

export const buildConstants = {
  __NEWSLENS_VERSION__: JSON.stringify(versionOf('../package.json')),
  __WINK_NLP_VERSION__: JSON.stringify(versionOf('../node_modules/wink-nlp/package.json')),
  __WINK_MODEL_VERSION__: JSON.stringify(versionOf('../node_modules/wink-eng-lite-web-model/package.json')),
};
