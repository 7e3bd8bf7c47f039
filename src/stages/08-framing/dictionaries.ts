import type { LexiconInfo } from '../../data/lexicon.js';
import { type CueTarget, extendedLexicons, type FrameLexicons, frameLexicons, keyOf } from './lexicons.js';
import { mapPacked } from '../../shared/arrays.js';

/** A user's frame dictionary as JSON: cue patterns in the built-in lexicons' syntax (docs/FRAMING.md). */
export interface FrameDictionary {
  id: string;
  version?: string;
  source?: string;
  licence?: string;
  /** Cue patterns; or, instead, `dic`: the text of a LIWC-style `.dic` file. */
  entries?: { match: string; frame: string; item?: string; why?: string; scheme?: 'generic' | 'policy' | 'custom' }[];
  dic?: string;
}

/** A dictionary as an object, or the bare text of a LIWC-style `.dic` file. */
export type DictionaryInput = FrameDictionary | string;

export interface ResolvedDictionary {
  info: LexiconInfo;
  targets: { match: string; entry: CueTarget }[];
}

type Entry = NonNullable<FrameDictionary['entries']>[number];

const fail = (where: string, message: string): never => {
  throw new TypeError(`newslens.detectFrames(text, options): ${where} ${message}`);
};

/**
 * Which scheme a user cue belongs to: the one named, else the generic scheme when it names an
 * item, else the policy scheme when its frame is a policy frame, else a frame of its own.
 */
function targetOf(entry: Entry, where: string, lexicon: { id: string; source: string }): CueTarget {
  const { generic, policy } = frameLexicons();
  const genericFrame = generic.frames.find((frame) => frame.id === entry.frame);
  const isPolicy = policy.frames.some((frame) => frame.id === entry.frame && frame.id !== 'other');
  if (entry.scheme !== undefined && !['generic', 'policy', 'custom'].includes(entry.scheme)) fail(where, `names the scheme ${JSON.stringify(entry.scheme)}: a scheme is 'generic', 'policy' or 'custom'`);
  const scheme = entry.scheme ?? (entry.item !== undefined && genericFrame ? 'generic' : isPolicy ? 'policy' : genericFrame ? 'generic' : 'custom');
  if (scheme === 'generic') {
    const items = genericFrame?.items?.map((item) => item.id) ?? fail(where, `names the generic frame '${entry.frame}', which does not exist: the generic frames are ${mapPacked(generic.frames, (frame) => frame.id).join(', ')}`);
    if (entry.item === undefined || !items.includes(entry.item)) fail(where, `is a cue of the generic frame '${entry.frame}' and needs an item: one of ${items.join(', ')}`);
  } else if (scheme === 'policy' && !isPolicy) {
    fail(where, `names the policy frame '${entry.frame}', which does not exist or has no cues ('other')`);
  }
  const why = entry.why ?? `${entry.frame}${entry.item ? ` / ${entry.item}` : ''}: a cue of the user dictionary ${lexicon.id}`;
  return { scheme, frame: entry.frame, item: scheme === 'generic' ? entry.item : undefined, key: keyOf(scheme, entry.frame, scheme === 'generic' ? entry.item : undefined), frameKey: keyOf(scheme, entry.frame), why, lexicon };
}

const PATTERN_SYNTAX = /[|?@()]/;

/**
 * The entries of a LIWC-style `.dic` file: a header between `%` lines maps category numbers to
 * names, then each line is a word or phrase (`word*` a prefix) and its category numbers. A
 * category named `frame/item` is a generic frame's item.
 */
export function parseDic(text: string, where: string): Entry[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const marks = lines.flatMap((line, index) => (line.trim() === '%' ? [index] : []));
  if (marks.length < 2) fail(where, 'is not a LIWC .dic file: it needs a category header between two lines holding only %');
  const [open, close] = marks as [number, number];
  const categories = new Map<string, { frame: string; item?: string }>();
  for (let index = open + 1; index < close; index += 1) {
    const line = (lines[index] as string).trim();
    if (line === '') continue;
    const [number, name, extra] = line.split(/\s+/);
    if (!number || !name || extra !== undefined || !/^\d+$/.test(number)) fail(where, `line ${index + 1}: a category line is a number and a name, received ${JSON.stringify(line)}`);
    const [frame, item] = (name as string).split('/');
    categories.set(number as string, { frame: frame as string, item });
  }
  const entries: Entry[] = [];
  for (let index = close + 1; index < lines.length; index += 1) {
    const line = (lines[index] as string).trim();
    if (line === '') continue;
    // The word or phrase, then its category numbers: tab-separated, or the trailing numbers of the line.
    const words = line.replace(/\t/g, ' ').split(/\s+/);
    const tab = line.indexOf('\t');
    let split = tab >= 0 ? line.slice(0, tab).trim().split(/\s+/).length : words.length;
    if (tab < 0) while (split > 1 && /^\d+$/.test(words[split - 1] as string)) split -= 1;
    const phrase = words.slice(0, split).join(' ').toLowerCase();
    const numbers = words.slice(split);
    if (numbers.some((number) => !/^\d+$/.test(number))) fail(where, `line ${index + 1}: category numbers must be whole numbers, received ${JSON.stringify(line)}`);
    if (numbers.length === 0 || PATTERN_SYNTAX.test(phrase) || /\*(?!$|\s)/.test(phrase)) fail(where, `line ${index + 1}: expected a word or phrase (a trailing * for a prefix) and category numbers, received ${JSON.stringify(line)}`);
    for (const number of numbers) {
      const category = categories.get(number) ?? fail(where, `line ${index + 1}: category ${number} is not in the header`);
      entries.push({ match: phrase, frame: category.frame, item: category.item });
    }
  }
  return entries;
}

/** Checks and resolves `options.dictionaries`; an error names the dictionary, entry or line at fault. */
export function resolveDictionaries(value: unknown): ResolvedDictionary[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail('options.dictionaries', `must be an array of dictionaries (objects, or the text of .dic files), received ${typeof value}`);
  return mapPacked((value as unknown[]), (input, n) => {
    const where = `options.dictionaries[${n}]`;
    const dictionary: FrameDictionary = typeof input === 'string' ? { id: `dictionary-${n + 1}`, source: 'user dictionary (LIWC .dic)', dic: input } : (input as FrameDictionary);
    if (typeof dictionary !== 'object' || dictionary === null || typeof dictionary.id !== 'string' || dictionary.id === '') fail(where, 'must be the text of a .dic file or an object with a non-empty string id');
    const info: LexiconInfo = { id: dictionary.id, version: dictionary.version ?? 'user', source: dictionary.source ?? 'user dictionary', licence: dictionary.licence ?? 'user' };
    const lexicon = { id: info.id, source: info.source };
    const entries = typeof dictionary.dic === 'string' ? parseDic(dictionary.dic, where) : Array.isArray(dictionary.entries) ? dictionary.entries : fail(where, 'needs entries (an array) or dic (the text of a .dic file)');
    const targets = mapPacked(entries, (entry, e) => {
      const at = `${where}.entries[${e}]`;
      if (typeof entry !== 'object' || entry === null || typeof entry.match !== 'string' || entry.match.trim() === '' || typeof entry.frame !== 'string' || entry.frame === '') fail(at, 'needs a non-empty string match and frame');
      return { match: entry.match, entry: targetOf(entry, at, lexicon) };
    });
    return { info, targets };
  });
}

/** The built-in frame lexicons with the user's dictionaries (checked first) added. */
export function lexiconsWith(dictionaries: unknown): FrameLexicons {
  return extendedLexicons(resolveDictionaries(dictionaries));
}
