/** A stretch of the original text. `text === original.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** How a character span that does not fall on token boundaries is aligned (spaCy's `alignment_mode`). */
export type CharSpanMode = 'strict' | 'contract' | 'expand';

/**
 * The tokens `[first, last)` for the characters `start..end` of sorted, non-overlapping
 * tokens: `strict` when `start` is a token's start and `end` a token's end, `contract` the
 * tokens wholly inside, `expand` every token that overlaps. Binary search: O(log n).
 */
export function charSpanTokens(tokens: readonly { start: number; end: number }[], start: number, end: number, mode: CharSpanMode): [number, number] | undefined {
  if (!(start < end)) return undefined;
  // First token that ends after `start`, and first token that starts at or after `end`.
  const first = lowerBound(tokens, (token) => token.end > start);
  const last = lowerBound(tokens, (token) => token.start >= end);
  if (first >= last) return undefined;
  const head = tokens[first] as { start: number; end: number };
  const tail = tokens[last - 1] as { start: number; end: number };
  if (mode === 'expand') return [first, last];
  if (mode === 'strict') return head.start === start && tail.end === end ? [first, last] : undefined;
  const from = head.start < start ? first + 1 : first;
  const to = tail.end > end ? last - 1 : last;
  return from < to ? [from, to] : undefined;
}

/** The first index in [low, high) whose token satisfies `past` (a predicate false then true along the array), or `high`. */
export function lowerBound(tokens: readonly { start: number; end: number }[], past: (token: { start: number; end: number }) => boolean, low = 0, high = tokens.length): number {
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (past(tokens[mid] as { start: number; end: number })) high = mid;
    else low = mid + 1;
  }
  return low;
}
