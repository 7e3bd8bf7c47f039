import { loadOnce, readDataFile } from '../../data/load.js';
import type { LexiconInfo } from '../../data/lexicon.js';
import { Perceptron, type PerceptronData } from './perceptron.js';
import { StaticScorer } from './scoring.js';

function load(): { tagger: Perceptron; scorer: StaticScorer; info: LexiconInfo } {
  return loadOnce('name-tagger', () => {
    const data = readDataFile<PerceptronData>('models/ner-perceptron.json');
    const tagger = Perceptron.fromData(data);
    return { tagger, scorer: new StaticScorer(tagger), info: { id: data.id, version: data.version, source: data.source, licence: data.licence } };
  });
}

/** The shipped name tagger, read from its data file on first use and shared. */
export function nameTagger(): Perceptron {
  return load().tagger;
}

/** The tagger's static-feature scorer, whose per-word cache lives as long as the tagger. */
export function staticScorer(): StaticScorer {
  return load().scorer;
}

export function nameTaggerInfo(): LexiconInfo {
  return load().info;
}
