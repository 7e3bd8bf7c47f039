// `batch --shard K/N`: which articles one of N independent processes (a Slurm array task, say)
// takes. The choice depends on nothing but the record's id, so N tasks split a corpus with no
// coordination, and an id lands in the same shard on every machine and Node version.
import { UsageError } from './records.js';

/** Shard `index` (counted from 1, as `sbatch --array=1-N` numbers its tasks) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** The shard `--shard K/N` names; anything but whole numbers with 1 ≤ K ≤ N is bad usage. */
export function parseShard(given: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(given);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard must be K/N, shard K of N counted from 1 (1 ≤ K ≤ N, as sbatch --array=1-N numbers tasks), received ${JSON.stringify(given)}`);
  }
  return { index, count };
}

const utf8 = new TextEncoder();

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`: a fixed, documented function, not the engine's string hash. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of utf8.encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/** Whether the record with `id` belongs to `shard`: shard K takes the ids whose hash is K - 1 modulo N. */
export const inShard = (id: string, shard: Shard): boolean => fnv1a32(id) % shard.count === shard.index - 1;
