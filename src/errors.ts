import { DEFAULT_MAX_LENGTH, SKIPPABLE, type SkippableStage, type TextOptions } from './analysis.js';
/** Describes a value for an error message: `null`, `array`, or its `typeof`. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Throws a TypeError naming the public function and the type it received. */
export function assertText(fn: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`newslens.${fn}(text): expected text to be a string, received ${describe(value)}`);
  }
}

/** Options may be omitted; anything else but a plain object is a caller's mistake. */
export function assertOptions(fn: string, value: unknown): void {
  if (value === undefined) return;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`newslens.${fn}(text, options): expected options to be an object, received ${describe(value)}`);
  }
}

/** A target is a `{ start, end }` pair of whole offsets with 0 <= start < end <= text.length. */
export function assertTarget(fn: string, text: string, value: unknown): asserts value is { start: number; end: number } {
  const target = value as { start?: unknown; end?: unknown } | null;
  const isOffset = (offset: unknown): offset is number => Number.isInteger(offset);
  if (target === null || typeof target !== 'object' || !isOffset(target.start) || !isOffset(target.end)) {
    throw new TypeError(`newslens.${fn}(text, target): expected target to be { start, end } with whole-number offsets, received ${describe(value)}`);
  }
  if (target.start < 0 || target.end > text.length || target.start >= target.end) {
    throw new RangeError(`newslens.${fn}(text, target): expected 0 <= start < end <= ${text.length}, received ${target.start}..${target.end}`);
  }
}

/** `skip` must list analyses `analyze()` can leave out. */
export function assertSkip(fn: string, value: unknown): asserts value is SkippableStage[] {
  if (!Array.isArray(value) || value.some((name) => !SKIPPABLE.includes(name))) {
    throw new TypeError(`newslens.${fn}(text, options): expected options.skip to be an array of ${SKIPPABLE.map((name) => `'${name}'`).join(', ')}, received ${JSON.stringify(value)}`);
  }
}

/** A count with its thousands grouped, the same in every locale: 1,000,000. */
const grouped = (count: number): string => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * `options.maxLength`, when given, is a whole number (0 or more) or Infinity; a text longer than
 * it (by default DEFAULT_MAX_LENGTH) throws a RangeError saying how long it is and how to raise
 * the limit. Call after assertOptions.
 */
export function assertLength(fn: string, text: string, options: TextOptions | undefined): void {
  const maxLength = options?.maxLength;
  if (maxLength !== undefined && !((Number.isInteger(maxLength) && maxLength >= 0) || maxLength === Infinity)) {
    const received = typeof maxLength === 'number' ? String(maxLength) : describe(maxLength);
    throw new TypeError(`newslens.${fn}(text, options): expected options.maxLength to be a whole number or Infinity, received ${received}`);
  }
  const limit = maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > limit) {
    throw new RangeError(`newslens.${fn}(text): the text is ${grouped(text.length)} characters, over maxLength ${grouped(limit)}; pass { maxLength } to raise it`);
  }
}
