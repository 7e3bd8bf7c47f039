/**
 * Target-dependent sentiment (NewsMTSC style): how a sentence speaks of one person or thing in
 * it. A softmax regression (softmax.ts, trained by scripts/train-target-sentiment.ts) reads the
 * features of target-features.ts.
 */
import { loadOnce, readDataBytes } from '../../data/load.js';
import type { NewsDocument, Sentence, Token } from '../../document/document.js';
import { lowerBound } from '../../document/span.js';
import type { LexiconInfo } from '../../data/lexicon.js';
import { softmax, SoftmaxModel } from './softmax.js';
import { readSoftmaxFile } from './softmax-file.js';
import { analyse, analysedTargetFeatures, sentenceWord } from './target-features.js';
import { LogitSum } from './logit-sum.js';
import type { SentimentLabel } from '../../shared/sentence-sentiment/types.js';
import type { ValenceHit } from '../../shared/sentence-sentiment/valence.js';

export interface TargetReading {
  label: SentimentLabel;
  probabilities: Record<SentimentLabel, number>;
  /** Document token indexes [clauseStart, clauseEnd) of the target's clause: the scope whose lexicon evidence is reported. */
  clauseStart: number;
  clauseEnd: number;
}

/** The model's classes, in the order of its weight rows. */
export const TARGET_LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

/**
 * The sentence holding the text [from, to) and its first and last token there (tokens that
 * overlap the span); a span the pipeline split across sentences is cut to its first sentence.
 * With `within`, only that sentence is searched.
 */
export function targetTokens(doc: NewsDocument, from: number, to: number, within?: Sentence): { sentence: Sentence; first: number; last: number } | undefined {
  // Tokens are in text order and do not overlap, so their ends ascend: the first token ending
  // after `from` is found by halving (an entity's every mention asked, and a walk from the
  // sentence's start cost a sentence's length), and it is the first overlap if it starts before `to`.
  const stop = within ? within.tokenEnd : doc.tokens.length;
  const first = lowerBound(doc.tokens, (token) => token.end > from, within ? within.tokenStart : 0, stop);
  if (first >= stop || (doc.tokens[first] as Token).start >= to) return undefined;
  const sentence = within ?? (doc.sentences[(doc.tokens[first] as Token).sentence] as Sentence);
  let last = first;
  while (last + 1 < sentence.tokenEnd && (doc.tokens[last + 1] as Token).start < to) last += 1;
  return { sentence, first, last };
}

function load(): { sum: LogitSum; info: LexiconInfo } {
  return loadOnce('target-sentiment', () => {
    const { header, names, table, wordFeatures } = readSoftmaxFile(readDataBytes('models/target-sentiment.bin'));
    return { sum: new LogitSum(new SoftmaxModel(header.classes, names, table), wordFeatures), info: { id: header.id, version: header.version, source: header.source, licence: header.licence } };
  });
}

/** A target's logits of its own content words and of its other features: readTarget's, kept from call to call. */
const ownLogits = new Float64Array(TARGET_LABELS.length);
const featureLogits = new Float64Array(TARGET_LABELS.length);

/**
 * `first`..`last` are the target's document token indexes (inclusive) inside `sentence`; `hits` =
 * valenceHits(doc.tokens, sentence.tokenStart, sentence.tokenEnd, valenceLexicons()) for that
 * sentence. Pass the same `hits` array for every target of a sentence, and a sentence's targets
 * one after another: the sentence's share of the work is kept for them (target-features.ts).
 */
export function readTarget(doc: NewsDocument, sentence: Sentence, first: number, last: number, hits: readonly ValenceHit[]): TargetReading {
  // Loaded before the analysis reads the tokens' vocabulary ids: loading gives the model's words theirs.
  const { sum } = load();
  const a = analyse(doc, sentence, hits);
  // The sentence's content words are the same for every target but its own: their weights are
  // summed once per sentence, and each target takes off the words only it holds.
  if (!a.wordLogits) {
    sum.begin((a.wordLogits = new Float64Array(TARGET_LABELS.length)));
    for (const word of a.sentenceWords) sentenceWord(a, word, sum);
  }
  const ts = first - sentence.tokenStart;
  const te = last - sentence.tokenStart + 1;
  // The sentence's words come in the order of their first token, so the walk stops at the target's end.
  sum.begin(ownLogits);
  for (const word of a.sentenceWords) {
    const { positions } = word;
    if ((positions[0] as number) >= te) break;
    if ((positions[0] as number) >= ts && (positions[positions.length - 1] as number) < te) sentenceWord(a, word, sum);
  }
  sum.begin(featureLogits);
  const clause = analysedTargetFeatures(a, sentence, first, last, sum, false);
  const logits: number[] = [];
  for (let c = 0; c < TARGET_LABELS.length; c += 1) logits.push((featureLogits[c] as number) + (a.wordLogits[c] as number) - (ownLogits[c] as number));
  const p = softmax(logits);
  const { clauseStart, clauseEnd } = clause;
  const probabilities = { negative: p[0] as number, neutral: p[1] as number, positive: p[2] as number };
  let best = 0;
  for (let c = 1; c < p.length; c += 1) if ((p[c] as number) > (p[best] as number)) best = c;
  return { label: TARGET_LABELS[best] as SentimentLabel, probabilities, clauseStart, clauseEnd };
}

/** Provenance of the loaded model. */
export function targetModelInfo(): LexiconInfo {
  return load().info;
}
