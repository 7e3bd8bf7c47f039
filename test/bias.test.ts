import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, detectBias, type BiasMarker } from '../src/index.js';
import { article } from './helpers.js';

/** `category:text`, with `(attributed)` where the text attributes a label. */
const brief = (markers: BiasMarker[]): string[] => markers.map((m) => `${m.category}:${m.text}${m.attributed ? ' (attributed)' : ''}`);

describe('detectBias() on the bundled article', () => {
  const report = detectBias(article);
  const near = (needle: string): BiasMarker[] => {
    const start = article.indexOf(needle);
    return report.markers.filter((m) => m.start >= start && m.end <= start + needle.length);
  };

  it('marks "harshly blames": an evaluative adverb and a loaded reporting verb', () => {
    expect(brief(near('harshly blames'))).toEqual(['evaluative:harshly', 'reporting:blames']);
  });

  it('marks "arch-rival" and the idiom "spilled the beans"', () => {
    expect(brief(near('its arch-rival Israel'))).toContain('evaluative:arch-rival');
    expect(brief(near('spilled the beans'))).toEqual(['informal:spilled the beans']);
  });

  it('marks "there are several reports" as vague attribution and "Ever-Growing" as a booster', () => {
    expect(brief(near('there are several reports that state'))).toEqual(['vague_attribution:there are several reports that state']);
    expect(brief(near('Ever-Growing Friendship'))).toEqual(['booster:Ever-Growing']);
  });

  it('marks "Murder" in a heading as a loaded label, and an attributed "terrorist" as attributed', () => {
    expect(brief(near('Israel’s Involvement In Soleimani’s Murder'))).toContain('loaded_label:Murder');
    // "is listed" is itself a passive that does not say who listed it.
    expect(brief(near('is listed as a terrorist organization in the US'))).toEqual(['agentless_passive:is listed', 'loaded_label:terrorist (attributed)']);
  });

  it('explains each marker and names the list behind it, with offsets into the text', () => {
    for (const marker of report.markers) {
      expect(article.slice(marker.start, marker.end)).toBe(marker.text);
      expect(marker.explanation.length).toBeGreaterThan(10);
      expect(marker.explanation).toContain(marker.text);
      expect(marker.lexicon.id).toMatch(/^newslens\/bias-/);
    }
  });

  it('counts markers by category and per 100 words, and scores 0..1', () => {
    const total = Object.values(report.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(report.markers.length);
    // Rates are per 100 of the words analysis.stats.words counts (544 in the bundled article).
    expect(report.rates.loaded_label).toBe(Math.round((report.counts.loaded_label / 544) * 1e6) / 1e4);
    expect(report.score).toBeGreaterThan(0);
    expect(report.score).toBeLessThan(1);
  });
});

describe('detectBias() on other text', () => {
  it('finds no marker in a neutral wire sentence', () => {
    const wire = detectBias('The central bank raised its benchmark interest rate by a quarter of a percentage point on Wednesday, the bank said in a statement.');
    expect(wire.markers).toEqual([]);
  });

  it('reads the words besides the markers: an adverb raises the score of a sentence no list marks', () => {
    const plain = detectBias('The council approved the budget.');
    const adverb = detectBias('The council quietly approved the budget.');
    expect([plain.markers, adverb.markers]).toEqual([[], []]);
    expect(adverb.score).toBeGreaterThan(plain.score);
  });

  it('marks an agentless passive, and not a passive that names its agent', () => {
    expect(brief(detectBias('No casualties were reported.').markers)).toEqual(['agentless_passive:were reported']);
    expect(brief(detectBias('No casualties were reported by the US officials.').markers)).toEqual([]);
  });

  it('marks scare quotes around a word, not a quotation a speaker is given', () => {
    expect(brief(detectBias('The government called it a “reform” of the courts.').markers)).toEqual([]);
    expect(brief(detectBias('The “reform” gutted the courts.').markers)).toContain('scare_quotes:“reform”');
  });

  it('does not mark a negated booster ("not very")', () => {
    expect(brief(detectBias('The talks were very productive.').markers)).toContain('booster:very');
    expect(brief(detectBias('The talks were not very productive.').markers).filter((m) => m.startsWith('booster'))).toEqual([]);
  });

  it('marks the degree "so" and "too" before an adjective, not the "so" that joins clauses', () => {
    const marked = detectBias('The minister was so angry that he left, too early for the vote.').markers.filter((m) => m.category === 'booster');
    expect(marked.map((m) => [m.text, m.start, m.end])).toEqual([['so', 17, 19], ['too', 40, 43]]);
    expect(brief(detectBias('They cleared the square so the president could walk to the church.').markers).filter((m) => m.startsWith('booster'))).toEqual([]);
  });

  it('marks the adverb and the noun made from an evaluative adjective, saying which', () => {
    const evaluative = detectBias('The plan was atrociously drafted, and its sloppiness showed.').markers.filter((m) => m.category === 'evaluative');
    expect(evaluative.map((m) => [m.text, m.start, m.end])).toEqual([['atrociously', 13, 24], ['sloppiness', 42, 52]]);
    expect(evaluative[1]?.explanation).toContain("from the evaluative adjective 'sloppy'");
  });

  it('explains a marker by quoting its words as the text has them, not the list pattern, with the list reason', () => {
    const explained = (text: string): [number, number, string, string, string][] => detectBias(text).markers.map((m) => [m.start, m.end, m.text, m.category, m.explanation]);
    expect(explained('Critics said the plan would fail.')).toEqual([
      [0, 12, 'Critics said', 'vague_attribution', "vague attribution: 'Critics said' credits the claim to an unnamed group, so the reader cannot tell who holds the view or how widely"],
    ]);
    expect(explained('The senator slammed the deal.')).toEqual([
      [12, 19, 'slammed', 'reporting', "loaded reporting verb: 'slammed' turns a criticism into an attack and takes the critic's side in its force; 'criticised' is neutral"],
    ]);
    expect(explained('They threw him under the bus.')).toEqual([
      [5, 28, 'threw him under the bus', 'informal', "idiom in news prose: 'threw him under the bus' carries an evaluation a literal report would not; say plainly what happened"],
    ]);
    expect(explained('Atrociously drafted, the bill failed.')).toEqual([
      [0, 11, 'Atrociously', 'evaluative', "evaluative adverb: 'Atrociously', from the evaluative adjective 'atrocious' (WordNet), tells the reader how to judge the action it describes"],
    ]);
    expect(explained('Many experts have argued that the regimes fell.')).toEqual([
      [0, 24, 'Many experts have argued', 'vague_attribution', "vague attribution: 'Many experts have argued' credits the claim to an unnamed group, so the reader cannot tell who holds the view or how widely"],
      [34, 41, 'regimes', 'loaded_label', "loaded label: 'regimes' names a government or leader with a verdict on its legitimacy; 'government' is neutral"],
    ]);
  });

  it('keeps every marker on the words it names and every score in 0..1, whatever the text', () => {
    const newsy = fc.string({
      unit: fc.constantFrom('the regime ', 'very ', 'not ', 'critics say ', 'was killed ', 'by ', '“', '”', '"', 'so-called ', 'arch-rival ', '-', '. ', ', ', '\n\n', '😀', '\u0000', '\ud800', 'reportedly ', 'Murder ', 'spilled the beans '),
      maxLength: 40,
    });
    fc.assert(
      fc.property(newsy, (text) => {
        const report = detectBias(text);
        expect(report.score).toBeGreaterThanOrEqual(0);
        expect(report.score).toBeLessThanOrEqual(1);
        for (const marker of report.markers) {
          expect(text.slice(marker.start, marker.end)).toBe(marker.text);
          expect(marker.explanation).toContain(marker.text);
        }
        expect(Object.values(report.counts).reduce((a, b) => a + b, 0)).toBe(report.markers.length);
      }),
      { numRuns: 150 },
    );
  });

  it('gives empty text an empty report and rejects what is not text', () => {
    expect(detectBias('')).toMatchObject({ score: 0, markers: [], sentences: [] });
    expect(() => detectBias(null as unknown as string)).toThrow('newslens.detectBias(text): expected text to be a string, received null');
  });
});

describe('bias in analyze()', () => {
  it('reports the article, each sentence and each part', () => {
    const bias = analyze(article).bias!;
    expect(bias.markers).toEqual(detectBias(article).markers);
    expect(bias.sentences).toHaveLength(32);
    for (const sentence of bias.sentences) expect(sentence.score).toBeGreaterThan(0);
    expect(bias.parts.map((part) => `${part.part} ${part.section ?? '-'}`)).toEqual(['title -', 'subtitle -', 'body 0', 'heading 1', 'body 1', 'heading 2', 'body 2', 'heading 3', 'body 3', 'heading 4', 'body 4', 'heading 5', 'body 5']);
  });

  it('leaves out the analyses a caller skips, and says which ran', () => {
    const lean = analyze(article, { skip: ['sentiment', 'bias', 'framing'] });
    expect(lean.meta.stages).toEqual(['markup', 'structure', 'tokens', 'entities', 'quotes']);
    expect(lean.sentiment).toBeUndefined();
    expect(lean.bias).toBeUndefined();
    expect(lean.framing).toBeUndefined();
    expect(lean.sentences[8]?.sentiment).toBeUndefined();
    expect(analyze(article, { skip: ['sentiment'] }).bias?.markers).toEqual(detectBias(article).markers);
    expect(() => analyze(article, { skip: ['entities' as 'bias'] })).toThrow("newslens.analyze(text, options): expected options.skip to be an array of 'sentiment', 'bias', 'framing', received [\"entities\"]");
  });
});
