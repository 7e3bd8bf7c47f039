import type { Token } from '../../document/document.js';
import { spelledTokens, wordId, type SpelledTokens } from '../vocabulary.js';
import { loadOnce } from '../../data/load.js';
import { mapPacked } from '../arrays.js';
import { spells } from './phrases.js';
import { phrasesAt, valenceIndex, wordRow, type ScorerId, type ValenceIndex, type ValenceLexicon, type ValencePhrase } from './lexicons.js';
import { CONCESSIONS, CONTRASTS, INTENSIFIERS, IRREALIS, NEG_RAISERS, NEGATORS, NEUTRAL_PHRASES, NOT_NEGATIONS, RULE_WORDS, RULES, SCOPE_ENDERS } from './rules.js';

/** One lexicon entry found in the text, with the valence the shifters left it. */
export interface ValenceHit {
  scorer: ScorerId;
  /** First and last token (inclusive) of the word or phrase. */
  first: number;
  last: number;
  /** The lexicon's valence for the entry. */
  valence: number;
  /** The valence after negation, intensifiers and contrast. */
  weight: number;
  negated: boolean;
}

/**
 * Parts of speech whose words are not read for valence: "like" as a preposition, "no" as a
 * determiner, "Justice" in "Justice Department" and "Hope" as a name carry no sentiment in news.
 */
const FUNCTION_POS = new Set(['ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'NUM', 'SYM', 'PUNCT', 'X']);

/**
 * The per-token arrays of the sentence being read, kept from one sentence to the next and grown
 * for a longer one: valenceHits reads one sentence at a time, and making them anew for every
 * sentence was a good share of its cost. A view's arrays hold until the next view is made.
 */
let scratch = scratchArrays(64);

function scratchArrays(size: number) {
  return { forms: [] as string[], clauseFactor: new Float64Array(size), shift: new Float64Array(size), unscored: new Uint8Array(size), rules: new Uint8Array(size), negatedAt: new Int8Array(size) };
}

/**
 * The rules a word may take part in, as bits: it starts a negator, a phrase that is no negation
 * ("not only"), a neutral phrase, an intensifier or a concession; it ends a negator's scope;
 * it is a contrast or an irrealis marker. One number per word, read once, where each rule's
 * set or phrases were probed with the word's text at every rule the sentence's reading asks.
 */
const NEGATOR = 1;
const NOT_NEGATION = 2;
const NEUTRAL = 4;
const INTENSIFIER = 8;
const CONCESSION = 16;
const SCOPE_ENDER = 32;
const CONTRAST = 64;
const IRREALIS_MARKER = 128;

/** The rule bits of `word` (a word of RULE_WORDS; any other has none). */
function ruleBitsOf(word: string): number {
  return (
    (NEGATORS.startingWith(word) ? NEGATOR : 0) |
    (NOT_NEGATIONS.startingWith(word) ? NOT_NEGATION : 0) |
    (NEUTRAL_PHRASES.startingWith(word) ? NEUTRAL : 0) |
    (INTENSIFIERS.startingWith(word) ? INTENSIFIER : 0) |
    (CONCESSIONS.startingWith(word) ? CONCESSION : 0) |
    (SCOPE_ENDERS.has(word) ? SCOPE_ENDER : 0) |
    (CONTRASTS.has(word) ? CONTRAST : 0) |
    (IRREALIS.has(word) ? IRREALIS_MARKER : 0)
  );
}

/**
 * Per vocabulary id, the rule bits of that word (ruleBitsOf), each rule word given an id: an
 * array read for every word of every sentence rather than a set probed.
 */
function ruleBitsByWordId(): Uint8Array {
  return loadOnce('sentiment-rule-bits', () => {
    const words = [...RULE_WORDS];
    const ids = mapPacked(words, (word) => wordId(word));
    const bits = new Uint8Array(Math.max(...ids) + 1);
    words.forEach((word, i) => (bits[ids[i] as number] = ruleBitsOf(word)));
    return bits;
  });
}

/** Whether `text` starts with a capital: a character that lower case changes (ASCII without asking). */
function capitalised(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return text.charAt(0) !== text.charAt(0).toLowerCase();
}

/** Words a shifter reads, and where each clause of the sentence weighs more or less. */
class SentenceView {
  readonly forms: string[];
  /** The document's tokens' vocabulary ids (by document token index). */
  readonly ids: SpelledTokens;
  /** Per token: the multiplier contrast and concession give its clause. */
  readonly clauseFactor: Float64Array;
  /** A headline set in title case, where capitals do not mark names. */
  readonly titleCase: boolean;
  /**
   * Per token: 0 if a lexicon may score it, else how many tokens no lexicon reads from here (a
   * neutral phrase, a multi-word diminisher such as "kind of", or a word of a name).
   */
  readonly unscored: Uint8Array;
  /** Per token: the rules its word may take part in (ruleBitsOf; most words: none). */
  private readonly rules: Uint8Array;
  /** Per token, once asked: the intensifier's and the clause's multiplier of a word there (every lexicon asks). */
  private readonly shift: Float64Array;
  private readonly negatedAt: Int8Array;

  constructor(
    readonly tokens: readonly Token[],
    readonly from: number,
    readonly to: number,
  ) {
    const n = to - from;
    if (scratch.rules.length < n) scratch = scratchArrays(Math.max(n, 2 * scratch.rules.length));
    this.forms = scratch.forms;
    this.forms.length = 0;
    this.rules = scratch.rules.fill(0, 0, n);
    // The form the lexicons spell a token in: a word in plain lower case, as the bias and frame
    // patterns read it (worked out once a document for all three), anything else as written.
    // The rule words have their ids before the tokens' are read.
    const ruleBits = ruleBitsByWordId();
    this.ids = spelledTokens(tokens);
    for (let t = from; t < to; t += 1) {
      const token = tokens[t] as Token;
      if (token.kind === 'word') {
        const id = this.ids.lowerId[t] as number;
        if (id >= 0 && id < ruleBits.length) this.rules[this.forms.length] = ruleBits[id] as number;
        this.forms.push(this.ids.lower[t] as string);
      } else {
        if (RULE_WORDS.has(token.text)) this.rules[this.forms.length] = ruleBitsOf(token.text);
        this.forms.push(token.text);
      }
    }
    this.shift = scratch.shift.fill(Number.NaN, 0, n);
    this.negatedAt = scratch.negatedAt.fill(-1, 0, n);
    this.clauseFactor = scratch.clauseFactor.fill(1, 0, n);
    this.weighClauses();
    let words = 0;
    let capitals = 0;
    for (let t = from; t < to; t += 1) {
      const token = tokens[t] as Token;
      if (token.kind !== 'word') continue;
      words += 1;
      if (capitalised(token.text)) capitals += 1;
    }
    this.titleCase = words > 1 && capitals / words > 0.6;
    this.unscored = scratch.unscored.fill(0, 0, n);
    for (let k = 0; k < this.forms.length; k += 1) {
      const rules = this.rules[k] as number;
      const neutral = rules & NEUTRAL ? NEUTRAL_PHRASES.match(this.forms, k) : undefined;
      const shifter = rules & INTENSIFIER ? INTENSIFIERS.match(this.forms, k) : undefined;
      if (neutral) this.unscored[k] = neutral.length;
      else if (shifter && shifter.length > 1) this.unscored[k] = shifter.length;
      else if (this.isInName(k)) this.unscored[k] = 1;
    }
  }

  private isBreak(k: number): boolean {
    const token = this.tokens[this.from + k] as Token;
    return token.kind === 'punctuation' && token.text !== '-' && token.text !== '"' && token.text !== '“' && token.text !== '”';
  }

  /**
   * Before the last "but" a clause weighs less and after it more; a concessive clause weighs
   * less, and so do the words after a modal or "if" in their clause, and a question's words.
   */
  private weighClauses(): void {
    const n = this.forms.length;
    let contrastAt = -1;
    for (let k = 1; k < n; k += 1) if ((this.rules[k] as number) & CONTRAST) contrastAt = k;
    if (contrastAt > 0) for (let k = 0; k < n; k += 1) this.clauseFactor[k] = k < contrastAt ? RULES.contrast.before : RULES.contrast.after;
    for (let k = 0; k < n; k += 1) {
      const concession = (this.rules[k] as number) & CONCESSION ? CONCESSIONS.match(this.forms, k) : undefined;
      if (!concession || (k > 0 && !this.isBreak(k - 1))) continue;
      let end = k + concession.length;
      while (end < n && !this.isBreak(end)) end += 1;
      if (end >= n) continue; // "Y although X": X ends the sentence; still a concession.
      for (let j = k; j < end; j += 1) this.clauseFactor[j] = (this.clauseFactor[j] as number) * RULES.concession.factor;
    }
    let irrealis = false;
    for (let k = 0; k < n; k += 1) {
      if (this.isBreak(k)) irrealis = false;
      else if (irrealis) this.clauseFactor[k] = (this.clauseFactor[k] as number) * RULES.irrealis.factor;
      if ((this.rules[k] as number) & IRREALIS_MARKER && this.isMarker(k)) irrealis = true;
    }
    if (this.endsInQuestion()) for (let k = 0; k < n; k += 1) this.clauseFactor[k] = (this.clauseFactor[k] as number) * RULES.questionFactor;
  }

  /** Whether a modal or "if" at `k` is one: capitalised inside a sentence, it is a name ("in May", "Hope Hicks"). */
  private isMarker(k: number): boolean {
    const text = (this.tokens[this.from + k] as Token).text;
    return k === 0 || !capitalised(text);
  }

  /** Whether the sentence's last punctuation, closing quotes aside, is a question mark. */
  private endsInQuestion(): boolean {
    for (let k = this.forms.length - 1; k >= 0; k -= 1) {
      const form = this.forms[k] as string;
      if (form === '?') return true;
      if (form !== '"' && form !== '”' && form !== "'" && form !== '’' && form !== ')') return false;
    }
    return false;
  }

  /**
   * What the shifters do to a word at `k` of valence `valence`: the intensifier's multiplier
   * times its clause's weight (worked out once per word), times the negation factor if a
   * negator reaches it.
   */
  weigh(k: number, valence: number): number {
    let shift = this.shift[k] as number;
    if (Number.isNaN(shift)) {
      shift = this.intensity(k) * (this.clauseFactor[k] as number);
      this.shift[k] = shift;
    }
    // "+ 0" turns the -0 of a negated negative word into 0, which JSON keeps.
    return valence * shift * (this.isNegated(k) ? (valence < 0 ? RULES.negatedNegativeFactor : RULES.negationFactor) : 1) + 0;
  }

  /** The multiplier of an intensifier or diminisher just before word `k`. */
  private intensity(k: number): number {
    for (let back = 1; back <= RULES.intensifierReach && k - back >= 0; back += 1) {
      if (this.isBreak(k - back)) break;
      if (!((this.rules[k - back] as number) & INTENSIFIER)) continue;
      const found = INTENSIFIERS.match(this.forms, k - back);
      if (found && k - back + found.length === k) return found.value;
    }
    return 1;
  }

  /** Whether a negator reaches word `k`: within a few words, in the same clause. */
  isNegated(k: number): boolean {
    if ((this.negatedAt[k] as number) < 0) this.negatedAt[k] = this.findNegator(k) || this.negatedByRaiser(k) ? 1 : 0;
    return this.negatedAt[k] === 1;
  }

  private findNegator(k: number): boolean {
    for (let back = 1; back <= RULES.negationReach && k - back >= 0; back += 1) {
      const j = k - back;
      if (this.isBreak(j)) return false;
      const rules = this.rules[j] as number;
      if (rules & SCOPE_ENDER) return false;
      if (this.negates(j, rules)) return true;
    }
    return false;
  }

  /** Whether a negator starts at word `j`, whose rule bits are `rules`, and no phrase that is no negation does. */
  private negates(j: number, rules: number): boolean {
    return (rules & NEGATOR) !== 0 && NEGATORS.match(this.forms, j) !== undefined && !((rules & NOT_NEGATION) !== 0 && NOT_NEGATIONS.match(this.forms, j));
  }

  /**
   * Whether a negated neg-raising verb reaches word `k` from further back than the window: "does
   * not think (that) the EPA has done a good job" denies the praise. The scope runs to the end of
   * the clause: punctuation or a scope ender other than the complementiser "that" closes it.
   */
  private negatedByRaiser(k: number): boolean {
    for (let back = 1; back <= RULES.negRaiseReach && k - back >= 0; back += 1) {
      const j = k - back;
      if (this.isBreak(j)) return false;
      if ((this.rules[j] as number) & SCOPE_ENDER && this.forms[j] !== 'that') return false;
      const verb = this.tokens[this.from + j] as Token;
      if (!NEG_RAISERS.has(verb.lemma ?? (this.forms[j] as string))) continue;
      for (let before = j - 1; before >= Math.max(0, j - 2); before -= 1) {
        if (this.negates(before, this.rules[before] as number)) return true;
      }
    }
    return false;
  }

  /**
   * Whether word `k` is part of a name ("United" in "United Nations", "Progress" in "Center
   * for American Progress"): a capitalised proper noun inside a sentence that is not set in
   * title case.
   */
  private isInName(k: number): boolean {
    const token = this.tokens[this.from + k] as Token;
    return k > 0 && token.pos === 'PROPN' && !this.titleCase && capitalised(token.text);
  }
}

/** Per lexicon, the first word it may read next (a phrase it matched covers the words before): valenceHits' own, kept from call to call as the view's arrays are. */
let next = new Int32Array(4);
/** Per lexicon, the longest phrase it knows that the text spells at the word being read (its index in `phrases`), or -1. */
let phraseOf = new Int32Array(4);

/**
 * Every lexicon hit in tokens `from` to `to` (exclusive, one sentence), shifted by the rules,
 * in text order and, at one word, in lexicon order.
 * Each lexicon reads on its own (a phrase one list knows does not hide a word from another),
 * from one shared index: the longest phrase it knows at a word, else the word's lemma.
 */
export function valenceHits(tokens: readonly Token[], from: number, to: number, lexicons: readonly ValenceLexicon[], index: ValenceIndex = valenceIndex()): ValenceHit[] {
  const view = new SentenceView(tokens, from, to);
  const hits: ValenceHit[] = [];
  if (next.length < lexicons.length) (next = new Int32Array(lexicons.length)), (phraseOf = new Int32Array(lexicons.length));
  next.fill(0);
  for (let k = 0; k < view.forms.length; ) {
    const token = tokens[from + k] as Token;
    const unscored = view.unscored[k] as number;
    if (unscored > 0 || token.kind !== 'word') {
      k += unscored || 1;
      continue;
    }
    const phrases = phrasesAt(index, view.ids.lowerId[from + k] as number, view.forms[k + 1]);
    const isFunction = FUNCTION_POS.has(token.pos);
    // A one-word entry counts after every longer phrase, and not for a function word.
    const ownRow = isFunction ? -1 : wordRow(index, view.ids.lowerId[from + k] as number);
    const lemmaRow = token.lemma && !isFunction && token.lemma !== view.forms[k] ? wordRow(index, view.ids.lemmaId[from + k] as number) : -1;
    // Most words are in no lexicon.
    if (phrases === undefined && ownRow < 0 && lemmaRow < 0) {
      k += 1;
      continue;
    }
    // Each phrase is spelled out once for all the lexicons, longest first, rather than once per lexicon.
    phraseOf.fill(-1);
    if (phrases !== undefined) {
      let unmatched = lexicons.length;
      for (let c = 0; c < phrases.length && unmatched > 0; c += 1) {
        const phrase = phrases[c] as ValencePhrase;
        if (!spells(phrase.words, view.forms, k)) continue;
        for (let i = 0; i < lexicons.length; i += 1) {
          if ((phraseOf[i] as number) < 0 && !Number.isNaN(index.values[phrase.value * index.width + i] as number)) (phraseOf[i] = c), (unmatched -= 1);
        }
      }
    }
    for (let i = 0; i < lexicons.length; i += 1) {
      if ((next[i] as number) > k) continue;
      let valence = Number.NaN;
      let length = 1;
      const c = phraseOf[i] as number;
      if (c >= 0) {
        const phrase = (phrases as readonly ValencePhrase[])[c] as ValencePhrase;
        valence = index.values[phrase.value * index.width + i] as number;
        length = phrase.words.length;
      }
      if (Number.isNaN(valence) && ownRow >= 0) valence = index.values[ownRow * index.width + i] as number;
      if (Number.isNaN(valence) && lemmaRow >= 0) valence = index.values[lemmaRow * index.width + i] as number;
      if (Number.isNaN(valence)) continue;
      next[i] = k + length;
      if (valence === 0) continue;
      hits.push({ scorer: (lexicons[i] as ValenceLexicon).scorer, first: from + k, last: from + k + length - 1, valence, weight: view.weigh(k, valence), negated: view.isNegated(k) });
    }
    k += 1;
  }
  return hits;
}
