/**
 * Character classes shared by the stages. "Blank" is what a reader does not see: whitespace
 * (including NBSP and the Unicode spaces), control characters (NUL, form feed, vertical tab)
 * and zero-width format characters. wink-nlp skips the same characters between tokens.
 */
const BLANK = /[\s\0-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]/;

const ALL_BLANK = new RegExp(`^${BLANK.source}*$`);

export function isBlank(char: string): boolean {
  return BLANK.test(char);
}

export function isAllBlank(text: string): boolean {
  return ALL_BLANK.test(text);
}

/** Offsets of `text.slice(start, end)` with blank characters trimmed off both ends. */
export function trimBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from < to && isBlank(text.charAt(from))) from += 1;
  while (to > from && isBlank(text.charAt(to - 1))) to -= 1;
  return [from, to];
}
