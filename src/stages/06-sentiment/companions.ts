/**
 * What is said of a person through what is theirs: "X and his cronies", "X's henchmen", "X's
 * triumph". A word judging the people or things a name owns or leads judges the name too,
 * whatever the clause's verb says ("Boehner and his cronies are celebrating" disparages
 * Boehner), so its sign sets the direction of the target's tone (tone.ts).
 */
import type { Token } from '../../document/document.js';
import type { ValenceHit } from '../../shared/sentence-sentiment/valence.js';

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its']);
/** Words joining a name to its own people: "X and his aides", "X, his aides", "X with his aides". */
const JOINERS = new Set(['and', ',', 'with', '&']);
/** Parts of speech of the modifiers before a short noun phrase's nouns ("loyal", "most trusted"). */
const MODIFIER_POS = new Set(['ADJ', 'ADV', 'VERB']);
/** How many words such a phrase reads. */
const PHRASE_WORDS = 3;

/**
 * The sign (-1, 0 or 1) of the lexicon words of the noun phrase a target owns, right after it
 * (`X's cronies`, `X and his cronies`, or the target "his" in `his cronies`): 0 when there is no such phrase or it holds no evidence.
 * `last` is the target's last token, `end` the sentence's token end, `hits` the evidence hits
 * in the target's scope.
 */
export function possessedSign(tokens: readonly Token[], last: number, end: number, hits: readonly ValenceHit[]): number {
  let from = last + 1;
  const next = tokens[from];
  if (!next || from >= end) return 0;
  if (POSSESSIVE_DETERMINERS.has((tokens[last] as Token).text.toLowerCase())) {
    // The target is itself "his" or "her": the phrase follows it.
  } else if (/^['’]s?$/.test(next.text)) from += 1;
  else if (JOINERS.has(next.text.toLowerCase()) && from + 1 < end && POSSESSIVE_DETERMINERS.has((tokens[from + 1] as Token).text.toLowerCase())) from += 2;
  else return 0;
  // Modifiers, then nouns: the phrase ends after its last noun, before the clause's verb.
  let to = from;
  while (to < end && to - from < PHRASE_WORDS && MODIFIER_POS.has((tokens[to] as Token).pos)) to += 1;
  const nouns = to;
  while (to < end && to - from < PHRASE_WORDS && (tokens[to] as Token).pos === 'NOUN') to += 1;
  if (to === nouns) return 0;
  let sum = 0;
  for (const hit of hits) if (hit.first >= from && hit.last < to) sum += hit.weight;
  return Math.sign(sum);
}
