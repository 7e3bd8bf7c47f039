import type { NewsDocument, Sentence, Token } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import type { Quote, QuoteCue, QuoteKind } from '../../shared/quotes.js';
import { isWord, quotedStretches, tokenUnits, type Stretch } from './marks.js';
import { cueAt, lemmaOf, phraseEndingAt, phraseStartingAt, type CueMatch } from './phrases.js';
import { headOf, type Speakers } from './speakers.js';
import { mapPacked } from '../../shared/arrays.js';
import { upperFirst } from '../../shared/letter-classes.js';

/** An attribution as token ranges, before it becomes a `Quote`. */
interface Draft {
  /** Token ranges `[from, to)` of what was said. */
  content: [number, number][];
  /** The cue's tokens `[first, last]` and what it is; null for a quotation nothing attributes. */
  cue: { first: number; last: number; lemma: string; loaded: boolean } | null;
  /** The source's tokens `[first, last]`. */
  source: [number, number] | null;
}

/** Content as the words of a whole quoted stretch (its marks outside), and which stretches. */
interface Content {
  ranges: [number, number][];
  /** The content is exactly these stretches' words: a direct quotation. */
  quoted: boolean;
}

/** Verbs whose listener comes between them and what was said ("told reporters the plan failed"). */
const ADDRESSED = new Set(['tell', 'ask', 'inform', 'assure', 'warn', 'remind', 'urge', 'advise', 'caution', 'promise']);
/** Conjunctions that, after a comma, open the narrator's next clause. */
const NEXT_CLAUSE = new Set(['and', 'but', 'while', 'as', 'although', 'though', 'whereas']);
const CLAUSE_BREAKS = new Set([',', '.', ';', ':', '!', '?', '—', '–']);
const TRIMMED = new Set([',', ';', ':', '—', '–', '-', '(', ')']);
/** Words between a source and its verb: "has said", "also told", "did not say". */
const BETWEEN = new Set(['AUX', 'ADV', 'PART']);
const VERBS = new Set(['VERB', 'AUX']);
/** Relative pronouns opening a clause about a speaker, between the speaker and the verb. */
const RELATIVE = new Set(['who', 'whose']);
/** How long a relative clause between a speaker and the verb may be, in tokens. */
const MOST_CLAUSE_TOKENS = 25;
/** How many words may follow a cue that ends an attribution ("…," he said in an interview with CNN on Tuesday.). */
const MOST_TAIL_TOKENS = 10;

/**
 * Reads a document's attributions: cues and their sources and contents, quotations that run on
 * or that no cue claims, as token ranges (drafts), and turns each into a `Quote`.
 */
export class AttributionReader {
  private readonly tokens: readonly Token[];
  /** The unit (paragraph) of each token. */
  private readonly units: Int32Array;
  private readonly stretches: Stretch[];
  /** For each token, the stretch whose marks enclose it (marks included), or -1. */
  private readonly stretchOf: Int32Array;
  /** The stretch a token opens or closes, or -1. */
  private readonly openOf: Int32Array;
  private readonly closeOf: Int32Array;
  /** Tokens an attribution has taken (content, cue or source). */
  private readonly owned: Uint8Array;
  private readonly used: Uint8Array;

  constructor(private readonly doc: NewsDocument) {
    this.tokens = doc.tokens;
    const n = this.tokens.length;
    this.units = tokenUnits(doc);
    this.stretches = quotedStretches(doc, this.units);
    this.stretchOf = new Int32Array(n).fill(-1);
    this.openOf = new Int32Array(n).fill(-1);
    this.closeOf = new Int32Array(n).fill(-1);
    this.owned = new Uint8Array(n);
    this.used = new Uint8Array(this.stretches.length);
    this.stretches.forEach((stretch, s) => {
      const end = stretch.close >= 0 ? stretch.close : (stretch.pieces.at(-1) as [number, number])[1] - 1;
      for (let k = stretch.open; k <= end; k += 1) this.stretchOf[k] = s;
      this.openOf[stretch.open] = s;
      if (stretch.close >= 0) this.closeOf[stretch.close] = s;
    });
  }

  /** Is the character at `offset` inside quotation marks? */
  quotedAt(offset: number): boolean {
    const span = this.doc.charSpan(offset, offset + 1, 'expand');
    return span !== undefined && this.stretchOf[span.tokenStart] !== -1;
  }

  read(): Draft[] {
    const drafts: Draft[] = [];
    for (const sentence of this.doc.sentences) {
      if (sentence.part === 'boilerplate') continue;
      let previous = this.headline(sentence);
      if (previous) this.claim(previous, drafts);
      for (let k = sentence.tokenStart; k < sentence.tokenEnd; k += 1) {
        if (this.stretchOf[k] !== -1 || this.owned[k]) continue;
        const cue = cueAt(this.tokens, k, sentence.tokenEnd);
        if (!cue) continue;
        const draft = this.attribute(sentence, cue, previous);
        if (draft) this.claim(draft, drafts), (previous = draft);
        k = cue.last;
      }
    }
    // Quotations no cue claimed: the same speaker going on in the paragraph ("…," Blackwell
    // continued, "…" and then "…"), or the subject of the clause a colon ends before it, or the
    // speaker of another attribution in the paragraph, or else someone's words when three words or more.
    const claimedBy = this.draftsOfStretches(drafts);
    const speakersOfUnits = this.speakersOfUnits(drafts);
    this.stretches.forEach((stretch, s) => {
      if (this.used[s] || this.owned[stretch.open]) return;
      const before = s > 0 ? claimedBy[s - 1] : undefined;
      const near = this.nearestSpeaker(speakersOfUnits, stretch);
      const goesOn = before && before.cue && this.unbroken((this.stretches[s - 1] as Stretch).close, stretch.open) ? before : undefined;
      const introduced = goesOn ? undefined : this.introducedByColon(stretch);
      const joins = goesOn ?? near;
      if (introduced) this.claim(introduced, drafts), (claimedBy[s] = introduced);
      else if (joins) {
        joins.content = [...joins.content, ...stretch.pieces].sort((a, b) => a[0] - b[0]);
        claimedBy[s] = joins;
        this.used[s] = 1;
      } else if (stretch.words >= 3) {
        const draft: Draft = { content: stretch.pieces, cue: null, source: null };
        this.claim(draft, drafts);
        claimedBy[s] = draft;
      }
    });
    return drafts;
  }

  /**
   * A quotation opening after a colon whose clause names no listed cue ("Cruz called them on
   * it: “…”", "The headline reads: “…”"): the clause's subject said it, the colon its cue.
   */
  private introducedByColon(stretch: Stretch): Draft | undefined {
    const colon = stretch.open - 1;
    const token = this.tokens[colon];
    if (token?.text !== ':' || this.owned[colon]) return undefined;
    const sentence = this.doc.sentences[token.sentence] as Sentence;
    const source = this.subjectOf(sentence, colon);
    return source && !this.owned[source[0]] ? { content: stretch.pieces, cue: { first: colon, last: colon, lemma: ':', loaded: false }, source } : undefined;
  }

  /** The drafts with a source, by the unit (paragraph) of their cue, in text order. */
  private speakersOfUnits(drafts: readonly Draft[]): Map<number, Draft[]> {
    const of = new Map<number, Draft[]>();
    for (const draft of drafts) {
      if (!draft.source || !draft.cue) continue;
      const unit = this.units[draft.cue.first] as number;
      const list = of.get(unit) ?? [];
      list.push(draft);
      of.set(unit, list);
    }
    for (const list of of.values()) list.sort((a, b) => (a.cue as { first: number }).first - (b.cue as { first: number }).first);
    return of;
  }

  /** The attribution nearest a quotation in its paragraph, the one before it first: a paragraph of quotations is mostly one speaker's. */
  private nearestSpeaker(speakers: Map<number, Draft[]>, stretch: Stretch): Draft | undefined {
    const unit = this.units[stretch.open] as number;
    const list = speakers.get(unit);
    if (!list) return undefined;
    // The first attribution after the quotation's opening mark, by binary search.
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (((list[mid] as Draft).cue as { first: number }).first > stretch.open) high = mid;
      else low = mid + 1;
    }
    return list[low - 1] ?? list[low];
  }

  /** The draft whose content holds each stretch's opening mark or words. */
  private draftsOfStretches(drafts: readonly Draft[]): (Draft | undefined)[] {
    const of: (Draft | undefined)[] = new Array(this.stretches.length);
    for (const draft of drafts)
      for (const [from, to] of draft.content) {
        const inside = this.stretchOf[from] as number;
        if (inside >= 0) of[inside] = draft;
        for (let k = Math.max(from - 1, 0); k < to; k += 1) if ((this.openOf[k] as number) >= 0) of[this.openOf[k] as number] = draft;
      }
    return of;
  }

  /** Tokens `from`..`to` lie in one paragraph and no attribution has any of them: the speaker has not changed. */
  private unbroken(from: number, to: number): boolean {
    if (from < 0 || to - from > 80 || this.units[from] !== this.units[to]) return false;
    for (let k = from + 1; k < to; k += 1) if (this.owned[k]) return false;
    return true;
  }

  private claim(draft: Draft, drafts: Draft[]): void {
    for (const [from, to] of draft.content)
      for (let k = from; k < to; k += 1) {
        this.owned[k] = 1;
        const opened = this.openOf[k] as number;
        if (opened >= 0) this.used[opened] = 1;
        const s = this.stretchOf[k] as number;
        if (s >= 0) this.used[s] = 1;
      }
    if (draft.cue) for (let k = draft.cue.first; k <= draft.cue.last; k += 1) this.owned[k] = 1;
    if (draft.source) for (let k = draft.source[0]; k <= draft.source[1]; k += 1) this.owned[k] = 1;
    drafts.push(draft);
  }

  /** A headline's or a sentence's opening "Name: what they said" ("Trump: 'We will win'"). */
  private headline(sentence: Sentence): Draft | undefined {
    const { tokens } = this;
    // Inside a quotation (or words another attribution took), "Biden: …" is the quoted speaker's, not a headline's.
    if (this.stretchOf[sentence.tokenStart] !== -1 || this.owned[sentence.tokenStart]) return undefined;
    const limit = Math.min(sentence.tokenEnd, sentence.tokenStart + 6);
    let colon = sentence.tokenStart;
    while (colon < limit && (tokens[colon] as Token).pos === 'PROPN') colon += 1;
    if (colon === sentence.tokenStart || colon >= limit || (tokens[colon] as Token).text !== ':') return undefined;
    const content = this.contentAfter(colon + 1, sentence);
    if (!content || wordsIn(tokens, content.ranges) < 2) return undefined;
    return { content: content.ranges, cue: { first: colon, last: colon, lemma: ':', loaded: false }, source: [sentence.tokenStart, colon - 1] };
  }

  /** The attribution a cue makes, by the construction around it. */
  private attribute(sentence: Sentence, match: CueMatch, previous: Draft | undefined): Draft | undefined {
    const { tokens } = this;
    const { first, last, cue } = match;
    const cueOf = { first, last, lemma: cue.lemma, loaded: cue.loaded };
    if (cue.lemma === 'according to') {
      const source = phraseStartingAt(tokens, last + 1, sentence.tokenEnd);
      if (!source) return undefined;
      const leads = first === sentence.tokenStart || this.isLead(first - 1) === false;
      const content = leads ? this.contentAfter(source[1] + 1, sentence, false) : this.contentBefore(first - 1, sentence);
      return content ? { content: content.ranges, cue: cueOf, source } : undefined;
    }
    // The subject: back over "has", "also", "not" to a noun phrase.
    let end = first - 1;
    let between = 0;
    while (end >= sentence.tokenStart && between < 3 && BETWEEN.has((tokens[end] as Token).pos)) {
      // "is expected", "was told": the subject is not the speaker; "is telling" is.
      if (lemmaOf(tokens[end] as Token) === 'be' && !isParticiple(tokens[first])) return undefined;
      end -= 1;
      between += 1;
    }
    const source = this.sourceEndingAt(end, sentence);
    if (source) {
      const tail = this.tailEnd(last + 1, sentence);
      if (this.isLead(source[0] - 1) && tail >= 0 && !this.opensWords(tail)) {
        const content = this.contentBefore(source[0] - 1, sentence);
        return content ? { content: this.withSplit(content, tail, sentence).ranges, cue: cueOf, source } : undefined;
      }
      const content = !cue.closing && this.contentAfter(last + 1, sentence, cue.belief, ADDRESSED.has(cue.words[0] as string));
      return content ? { content: content.ranges, cue: cueOf, source } : undefined;
    }
    // A participle going on from the sentence's attribution: "…, adding that …", its subject's words.
    if (this.followsComma(first) && isParticiple(tokens[first]) && !cue.closing) {
      const subject = previous?.source ?? this.subjectOf(sentence, first);
      const content = subject && this.contentAfter(last + 1, sentence, cue.belief, ADDRESSED.has(cue.words[0] as string));
      return content ? { content: content.ranges, cue: cueOf, source: subject } : undefined;
    }
    // The verb before its subject: "…," said Rep. Darrell Issa.
    if (!this.isLead(first - 1)) return undefined;
    const after = phraseStartingAt(tokens, last + 1, sentence.tokenEnd);
    const tail = after ? this.tailEnd(after[1] + 1, sentence) : -1;
    if (!after || tail < 0 || this.opensWords(tail)) return undefined;
    const content = this.contentBefore(first - 1, sentence);
    return content ? { content: this.withSplit(content, tail, sentence).ranges, cue: cueOf, source: after } : undefined;
  }

  /**
   * The speaker's noun phrase ending at `end`, with what news copy sets between a name and its
   * verb: a description in apposition ("Warren, the senator from Massachusetts,") or a relative
   * clause ("Zimmerman, who identifies as Hispanic,").
   */
  private sourceEndingAt(end: number, sentence: Sentence): [number, number] | undefined {
    const { tokens } = this;
    if (end < sentence.tokenStart) return undefined;
    if ((tokens[end] as Token).text === ',') {
      const clause = this.relativeClauseEndingAt(end - 1, sentence.tokenStart);
      if (clause >= 0) {
        const name = phraseEndingAt(tokens, clause - 1, sentence.tokenStart);
        return name ? [name[0], end - 1] : undefined;
      }
      // One of the two is a name: "Warren, the senator from Massachusetts," or "her adviser, Jake Sullivan,".
      const apposition = phraseEndingAt(tokens, end - 1, sentence.tokenStart);
      if (!apposition || (tokens[apposition[0] - 1] as Token | undefined)?.text !== ',') return undefined;
      const name = phraseEndingAt(tokens, apposition[0] - 2, sentence.tokenStart);
      const named = (phrase: [number, number]): boolean => upperFirst((tokens[phrase[1]] as Token).text);
      return name && (named(name) || named(apposition)) ? [name[0], end - 1] : undefined;
    }
    return phraseEndingAt(tokens, end, sentence.tokenStart);
  }

  /** The comma opening a relative clause ", who …" that ends at `last` (before the clause's closing comma), or -1. */
  private relativeClauseEndingAt(last: number, floor: number): number {
    const { tokens } = this;
    for (let k = last; k > floor && last - k < MOST_CLAUSE_TOKENS; k -= 1) {
      const token = tokens[k] as Token;
      if (this.owned[k] || this.openOf[k] !== -1 || this.closeOf[k] !== -1) return -1;
      if (token.text !== ',') continue;
      const relative = tokens[k + 1] as Token;
      return RELATIVE.has(relative.text.toLowerCase()) ? k : -1;
    }
    return -1;
  }

  /**
   * The name or pronoun a sentence opens with, or else the one before its first verb (outside
   * quotation marks): the subject a participle's words belong to ("Albright made headlines,
   * saying …", "Here in Columbia, Sanders stepped up his emphasis, saying …").
   */
  private subjectOf(sentence: Sentence, before: number): [number, number] | undefined {
    const { tokens } = this;
    let verb = sentence.tokenStart;
    while (verb < before && (this.stretchOf[verb] !== -1 || !VERBS.has((tokens[verb] as Token).pos))) verb += 1;
    let end = verb - 1;
    while (end > sentence.tokenStart && BETWEEN.has((tokens[end] as Token).pos)) end -= 1;
    const phrase = phraseStartingAt(tokens, sentence.tokenStart, sentence.tokenEnd) ?? (verb < before ? this.sourceEndingAt(end, sentence) : undefined);
    if (!phrase) return undefined;
    const head = tokens[headOf(tokens, phrase[0], phrase[1])] as Token;
    return head.pos === 'PROPN' || head.pos === 'PRON' ? phrase : undefined;
  }

  /** Token `k` follows a comma, or a closing mark after one (“…,” adding). */
  private followsComma(k: number): boolean {
    const before = this.tokens[k - 1];
    return before !== undefined && (before.text === ',' || this.closesOnComma(k - 1));
  }

  /** Token `k` is a closing mark after a comma (“…,” or ,''). */
  private closesOnComma(k: number): boolean {
    const s = this.closeOf[k] ?? -1;
    if (s < 0) return false;
    // The last piece ends where the closing mark begins.
    const markStart = ((this.stretches[s] as Stretch).pieces.at(-1) as [number, number])[1];
    return this.tokens[markStart - 1]?.text === ',';
  }

  /** Token `k` (where a cue's words end) is a colon or an opening mark: what was said comes after it. */
  private opensWords(k: number): boolean {
    return this.tokens[k]?.text === ':' || this.openOf[k] !== -1;
  }

  /** Token `k` ends what was said before the source at `k + 1`, in its paragraph: a comma, a dash or a closing quotation mark. */
  private isLead(k: number): boolean {
    const token = this.tokens[k];
    if (!token || this.units[k] !== this.units[k + 1]) return false;
    return token.text === ',' || token.text === '—' || token.text === '–' || this.closeOf[k] !== -1;
  }

  /**
   * Where the words after a cue that closes an attribution end ("said in an interview on
   * Tuesday."): the token after them, at a clause break or the sentence's end; -1 when a verb
   * follows, so the cue starts a clause instead ("said the plan failed").
   */
  private tailEnd(from: number, sentence: Sentence): number {
    const { tokens } = this;
    for (let k = from; k < sentence.tokenEnd && k - from <= MOST_TAIL_TOKENS; k += 1) {
      const token = tokens[k] as Token;
      if (CLAUSE_BREAKS.has(token.text) || this.openOf[k] !== -1) return k;
      const afterPreposition = token.pos === 'VERB' && (tokens[k - 1] as Token).pos === 'ADP'; // "says of waterboarding"
      if ((token.pos === 'VERB' && !afterPreposition) || token.pos === 'AUX' || token.pos === 'SCONJ' || token.pos === 'CCONJ' || lemmaOf(token) === 'that') return -1;
    }
    return from + MOST_TAIL_TOKENS < sentence.tokenEnd ? -1 : sentence.tokenEnd;
  }

  /** What was said before the lead token `lead`: the quotation it closes, or the clause from the sentence's start. */
  private contentBefore(lead: number, sentence: Sentence): Content | undefined {
    const { tokens } = this;
    const closing = this.closeOf[lead] !== -1 ? lead : this.closeOf[lead - 1] !== -1 ? lead - 1 : -1;
    if (closing >= 0) {
      const s = this.closeOf[closing] as number;
      return this.used[s] ? undefined : { ranges: (this.stretches[s] as Stretch).pieces, quoted: true };
    }
    let from = sentence.tokenStart;
    for (let k = lead - 1; k >= sentence.tokenStart; k -= 1) {
      if (this.owned[k]) {
        from = k + 1;
        break;
      }
      // A quotation that opened in an earlier sentence and closes in this clause is all said.
      const closes = this.closeOf[k] as number;
      if (closes >= 0) from = Math.min(from, (this.stretches[closes] as Stretch).open);
    }
    if (wordsIn(tokens, [[from, lead]]) === 0) return undefined;
    return { ranges: [[from, lead]], quoted: false };
  }

  /**
   * A quotation split by its attribution: the second half after the cue's clause ("…," he said,
   * "and soon."); or a clause the attribution interrupts ("The plan, he said, is dead.").
   */
  private withSplit(content: Content, tail: number, sentence: Sentence): Content {
    const { tokens } = this;
    if (!content.quoted) {
      if (tokens[tail]?.text !== ',' || tail + 1 >= sentence.tokenEnd || isParticiple(tokens[tail + 1]) || this.openOf[tail + 1] !== -1) return content;
      let to = sentence.tokenEnd;
      for (let t = tail + 1; t < sentence.tokenEnd; t += 1) if (this.narratorGoesOn(t) || this.owned[t]) (to = t), (t = sentence.tokenEnd);
      return wordsIn(tokens, [[tail + 1, to]]) > 0 ? { ranges: [...content.ranges, [tail + 1, to]], quoted: false } : content;
    }
    const next = (tokens[tail] as Token | undefined)?.text === ',' || (tokens[tail] as Token | undefined)?.text === '.' ? tail + 1 : tail;
    const s = this.openOf[next] ?? -1;
    if (s < 0 || this.used[s] || next > sentence.tokenEnd + 1) return content;
    return { ranges: [...content.ranges, ...(this.stretches[s] as Stretch).pieces], quoted: true };
  }

  /**
   * What was said after a cue: past "that", a listener ("told reporters"), an aside ("said in a
   * statement,") and a colon; the quotation there, or the clause to the sentence's end (before a
   * closing attribution of its own, ", officials said."). A belief needs a verb in it.
   */
  private contentAfter(from: number, sentence: Sentence, belief = false, addressed = false): Content | undefined {
    const { tokens } = this;
    const end = sentence.tokenEnd;
    let k = from;
    // "that" within a few words, with only a listener or an aside before it.
    for (let t = k; t < end && t - k < 8; t += 1) {
      const token = tokens[t] as Token;
      if (lemmaOf(token) === 'that' && (token.pos === 'SCONJ' || t === k || addressed)) {
        k = t + 1;
        break;
      }
      if (token.pos === 'VERB' || token.pos === 'AUX' || CLAUSE_BREAKS.has(token.text) || this.openOf[t] !== -1) break;
    }
    if (k === from) {
      if (addressed) k = skipListener(tokens, k, end);
      k = this.skipAside(k, end);
    }
    while (k < end && (tokens[k] as Token).text === ':') k += 1;
    while (k < end && (tokens[k] as Token).text === ',') k += 1;
    // "He said:" closing its sentence, the quotation opening the next.
    const opened = this.openOf[k < end ? k : (tokens[end - 1] as Token | undefined)?.text === ':' ? end : -1] ?? -1;
    if (opened >= 0 && !this.used[opened]) {
      const stretch = this.stretches[opened] as Stretch;
      const closeEnd = stretch.close >= 0 ? stretch.close + 1 : end;
      const rest = closeEnd < end ? wordsIn(tokens, [[closeEnd, end]]) : 0;
      if (rest === 0) return { ranges: stretch.pieces, quoted: true };
    }
    if (k >= end) return undefined;
    let to = end;
    for (let t = k; t < end; t += 1) {
      if (t > k && this.narratorGoesOn(t)) {
        to = t;
        break;
      }
      // A comma, or a closing mark after one (“…,” adding): perhaps another attribution follows.
      const comma = (tokens[t] as Token).text === ',' || this.closesOnComma(t);
      if (comma && (this.closesAttribution(t + 1, sentence) || (isParticiple(tokens[t + 1]) && cueAt(tokens, t + 1, end)))) {
        to = (tokens[t] as Token).text === ',' ? t : t + 1;
        break;
      }
      // A quotation that opens in this clause and runs past the sentence is said too.
      const s = this.openOf[t] as number;
      if (s >= 0) {
        const stretch = this.stretches[s] as Stretch;
        const last = (stretch.pieces.at(-1) as [number, number])[1];
        if (last > to) to = stretch.close >= 0 ? stretch.close + 1 : last;
        if (stretch.close >= 0) t = Math.max(t, stretch.close - 1);
      }
    }
    if (wordsIn(tokens, [[k, to]]) === 0) return undefined;
    if (belief && !hasVerb(tokens, k, to)) return undefined;
    return { ranges: [[k, to]], quoted: false };
  }

  /**
   * Token `t` starts the narrator's next clause: a comma and a conjunction (", while …",
   * ", and more than 4 in 10 said …").
   */
  private narratorGoesOn(t: number): boolean {
    const { tokens } = this;
    const token = tokens[t] as Token;
    const next = tokens[t + 1];
    if (!next) return false;
    return token.text === ',' && NEXT_CLAUSE.has(next.text.toLowerCase());
  }

  /** An aside after the cue, up to a comma, a colon or a quotation mark ("said in a statement:", "said Tuesday,"): a preposition's phrase or a name (a day). */
  private skipAside(from: number, end: number): number {
    const { tokens } = this;
    const first = tokens[from];
    if (!first || (first.pos !== 'ADP' && first.pos !== 'PROPN')) return from;
    for (let t = from + 1; t < end && t - from < 7; t += 1) {
      const token = tokens[t] as Token;
      if (token.text === ',' || token.text === ':' || this.openOf[t] !== -1) return t;
      if (!(token.pos === 'ADP' || token.pos === 'DET' || token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'ADJ' || token.pos === 'NUM')) return from;
    }
    return from;
  }

  /** ", officials said." at `from`: a source, a cue and the sentence's end, or the cue first. */
  private closesAttribution(from: number, sentence: Sentence): boolean {
    const { tokens } = this;
    const source = phraseStartingAt(tokens, from, sentence.tokenEnd);
    let k = source ? source[1] + 1 : from;
    while (k < sentence.tokenEnd && BETWEEN.has((tokens[k] as Token).pos)) k += 1;
    const cue = k < sentence.tokenEnd ? cueAt(tokens, k, sentence.tokenEnd) : undefined;
    if (!cue) return false;
    if (source) return this.tailEnd(cue.last + 1, sentence) >= 0;
    const after = phraseStartingAt(tokens, cue.last + 1, sentence.tokenEnd);
    return after !== undefined && this.tailEnd(after[1] + 1, sentence) >= 0;
  }

  toQuote(draft: Draft, speakers: Speakers): Omit<Quote, 'id'> | undefined {
    const { doc, tokens } = this;
    const content: Span[] = [];
    let inside = 0;
    let outside = 0;
    for (const [from, to] of draft.content) {
      let a = from;
      let b = to;
      while (a < b && TRIMMED.has((tokens[a] as Token).text)) a += 1;
      while (b > a && (TRIMMED.has((tokens[b - 1] as Token).text) || ((tokens[b - 1] as Token).text === '.' && this.stretchOf[b - 1] === -1))) b -= 1;
      if (a >= b) continue;
      for (let k = a; k < b; k += 1) {
        if (!isWord(tokens[k] as Token)) continue;
        if (this.stretchOf[k] !== -1) inside += 1;
        else outside += 1;
      }
      content.push(doc.span((tokens[a] as Token).start, (tokens[b - 1] as Token).end));
    }
    if (content.length === 0) return undefined;
    // Objects written out field by field: a spread followed by more keys takes V8's slow path (NewsDocument.span).
    const cue = draft.cue ? this.cueSpan(draft.cue) : null;
    const source = draft.source ? doc.span((tokens[draft.source[0]] as Token).start, (tokens[draft.source[1]] as Token).end) : null;
    const kind: QuoteKind = outside === 0 ? 'direct' : inside === 0 ? 'indirect' : 'mixed';
    const ends = [...content, ...(cue ? [cue] : []), ...(source ? [source] : [])];
    const start = Math.min(...mapPacked(ends, (span) => span.start));
    const end = Math.max(...mapPacked(ends, (span) => span.end));
    const { speaker, speakerType } = draft.source ? speakers.resolve(draft.source[0], draft.source[1]) : { speaker: null, speakerType: 'unknown' as const };
    return { start, end, text: doc.text.slice(start, end), kind, content, cue, source, speaker, speakerType };
  }

  /** A draft's cue as the quote reports it: its words, lemma and whether it is loaded. */
  private cueSpan({ first, last, lemma, loaded }: NonNullable<Draft['cue']>): QuoteCue {
    const start = (this.tokens[first] as Token).start;
    const end = (this.tokens[last] as Token).end;
    return { start, end, text: this.doc.text.slice(start, end), lemma, loaded };
  }
}

/**
 * Past the listener after "told" or "asked" (a pronoun, a name or a plain noun: "reporters",
 * "the committee") when what follows is not its verb ("warned the plan would fail": the plan is
 * what was said).
 */
function skipListener(tokens: readonly Token[], from: number, end: number): number {
  const first = tokens[from];
  if (!first) return from;
  let k = from;
  if (first.pos === 'PRON') k += 1;
  else {
    if (first.pos === 'DET') k += 1;
    while (k < end && (tokens[k] as Token).pos === 'ADJ') k += 1;
    const start = k;
    while (k < end && ((tokens[k] as Token).pos === 'PROPN' || (tokens[k] as Token).pos === 'NOUN') && k - start < 4) k += 1;
    if (k === start) return from;
  }
  const next = tokens[k];
  return next && next.pos !== 'VERB' && next.pos !== 'AUX' ? k : from;
}

const isParticiple = (token: Token | undefined): boolean => token !== undefined && token.pos === 'VERB' && token.text.endsWith('ing');

function wordsIn(tokens: readonly Token[], ranges: readonly [number, number][]): number {
  let words = 0;
  for (const [from, to] of ranges) for (let k = from; k < to; k += 1) if (isWord(tokens[k] as Token)) words += 1;
  return words;
}

function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if ((tokens[k] as Token).pos === 'VERB' || (tokens[k] as Token).pos === 'AUX') return true;
  return false;
}
