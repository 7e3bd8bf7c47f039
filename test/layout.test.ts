import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The import rules of docs/ARCHITECTURE.md: document ← data, shared ← stages ← pipeline ←
// analysis ← index; report ← cli. A file may import its own layer or one below it, never above.
const SRC = resolve(__dirname, '../src');
const LAYERS: [RegExp, number][] = [
  [/^document\//, 0],
  [/^data\//, 0],
  [/^shared\//, 1],
  [/^stages\//, 2],
  [/^pipeline\.ts$/, 3],
  [/^analysis\.ts$/, 4],
  [/^errors\.ts$/, 5],
  [/^forms\//, 5],
  [/^index\.ts$/, 6],
  [/^report\//, 7],
  [/^cli\//, 8],
];

const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts')).map((file) => file.split('\\').join('/'));
const layerOf = (file: string): number => (LAYERS.find(([pattern]) => pattern.test(file)) ?? [null, -1])[1];
const stageOf = (file: string): string | undefined => /^stages\/([^/]+)\//.exec(file)?.[1];

/** Every relative import of `file` that lands on a TypeScript file of src/, as a path relative to src/. */
function importsOf(file: string): string[] {
  const code = readFileSync(join(SRC, file), 'utf8');
  return [...code.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].flatMap(([, specifier]) => {
    const target = relative(SRC, resolve(dirname(join(SRC, file)), (specifier as string).replace(/\.js$/, '.ts'))).split('\\').join('/');
    return files.includes(target) ? [target] : [];
  });
}
const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe('the layout of src/', () => {
  it('places every file in a layer', () => {
    expect(files.filter((file) => layerOf(file) < 0)).toEqual([]);
  });

  it('has no import that runs up a layer, and no stage that imports another stage', () => {
    const wrong = [...graph].flatMap(([file, targets]) => targets.filter((target) => layerOf(target) > layerOf(file) || (stageOf(file) && stageOf(target) && stageOf(file) !== stageOf(target))).map((target) => `${file} -> ${target}`));
    expect(wrong).toEqual([]);
  });

  it('has no import loop', () => {
    const loops: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') return void loops.push([...path.slice(path.indexOf(file)), file].join(' -> '));
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(loops).toEqual([]);
  });
});
