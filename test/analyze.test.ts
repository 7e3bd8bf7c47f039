import { describe, expect, it } from 'vitest';
import { analyze, version } from '../src/index.js';
import { article } from './helpers.js';

describe('analyze()', () => {
  const analysis = analyze(article);

  it('returns plain JSON data that survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
  });

  it('is deterministic: the same text gives the same analysis', () => {
    expect(JSON.stringify(analyze(article))).toBe(JSON.stringify(analysis));
  });

  it('records what produced it: version, options, stage order, lexicons and models with provenance', () => {
    expect(analysis.meta).toEqual({
      library: 'newslens',
      version,
      options: { includeTokens: false, skip: [] },
      stages: ['markup', 'structure', 'tokens', 'entities', 'quotes', 'sentiment', 'bias', 'framing'],
      lexicons: [
        { id: 'newslens/boilerplate-cues', version: '1.0.0', source: expect.stringContaining('Written for newslens'), licence: 'MIT' },
        { id: 'newslens/gazetteer-countries', version: '1.0.0', source: expect.stringContaining('countries-list'), licence: 'MIT' },
        { id: 'newslens/gazetteer-demonyms', version: '1.0.0', source: expect.stringContaining('i18n-nationality'), licence: 'MIT' },
        { id: 'newslens/gazetteer-cities', version: '1.0.0', source: expect.stringContaining('SimpleMaps'), licence: 'CC BY 4.0' },
        { id: 'newslens/gazetteer-regions', version: '1.0.0', source: expect.stringContaining('CLDR'), licence: 'Unicode-3.0' },
        { id: 'newslens/gazetteer-person-names', version: '1.0.0', source: expect.stringContaining('Census'), licence: expect.stringContaining('Public domain') },
        { id: 'newslens/entity-cues', version: '1.2.0', source: 'newslens authors', licence: 'MIT' },
        { id: 'afinn-165', version: '5.0.2', source: expect.stringContaining('Finn Årup Nielsen'), licence: 'MIT' },
        { id: 'vader-lexicon', version: '1.1.3', source: expect.stringContaining('Hutto & Gilbert'), licence: 'MIT' },
        { id: 'wink-sentiment', version: expect.stringMatching(/^1\./), source: expect.stringContaining('decoded from wink-eng-lite-web-model'), licence: 'MIT' },
        { id: 'newslens/sentiment-news', version: '1.0.0', source: expect.stringContaining('newslens authors'), licence: 'MIT' },
        { id: 'newslens/sentiment-rules', version: '1.1.0', source: expect.stringContaining('VADER'), licence: 'MIT' },
        ...['reporting', 'vague-attribution', 'loaded-labels', 'informal', 'epistemological', 'speculation', 'evaluative'].map((name) => ({ id: `newslens/bias-${name}`, version: expect.any(String), source: expect.stringContaining('newslens authors'), licence: 'MIT' })),
        { id: 'newslens/bias-word-families', version: '1.0.0', source: expect.stringContaining('Princeton WordNet 3.1'), licence: expect.stringContaining('WordNet 3.1 licence') },
        { id: 'newslens/bias-boosters', version: expect.any(String), source: expect.stringContaining('newslens authors'), licence: 'MIT' },
        { id: 'newslens/bias-packages', version: expect.any(String), source: expect.stringContaining('hedges'), licence: 'MIT' },
        { id: 'newslens/bias-rules', version: '1.0.0', source: expect.stringContaining('agentless passives'), licence: 'MIT' },
        { id: 'newslens/speech-cues', version: '1.1.0', source: 'newslens authors', licence: 'MIT' },
        { id: 'newslens/quote-sources', version: '1.0.0', source: 'newslens authors', licence: 'MIT' },
        { id: 'newslens/given-name-genders', version: '1.0.0', source: expect.stringContaining('Census'), licence: expect.stringContaining('Public domain') },
        { id: 'newslens/frames-generic', version: expect.any(String), source: expect.stringContaining('Semetko & Valkenburg'), licence: 'MIT' },
        { id: 'newslens/frames-policy', version: expect.any(String), source: expect.stringContaining('Boydstun'), licence: 'MIT' },
      ],
      models: [
        { id: 'wink-nlp', version: expect.stringMatching(/^2\./), source: expect.any(String), licence: 'MIT' },
        { id: 'wink-eng-lite-web-model', version: expect.stringMatching(/^1\./), source: expect.any(String), licence: 'MIT' },
        { id: 'newslens/ner-perceptron', version: expect.any(String), source: expect.stringContaining('WikiGold'), licence: expect.stringContaining('CC BY 4.0') },
        { id: 'newslens/salience-weights', version: '2.0.0', source: expect.stringContaining('PerSenT'), licence: expect.stringContaining('CC BY 4.0') },
        { id: 'newslens/sentiment-weights', version: '1.1.0', source: expect.stringContaining('NYT editorial sentences'), licence: expect.stringContaining('MIT') },
        { id: 'newslens/target-sentiment', version: expect.any(String), source: expect.stringContaining('NewsMTSC'), licence: expect.stringContaining('MIT') },
        { id: 'newslens/entity-tone', version: expect.any(String), source: expect.stringContaining('PerSenT'), licence: expect.stringContaining('CC BY 4.0') },
        { id: 'newslens/bias-weights', version: '2.0.0', source: expect.stringContaining('BABE'), licence: expect.stringContaining('MIT') },
        { id: 'newslens/framing-weights', version: '2.0.0', source: expect.stringContaining('narrative-frames'), licence: 'MIT' },
      ],
    });
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('gives each sentence its offsets, part, section, token range and sentiment (the README example)', () => {
    expect(analysis.sentences[8]).toEqual({
      index: 8,
      start: 835,
      end: 892,
      text: 'However, no casualties were reported by the US officials.',
      part: 'body',
      section: 1,
      tokenStart: 156,
      tokenEnd: 167,
      sentiment: {
        score: expect.closeTo(0.09, 1),
        label: 'positive',
        scorers: { afinn: expect.any(Number), vader: expect.any(Number), wink: expect.any(Number), news: expect.any(Number) },
        evidence: [
          { start: 844, end: 857, text: 'no casualties', voice: 'writer', weight: 1.5, scorer: 'news', negated: false },
          { start: 847, end: 857, text: 'casualties', voice: 'writer', weight: 0, scorer: 'afinn', negated: true },
          { start: 847, end: 857, text: 'casualties', voice: 'writer', weight: 0, scorer: 'vader', negated: true },
          { start: 847, end: 857, text: 'casualties', voice: 'writer', weight: 0, scorer: 'wink', negated: true },
        ],
      },
    });
  });

  it('counts words, sentences and parts outside boilerplate', () => {
    expect(analysis.stats).toEqual({ characters: 3463, words: 544, sentences: 32, paragraphs: 7, sections: 6, boilerplate: 2 });
  });

  it('leaves tokens out unless asked, and then gives the same tokens the sentences index', () => {
    expect(analysis.tokens).toBeUndefined();
    const withTokens = analyze(article, { includeTokens: true });
    expect(withTokens.meta.options).toEqual({ includeTokens: true, skip: [] });
    const sentence = withTokens.sentences[8];
    const words = withTokens.tokens?.slice(sentence?.tokenStart, sentence?.tokenEnd).map((token) => token.text);
    expect(words).toEqual(['However', ',', 'no', 'casualties', 'were', 'reported', 'by', 'the', 'US', 'officials', '.']);
  });
});
