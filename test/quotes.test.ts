import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, extractQuotes, type Quote } from '../src/index.js';
import { runPipeline } from '../src/pipeline.js';
import { tokenQuote } from '../src/shared/voices.js';
import { article, spanOf } from './helpers.js';

/** The span of `needle` in `text` at or after `from` (its first occurrence there). */
function spanAfter(text: string, needle: string, from: number): { start: number; end: number; text: string } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" not found after ${from}`);
  return { start, end: start + needle.length, text: needle };
}

/** The one quote of `text`, whatever else: the test names every field it checks. */
function onlyQuote(text: string): Quote {
  const quotes = extractQuotes(text);
  expect(quotes).toHaveLength(1);
  return quotes[0] as Quote;
}

describe('extractQuotes(): direct quotations', () => {
  it('reads a quotation split by its attribution, quote first, in curly marks, with a pronoun resolved to the latest person', () => {
    const text = 'Donald Trump spoke in Ohio on Monday. “We will win,” he said, “and soon.”';
    expect(extractQuotes(text)).toEqual([
      {
        id: 'q1',
        kind: 'direct',
        ...spanOf(text, 'We will win,” he said, “and soon.'),
        content: [spanOf(text, 'We will win'), spanOf(text, 'and soon.')],
        cue: { ...spanOf(text, 'said'), lemma: 'say', loaded: false },
        source: spanOf(text, 'he'),
        speaker: 'PERSON:donald-trump',
        speakerType: 'person',
      },
    ]);
  });

  it('resolves "she" to the latest woman, past a man named after her', () => {
    const text = 'Mary Lowe met John Brown in Ohio on Monday. "We will win," she said.';
    expect(onlyQuote(text)).toMatchObject({ source: spanOf(text, 'she'), speaker: 'PERSON:mary-lowe', speakerType: 'person' });
  });

  it('reads a source-first quotation in straight marks after a colon, the name resolved to its entity', () => {
    const text = 'Senator Elizabeth Warren spoke on Tuesday. Warren said: "The plan is dead."';
    const quote = onlyQuote(text);
    expect(quote.kind).toBe('direct');
    expect(quote.content).toEqual([spanOf(text, 'The plan is dead.')]);
    expect(quote.cue).toEqual({ ...spanOf(text, 'said'), lemma: 'say', loaded: false });
    expect(quote.source).toEqual(spanAfter(text, 'Warren', 30));
    expect([quote.speaker, quote.speakerType]).toEqual(['PERSON:elizabeth-warren', 'person']);
  });

  it('keeps single quotes nested inside double ones in the one quotation', () => {
    const text = 'Hillary Clinton was angry. “He told me ‘never’ twice,” she said.';
    const quote = onlyQuote(text);
    expect(quote.content).toEqual([spanOf(text, 'He told me ‘never’ twice')]);
    expect(quote.source).toEqual(spanOf(text, 'she'));
    expect(quote.speaker).toBe('PERSON:hillary-clinton');
  });

  it('reads a name and a colon inside a quotation as the quoted words, not as a headline attribution of its own', () => {
    const text = 'Smith said: “We will win the vote. Biden: he lost the debate badly.” The count went on.';
    expect(extractQuotes(text).map((quote) => [quote.source?.text, quote.content.map((span) => span.text)])).toEqual([['Smith', ['We will win the vote. Biden: he lost the debate badly.']]]);
  });

  it('follows a quotation over paragraphs: an opening mark each paragraph, a closing mark only in the last', () => {
    const text = 'Bernie Sanders took the stage.\n\n“This is the first part of a long answer.\n\n“And this is the second part,” Sanders said.';
    const quote = onlyQuote(text);
    expect(quote.kind).toBe('direct');
    expect(quote.content).toEqual([spanOf(text, 'This is the first part of a long answer.'), spanOf(text, 'And this is the second part')]);
    expect(quote.source).toEqual(spanAfter(text, 'Sanders', 20));
    expect([quote.speaker, quote.speakerType]).toEqual(['PERSON:bernie-sanders', 'person']);
  });

  it("reads two apostrophes ('') as one double mark, split around the attribution and quote first", () => {
    const split = "Mayor Bill de Blasio spoke on Monday. ''We will win,'' he said, ''and soon.''";
    expect(extractQuotes(split)).toEqual([
      {
        id: 'q1',
        kind: 'direct',
        ...spanOf(split, "We will win,'' he said, ''and soon."),
        content: [spanOf(split, 'We will win'), spanOf(split, 'and soon.')],
        cue: { ...spanOf(split, 'said'), lemma: 'say', loaded: false },
        source: spanOf(split, 'he'),
        speaker: 'PERSON:bill-de-blasio',
        speakerType: 'person',
      },
    ]);
    const first = "''The storm is over,'' said Mr. de Blasio, the mayor.";
    expect(onlyQuote(first)).toMatchObject({ kind: 'direct', content: [spanOf(first, 'The storm is over')], cue: spanOf(first, 'said'), source: spanOf(first, 'Mr. de Blasio') });
  });

  it('gives a quotation after a colon that no cue introduces to the subject of the clause before it, the colon as cue', () => {
    const text = 'Ted Cruz was angry at the debate. Cruz turned to the moderators: “This is why people do not trust you.”';
    expect(onlyQuote(text)).toMatchObject({
      kind: 'direct',
      content: [spanOf(text, 'This is why people do not trust you.')],
      cue: { ...spanOf(text, ':'), lemma: ':', loaded: false },
      source: spanAfter(text, 'Cruz', 20),
      speaker: 'PERSON:ted-cruz',
    });
  });

  it("reads a headline's colon as the cue", () => {
    const text = "Trump: 'We will win'\n\nDonald Trump spoke in Ohio.";
    expect(extractQuotes(text)).toEqual([
      {
        id: 'q1',
        kind: 'direct',
        ...spanOf(text, "Trump: 'We will win"),
        content: [spanOf(text, 'We will win')],
        cue: { ...spanOf(text, ':'), lemma: ':', loaded: false },
        source: { start: 0, end: 5, text: 'Trump' },
        speaker: 'PERSON:donald-trump',
        speakerType: 'person',
      },
    ]);
  });

  it('gives a quotation no cue claims to the attribution of its paragraph, and keeps a lone one without a source', () => {
    const paragraph = 'Ted Cruz spoke in Iowa. “We are ready,” Cruz said. “The polls are wrong about this race.”';
    const quote = onlyQuote(paragraph);
    expect(quote.content).toEqual([spanOf(paragraph, 'We are ready'), spanOf(paragraph, 'The polls are wrong about this race.')]);
    const lone = 'The crowd held signs reading “no more wars abroad” outside.';
    expect(onlyQuote(lone)).toMatchObject({ kind: 'direct', content: [spanOf(lone, 'no more wars abroad')], cue: null, source: null, speaker: null, speakerType: 'unknown' });
  });
});

describe('extractQuotes(): reported speech and thought', () => {
  it('reads reported thought with "that" and reported speech without it; an unnamed source is anonymous', () => {
    const text = 'Donald Trump believes that the wall works. Officials warned the plan would fail.';
    const [belief, warning] = extractQuotes(text);
    expect(belief).toEqual({
      id: 'q1',
      kind: 'indirect',
      ...spanOf(text, 'Donald Trump believes that the wall works'),
      content: [spanOf(text, 'the wall works')],
      cue: { ...spanOf(text, 'believes'), lemma: 'believe', loaded: false },
      source: spanOf(text, 'Donald Trump'),
      speaker: 'PERSON:donald-trump',
      speakerType: 'person',
    });
    expect(warning).toMatchObject({ kind: 'indirect', content: [spanOf(text, 'the plan would fail')], cue: { ...spanOf(text, 'warned'), lemma: 'warn' }, source: spanOf(text, 'Officials'), speaker: null, speakerType: 'anonymous' });
  });

  it('reads "according to" before and after what was said; a report is a document', () => {
    const text = 'According to the report, the economy grew. The deficit fell, according to a White House official.';
    const [before, after] = extractQuotes(text);
    expect(before).toMatchObject({ content: [spanOf(text, 'the economy grew')], cue: { ...spanOf(text, 'According to'), lemma: 'according to' }, source: spanOf(text, 'the report'), speaker: null, speakerType: 'document' });
    expect(after).toMatchObject({ content: [spanOf(text, 'The deficit fell')], cue: { ...spanOf(text, 'according to'), lemma: 'according to' }, source: spanOf(text, 'a White House official'), speaker: null, speakerType: 'anonymous' });
  });

  it('types "a source" as anonymous and "the report found" as a document', () => {
    const text = 'A source said the talks had stalled. The report found that prices rose.';
    expect(extractQuotes(text).map((quote) => [quote.source?.text, quote.cue?.lemma, quote.content.map((span) => span.text), quote.speakerType])).toEqual([
      ['A source', 'say', ['the talks had stalled'], 'anonymous'],
      ['The report', 'find', ['prices rose'], 'document'],
    ]);
  });

  it('reads the words around an attribution that interrupts them', () => {
    const text = 'Elizabeth Warren spoke. The plan, Warren said, is dead.';
    const quote = onlyQuote(text);
    expect(quote.content).toEqual([spanOf(text, 'The plan'), spanOf(text, 'is dead')]);
    expect(quote.source).toEqual(spanAfter(text, 'Warren', 20));
  });

  it('reads a participle going on from the attribution as the same speaker', () => {
    const text = 'Ted Cruz said there is “only one conservative,” adding that Trump “attacks us.”';
    expect(extractQuotes(text).map((quote) => [quote.kind, quote.content.map((span) => span.text), quote.cue?.text, quote.source?.text])).toEqual([
      ['mixed', ['there is “only one conservative,”'], 'said', 'Ted Cruz'],
      ['mixed', ['Trump “attacks us.”'], 'adding', 'Ted Cruz'],
    ]);
  });

  it("finds a participle's speaker before the sentence's first verb, past an opening phrase", () => {
    const text = 'In Columbia on Sunday, Bernie Sanders raised the issue of prisons, saying the system was broken.';
    expect(onlyQuote(text)).toMatchObject({
      kind: 'indirect',
      content: [spanOf(text, 'the system was broken')],
      cue: { ...spanOf(text, 'saying'), lemma: 'say' },
      source: spanOf(text, 'Bernie Sanders'),
      speaker: 'PERSON:bernie-sanders',
    });
  });

  it('does not take "continue to" for reported speech', () => {
    expect(extractQuotes('The relations continue to be bitter.')).toEqual([]);
  });
});

describe('extractQuotes(): cues and speakers', () => {
  it('marks a loaded reporting verb, and resolves a name in apposition with its description', () => {
    const text = 'Elizabeth Warren, the senator from Massachusetts, admitted the plan had failed.';
    const quote = onlyQuote(text);
    expect(quote.cue).toEqual({ ...spanOf(text, 'admitted'), lemma: 'admit', loaded: true });
    expect(quote.source).toEqual(spanOf(text, 'Elizabeth Warren, the senator from Massachusetts'));
    expect([quote.speaker, quote.speakerType]).toEqual(['PERSON:elizabeth-warren', 'person']);
  });

  it("resolves a description to the person whose role the text gave (the senator → Senator Warren), and the listener after 'told'", () => {
    const described = 'Senator Elizabeth Warren spoke in Boston. The senator said the bill was flawed.';
    expect(onlyQuote(described)).toMatchObject({ source: spanOf(described, 'The senator'), speaker: 'PERSON:elizabeth-warren', speakerType: 'person' });
    const told = 'Carter’s press secretary, Peter Cook, told reporters that Carter believes the email use was a mistake.';
    expect(onlyQuote(told)).toMatchObject({ content: [spanOf(told, 'Carter believes the email use was a mistake')], source: spanOf(told, 'Carter’s press secretary, Peter Cook'), speaker: 'PERSON:peter-cook' });
  });

  it('reads a relative clause between the speaker and the verb as part of the source', () => {
    const clause = 'Senator Elizabeth Warren spoke in Boston. Warren, who leads the committee, said the bill was flawed.';
    expect(onlyQuote(clause)).toMatchObject({
      kind: 'indirect',
      content: [spanOf(clause, 'the bill was flawed')],
      cue: spanOf(clause, 'said'),
      source: spanOf(clause, 'Warren, who leads the committee'),
      speaker: 'PERSON:elizabeth-warren',
    });
  });

  it('resolves "it" to the latest organisation', () => {
    const text = 'The Pentagon released its budget. It said spending would rise.';
    expect(onlyQuote(text)).toMatchObject({ source: spanOf(text, 'It'), speaker: 'ORG:pentagon', speakerType: 'organization' });
  });
});

describe('the quotes layer', () => {
  it('is in every analysis, after the entities, and the same as extractQuotes()', () => {
    const analysis = analyze(article, { skip: ['sentiment', 'bias', 'framing'] });
    expect(Object.keys(analysis).indexOf('quotes')).toBe(Object.keys(analysis).indexOf('entities') + 1);
    expect(analysis.quotes).toEqual(extractQuotes(article));
    expect(analyze('').quotes).toEqual([]);
  });

  it('tokenQuote() finds the quotation whose content holds a token, and none in the narrator’s words', () => {
    const text = 'Donald Trump spoke in Ohio on Monday. “We will win,” he said, “and soon.”';
    const doc = runPipeline(text, 'quotes');
    const token = (word: string): number => doc.tokens.findIndex((t) => t.start === text.indexOf(word));
    expect(tokenQuote(doc, token('will'))?.id).toBe('q1');
    expect(tokenQuote(doc, token('soon'))?.id).toBe('q1');
    expect(tokenQuote(doc, token('said'))).toBeUndefined();
    expect(tokenQuote(doc, token('Ohio'))).toBeUndefined();
    expect(tokenQuote(runPipeline(text, 'entities'), token('will'))).toBeUndefined();
  });

  it('points every span at the text, keeps contents apart and in order, on any text', () => {
    const pieces = fc.constantFrom('“', '”', '"', "'", '‘', '’', 'he said', 'Trump said', 'according to', 'the report', ',', '.', ':', '\n\n', 'we will win', 'officials warned that', 'Warren', ' ');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        const quotes = extractQuotes(text);
        const contents = quotes.flatMap((quote) => quote.content).sort((a, b) => a.start - b.start);
        for (const span of [...contents, ...quotes, ...quotes.flatMap((quote) => [quote.cue, quote.source].filter((s) => s !== null))]) expect(text.slice(span.start, span.end)).toBe(span.text);
        for (let k = 1; k < contents.length; k += 1) expect((contents[k] as { start: number }).start).toBeGreaterThanOrEqual((contents[k - 1] as { end: number }).end);
        expect(quotes.map((quote) => quote.id)).toEqual(quotes.map((_, k) => `q${k + 1}`));
      }),
      { numRuns: 150 },
    );
  });
});
