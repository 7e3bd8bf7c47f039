import type { Mention, NewsDocument, Token } from '../../document/document.js';
import { bracketedAcronyms } from './acronyms.js';
import { harmonise, type NameSpan } from './consistency.js';
import { nameTagger, staticScorer } from './model.js';
import { partyTagAt, type PartyTag } from './party-tags.js';
import { refine } from './refine.js';
import { numericEntities, resolveEntities, tokenIndexAt, type FoundName } from './resolve.js';
import { scoreSalience } from './salience.js';
import { annotatedSentences, type AnnotatedSentence } from './sentences.js';
import { spansOf } from './tags.js';
import { canName } from './words.js';
import { mapPacked } from '../../shared/arrays.js';

/**
 * Entities stage: tags names in every sentence (averaged perceptron over token and gazetteer
 * features; mentions in boilerplate are flagged and never counted), applies what the
 * gazetteers and the layout know (refine), reads acronyms defined in brackets, makes each name mean one thing across the article
 * (harmonise), groups names into entities with their aliases and roles, adds wink's dates and
 * amounts, and scores salience. Most salient first.
 */
export function entityStage(doc: NewsDocument): void {
  const tagger = nameTagger();
  const scorer = staticScorer();
  const { sentences, docView } = annotatedSentences(doc);
  // Appended in a loop: `flatMap` takes V8's generic path (as in the framing stage's cuesIn).
  const tagged: NameSpan[] = [];
  sentences.forEach(({ view, continues }, s) => {
    for (const { first, last, cls } of spansOf(tagger.tag(scorer.score(view, docView), continues))) tagged.push({ sentence: s, first, last, cls });
  });
  const found = harmonise(sentences, bracketedAcronyms(sentences, refine(sentences, tagged))).filter((span) => canName((sentences[span.sentence] as AnnotatedSentence).view.tokens, span.first, span.last));
  const names: FoundName[] = mapPacked(found, (span) => {
    const { sentence, view, phrases } = sentences[span.sentence] as AnnotatedSentence;
    const first = view.tokens[span.first] as Token;
    const last = view.tokens[span.last] as Token;
    const mention: Mention = { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end), sentence: sentence.index, section: sentence.section };
    if (sentence.part === 'boilerplate') mention.boilerplate = true;
    return { tokens: view.tokens, phrases, first: span.first, last: span.last, cls: span.cls, mention };
  });
  // A one-word "name" that wink reads as a date or time is the date ("May", "July").
  const timeTokens = new Set<number>();
  for (const found of doc.numericEntities) {
    if (found.type !== 'DATE' && found.type !== 'TIME') continue;
    for (let t = tokenIndexAt(doc.tokens, found.start); (doc.tokens[t]?.end ?? Infinity) <= found.end; t += 1) timeTokens.add((doc.tokens[t] as Token).start);
  }
  const tags = withPartyTags(doc.text, names);
  // The tag is the person's attribute: "Texas" in "R-Texas" names no place of the article.
  const named = names.filter((name) => (name.first < name.last || !timeTokens.has(name.mention.start)) && !tags.some((tag) => name.mention.start >= tag.start && name.mention.end <= tag.end));
  const entities = [...resolveEntities(doc, named), ...numericEntities(doc)];
  scoreSalience(doc, entities);
  doc.entities = entities.sort((a, b) => b.salience - a.salience || a.firstMention.start - b.firstMention.start);
}

/** Gives each person mention the party-state tag written after it ("R-Texas"), and returns the tags. */
function withPartyTags(text: string, names: readonly FoundName[]): PartyTag[] {
  const tags: PartyTag[] = [];
  for (const { cls, mention } of names) {
    const tag = cls === 'PER' ? partyTagAt(text, mention.end) : undefined;
    if (!tag) continue;
    mention.party = tag.party;
    if (tag.state) mention.state = tag.state;
    tags.push(tag);
  }
  return tags;
}
