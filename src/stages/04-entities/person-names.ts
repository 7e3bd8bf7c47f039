import type { Token } from '../../document/document.js';
import type { NameSpan } from './consistency.js';
import { NAME_PARTICLES } from './continuation.js';
import { hasKind as has, kindsAt, kindsOfSpan, startsPhraseOf, type GazetteerKind } from './gazetteer.js';
import type { AnnotatedSentence } from './sentences.js';
import { canName, GAZETTEER_NAMES, startsUpper, startsUpperAt } from './words.js';
import { mapPacked } from '../../shared/arrays.js';
import { dottedLetterCount, isLowerCode, unitsOf, upperFirst } from '../../shared/letter-classes.js';

/** Where a person's name starts and ends around the titles, particles and roles written with it. */
/** A title on its own ("the Queen", "Lord 's") is not a person's name, unless an article's person has it as a surname ("Steve King" … "King"). */
export function isTitleAlone({ view, phrases }: AnnotatedSentence, span: NameSpan, surnames: ReadonlySet<string>): boolean {
  return span.cls === 'PER' && span.first === span.last && has(kindsAt(phrases, span.first), 'person-title') && !surnames.has((view.tokens[span.first] as Token).text);
}

/**
 * Where a person's name starts when the particles before it belong to it ("de Silva", "van der
 * Westhuizen"), with the given name before them ("Aravinda de Silva"): the tagger often takes
 * only the capitalised end.
 */
export function withParticles({ view, phrases }: AnnotatedSentence, first: number): number {
  let start = first;
  while (start > 0 && NAME_PARTICLES.has((view.tokens[start - 1] as Token).text)) start -= 1;
  if (start === first) return first;
  return has(kindsAt(phrases, start - 1), 'given') ? start - 1 : start;
}

const MAX_ROLE_TOKENS = 4;
const ROLE_WORDS: GazetteerKind[] = ['person-title', 'demonym', 'norp-group'];

/**
 * Where a person's name starts once the title and affiliation the tagger took in are left out
 * ("German Defence Minister Volker Ruehe" → "Volker Ruehe", "Democrat Walter Mondale"): after
 * the last title, nationality or group word that still leaves a word of the name, including a
 * title the tagger took only the end of ("Chief of" + "Staff Rahm Emanuel"). The title
 * becomes the mention's role (resolve.ts).
 */
export function afterRole({ view, phrases }: AnnotatedSentence, first: number, last: number): number {
  let start = first;
  const surname = surnameEnd(view.tokens, first, last);
  for (let from = Math.max(0, first - MAX_ROLE_TOKENS + 1); from < last; from += 1) {
    if (!startsPhraseOf(view.gazetteer[from], ...ROLE_WORDS)) continue;
    for (let to = Math.min(last - 1, from + MAX_ROLE_TOKENS - 1); to >= Math.max(from, first); to -= 1) {
      // "King" of "Martin Luther King Jr." is his surname, not a title.
      if (from === to && to === surname && has(kindsAt(phrases, to), 'surname')) continue;
      if (has(kindsOfSpan(phrases, from, to), ...ROLE_WORDS)) {
        start = to + 1;
        break;
      }
    }
  }
  return start;
}

/**
 * Where a name ends when a person title starts inside it after a capitalised word, and runs to
 * its end or on to more capitalised words ("German Defence" + "Minister", "German Defence
 * Minister Volker Ruehe" → "German"; not "Office of the President"): before the title. What
 * follows the title is read again as a person's name (withPersonNames). A surname that is also a
 * title may end a person's name ("Steve King", "John Major").
 */
export function beforeTitle({ view, phrases }: AnnotatedSentence, first: number, last: number): number {
  const surname = surnameEnd(view.tokens, first, last);
  for (let from = first + 1; from <= last; from += 1) {
    if (!startsPhraseOf(view.gazetteer[from], 'person-title')) continue;
    for (let to = from; to < from + MAX_ROLE_TOKENS; to += 1) {
      if (!has(kindsOfSpan(phrases, from, to), 'person-title') || !startsUpper(view.tokens[from - 1]) || !(to >= last || startsUpper(view.tokens[to + 1]))) continue;
      // A title that is also a surname, ending the name, is the surname ("Steve King", "Angus King").
      if (from === to && to === surname && has(kindsAt(phrases, to), 'surname')) continue;
      return from - 1;
    }
  }
  return last;
}

/** The person title that ends at token `first` − 1 ("President", "Foreign Minister", "finalist", "Mr"), if any: 'honorific' or 'title'. */
function titleBefore({ view, phrases }: AnnotatedSentence, first: number): 'honorific' | 'title' | undefined {
  let found: 'title' | undefined;
  for (let length = 1; length <= MAX_ROLE_TOKENS && first - length >= 0; length += 1) {
    if (honorificLength({ view, phrases }, first - length) === length) return 'honorific';
    if (startsPhraseOf(view.gazetteer[first - length], 'person-title') && has(kindsOfSpan(phrases, first - length, first - 1), 'person-title')) found = 'title';
  }
  return found;
}

/**
 * How many tokens the honorific written at token i takes ("Mr", "Dr.", "Maj" "." "Gen."), or 0.
 * It must be written as a title is, a capital then lower case: "DR Congo" and "MS-13" hold none.
 */
export function honorificLength({ view, phrases }: Pick<AnnotatedSentence, 'view' | 'phrases'>, i: number): number {
  if (!startsPhraseOf(view.gazetteer[i], 'honorific') || !upperThenLower(view.tokens[i]?.text ?? '')) return 0;
  for (let last = Math.min(view.tokens.length - 1, i + MAX_ROLE_TOKENS - 1); last >= i; last -= 1) if (has(kindsOfSpan(phrases, i, last), 'honorific')) return last - i + 1;
  return 0;
}

/**
 * Per token, 1 where it is part of a run of person titles written before a capitalised word
 * ("Rear Adm." and "Chief" + "Justice" before a name): such words are the name's role, never a
 * name of their own, whatever the tagger made of them ("Adm", "Vice Adm").
 */
export function titlesBeforeNames({ view, phrases }: AnnotatedSentence): Uint8Array {
  const tokens = view.tokens;
  const marks = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; ) {
    let end = i;
    for (let at = i; ; ) {
      let last = -1;
      if (startsPhraseOf(view.gazetteer[at], 'person-title')) for (let to = Math.min(tokens.length - 1, at + MAX_ROLE_TOKENS - 1); to >= at && last < 0; to -= 1) if (has(kindsOfSpan(phrases, at, to), 'person-title')) last = to;
      if (last < 0) break;
      end = last + 1;
      at = end;
    }
    if (end > i && startsUpperAt(view, end) && (tokens[end] as Token).kind === 'word') marks.fill(1, i, end);
    i = Math.max(end, i + 1);
  }
  return marks;
}

/** `/^\p{Lu}\.$/u.test(text)`: a capital and a full stop, "J.". */
const isInitial = (text: string): boolean => dottedLetterCount(text) === 1 && text.endsWith('.') && upperFirst(text);

/** `/^\p{Lu}\p{Ll}/u.test(text)`: "Mr", "Dr.". */
function upperThenLower(text: string): boolean {
  if (!upperFirst(text)) return false;
  const next = unitsOf(text.codePointAt(0) as number);
  return next < text.length && isLowerCode(text.codePointAt(next) as number);
}

/** Generational suffixes written after a surname. */
const NAME_SUFFIX = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/u;

/** The last token of a name's surname: before its generational suffix ("Martin Luther King Jr."). */
function surnameEnd(tokens: readonly Token[], first: number, last: number): number {
  let end = last;
  while (end > first && NAME_SUFFIX.test((tokens[end] as Token).text)) end -= 1;
  return end;
}

/**
 * The last token of a person's name that starts at token i because of how it is written: after a
 * person title ("President Yasser Arafat", "Chief Executive Jeff Immelt") or with an initial
 * ("M. Slater"). One word after an honorific is a surname ("Mr Xi"). The name is the capitalised words from i on (and what is joined to them,
 * "Ata-ur-Rehman"), unless they make a known place, organisation or group or end in an
 * organisation word ("General Motors").
 */
function personRunAt(sentence: AnnotatedSentence, i: number): { last: number; honorific: boolean } | undefined {
  const { view, phrases, continues } = sentence;
  const tokens = view.tokens;
  if (!startsUpperAt(view, i) || has(kindsAt(phrases, i), 'person-title')) return undefined;
  const title = titleBefore(sentence, i);
  if (!title && !(isInitial((tokens[i] as Token).text) && continues[i + 1] === 1 && startsUpperAt(view, i + 1))) return undefined;
  let last = i;
  while (last + 1 < tokens.length && continues[last + 1] === 1 && (startsUpperAt(view, last + 1) || (tokens[last + 1] as Token).start === (tokens[last] as Token).end)) last += 1;
  while (last > i && !startsUpperAt(view, last)) last -= 1;
  if (has(kindsOfSpan(phrases, i, last), ...GAZETTEER_NAMES) || has(kindsAt(phrases, last), 'org-cue', 'person-title')) return undefined;
  return canName(tokens, i, last) ? { last, honorific: title === 'honorific' } : undefined;
}

// Loops, not closures over the token index: a closure would make the loop allocate a context at every token.

/** Whether one of `spans` reaches into tokens first..last from outside them. */
function reachesOutOf(spans: readonly NameSpan[], first: number, last: number): boolean {
  for (const span of spans) if ((span.first < first && span.last >= first) || (span.first <= last && span.last > last)) return true;
  return false;
}

/** Whether one of `spans` is token i alone. */
function isTagged(spans: readonly NameSpan[], i: number): boolean {
  for (const span of spans) if (span.first === i && span.last === i) return true;
  return false;
}

/**
 * Persons given away by how their names are written (personRunAt), whatever the tagger made of
 * the words: the names it put inside such a name give way to it; one that reaches out of it
 * keeps it from being read so.
 */
export function withPersonNames(sentences: readonly AnnotatedSentence[], spans: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  const bySentence = mapPacked(sentences, (): NameSpan[] => []);
  for (const span of spans) bySentence[span.sentence]?.push(span);
  sentences.forEach((sentence, s) => {
    const here = bySentence[s] as NameSpan[];
    const persons: NameSpan[] = [];
    for (let i = 0; !sentence.view.caseless && i < sentence.view.tokens.length; i += 1) {
      const run = personRunAt(sentence, i);
      if (run === undefined) continue;
      const { last, honorific } = run;
      if (reachesOutOf(here, i, last)) continue;
      // One word after a title is a name only if known as one ("General Electric" is not), or after an honorific ("Mr Xi").
      if (last === i && !honorific && !has(kindsAt(sentence.phrases, i), 'given', 'surname') && !isTagged(here, i)) continue;
      persons.push({ sentence: s, first: i, last, cls: 'PER' });
      i = last;
    }
    if (persons.length === 0) out.push(...here);
    else out.push(...here.filter((span) => !persons.some((person) => span.first >= person.first && span.last <= person.last)), ...persons);
  });
  return out.sort((a, b) => a.sentence - b.sentence || a.first - b.first);
}
