/**
 * Writes src/data/models/ner-perceptron.bin, the form of the name tagger a process reads
 * (src/stages/04-entities/model-file.ts), from src/data/models/ner-perceptron.json, the form
 * scripts/train-ner.ts writes:
 *
 *   npx tsx scripts/pack-ner-model.ts
 *
 * (train-ner.ts runs it after training; test/model-file.test.ts fails when the two differ.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packModelFile, type PerceptronData } from '../src/stages/04-entities/model-file.js';

export const MODEL_JSON = new URL('../src/data/models/ner-perceptron.json', import.meta.url);
export const MODEL_FILE = new URL('../src/data/models/ner-perceptron.bin', import.meta.url);

/** The model file of a model's JSON form. */
export function packedModel(json: URL | string = MODEL_JSON): Buffer {
  const data = JSON.parse(readFileSync(json, 'utf8')) as PerceptronData;
  return packModelFile(data, 'ner-perceptron.json, by scripts/pack-ner-model.ts');
}

/** Writes the model file beside the JSON form (`x.json` → `x.bin`). */
export function writePackedModel(json: string = fileURLToPath(MODEL_JSON)): void {
  writeFileSync(json.replace(/\.json$/, '.bin'), packedModel(json));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writePackedModel();
