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
      options: { includeTokens: false },
      stages: ['markup', 'structure', 'tokens', 'entities'],
      lexicons: [
        { id: 'newslens/boilerplate-cues', version: '1.0.0', source: expect.stringContaining('Written for newslens'), licence: 'MIT' },
        { id: 'newslens/gazetteer-countries', version: '1.0.0', source: expect.stringContaining('countries-list'), licence: 'MIT' },
        { id: 'newslens/gazetteer-demonyms', version: '1.0.0', source: expect.stringContaining('i18n-nationality'), licence: 'MIT' },
        { id: 'newslens/gazetteer-cities', version: '1.0.0', source: expect.stringContaining('SimpleMaps'), licence: 'CC BY 4.0' },
        { id: 'newslens/gazetteer-regions', version: '1.0.0', source: expect.stringContaining('CLDR'), licence: 'Unicode-3.0' },
        { id: 'newslens/gazetteer-person-names', version: '1.0.0', source: expect.stringContaining('Census'), licence: expect.stringContaining('Public domain') },
        { id: 'newslens/entity-cues', version: '1.0.0', source: 'newslens authors', licence: 'MIT' },
      ],
      models: [
        { id: 'wink-nlp', version: expect.stringMatching(/^2\./), source: expect.any(String), licence: 'MIT' },
        { id: 'wink-eng-lite-web-model', version: expect.stringMatching(/^1\./), source: expect.any(String), licence: 'MIT' },
        { id: 'newslens/ner-perceptron', version: expect.any(String), source: expect.stringContaining('WikiGold'), licence: expect.stringContaining('CC BY 4.0') },
        { id: 'newslens/salience-weights', version: '1.0.0', source: expect.stringContaining('PerSenT'), licence: expect.stringContaining('CC BY 4.0') },
      ],
    });
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('gives each sentence its offsets, part, section and token range (the README example)', () => {
    expect(analysis.sentences[8]).toEqual({
      index: 8,
      start: 835,
      end: 892,
      text: 'However, no casualties were reported by the US officials.',
      part: 'body',
      section: 1,
      tokenStart: 156,
      tokenEnd: 167,
    });
  });

  it('counts words, sentences and parts outside boilerplate', () => {
    expect(analysis.stats).toEqual({ characters: 3463, words: 547, sentences: 32, paragraphs: 7, sections: 6, boilerplate: 2 });
  });

  it('leaves tokens out unless asked, and then gives the same tokens the sentences index', () => {
    expect(analysis.tokens).toBeUndefined();
    const withTokens = analyze(article, { includeTokens: true });
    expect(withTokens.meta.options).toEqual({ includeTokens: true });
    const sentence = withTokens.sentences[8];
    const words = withTokens.tokens?.slice(sentence?.tokenStart, sentence?.tokenEnd).map((token) => token.text);
    expect(words).toEqual(['However', ',', 'no', 'casualties', 'were', 'reported', 'by', 'the', 'US', 'officials', '.']);
  });
});
