import { countWords, type NewsDocument, type Sentence, type Token } from '../../document/document.js';
import { roundScore } from '../../shared/scores.js';
import { partGroups, type PartName } from '../../shared/parts.js';
import { sentenceSentiment, voiceScore } from '../../shared/sentence-sentiment/reading.js';
import type { SentimentEvidence, SentimentScore } from '../../shared/sentence-sentiment/types.js';
import type { Voice } from '../../document/finding.js';
import { inSourceWording, sentenceVoiceWords, sentenceWordingWords, voiceIndex, VoiceMean } from '../../shared/voices.js';
import { layerKey } from '../../document/layers.js';
import { sentenceMarkers } from './markers.js';
import { biasFeatures, biasScore, CATEGORIES, type StretchReading, WORD_CLASSES } from './score.js';
import type { BiasCategory, BiasMarker, BiasReport, SentenceBias, VoiceBias } from './types.js';
import { markerTerm } from './wording.js';
import { mapPacked } from '../../shared/arrays.js';

/** A part of the article (title, subtitle, a heading, a section's body) with its own report. */
export interface PartBias {
  part: PartName;
  section: number | null;
  start: number;
  end: number;
  text: string;
  score: number;
  counts: Record<BiasCategory, number>;
  rates: Record<BiasCategory, number>;
}

export interface ArticleBias extends BiasReport {
  parts: PartBias[];
}

/**
 * A sentence's markers, word count and score features (score.ts biasFeatures). Its sentiment
 * comes from the sentiment stage when that ran. scripts/fit-bias.ts fits on these features.
 */
export function sentenceEvidence(doc: NewsDocument, sentence: Sentence): { markers: BiasMarker[]; words: number; sentiment: SentimentScore; features: number[] } {
  const markers = sentenceMarkers(doc, sentence);
  const sentiment = sentenceSentiment(doc, sentence);
  const reading = stretchReading(doc, sentence, sentiment, undefined);
  return { markers, words: reading.words, sentiment, features: biasFeatures(markers, reading) };
}

/**
 * What the score reads in a sentence besides its markers, or in its stretch in one voice:
 * its words by class, its sentiment strength and its sentiment-scored words by sign.
 */
function stretchReading(doc: NewsDocument, sentence: Sentence, sentiment: SentimentScore, voice: Voice | undefined): StretchReading {
  const classWords = mapPacked(WORD_CLASSES, () => 0);
  let words = 0;
  // A token is in the quoted voice when a quote holds it (tokenQuote, read from the index once, not looked up per token).
  const owners = voice === undefined ? undefined : voiceIndex(doc).owners;
  const quoted = voice === 'quoted';
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t += 1) {
    const token = doc.tokens[t] as Token;
    if (token.kind !== 'word' || (owners !== undefined && (owners[t] as number) > 0 !== quoted)) continue;
    words += 1;
    const wordClass = wordClassOf(token.pos);
    if (wordClass >= 0) classWords[wordClass] = (classWords[wordClass] as number) + 1;
  }
  const { evidence } = sentiment;
  // Words, not evidence items: a word two lexicons score is one scored word. A sentence has a
  // few items, so each is compared with those before it rather than put in sets.
  let scoredWords = 0;
  let negativeWords = 0;
  let positiveWords = 0;
  for (let i = 0; i < evidence.length; i += 1) {
    const item = evidence[i] as SentimentEvidence;
    if (voice !== undefined && item.voice !== voice) continue;
    let scoredBefore = false;
    let signBefore = false;
    for (let j = 0; j < i; j += 1) {
      const earlier = evidence[j] as SentimentEvidence;
      if (earlier.start !== item.start || (voice !== undefined && earlier.voice !== voice)) continue;
      scoredBefore = true;
      if (Math.sign(earlier.weight) === Math.sign(item.weight)) signBefore = true;
    }
    if (!scoredBefore) scoredWords += 1;
    if (!signBefore && item.weight < 0) negativeWords += 1;
    else if (!signBefore && item.weight > 0) positiveWords += 1;
  }
  const sentimentStrength = Math.abs(voice === undefined ? sentiment.score : voiceScore(sentiment, voice, words, countWords(doc.tokens, sentence.tokenStart, sentence.tokenEnd)));
  return { words, sentimentStrength, scoredWords, negativeWords, positiveWords, classWords };
}

/** The place of a part of speech in WORD_CLASSES, or -1: compared in a loop the compiler inlines, where `indexOf` called a generic builtin for every word. */
function wordClassOf(pos: string): number {
  for (let k = 0; k < WORD_CLASSES.length; k += 1) if (WORD_CLASSES[k] === pos) return k;
  return -1;
}

/**
 * The categories of the writer's choice of words and phrasing, as against grammatical
 * constructions (modals, agentless passives): what lexical-bias annotation marks (docs/BIAS.md,
 * `lexical`). Scare quotes and weasel attributions ("critics say") are phrasing the writer
 * picks, as the style guides' lists of words to watch treat them; hedges and implicatives are not (`NOT_LEXICAL_TYPES`).
 */
const LEXICAL_CATEGORIES: ReadonlySet<BiasCategory> = new Set(['evaluative', 'loaded_label', 'reporting', 'epistemological', 'informal', 'booster', 'scare_quotes', 'vague_attribution']);

/**
 * Epistemological types the lexical rate leaves out: a hedge ("seems", "arguably") withholds the
 * writer's commitment, as a modal does; an implicative ("failed to", "refused to", "managed
 * to") reports whether an attempt came off, the plain way news states an outcome ("the Senate
 * failed to pass", "refused to comment"). Neither slants anyone (docs/BIAS.md). The implicatives
 * whose sense condemns the actor ("stooped to", "had the gall to") are `judging_implicative` and count.
 */
const NOT_LEXICAL_TYPES: ReadonlySet<string> = new Set(['hedge', 'implicative']);

/**
 * Whether a marker is a term of the lexical rate: the writer's slanted choice of words or
 * phrasing. A negated marker ("not a clown show", "no collusion") mentions the word to deny it
 * rather than applying it, so it is no term, as a negated booster is no marker at all.
 */
const isLexical = (marker: BiasMarker): boolean => LEXICAL_CATEGORIES.has(marker.category) && !NOT_LEXICAL_TYPES.has(marker.type) && marker.negated !== true;

/**
 * A sentence's bias, with its words, the score of its stretch in each voice (null for a voice it
 * has no words in), and its words and lexical terms in the writer's wording and in sources' own.
 */
type ScoredSentence = SentenceBias & { words: number; voices: Record<Voice, { words: number; score: number | null }>; wording: Record<Voice, { words: number; terms: string[] }> };

/** A sentence's words and lexical marker terms (`isLexical`) in the writer's wording and in sources' own wording (`inSourceWording`). */
function sentenceWording(doc: NewsDocument, sentence: Sentence, markers: readonly BiasMarker[]): ScoredSentence['wording'] {
  const words = sentenceWordingWords(doc, sentence);
  const wording = { writer: { words: words.writer, terms: [] as string[] }, quoted: { words: words.quoted, terms: [] as string[] } };
  for (const marker of markers) if (isLexical(marker)) wording[inSourceWording(doc, marker.start) ? 'quoted' : 'writer'].terms.push(markerTerm(doc, sentence, marker));
  return wording;
}

/** The bias of every sentence outside boilerplate, in text order. */
function sentencesBias(doc: NewsDocument): ScoredSentence[] {
  return mapPacked(doc.analysedSentences(), (sentence) => sentenceBias(doc, sentence));
}

/** One sentence's markers and score. */
function sentenceBias(doc: NewsDocument, sentence: Sentence): ScoredSentence {
  const { markers, words, sentiment, features } = sentenceEvidence(doc, sentence);
  const score = roundScore(biasScore(features));
  const voiceWords = sentenceVoiceWords(doc, sentence);
  const all = voiceWords.writer + voiceWords.quoted;
  // A stretch in one voice is scored as a sentence of its own words: its markers and what stretchReading reads in its words.
  const voiceOf = (voice: Voice): { words: number; score: number | null } => {
    const own = voiceWords[voice];
    if (own === 0) return { words: 0, score: null };
    if (own === all) return { words: own, score };
    return { words: own, score: biasScore(biasFeatures(markers.filter((marker) => marker.voice === voice), stretchReading(doc, sentence, sentiment, voice))) };
  };
  return { start: sentence.start, end: sentence.end, text: sentence.text, sentence: sentence.index, score, markers, words, voices: { writer: voiceOf('writer'), quoted: voiceOf('quoted') }, wording: sentenceWording(doc, sentence, markers) };
}

/** `count` per 100 of `words`, to four decimals; 0 without words. */
const per100 = (count: number, words: number): number => (words > 0 ? Math.round((count / words) * 1e6) / 1e4 : 0);

/** Per category, markers per 100 of `words`. */
function ratesOf(counts: Record<BiasCategory, number>, words: number): Record<BiasCategory, number> {
  const rates = {} as Record<BiasCategory, number>;
  for (const category of CATEGORIES) rates[category] = per100(counts[category], words);
  return rates;
}

/** Every category at 0 (a loop, not Object.fromEntries: this runs for every part and voice). */
function noCounts(): Record<BiasCategory, number> {
  const counts = {} as Record<BiasCategory, number>;
  for (const category of CATEGORIES) counts[category] = 0;
  return counts;
}

/** One voice's markers, counts, rates and score over some sentences. */
function voiceBias(sentences: readonly ScoredSentence[], voice: Voice): VoiceBias {
  const counts = noCounts();
  const mean = new VoiceMean();
  let markers = 0;
  let wordingWords = 0;
  const terms = new Set<string>();
  for (const sentence of sentences) {
    wordingWords += sentence.wording[voice].words;
    for (const term of sentence.wording[voice].terms) terms.add(term);
    const own = sentence.voices[voice];
    if (own.score !== null) mean.add(own.score, own.words, sentence.voices.writer.words + sentence.voices.quoted.words);
    for (const marker of sentence.markers) {
      if (marker.voice !== voice) continue;
      counts[marker.category] += 1;
      markers += 1;
    }
  }
  return { words: mean.words, score: roundScore(mean.mean() ?? 0), markers, counts, rates: ratesOf(counts, mean.words), lexical: per100(terms.size, wordingWords) };
}

/** Over some sentences: their mean score, every marker, and counts and rates per category. */
function totals(sentences: readonly ScoredSentence[]): Pick<BiasReport, 'score' | 'markers' | 'counts' | 'rates'> {
  const counts = noCounts();
  const markers: BiasMarker[] = [];
  let words = 0;
  let score = 0;
  for (const sentence of sentences) {
    words += sentence.words;
    score += sentence.score / sentences.length;
    for (const marker of sentence.markers) {
      counts[marker.category] += 1;
      markers.push(marker);
    }
  }
  return { score: roundScore(score), markers, counts, rates: ratesOf(counts, words) };
}

/** The report over some sentences: their totals, the same per voice, and the sentences. */
function report(sentences: readonly ScoredSentence[]): BiasReport {
  const { score, markers, counts, rates } = totals(sentences);
  const voices = { writer: voiceBias(sentences, 'writer'), quoted: voiceBias(sentences, 'quoted') };
  return { score, markers, counts, rates, voices, sentences: mapPacked(sentences, sentenceReport) };
}

/** A sentence's report: its span, score and markers without what the totals read. Written out field by field: an object rest copies by a slow generic path. */
function sentenceReport({ start, end, text, sentence, score, markers }: ScoredSentence): SentenceBias {
  return { start, end, text, sentence, score, markers };
}

/** Bias markers and scores of a whole text read sentence by sentence, without the article's parts. */
export function textBias(doc: NewsDocument): BiasReport {
  return report(sentencesBias(doc));
}

/** The article's bias markers and scores. */
export const BIAS = layerKey<ArticleBias>('bias');

/** The bias of one of the article's parts, from its sentences' (`items`, in text order). */
function partBias(text: string, part: PartBias['part'], section: PartBias['section'], items: readonly ScoredSentence[]): PartBias {
  const { score, counts, rates } = totals(items);
  const start = (items[0] as SentenceBias).start;
  const end = (items[items.length - 1] as SentenceBias).end;
  return { part, section, start, end, text: text.slice(start, end), score, counts, rates };
}

/** Bias stage: markers and a score for every sentence outside boilerplate, then each part and the article. */
export function biasStage(doc: NewsDocument): void {
  const sentences = sentencesBias(doc);
  // A plain loop, not a per-call callback: V8 drops a new closure's optimised code at each mark-compact.
  const parts: PartBias[] = [];
  for (const group of partGroups(doc, sentences, (sentence) => doc.sentences[sentence.sentence] as Sentence)) parts.push(partBias(doc.text, group.part, group.section, group.items));
  doc.setLayer(BIAS, { ...report(sentences), parts });
}
