import type { Entity, EntityType, NewsDocument, Token } from '../../document/document.js';
import type { Lexicon } from '../../data/lexicon.js';
import { loadOnce, readDataFile } from '../../data/load.js';
import type { SpeakerType } from '../../shared/quotes.js';

type SourceKind = 'anonymous' | 'document' | 'organization' | 'person';

export const quoteSources = (): Lexicon<{ match: string; kind: SourceKind }> =>
  loadOnce('quote-sources', () => readDataFile<Lexicon<{ match: string; kind: SourceKind }>>('lexicons/quote-sources.json'));

const sourceKinds = (): ReadonlyMap<string, SourceKind> => loadOnce('quote-source-kinds', () => new Map(quoteSources().entries.map((entry) => [entry.match, entry.kind])));

interface PlacedMention {
  start: number;
  end: number;
  entity: Entity;
  role: string | undefined;
  /** Inside quotation marks: someone spoken of, not a speaker a pronoun outside can mean. */
  quoted: boolean;
}

/** The speaker a source names: an entity id or null, and what kind of speaker it is. */
export interface Speaker {
  speaker: string | null;
  speakerType: SpeakerType;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const GROUP_PRONOUNS = new Set(['they', 'who', 'them']);
const THING_PRONOUNS = new Set(['it', 'which']);
/** How far back a pronoun or a description looks for its entity, in mentions. */
const MOST_MENTIONS_BACK = 60;

const typeOf = (type: EntityType): SpeakerType => (type === 'PERSON' ? 'person' : 'organization');
const SPEAKING_TYPES = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'NORP']);

/**
 * Resolves sources to speakers over the document's entity mentions, sorted once: a name to
 * the entity whose mention holds its head word, a pronoun to the latest compatible mention
 * before it (outside quotation marks), a description to the latest person whose role is its
 * head noun; unnamed people and documents by their head noun (quote-sources.json).
 */
export class Speakers {
  private readonly mentions: PlacedMention[];
  /** Named entities by each word of their names, lower-case: a name the tagger missed ("Trump" in a headline) found by another mention's words. */
  private readonly byNameWord = new Map<string, Entity>();

  constructor(
    private readonly doc: NewsDocument,
    quotedAt: (offset: number) => boolean,
  ) {
    this.mentions = doc.entities
      .filter((entity) => SPEAKING_TYPES.has(entity.type))
      .flatMap((entity) => entity.mentions.filter((mention) => !mention.boilerplate).map((mention) => ({ start: mention.start, end: mention.end, entity, role: mention.role?.toLowerCase(), quoted: quotedAt(mention.start) })))
      .sort((a, b) => a.start - b.start);
    for (const entity of doc.entities) {
      if (entity.type !== 'PERSON' && entity.type !== 'ORG') continue;
      for (const alias of entity.aliases) for (const part of alias.toLowerCase().split(/\s+/)) if (part.length > 2 && !this.byNameWord.has(part)) this.byNameWord.set(part, entity);
    }
  }

  /** The speaker of the source at tokens `[first, last]`. */
  resolve(first: number, last: number): Speaker {
    const tokens = this.doc.tokens;
    const head = headOf(tokens, first, last);
    const headToken = tokens[head] as Token;
    const word = headToken.text.toLowerCase();
    if (headToken.pos === 'PRON' || PERSON_PRONOUNS.has(word) || GROUP_PRONOUNS.has(word) || THING_PRONOUNS.has(word)) return this.pronoun(word, (tokens[first] as Token).start);
    const named = this.mentionAt(headToken.start, headToken.end);
    if (named) return { speaker: named.entity.id, speakerType: typeOf(named.entity.type) };
    const byName = headToken.pos === 'PROPN' ? this.byNameWord.get(word) : undefined;
    if (byName) return { speaker: byName.id, speakerType: typeOf(byName.type) };
    const kind = sourceKinds().get(word) ?? sourceKinds().get(headToken.lemma ?? word);
    if (kind === 'person') {
      const described = this.latest(headToken.start, (mention) => mention.entity.type === 'PERSON' && mention.role !== undefined && roleNames(mention.role, word, headToken.lemma));
      return { speaker: described?.entity.id ?? null, speakerType: 'person' };
    }
    if (kind) return { speaker: null, speakerType: kind };
    return { speaker: null, speakerType: 'unknown' };
  }

  private pronoun(word: string, before: number): Speaker {
    const wanted = PERSON_PRONOUNS.has(word) ? ['PERSON'] : GROUP_PRONOUNS.has(word) ? ['PERSON', 'ORG', 'NORP', 'GPE'] : THING_PRONOUNS.has(word) ? ['ORG', 'GPE'] : [];
    const found = wanted.length > 0 ? this.latest(before, (mention) => !mention.quoted && wanted.includes(mention.entity.type)) : undefined;
    if (found) return { speaker: found.entity.id, speakerType: typeOf(found.entity.type) };
    return { speaker: null, speakerType: PERSON_PRONOUNS.has(word) ? 'person' : 'unknown' };
  }

  /** The index of the first mention starting at or after `offset`. */
  private firstFrom(offset: number): number {
    let low = 0;
    let high = this.mentions.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.mentions[mid] as PlacedMention).start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private mentionAt(start: number, end: number): PlacedMention | undefined {
    // A mention holding the head word starts before the head ends, and no mention is long.
    const after = this.firstFrom(end);
    for (let m = after - 1; m >= 0 && m >= after - 8; m -= 1) {
      const mention = this.mentions[m] as PlacedMention;
      if (mention.start <= start && mention.end >= end) return mention;
    }
    return undefined;
  }

  private latest(before: number, fits: (mention: PlacedMention) => boolean): PlacedMention | undefined {
    const from = this.firstFrom(before) - 1;
    for (let m = from; m >= 0 && from - m < MOST_MENTIONS_BACK; m -= 1) if (fits(this.mentions[m] as PlacedMention)) return this.mentions[m];
    return undefined;
  }
}

/** A role written before a name ("Sen.", "Senator", "President") names the description's head noun. */
function roleNames(role: string, word: string, lemma: string | undefined): boolean {
  const bare = role.replace(/\.$/, '');
  return bare === word || bare === lemma || (word.startsWith(bare) && bare.length >= 3);
}

/**
 * The head word of a source: its last word before a comma, a preposition or "who"; of a name
 * and a description in apposition, the name ("Warren, the senator", "her adviser, Jake Sullivan").
 */
export function headOf(tokens: readonly Token[], first: number, last: number): number {
  const head = lastWordBefore(tokens, first, last);
  if (tokens[head]?.pos === 'PROPN') return head;
  for (let k = head + 1; k < last; k += 1) {
    if (tokens[k]?.text !== ',') continue;
    const second = lastWordBefore(tokens, k + 1, last);
    return /^\p{Lu}/u.test(tokens[second]?.text ?? '') ? second : head;
  }
  return head;
}

function lastWordBefore(tokens: readonly Token[], first: number, last: number): number {
  let head = first;
  for (let k = first; k <= last; k += 1) {
    const token = tokens[k] as Token;
    if (token.text === ',' || token.pos === 'ADP' || token.text === '(') break;
    if (token.pos !== 'PUNCT' && token.pos !== 'PART') head = k;
  }
  return head;
}
