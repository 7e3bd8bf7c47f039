import { spanKey } from './gazetteer.js';
import { upperFirst } from '../../shared/letter-classes.js';
import type { AnnotatedSentence } from './sentences.js';
import { CLASSES, type EntityClass } from './tags.js';
import { mapPacked } from '../../shared/arrays.js';

/** A tagged name: tokens `first`..`last` of sentence `sentence` (indexes into the annotated list). */
export interface NameSpan {
  sentence: number;
  first: number;
  last: number;
  cls: EntityClass;
}

/** Does a name that starts at token `first` go on through token `last` (continuation.ts)? */
function continuesTo(continues: Uint8Array, first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k += 1) if (continues[k] === 0) return false;
  return true;
}

/** Are the spans covering tokens first..last, if any, all shorter than it and wholly inside it? */
function coversOnlyInside(covered: readonly (NameSpan | undefined)[], first: number, last: number): boolean {
  for (let k = first; k <= last; k += 1) {
    const span = covered[k];
    if (span !== undefined && (span.first < first || span.last > last || (span.first === first && span.last === last))) return false;
  }
  return true;
}

/** A form without its leading "the": "The Constitution" and "the Constitution" are one name. */
export const withoutArticle = (form: string): string => (form.startsWith('the ') ? form.slice(4) : form);

/**
 * One name, one type, everywhere in the article (the "one sense per discourse" heuristic that
 * gives CoNLL taggers their document-level gains): each surface form takes the type most of
 * its tagged mentions have, and untagged occurrences of a tagged form are tagged too — in
 * caseless lines (capitals, Title Case) whatever their case, elsewhere only where capitalised as
 * written and written as a name goes on (continuation.ts: "Pirelli Cables" is not "Pirelli cables").
 * A form found with a leading "the" ("The Constitution", opening a sentence) is also found
 * without it, and both take one type.
 */
export function harmonise(sentences: readonly AnnotatedSentence[], spans: readonly NameSpan[]): NameSpan[] {
  const votes = new Map<string, number[]>();
  const lengths = new Map<string, number>();
  const forms = mapPacked(spans, (span) => spanKey((sentences[span.sentence] as AnnotatedSentence).phrases, span.first, span.last));
  // Plain loops, not per-call callbacks: V8 drops a new closure's optimised code at each
  // mark-compact and compiles it again.
  for (let n = 0; n < spans.length; n += 1) {
    const span = spans[n] as NameSpan;
    const sentence = sentences[span.sentence] as AnnotatedSentence;
    const form = forms[n] as string;
    const named = withoutArticle(form);
    const tally = votes.get(named) ?? mapPacked(CLASSES, () => 0);
    // Case says nothing in a caseless line, so its guesses count less.
    const c = CLASSES.indexOf(span.cls);
    tally[c] = (tally[c] ?? 0) + (sentence.view.caseless ? 0.5 : 1);
    votes.set(named, tally);
    lengths.set(form, span.last - span.first + 1);
    if (named !== form) lengths.set(named, span.last - span.first);
  }
  const typeOf = (form: string): EntityClass => {
    const tally = votes.get(withoutArticle(form)) as number[];
    return CLASSES[tally.indexOf(Math.max(...tally))] as EntityClass;
  };
  // The lengths of the forms that start with each word, longest first, so "New York Times" wins
  // over "New York". A token tries each length once: a text names thousands of forms that start
  // with "new" or "the", and one form at most has a given length and first word.
  const lengthsByFirstWord = new Map<string, Set<number>>();
  for (const [form, length] of lengths) {
    const space = form.indexOf(' ');
    const firstWord = space < 0 ? form : form.slice(0, space);
    const known = lengthsByFirstWord.get(firstWord);
    if (known) known.add(length);
    else lengthsByFirstWord.set(firstWord, new Set([length]));
  }
  const longestFirst = new Map<string, number[]>();
  for (const [firstWord, known] of lengthsByFirstWord) longestFirst.set(firstWord, [...known].sort((a, b) => b - a));
  const result: NameSpan[] = mapPacked(spans, (span, n) => ({ sentence: span.sentence, first: span.first, last: span.last, cls: typeOf(forms[n] as string) }));
  // Which span covers each token, so a longer form can replace the shorter spans inside it.
  const coveredBy = mapPacked(sentences, (sentence) => new Array<NameSpan | undefined>(sentence.view.tokens.length));
  for (const span of result) for (let k = span.first; k <= span.last; k += 1) (coveredBy[span.sentence] as (NameSpan | undefined)[])[k] = span;
  const replaced = new Set<NameSpan>();
  for (let s = 0; s < sentences.length; s += 1) {
    const sentence = sentences[s] as AnnotatedSentence;
    const tokens = sentence.view.tokens;
    const covered = coveredBy[s] as (NameSpan | undefined)[];
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i];
      if (!token || (!sentence.view.caseless && !upperFirst(token.text))) continue;
      for (const length of longestFirst.get(sentence.view.lowers[i] as string) ?? []) {
        const last = i + length - 1;
        if (last >= tokens.length) continue;
        if (!continuesTo(sentence.continues, i, last)) continue;
        const form = spanKey(sentence.phrases, i, last);
        // Only where nothing is covered, or only shorter spans wholly inside this occurrence.
        if (lengths.get(form) !== length || !coversOnlyInside(covered, i, last)) continue;
        for (let k = i; k <= last; k += 1) if (covered[k] !== undefined) replaced.add(covered[k] as NameSpan);
        const added: NameSpan = { sentence: s, first: i, last, cls: typeOf(form) };
        result.push(added);
        covered.fill(added, i, last + 1);
        i = last;
        break;
      }
    }
  }
  return result.filter((span) => !replaced.has(span)).sort((a, b) => a.sentence - b.sentence || a.first - b.first);
}
