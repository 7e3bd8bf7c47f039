import { NewsDocument } from './document/document.js';
import type { LayerKey } from './document/layers.js';
import { QUOTES } from './shared/quotes.js';
import { SENTENCE_SENTIMENT } from './shared/sentence-sentiment/reading.js';
import { VOICE_INDEX } from './shared/voices.js';
import { maskMarkup } from './stages/01-markup/markup.js';
import { structureStage } from './stages/02-structure/structure.js';
import { tokenStage } from './stages/03-tokens/tokens.js';
import { entityStage } from './stages/04-entities/index.js';
import { quotesStage } from './stages/05-quotes/index.js';
import { ENTITY_SENTIMENT, ENTITY_VOICE_TONES, SENTIMENT, sentimentStage } from './stages/06-sentiment/index.js';
import { BIAS, biasStage } from './stages/07-bias/index.js';
import { FRAMING, framingStage } from './stages/08-framing/index.js';

/** The document's own layers, by field name; the stages after entities add theirs by key. */
export type CoreLayer = Extract<keyof NewsDocument, 'text' | 'view' | 'units' | 'structure' | 'tokens' | 'sentences' | 'numericEntities' | 'entities'>;
export type DocumentLayer = CoreLayer | LayerKey<unknown>;

/**
 * The stages, in the one order they always run. Each reads the layers in `requires` (and
 * those in `uses` when an earlier stage made them) and adds those in `assigns`; none re-reads
 * the raw text another stage has already read. test/pipeline.test.ts holds every stage to
 * these lists.
 */
export interface Stage {
  name: StageName;
  requires: readonly DocumentLayer[];
  uses?: readonly DocumentLayer[];
  assigns: readonly DocumentLayer[];
  run(doc: NewsDocument): void;
}

export type StageName = 'markup' | 'structure' | 'tokens' | 'entities' | 'quotes' | 'sentiment' | 'bias' | 'framing';

export const STAGES: readonly Stage[] = [
  { name: 'markup', requires: ['text'], assigns: ['view'], run: (doc) => void (doc.view = maskMarkup(doc.text)) },
  { name: 'structure', requires: ['text', 'view'], assigns: ['structure', 'units'], run: structureStage },
  { name: 'tokens', requires: ['text', 'view', 'units'], assigns: ['tokens', 'sentences', 'numericEntities'], run: tokenStage },
  { name: 'entities', requires: ['text', 'tokens', 'sentences', 'structure', 'numericEntities'], assigns: ['entities'], run: entityStage },
  { name: 'quotes', requires: ['text', 'tokens', 'sentences', 'units', 'entities'], assigns: [QUOTES, VOICE_INDEX], run: quotesStage },
  { name: 'sentiment', requires: ['text', 'tokens', 'sentences', 'structure', 'entities', VOICE_INDEX], assigns: [SENTENCE_SENTIMENT, SENTIMENT, ENTITY_SENTIMENT, ENTITY_VOICE_TONES], run: sentimentStage },
  { name: 'bias', requires: ['text', 'tokens', 'sentences', 'structure', VOICE_INDEX], uses: [SENTENCE_SENTIMENT], assigns: [BIAS], run: biasStage },
  { name: 'framing', requires: ['text', 'tokens', 'sentences', 'structure', 'entities', 'numericEntities', VOICE_INDEX], uses: [SENTENCE_SENTIMENT], assigns: [FRAMING], run: framingStage },
];

/** Runs the stages in order up to and including `last`, leaving out those in `skip`. */
export function runPipeline(text: string, last: StageName, skip: readonly StageName[] = []): NewsDocument {
  const doc = new NewsDocument(text);
  for (const stage of STAGES) {
    if (!skip.includes(stage.name)) stage.run(doc);
    if (stage.name === last) break;
  }
  return doc;
}
