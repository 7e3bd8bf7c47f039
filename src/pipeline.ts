import { NewsDocument } from './document/document.js';
import { maskMarkup } from './stages/01-markup/markup.js';
import { structureStage } from './stages/02-structure/structure.js';
import { entityStage } from './stages/04-entities/index.js';
import { biasStage } from './stages/06-bias/index.js';
import { framingStage } from './stages/07-framing/index.js';
import { sentimentStage } from './stages/05-sentiment/index.js';
import { tokenStage } from './stages/03-tokens/tokens.js';

/**
 * The stages, in the one order they always run. Each reads the layers named in `requires`
 * and adds those in `assigns`; none re-reads the raw text another stage has already read.
 */
export interface Stage {
  name: StageName;
  requires: readonly string[];
  assigns: readonly string[];
  run(doc: NewsDocument): void;
}

export type StageName = 'markup' | 'structure' | 'tokens' | 'entities' | 'sentiment' | 'bias' | 'framing';

export const STAGES: readonly Stage[] = [
  { name: 'markup', requires: ['text'], assigns: ['view'], run: (doc) => void (doc.view = maskMarkup(doc.text)) },
  { name: 'structure', requires: ['view'], assigns: ['structure', 'units'], run: structureStage },
  { name: 'tokens', requires: ['units'], assigns: ['tokens', 'sentences', 'numericEntities'], run: tokenStage },
  { name: 'entities', requires: ['tokens', 'sentences', 'structure'], assigns: ['entities'], run: entityStage },
  { name: 'sentiment', requires: ['tokens', 'sentences', 'structure', 'entities'], assigns: ['sentiment'], run: sentimentStage },
  { name: 'bias', requires: ['tokens', 'sentences', 'structure', 'sentiment'], assigns: ['bias'], run: biasStage },
  { name: 'framing', requires: ['tokens', 'sentences', 'structure', 'entities', 'sentiment'], assigns: ['framing'], run: framingStage },
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
