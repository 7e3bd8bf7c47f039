/**
 * Writes src/data/lexicons/bias-packages.json from three MIT word lists by Titus Wormer, development
 * dependencies only, reproducibly:
 *
 *   npx tsx scripts/build-bias-package-lists.ts
 *
 * npm hedges@2.0.1 (possible English hedge words), weasels@2.0.1 (weasel words), fillers@2.0.1
 * (filler words), all MIT. Every word of the three lists is kept with the lists it comes from;
 * `use` is false for words that are ordinary news vocabulary ("say", "can", "many", "up") and so
 * mark nothing in a report, and for words a newslens bias lexicon already covers (that lexicon's
 * explanation is more specific). Used words mark as hedges (from `hedges`) or boosters (from
 * `weasels` and `fillers`, which are mostly vague intensifiers).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fillers } from 'fillers';
import { hedges } from 'hedges';
import { weasels } from 'weasels';
import { writePackedPatterns } from './pack-patterns.js';

/** Words in the lists that a news report uses neutrally: reporting, quantity, time, place, function words. */
const NEWS_NEUTRAL = new Set(
  `a lot about acts again all already also and all that and so forth anyway appear appeared appears approximately are a number around
  even especially particularly increasingly assume assumed assumes assumption back be able to began begin believe believed believes bit bunch can certain clear close combats
  consider considered considers couple decided diagnostic doubt down effective efficient enough estimate estimated estimates et cetera
  expert experts far felt few find finds found frequently gains generally guess guessed guesses heard helps improved indicate is a number
  is like just knew like linked to little looked looks lots many mainly more or less most mostly much must necessarily noticed occasionally
  often ok okay only outside the box over overall own possibility possible primarily read real right saw say says several should smelled
  so some somebody someone something somewhere sometimes sort specifically start started still stuff suggest suggested suggests supports
  supposed that then things at least almost so far better recognized recognised rather significantly substantially rare tiny exactly precisely fully ultimately partially slightly roughly effectively easily actual think thinks thought touched try typically understand understands understood up useful usually various
  wanted watched well whatever whenever wherever whoever will wished wondered works would`
    .split(/\s+/)
    .filter(Boolean),
);
const MULTI = ['a bit', 'at least', 'so far', 'consistent with', 'a lot', 'and all that', 'and so forth', 'are a number', 'be able to', 'et cetera', 'is a number', 'is like', 'linked to', 'more or less', 'outside the box'];
const neutral = (word: string): boolean => NEWS_NEUTRAL.has(word) || MULTI.includes(word);

interface Entry {
  match: string;
  lists: string[];
  use: boolean;
  type: string;
  why: string;
}

const ownPhrases = new Set<string>();
function coveredByOwnLexicons(): Set<string> {
  const covered = new Set<string>();
  for (const name of ['epistemological', 'reporting', 'vague-attribution', 'loaded-labels', 'evaluative', 'boosters', 'speculation', 'informal']) {
    const file = JSON.parse(readFileSync(new URL(`../src/data/lexicons/bias-${name}.json`, import.meta.url), 'utf8')) as { entries: { match: string }[] };
    for (const { match } of file.entries) if (match.includes(' ')) ownPhrases.add(match);
    for (const { match } of file.entries) for (const alt of match.replace(/@[A-Z,]+/g, '').split(' ')[0]!.split('|')) if (!match.includes(' ')) covered.add(alt);
  }
  return covered;
}

const covered = coveredByOwnLexicons();
/** A word an own lexicon has, as written or as an inflection of its lemma (seems, realised) or as a multi-word entry. */
const isCovered = (word: string): boolean =>
  covered.has(word) || [/s$/, /d$/, /ed$/].some((end) => covered.has(word.replace(end, ''))) || ownPhrases.has(word);
const lists: [string, readonly string[]][] = [['hedges', hedges], ['weasels', weasels], ['fillers', fillers]];
const byWord = new Map<string, string[]>();
for (const [name, words] of lists) for (const word of words) byWord.set(word, [...(byWord.get(word) ?? []), name]);
const entries: Entry[] = [...byWord.entries()]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([word, from]) => {
    const hedge = from.includes('hedges');
    return {
      match: word,
      lists: from,
      use: !neutral(word) && !isCovered(word),
      type: hedge ? 'hedge' : 'vague_intensifier',
      why: hedge
        ? `hedge: '{text}' softens commitment to the claim (npm hedges list)`
        : `vague intensifier: '{text}' adds emphasis or vagueness without information (npm ${from.join('/')} list)`,
    };
  });

const file = {
  id: 'newslens/bias-packages',
  version: '0.1.0',
  source: 'npm hedges@2.0.1, weasels@2.0.1 and fillers@2.0.1 by Titus Wormer (MIT), selected for news by scripts/build-bias-package-lists.ts',
  licence: 'MIT',
  description:
    'The three MIT word lists retext-equality\'s author keeps for writing style, every word with the lists it comes from. use=false marks words that are ordinary news vocabulary or that a newslens bias lexicon already explains; used hedges mark in the epistemological category, used weasel and filler words in the booster category.',
  categories: { hedge: 'epistemological', vague_intensifier: 'booster' },
  entries,
};
writeFileSync(new URL('../src/data/lexicons/bias-packages.json', import.meta.url), `${JSON.stringify(file, null, 1).replace(/\n  +/g, ' ').replace(/\n \}/g, ' }')}\n`);
// The compiled patterns a process loads are made from the lists.
writePackedPatterns();
console.log(`bias-packages.json: ${entries.length} entries, ${entries.filter((e) => e.use).length} used`);
