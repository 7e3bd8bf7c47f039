import { readDataFile } from '../../data-files.js';
import type { LexiconInfo } from '../../lexicons/lexicon.js';
import { Perceptron, type PerceptronData } from './perceptron.js';

let shared: { tagger: Perceptron; info: LexiconInfo } | undefined;

function load(): { tagger: Perceptron; info: LexiconInfo } {
  if (!shared) {
    const data = readDataFile<PerceptronData>('models/ner-perceptron.json');
    shared = { tagger: Perceptron.fromData(data), info: { id: data.id, version: data.version, source: data.source, licence: data.licence } };
  }
  return shared;
}

/** The shipped name tagger, read from its data file on first use and shared. */
export function nameTagger(): Perceptron {
  return load().tagger;
}

export function nameTaggerInfo(): LexiconInfo {
  return load().info;
}
