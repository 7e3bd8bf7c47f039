import type { ArticleStructure, NewsDocument, Part, Section, Span, Unit } from '../../document/document.js';
import { trimBounds } from '../../shared/text.js';
import { flatTitleEnd } from './flat-title.js';
import { inlineFurniture, isFurnitureLine } from './furniture.js';
import { boilerplateCue, datelineLength, endsSentence, isByline, isDatelineLine, isMenu, readDateline, startsLower, wording, type LineWording } from './line-features.js';
import { splitLines, type Line } from './lines.js';
import { mapPacked } from '../../shared/arrays.js';
import { regexpOnFirstUse } from '../../shared/lazy-regexp.js';

/**
 * Structure stage: finds the parts of an article from its layout alone (line lengths,
 * Title Case, closing punctuation, blank lines, markdown) and cuts the text into units that
 * the tokenizer reads one at a time, so a headline never runs into the paragraph below it.
 */

const MAX_TITLE_WORDS = 30;
const MAX_HEADING_WORDS = 14;
const MAX_HEADING_LENGTH = 120;
/** A dek is a sentence-length summary; anything shorter under the title is a heading. */
const MIN_DEK_WORDS = 8;
const MAX_DEK_WORDS = 60;
const MIN_HEADING_TITLE_CASE = 0.75;
/** "Thanks." and "Yes, Really." are too short to read as headlines by their case. */
const MIN_FULL_STOP_TITLE_WORDS = 3;
const NOT_A_HEADLINE_ENDING = new Set(['.', ',', ';', ':']);

/** A line with the facts the rules read; `words` is computed on first use. */
class ReadLine implements Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly block: number;
  readonly blankBefore: boolean;
  readonly blankAfter: boolean;
  readonly markdownLevel: number;
  readonly emphasised: boolean;
  readonly endsSentence: boolean;
  readonly startsLower: boolean;
  part: Part = 'body';
  private wording: LineWording | undefined | null = null;

  constructor(line: Line) {
    this.start = line.start;
    this.end = line.end;
    this.text = line.text;
    this.block = line.block;
    this.blankBefore = line.blankBefore;
    this.blankAfter = line.blankAfter;
    this.markdownLevel = line.markdownLevel;
    this.emphasised = line.emphasised;
    this.endsSentence = endsSentence(line.text);
    this.startsLower = startsLower(line.text);
  }

  /** Wording facts; undefined for lines too long to be anything but prose. */
  get words(): LineWording | undefined {
    if (this.wording === null) this.wording = wording(this.text);
    return this.wording;
  }
}

export function structureStage(doc: NewsDocument): void {
  const lines = mapPacked(splitLines(doc.view), (line) => new ReadLine(line));
  const content: ReadLine[] = [];
  for (const line of lines) {
    if (boilerplateCue(line.text) || isMenu(line.text) || isFurnitureLine(line.text)) line.part = 'boilerplate';
    else content.push(line);
  }
  let bodyFrom = markFrontMatter(content);
  if (bodyFrom === 0 && content[0] && splitFlatTitle(content[0], lines, content)) bodyFrom = 1;
  const dateline = content.slice(0, bodyFrom + 2).find((line) => line.part === 'body' && isDatelineLine(line.text));
  if (dateline) dateline.part = 'dateline';
  markHeadings(content, bodyFrom);
  buildUnits(doc, lines, usesBlankLines(content));
}

/**
 * A flat scrape's first line that opens with a headline ("Title Case Words Here The body
 * starts…") becomes two lines, the title and the rest, in both lists.
 */
function splitFlatTitle(first: ReadLine, lines: ReadLine[], content: ReadLine[]): boolean {
  const end = flatTitleEnd(first.text);
  if (end === undefined) return false;
  const titleText = first.text.slice(0, end).trimEnd();
  const title = new ReadLine({ ...first, end: first.start + titleText.length, text: titleText, blankAfter: false });
  const rest = new ReadLine({ ...first, start: first.start + end, text: first.text.slice(end), blankBefore: false });
  title.part = 'title';
  lines.splice(lines.indexOf(first), 1, title, rest);
  content.splice(0, 1, title, rest);
  return true;
}

/** Marks kicker, title, subtitle and byline at the top; returns the first body line's index. */
function markFrontMatter(content: ReadLine[]): number {
  let k = 0;
  const at = (i: number): ReadLine | undefined => content[i];
  const first = at(0);
  if (first?.words?.allCaps && first.words.words <= 5 && !first.endsSentence && isTitle(at(1), at(2))) {
    first.part = 'kicker';
    k = 1;
  }
  const title = at(k);
  if (!title) return k;
  const fullStopTitle = !isTitle(title, at(k + 1)) && isFullStopTitle(title, at(k + 1), at(k + 2));
  if (!fullStopTitle && !isTitle(title, at(k + 1))) return k;
  title.part = 'title';
  k += 1;
  // Under a headline closed by a full stop, punctuation tells no dek from the lead paragraph.
  let dekAllowed = !fullStopTitle;
  for (let line = at(k); line?.words && !line.markdownLevel; line = at(k)) {
    if (isByline(line.text)) line.part = 'byline';
    else if (dekAllowed && isDek(line, at(k + 1))) line.part = 'subtitle';
    else break;
    dekAllowed = false; // a dek comes straight under the title, before any byline
    k += 1;
  }
  return k;
}

/** Marks that leave a sentence open at the end of a line. */
const RUNS_ON_AFTER = new Set([',', ';', '-', '–', '—', '(', '&']);

/**
 * Text runs on from `line` into `next`: same block, no closing punctuation, and next starts
 * lower case or `line` ends on a mark that leaves the sentence open.
 */
function wrapsInto(line: ReadLine | undefined, next: ReadLine | undefined): boolean {
  return line !== undefined && next !== undefined && next.block === line.block && !line.endsSentence && (next.startsLower || RUNS_ON_AFTER.has(line.text.trimEnd().slice(-1)));
}

function isTitle(line: ReadLine | undefined, next: ReadLine | undefined): boolean {
  if (!line?.words || !next) return false;
  if (line.markdownLevel > 0) return true;
  const w = line.words;
  return w.words <= MAX_TITLE_WORDS && !isDatelineLine(line.text) && !line.startsLower && !NOT_A_HEADLINE_ENDING.has(w.lastChar) && !isByline(line.text) && !wrapsInto(line, next);
}

/** "Report: …", "The Latest: …", "Clinton camp: …": a short label and a colon open the line. */
const HEADLINE_LABEL = regexpOnFirstUse(String.raw`^\p{Lu}[^\s:]*(?:\s+[^\s:]+){0,3}:\s+\S`, 'u');

/**
 * Plain-text news often closes its headline with a full stop ("Senate passes budget."). A
 * one-sentence line standing alone at the top is the title when a dateline, byline or label
 * in capitals opens the text under it, or when it reads like one (Title Case, a "Label:" opening) above two or
 * more lines.
 */
function isFullStopTitle(line: ReadLine, next: ReadLine | undefined, afterNext: ReadLine | undefined): boolean {
  const w = line.words;
  if (!w || !next || !line.blankBefore || !line.blankAfter) return false;
  if (w.lastChar !== '.' || w.words > MAX_TITLE_WORDS || line.startsLower || isByline(line.text)) return false;
  const titleCase = w.words >= MIN_FULL_STOP_TITLE_WORDS && w.titleCaseRatio >= MIN_HEADING_TITLE_CASE;
  // Prose is never in Title Case, so a Title Case line may hold two short sentences ("Isn't True. Not Yet.").
  if (w.innerSentenceBreak && !titleCase) return false;
  // A dateline, a byline or a label in capitals ("ABSTRACT.") opens what follows: the line above is front matter.
  if (datelineLength(next.text) > 0 || isByline(next.text) || isCapitalsLabel(next)) return true;
  // The body under it: two more lines, or one paragraph of more than one sentence.
  const bodyFollows = afterNext !== undefined || next.words === undefined || next.words.innerSentenceBreak;
  return bodyFollows && (titleCase || HEADLINE_LABEL().test(line.text));
}

const MAX_LABEL_WORDS = 3;

function isCapitalsLabel(line: ReadLine): boolean {
  return line.words !== undefined && line.words.allCaps && line.words.words <= MAX_LABEL_WORDS;
}

function isDek(line: ReadLine, next: ReadLine | undefined): boolean {
  const w = line.words;
  // A paragraph that opens with a dateline is the story itself.
  if (!w || !next || line.startsLower || wrapsInto(line, next) || datelineLength(line.text) > 0) return false;
  if (line.emphasised) return w.words >= 3;
  if (w.words < MIN_DEK_WORDS || w.words > MAX_DEK_WORDS || w.innerSentenceBreak) return false;
  // A one-sentence line ending in a full stop is a dek only when the article visibly starts after it.
  return !NOT_A_HEADLINE_ENDING.has(w.lastChar) || isByline(next.text) || datelineLength(next.text) > 0;
}

function isHeading(line: ReadLine, previous: ReadLine | undefined, next: ReadLine | undefined, bodyFollows: boolean): boolean {
  if (line.markdownLevel > 0) return true;
  if (line.text.length > MAX_HEADING_LENGTH) return false;
  const w = line.words;
  if (!w || w.words > MAX_HEADING_WORDS) return false;
  if (line.startsLower || NOT_A_HEADLINE_ENDING.has(w.lastChar) || !bodyFollows) return false;
  if (wrapsInto(previous, line) || wrapsInto(line, next) || (previous?.block === line.block && !previous.endsSentence)) return false;
  return line.emphasised || w.allCaps || w.titleCaseRatio >= MIN_HEADING_TITLE_CASE;
}

function markHeadings(content: ReadLine[], from: number): void {
  let bodyFollows = false;
  const follows: boolean[] = [];
  for (let i = content.length - 1; i >= from; i -= 1) {
    follows[i] = bodyFollows;
    const line = content[i];
    if (line && line.markdownLevel === 0) bodyFollows = true;
  }
  for (let i = from; i < content.length; i += 1) {
    const line = content[i];
    if (line?.part === 'body' && isHeading(line, content[i - 1], content[i + 1], follows[i] ?? false)) line.part = 'heading';
  }
}

/**
 * Whether blank lines separate paragraphs (then a block is one paragraph however its lines
 * end) or every line is one (scraped text), judged from how most lines are followed.
 */
function usesBlankLines(content: ReadLine[]): boolean {
  const judged = content.slice(0, -1);
  return judged.length > 0 && judged.filter((line) => line.blankAfter).length * 2 >= judged.length;
}

/** Groups body lines into paragraphs, splits off a dateline, and records units and sections. */
function buildUnits(doc: NewsDocument, lines: ReadLine[], blockParagraphs: boolean): void {
  const structure: ArticleStructure = { sections: [], boilerplate: [] };
  const units: Unit[] = [];
  let section: Section | undefined;
  let datelineChecked = false;

  const openSection = (heading?: Span): Section => {
    const opened: Section = heading ? { heading, start: heading.start, end: heading.end, paragraphs: [] } : { start: -1, end: -1, paragraphs: [] };
    structure.sections.push(opened);
    return opened;
  };
  const addBody = (start: number, end: number): void => {
    if (start >= end) return;
    section ??= openSection();
    if (section.start < 0) section.start = start;
    section.end = end;
    section.paragraphs.push(doc.span(start, end));
    units.push({ part: 'body', start, end, section: structure.sections.length - 1 });
  };
  const addParagraph = (start: number, end: number): void => {
    if (!datelineChecked && !structure.dateline) {
      datelineChecked = true;
      const dateline = readDateline(doc.view.slice(start, start + 120));
      if (dateline && start + dateline.end < end) {
        const [from, to] = trimBounds(doc.view, start, start + dateline.end);
        structure.dateline = { ...doc.span(from, to), ...(dateline.place && { place: doc.span(start + dateline.place[0], start + dateline.place[1]) }) };
        units.push({ part: 'dateline', start: from, end: to, section: null });
        start = trimBounds(doc.view, start + dateline.end, end)[0];
      }
    }
    // Furniture glued into the paragraph is cut out; the text around it stays body.
    const base = start;
    for (const [from, to] of inlineFurniture(doc.view.slice(base, end))) {
      const [boilerplateStart, boilerplateEnd] = trimBounds(doc.view, base + from, base + to);
      addBody(...trimBounds(doc.view, start, boilerplateStart));
      structure.boilerplate.push(doc.span(boilerplateStart, boilerplateEnd));
      units.push({ part: 'boilerplate', start: boilerplateStart, end: boilerplateEnd, section: null });
      start = boilerplateEnd;
    }
    addBody(...trimBounds(doc.view, start, end));
  };

  let paragraph: { start: number; end: number; last: ReadLine } | undefined;
  const closeParagraph = (): void => {
    if (paragraph) addParagraph(paragraph.start, paragraph.end);
    paragraph = undefined;
  };

  for (const line of lines) {
    if (line.part === 'body') {
      // Lines of one block join into one paragraph; in line layout only where a sentence runs on,
      // so a list or a results table stays one line per unit and no name runs across lines.
      if (paragraph && paragraph.last.block === line.block && (blockParagraphs || wrapsInto(paragraph.last, line))) {
        paragraph.end = line.end;
        paragraph.last = line;
        continue;
      }
      closeParagraph();
      paragraph = { start: line.start, end: line.end, last: line };
      continue;
    }
    closeParagraph();
    const span = doc.span(line.start, line.end);
    if (line.part === 'heading') {
      section = openSection(span);
      units.push({ part: 'heading', start: line.start, end: line.end, section: structure.sections.length - 1 });
      continue;
    }
    units.push({ part: line.part, start: line.start, end: line.end, section: null });
    if (line.part === 'boilerplate') structure.boilerplate.push(span);
    else structure[line.part] = span;
  }
  closeParagraph();
  const { sections, boilerplate, ...front } = structure;
  // Front matter first, in reading order, so the JSON reads like the article.
  const order = ['kicker', 'title', 'subtitle', 'byline', 'dateline'] as const;
  doc.structure = { ...Object.fromEntries(mapPacked(order.filter((key) => front[key]), (key) => [key, front[key]])), sections, boilerplate };
  doc.units = units.sort((a, b) => a.start - b.start);
}
