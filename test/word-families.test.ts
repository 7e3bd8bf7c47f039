import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectBias } from '../src/index.js';
import type { BiasLexiconFile } from '../src/stages/07-bias/lexicons.js';

const lexicon = (name: string): BiasLexiconFile => JSON.parse(readFileSync(new URL(`../src/data/lexicons/${name}`, import.meta.url), 'utf8')) as BiasLexiconFile;
const families = lexicon('bias-word-families.json') as BiasLexiconFile & { notice: string };
const family = (match: string) => families.entries.find((entry) => entry.match === match);

describe('the word families from WordNet (bias-word-families.json)', () => {
  it('names the base word and the WordNet relation of each entry', () => {
    expect(family('atrociously')).toMatchObject({ type: 'evaluative_adverb', from: 'atrocious', relation: 'wordnet:pertainym' });
    expect(family('brutality')).toMatchObject({ type: 'evaluative_noun', from: 'brutal', relation: 'wordnet:derivation' });
    expect(family('condemnation')).toMatchObject({ type: 'attack_noun', from: 'condemn', relation: 'wordnet:derivation' });
    expect(families.licence).toContain('WordNet 3.1 licence');
    expect(families.notice).toContain('WordNet 3.1 Copyright 2011 by Princeton University');
  });

  it('derives from words the lists spell, and holds only words no other list spells', () => {
    const lists = readdirSync(new URL('../src/data/lexicons/', import.meta.url)).filter((name) => /^bias-.*\.json$/.test(name) && !['bias-word-families.json', 'bias-rules.json'].includes(name)).map(lexicon);
    const spelled = new Set(lists.flatMap((list) => list.entries.flatMap((entry) => entry.match.split('@')[0]!.split('|'))));
    expect(families.entries.filter((entry) => spelled.has(entry.match)).map((entry) => entry.match)).toEqual([]);
    expect(families.entries.filter((entry) => !spelled.has(entry.from!)).map((entry) => entry.from)).toEqual([]);
  });

  it('marks a derived word at its offsets, saying which word of which list it comes from', () => {
    const text = 'Police brutality drew a swift condemnation from the mayor.';
    const markers = detectBias(text).markers.filter((marker) => marker.lexicon.id === 'newslens/bias-word-families');
    expect(markers.map(({ text, start, end, category, type }) => ({ text, start, end, category, type }))).toEqual([
      { text: 'brutality', start: 7, end: 16, category: 'evaluative', type: 'evaluative_noun' },
      { text: 'condemnation', start: 30, end: 42, category: 'reporting', type: 'attack_noun' },
    ]);
    expect(markers[0]?.explanation).toContain("from the evaluative adjective 'brutal' (WordNet)");
    expect(markers[1]?.lexicon.source).toContain('Princeton WordNet 3.1');
  });
});
