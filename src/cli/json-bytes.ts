/**
 * How many levels of plain objects a line's JSON is made in pieces through: the line, its
 * analysis, and the analysis's parts (framing's, bias's, sentiment's members are then the pieces).
 */
const OPENED_LEVELS = 3;
/** Pieces shorter than this are joined up to about this length before they are encoded. */
const JOINED_LENGTH = 16 * 1024;
const NEWLINE = 0x0a;

/**
 * `JSON.stringify(value)` and a newline as UTF-8, in a buffer of its own: never a slice of Node's
 * shared pool, which handing over would detach. The JSON is made and encoded in pieces, the
 * members of its plain objects: an analysis's line as one string (300 K characters, often of two
 * bytes each) is flattened for encoding into a large object of its own, in memory mapped and
 * page-faulted for every article (in the worker) and unmapped again (by V8's helper threads).
 * Most pieces stay small enough for the young generation, whose pages are reused; only a single
 * member's JSON as long as a large object (the tokens of a long article) is one.
 * One difference from JSON.stringify: a member's own `toJSON` is called with '' as its key, not
 * the member's name (analyses hold no `toJSON`; Date's ignores its key).
 */
export function jsonLineBytes(value: Record<string, unknown>): Uint8Array {
  const pieces: string[] = [];
  const joined = addMembers(value, OPENED_LEVELS, pieces, '');
  if (joined !== '') pieces.push(joined);
  let length = 0;
  for (const piece of pieces) length += Buffer.byteLength(piece);
  const bytes = Buffer.allocUnsafeSlow(length + 1);
  let offset = 0;
  for (const piece of pieces) offset += bytes.write(piece, offset);
  bytes[offset] = NEWLINE;
  return bytes;
}

/** An object JSON.stringify writes as its own members (no toJSON, not an array or a class's instance). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/**
 * Adds `value`'s JSON, as JSON.stringify writes it, to `pieces`: opening plain objects down to
 * `levels` levels, each other member whole. `joined` is text not yet added, to which short
 * pieces are joined; returns what is left of it.
 */
function addMembers(value: Record<string, unknown>, levels: number, pieces: string[], joined: string): string {
  let separator = '{';
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (levels > 1 && isPlainObject(member)) {
      joined = addMembers(member, levels - 1, pieces, `${joined}${separator}${JSON.stringify(key)}:`);
    } else {
      const json = JSON.stringify(member) as string | undefined;
      if (json === undefined) continue;
      joined = `${joined}${separator}${JSON.stringify(key)}:`;
      if (json.length < JOINED_LENGTH) joined += json;
      else {
        pieces.push(joined, json);
        joined = '';
      }
    }
    separator = ',';
    if (joined.length >= JOINED_LENGTH) {
      pieces.push(joined);
      joined = '';
    }
  }
  return `${joined}${separator === '{' ? '{}' : '}'}`;
}
