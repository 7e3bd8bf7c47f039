import type { NewsDocument, Sentence, Token } from '../../document/document.js';
import type { PatternMatch } from '../../shared/patterns.js';
import { spelledTokens } from '../../shared/vocabulary.js';
import type { CueTarget, FrameLexicons } from './lexicons.js';
import type { FrameCue } from './types.js';
import { tokenVoice } from '../../shared/voices.js';

/**
 * A cue as the counts read it: the finding, the lexicon target it matched (its keys) and its
 * words in lower case, worked out once rather than for the article and again for its section.
 */
export interface ReadCue {
  cue: FrameCue;
  target: CueTarget;
  word: string;
}

/**
 * Every frame cue in one sentence, in text order. Cues of one frame item (one key) never
 * overlap: at each word the longest match of that key wins and covers its words. Cues of
 * different items may share words: "blame" is a reproach (conflict) and individual
 * responsibility.
 */
export function sentenceCues(doc: NewsDocument, sentence: Sentence, lexicons: FrameLexicons): ReadCue[] {
  const { tokens } = doc;
  const from = sentence.tokenStart;
  const to = sentence.tokenEnd;
  const spelled = spelledTokens(tokens);
  const coveredTo = new Map<string, number>();
  const cues: ReadCue[] = [];
  for (let k = from; k < to; k += 1) {
    const matches = lexicons.index.matchAt(tokens, spelled, k, to);
    if (matches.length === 0) continue;
    for (const { entry, last } of longestByKey(matches, coveredTo, k)) {
      coveredTo.set(entry.key, last);
      const start = (tokens[k] as Token).start;
      const end = (tokens[last] as Token).end;
      const { voice, quote } = tokenVoice(doc, k);
      const text = doc.text.slice(start, end);
      const cue: FrameCue = { start, end, text, voice, category: 'frame', scheme: entry.scheme, frame: entry.frame, explanation: entry.why, lexicon: entry.lexicon };
      if (entry.item !== undefined) cue.item = entry.item;
      if (quote !== undefined) cue.quote = quote;
      cues.push({ cue, target: entry, word: text.toLowerCase() });
    }
  }
  return cues;
}

/**
 * The matches kept at token `k`: per key not covered there, the longest (the first of equals),
 * keys in the order they first match. A word matches a few patterns: the kept ones are looked
 * through, where a map by key, iterated, made an entry array per cue.
 */
function longestByKey(matches: readonly PatternMatch<CueTarget>[], coveredTo: ReadonlyMap<string, number>, k: number): readonly PatternMatch<CueTarget>[] {
  // Most words match one pattern: its list is the answer.
  if (matches.length === 1) return (coveredTo.get((matches[0] as PatternMatch<CueTarget>).entry.key) ?? -1) >= k ? NONE : matches;
  const kept: PatternMatch<CueTarget>[] = [];
  for (const match of matches) {
    const { key } = match.entry;
    if ((coveredTo.get(key) ?? -1) >= k) continue;
    let place = 0;
    while (place < kept.length && (kept[place] as PatternMatch<CueTarget>).entry.key !== key) place += 1;
    if (place === kept.length) kept.push(match);
    else if (match.last > (kept[place] as PatternMatch<CueTarget>).last) kept[place] = match;
  }
  return kept;
}

const NONE: never[] = [];
