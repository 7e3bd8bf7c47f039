import type { Token } from '../../document/document.js';
import type { NameSpan } from './consistency.js';
import { wordLexicon } from './lexicon.js';
import { NUMBER_LIKE } from './text-flags.js';
import { kindsOf } from './gazetteer.js';
import { upperFirst } from '../../shared/letter-classes.js';
import type { AnnotatedSentence } from './sentences.js';

/**
 * Results and standings lines ("Grimsby 0 Portsmouth 1", "Livingston 3 3 0 0 6 2 9",
 * "NEW YORK 74 59 .556") and fixtures ("Bolton v Wigan", "CLEVELAND AT TEXAS"): in these, a
 * capitalised name directly before a score, or on either side of "v"/"vs"/"at", is a team
 * (an organisation), even when it is also a place. A name that starts with a given name is
 * left to the tagger: athletes in results lists are people ("Tiger Woods 68 70").
 */
const MIN_NUMBER_SHARE = 0.4;
const FIXTURE_WORDS = new Set(['v', 'v.', 'vs', 'vs.', 'versus', 'at']);

/** Whether token i of a sentence (none past its end) is a number or score (text-flags.ts NUMBER_LIKE), asked of every token. */
function isNumber(textIds: Int32Array, i: number): boolean {
  return i < textIds.length && (wordLexicon().flags(textIds[i] as number) & NUMBER_LIKE) !== 0;
}
const isNameWord = (token: Token | undefined): boolean => token !== undefined && token.kind === 'word' && upperFirst(token.text) && !FIXTURE_WORDS.has(token.text.toLowerCase());

/** Runs of capitalised words as [first, last] token indexes. */
function nameRuns(tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isNameWord(tokens[i])) continue;
    let last = i;
    while (isNameWord(tokens[last + 1]) || (tokens[last + 1]?.text === '&' && isNameWord(tokens[last + 2]))) last += tokens[last + 1]?.text === '&' ? 2 : 1;
    runs.push([i, last]);
    i = last;
  }
  return runs;
}

export function teamsInTables(sentences: readonly AnnotatedSentence[]): NameSpan[] {
  const teams: NameSpan[] = [];
  sentences.forEach(({ view }, s) => {
    const { tokens, lowers, textIds } = view;
    // At least two numbers: a dateline ("LONDON 1996-08-30") is not a table. One walk counts the
    // numbers and looks for a fixture word (no number is one), as every sentence is asked.
    let numbers = 0;
    let fixtureWord = false;
    for (let i = 0; i < tokens.length; i += 1) {
      if (isNumber(textIds, i)) numbers += 1;
      else if (!fixtureWord && FIXTURE_WORDS.has(lowers[i] as string)) fixtureWord = true;
    }
    if (numbers < 2 && !fixtureWord) return;
    // A fixture line holds the sides, the fixture word and numbers or punctuation, nothing else.
    const fixture = tokens.length <= 12 && tokens.some((token) => FIXTURE_WORDS.has(token.text.toLowerCase())) && tokens.every((token) => token.kind !== 'word' || isNameWord(token) || FIXTURE_WORDS.has(token.text.toLowerCase()) || view.caseless);
    if (numbers < MIN_NUMBER_SHARE * tokens.length && !fixture) return;
    for (const [first, last] of nameRuns(tokens)) {
      const before = tokens[first - 1]?.text.toLowerCase() ?? '';
      const after = tokens[last + 1];
      const scored = numbers >= MIN_NUMBER_SHARE * tokens.length && isNumber(textIds, last + 1);
      const facing = fixture && (FIXTURE_WORDS.has(before) || FIXTURE_WORDS.has(after?.text.toLowerCase() ?? ''));
      if (!scored && !facing) continue;
      if (kindsOf((tokens[first] as Token).text.toLowerCase())?.has('given') && last > first) continue;
      teams.push({ sentence: s, first, last, cls: 'ORG' });
    }
  });
  return teams;
}
