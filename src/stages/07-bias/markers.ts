import type { NewsDocument, Sentence, Token } from '../../document/document.js';
import { type BiasMatch, biasLexicons } from './lexicons.js';
import { spelledTokens, type SpelledTokens } from '../../shared/vocabulary.js';
import type { PatternMatch } from '../../shared/patterns.js';
import { agentlessPassives, biasRules, scareQuotes } from './structures.js';
import { tokenVoice } from '../../shared/voices.js';
import type { BiasCategory, BiasMarker } from './types.js';

/** How far back an attribution cue may stand before a label it attributes. */
const ATTRIBUTION_REACH = 6;

/** The explanations of the structural markers, with `{text}` where the marked words go, as a lexicon entry's `why`. */
const AGENTLESS_PASSIVE_WHY = 'agentless passive: "{text}" does not say who acted';
const SCARE_QUOTES_WHY = "scare quotes: {text} is set apart without being anyone's quoted words, which distances the writer from it";

/** Every bias marker in one sentence, in text order. */
export function sentenceMarkers(doc: NewsDocument, sentence: Sentence): BiasMarker[] {
  const { tokens } = doc;
  const from = sentence.tokenStart;
  const to = sentence.tokenEnd;
  const spelled = spelledTokens(tokens);
  const { index, attributionCues } = biasLexicons();
  const markers: BiasMarker[] = [];
  /**
   * A marker over tokens `first`..`last`, written out field by field: a spread followed by new
   * keys takes V8's slow path (docs/ARCHITECTURE.md, NewsDocument.span).
   */
  const marker = (first: number, last: number, category: BiasCategory, type: string, why: string, lexicon: { id: string; source: string }): BiasMarker => {
    const start = (tokens[first] as Token).start;
    const end = (tokens[last] as Token).end;
    const text = doc.text.slice(start, end);
    const { voice, quote } = tokenVoice(doc, first);
    const found: BiasMarker = { start, end, text, voice, category, type, explanation: explain(why, text), lexicon };
    if (quote !== undefined) found.quote = quote;
    return found;
  };
  // One marker per word: at each word the longest match wins, then the earlier lexicon; the
  // words a match covers start no other match. Phrases that are never markers claim theirs first.
  const rules = biasRules();
  for (let k = from; k < to; k += 1) {
    const never = rules.notMarkers.matchAt(tokens, spelled, k, to);
    if (never.length > 0) {
      k = lastOfLongest(never);
      continue;
    }
    const matches = index.matchAt(tokens, spelled, k, to);
    if (matches.length === 0) continue;
    const best = bestMatch(matches, tokens, spelled, from, k, rules);
    if (!best) continue;
    const { entry, last } = best;
    const found = marker(k, last, entry.category, entry.entry.type, entry.entry.why, { id: entry.file.id, source: entry.file.source });
    if (entry.file.attributionCues && attributed(tokens, spelled, from, k, last, attributionCues)) found.attributed = true;
    if (entry.file.negation !== 'drop' && negated(spelled, from, k, rules)) found.negated = true;
    markers.push(found);
    k = last;
  }
  const lexicon = { id: rules.file.id, source: rules.file.source };
  for (const [first, last] of agentlessPassives(tokens, from, to)) {
    markers.push(marker(first, last, 'agentless_passive', 'agentless_passive', AGENTLESS_PASSIVE_WHY, lexicon));
  }
  for (const [first, last] of scareQuotes(doc, from, to)) {
    markers.push(marker(first, last, 'scare_quotes', 'scare_quotes', SCARE_QUOTES_WHY, lexicon));
  }
  return markers.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The last token of the longest of some matches. */
function lastOfLongest(matches: readonly PatternMatch<unknown>[]): number {
  let last = -1;
  for (const match of matches) last = Math.max(last, match.last);
  return last;
}

/**
 * The marker of the matches at token `k`: of those not inside a hyphenated compound, nor of a
 * list whose negated markers are none, the longest, then the earliest lexicon's (the first of
 * equals). A loop, with no closures: those over `k` gave every token of the loop its own scope object.
 */
function bestMatch(matches: readonly PatternMatch<BiasMatch>[], tokens: readonly Token[], spelled: SpelledTokens, from: number, k: number, rules: ReturnType<typeof biasRules>): PatternMatch<BiasMatch> | undefined {
  let best: PatternMatch<BiasMatch> | undefined;
  for (const match of matches) {
    if (inCompound(tokens, k, match.last) || (match.entry.file.negation === 'drop' && negated(spelled, from, k, rules))) continue;
    if (!best || match.last > best.last || (match.last === best.last && match.entry.order < best.entry.order)) best = match;
  }
  return best;
}

/**
 * A lexicon entry's explanation of the words it marked: quoting them as they stand ("critics
 * said"), not the entry's pattern ("critic say"). A function replacement, so a "$" in the text is
 * only a dollar sign.
 */
function explain(why: string, text: string): string {
  return why.replace('{text}', () => text);
}

/**
 * A match that is only part of a hyphenated compound ("so" in "so-called", "rival" in
 * "arch-rival") is not the word on its own: a compound is marked only by a pattern that spells it.
 */
function inCompound(tokens: readonly Token[], first: number, last: number): boolean {
  const joined = (left: Token | undefined, right: Token | undefined): boolean => left !== undefined && right !== undefined && left.end === right.start;
  const hyphenAfter = tokens[last + 1]?.text === '-' && joined(tokens[last], tokens[last + 1]) && joined(tokens[last + 1], tokens[last + 2]);
  const hyphenBefore = tokens[first - 1]?.text === '-' && joined(tokens[first - 1], tokens[first]) && joined(tokens[first - 2], tokens[first - 1]);
  return hyphenAfter || hyphenBefore;
}

function negated(spelled: SpelledTokens, from: number, k: number, rules: ReturnType<typeof biasRules>): boolean {
  for (let j = k - 1; j >= Math.max(from, k - rules.file.negationReach); j -= 1) if (rules.negators.has(spelled.lower[j] as string)) return true;
  return false;
}

/** A label is attributed when a cue ("listed as", "so-called") stands just before it, or it is in quotation marks. */
function attributed(tokens: readonly Token[], spelled: SpelledTokens, from: number, first: number, last: number, cues: ReturnType<typeof biasLexicons>['attributionCues']): boolean {
  const before = tokens[first - 1]?.text ?? '';
  const after = tokens[last + 1]?.text ?? '';
  if ((before === '“' && after === '”') || (before === '"' && after === '"')) return true;
  for (let j = Math.max(from, first - ATTRIBUTION_REACH); j < first; j += 1) if (cues.matchAt(tokens, spelled, j, first).length > 0) return true;
  return false;
}
