/**
 * Writes src/data/models/ner-perceptron.bin, the form of the name tagger a process reads
 * (src/stages/04-entities/model-file.ts), from src/data/models/ner-perceptron.json, the form
 * scripts/train-ner.ts writes, with the scorer's index of its largest templates (scorer-index.ts):
 *
 *   npx tsx scripts/pack-ner-model.ts
 *
 * (train-ner.ts runs it after training; test/model-file.test.ts fails when the two differ.)
 */
import { fileURLToPath } from 'node:url';
import { packModelFile, tablesOfData, type PerceptronData } from '../src/stages/04-entities/model-file.js';
import { Perceptron } from '../src/stages/04-entities/perceptron.js';
import { scorerIndexOf } from '../src/stages/04-entities/scorer-index.js';
import { packedForm } from './packed-form.js';

export const MODEL_JSON = new URL('../src/data/models/ner-perceptron.json', import.meta.url);
export const MODEL_FILE = new URL('../src/data/models/ner-perceptron.bin', import.meta.url);

export const { packed: packedModel, write: writePackedModel } = packedForm<PerceptronData>(MODEL_JSON, (data) => packModelFile(data, scorerIndexOf(Perceptron.fromTables(tablesOfData(data))), 'ner-perceptron.json, by scripts/pack-ner-model.ts'));

if (process.argv[1] === fileURLToPath(import.meta.url)) writePackedModel();
