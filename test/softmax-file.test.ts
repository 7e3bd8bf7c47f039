import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../src/data/load.js';
import { readSoftmaxFile } from '../src/stages/06-sentiment/softmax-file.js';
import type { SoftmaxData } from '../src/stages/06-sentiment/softmax.js';
import { wordFeaturesOf } from '../src/stages/06-sentiment/word-features.js';
import { TARGET_MODEL_FILE, packedTargetModel } from '../scripts/pack-target-sentiment.js';

describe("the target-sentiment classifier's packed file", () => {
  it('is what scripts/pack-target-sentiment.ts makes of target-sentiment.json (rerun it after training)', () => {
    expect(readFileSync(TARGET_MODEL_FILE).equals(packedTargetModel())).toBe(true);
  });

  it('holds every weight of the JSON form as the same double, bit for bit, and its provenance', () => {
    const data = readDataFile<SoftmaxData>('models/target-sentiment.json');
    const { header, names, table } = readSoftmaxFile(readFileSync(TARGET_MODEL_FILE));
    expect(names).toEqual(Object.keys(data.weights));
    const fromJson = new Float64Array(Object.values(data.weights).flat());
    expect(Buffer.from(table.buffer).equals(Buffer.from(fromJson.buffer))).toBe(true);
    expect(table[names.indexOf('L:accuse') * 3]).toBe(0.9059);
    expect({ id: header.id, version: header.version, source: header.source, licence: header.licence, description: header.description, classes: header.classes }).toEqual({ id: data.id, version: data.version, source: data.source, licence: data.licence, description: data.description, classes: data.classes });
    expect(header.builtFrom).toContain('scripts/pack-target-sentiment.ts');
  });

  it("holds the rows' word features as wordFeaturesOf works them out from the names", () => {
    const { names, wordFeatures } = readSoftmaxFile(readFileSync(TARGET_MODEL_FILE));
    const fromNames = wordFeaturesOf(names);
    expect(wordFeatures.words).toEqual(fromNames.words);
    expect([...wordFeatures.rowWords]).toEqual([...fromNames.rowWords]);
    expect([...wordFeatures.rowSlots]).toEqual([...fromNames.rowSlots]);
    const row = names.indexOf('L:care|neg');
    expect([wordFeatures.words[wordFeatures.rowWords[row] as number], wordFeatures.rowSlots[row]]).toEqual(['care', 1]);
    expect(wordFeatures.rowWords[names.indexOf('bias')]).toBe(-1);
  });

  it('is refused when cut short', () => {
    const bytes = readFileSync(TARGET_MODEL_FILE);
    expect(() => readSoftmaxFile(bytes.subarray(0, bytes.length - 8))).toThrow(/damaged/);
  });
});
