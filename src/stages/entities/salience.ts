import type { Entity, NewsDocument } from '../../document.js';

/**
 * Salience in 0..1, a weighted sum of six signals a media researcher reads off the page:
 * how often the entity is named (log-scaled against the most-named entity), whether it is in
 * the title, in the subtitle or lead section, in a heading, how many sections name it, and
 * how early it first appears. The weights sum to 1; docs/ENTITIES.md gives their reasons.
 */
export const SALIENCE_WEIGHTS = { count: 0.35, title: 0.15, lead: 0.15, heading: 0.1, spread: 0.15, earliness: 0.1 } as const;

export function scoreSalience(doc: NewsDocument, entities: Entity[]): void {
  const maxCount = Math.max(1, ...entities.map((entity) => entity.count));
  const sections = Math.max(1, doc.structure.sections.length);
  const length = Math.max(1, doc.text.length);
  for (const entity of entities) {
    const mentions = entity.mentions.filter((mention) => !mention.boilerplate);
    if (mentions.length === 0) continue; // named only in boilerplate: salience 0
    const parts = new Set(mentions.map((mention) => doc.sentences[mention.sentence]?.part));
    const inLead = mentions.some((mention) => mention.section === 0 && doc.structure.sections[0]?.heading === undefined);
    const sectionsNamed = new Set(mentions.flatMap((mention) => (mention.section === null ? [] : [mention.section]))).size;
    const w = SALIENCE_WEIGHTS;
    const salience =
      w.count * (Math.log1p(entity.count) / Math.log1p(maxCount)) +
      w.title * Number(parts.has('title')) +
      w.lead * Number(parts.has('subtitle') || inLead) +
      w.heading * Number(parts.has('heading')) +
      w.spread * (sectionsNamed / sections) +
      w.earliness * (1 - entity.firstMention.start / length);
    entity.salience = Math.round(salience * 1000) / 1000;
  }
}
