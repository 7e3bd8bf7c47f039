import { loadOnce, readDataFile } from '../../data/load.js';
import type { Entity, NewsDocument, Part } from '../../document/document.js';
import type { LexiconInfo } from '../../data/lexicon.js';

/**
 * Salience in 0..1: a weighted sum of six signals in 0..1 that a media researcher reads off the
 * page. The weights sum to 1 and are fitted by scripts/fit-salience.ts (see docs/ENTITIES.md).
 */
export const SALIENCE_SIGNALS = ['count', 'title', 'lead', 'heading', 'spread', 'earliness'] as const;
export type SalienceSignals = Record<(typeof SALIENCE_SIGNALS)[number], number>;

interface SalienceWeights extends LexiconInfo {
  weights: SalienceSignals;
}

const load = (): SalienceWeights => loadOnce('salience-weights', () => readDataFile<SalienceWeights>('models/salience-weights.json'));

export function salienceInfo(): LexiconInfo {
  const { id, version, source, licence } = load();
  return { id, version, source, licence };
}

/**
 * - count: log(1 + mentions) / log(1 + the most mentions of any entity);
 * - title / lead / heading: 1 if named in the title, the subtitle or untitled lead section, a heading;
 * - spread: share of sections that name it;
 * - earliness: 1 − first offset / text length.
 * Boilerplate mentions are never counted.
 */
export function salienceSignals(doc: NewsDocument, entity: Entity, maxCount: number): SalienceSignals | undefined {
  const mentions = entity.mentions.filter((mention) => !mention.boilerplate);
  if (mentions.length === 0) return undefined;
  const parts = new Set<Part | undefined>();
  const sections = new Set<number>();
  for (const mention of mentions) {
    parts.add(doc.sentences[mention.sentence]?.part);
    if (mention.section !== null) sections.add(mention.section);
  }
  const leadIsUntitled = doc.structure.sections[0]?.heading === undefined;
  return {
    count: Math.log1p(entity.count) / Math.log1p(Math.max(1, maxCount)),
    title: Number(parts.has('title')),
    lead: Number(parts.has('subtitle') || (leadIsUntitled && sections.has(0))),
    heading: Number(parts.has('heading')),
    spread: sections.size / Math.max(1, doc.structure.sections.length),
    earliness: 1 - entity.firstMention.start / Math.max(1, doc.text.length),
  };
}

export function combine(signals: SalienceSignals, by: SalienceSignals): number {
  return SALIENCE_SIGNALS.reduce((sum, signal) => sum + by[signal] * signals[signal], 0);
}

export function scoreSalience(doc: NewsDocument, entities: Entity[]): void {
  // A loop, not Math.max(...counts): spreading 120,000 arguments overflows the stack.
  const maxCount = entities.reduce((max, entity) => Math.max(max, entity.count), 1);
  for (const entity of entities) {
    const signals = salienceSignals(doc, entity, maxCount);
    entity.salience = signals ? Math.round(combine(signals, load().weights) * 1000) / 1000 : 0;
  }
}
