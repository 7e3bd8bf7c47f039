/**
 * Which entity a pronoun means: the latest compatible mention before it, outside quotation
 * marks; "he" and "she" only a person of their gender or of none the article gives
 * (shared/person-gender.ts); inside a quotation, never its speaker. One index over the
 * document's entity mentions, used by the quotes stage (a pronoun source's speaker) and the
 * sentiment stage (a person's pronouns read as their mentions).
 */
import type { Entity, EntityType, NewsDocument } from '../document/document.js';
import { GENDERED_PRONOUNS, personGenders, type Gender } from './person-gender.js';

export interface PlacedMention {
  start: number;
  end: number;
  entity: Entity;
  role: string | undefined;
  /** Inside quotation marks: someone spoken of, not a speaker a pronoun outside can mean. */
  quoted: boolean;
}

export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
export const GROUP_PRONOUNS = new Set(['they', 'who', 'them']);
export const THING_PRONOUNS = new Set(['it', 'which']);
/** A person's pronouns as a mention of them: the subject, object, possessive and reflexive forms. */
export const PERSON_REFERENCES: ReadonlySet<string> = new Set(GENDERED_PRONOUNS.keys());
/** How far back a pronoun or a description looks for its entity, in mentions. */
const MOST_MENTIONS_BACK = 60;
const REFERRING_TYPES = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'NORP']);

/** The entity types a pronoun can mean. */
function typesFor(word: string): readonly EntityType[] {
  if (PERSON_REFERENCES.has(word)) return ['PERSON'];
  if (GROUP_PRONOUNS.has(word)) return ['PERSON', 'ORG', 'NORP', 'GPE'];
  if (THING_PRONOUNS.has(word)) return ['ORG', 'GPE'];
  return [];
}

/** The document's person, organisation, place and group mentions outside boilerplate, in text order. */
export class MentionIndex {
  readonly mentions: PlacedMention[];
  private genders: Map<Entity, Gender> | undefined;

  constructor(
    private readonly doc: NewsDocument,
    private readonly quotedAt: (offset: number) => boolean,
  ) {
    // Plain loops: a filter and a flatMap (V8's generic path) per entity cost more than the rest of
    // the index, which the quotes and the sentiment stages each build.
    const mentions: PlacedMention[] = [];
    for (const entity of doc.entities) {
      if (!REFERRING_TYPES.has(entity.type)) continue;
      for (const mention of entity.mentions) if (!mention.boilerplate) mentions.push({ start: mention.start, end: mention.end, entity, role: mention.role?.toLowerCase(), quoted: quotedAt(mention.start) });
    }
    this.mentions = mentions.sort((a, b) => a.start - b.start);
  }

  /**
   * The mention a pronoun (lower case) at `before` refers to: the latest compatible one outside
   * quotation marks, never `speaker` (an entity id), the speaker of a quotation the pronoun is
   * in, who would say "I" of themselves (the speaker constraint of Lee et al. 2013, "Deterministic
   * coreference resolution based on entity-centric, precision-ranked rules", Computational
   * Linguistics 39(4)).
   */
  antecedent(word: string, before: number, speaker?: string | null): PlacedMention | undefined {
    const wanted = typesFor(word);
    if (wanted.length === 0) return undefined;
    const gender = GENDERED_PRONOUNS.get(word);
    // Worked out on the first gendered pronoun asked about: most documents ask, some never do.
    const genders = gender && (this.genders ??= personGenders(this.doc, this.mentions, this.quotedAt));
    return this.latest(before, (mention) => !mention.quoted && wanted.includes(mention.entity.type) && mention.entity.id !== speaker && (!genders || (genders.get(mention.entity) ?? gender) === gender));
  }

  /** The index of the first mention starting at or after `offset`. */
  firstFrom(offset: number): number {
    let low = 0;
    let high = this.mentions.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.mentions[mid] as PlacedMention).start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The mention holding the text [start, end). */
  mentionAt(start: number, end: number): PlacedMention | undefined {
    // A mention holding the head word starts before the head ends, and no mention is long.
    const after = this.firstFrom(end);
    for (let m = after - 1; m >= 0 && m >= after - 8; m -= 1) {
      const mention = this.mentions[m] as PlacedMention;
      if (mention.start <= start && mention.end >= end) return mention;
    }
    return undefined;
  }

  /** The latest mention before `before` that `fits`, within MOST_MENTIONS_BACK mentions. */
  latest(before: number, fits: (mention: PlacedMention) => boolean): PlacedMention | undefined {
    const from = this.firstFrom(before) - 1;
    for (let m = from; m >= 0 && from - m < MOST_MENTIONS_BACK; m -= 1) if (fits(this.mentions[m] as PlacedMention)) return this.mentions[m];
    return undefined;
  }
}
