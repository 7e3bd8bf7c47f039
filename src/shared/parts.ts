import type { NewsDocument, Sentence } from '../document/document.js';

export type PartName = 'title' | 'subtitle' | 'heading' | 'body';

/**
 * Items of sentences (a sentence's reading, its bias) grouped into the article's parts, in
 * reading order: the title, the subtitle, then each section's heading and body. One pass,
 * whatever the number of sections.
 */
export function partGroups<Item>(doc: NewsDocument, items: readonly Item[], sentenceOf: (item: Item) => Sentence): { part: PartName; section: number | null; items: Item[] }[] {
  const key = (part: string, section: number | null): string => (part === 'title' || part === 'subtitle' ? part : `${part} ${section}`);
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const { part, section } = sentenceOf(item);
    const group = groups.get(key(part, section));
    if (group) group.push(item);
    else groups.set(key(part, section), [item]);
  }
  const order: [PartName, number | null][] = [['title', null], ['subtitle', null]];
  doc.structure.sections.forEach((_, section) => order.push(['heading', section], ['body', section]));
  return order.flatMap(([part, section]) => {
    const group = groups.get(key(part, section));
    return group ? [{ part, section, items: group }] : [];
  });
}
