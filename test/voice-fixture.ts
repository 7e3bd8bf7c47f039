/**
 * A short article with two quotes, and its analysis with the voice fields of the library's voice
 * contract filled in by hand (finding.voice and quote, bias.voices, entity.voices,
 * analysis.voices), so the report's readers of those fields are tested before and after the
 * library fills them itself. `withoutVoices` takes them out again: an analysis made before them.
 */
import { analyze, type ArticleAnalysis, type BiasCategory } from '../src/index.js';
import type { ArticleVoices, EntityVoices, VoiceBias } from '../src/index.js';

/** q1: Jane Miller (person, 9 words, holding both bias markers); q2: "Officials" (anonymous, 3 words); 23 words in all. */
export const voiceText = 'Senator Jane Miller said the plan was "a reckless disaster for working families." Officials said talks would continue. The vote is on Friday.';

/** Who speaks in voiceText, as the contract defines it. */
export const voiceTextVoices: ArticleVoices = {
  words: 23,
  quotedWords: 12,
  quotedShare: 0.5217,
  anonymousShare: 0.25,
  shares: { person: 0.75, organization: 0, anonymous: 0.25, document: 0, unknown: 0 },
  speakers: [
    { speaker: 'PERSON:jane-miller', name: 'Jane Miller', type: 'person', quotes: 1, words: 9, share: 0.75 },
    { speaker: null, name: 'Officials', type: 'anonymous', quotes: 1, words: 3, share: 0.25 },
  ],
};

const byCategory = (counts: Record<BiasCategory, number>, value: (category: BiasCategory) => number): Record<BiasCategory, number> =>
  Object.fromEntries(Object.keys(counts).map((category) => [category, value(category as BiasCategory)])) as Record<BiasCategory, number>;

type Voiced = ArticleAnalysis & { voices?: ArticleVoices };

/** The analysis of `text` with the contract's fields as given here: every marker of voiceText is in q1. */
export function withVoices(analysis: ArticleAnalysis, { writerScore = 0.2, quotedScore = 0.7 } = {}): ArticleAnalysis {
  const voiced = structuredClone(analysis) as Voiced;
  const bias = voiced.bias;
  if (!bias) throw new Error('the fixture needs the bias analysis');
  for (const marker of bias.markers) Object.assign(marker, { voice: 'quoted', quote: 'q1' });
  for (const sentence of bias.sentences) for (const marker of sentence.markers) Object.assign(marker, { voice: 'quoted', quote: 'q1' });
  const zero = byCategory(bias.counts, () => 0);
  const writer: VoiceBias = { words: 11, score: writerScore, markers: 0, counts: zero, rates: zero, lexical: 0 };
  const quoted: VoiceBias = { words: 12, score: quotedScore, markers: bias.markers.length, counts: bias.counts, rates: byCategory(bias.counts, (category) => (bias.counts[category] / 12) * 100), lexical: (bias.markers.length / 12) * 100 };
  Object.assign(bias, { voices: { writer, quoted } });
  const miller: EntityVoices = { writer: { score: 0.1, label: 'positive', words: 4 }, quoted: null, quotes: 1, quotedWords: 9 };
  for (const entity of voiced.entities) if (entity.id === 'PERSON:jane-miller') Object.assign(entity, { voices: miller });
  voiced.voices = structuredClone(voiceTextVoices);
  return voiced;
}

/** The analysis without any voice field: one made before the library had them. */
export function withoutVoices(analysis: ArticleAnalysis): ArticleAnalysis {
  const bare = structuredClone(analysis) as Voiced;
  delete (bare as { voices?: unknown }).voices;
  const strip = (finding: object): void => {
    delete (finding as { voice?: unknown }).voice;
    delete (finding as { quote?: unknown }).quote;
  };
  for (const marker of bare.bias?.markers ?? []) strip(marker);
  for (const sentence of bare.bias?.sentences ?? []) sentence.markers.forEach(strip);
  for (const frame of [...(bare.framing?.generic ?? []), ...(bare.framing?.policy ?? [])]) frame.evidence.forEach(strip);
  if (bare.bias) delete (bare.bias as { voices?: unknown }).voices;
  if (bare.sentiment) delete (bare.sentiment as { voices?: unknown }).voices;
  for (const entity of bare.entities) delete (entity as { voices?: unknown }).voices;
  return bare;
}

export const voiceAnalysis = analyze(voiceText);
