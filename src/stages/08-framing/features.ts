import { countWords, type NewsDocument, type Sentence } from '../../document/document.js';
import { sentenceSentiment } from '../../shared/sentence-sentiment/reading.js';
import type { ReadCue } from './cues.js';
import { mapPacked } from '../../shared/arrays.js';

/**
 * Words of prior that a section's cue rates are shrunk with towards the article's: a
 * 40-word section with one cue does not read as saturated with a frame (docs/FRAMING.md).
 */
export const SECTION_PRIOR_WORDS = 100;

/** Cue counts and word count of a span of text, the unit the rates are taken over. */
export interface CueCounts {
  words: number;
  /** By cue key: `generic|frame|item`, `policy|frame|`, `custom|frame|`. */
  counts: Map<string, number>;
  /** By cue key, the different cue words (lower-case): "Iran" said twenty times is one. */
  kinds: Map<string, number>;
}

export function countCues(facts: SentenceFacts, sentences: readonly Sentence[], cues: readonly ReadCue[]): CueCounts {
  let words = 0;
  for (const sentence of sentences) words += facts.words[sentence.index] as number;
  const counts = new Map<string, number>();
  /** By key, its cue words seen so far (lower-case): a set per key, so no key and word are joined. */
  const seen = new Map<string, Set<string>>();
  const kinds = new Map<string, number>();
  for (const { target, word } of cues) {
    const { key } = target;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const words = seen.get(key);
    if (!words) seen.set(key, new Set([word]));
    else if (words.has(word)) continue;
    else words.add(word);
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
  }
  return { words, counts, kinds };
}

/** Cues (or, with `tally` `kinds`, different cue words) per 100 words of one key; a section's is shrunk towards the article's. */
export function cueRate(own: CueCounts, key: string, article?: CueCounts, tally: 'counts' | 'kinds' = 'counts'): number {
  const count = own[tally].get(key) ?? 0;
  if (!article) return own.words > 0 ? (100 * count) / own.words : 0;
  const prior = article.words > 0 ? (article[tally].get(key) ?? 0) / article.words : 0;
  return (100 * (count + SECTION_PRIOR_WORDS * prior)) / (own.words + SECTION_PRIOR_WORDS);
}

const QUOTATION = /["“”]/;
const KIND_OF: Record<string, 'people' | 'organisations' | 'places'> = { PERSON: 'people', ORG: 'organisations', GPE: 'places', NORP: 'places', LOC: 'places' };
const AMOUNTS = new Set(['MONEY', 'PERCENT']);

/**
 * Per sentence, by its index: the named entities (by index, with their kind) it mentions, its
 * amounts of money and percentages, its words, whether it quotes speech, and its sentiment
 * score. Worked out once per document: the article and each section add up the same sentences.
 */
export interface SentenceFacts {
  entities: Map<number, { entity: number; kind: 'people' | 'organisations' | 'places' }[]>;
  amounts: Map<number, number>;
  words: Int32Array;
  quoted: Uint8Array;
  score: Float64Array;
}

/** The facts of every sentence outside boilerplate, in one pass over the sentences, the entities and the amounts. */
export function sentenceFacts(doc: NewsDocument): SentenceFacts {
  const words = new Int32Array(doc.sentences.length);
  const quoted = new Uint8Array(doc.sentences.length);
  const score = new Float64Array(doc.sentences.length);
  for (const sentence of doc.analysedSentences()) {
    words[sentence.index] = countWords(doc.tokens, sentence.tokenStart, sentence.tokenEnd);
    quoted[sentence.index] = QUOTATION.test(sentence.text) ? 1 : 0;
    score[sentence.index] = sentenceSentiment(doc, sentence).score;
  }
  const entities: SentenceFacts['entities'] = new Map();
  doc.entities.forEach((entity, index) => {
    const kind = KIND_OF[entity.type];
    if (!kind) return;
    for (const mention of entity.mentions) {
      const list = entities.get(mention.sentence);
      if (list) list.push({ entity: index, kind });
      else entities.set(mention.sentence, [{ entity: index, kind }]);
    }
  });
  const amounts = new Map<number, number>();
  const starts = mapPacked(doc.sentences, (sentence) => sentence.start);
  for (const amount of doc.numericEntities) {
    if (!AMOUNTS.has(amount.type)) continue;
    // The last sentence that starts at or before the amount: binary search over sentence starts.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= amount.start) low = middle;
      else high = middle - 1;
    }
    amounts.set(low, (amounts.get(low) ?? 0) + 1);
  }
  return { entities, amounts, words, quoted, score };
}

/**
 * What the other layers say about a span, for the questionnaire items cues cannot see alone:
 * how many people, organisations and places it names (actors and sides), the share of its
 * sentences with quoted speech (voices), the mean strength and the negative share of its
 * sentences' sentiment (emotion, moral and conflict tone), and how many amounts of money and
 * percentages it gives (economic consequences).
 */
export function analysisFeatures(sentences: readonly Sentence[], facts: SentenceFacts): Record<string, number> {
  const named = { people: new Set<number>(), organisations: new Set<number>(), places: new Set<number>() };
  let quoted = 0;
  let tone = 0;
  let negative = 0;
  let amounts = 0;
  for (const sentence of sentences) {
    const score = facts.score[sentence.index] as number;
    quoted += facts.quoted[sentence.index] as number;
    tone += Math.abs(score);
    if (score < -0.05) negative += 1;
    for (const { entity, kind } of facts.entities.get(sentence.index) ?? []) named[kind].add(entity);
    amounts += facts.amounts.get(sentence.index) ?? 0;
  }
  const n = Math.max(1, sentences.length);
  return {
    people: Math.log1p(named.people.size),
    organisations: Math.log1p(named.organisations.size),
    places: Math.log1p(named.places.size),
    quoted: quoted / n,
    tone: tone / n,
    negative: negative / n,
    amounts: Math.log1p(amounts),
  };
}

/**
 * The named features of a span: `rate:KEY` = log(1 + cues per 100 words) for every cue key
 * the lexicons know, and the analysis features. scripts/fit-framing.ts fits on the same.
 */
export function spanFeatures(sentences: readonly Sentence[], facts: SentenceFacts, own: CueCounts, keys: readonly string[], article?: CueCounts): Record<string, number> {
  const features = analysisFeatures(sentences, facts);
  const names = rateNames(keys);
  keys.forEach((key, k) => (features[names[k] as string] = Math.log1p(cueRate(own, key, article))));
  return features;
}

/**
 * The `rate:KEY` names of a lexicon set's keys, made once per set: a name joined for every
 * span of every article is a new string, which V8 then has to look up as a property key.
 */
const rateNamesOf = new WeakMap<readonly string[], string[]>();
function rateNames(keys: readonly string[]): string[] {
  let names = rateNamesOf.get(keys);
  if (!names) rateNamesOf.set(keys, (names = mapPacked(keys, (key) => `rate:${key}`)));
  return names;
}
