import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePatterns, ITEM_ANY, ITEM_CONTEXT, ITEM_OPTIONAL } from '../src/shared/compiled-patterns.js';
import { readDataFile } from '../src/data/load.js';
import { readPatternsFile, shippedPatterns } from '../src/shared/patterns-file.js';
import { BIAS_LEXICON_FILES, type BiasLexiconFile, markingEntries } from '../src/stages/07-bias/lexicons.js';
import { BIAS_PATTERNS_FILE, FRAMES_PATTERNS_FILE, packedBiasPatterns, packedFramePatterns } from '../scripts/pack-patterns.js';

describe("the bias and frame lexicons' compiled patterns", () => {
  it('are what scripts/pack-patterns.ts makes of the lexicons (rerun it after changing a bias or frame list)', () => {
    expect(readFileSync(BIAS_PATTERNS_FILE).equals(packedBiasPatterns())).toBe(true);
    expect(readFileSync(FRAMES_PATTERNS_FILE).equals(packedFramePatterns())).toBe(true);
  });

  it('read back as compilePatterns compiles the marking entries, with the lists they come from', () => {
    const files = BIAS_LEXICON_FILES.map((name) => readDataFile<BiasLexiconFile>(`lexicons/${name}`));
    const { header, compiled } = readPatternsFile(readFileSync(BIAS_PATTERNS_FILE));
    expect(compiled).toEqual(compilePatterns(markingEntries(files).map(({ match }) => match)));
    expect(header.lists).toEqual(files.map(({ id, version }) => ({ id, version })));
    expect(header.builtFrom).toContain('scripts/pack-patterns.ts');
  });

  it('are refused for lists of another version or another number of entries', () => {
    const files = BIAS_LEXICON_FILES.map((name) => readDataFile<BiasLexiconFile>(`lexicons/${name}`));
    expect(shippedPatterns('bias-patterns.bin', files).origins.length).toBeGreaterThan(1000);
    const edited = files.map((file, f) => (f === 0 ? { ...file, version: `${file.version}-edited` } : file));
    expect(() => shippedPatterns('bias-patterns.bin', edited)).toThrow(/was made from .* where the lists read are .*-edited.*: rerun scripts\/pack-patterns\.ts/);
    const shorter = files.map((file, f) => (f === 0 ? { ...file, entries: file.entries.slice(1) } : file));
    expect(() => shippedPatterns('bias-patterns.bin', shorter)).toThrow(/entries where its lists have .*: rerun scripts\/pack-patterns\.ts/);
  });

  it('are refused when cut short', () => {
    const bytes = readFileSync(FRAMES_PATTERNS_FILE);
    expect(() => readPatternsFile(bytes.subarray(0, bytes.length - 4))).toThrow(/damaged/);
  });
});

describe('compilePatterns', () => {
  const compiled = compilePatterns(['the rich|wealthy elite', '* - baiting', 'so@ADV (*@ADJ,ADV)', 'very? rich', 'arch-rival', 'liber* the']);
  const itemsOf = (pattern: number): number[][] => {
    const items: number[][] = [];
    for (let at = compiled.patternStarts[pattern] as number; at < (compiled.patternStarts[pattern + 1] as number); at += 1) {
      const item = compiled.patternItems[at] as number;
      items.push([...compiled.items.subarray(compiled.itemStarts[item], compiled.itemStarts[item + 1])]);
    }
    return items;
  };
  const word = (text: string): number => compiled.words.indexOf(text);
  const text = (value: string): number => compiled.texts.indexOf(value);

  it('numbers each word once, in the order the patterns first name it, and shares an item written alike', () => {
    expect(compiled.words).toEqual(['the', 'rich', 'wealthy', 'elite', '-', 'baiting', 'so', 'very', 'arch', 'rival']);
    // "the" opens the first pattern and ends the last: one item.
    expect(compiled.patternItems[compiled.patternStarts[0] as number]).toBe(compiled.patternItems[(compiled.patternStarts[5] as number) + 1]);
  });

  it("holds each item's flags, part of speech, words and prefixes", () => {
    expect(itemsOf(0)).toEqual([[0, -1, 1, word('the')], [0, -1, 2, word('rich'), word('wealthy')], [0, -1, 1, word('elite')]]);
    expect(itemsOf(1)).toEqual([[ITEM_ANY, -1, 0], [0, -1, 1, word('-')], [0, -1, 1, word('baiting')]]);
    expect(itemsOf(2)).toEqual([[0, text('ADV'), 1, word('so')], [ITEM_ANY | ITEM_CONTEXT, text('ADJ,ADV'), 0]]);
    expect(itemsOf(3)).toEqual([[ITEM_OPTIONAL, -1, 1, word('very')], [0, -1, 1, word('rich')]]);
    expect(itemsOf(4)).toEqual([[0, -1, 1, word('arch')], [0, -1, 1, word('-')], [0, -1, 1, word('rival')]]);
    expect(itemsOf(5)).toEqual([[0, -1, 0, text('liber')], [0, -1, 1, word('the')]]);
  });

  it("holds each pattern's anchor (its first word item, -1 after an optional one) and the one word the item after it must be", () => {
    expect([...compiled.anchors]).toEqual([0, 1, 0, -1, 0, 0]);
    expect([...compiled.nextWords]).toEqual([-1, word('baiting'), -1, -1, word('-'), word('the')]);
  });
});
