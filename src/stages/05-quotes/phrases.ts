import type { Token } from '../../document/document.js';
import { reportingCues, type ReportingCue } from '../../shared/speech-cues.js';
import { upperFirst } from '../../shared/letter-classes.js';

/** A reporting cue found at tokens `[first, last]`. */
export interface CueMatch {
  first: number;
  last: number;
  cue: ReportingCue;
}

const ACCORDING_WORD = 'according';
const ACCORDING: ReportingCue = { words: [ACCORDING_WORD, 'to'], lemma: 'according to', loaded: false, belief: false, closing: false };

export const lemmaOf = (token: Token): string => token.lemma ?? token.text.toLowerCase();

/** The reporting cue that starts at token `k` (a verb, or "according to"), longest first. */
export function cueAt(tokens: readonly Token[], k: number, end: number): CueMatch | undefined {
  const token = tokens[k] as Token;
  // The length first: cueAt is tried at most tokens, and lower-casing keeps a word's length here.
  if (token.text.length === ACCORDING_WORD.length && token.text.toLowerCase() === ACCORDING_WORD && k + 1 < end && lemmaOf(tokens[k + 1] as Token) === 'to') return { first: k, last: k + 1, cue: ACCORDING };
  if (token.pos !== 'VERB') return undefined;
  const candidates = reportingCues().get(lemmaOf(token));
  // The tagger cannot read a word in capitals ("SUSPECT", "POSSIBLE"): no cue there. Asked of a
  // cue's verbs only: upper-casing every verb of the text made a string of each.
  if (!candidates || (token.text.length > 1 && token.text === token.text.toUpperCase())) return undefined;
  for (const cue of candidates) {
    let matches = k + cue.words.length <= end;
    for (let w = 1; matches && w < cue.words.length; w += 1) matches = lemmaOf(tokens[k + w] as Token) === cue.words[w];
    if (matches) return { first: k, last: k + cue.words.length - 1, cue };
  }
  return undefined;
}

const NOUNISH = new Set(['PROPN', 'NOUN', 'NUM']);
const MODIFIER = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM']);
/** Prepositions inside a source's description ("a spokeswoman for the agency", "people familiar with the matter"). */
const INNER_PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'on']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which', 'that', 'this', 'some', 'many', 'others', 'both', 'each', 'most', 'few', 'several', 'one']);
/** Words of a name that are not nouns: "Rep. Darrell Issa, R-Calif.", "Trump's". */
const isNamePunctuation = (token: Token): boolean => token.text === '-' || token.text === '.' || token.text === '&';
const MOST_SOURCE_TOKENS = 12;
const NOT_NAMES = new Set(['PRON', 'DET', 'ADP', 'ADV', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'INTJ']);
/** The tagger takes some names for verbs ("Cook said", "Ted Cruz said"): a capitalised word of another kind is read as a name. */
const isCapitalised = (token: Token): boolean => upperFirst(token.text) && !NOT_NAMES.has(token.pos);

/**
 * The noun phrase ending at token `last` (a speaker before its verb): `[first, last]`, or
 * undefined when `last` ends none. Walks left over determiners, adjectives, nouns, names,
 * possessives, "and" between names, and prepositions inside a description; no further than `floor`.
 */
export function phraseEndingAt(tokens: readonly Token[], last: number, floor: number): [number, number] | undefined {
  const head = tokens[last];
  if (!head || last < floor) return undefined;
  const word = head.text.toLowerCase();
  if (head.pos === 'PRON' || head.pos === 'DET') return SUBJECT_PRONOUNS.has(word) ? [last, last] : undefined;
  if (!NOUNISH.has(head.pos) && !isCapitalised(head)) return undefined;
  let first = last;
  for (let k = last - 1; k >= floor && last - k < MOST_SOURCE_TOKENS; k -= 1) {
    const token = tokens[k] as Token;
    const word = token.text.toLowerCase();
    if (MODIFIER.has(token.pos) || token.pos === 'PART' || (token.pos === 'PRON' && /^(his|her|their|its|our|my|your)$/.test(word)) || isCapitalised(token)) first = k;
    else if (isNamePunctuation(token) && k > floor && (tokens[k - 1] as Token).pos === 'PROPN') continue;
    else if ((INNER_PREPOSITIONS.has(word) && token.pos === 'ADP') || (word === 'and' && NOUNISH.has((tokens[k - 1] as Token | undefined)?.pos ?? ''))) continue;
    else break;
  }
  // Never start on a preposition, a conjunction or a name's punctuation.
  while (first < last && !MODIFIER.has((tokens[first] as Token).pos) && (tokens[first] as Token).pos !== 'PRON' && !isCapitalised(tokens[first] as Token)) first += 1;
  return [first, last];
}

/** The noun phrase starting at token `first` (a speaker after its verb, "said Rep. Darrell Issa"), up to `end`. */
export function phraseStartingAt(tokens: readonly Token[], first: number, end: number): [number, number] | undefined {
  const start = tokens[first];
  if (!start || first >= end) return undefined;
  if (start.pos === 'PRON') return SUBJECT_PRONOUNS.has(start.text.toLowerCase()) ? [first, first] : undefined;
  let last = -1;
  for (let k = first; k < end && k - first < MOST_SOURCE_TOKENS; k += 1) {
    const token = tokens[k] as Token;
    const word = token.text.toLowerCase();
    if (MODIFIER.has(token.pos) || token.pos === 'PART' || (token.pos === 'PRON' && /^(his|her|their|its|our|my|your)$/.test(word))) {
      if (NOUNISH.has(token.pos)) last = k;
    } else if (isNamePunctuation(token) && last === k - 1 && (tokens[k + 1] as Token | undefined)?.pos === 'PROPN') continue;
    else if (token.text === '.' && last === k - 1) continue;
    else if (last >= 0 && ((INNER_PREPOSITIONS.has(word) && token.pos === 'ADP') || word === 'and')) continue;
    else break;
  }
  return last >= 0 ? [first, last] : undefined;
}
