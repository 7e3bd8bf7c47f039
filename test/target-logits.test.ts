import { describe, expect, it } from 'vitest';
import { readDataFile } from '../src/data/load.js';
import { runPipeline } from '../src/pipeline.js';
import { valenceLexicons } from '../src/shared/sentence-sentiment/lexicons.js';
import { valenceHits } from '../src/shared/sentence-sentiment/valence.js';
import { LogitSum } from '../src/stages/06-sentiment/logit-sum.js';
import { SoftmaxModel, tableOfWeights, type SoftmaxData } from '../src/stages/06-sentiment/softmax.js';
import { namingSink, targetFeatures } from '../src/stages/06-sentiment/target-features.js';
import { targetTokens } from '../src/stages/06-sentiment/target.js';
import { article } from './helpers.js';

describe("the target classifier's logits", () => {
  it('sum, by feature number and word id, the very weights the features name, in the order they come', () => {
    const data = readDataFile<SoftmaxData>('models/target-sentiment.json');
    const { names, table } = tableOfWeights(data.classes.length, data.weights);
    const sum = new LogitSum(new SoftmaxModel(data.classes, names, table));
    const doc = runPipeline(`${article}\nShe was not guilty, and the court's ruling is not a victory for them.`, 'quotes');
    let targets = 0;
    let wordFeatures = 0;
    for (const entity of doc.entities) {
      for (const mention of entity.mentions) {
        const at = targetTokens(doc, mention.start, mention.end);
        if (!at) continue;
        const hits = valenceHits(doc.tokens, at.sentence.tokenStart, at.sentence.tokenEnd, valenceLexicons());
        const byName = [0, 0, 0];
        targetFeatures(doc, at.sentence, at.first, at.last, hits, namingSink((name, value) => {
          const weights = data.weights[name];
          if (weights) for (let c = 0; c < 3; c += 1) byName[c] = (byName[c] as number) + (weights[c] as number) * value;
          if (/[:=]/.test(name) && weights) wordFeatures += 1;
        }));
        const byNumber = new Float64Array(3);
        sum.begin(byNumber);
        targetFeatures(doc, at.sentence, at.first, at.last, hits, sum);
        expect([...byNumber]).toEqual(byName);
        targets += 1;
      }
    }
    expect(targets).toBeGreaterThan(50);
    expect(wordFeatures).toBeGreaterThan(100);
  });

  it('gives each feature its full name for training: a word feature its kind, word and mark', () => {
    const doc = runPipeline('Critics said the mayor did not deserve praise.', 'tokens');
    const sentence = doc.sentences[0]!;
    const hits = valenceHits(doc.tokens, sentence.tokenStart, sentence.tokenEnd, valenceLexicons());
    const mayor = doc.tokens.findIndex((token) => token.text === 'mayor');
    const names: string[] = [];
    targetFeatures(doc, sentence, mayor, mayor, hits, namingSink((name) => names.push(name)));
    expect(names[0]).toBe('bias');
    expect(names).toContain('T:mayor');
    expect(names).toContain('L:say');
    expect(names).toContain('S:praise|neg');
  });
});
