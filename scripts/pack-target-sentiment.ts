/**
 * Writes src/data/models/target-sentiment.bin, the form of the target-sentiment classifier a
 * process reads (src/stages/06-sentiment/softmax-file.ts), from target-sentiment.json, the form
 * scripts/train-target-sentiment.ts writes:
 *
 *   npx tsx scripts/pack-target-sentiment.ts
 *
 * (train-target-sentiment.ts runs it after training; test/softmax-file.test.ts fails when the two differ.)
 */
import { fileURLToPath } from 'node:url';
import { packSoftmaxFile } from '../src/stages/06-sentiment/softmax-file.js';
import type { SoftmaxData } from '../src/stages/06-sentiment/softmax.js';
import { packedForm } from './packed-form.js';

export const TARGET_MODEL_JSON = new URL('../src/data/models/target-sentiment.json', import.meta.url);
export const TARGET_MODEL_FILE = new URL('../src/data/models/target-sentiment.bin', import.meta.url);

export const { packed: packedTargetModel, write: writePackedTargetModel } = packedForm<SoftmaxData>(TARGET_MODEL_JSON, (data) => packSoftmaxFile(data, 'target-sentiment.json, by scripts/pack-target-sentiment.ts'));

if (process.argv[1] === fileURLToPath(import.meta.url)) writePackedTargetModel();
