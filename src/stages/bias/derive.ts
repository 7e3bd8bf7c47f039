import type { BiasEntry, BiasLexiconFile } from './lexicons.js';

/**
 * Entries derived from a lexicon's evaluative adjectives: the manner adverb and the quality
 * noun carry the adjective's verdict ("callous" → "callously", "callousness"), so a list names
 * the adjective once and its derivations follow English spelling rules.
 */
export interface Derivation {
  /** Entry types whose single-word matches are adjectives to derive from. */
  from: string[];
  /** Entry type of the derived adverbs. */
  adverb: string;
  /** Entry type of the derived nouns. */
  noun: string;
}

const VOWEL_Y = /[aeiou]y$/;

/** "brutal" → "brutally", "hysteric" → "hysterically", "feeble" → "feebly", "sloppy" → "sloppily". */
export function adverbOf(adjective: string): string {
  if (adjective.endsWith('ic')) return `${adjective}ally`;
  if (adjective.endsWith('ll')) return `${adjective}y`;
  if (/[^aeiou]le$/.test(adjective)) return `${adjective.slice(0, -1)}y`;
  if (adjective.endsWith('y') && !VOWEL_Y.test(adjective)) return `${adjective.slice(0, -1)}ily`;
  return `${adjective}ly`;
}

/** "callous" → "callousness", "sloppy" → "sloppiness". */
export function nounOf(adjective: string): string {
  return adjective.endsWith('y') && !VOWEL_Y.test(adjective) ? `${adjective.slice(0, -1)}iness` : `${adjective}ness`;
}

/** The derived entries of `file` that no list already spells (`spelled`: every plain match). */
export function derivedEntries(file: BiasLexiconFile, spelled: ReadonlySet<string>): BiasEntry[] {
  const derivation = file.derive;
  if (!derivation) return [];
  const from = new Set(derivation.from);
  const entries: BiasEntry[] = [];
  for (const { match, type } of file.entries) {
    if (!from.has(type) || !/^\p{Ll}+$/u.test(match)) continue;
    const adverb = adverbOf(match);
    const noun = nounOf(match);
    if (!spelled.has(adverb)) entries.push({ match: adverb, type: derivation.adverb, why: `evaluative adverb: '{text}', from the evaluative adjective '${match}', tells the reader how to judge the action it describes` });
    if (!spelled.has(noun)) entries.push({ match: noun, type: derivation.noun, why: `evaluative noun: '{text}', from the evaluative adjective '${match}', names a quality with a verdict on it; a report would give the facts that led to it` });
  }
  return entries;
}
