import type { NewsDocument, Sentence } from '../document/document.js';

export type PartName = 'title' | 'subtitle' | 'heading' | 'body';

/**
 * Items of sentences (a sentence's reading, its bias) grouped into the article's parts, in
 * reading order: the title, the subtitle, then each section's heading and body. One pass,
 * whatever the number of sections.
 */
export function partGroups<Item>(doc: NewsDocument, items: readonly Item[], sentenceOf: (item: Item) => Sentence): { part: PartName; section: number | null; items: Item[] }[] {
  const groups = new Map<number, Item[]>();
  for (const item of items) {
    const { part, section } = sentenceOf(item);
    const key = partKey(part, section);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const found: { part: PartName; section: number | null; items: Item[] }[] = [];
  // In reading order; pushed in a loop, not flatMap (V8's generic path).
  const add = (part: PartName, section: number | null): void => {
    const group = groups.get(partKey(part, section));
    if (group) found.push({ part, section, items: group });
  };
  add('title', null);
  add('subtitle', null);
  for (let section = 0; section < doc.structure.sections.length; section += 1) add('heading', section), add('body', section);
  return found;
}

/**
 * A part's place in reading order as a number (the title 0, the subtitle 1, then each section's
 * heading and body), so grouping a sentence joins no string; -1 for any other part.
 */
function partKey(part: string, section: number | null): number {
  if (part === 'title') return 0;
  if (part === 'subtitle') return 1;
  if (section === null) return -1;
  return part === 'heading' ? 2 + 2 * section : part === 'body' ? 3 + 2 * section : -1;
}
