import { hashOf } from '../../data/text-hash.js';

/**
 * Interned strings by their characters: an open-addressing hash table of (hash, id + 1) pairs
 * over one pool of the strings' characters end to end. A lookup reads two typed arrays, where a
 * Map reads its buckets, the entry and the stored key string: every token's text is a fresh
 * string each article, and the entities stage looks one up per token.
 */
export class TextTable {
  private slots = new Int32Array(2 * 4096);
  private mask = 4096 - 1;
  /** Where text id k's characters start in the pool; its end is starts[k + 1]. */
  private starts = new Int32Array(1024 + 1);
  private pool = new Uint16Array(8192);
  size = 0;

  /** The id of `text`, or -1 if it is not in the table. */
  idOf(text: string): number {
    const hash = hashOf(text);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = (this.slots[2 * slot + 1] as number) - 1;
      if (id < 0) return -1;
      if (this.slots[2 * slot] === hash && this.holds(id, text)) return id;
    }
  }

  /** Adds a text the table lacks, as id `size`. */
  add(text: string): number {
    const id = this.size;
    if (2 * (id + 1) > this.mask) this.rehash(2 * (this.mask + 1));
    this.place(hashOf(text), id);
    if (id + 1 >= this.starts.length) this.starts = grownArray(this.starts, 2 * this.starts.length);
    const start = this.starts[id] as number;
    if (start + text.length > this.pool.length) this.pool = grownArray(this.pool, Math.max(2 * this.pool.length, start + text.length));
    for (let i = 0; i < text.length; i += 1) this.pool[start + i] = text.charCodeAt(i);
    this.starts[id + 1] = start + text.length;
    this.size += 1;
    return id;
  }

  clear(): void {
    this.slots.fill(0);
    this.size = 0;
  }

  private holds(id: number, text: string): boolean {
    const start = this.starts[id] as number;
    if ((this.starts[id + 1] as number) - start !== text.length) return false;
    for (let i = 0; i < text.length; i += 1) if (this.pool[start + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  private place(hash: number, id: number): void {
    let slot = hash & this.mask;
    while ((this.slots[2 * slot + 1] as number) !== 0) slot = (slot + 1) & this.mask;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = id + 1;
  }

  private rehash(slotCount: number): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * slotCount);
    this.mask = slotCount - 1;
    for (let k = 0; k < old.length; k += 2) if ((old[k + 1] as number) !== 0) this.place(old[k] as number, (old[k + 1] as number) - 1);
  }
}

function grownArray<T extends Int32Array | Uint16Array>(array: T, length: number): T {
  const larger = new (array.constructor as new (length: number) => T)(length);
  larger.set(array);
  return larger;
}
