/**
 * The tone toward each named entity, over its mentions: its names (the entity stage resolves
 * surnames and titles) and, for a person, the pronouns that refer to them (shared/antecedents.ts,
 * the resolution the quotes stage gives pronoun speakers). Each mention is read in its clause
 * (tone.ts); the entity's tone combines those that bear evidence.
 */
import { NUMERIC_TYPES, type Entity, type NewsDocument, type Token } from '../../document/document.js';
import { layerKey } from '../../document/layers.js';
import type { Voice } from '../../document/finding.js';
import { MentionIndex, PERSON_REFERENCES } from '../../shared/antecedents.js';
import { tokenQuote, voiceAt } from '../../shared/voices.js';
import type { SentenceReading } from '../../shared/sentence-sentiment/reading.js';
import type { VoiceTone, VoiceTones } from '../../shared/sentence-sentiment/types.js';
import { combineTargets, targetSentiment, targetsTone, type TargetSentiment } from './tone.js';
import type { Coreference, EntitySentiment } from './types.js';
import { mapPacked } from '../../shared/arrays.js';

/** How the article speaks of each entity, by index into `doc.entities` (undefined where no mention was read). */
export const ENTITY_SENTIMENT = layerKey<(EntitySentiment | undefined)[]>('entitySentiment');

/** The tone toward each named entity in the writer's words and in quoted words, by index into `doc.entities` (undefined for numeric entities). */
export const ENTITY_VOICE_TONES = layerKey<(VoiceTones | undefined)[]>('entityVoiceTones');

/** A sentence's reading, its words in each voice, and the sign of its label in each (0 for a voice with no words). */
export interface VoicedReading extends SentenceReading {
  words: Record<Voice, number>;
  signs: Record<Voice, number>;
}

/** An entity's mention read for sentiment: its tone, where it is, and whether it is a pronoun. */
export interface MentionTarget extends TargetSentiment {
  start: number;
  end: number;
  sentence: number;
  voice: Voice;
  pronoun: boolean;
}

/** A span of the text that refers to an entity. */
interface Reference {
  entity: number;
  start: number;
  end: number;
  sentence: number;
  pronoun: boolean;
}

/** Reads every entity's mentions and sets ENTITY_SENTIMENT and ENTITY_VOICE_TONES. */
export function entityTones(doc: NewsDocument, readings: ReadonlyMap<number, VoicedReading>): void {
  const entityTargets: (MentionTarget[] | undefined)[] = mapPacked(doc.entities, (entity) => (NUMERIC_TYPES.has(entity.type) ? undefined : []));
  for (const reference of references(doc, readings)) {
    const reading = readings.get(reference.sentence);
    const own = entityTargets[reference.entity];
    if (!reading || !own) continue;
    const target = targetSentiment(doc, reading, reference.start, reference.end, 'clause');
    // Written out field by field: a spread followed by new keys takes V8's slow path (docs/ARCHITECTURE.md, NewsDocument.span).
    if (target) own.push({ sentiment: target.sentiment, probabilities: target.probabilities, lexicon: target.lexicon, start: reference.start, end: reference.end, sentence: reference.sentence, voice: voiceAt(doc, reference.start), pronoun: reference.pronoun });
  }
  const combined = mapPacked(entityTargets, (targets) => (targets && targets.length > 0 ? combineTargets(targets, coreferencesOf(doc, targets)) : undefined));
  doc.setLayer(ENTITY_SENTIMENT, combined);
  doc.setLayer(
    ENTITY_VOICE_TONES,
    mapPacked(entityTargets, (targets, k) => targets && entityVoiceTones(targets, combined[k], readings)),
  );
}

/** The pronouns among an entity's mentions read, as spans of the text. */
function coreferencesOf(doc: NewsDocument, targets: readonly MentionTarget[]): Coreference[] {
  const found: Coreference[] = [];
  for (const { pronoun, start, end, sentence } of targets) if (pronoun) found.push({ start, end, text: doc.text.slice(start, end), sentence });
  return found;
}

/**
 * Every name mention outside boilerplate, then every personal pronoun (he, his, herself …)
 * that refers to a person, each with its entity's index; each entity's in text order.
 */
function references(doc: NewsDocument, readings: ReadonlyMap<number, VoicedReading>): Reference[] {
  const indexOf = new Map<Entity, number>();
  const found: Reference[] = [];
  doc.entities.forEach((entity, k) => {
    indexOf.set(entity, k);
    for (const mention of entity.mentions) if (!mention.boilerplate) found.push({ entity: k, start: mention.start, end: mention.end, sentence: mention.sentence, pronoun: false });
  });
  const index = new MentionIndex(doc, (offset) => voiceAt(doc, offset) === 'quoted');
  for (const { sentence } of readings.values()) {
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t += 1) {
      const token = doc.tokens[t] as Token;
      // The pronouns are at most seven letters; the part of speech spares most words the lower-casing.
      if (token.kind !== 'word' || token.text.length > 7 || (token.pos !== 'PRON' && token.pos !== 'DET')) continue;
      const word = token.text.toLowerCase();
      if (!PERSON_REFERENCES.has(word)) continue;
      const antecedent = index.antecedent(word, token.start, tokenQuote(doc, t)?.speaker);
      if (antecedent) found.push({ entity: indexOf.get(antecedent.entity) as number, start: token.start, end: token.end, sentence: sentence.index, pronoun: true });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The tone toward an entity in each voice: its mentions in that voice combined as all of them
 * are (`all`, when every mention is in that voice), over the words in that voice of the
 * sentences that mention it.
 */
function entityVoiceTones(targets: readonly MentionTarget[], all: EntitySentiment | undefined, readings: ReadonlyMap<number, VoicedReading>): VoiceTones {
  return { writer: voiceTone(targets, all, readings, 'writer'), quoted: voiceTone(targets, all, readings, 'quoted') };
}

/** The tone toward an entity in one voice (entityVoiceTones); a module-level function, as V8 drops a per-call closure's optimised code at each mark-compact. */
function voiceTone(targets: readonly MentionTarget[], all: EntitySentiment | undefined, readings: ReadonlyMap<number, VoicedReading>, voice: Voice): VoiceTone | null {
  const own: MentionTarget[] = [];
  let words = 0;
  let lastSentence = -1;
  // Mentions come in text order, so a sentence's mentions in one voice are next to each other in `own`.
  for (const target of targets) {
    if (target.voice !== voice) continue;
    own.push(target);
    if (target.sentence !== lastSentence) words += (readings.get(target.sentence) as VoicedReading).words[voice];
    lastSentence = target.sentence;
  }
  if (own.length === 0) return null;
  const { score, label } = own.length === targets.length ? (all as EntitySentiment) : targetsTone(own);
  return { score, label, words };
}
