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
  const order: [PartName, number | null][] = [['title', null], ['subtitle', null]];
  doc.structure.sections.forEach((_, section) => order.push(['heading', section], ['body', section]));
  return order.flatMap(([part, section]) => {
    const group = groups.get(partKey(part, section));
    return group ? [{ part, section, items: group }] : [];
  });
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
