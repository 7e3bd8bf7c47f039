import type { Entity, EntityType, Mention, NewsDocument, NumericType, Span, Token } from '../../document/document.js';
import { acronymLetters, acronymsOf } from './acronyms.js';
import { withoutArticle } from './consistency.js';
import { canonicalName, hasKind as has, kindsAt, kindsOfSpan, spanKey, type PhraseIndex } from './gazetteer.js';
import type { EntityClass } from './tags.js';
import { mapPacked } from '../../shared/arrays.js';
import { dottedLetterCount } from '../../shared/letter-classes.js';
import { regexpOnFirstUse } from '../../shared/lazy-regexp.js';

/** A name found in a sentence, before it is typed and grouped. */
export interface FoundName {
  tokens: readonly Token[];
  /** The sentence's gazetteer index, for the kinds of the name and of the words around it. */
  phrases: PhraseIndex;
  first: number;
  last: number;
  cls: EntityClass;
  mention: Mention;
}

const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'middle', 'central', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'far', 'near']);
const MAX_ROLE_TOKENS = 4;


/** OntoNotes type of a tagged name, from its class and what the gazetteers know of it. */
function typeOf(name: FoundName): EntityType {
  const kinds = kindsOfSpan(name.phrases, name.first, name.last);
  const head = kindsAt(name.phrases, name.last);
  switch (name.cls) {
    case 'PER':
      return 'PERSON';
    case 'ORG':
      return 'ORG';
    case 'LOC':
      if (has(kinds, 'country', 'city', 'region')) return 'GPE';
      if (has(kinds, 'place')) return 'LOC';
      if (has(head, 'facility-cue')) return 'FAC';
      if (has(head, 'place-cue') || DIRECTIONS.has((name.tokens[name.first] as Token).text.toLowerCase())) return 'LOC';
      return 'GPE';
    case 'MISC':
      if (has(kinds, 'demonym', 'norp-group')) return 'NORP';
      if (has(head, 'event-cue')) return 'EVENT';
      if (has(head, 'law-cue')) return 'LAW';
      return /(an|ese|ish|i)$/i.test(name.mention.text) ? 'NORP' : 'EVENT';
  }
}

/**
 * The titles written straight before a person's name, as one role: the longest title ending
 * there, then any written before it ("President", "Israeli PM" → "PM", "Maj. Gen.", "Chief" +
 * "Justice").
 */
function roleOf(name: FoundName): [number, number] | undefined {
  let start = name.first;
  for (let found = true; found; ) {
    found = false;
    for (let length = Math.min(MAX_ROLE_TOKENS, start); length >= 1; length -= 1) {
      if (!has(kindsOfSpan(name.phrases, start - length, start - 1), 'person-title')) continue;
      start -= length;
      found = true;
      break;
    }
  }
  return start < name.first ? [(name.tokens[start] as Token).start, (name.tokens[name.first - 1] as Token).end] : undefined;
}

const ASCII = /^[\x00-\x7f]*$/;
/** Runs of characters other than letters and numbers (made on first use: only names beyond ASCII need it). */
const NOT_WORDS = regexpOnFirstUse(String.raw`[^\p{L}\p{N}]+`, 'gu');
// ASCII is its own NFKD form, and its only letters and digits, lower-cased, are a-z and 0-9: most
// names need neither normalising nor the slower Unicode classes.
const slug = (text: string): string =>
  (ASCII.test(text) ? text.toLowerCase().replace(/[^a-z0-9]+/g, '-') : text.toLowerCase().normalize('NFKD').replace(NOT_WORDS(), '-')).replace(/^-|-$/g, '');

interface Group {
  type: EntityType;
  /** Gazetteer canonical name when there is one: stable across articles. */
  canonical: string | undefined;
  mentions: Mention[];
  /** Creation order: names the group in FormIndex.added. */
  order: number;
  /** Where its first mention starts: an ambiguous short form joins the group named first. */
  firstStart: number;
}

const words = (text: string): string[] => text.toLowerCase().split(/\s+/).filter(Boolean);

/** Does `short` name the same thing as `long`: its words a contiguous part of it ("Soleimani" in "Qasem Soleimani")? */
function partOfName(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  for (let i = 0; i + short.length <= long.length; i += 1) if (short.every((word, k) => word === long[i + k])) return true;
  return false;
}

/** A person's name without its middle initials: "elizabeth a. warren" → "elizabeth warren". */
const withoutInitials = (form: string[]): string[] => form.filter((word, i) => i === 0 || i === form.length - 1 || dottedLetterCount(word) !== 1);

/** Types whose shorter forms join the longer ("Warren", "the Department", "the Act"). */
const PART_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'LAW']);
/** Types an acronym may abbreviate; people and groups are not written by their initials here. */
const ABBREVIATED_TYPES: ReadonlySet<EntityType> = new Set(['ORG', 'LAW', 'EVENT', 'FAC', 'PRODUCT', 'WORK_OF_ART']);
/** Forms of more words than this are matched by a scan of the few longer forms. */
const MAX_INDEXED_WORDS = 6;

/**
 * The forms of groups, found by their parts: each contiguous run of fewer words than its form
 * ("soleimani" of "qasem soleimani"), a person's name without middle initials, and the
 * acronyms a name can be written as ("fbi", "usda"). A name finds its groups in the time of its
 * own length, not of every name before it (a 5 MB text names tens of thousands).
 */
class FormIndex {
  private readonly parts = new Map<string, Set<Group>>();
  private readonly acronyms = new Map<string, Set<Group>>();
  private readonly added = new Set<string>();
  /** Forms that hold parts longer than MAX_INDEXED_WORDS. */
  private readonly long: { group: Group; form: string[] }[] = [];

  add(group: Group, form: string[]): void {
    const added = `${group.order} ${form.join(' ')}`;
    if (this.added.has(added)) return;
    this.added.add(added);
    if (PART_TYPES.has(group.type)) {
      // Each run's key grows by a word from the one before: no slice and join per run.
      for (let i = 0; i < form.length; i += 1) {
        let part = `${group.type} ${form[i] as string}`;
        for (let length = 1; length < form.length && length <= MAX_INDEXED_WORDS && i + length <= form.length; length += 1) {
          if (length > 1) part += ` ${form[i + length - 1] as string}`;
          addTo(this.parts, part, group);
        }
      }
      if (form.length > MAX_INDEXED_WORDS + 1) this.long.push({ group, form });
    }
    const plain = group.type === 'PERSON' ? withoutInitials(form) : form;
    if (plain.length < form.length) addTo(this.parts, `${group.type} ${plain.join(' ')}`, group);
    if (ABBREVIATED_TYPES.has(group.type)) for (const acronym of acronymsOf(form)) addTo(this.acronyms, acronym, group);
  }

  /** The groups of `type` with a longer form that `form` is part of, and those the acronym `letters` abbreviates. */
  find(type: EntityType, form: string[], letters: string | undefined): Group[] {
    const found = new Set<Group>();
    if (form.length <= MAX_INDEXED_WORDS) for (const group of this.parts.get(`${type} ${form.join(' ')}`) ?? []) found.add(group);
    else for (const { group, form: long } of this.long) if (group.type === type && partOfName(form, long)) found.add(group);
    if (letters !== undefined) for (const group of this.acronyms.get(letters) ?? []) found.add(group);
    return [...found];
  }
}

function addTo(map: Map<string, Set<Group>>, key: string, group: Group): void {
  const groups = map.get(key);
  if (groups) groups.add(group);
  else map.set(key, new Set([group]));
}

/**
 * Of several groups a short form fits ("Clinton" after "Hillary Clinton" and "Bill Clinton"),
 * the one the article names first: news introduces its main actor first and calls them by
 * surname, and names the others in full.
 */
const firstNamed = (groups: readonly Group[]): Group | undefined => groups.reduce<Group | undefined>((first, group) => (first === undefined || group.firstStart < first.firstStart ? group : first), undefined);

/** A group name ("Republicans" and "Republican" are one NORP, "republican"). */
const singular = (key: string): string => key.replace(/(?<=[^s])s$/, '');

/**
 * Groups names into entities, one per referent: gazetteer aliases ("US", "U.S.", "United
 * States", "America") share a canonical name; "The Constitution" is "the Constitution"; a
 * group's plural is the group ("Republicans"); a shorter name joins the longer one it is part
 * of ("Warren" → "Elizabeth A. Warren", "Elizabeth Warren" too), the one named first when
 * several fit; an acronym joins the name whose initials spell it ("USDA" → "U.S. Department of
 * Agriculture"), whatever type the tagger gave it.
 */
export function resolveEntities(doc: NewsDocument, names: FoundName[]): Entity[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const forms = new FormIndex();
  // Longest names first, so that short forms find the full names they belong to.
  const ordered = [...names].sort((a, b) => b.last - b.first - (a.last - a.first) || a.mention.start - b.mention.start);
  for (const name of ordered) {
    const type = typeOf(name);
    const role = name.cls === 'PER' ? roleOf(name) : undefined;
    if (role) name.mention.role = doc.text.slice(role[0], role[1]);
    const key = withoutArticle(spanKey(name.phrases, name.first, name.last));
    const canonical = canonicalName(key) ?? (type === 'NORP' ? singular(key) : undefined);
    const form = words(key);
    const groupKey = `${type}:${canonical ?? key}`;
    // A name the gazetteer knows is its own referent ("Republican Party" is not the "New York State
    // Republican Party", "US" not the "U.S. Senate"); a dotted pair is a state ("S.C."), not an acronym.
    const letters = form.length === 1 && dottedLetterCount(name.mention.text) !== 2 ? acronymLetters(name.mention.text) : undefined;
    const candidates = canonical === undefined && (PART_TYPES.has(type) || letters !== undefined) ? forms.find(type, form, letters) : [];
    let group = candidates.length > 1 ? firstNamed(candidates) : (byKey.get(groupKey) ?? candidates[0]);
    if (!group) {
      // An empty canonical name counts as none: the entity is then named by its mentions.
      group = { type, canonical: canonical || undefined, mentions: [], order: groups.length, firstStart: name.mention.start };
      groups.push(group);
    }
    byKey.set(groupKey, group);
    group.mentions.push(name.mention);
    group.firstStart = Math.min(group.firstStart, name.mention.start);
    forms.add(group, form);
  }
  return mapPacked(groups, (group) => toEntity(group.type, group.mentions, group.canonical));
}

export function numericEntities(doc: NewsDocument): Entity[] {
  const groups = new Map<string, { type: NumericType; mentions: Mention[] }>();
  for (const found of doc.numericEntities) {
    const token = doc.tokens[tokenIndexAt(doc.tokens, found.start)];
    const sentence = token ? doc.sentences[token.sentence] : undefined;
    if (!sentence) continue;
    const key = `${found.type}:${found.text.toLowerCase()}`;
    const group = groups.get(key) ?? { type: found.type, mentions: [] };
    group.mentions.push({ start: found.start, end: found.end, text: found.text, sentence: sentence.index, section: sentence.section });
    groups.set(key, group);
  }
  return mapPacked([...groups.values()], (group) => toEntity(group.type, group.mentions));
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle] as Token).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function toEntity(type: EntityType, unsorted: Mention[], canonical?: string): Entity {
  const mentions = [...unsorted].sort((a, b) => a.start - b.start);
  const counted = mentions.filter((mention) => !mention.boilerplate);
  const first = counted[0] ?? (mentions[0] as Mention);
  const longest = mentions.reduce((longest, mention) => (mention.text.length > longest.length ? mention.text : longest), first.text);
  // "Constitution", not "The Constitution" opening a sentence, where the article writes both.
  const name = /^the\s/i.test(longest) && mentions.some((mention) => mention.text === longest.slice(4)) ? longest.slice(4) : longest;
  // The name, then each other text in the order first written.
  const aliases = [name];
  const written = new Set(aliases);
  for (const { text } of mentions) if (!written.has(text)) written.add(text), aliases.push(text);
  const firstMention: Span = { start: first.start, end: first.end, text: first.text };
  // No leading article in the id: "The Constitution" in one article is "the Constitution" in the next.
  const entity: Entity = { id: `${type}:${slug(canonical ?? name).replace(/^the-(?=.)/, '')}`, name, type, mentions, aliases, count: counted.length, salience: 0, firstMention };
  const party = agreed(mentions, 'party');
  const state = agreed(mentions, 'state');
  if (party) entity.party = party;
  if (state) entity.state = state;
  return entity;
}

/** The one value the mentions that carry an attribute agree on ("R" in "Ted Cruz, R-Texas" … "Cruz"), if they agree. */
function agreed<Attribute extends 'party' | 'state'>(mentions: readonly Mention[], attribute: Attribute): Mention[Attribute] {
  let value: Mention[Attribute] = undefined;
  for (const mention of mentions) {
    const own = mention[attribute];
    if (own === undefined) continue;
    if (value !== undefined && own !== value) return undefined;
    value = own;
  }
  return value;
}
