import { loadOnce, readDataBytes } from '../../data/load.js';
import type { LexiconInfo } from '../../data/lexicon.js';
import { readModelFile } from './model-file.js';
import { Perceptron } from './perceptron.js';
import { StaticScorer } from './scoring.js';

function load(): { tagger: Perceptron; scorer: StaticScorer; info: LexiconInfo } {
  return loadOnce('name-tagger', () => {
    const { header, tables, index } = readModelFile(readDataBytes('models/ner-perceptron.bin'));
    const tagger = Perceptron.fromTables(tables);
    return { tagger, scorer: new StaticScorer(tagger, index), info: { id: header.id, version: header.version, source: header.source, licence: header.licence } };
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
