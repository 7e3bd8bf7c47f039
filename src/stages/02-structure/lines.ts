import { isBlank, trimBounds } from '../../shared/text.js';

/**
 * One non-blank line of the view, with the layout facts the structure rules read. `start`
 * and `end` bound its content: blank characters and markdown markers (`## `, `**…**`) are
 * outside it.
 */
export interface Line {
  start: number;
  end: number;
  text: string;
  /** Index of the run of non-blank lines (the blank-line-separated block) it belongs to. */
  block: number;
  blankBefore: boolean;
  blankAfter: boolean;
  /** Markdown ATX heading level, 0 when the line is not one. */
  markdownLevel: number;
  /** The whole line is wrapped in markdown emphasis (`**Heading**`, `*dek*`). */
  emphasised: boolean;
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/** Splits the view into lines; linear in its length. */
export function splitLines(view: string): Line[] {
  const lines: Line[] = [];
  let block = -1;
  let blankRun = true;
  let lineStart = 0;
  const push = (from: number, to: number): void => {
    const [start, end] = trimBounds(view, from, to);
    if (start === end) {
      blankRun = true;
      return;
    }
    if (blankRun) block += 1;
    const previous = lines.at(-1);
    if (previous && blankRun) previous.blankAfter = true;
    const inner = stripMarkdown(view, start, end);
    lines.push({ start: inner.start, end: inner.end, text: view.slice(inner.start, inner.end), block, blankBefore: blankRun || lines.length === 0, blankAfter: false, markdownLevel: inner.markdownLevel, emphasised: inner.emphasised });
    blankRun = false;
  };
  for (const match of view.matchAll(LINE_BREAK)) {
    push(lineStart, match.index);
    lineStart = match.index + match[0].length;
  }
  push(lineStart, view.length);
  const last = lines.at(-1);
  if (last) last.blankAfter = true;
  return lines;
}

/** A line's bounds moved inside markdown heading markers and whole-line emphasis. */
function stripMarkdown(view: string, start: number, end: number): Pick<Line, 'start' | 'end' | 'markdownLevel' | 'emphasised'> {
  let level = 0;
  while (level < 7 && view.charCodeAt(start + level) === 35 /* # */) level += 1;
  if (level >= 1 && level <= 6 && start + level < end && isBlank(view.charAt(start + level))) {
    start += level;
    // An ATX heading may close with a run of '#'.
    let close = end;
    while (close > start && view.charCodeAt(close - 1) === 35) close -= 1;
    if (close < end && close > start && isBlank(view.charAt(close - 1))) end = close;
    [start, end] = trimBounds(view, start, end);
  } else {
    level = 0;
  }
  let emphasised = false;
  for (const marker of ['**', '__', '*', '_']) {
    const inner = end - start - 2 * marker.length;
    if (inner > 0 && view.startsWith(marker, start) && view.endsWith(marker, end) && !isBlank(view.charAt(start + marker.length))) {
      [start, end] = trimBounds(view, start + marker.length, end - marker.length);
      emphasised = true;
      break;
    }
  }
  return { start, end, markdownLevel: level, emphasised };
}
