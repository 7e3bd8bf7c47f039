import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * What a pack script exports for a model whose JSON form (the readable record, what training
 * writes) ships packed beside it (`x.json` → `x.bin`): `packed` makes the bytes, for the test
 * that the shipped file is up to date; `write` writes them, for the training script.
 */
export function packedForm<T>(modelJson: URL, pack: (data: T) => Buffer): { packed: (json?: URL | string) => Buffer; write: (json?: string) => void } {
  const packed = (json: URL | string = modelJson): Buffer => pack(JSON.parse(readFileSync(json, 'utf8')) as T);
  const write = (json: string = fileURLToPath(modelJson)): void => writeFileSync(json.replace(/\.json$/, '.bin'), packed(json));
  return { packed, write };
}
