/**
 * The grammatical gender an article gives each person, so that "he" and "she" go only to a
 * person they can mean (shared/antecedents.ts): a courtesy title before a name ("Mrs. Clinton",
 * "Mr Xi"), a given name the 1990 US Census lists under one gender
 * (lexicons/given-name-genders.json), and the gendered pronouns that can mean nobody else,
 * those outside quotation marks whose sentence and the one before name one person only.
 */
import type { Entity, NewsDocument } from '../document/document.js';
import { lexiconInfo, type Lexicon, type LexiconInfo } from '../data/lexicon.js';
import { loadOnce, readDataFile } from '../data/load.js';
import { mapPacked } from './arrays.js';

export type Gender = 'male' | 'female';

/** Pronouns by the gender they refer to: subject, object, possessive and reflexive forms. */
export const GENDERED_PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ...mapPacked(['he', 'him', 'his', 'himself'], (word) => [word, 'male'] as const),
  ...mapPacked(['she', 'her', 'hers', 'herself'], (word) => [word, 'female'] as const),
]);

/** Courtesy titles that say a person's gender (lower case, without a full stop). */
const TITLE_GENDERS: ReadonlyMap<string, Gender> = new Map([
  ...mapPacked(['mr', 'mister', 'sir'], (title) => [title, 'male'] as const),
  ...mapPacked(['mrs', 'ms', 'miss', 'madam', 'madame', 'dame'], (title) => [title, 'female'] as const),
]);

/** A title outweighs this many pronouns: it is written by the article about this very person. */
const TITLE_WEIGHT = 5;
/** A given name outweighs this many pronouns, but not a title: some names are borne by both. */
const GIVEN_NAME_WEIGHT = 3;

type GenderedNames = Lexicon<{ kind: Gender; names: string[] }>;

const givenNamesFile = (): GenderedNames => loadOnce('given-name-genders', () => readDataFile<GenderedNames>('lexicons/given-name-genders.json'));
const givenNameGenders = (): ReadonlyMap<string, Gender> =>
  loadOnce('given-name-gender-map', () => new Map(givenNamesFile().entries.flatMap(({ kind, names }) => mapPacked(names, (name) => [name, kind] as const))));

/** Provenance of the given-name list, for `analysis.meta`. */
export const givenNameGendersInfo = (): LexiconInfo => lexiconInfo(givenNamesFile());

/** A person mention as the antecedent index holds it. */
export interface GenderedMention {
  start: number;
  entity: Entity;
  role: string | undefined;
  quoted: boolean;
}

/**
 * Each person's gender, where the article says it: the sign of male less female evidence, a
 * title counting TITLE_WEIGHT and each unambiguous pronoun 1. `mentions` are in text order.
 */
export function personGenders(doc: NewsDocument, mentions: readonly GenderedMention[], quotedAt: (offset: number) => boolean): Map<Entity, Gender> {
  const votes = new Map<Entity, number>();
  const vote = (entity: Entity, gender: Gender, weight: number): void => {
    votes.set(entity, (votes.get(entity) ?? 0) + (gender === 'male' ? weight : -weight));
  };
  const named = new Set<Entity>();
  for (const { entity, role } of mentions) {
    if (entity.type !== 'PERSON') continue;
    const gender = role ? TITLE_GENDERS.get(role.replace(/\.$/, '')) : undefined;
    if (gender) vote(entity, gender, TITLE_WEIGHT);
    if (named.has(entity)) continue;
    named.add(entity);
    // The given name is the first word of a name of two words or more ("Mary Smith", not "Smith").
    const words = entity.name.toLowerCase().split(/\s+/);
    const given = words.length > 1 ? givenNameGenders().get(words[0] as string) : undefined;
    if (given) vote(entity, given, GIVEN_NAME_WEIGHT);
  }
  let next = 0;
  for (const token of doc.tokens) {
    if (token.kind !== 'word' || token.text.length > 7 || (token.pos !== 'PRON' && token.pos !== 'DET')) continue;
    const gender = GENDERED_PRONOUNS.get(token.text.toLowerCase());
    const sentence = doc.sentences[token.sentence];
    if (!gender || !sentence || sentence.part === 'boilerplate' || quotedAt(token.start)) continue;
    const from = (doc.sentences[token.sentence - 1] ?? sentence).start;
    while (next < mentions.length && (mentions[next] as GenderedMention).start < token.start) next += 1;
    const only = onlyPerson(mentions, from, next);
    if (only) vote(only, gender, 1);
  }
  const genders = new Map<Entity, Gender>();
  for (const [entity, balance] of votes) if (balance !== 0) genders.set(entity, balance > 0 ? 'male' : 'female');
  return genders;
}

/** The one person mentioned outside quotation marks from offset `from` up to mention `before` (exclusive), or undefined when none or several are. */
function onlyPerson(mentions: readonly GenderedMention[], from: number, before: number): Entity | undefined {
  let only: Entity | undefined;
  for (let m = before - 1; m >= 0; m -= 1) {
    const mention = mentions[m] as GenderedMention;
    if (mention.start < from) break;
    if (mention.quoted || mention.entity.type !== 'PERSON') continue;
    if (only && only !== mention.entity) return undefined;
    only = mention.entity;
  }
  return only;
}
