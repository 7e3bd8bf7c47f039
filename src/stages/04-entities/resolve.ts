import type { Entity, EntityType, Mention, NewsDocument, NumericType, Span, Token } from '../../document/document.js';
import { canonicalName, hasKind as has, kindsOf, spanKey } from './gazetteer.js';
import type { EntityClass } from './tags.js';

/** A name found in a sentence, before it is typed and grouped. */
export interface FoundName {
  tokens: readonly Token[];
  first: number;
  last: number;
  cls: EntityClass;
  mention: Mention;
}

const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'middle', 'central', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'far', 'near']);
const MAX_ROLE_TOKENS = 4;


/** OntoNotes type of a tagged name, from its class and what the gazetteers know of it. */
function typeOf(name: FoundName): EntityType {
  const key = spanKey(name.tokens, name.first, name.last);
  const kinds = kindsOf(key);
  const head = kindsOf((name.tokens[name.last] as Token).text.toLowerCase());
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

/** A title written straight before a person's name ("President", "Israeli PM" → "PM"). */
function roleOf(name: FoundName): [number, number] | undefined {
  let best: [number, number] | undefined;
  for (let length = 1; length <= MAX_ROLE_TOKENS && name.first - length >= 0; length += 1) {
    const from = name.first - length;
    if (has(kindsOf(spanKey(name.tokens, from, name.first - 1)), 'person-title')) {
      best = [(name.tokens[from] as Token).start, (name.tokens[name.first - 1] as Token).end];
    }
  }
  return best;
}

const slug = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

interface Group {
  type: EntityType;
  /** Gazetteer canonical name when there is one: stable across articles. */
  canonical?: string;
  mentions: Mention[];
  /** Creation order: a short form joins the first group it fits. */
  order: number;
}

const words = (text: string): string[] => text.toLowerCase().split(/\s+/).filter(Boolean);

/** Does `short` name the same person as `long`: its words a contiguous part of it ("Soleimani" in "Qasem Soleimani")? */
function partOfName(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  for (let i = 0; i + short.length <= long.length; i += 1) if (short.every((word, k) => word === long[i + k])) return true;
  return false;
}

/** The initials of an organisation's name, of two or more words: "fomc" for "federal open market committee". */
function initialsOf(long: string[]): string | undefined {
  const initials = long.filter((word) => !['of', 'the', 'and', 'for', '&'].includes(word)).map((word) => word.charAt(0));
  return initials.length >= 2 ? initials.join('') : undefined;
}

/** Forms of more words than this are matched by a scan of the few longer forms. */
const MAX_INDEXED_WORDS = 6;

/**
 * The forms of person and organisation groups, found by their parts: each contiguous run of
 * fewer words than its form ("soleimani" of "qasem soleimani") and an organisation's initials
 * ("fomc"), each mapped to the first group that has it. A name finds its group in the time of
 * its own length, not of every name before it (a 5 MB text names tens of thousands).
 */
class FormIndex {
  private readonly parts = new Map<string, Group>();
  private readonly initials = new Map<string, Group>();
  /** Forms that hold parts longer than MAX_INDEXED_WORDS. */
  private readonly long: { group: Group; form: string[] }[] = [];

  add(group: Group, form: string[]): void {
    for (let length = 1; length < form.length && length <= MAX_INDEXED_WORDS; length += 1) {
      for (let i = 0; i + length <= form.length; i += 1) keepFirst(this.parts, `${group.type} ${form.slice(i, i + length).join(' ')}`, group);
    }
    if (form.length > MAX_INDEXED_WORDS + 1) this.long.push({ group, form });
    const initials = group.type === 'ORG' ? initialsOf(form) : undefined;
    if (initials) keepFirst(this.initials, initials, group);
  }

  /** The first group of `type` with a longer form that `form` is part of, or that `form` abbreviates. */
  find(type: EntityType, form: string[]): Group | undefined {
    let found: Group | undefined;
    if (form.length <= MAX_INDEXED_WORDS) found = this.parts.get(`${type} ${form.join(' ')}`);
    else for (const { group, form: long } of this.long) if (group.type === type && partOfName(form, long) && isEarlier(group, found)) found = group;
    if (type === 'ORG' && form.length === 1) {
      const abbreviated = this.initials.get((form[0] as string).replace(/\./g, ''));
      if (abbreviated && isEarlier(abbreviated, found)) found = abbreviated;
    }
    return found;
  }
}

const isEarlier = (group: Group, than: Group | undefined): boolean => !than || group.order < than.order;

function keepFirst(map: Map<string, Group>, key: string, group: Group): void {
  if (isEarlier(group, map.get(key))) map.set(key, group);
}

/**
 * Groups names into entities, one per referent: gazetteer aliases ("US", "U.S.", "United
 * States", "America") share a canonical name; a person's shorter forms join the full name
 * ("Trump" → "Donald Trump"); an acronym joins the organisation it abbreviates.
 */
export function resolveEntities(doc: NewsDocument, names: FoundName[]): Entity[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const forms = new FormIndex();
  // Longest names first, so that short forms find the full name they belong to.
  const ordered = [...names].sort((a, b) => b.last - b.first - (a.last - a.first) || a.mention.start - b.mention.start);
  for (const name of ordered) {
    const type = typeOf(name);
    const role = name.cls === 'PER' ? roleOf(name) : undefined;
    if (role) name.mention.role = doc.text.slice(role[0], role[1]);
    const key = spanKey(name.tokens, name.first, name.last);
    const canonical = canonicalName(key);
    const form = words(key);
    const groupKey = `${type}:${canonical ?? key}`;
    let group = byKey.get(groupKey);
    if (!group && (type === 'PERSON' || type === 'ORG')) group = forms.find(type, form);
    if (!group) {
      group = { type, ...(canonical ? { canonical } : {}), mentions: [], order: groups.length };
      groups.push(group);
    }
    byKey.set(groupKey, group);
    group.mentions.push(name.mention);
    if (type === 'PERSON' || type === 'ORG') forms.add(group, form);
  }
  return groups.map((group) => toEntity(group.type, group.mentions, group.canonical));
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
  return [...groups.values()].map((group) => toEntity(group.type, group.mentions));
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
  const name = mentions.reduce((longest, mention) => (mention.text.length > longest.length ? mention.text : longest), first.text);
  const aliases = [name, ...new Set(mentions.map((mention) => mention.text).filter((text) => text !== name))];
  const firstMention: Span = { start: first.start, end: first.end, text: first.text };
  return { id: `${type}:${slug(canonical ?? name)}`, name, type, mentions, aliases, count: counted.length, salience: 0, firstMention };
}
