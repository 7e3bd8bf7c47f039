import { hashOf } from '../../data/text-hash.js';
import { grown } from '../../shared/arrays.js';

/** Int32s per slot: the text's hash, its id + 1 (0: empty slot), where its characters start in the pool, its length. */
const SLOT = 4;

/**
 * Interned strings by their characters: an open-addressing hash table of (hash, id + 1, start,
 * length) slots over one pool of the strings' characters end to end. A lookup reads two typed
 * arrays, where a Map reads its buckets, the entry and the stored key string: every token's text
 * is a fresh string each article, and the entities stage looks one up per token. A slot holds
 * where its text is in the pool, so a hit reads no table of starts (one cache miss fewer).
 */
export class TextTable {
  private slots = new Int32Array(0);
  private mask = 0;
  private pool = new Uint16Array(0);
  /** How much of the pool is used. */
  private poolUsed = 0;
  size = 0;

  constructor() {
    // These tables grow later. Stored here a second time, they are mutable fields to V8 from the
    // start, so their first growth deoptimises no function optimised to read them as constants.
    this.slots = new Int32Array(SLOT * 4096);
    this.mask = 4096 - 1;
    this.pool = new Uint16Array(8192);
  }

  /** The id of `text`, or -1 if it is not in the table. */
  idOf(text: string): number {
    const hash = hashOf(text);
    const slots = this.slots;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = (slots[SLOT * slot + 1] as number) - 1;
      if (id < 0) return -1;
      if (slots[SLOT * slot] === hash && slots[SLOT * slot + 3] === text.length && this.holds(slots[SLOT * slot + 2] as number, text)) return id;
    }
  }

  /** Adds a text the table lacks, as id `size`. */
  add(text: string): number {
    const id = this.size;
    if (2 * (id + 1) > this.mask) this.rehash(2 * (this.mask + 1));
    const start = this.poolUsed;
    if (start + text.length > this.pool.length) this.pool = grown(this.pool, start + text.length);
    for (let i = 0; i < text.length; i += 1) this.pool[start + i] = text.charCodeAt(i);
    this.poolUsed = start + text.length;
    this.place(this.slots, this.mask, hashOf(text), id + 1, start, text.length);
    this.size += 1;
    return id;
  }

  clear(): void {
    this.slots.fill(0);
    this.poolUsed = 0;
    this.size = 0;
  }

  /** Whether the pool holds `text`'s characters from `start` (its length is known to match). */
  private holds(start: number, text: string): boolean {
    const pool = this.pool;
    for (let i = 0; i < text.length; i += 1) if (pool[start + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  private place(slots: Int32Array, mask: number, hash: number, idPlusOne: number, start: number, length: number): void {
    let slot = hash & mask;
    while ((slots[SLOT * slot + 1] as number) !== 0) slot = (slot + 1) & mask;
    slots[SLOT * slot] = hash;
    slots[SLOT * slot + 1] = idPlusOne;
    slots[SLOT * slot + 2] = start;
    slots[SLOT * slot + 3] = length;
  }

  private rehash(slotCount: number): void {
    const old = this.slots;
    const slots = new Int32Array(SLOT * slotCount);
    const mask = slotCount - 1;
    for (let k = 0; k < old.length; k += SLOT) if ((old[k + 1] as number) !== 0) this.place(slots, mask, old[k] as number, old[k + 1] as number, old[k + 2] as number, old[k + 3] as number);
    this.slots = slots;
    this.mask = mask;
  }
}
