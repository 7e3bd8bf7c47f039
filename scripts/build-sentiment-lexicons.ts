/**
 * Writes the two sentiment lexicons newslens ships, reproducibly:
 *
 *   npx tsx scripts/build-sentiment-lexicons.ts
 *
 * src/data/lexicons/sentiment-vader.json: the VADER lexicon (Hutto & Gilbert, ICWSM 2014; MIT,
 * cjhutto/vaderSentiment) as its JavaScript port ships it (npm vader-sentiment 1.1.3,
 * Apache-2.0, a development dependency only). Each entry is the mean of ten raters' valence
 * on -4..4. Emoticons are dropped: news prose has none, and their punctuation would match
 * ordinary tokens.
 *
 * src/data/lexicons/sentiment-wink.json: wink-nlp's sentiment lexicon (wink-eng-lite-web-model,
 * MIT), which the model keeps only as an automaton keyed on its vocabulary, so wink reports a
 * sentence's score but never the words behind it. The automaton is decoded here: a state's
 * transitions are keyed on the vocabulary index of a token's normal form, the key 2070003
 * ("otherwise") leads to a shorter phrase that is a prefix of a longer one, and a terminal
 * state's name is the score times 1000. Scores are put on AFINN's -5..5 scale. Entries named
 * "0" are kept with valence 0: wink swallows those phrases ("kind of", "for good") so that
 * their words do not count. The 26 entries whose sign contradicts AFINN-165 ("killing"
 * +3.1, "ominous" -3.4) are left out: they are wink's re-scoring errors, and a reader would
 * see them as evidence.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Lexicon } from '../src/data/lexicon.js';

const require = createRequire(import.meta.url);
const WORDS = /^[a-z0-9][a-z0-9'-]*( [a-z0-9][a-z0-9'-]*)*$/;
const byPhrase = ([a]: [string, number], [b]: [string, number]): number => (a < b ? -1 : a > b ? 1 : 0);

function write(name: string, file: Lexicon<[string, number]>): void {
  writeFileSync(new URL(`../src/data/lexicons/${name}`, import.meta.url), `${JSON.stringify(file).replace(/\],\[/g, '],\n[')}\n`);
  console.log(`${name}: ${file.entries.length} entries`);
}

function vaderEntries(): [string, number][] {
  const { lexicon } = require('vader-sentiment/src/vader_lexicon.js') as { lexicon: Record<string, number> };
  return Object.entries(lexicon)
    .filter(([phrase]) => WORDS.test(phrase))
    .map(([phrase, valence]): [string, number] => [phrase, Math.round(valence * 100) / 100])
    .sort(byPhrase);
}

const OTHERWISE = '2070003';

/** Every phrase the automaton accepts, as vocabulary indexes, with its terminal state's name. */
function decodeAutomaton(fsm: Record<string, Record<string, number>>, terminals: Record<string, string>): { ids: number[]; name: string }[] {
  const found: { ids: number[]; name: string }[] = [];
  const stack: [number, number[]][] = [[0, []]];
  while (stack.length > 0) {
    const [state, ids] = stack.pop() as [number, number[]];
    const name = terminals[state];
    if (name !== undefined) {
      found.push({ ids, name });
      continue;
    }
    const transitions = fsm[state] ?? {};
    const shorter = transitions[OTHERWISE];
    if (shorter !== undefined && state !== 0 && terminals[shorter] !== undefined) found.push({ ids, name: terminals[shorter] as string });
    for (const [event, next] of Object.entries(transitions)) if (event !== OTHERWISE) stack.push([next, [...ids, Number(event)]]);
  }
  return found;
}

function winkEntries(): [string, number][] {
  const core = (require('wink-eng-lite-web-model/dist/read-core-model.js') as () => { features: { lexeme: { list: string[] } } })();
  const vocabulary = core.features.lexeme.list;
  const model = JSON.parse((require('wink-eng-lite-web-model/dist/languages/cur/models/eng-sa-model.json') as string[])[0] as string) as [number, number, Record<string, Record<string, number>>, Record<string, string>];
  const afinn = require('sentiment/languages/en/labels.json') as Record<string, number>;
  return decodeAutomaton(model[2], model[3])
    .map(({ ids, name }): [string, number] => [ids.map((id) => vocabulary[id]).join(' '), (Number(name) / 1000) * 5])
    .filter(([phrase, valence]) => WORDS.test(phrase) && !(afinn[phrase] !== undefined && afinn[phrase] * valence < 0))
    .map(([phrase, valence]): [string, number] => [phrase, Math.round(valence * 1000) / 1000])
    .sort(byPhrase);
}

write('sentiment-vader.json', {
  id: 'vader-lexicon',
  version: '1.1.3',
  source: 'VADER sentiment lexicon, Hutto & Gilbert, ICWSM 2014 (github.com/cjhutto/vaderSentiment, MIT), as shipped by npm vader-sentiment 1.1.3 (Apache-2.0); built by scripts/build-sentiment-lexicons.ts',
  licence: 'MIT',
  description: 'Word and phrase valence on -4..4, the mean of ten human raters; emoticons left out.',
  entries: vaderEntries(),
});

write('sentiment-wink.json', {
  id: 'wink-sentiment',
  version: (require('wink-eng-lite-web-model/package.json') as { version: string }).version,
  source: "wink-nlp's sentiment lexicon, decoded from wink-eng-lite-web-model's automaton (github.com/winkjs/wink-eng-lite-web-model, MIT) by scripts/build-sentiment-lexicons.ts",
  licence: 'MIT',
  description: 'Word and phrase valence on -5..5 (wink scores times 5); valence 0 marks a phrase wink reads as neutral so that its words do not count ("kind of"); entries whose sign contradicts AFINN-165 left out.',
  entries: winkEntries(),
});
