import { loadOnce, readDataFile } from '../../data/load.js';
import type { Lexicon } from '../../data/lexicon.js';
import type { NewsDocument, Token } from '../../document/document.js';
import { PatternIndex } from '../../shared/patterns.js';
import { speechCues } from '../../shared/speech-cues.js';
import { SHORT_QUOTATION_WORDS, tokenQuote } from '../../shared/voices.js';
import { mapPacked } from '../../shared/arrays.js';

/** src/data/lexicons/bias-rules.json: the rules beside the word lists. */
interface RulesFile extends Lexicon<never> {
  negators: string[];
  negationReach: number;
  notMarkers: string[];
  passiveExclusions: string[];
}

interface Rules {
  file: RulesFile;
  negators: Set<string>;
  notMarkers: PatternIndex<true>;
  exclusions: Set<string>;
}

export function biasRules(): Rules {
  return loadOnce('bias-rules', () => {
    const file = readDataFile<RulesFile>('lexicons/bias-rules.json');
    return {
      file,
      negators: new Set(file.negators),
      notMarkers: PatternIndex.of(mapPacked(file.notMarkers, (match) => ({ match, entry: true as const }))),
      exclusions: new Set(file.passiveExclusions),
    };
  });
}

const isClauseBreak = (token: Token): boolean => token.kind === 'punctuation' && /^[,;:.!?()—–]$/.test(token.text);
/** A past participle as wink tags it: a verb whose form is not its lemma and not an -ing form. */
const isParticiple = (token: Token): boolean => token.pos === 'VERB' && token.lemma !== undefined && token.text.toLowerCase() !== token.lemma && !/ing$/i.test(token.text);

/**
 * Agentless passives in tokens `from`..`to`: a form of "be" or "get", at most three adverbs or
 * "not", a past participle, and no "by" before the clause ends. Returns [first, last] token pairs.
 */
export function agentlessPassives(tokens: readonly Token[], from: number, to: number): [number, number][] {
  const { exclusions } = biasRules();
  const found: [number, number][] = [];
  for (let k = from; k < to; k += 1) {
    const auxiliary = tokens[k] as Token;
    if (auxiliary.pos !== 'AUX' || (auxiliary.lemma !== 'be' && auxiliary.lemma !== 'get')) continue;
    let v = k + 1;
    while (v < to && v - k <= 3 && ((tokens[v] as Token).pos === 'ADV' || (tokens[v] as Token).pos === 'PART')) v += 1;
    const verb = tokens[v];
    if (!verb || v >= to || !isParticiple(verb) || exclusions.has(verb.lemma as string)) continue;
    let agent = false;
    for (let j = v + 1; j < to && !isClauseBreak(tokens[j] as Token); j += 1) if ((tokens[j] as Token).lemma === 'by') agent = true;
    if (!agent) found.push([k, v]);
    k = v;
  }
  return found;
}

const OPENING = new Set(['“', '"', '‘']);

const CLOSING: Record<string, string> = { '“': '”', '"': '"', '‘': '’' };

/**
 * Scare quotes in tokens `from`..`to`: one to three words in quotation marks that no speech
 * verb, colon or naming word introduces, that no attribution claims (`Smith called the plan
 * "reckless"` quotes Smith), that are not a name or title, and that are not the whole
 * sentence. Returns [first, last] pairs, the quotation marks included.
 */
export function scareQuotes(doc: NewsDocument, from: number, to: number): [number, number][] {
  const { tokens } = doc;
  const speech = speechCues().attribution;
  const found: [number, number][] = [];
  for (let k = from; k < to; k += 1) {
    const open = (tokens[k] as Token).text;
    // A quotation mark is one character: a longer token's text is not hashed to be looked up (every token is tried).
    if (open.length !== 1 || !OPENING.has(open)) continue;
    let close = k + 1;
    while (close < to && close - k <= SHORT_QUOTATION_WORDS + 1 && (tokens[close] as Token).text !== CLOSING[open]) close += 1;
    const words = close - k - 1;
    if (close >= to || (tokens[close] as Token).text !== CLOSING[open] || words < 1 || words > SHORT_QUOTATION_WORDS) continue;
    const inside = tokens.slice(k + 1, close);
    if (inside.some((token) => token.kind !== 'word')) continue;
    // A quoted name or title ("Medicare for All", “The Apprentice”) is named, not doubted.
    if (inside.some((token) => token.pos === 'PROPN') || inside.every((token) => token.text.charAt(0) !== token.text.charAt(0).toLowerCase())) continue;
    const introduced = tokens.slice(Math.max(from, k - 3), k).some((token) => speech.has(token.lemma ?? token.text.toLowerCase()));
    const whole = k === from && close === to - 1;
    const quote = tokenQuote(doc, k + 1);
    const attributed = quote !== undefined && (quote.cue !== null || quote.source !== null);
    if (!introduced && !whole && !attributed) found.push([k, close]);
    k = close;
  }
  return found;
}
