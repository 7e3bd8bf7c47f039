import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, detectBias, detectFrames, scoreSentiment } from '../src/index.js';
import { wordsIn } from '../src/shared/voices.js';

const ZERO = { epistemological: 0, reporting: 0, vague_attribution: 0, loaded_label: 0, evaluative: 0, booster: 0, speculation: 0, agentless_passive: 0, scare_quotes: 0, informal: 0 };

describe('the voice of a finding', () => {
  const text = 'The shameful plan failed. "It is a shameful betrayal," Smith said.';

  it('puts a marker in the writer’s words in the writer’s voice, and one in a quotation in the quote’s', () => {
    const markers = detectBias(text).markers.map(({ start, end, text: words, voice, quote }) => ({ start, end, text: words, voice, quote }));
    expect(markers).toEqual([
      { start: 4, end: 12, text: 'shameful', voice: 'writer', quote: undefined },
      { start: 35, end: 43, text: 'shameful', voice: 'quoted', quote: 'q1' },
    ]);
    expect(Object.keys(detectBias(text).markers[0] ?? {})).not.toContain('quote');
  });

  it('gives sentiment evidence and frame cues their voice the same way', () => {
    const evidence = scoreSentiment(text).evidence.filter((item) => item.scorer === 'afinn');
    expect(evidence.map(({ start, text: words, voice, quote }) => ({ start, text: words, voice, quote }))).toEqual([
      { start: 4, text: 'shameful', voice: 'writer', quote: undefined },
      { start: 18, text: 'failed', voice: 'writer', quote: undefined },
      { start: 35, text: 'shameful', voice: 'quoted', quote: 'q1' },
      { start: 44, text: 'betrayal', voice: 'quoted', quote: 'q1' },
    ]);
    const cues = detectFrames('The senator blamed the mayor. "The mayor is to blame," Smith said.', { dictionaries: [{ id: 'my/blame', source: 'test', entries: [{ match: 'blame', frame: 'blame', why: 'blame' }] }] }).custom[0]?.evidence;
    expect(cues?.map(({ start, text: words, voice, quote }) => ({ start, text: words, voice, quote }))).toEqual([
      { start: 12, text: 'blamed', voice: 'writer', quote: undefined },
      { start: 47, text: 'blame', voice: 'quoted', quote: 'q2' },
    ]);
  });
});

describe('the voice of every finding', () => {
  it('is the quote whose content holds the finding’s first character, or the writer’s, and so are the words each voice counts', () => {
    const piece = fc.constantFrom('The mayor ', 'shameful ', 'said ', '"It failed badly," ', '“a reckless plan” ', 'officials said the deal was a disaster. ', 'Smith blamed the war. ', 'very ', 'and ', '", she said. ', '"');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 14 }), (pieces) => {
        const analysis = analyze(pieces.join(''));
        const quoteAt = (offset: number): string | undefined => analysis.quotes.find((quote) => quote.content.some((span) => span.start <= offset && offset < span.end))?.id;
        const findings = [...(analysis.sentiment?.article.evidence ?? []), ...analysis.sentences.flatMap((sentence) => sentence.sentiment?.evidence ?? []), ...(analysis.bias?.markers ?? []), ...[...(analysis.framing?.generic ?? []), ...(analysis.framing?.policy ?? [])].flatMap((frame) => frame.evidence)];
        for (const finding of findings) {
          const quote = quoteAt(finding.start);
          expect({ voice: finding.voice, quote: finding.quote }).toEqual({ voice: quote ? 'quoted' : 'writer', quote });
        }
        // And each voice's words are the word tokens whose first character is in (or out of) a quote's content.
        const words = analyze(pieces.join(''), { includeTokens: true }).tokens?.filter((token) => token.kind === 'word') ?? [];
        const quoted = words.filter((token) => quoteAt(token.start) !== undefined).length;
        expect([analysis.bias?.voices.writer.words, analysis.bias?.voices.quoted.words]).toEqual([words.length - quoted, quoted]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('scare quotes', () => {
  it('are words in quotation marks that nobody is quoted as saying', () => {
    const scare = detectBias('The "reform" passed on Monday.').markers.filter((marker) => marker.category === 'scare_quotes');
    expect(scare.map(({ start, end, text, voice }) => ({ start, end, text, voice }))).toEqual([{ start: 4, end: 12, text: '"reform"', voice: 'writer' }]);
  });

  it('are not a quoted word that belongs to an attribution', () => {
    const markers = detectBias('The new "reform" of the harbour was a disaster, critics said.').markers;
    expect(markers.filter((marker) => marker.category === 'scare_quotes')).toEqual([]);
    expect(markers.find((marker) => marker.text === 'disaster')).toMatchObject({ voice: 'quoted', quote: 'q1' });
  });
});

describe('measures by voice', () => {
  it('counts markers, words, rates and a score for the writer’s words and for quoted words', () => {
    const { voices } = detectBias('The shameful plan failed. "It is a shameful betrayal," Smith said.');
    expect(voices.writer).toEqual({ words: 6, score: expect.any(Number), markers: 1, counts: { ...ZERO, evaluative: 1 }, rates: { ...ZERO, evaluative: 16.6667 }, lexical: 16.6667 });
    expect(voices.quoted).toEqual({ words: 5, score: expect.any(Number), markers: 1, counts: { ...ZERO, evaluative: 1 }, rates: { ...ZERO, evaluative: 20 }, lexical: 20 });
  });

  it('gives the writer the article’s own score and tone when nothing is quoted', () => {
    const analysis = analyze('Council approves harbour plan\n\nThe council approved the outrageous plan on Monday. Residents were deeply divided.');
    expect(analysis.bias?.voices.writer.score).toBe(analysis.bias?.score);
    expect(analysis.bias?.voices.quoted).toEqual({ words: 0, score: 0, markers: 0, counts: ZERO, rates: ZERO, lexical: 0 });
    expect(analysis.sentiment?.voices).toEqual({ writer: { score: analysis.sentiment?.article.score, label: analysis.sentiment?.article.label, words: 16 }, quoted: null });
    for (const part of analysis.sentiment?.parts ?? []) expect(part.voices.writer?.score).toBe(part.sentiment.score);
  });

  it('reads a quotation’s tone apart from the writer’s, in the article and each part', () => {
    const analysis = analyze('Harbour plan approved\n\nThe council approved the plan. "This is a shameful betrayal," Smith said.');
    const { writer, quoted } = analysis.sentiment?.voices ?? {};
    expect(quoted).toMatchObject({ label: 'negative', words: 5 });
    expect(writer?.words).toBe(10);
    expect((writer?.score as number) > (quoted?.score as number)).toBe(true);
    expect(analysis.sentiment?.parts.map((part) => [part.part, part.voices.writer?.words ?? null, part.voices.quoted?.words ?? null])).toEqual([
      ['title', 3, null],
      ['body', 7, 5],
    ]);
  });
});

describe('the lexical rate: distinct lexical terms per 100 words of a voice’s wording', () => {
  it('counts a loaded word in the writer’s narration for the writer and one in a quotation for the source', () => {
    const { voices } = detectBias('The mayor rammed through the plan. "It is a disgraceful betrayal," Smith said.');
    // Writer: "rammed through" in 8 words (The mayor rammed through the plan, Smith said); source: "disgraceful" in 5.
    expect([voices.writer.lexical, voices.quoted.lexical]).toEqual([12.5, 20]);
  });

  it('gives the writer the words of reported speech outside quotation marks, and the source those of a quotation inside', () => {
    const { voices } = detectBias('Smith said the plan was a shameful betrayal. "It is a shameful waste of money," Jones said.');
    // Both markers are in quoted voice, but the first is the writer's paraphrase: 1 in 10 words, against 1 in 7 (It is a shameful waste of money).
    expect([voices.writer.markers, voices.quoted.markers]).toEqual([0, 2]);
    expect([voices.writer.lexical, voices.quoted.lexical]).toEqual([10, 14.2857]);
    const mixed = detectBias('Smith said the plan was "a shameful and reckless betrayal" and a shameful waste.').voices;
    // Writer: "shameful" in 9 words; source: "shameful" and "reckless" in the 5 quoted words.
    expect([mixed.writer.lexical, mixed.quoted.lexical]).toEqual([11.1111, 40]);
  });

  it('gives the writer a quoted fragment of one to three words: which of a source’s words to show is the writer’s choice', () => {
    const fragments = detectBias('Smith called the plan "reckless" and the deal "a shameful failure."').voices;
    // "reckless" and "shameful" in the 11 words, all the writer's; nothing is the source's own wording.
    expect([fragments.writer.lexical, fragments.quoted.lexical]).toEqual([18.1818, 0]);
    expect([fragments.writer.markers, fragments.quoted.markers]).toEqual([0, 2]);
    const quotation = detectBias('Smith called the plan "a reckless waste of money."').voices;
    // Five quoted words are a quotation: "reckless" is the source's, 1 in 5; the writer's 4 words hold none.
    expect([quotation.writer.lexical, quotation.quoted.lexical]).toEqual([0, 20]);
  });

  it('counts a term once however often it recurs, in any of its forms', () => {
    const { voices } = detectBias('The massacre shocked the town. Officials said the massacres left ten people dead.');
    // "massacre" and "massacres" are one term in the writer's 13 words.
    expect(voices.writer.lexical).toBe(7.6923);
  });

  it('halves when the same narration is told twice: the words double, the terms do not', () => {
    const phrase = fc.constantFrom('the mayor ', 'shameful ', 'slammed ', 'very ', 'the plan ', 'the massacre ', 'reckless ', 'on Monday ', 'and ', 'residents ');
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 12 }), (phrases) => {
        const sentence = `The council ${phrases.join('')}met today.`;
        const once = detectBias(sentence).voices.writer.lexical;
        const twice = detectBias(`${sentence} ${sentence}`).voices.writer.lexical;
        expect(Math.abs(twice - once / 2)).toBeLessThanOrEqual(0.0001);
      }),
      { numRuns: 60 },
    );
  });

  it('counts the phrasing the writer picks: scare quotes and a weasel attribution', () => {
    const scare = detectBias('The council passed its "reforms" on Monday.');
    expect(scare.markers.map(({ start, end, category }) => ({ start, end, category }))).toEqual([{ start: 23, end: 32, category: 'scare_quotes' }]);
    // "reforms" in the writer's 7 words.
    expect(scare.voices.writer.lexical).toBe(14.2857);
    const weasel = detectBias('Many believe the plan is failing.');
    expect(weasel.markers.map(({ start, end, category }) => ({ start, end, category }))).toEqual([{ start: 0, end: 12, category: 'vague_attribution' }]);
    // "Many believe" in the 6 words of the writer's wording (the paraphrased belief is the writer's words too).
    expect(weasel.voices.writer.lexical).toBe(16.6667);
  });

  it('leaves out what lowers the writer’s commitment or is grammar: a hedge, a modal, an agentless passive', () => {
    const hedged = detectBias('The mayor, arguably, rebuilt the bridge.');
    expect(hedged.markers.map(({ text, category, type }) => ({ text, category, type }))).toEqual([{ text: 'arguably', category: 'epistemological', type: 'hedge' }]);
    expect(hedged.voices.writer.lexical).toBe(0);
    const constructions = detectBias('The bridge was closed and may stay shut.');
    expect(constructions.markers.map(({ category }) => category).sort()).toEqual(['agentless_passive', 'speculation']);
    expect(constructions.voices.writer.lexical).toBe(0);
  });

  it('leaves out a plain implicative and a negated word, and counts an implicative that condemns the actor', () => {
    const outcome = detectBias('The senate failed to pass the bill.');
    expect(outcome.markers.map(({ text, type }) => ({ text, type }))).toEqual([{ text: 'failed to', type: 'implicative' }]);
    expect(outcome.voices.writer.lexical).toBe(0);
    const denied = detectBias('The mayor is not a thug.');
    expect(denied.markers.map(({ text, negated }) => ({ text, negated }))).toEqual([{ text: 'thug', negated: true }]);
    expect(denied.voices.writer.lexical).toBe(0);
    const judged = detectBias('The mayor had the gall to raise taxes.');
    expect(judged.markers.map(({ text, type }) => ({ text, type }))).toEqual([{ text: 'had the gall to', type: 'judging_implicative' }]);
    // "had the gall to" in the writer's 8 words.
    expect(judged.voices.writer.lexical).toBe(12.5);
  });
});

describe('analysis.voices', () => {
  const analysis = analyze(
    'Council approves harbour plan\n\nThe council approved the harbour plan on Monday. "This plan will bring jobs to the town," Mayor Jane Doe said. Officials said the cost would rise. The report said the harbour needs dredging.\n\nResidents were divided.',
  );

  it('ranks the speakers by quoted words and gives the quoted, anonymous and per-type shares', () => {
    expect(analysis.voices).toEqual({
      words: 40,
      quotedWords: 16,
      quotedShare: 0.4,
      anonymousShare: 0.25,
      shares: { person: 0.5, organization: 0, anonymous: 0.25, document: 0.25, unknown: 0 },
      speakers: [
        { speaker: 'PERSON:jane-doe', name: 'Jane Doe', type: 'person', quotes: 1, words: 8, share: 0.5 },
        { speaker: null, name: 'Officials', type: 'anonymous', quotes: 1, words: 4, share: 0.25 },
        { speaker: null, name: 'The report', type: 'document', quotes: 1, words: 4, share: 0.25 },
      ],
    });
  });

  it('tells each entity how often and how much it is quoted, and its tone in each voice', () => {
    const doe = analysis.entities.find((entity) => entity.id === 'PERSON:jane-doe');
    expect(doe?.voices).toEqual({ writer: { score: expect.any(Number), label: expect.any(String), words: 4 }, quoted: null, quotes: 1, quotedWords: 8 });
    expect(analysis.entities.find((entity) => entity.id === 'ORG:council')?.voices).toMatchObject({ quoted: null, quotes: 0, quotedWords: 0 });
  });

  it('is all zeros when nothing is quoted, and the entities keep their counts without sentiment', () => {
    expect(analyze('').voices).toEqual({ words: 0, quotedWords: 0, quotedShare: 0, anonymousShare: 0, shares: { person: 0, organization: 0, anonymous: 0, document: 0, unknown: 0 }, speakers: [] });
    const skipped = analyze('"This plan will bring jobs," Mayor Jane Doe said.', { skip: ['sentiment'] });
    expect(skipped.entities.find((entity) => entity.id === 'PERSON:jane-doe')?.voices).toEqual({ writer: null, quoted: null, quotes: 1, quotedWords: 5 });
  });
});

describe('the words the voice measures count', () => {
  it('are the runs of letters and digits of any script, whatever stands between them', () => {
    const unit = fc.oneof(fc.constantFrom('a', 'Z', '7', 'é', 'ß', '٣', '中', '𝐀', '😀', '\ud800', '\udc00', '\u0301', ' ', '-', '’', '"', '@', '[', '`', '{', '\n'), fc.string({ unit: 'binary', maxLength: 1 }));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(wordsIn(text)).toBe(text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
      }),
      { numRuns: 2000 },
    );
  });
});
