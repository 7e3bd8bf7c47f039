import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../src/data/load.js';
import { packPerceptron, readModelFile, tablesOfData, type PerceptronData, type WordPairs } from '../src/stages/04-entities/model-file.js';
import { MODEL_FILE, packedModel } from '../scripts/pack-ner-model.js';
import { Perceptron } from '../src/stages/04-entities/perceptron.js';
import { pairsOf } from '../src/stages/04-entities/scorer-index.js';

describe("the name tagger's model file", () => {
  it('is what scripts/pack-ner-model.ts makes of ner-perceptron.json (rerun it after training)', () => {
    expect(readFileSync(MODEL_FILE).equals(packedModel())).toBe(true);
  });

  it('holds the tables and provenance of the JSON form, byte for byte', () => {
    const data = readDataFile<PerceptronData>('models/ner-perceptron.json');
    const { header, tables } = readModelFile(readFileSync(MODEL_FILE));
    const fromJson = tablesOfData(data);
    expect(tables.features).toBe(fromJson.features);
    expect([...tables.pairCounts]).toEqual([...fromJson.pairCounts]);
    expect([...tables.pairTags]).toEqual([...fromJson.pairTags]);
    expect([...tables.lineStarts]).toEqual([...fromJson.lineStarts]);
    expect(Object.is(tables.weights.length, fromJson.weights.length) && tables.weights.every((weight, k) => Object.is(weight, fromJson.weights[k]))).toBe(true);
    expect({ id: header.id, version: header.version, source: header.source, licence: header.licence, tags: header.tags, scale: header.scale }).toEqual({ id: data.id, version: data.version, source: data.source, licence: data.licence, tags: data.tags, scale: data.scale });
    expect(header.builtFrom).toContain('scripts/pack-ner-model.ts');
  });

  it("holds each row's weights in ascending tag order, as packPerceptron packs them (the tagger reads a row of every tag by tag)", () => {
    const { tables } = readModelFile(readFileSync(MODEL_FILE));
    let start = 0;
    const unordered: number[] = [];
    tables.pairCounts.forEach((count, row) => {
      for (let k = start + 1; k < start + count; k += 1) if (!((tables.pairTags[k - 1] as number) < (tables.pairTags[k] as number))) unordered.push(row);
      start += count;
    });
    expect(unordered).toEqual([]);
    expect(() => packPerceptron({ id: 'x', version: '0', source: 'test', licence: 'none', tags: [], scale: 1 }, [['w=a', [3, 1, 1, 2]]])).toThrow(/ascending tag order/);
  });

  it("holds the scorer's index: each word's pairs name the rows of `w-1|sh=word|shape` and `sh|w+1=shape|word`, and every shape has an id", () => {
    const { tables, index } = readModelFile(readFileSync(MODEL_FILE));
    const tagger = Perceptron.fromTables(tables);
    const rowsOf = (table: WordPairs, feature: (word: string, shape: string) => string): { found: number; wrong: string[] } => {
      const wrong: string[] = [];
      let found = 0;
      for (let i = 0; i < table.words.length; i += 1) {
        const word = table.words.line(i);
        const pairs = pairsOf(table, word) as Int32Array;
        for (let k = 0; k < pairs.length; k += 2, found += 1) if (tagger.row(feature(word, index.shapes[pairs[k] as number] as string)) !== pairs[k + 1]) wrong.push(word);
      }
      return { found, wrong };
    };
    const before = rowsOf(index.wordBeforeShape, (word, shape) => `w-1|sh=${word}|${shape}`);
    const after = rowsOf(index.shapeWordAfter, (word, shape) => `sh|w+1=${shape}|${word}`);
    expect([before.wrong, after.wrong]).toEqual([[], []]);
    // Every value holds a "|", and one that holds more is indexed at each (byPair).
    expect(before.found).toBeGreaterThanOrEqual(tagger.template('w-1|sh').size);
    expect(after.found).toBeGreaterThanOrEqual(tagger.template('sh|w+1').size);
    expect(pairsOf(index.wordBeforeShape, 'no such word')).toBeUndefined();
    expect(index.shapes.slice(0, 2)).toEqual(['caps', '<s>']);
  });

  it("is refused when a weight is past the tagger's bound or the scale is not positive (the integer sums would not order tags as the real ones)", () => {
    const tables = readModelFile(readFileSync(MODEL_FILE)).tables;
    expect(() => Perceptron.fromTables(tables)).not.toThrow();
    const weights = tables.weights.slice();
    weights[0] = 2 ** 24 + 1;
    expect(() => Perceptron.fromTables({ ...tables, weights })).toThrow(/damaged/);
    for (const scale of [0, -1000, Number.NaN]) expect(() => Perceptron.fromTables({ ...tables, scale })).toThrow(/damaged/);
  });

  it('is refused when cut short', () => {
    const bytes = readFileSync(MODEL_FILE);
    expect(() => readModelFile(bytes.subarray(0, bytes.length - 4))).toThrow(/damaged/);
  });
});
