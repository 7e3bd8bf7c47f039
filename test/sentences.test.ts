import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeOptions } from '../src/index.js';
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

const TOKENS_ONLY: AnalyzeOptions = { skip: ['sentiment', 'bias', 'framing'] };

/** Each sentence of `text` as [start, text]. */
const sentencesOf = (text: string): [number, string][] => analyze(text, TOKENS_ONLY).sentences.map((sentence) => [sentence.start, sentence.text]);

/** `parts` joined by single spaces, and each part with its offset: the sentences expected. */
function expected(...parts: string[]): [string, [number, string][]] {
  const spans: [number, string][] = [];
  let offset = 0;
  for (const part of parts) {
    spans.push([offset, part]);
    offset += part.length + 1;
  }
  return [parts.join(' '), spans];
}

describe('sentence boundaries wink-nlp gets wrong', () => {
  it.each([
    ['a comma-set tag', 'Rep. Maria Delgado, D-N.M., the ranking member, voted against it.', 'The bill passed.'],
    ['a bracketed tag before a verb', 'Voters took Sen. Carl Breyer (R-Wisc.) to task on Friday.'],
    ['a bracketed tag before a comma', 'Sen. Ann Cole (D-N.J.), who chairs the panel, said nothing.'],
    ['two bracketed tags', 'Rep. Ann Cole (D-S.C.) and Sen. Bo Lutz (R-Ky.) met on Monday.', 'Nothing changed.'],
  ])('keeps a party-state tag inside its sentence: %s', (_, ...parts) => {
    const [text, sentences] = expected(...parts);
    expect(sentencesOf(text)).toEqual(sentences);
  });

  it('ends a sentence after a party-state tag when the next one starts', () => {
    const [text, sentences] = expected('The plan came from Rep. Ann Cole, D-N.J.', 'Her aides said little.');
    expect(sentencesOf(text)).toEqual(sentences);
  });

  it.each([
    ['a pronoun', '“Where is the money?” she asked.', 'The mayor did not answer.'],
    ['a pronoun and more words', '"Enough!" he shouted at the crowd.', 'Then he left.'],
    ['a name', '“Who pays for it?” Senator Ruth Adler asked.', 'Nobody answered.'],
    ['an inverted verb', '“Who pays for it?” asked Ruth Adler.', 'Nobody answered.'],
    ['a noun phrase', '"Is it legal?" the judge asked on Tuesday.', 'It was.'],
    ['a time and a place', '“Is it legal?” Judge Ana Ruiz asked at a hearing in Fresno that day.', 'It was.'],
    ['a period inside the quotation', '“We are done.” she said.', 'Talks ended.'],
    ['words that go on after an exclamation', 'Crowds chanted “Build it now!” at every stop.'],
  ])('keeps the attribution after a quoted question or exclamation in its sentence: %s', (_, ...parts) => {
    const [text, sentences] = expected(...parts);
    expect(sentencesOf(text)).toEqual(sentences);
  });

  it('lets a quoted question end its sentence when no attribution follows', () => {
    const [text, sentences] = expected('“Why now?”', 'Then the mayor left the room.', '“Who knows?”', 'Aides said that the talks had failed.');
    expect(sentencesOf(text)).toEqual(sentences);
  });

  it.each([
    ['titles, hyphenated or not', 'He met then-Gov. Tom Reyes, ex-Sen. Lee Park and the Rev. Ann Cole.', 'They spoke.'],
    ['military and religious titles', 'Sgt. Maj. Dan Reed thanked Msgr. Paul Ortiz.', 'Both smiled.'],
    ['a month before a day', 'The post-Sept. 11 rules expire on Sept. 30.', 'Few will miss them.'],
    ['reference words before a number', 'It cited Art. 5 and Vol. 2 of the code.', 'It ranked No. 3 last year.'],
    ['a title before a verb', 'The ex-Gov. spoke in Ft. Collins, Colo. on Tuesday.', 'He left.'],
    ['dotted letters after a prefix', 'Only non-U.S. citizens and pro-U.N. groups may apply.', 'The U.N. said nothing.'],
  ])('reads a period closing an abbreviation as no sentence end: %s', (_, ...parts) => {
    const [text, sentences] = expected(...parts);
    expect(sentencesOf(text)).toEqual(sentences);
  });

  it('ends a sentence at an abbreviation when a new sentence starts after it', () => {
    const [text, sentences] = expected('She moved to the U.S.', 'Her brother stayed in Fresno, Calif.', 'The firm left Acme Inc. in Jan.', 'The rest stayed at 5 p.m.', 'It rained.');
    expect(sentencesOf(text)).toEqual(sentences);
  });

  it('reads pre-tokenised wire text, with spaced initials and decimal points, as whole sentences', () => {
    const [text, sentences] = expected('The U . S . economy grew 2 . 5 percent in the U . S . last year .', 'Exports fell .');
    expect(sentencesOf(text)).toEqual(sentences);
  });

  it('keeps web addresses and decimals that wink-nlp splits at their period inside the sentence', () => {
    const [text, sentences] = expected('Groups such as MoveOn.org began a drive to cut PM2.5 levels and RCP8.5 risks.', 'It failed.');
    expect(sentencesOf(text)).toEqual(sentences);
  });

  it('reads a text that starts with a decimal point', () => {
    expect(sentencesOf('.1')).toEqual([[0, '.1']]);
    expect(sentencesOf('.5 of them left.')).toEqual([[0, '.5 of them left.']]);
  });

  it('keeps every sentence a slice of the text, in order, covering each token once, whatever is joined', () => {
    const piece = fc.constantFrom('Rep. Ann Cole', ' (D-N.Y.)', ', R-S.C.,', ' “Why?”', ' "Stop!"', ' he said.', ' Smith asked.', ' the U.S.', ' U . S .', ' 2 . 5', ' No. 4', ' Jan.', ' then-Gov.', ' Tom', ' example.org', ' ran.', ' It fell.', '.1', '.', '\n\n', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        const { sentences, tokens } = analyze(text, { ...TOKENS_ONLY, includeTokens: true });
        let tokenEnd = 0;
        for (const [index, sentence] of sentences.entries()) {
          expect(sentence.index).toBe(index);
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(sentence.tokenStart).toBe(tokenEnd);
          tokenEnd = sentence.tokenEnd;
          for (const token of tokens?.slice(sentence.tokenStart, sentence.tokenEnd) ?? []) expect(token.sentence).toBe(index);
        }
        expect(tokenEnd).toBe(tokens?.length ?? 0);
      }),
      { numRuns: 150 },
    );
  });
});
