import type { Entity, EntityType, Mention, NewsDocument, Token } from '../../document.js';
import { harmonise, type NameSpan } from './consistency.js';
import { nameTagger } from './model.js';
import { refine } from './refine.js';
import { annotatedSentences, type AnnotatedSentence } from './sentences.js';
import { spansOf, type EntityClass } from './tags.js';

const TYPE_OF: Record<EntityClass, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'GPE', MISC: 'NORP' };

/** Entities stage: tags names in every analysed sentence and groups their mentions. */
export function entityStage(doc: NewsDocument): void {
  const tagger = nameTagger();
  const sentences = annotatedSentences(doc);
  const tagged: NameSpan[] = sentences.flatMap(({ view, features }, s) =>
    spansOf(tagger.tag(features, view.tokens.map((token) => token.text.toLowerCase()))).map((span) => ({ ...span, sentence: s })),
  );
  const found = harmonise(sentences, refine(sentences, tagged)).map((span) => {
    const { sentence, view } = sentences[span.sentence] as AnnotatedSentence;
    const first = view.tokens[span.first] as Token;
    const last = view.tokens[span.last] as Token;
    const mention: Mention = { ...doc.span(first.start, last.end), sentence: sentence.index, section: sentence.section };
    return { mention, type: TYPE_OF[span.cls] };
  });
  const byKey = new Map<string, Entity>();
  for (const { mention, type } of found) {
    const key = `${type}:${mention.text}`;
    let entity = byKey.get(key);
    if (!entity) {
      entity = { id: key, name: mention.text, type, mentions: [], aliases: [mention.text], count: 0, salience: 0, firstMention: doc.span(mention.start, mention.end) };
      byKey.set(key, entity);
    }
    entity.mentions.push(mention);
    entity.count += 1;
  }
  doc.entities = [...byKey.values()];
}
