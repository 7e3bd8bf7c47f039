// What the compact and lean forms share: a finding's index in the article's list of them.
import type { Span } from '../document/span.js';

/**
 * The index of a finding in `list`, the article-level list a sentence's or section's findings
 * are drawn from; one it lacks is an error `lacking` describes (the form would lose it). In
 * `analyze()`'s result they are the same objects; an analysis read back from JSON holds equal
 * copies, which are compared as JSON.
 */
export function indexer(list: readonly object[], lacking: (at: string) => string): (finding: object) => number {
  const byObject = new Map(list.map((finding, k) => [finding, k]));
  let byValue: Map<string, number> | undefined;
  return (finding) => {
    let index = byObject.get(finding);
    if (index === undefined) {
      // Reversed, so that of equal findings the first one's index is kept.
      byValue ??= new Map(list.map((own, k) => [JSON.stringify(own), k] as const).reverse());
      index = byValue.get(JSON.stringify(finding));
    }
    if (index === undefined) throw new TypeError(lacking(`${(finding as Span).start}..${(finding as Span).end}`));
    return index;
  };
}
