import type { NewsDocument, Sentence } from '../../document/document.js';
import { layerKey } from '../../document/layers.js';
import { roundScore } from '../../shared/scores.js';
import { type ReadCue, sentenceCues } from './cues.js';
import { type CueCounts, countCues, cueRate, type SentenceFacts, sentenceFacts, spanFeatures } from './features.js';
import { type FrameLexicons, frameLexicons, type ScoredFrame } from './lexicons.js';
import { densityScore, type FrameModel, frameScore, framingWeights, shareScore } from './score.js';
import type { FrameCue, FrameScore, Framing, FramingReport, GenericFrame, PolicyFrame, SectionFraming } from './types.js';
import { mapPacked } from '../../shared/arrays.js';

/** The frames of one span: each scheme's frames in codebook order, with their cues. */
function framingOf(sentences: readonly Sentence[], cues: readonly ReadCue[], lexicons: FrameLexicons, facts: SentenceFacts, article?: CueCounts): { framing: Framing; counts: CueCounts } {
  const counts = countCues(facts, sentences, cues);
  const features = spanFeatures(sentences, facts, counts, lexicons.keys, article);
  const weights = framingWeights();
  const byFrame = new Map<string, FrameCue[]>();
  for (const { cue, target } of cues) {
    const list = byFrame.get(target.frameKey);
    if (list) list.push(cue);
    else byFrame.set(target.frameKey, [cue]);
  }
  const { spanFrames } = lexicons;
  const scored = <Frame extends string>(value: number, { frame, key }: ScoredFrame): FrameScore<Frame> => {
    const score = roundScore(value);
    const evidence = byFrame.get(key) ?? [];
    // A call needs its evidence: without a cue of its own a frame is not present, whatever the other features say.
    return { frame: frame as Frame, score, present: score >= 0.5 && evidence.length > 0, evidence };
  };
  const generic = mapPacked(spanFrames.generic, (frame) => scored<GenericFrame>(frameScore(weights.generic[frame.frame] as FrameModel, features), frame));
  // Different cue words, not repetitions: a frame is an aspect the text dwells on from several sides.
  const rates = mapPacked(spanFrames.policy, (frame) => cueRate(counts, frame.key, article, 'kinds'));
  const total = rates.reduce((sum, rate) => sum + rate, 0);
  const policy = mapPacked(spanFrames.policy, (frame, k) => scored<PolicyFrame>(total > 0 ? shareScore((rates[k] as number) / total, spanFrames.policy.length) : 0, frame));
  // The codebook's "other": a text with words that no policy frame covers.
  const strongest = Math.max(0, ...mapPacked(policy, (frame) => frame.score));
  policy.push({ frame: 'other', score: roundScore(1 - strongest), present: counts.words > 0 && policy.every((frame) => !frame.present), evidence: [] });
  const custom = mapPacked(spanFrames.custom, (frame): FrameScore => scored(densityScore(cueRate(counts, frame.key, article)), frame));
  return { framing: { generic, policy, custom }, counts };
}

/** The cues of every sentence outside boilerplate. */
export function readCues(doc: NewsDocument, lexicons: FrameLexicons): { sentences: Sentence[]; cuesOf: ReadCue[][]; cues: ReadCue[] } {
  const sentences = doc.analysedSentences();
  const cuesOf = mapPacked(sentences, (sentence) => sentenceCues(doc, sentence, lexicons));
  return { sentences, cuesOf, cues: cuesIn(cuesOf, sentences.keys()) };
}

/**
 * The cues of some sentences (places in `cuesOf`), in their order, appended in a loop: V8's
 * `flat` and `flatMap` take a generic path that was a tenth of the framing stage's time.
 */
function cuesIn(cuesOf: readonly ReadCue[][], places: Iterable<number>): ReadCue[] {
  const cues: ReadCue[] = [];
  for (const k of places) for (const cue of cuesOf[k] as ReadCue[]) cues.push(cue);
  return cues;
}

/** The article's frames and each section's, from the cues of every sentence outside boilerplate. */
export function frameReport(doc: NewsDocument, lexicons: FrameLexicons = frameLexicons()): FramingReport {
  const { sentences, cuesOf, cues } = readCues(doc, lexicons);
  const facts = sentenceFacts(doc);
  const { framing: article, counts } = framingOf(sentences, cues, lexicons, facts);
  const bySection = new Map<number, number[]>();
  sentences.forEach((sentence, k) => {
    if (sentence.section === null) return;
    const own = bySection.get(sentence.section);
    if (own) own.push(k);
    else bySection.set(sentence.section, [k]);
  });
  // Written out field by field, pushed in a loop: object rest and spread, and flatMap, take V8's generic paths.
  const sections: SectionFraming[] = [];
  doc.structure.sections.forEach((section, index) => {
    const own = bySection.get(index);
    if (!own) return;
    const { generic, policy, custom } = framingOf(mapPacked(own, (k) => sentences[k] as Sentence), cuesIn(cuesOf, own), lexicons, facts, counts).framing;
    sections.push({ section: index, heading: section.heading?.text ?? null, start: section.start, end: section.end, text: doc.text.slice(section.start, section.end), generic, policy, custom });
  });
  return { generic: article.generic, policy: article.policy, custom: article.custom, sections };
}

/** The article's frames and each section's. */
export const FRAMING = layerKey<FramingReport>('framing');

/** Framing stage: the built-in lexicons' frames of the article and of each section. */
export function framingStage(doc: NewsDocument): void {
  doc.setLayer(FRAMING, frameReport(doc));
}
