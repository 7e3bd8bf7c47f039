import type { Token } from '../../document/document.js';
import type { NameSpan } from './consistency.js';
import { NAME_PARTICLES } from './continuation.js';
import { hasKind as has, kindsAt, kindsOf, kindsOfSpan, spanKey, type GazetteerKind, type PhraseIndex } from './gazetteer.js';
import { afterRole, beforeTitle, honorificLength, isTitleAlone, titlesBeforeNames, withParticles, withPersonNames } from './person-names.js';
import { lowerFirst } from '../../shared/letter-classes.js';
import type { AnnotatedSentence } from './sentences.js';
import { teamsInTables } from './tables.js';
import { canName, GAZETTEER_NAMES, isFunctionWordAt, PLACE_KINDS, startsUpper, startsUpperAt } from './words.js';
import { mapPacked } from '../../shared/arrays.js';

/**
 * What the gazetteers know for certain, applied after tagging:
 *  - a name neither starts nor ends with a lower-case word, punctuation or a possessive
 *    ("northern Iraq" is "Iraq", "Trump’s" is "Trump"), nor starts with a function word
 *    ("However", "I’m": words.ts); a person's name leaves out the titles before it and keeps
 *    its particles (person-names.ts); two known names joined by "and" are two;
 *  - a name inside a longer gazetteer place or organization grows to it ("YORK" in "NEW YORK",
 *    "Quds" in "Quds force");
 *  - a name followed by a capitalised event or law word is that event or law ("U.S." + "Open",
 *    "U.S." + "Constitution"), and a capitalised law word after "the" is a law ("the Constitution");
 *  - a name that goes on in capitalised words to an organisation word is that organisation
 *    ("Federal Open" + "Market Committee", "Mercantile" + "Bancorp Inc.");
 *  - a nationality or group word ("Iraqi", "Sunni") is MISC whatever the tagger said;
 *  - a name ending in an organisation word or joined by "&" is an organisation ("… Industries Inc",
 *    "Douglas & Lomason"), and so is an institution ("Senate"), a team in a results table
 *    (tables.ts), and every mention of a name the article introduces as one ("tyre giant Pirelli");
 *  - a name whose head is a law word, or an event word and not an organisation's, is MISC;
 *  - a person's surname on its own, after the full name, is that person ("Dole" after "Bob Dole");
 *  - a capitalised nationality, group, country or known organization the tagger missed is added,
 *    and in caseless lines, where the tagger is blind, a city or region too.
 */
export function refine(sentences: readonly AnnotatedSentence[], spans: readonly NameSpan[]): NameSpan[] {
  const trimmed: NameSpan[] = [];
  for (const tagged of spans) {
    const sentence = sentences[tagged.sentence] as AnnotatedSentence;
    for (const span of splitAtAnd(sentence, tagged)) {
      const kept = trimmedName(sentence, span);
      if (kept) trimmed.push(kept);
    }
  }

  const merged = mapPacked(withPersonNames(sentences, extendToOrganisations(sentences, joinedByAmpersand(sentences, withDatelinePlaces(sentences, trimmed)))), (span) => withEvent(sentences, span));
  const surnames = new Set<string>();
  for (const span of merged) if (span.cls === 'PER' && span.last > span.first) surnames.add((tokensOf(sentences, span)[span.last] as Token).text);

  const titleMarks = mapPacked(sentences, titlesBeforeNames);
  /** Forms the article writes as an organisation's ("tyre giant Pirelli"): every mention of them is one. */
  const introducedAsOrganisation = new Set<string>();
  const typed = mapPacked(mapPacked(merged, (span) => {
    const { phrases } = sentences[span.sentence] as AnnotatedSentence;
    const kinds = kindsOfSpan(phrases, span.first, span.last);
    if (has(kinds, 'demonym', 'norp-group') && !has(kinds, 'country')) return { ...span, cls: 'MISC' as const };
    const tokens = tokensOf(sentences, span);
    const head = kindsAt(phrases, span.last);
    if (has(kinds, 'institution') || (!has(kinds, 'country') && namedAsOrganisation(sentences[span.sentence] as AnnotatedSentence, span))) {
      // A place's name can stand for its team in one sentence and the place in the next.
      if (!has(kinds, ...PLACE_KINDS)) introducedAsOrganisation.add(formOf(sentences, span));
      return { ...span, cls: 'ORG' as const };
    }
    // A person's surname, after the full name, is that person even where a city has the name ("Arafat", "Washington").
    if (span.first === span.last && !has(kinds, 'country') && surnames.has((tokens[span.first] as Token).text)) return { ...span, cls: 'PER' as const };
    if (has(kinds, 'place')) return { ...span, cls: 'LOC' as const };
    if (has(kinds, ...PLACE_KINDS)) return span;
    if (span.last > span.first && (has(head, 'org-cue') || tokens.slice(span.first, span.last).some((token) => token.text === '&'))) return { ...span, cls: 'ORG' as const };
    // A law, programme or event is named for a person or place ("Whittington Lecture", "Pell Grants",
    // "the Constitution"); an organisation may end in an event word ("Leadership Conference"), not
    // in a law word; a person's surname may be either ("Nathan Deal").
    if (span.cls !== 'PER' && (has(head, 'law-cue') || (span.last > span.first && span.cls !== 'ORG' && has(head, 'event-cue')))) return { ...span, cls: 'MISC' as const };
    return span;
  })
    .filter((span) => !isTitleAlone(sentences[span.sentence] as AnnotatedSentence, span, surnames) && !allMarked(titleMarks[span.sentence] as Uint8Array, span.first, span.last)), (span) =>
      introducedAsOrganisation.size > 0 && span.cls !== 'ORG' && span.cls !== 'MISC' && introducedAsOrganisation.has(formOf(sentences, span)) && !surnames.has((tokensOf(sentences, span)[span.first] as Token).text) ? { ...span, cls: 'ORG' as const } : span,
    );

  const tableTeams = teamsInTables(sentences);
  // A team in a results table replaces any name the tagger put on its tokens.
  const teamTokens = mapPacked(sentences, (sentence) => new Uint8Array(sentence.view.tokens.length));
  for (const team of tableTeams) (teamTokens[team.sentence] as Uint8Array).fill(1, team.first, team.last + 1);
  const refined = [...typed.filter((span) => !anyMarked(teamTokens[span.sentence] as Uint8Array, span.first, span.last)), ...tableTeams];
  // Tokens inside the names so far, per sentence.
  const taken = mapPacked(sentences, (sentence) => new Uint8Array(sentence.view.tokens.length));
  for (const span of refined) (taken[span.sentence] as Uint8Array).fill(1, span.first, span.last + 1);
  // A plain loop, not a per-call callback: V8 drops a new closure's optimised code at each
  // mark-compact and compiles it again.
  for (let s = 0; s < sentences.length; s += 1) {
    const sentence = sentences[s] as AnnotatedSentence;
    const tokens = sentence.view.tokens;
    const takenHere = taken[s] as Uint8Array;
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i] as Token;
      if (takenHere[i] === 1 || !startsUpperAt(sentence.view, i)) continue;
      if (surnames.has(token.text) || isLawWordAt(sentence, i)) {
        refined.push({ sentence: s, first: i, last: i, cls: surnames.has(token.text) ? 'PER' : 'MISC' });
        continue;
      }
      const found = gazetteerNameAt(sentence.phrases, tokens, i, sentence.view.caseless, takenHere);
      if (found) {
        refined.push({ sentence: s, first: i, last: found.last, cls: found.cls });
        i = found.last;
      }
    }
  }
  return refined.sort((a, b) => a.sentence - b.sentence || a.first - b.first);
}

/** A token no name starts or ends with: punctuation, a possessive, a lower-case word that is no particle. */
function isEdge(token: Token | undefined, sentence: AnnotatedSentence): boolean {
  return (
    token !== undefined &&
    (token.kind === 'punctuation' || token.pos === 'PART' || (!sentence.view.caseless && token.kind === 'word' && lowerFirst(token.text) && !NAME_PARTICLES.has(token.text)))
  );
}

/** A tagged name without the words around it that are no part of it, grown to the gazetteer name it is in; undefined when nothing is left. */
function trimmedName(sentence: AnnotatedSentence, span: NameSpan): NameSpan | undefined {
  // In a caseless line the tagger cannot see capitals; only what a gazetteer vouches for is kept
  // here, and names the article writes elsewhere come back through harmonise().
  if (sentence.view.caseless && !has(kindsOfSpan(sentence.phrases, span.first, span.last), ...GAZETTEER_NAMES)) return undefined;
  let { first, last } = span;
  while (first <= last && (isEdge(sentence.view.tokens[first], sentence) || isFunctionWordAt(sentence, first, last))) first += 1;
  while (last >= first && isEdge(sentence.view.tokens[last], sentence)) last -= 1;
  // "Mr Biden", "Dr Jane Smith": a name written after an honorific is a person's, whatever the tagger said.
  const honorific = honorificLength(sentence, first);
  const cls = honorific > 0 && first + honorific <= last && startsUpper(sentence.view.tokens[first + honorific]) ? 'PER' : span.cls;
  if (cls === 'PER') first = withParticles(sentence, afterRole(sentence, first, last));
  last = beforeTitle(sentence, first, last);
  if (first > last || !canName(sentence.view.tokens, first, last)) return undefined;
  const grown = grow(sentence.phrases, first, last);
  return { sentence: span.sentence, first: grown.first, last: grown.last, cls };
}

/** Are all of tokens first..last marked (1)? A loop, not a subarray per span: refine asks this of every name. */
function allMarked(marks: Uint8Array, first: number, last: number): boolean {
  for (let k = first; k <= last; k += 1) if (marks[k] !== 1) return false;
  return true;
}

/** Is any of tokens first..last marked (1)? */
function anyMarked(marks: Uint8Array, first: number, last: number): boolean {
  for (let k = first; k <= last; k += 1) if (marks[k] === 1) return true;
  return false;
}

// Module-level, not closures made at each call: V8 drops a new closure's optimised code at each
// mark-compact and compiles it again.
const tokensOf = (sentences: readonly AnnotatedSentence[], span: { sentence: number }): readonly Token[] => (sentences[span.sentence] as AnnotatedSentence).view.tokens;
const formOf = (sentences: readonly AnnotatedSentence[], span: NameSpan): string => spanKey((sentences[span.sentence] as AnnotatedSentence).phrases, span.first, span.last);

/**
 * Two known names joined by "and" are two names, not one ("the House and the Senate",
 * "Britain and France"); a name that holds "and" stays whole when its parts are not both known
 * ("Bosnia and Herzegovina" is one country, "Procter and Gamble" one company).
 */
function splitAtAnd({ phrases }: AnnotatedSentence, span: NameSpan): NameSpan[] {
  const known = (from: number, to: number): boolean => has(kindsOfSpan(phrases, from, to), ...GAZETTEER_NAMES, 'institution');
  for (let k = span.first + 1; k < span.last; k += 1) {
    if (phrases.lowers[k] !== 'and' || known(span.first, span.last)) continue;
    const right = phrases.lowers[k + 1] === 'the' ? k + 2 : k + 1;
    if (right <= span.last && known(span.first, k - 1) && known(right, span.last)) return [{ ...span, last: k - 1 }, { ...span, first: right }];
  }
  return [span];
}

const MAX_GROWTH = 3;
const GROWS_TO: GazetteerKind[] = [...PLACE_KINDS, 'organization'];

/**
 * Widens tokens first..last to the longest gazetteer place or organization that contains them,
 * and lets a name that stops inside one reach its end ("Bank of Nova" + "Nova Scotia").
 */
function grow(phrases: PhraseIndex, first: number, last: number): { first: number; last: number } {
  const length = phrases.lowers.length;
  const known = (from: number, to: number): boolean => {
    const kinds = kindsOfSpan(phrases, from, to);
    return kinds !== undefined && GROWS_TO.some((kind) => kinds.has(kind));
  };
  let best = { first, last };
  for (let from = Math.max(0, first - MAX_GROWTH); from <= first; from += 1) {
    for (let to = Math.min(length - 1, last + MAX_GROWTH); to >= last; to -= 1) {
      if (to - from <= best.last - best.first) break;
      if (known(from, to)) best = { first: from, last: to };
    }
  }
  if (best.first === first && best.last === last) {
    for (let from = first + 1; from <= last; from += 1) {
      for (let to = Math.min(length - 1, last + MAX_GROWTH); to > last; to -= 1) {
        if (known(from, to)) return { first, last: to };
      }
    }
  }
  return best;
}

/** Kinds of the one- or two-word phrase that ends at token `last` / starts at token `first`. */
const phraseBefore = (phrases: PhraseIndex, last: number): ReadonlySet<GazetteerKind> | undefined => kindsOfSpan(phrases, last, last) ?? kindsOfSpan(phrases, last - 1, last);
const phraseAfter = (phrases: PhraseIndex, first: number): ReadonlySet<GazetteerKind> | undefined => kindsOfSpan(phrases, first, first) ?? kindsOfSpan(phrases, first, first + 1);

/**
 * What the words around a name say it is an organisation: a lower-case descriptor noun straight
 * before it ("tyre giant Pirelli", "first division side Nice"), or, for a name the tagger took
 * for a place, facing another side in a match report ("Leicestershire beat Somerset", "Bolton v
 * Wigan"): a team named after its town, which OntoNotes and CoNLL annotate as an organisation.
 */
function namedAsOrganisation({ view, phrases }: AnnotatedSentence, span: NameSpan): boolean {
  const before = view.tokens[span.first - 1];
  if (before && !view.caseless && lowerFirst(before.text) && has(phraseBefore(phrases, span.first - 1), 'org-descriptor')) return true;
  // "Ontario-based Magna": what is based somewhere is a company or a group.
  if (before?.text.toLowerCase() === 'based' && view.tokens[span.first - 2]?.text === '-') return true;
  return span.cls === 'LOC' && (has(phraseBefore(phrases, span.first - 1), 'team-verb') || has(phraseAfter(phrases, span.last + 1), 'team-verb'));
}

/**
 * A dateline names the place a story was filed from ("BELGRADE 1996-08-30", "GAZA CITY, Gaza
 * Strip (AP) —"): when it has a date or an agency, its leading capitalised words are a place,
 * whatever the tagger made of them.
 */
function withDatelinePlaces(sentences: readonly AnnotatedSentence[], spans: readonly NameSpan[]): NameSpan[] {
  /** Sentence index → last token of its dateline's place. */
  const places = new Map<number, number>();
  sentences.forEach(({ sentence, view }, s) => {
    if (sentence.part !== 'dateline') return;
    let last = -1;
    while (view.tokens[last + 1]?.kind === 'word' && startsUpper(view.tokens[last + 1])) last += 1;
    // "CRICKET -" has a dateline's form; a date or an agency makes it one.
    if (last >= 0 && view.tokens.some((token) => token.kind === 'number' || token.text === '(')) places.set(s, last);
  });
  const kept = spans.filter((span) => span.first > (places.get(span.sentence) ?? -1));
  return [...kept, ...mapPacked([...places], ([sentence, last]): NameSpan => ({ sentence, first: 0, last, cls: 'LOC' }))];
}

const MAX_PHRASE_TOKENS = 6;
const ADDED: [GazetteerKind, NameSpan['cls'], boolean][] = [
  // kind, class, only in caseless lines
  ['organization', 'ORG', false],
  ['institution', 'ORG', false],
  ['country', 'LOC', false],
  ['place', 'LOC', false],
  ['demonym', 'MISC', false],
  ['norp-group', 'MISC', false],
  ['city', 'LOC', true],
  ['region', 'LOC', true],
];

/** The longest gazetteer name starting at token i whose tokens are all free (not marked in `taken`), if any. */
function gazetteerNameAt(phrases: PhraseIndex, tokens: readonly Token[], i: number, caseless: boolean, taken: Uint8Array): { last: number; cls: NameSpan['cls'] } | undefined {
  for (let last = Math.min(tokens.length - 1, i + MAX_PHRASE_TOKENS - 1); last >= i; last -= 1) {
    const kinds = kindsOfSpan(phrases, i, last);
    if (!kinds) continue;
    if (last === i && (tokens[i] as Token).text.length <= 2 && !kinds.has('organization')) continue; // "IN", "US" the pronoun
    if (anyMarked(taken, i, last)) continue;
    const added = ADDED.find(([kind, , caselessOnly]) => kinds.has(kind) && (caseless || !caselessOnly));
    if (added) return { last, cls: added[1] };
  }
  return undefined;
}

const MAX_ORG_REACH = 5;
/** Connectors an organisation's name is written with ("Gold Fields of South Africa Ltd", "Edward D. Jones & Co"). */
const ORG_CONNECTORS = new Set(['of', 'for', '&', 'de']);

/**
 * A name that goes on, in capitalised words, to an organisation word is that organisation
 * ("Mercantile" + "Bancorp Inc.", "U.S." + "Agriculture Department", "Federal Open" + "Market
 * Committee"); the names it takes in are dropped.
 */
function extendToOrganisations(sentences: readonly AnnotatedSentence[], spans: readonly NameSpan[]): NameSpan[] {
  const sorted = [...spans].sort((a, b) => a.sentence - b.sentence || a.first - b.first);
  const out: NameSpan[] = [];
  for (const span of sorted) {
    const previous = out.at(-1);
    if (previous && previous.sentence === span.sentence && previous.last >= span.first) continue; // taken in
    const { view, phrases, continues } = sentences[span.sentence] as AnnotatedSentence;
    let end = span.last;
    for (let k = span.last + 1; k <= span.last + MAX_ORG_REACH && continues[k] === 1; k += 1) {
      const token = view.tokens[k] as Token;
      if (!ORG_CONNECTORS.has(token.text.toLowerCase()) && !startsUpper(token)) break;
      if (has(kindsAt(phrases, k), 'org-cue')) end = k;
    }
    out.push(end > span.last ? { ...span, last: end, cls: 'ORG' } : span);
  }
  return out;
}

/**
 * Two names joined by "&" are one organisation, a firm named after its founders ("Douglas &
 * Lomason", "Procter & Gamble"), whatever the tagger made of each.
 */
function joinedByAmpersand(sentences: readonly AnnotatedSentence[], spans: readonly NameSpan[]): NameSpan[] {
  const sorted = [...spans].sort((a, b) => a.sentence - b.sentence || a.first - b.first);
  const out: NameSpan[] = [];
  for (const span of sorted) {
    const previous = out.at(-1);
    const tokens = (sentences[span.sentence] as AnnotatedSentence).view.tokens;
    if (previous && previous.sentence === span.sentence && previous.last + 2 === span.first && tokens[span.first - 1]?.text === '&') out[out.length - 1] = { ...previous, last: span.last, cls: 'ORG' };
    else out.push(span);
  }
  return out;
}

/**
 * "U.S. Open", "World Cup", "U.S. Constitution", "Kyoto Protocol": a name and the capitalised
 * event or law word after it are one event or law, named for the place, body or person.
 */
function withEvent(sentences: readonly AnnotatedSentence[], span: NameSpan): NameSpan {
  const next = (sentences[span.sentence] as AnnotatedSentence).view.tokens[span.last + 1];
  if (!next || !startsUpper(next) || !has(kindsOf(next.text.toLowerCase()), 'event-cue', 'law-cue')) return span;
  return { ...span, last: span.last + 1, cls: 'MISC' };
}

/**
 * A capitalised law word after "the", inside a sentence whose capitals mean something, names
 * the law the article is about ("the Constitution", "the Treaty"): the short form of its name.
 */
function isLawWordAt({ view, phrases }: AnnotatedSentence, i: number): boolean {
  return !view.caseless && i > 0 && phrases.lowers[i - 1] === 'the' && has(kindsAt(phrases, i), 'law-cue');
}
