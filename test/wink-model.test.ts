import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readWinkCore, winkModel, WINK_MODEL } from '../src/data/wink-model.js';
import { installedExceptionLists, installedWinkCore, packedWinkCore, WINK_CORE_FILE } from '../scripts/pack-wink-model.js';

describe("wink's core model, packed", () => {
  it('is what scripts/pack-wink-model.ts makes of the installed wink-eng-lite-web-model (rerun it after updating the model)', () => {
    expect(readFileSync(WINK_CORE_FILE).equals(packedWinkCore())).toBe(true);
  });

  it("reads back as the model's own core(): lexicon, expansions, every table, list and hash", () => {
    const { version, core } = installedWinkCore();
    const packed = readWinkCore(readFileSync(WINK_CORE_FILE));
    expect(packed.version).toBe(version);
    const { lexeme, ...features } = packed.core.features;
    const { lexeme: modelLexeme, ...modelFeatures } = core.features;
    expect({ ...packed.core, features }).toEqual({ ...core, features: modelFeatures });
    const { list, hash, ...sizes } = lexeme!;
    const { list: modelList, hash: modelHash, ...modelSizes } = modelLexeme!;
    expect(sizes).toEqual(modelSizes);
    expect(list.length).toBe(modelList.length);
    for (let k = 0; k < modelList.length; k += 1) {
      if (list[k] !== modelList[k]) expect(list[k]).toBe(modelList[k]);
      const word = modelList[k] as string;
      if (hash?.[word] !== modelHash?.[word]) expect([word, hash?.[word]]).toEqual([word, modelHash?.[word]]);
    }
  });

  it('behaves as an object and an array where wink writes: learned words are added, found and deleted', () => {
    const { core } = readWinkCore(readFileSync(WINK_CORE_FILE));
    const { list, hash } = core.features.lexeme!;
    const size = list.length;
    expect(hash?.['Soleimanix']).toBeUndefined();
    expect(hash?.['__proto__']).toBeUndefined();
    expect(hash?.['constructor']).toBe(list.indexOf('constructor'));
    expect(list[size]).toBeUndefined();
    hash!['Soleimanix'] = size;
    expect(list.push('Soleimanix')).toBe(size + 1);
    expect([hash?.['Soleimanix'], list[size], list.length]).toEqual([size, 'Soleimanix', size + 1]);
    delete hash!['Soleimanix'];
    expect(hash?.['Soleimanix']).toBeUndefined();
    expect(hash?.['the']).toBe(list.indexOf('the'));
    expect([0 in list, size + 1 in list]).toEqual([true, false]);
    expect([hash?.['Soleimanix'], hash?.['Soleimanix']]).toEqual([undefined, undefined]);
    hash!['Soleimanix'] = size;
    expect(hash?.['Soleimanix']).toBe(size);
  });

  it('keeps answering after more misses than it remembers, when some were learned and forgotten since (as shared/wink.ts forgets)', () => {
    const { core } = readWinkCore(readFileSync(WINK_CORE_FILE));
    const { list, hash } = core.features.lexeme!;
    const size = list.length;
    expect(hash!['Soleimanix']).toBeUndefined();
    hash!['Soleimanix'] = size;
    delete hash!['Soleimanix'];
    hash!['Kept'] = size + 1;
    for (let k = 0; k < 120_000; k += 1) expect(hash![`zz${k}`]).toBeUndefined();
    expect([hash!['Soleimanix'], hash!['Kept'], hash!['zz7'], hash!['the']]).toEqual([undefined, size + 1, undefined, list.indexOf('the')]);
  });

  it("is used for the version it was made from; another installed version gets the package's own model, whole", () => {
    const { version } = readWinkCore(readFileSync(WINK_CORE_FILE));
    const ownModel = createRequire(import.meta.url)(WINK_MODEL) as Record<string, unknown>;
    const packedModel = winkModel(version);
    expect(packedModel).not.toBe(ownModel);
    type Core = () => { features: Record<string, { list: unknown[] }> };
    expect((packedModel.core as Core)().features.lexeme?.list.length).toBe((ownModel.core as Core)().features.lexeme?.list.length);
    expect(winkModel(`${version}-another`)).toBe(ownModel);
  });

  it("lemmatizes as the model's own lemmatizer, exceptions and suffixes alike, with the exception lists read from the file", () => {
    type Lemmatize = (value: string, pos: string, cache: { hasSamePOS: (lemma: string, pos: string) => boolean }) => string;
    const { version, exceptions } = readWinkCore(readFileSync(WINK_CORE_FILE));
    const installed = installedExceptionLists();
    for (const [file, list] of Object.entries(installed)) {
      for (const [word, lemma] of Object.entries(list)) if (exceptions[file]?.[word] !== lemma) expect([file, word, exceptions[file]?.[word]]).toEqual([file, word, lemma]);
      expect([exceptions[file]?.['kitten'], exceptions[file]?.['constructor'], exceptions[file]?.['__proto__']]).toEqual([list['kitten'], undefined, undefined]);
    }
    const own = createRequire(import.meta.url)(`${WINK_MODEL}/dist/lemmatize.js`) as Lemmatize;
    const packed = (winkModel(version).addons as { lemmatize: Lemmatize }).lemmatize;
    expect(packed).not.toBe(own);
    // A cache that knows every other candidate, so that each suffix rule is tried both ways.
    const cache = { hasSamePOS: (lemma: string) => lemma.length % 2 === 0 };
    const words = [...new Set([...Object.values(installed).flatMap((list) => Object.keys(list)), 'running', 'boxes', 'bigger', 'largest', 'wolves', 'churches', 'firemen', 'studies', 'played', 'taxes', 'the'])];
    for (const pos of ['ADJ', 'NOUN', 'VERB', 'ADV'])
      for (const word of words) if (packed(word, pos, cache) !== own(word, pos, cache)) expect([pos, word, packed(word, pos, cache)]).toEqual([pos, word, own(word, pos, cache)]);
  });

  it('is refused when cut short', () => {
    const bytes = readFileSync(WINK_CORE_FILE);
    expect(() => readWinkCore(bytes.subarray(0, bytes.length - 8))).toThrow(/damaged/);
  });
});
