import type { Entity, EntityType, NewsDocument, Token } from '../../document/document.js';
import type { Lexicon } from '../../data/lexicon.js';
import { loadOnce, readDataFile } from '../../data/load.js';
import type { SpeakerType } from '../../shared/quotes.js';
import { GROUP_PRONOUNS, MentionIndex, PERSON_PRONOUNS, THING_PRONOUNS } from '../../shared/antecedents.js';
import { mapPacked } from '../../shared/arrays.js';
import { upperFirst } from '../../shared/letter-classes.js';

type SourceKind = 'anonymous' | 'document' | 'organization' | 'person';

export const quoteSources = (): Lexicon<{ match: string; kind: SourceKind }> =>
  loadOnce('quote-sources', () => readDataFile<Lexicon<{ match: string; kind: SourceKind }>>('lexicons/quote-sources.json'));

const sourceKinds = (): ReadonlyMap<string, SourceKind> => loadOnce('quote-source-kinds', () => new Map(mapPacked(quoteSources().entries, (entry) => [entry.match, entry.kind])));

/** The speaker a source names: an entity id or null, and what kind of speaker it is. */
export interface Speaker {
  speaker: string | null;
  speakerType: SpeakerType;
}

const typeOf = (type: EntityType): SpeakerType => (type === 'PERSON' ? 'person' : 'organization');

/**
 * Resolves sources to speakers over the document's entity mentions, sorted once: a name to
 * the entity whose mention holds its head word, a pronoun to the latest compatible mention
 * before it (outside quotation marks), a description to the latest person whose role is its
 * head noun; unnamed people and documents by their head noun (quote-sources.json).
 */
export class Speakers {
  private readonly index: MentionIndex;
  /** Named entities by each word of their names, lower-case: a name the tagger missed ("Trump" in a headline) found by another mention's words. */
  private readonly byNameWord = new Map<string, Entity>();

  constructor(
    private readonly doc: NewsDocument,
    quotedAt: (offset: number) => boolean,
  ) {
    this.index = new MentionIndex(doc, quotedAt);
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
    const named = this.index.mentionAt(headToken.start, headToken.end);
    if (named) return { speaker: named.entity.id, speakerType: typeOf(named.entity.type) };
    const byName = headToken.pos === 'PROPN' ? this.byNameWord.get(word) : undefined;
    if (byName) return { speaker: byName.id, speakerType: typeOf(byName.type) };
    const kind = sourceKinds().get(word) ?? sourceKinds().get(headToken.lemma ?? word);
    if (kind === 'person') {
      const described = this.index.latest(headToken.start, (mention) => mention.entity.type === 'PERSON' && mention.role !== undefined && roleNames(mention.role, word, headToken.lemma));
      return { speaker: described?.entity.id ?? null, speakerType: 'person' };
    }
    if (kind) return { speaker: null, speakerType: kind };
    return { speaker: null, speakerType: 'unknown' };
  }

  private pronoun(word: string, before: number): Speaker {
    // Only the subject and object forms name a speaker ("he said"), not "his" or "himself".
    const found = PERSON_PRONOUNS.has(word) || GROUP_PRONOUNS.has(word) || THING_PRONOUNS.has(word) ? this.index.antecedent(word, before) : undefined;
    if (found) return { speaker: found.entity.id, speakerType: typeOf(found.entity.type) };
    return { speaker: null, speakerType: PERSON_PRONOUNS.has(word) ? 'person' : 'unknown' };
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
    return upperFirst(tokens[second]?.text ?? '') ? second : head;
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
