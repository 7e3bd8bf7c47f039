import { execSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];
import { buildConstants } from './scripts/build-constants.js';

/** `import text from './file.css?raw'`: the file's contents as a string, as vitest (Vite) reads it too. */
const rawText: Plugin = {
  name: 'raw-text',
  setup(build) {
    // The path keeps its `?raw`, so that no other plugin takes a `.css` file for a stylesheet to bundle.
    build.onResolve({ filter: /\?raw$/ }, (args) => ({ path: resolve(args.resolveDir, args.path), namespace: 'raw-text' }));
    build.onLoad({ filter: /\?raw$/, namespace: 'raw-text' }, async (args) => ({ contents: await readFile(args.path.slice(0, -'?raw'.length), 'utf8'), loader: 'text' }));
  },
};

const shared = {
  sourcemap: false,
  target: 'node20',
  define: buildConstants,
  // esbuild rewrites `/\p{L}/u` for a node target into `new RegExp("\\p{L}", "u")`, built anew at
  // every evaluation (about five times as slow in the token loops); Node 20 supports the literals.
  esbuildOptions(options: { supported?: Record<string, boolean> }) {
    options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true };
  },
  shims: true,
} as const;

/** The data files the library reads at run time (src/data/load.ts), copied into dist/. */
const COPY_DATA = 'rm -rf dist/models dist/lexicons && mkdir dist/models dist/lexicons && cp src/data/models/ner-perceptron.bin src/data/models/target-sentiment.bin src/data/models/wink-core.bin src/data/models/*-weights.json src/data/models/entity-tone.json dist/models/ && cp src/data/lexicons/gazetteer-index.json src/data/lexicons/given-name-genders.json src/data/lexicons/sentiment-vader.json src/data/lexicons/sentiment-wink.json src/data/lexicons/sentiment-news.json src/data/lexicons/sentiment-afinn.json src/data/lexicons/sentiment-index.bin src/data/lexicons/speech-cues.json src/data/lexicons/quote-sources.json src/data/lexicons/bias-*.json src/data/lexicons/frames-*.json src/data/lexicons/*-patterns.bin dist/lexicons/';

/**
 * Copies the data files, then writes every character beyond ASCII in a copied JSON file as its
 * `\uXXXX` escape: the same JSON values, and a file of ASCII only, which V8 reads into a one-byte
 * string (a single curly quote makes the whole text two-byte: twice the memory, in the old
 * generation, and a slower JSON.parse at every cold start). Outside its strings a JSON text is
 * ASCII, so every such character is in a string, where its escape means the same.
 */
async function copyData(): Promise<void> {
  execSync(COPY_DATA);
  for (const folder of ['dist/models', 'dist/lexicons']) {
    for (const name of (await readdir(folder)).filter((file) => file.endsWith('.json'))) {
      const path = `${folder}/${name}`;
      const text = await readFile(path, 'utf8');
      const ascii = text.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
      if (JSON.stringify(JSON.parse(ascii)) !== JSON.stringify(JSON.parse(text))) throw new Error(`${path}: its ASCII form reads differently`);
      await writeFile(path, ascii);
    }
  }
}

// `npm run build` empties dist first: the two builds run side by side, so neither cleans.
export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // Models and gazetteers are read from dist/ at first use (src/data/load.ts); the name tagger and the
    // gazetteers in their pre-built forms only (scripts/pack-ner-model.ts, scripts/build-gazetteer-index.ts).
    onSuccess: copyData,
  },
  // The command line imports the library by its package name, so the code is not bundled twice.
  { ...shared, entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' }, format: ['esm'], dts: false, splitting: false, external: ['newslens'], esbuildPlugins: [rawText] },
]);
