import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { article, fixture } from './helpers.js';

describe('sentences respect layout', () => {
  const { sentences, structure } = analyze(article);

  it('reads the title, the subtitle and every heading as sentences of their own', () => {
    expect(sentences[0]).toMatchObject({ index: 0, part: 'title', section: null, ...structure.title });
    expect(sentences[1]).toMatchObject({ index: 1, part: 'subtitle', section: null, ...structure.subtitle });
    const headings = sentences.filter((sentence) => sentence.part === 'heading');
    expect(headings.map((sentence) => [sentence.text, sentence.section])).toEqual([
      ['Qasem Soleimani Assassination', 1],
      ['Arch Rivals Israel-Iran', 2],
      ['Iran And The US', 3],
      ['Israel’s Involvement In Soleimani’s Murder', 4],
      ['Friendship Between The US And Israel', 5],
    ]);
  });

  it('starts the lead paragraph with its own first sentence, where wink-nlp alone runs the subtitle into it', () => {
    expect(sentences[2]?.text).toBe(
      'On January 3rd, 2020 news broke about the early morning assassination of Iranian commander Qasem Soleimani who was the leader of the Quds force.',
    );
    const whole = winkNLP(model).readDoc(article).sentences().out();
    expect(whole[1]?.startsWith('Rift Between Iran And Israel')).toBe(true);
    expect(whole[1]).toContain('On January 3rd, 2020');
  });

  it('splits body paragraphs into sentences and tags boilerplate sentences as such', () => {
    expect(sentences.filter((sentence) => sentence.part === 'body')).toHaveLength(25);
    expect(sentences.filter((sentence) => sentence.part === 'boilerplate').map((sentence) => sentence.text.slice(0, 11))).toEqual(['Also Read :', 'Also Read :']);
    expect(sentences.find((sentence) => sentence.text === 'However, no casualties were reported by the US officials.')?.section).toBe(1);
  });

  it('never lets a sentence cross the boundary of a paragraph, heading or boilerplate line', () => {
    const units = [
      ...[structure.title, structure.subtitle],
      ...structure.boilerplate,
      ...structure.sections.flatMap((section) => [section.heading, ...section.paragraphs]),
    ].filter((span) => span !== undefined);
    for (const sentence of sentences) {
      expect(units.some((unit) => unit.start <= sentence.start && sentence.end <= unit.end)).toBe(true);
    }
  });

  it('keeps a dateline out of the first sentence', () => {
    const first = analyze(fixture('layouts/wire.txt')).sentences.find((sentence) => sentence.part === 'body');
    expect(first?.text.startsWith('The European Central Bank')).toBe(true);
  });
});
