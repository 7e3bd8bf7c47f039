// src/document/span.ts
function charSpanTokens(tokens, start, end, mode) {
  if (!(start < end)) return void 0;
  const first = lowerBound(tokens, (token) => token.end > start);
  const last = lowerBound(tokens, (token) => token.start >= end);
  if (first >= last) return void 0;
  const head = tokens[first];
  const tail = tokens[last - 1];
  if (mode === "expand") return [first, last];
  if (mode === "strict") return head.start === start && tail.end === end ? [first, last] : void 0;
  const from = head.start < start ? first + 1 : first;
  const to = tail.end > end ? last - 1 : last;
  return from < to ? [from, to] : void 0;
}
function lowerBound(tokens, past, low = 0, high = tokens.length) {
  while (low < high) {
    const mid = low + high >>> 1;
    if (past(tokens[mid])) high = mid;
    else low = mid + 1;
  }
  return low;
}

// src/document/document.ts
function countWords(tokens, from, to) {
  let words2 = 0;
  for (let t = from; t < to; t += 1) if (tokens[t].kind === "word") words2 += 1;
  return words2;
}
var NUMERIC_TYPES = /* @__PURE__ */ new Set(["DATE", "TIME", "DURATION", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"]);
var NewsDocument = class {
  /** @param text the original string; never changed. */
  constructor(text) {
    this.text = text;
    this.view = text;
  }
  text;
  /** Units in text order, partitioning every character that is not whitespace or markup. */
  units = [];
  structure = { sections: [], boilerplate: [] };
  tokens = [];
  sentences = [];
  /** wink-nlp's dates, times, amounts and numbers, outside boilerplate. */
  numericEntities = [];
  entities = [];
  /** The layers of the stages after entities, by the key their stage made (layers.ts). */
  layers = /* @__PURE__ */ new Map();
  /** The same length as `text`, with markup blanked out by the markup stage: what the stages read. */
  view;
  /**
   * An object that holds a span and more (a sentence, a mention) is written out field by field:
   * V8 builds `{ ...doc.span(start, end), sentence }`, a spread followed by new keys, on a slow
   * path, about a hundred times slower than the literal; so does a spread copy given new keys
   * afterwards (`{ ...entity }`, then `copy.voices = …`), where `Object.assign({}, entity)` does not.
   */
  span(start, end) {
    return { start, end, text: this.text.slice(start, end) };
  }
  /**
   * The tokens `[first, last)` that cover `start..end`, after spaCy's `Doc.char_span`:
   * `strict` only when both ends fall on token boundaries, `contract` to the tokens wholly
   * inside, `expand` to every token the span touches; undefined when no token qualifies.
   */
  charSpan(start, end, mode = "strict") {
    const range = charSpanTokens(this.tokens, start, end, mode);
    if (!range) return void 0;
    const [tokenStart, tokenEnd] = range;
    const from = this.tokens[tokenStart].start;
    const to = this.tokens[tokenEnd - 1].end;
    return { start: from, end: to, text: this.text.slice(from, to), tokenStart, tokenEnd };
  }
  /** A layer a later stage added, or undefined when that stage did not run. */
  layer(key) {
    return this.layers.get(key);
  }
  setLayer(key, value) {
    this.layers.set(key, value);
  }
  /** Sentences that later stages analyse: everything but boilerplate. */
  analysedSentences() {
    return this.sentences.filter((sentence) => sentence.part !== "boilerplate");
  }
};

// src/data/lexicon.ts
function lexiconInfo(lexicon2) {
  return { id: lexicon2.id, version: lexicon2.version, source: lexicon2.source, licence: lexicon2.licence };
}

// src/document/layers.ts
function layerKey(name) {
  return { name };
}

// src/shared/quotes.ts
var QUOTES = layerKey("quotes");

// src/data/load.ts
import { readFileSync } from "fs";
function readDataFile(path) {
  const t0 = performance.now(); const r = JSON.parse(readFileSync(new URL(`./${path}`, import.meta.url), "utf8")); globalThis.__T.files.push([path, +(performance.now()-t0).toFixed(1)]); return r;
}
function readDataBytes(path) {
  return readFileSync(new URL(`./${path}`, import.meta.url));
}
var loaded = /* @__PURE__ */ new Map();
globalThis.__T = { loads: [], stages: [], files: [] }; let __depth = 0, __child = [0];
function loadOnce(name, build) {
  if (!loaded.has(name)) { const t0 = performance.now(); __child.push(0); __depth++; const v = build(); __depth--; const dt = performance.now() - t0; const c = __child.pop(); __child[__child.length-1] += dt; globalThis.__T.loads.push([name, +dt.toFixed(1), +(dt - c).toFixed(1), __depth]); loaded.set(name, v); }
  return loaded.get(name);
}

// src/shared/scores.ts
function roundScore(value) {
  return Math.round(value * 1e4) / 1e4;
}

// src/shared/sentence-sentiment/lexicons.ts
import { readFileSync as readFileSync2 } from "fs";
import { createRequire } from "module";

// src/data/packed-file.ts
import { endianness } from "os";
var padding = (at, align) => (align - at % align) % align;
function readPackedFile(bytes, layout) {
  const headerLength = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.toString("utf8", 4, 4 + headerLength));
  let at = 4 + headerLength;
  const sections = layout(header).map(({ length, align }) => {
    at += padding(at, align);
    if (at + length > bytes.length) throw new Error(`newslens: data file ${header.id} is damaged`);
    const view = new Uint8Array(bytes.buffer, bytes.byteOffset + at, length);
    at += length;
    return view;
  });
  if (at !== bytes.length) throw new Error(`newslens: data file ${header.id} is damaged`);
  return { header, sections };
}
function littleEndianNumbers(bytes, type) {
  if (endianness() === "LE") return new type(bytes.slice().buffer);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const size = type.BYTES_PER_ELEMENT;
  const numbers = new type(bytes.length / size);
  for (let i = 0; i < numbers.length; i += 1) numbers[i] = size === 8 ? view.getFloat64(i * 8, true) : view.getInt32(i * 4, true);
  return numbers;
}
function sectionText(section) {
  return Buffer.from(section.buffer, section.byteOffset, section.length).toString("utf8");
}
function linesOf(section, count) {
  return count === 0 ? [] : sectionText(section).split("\n");
}

// src/shared/sentence-sentiment/index-file.ts
function readValenceIndexFile(bytes) {
  const { header, sections } = readPackedFile(bytes, (h) => [
    { length: h.entryBytes, align: 1 },
    { length: 8 * h.rows * h.width, align: 8 }
  ]);
  const [text, doubles] = sections;
  return { header, entries: linesOf(text, header.rows), values: littleEndianNumbers(doubles, Float64Array) };
}

// src/shared/sentence-sentiment/phrases.ts
var PhraseSet = class {
  byFirst = /* @__PURE__ */ new Map();
  constructor(entries) {
    for (const [phrase, value] of entries) {
      const words2 = phrase.split(" ");
      const list = this.byFirst.get(words2[0]) ?? [];
      list.push({ words: words2, value });
      this.byFirst.set(words2[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }
  /** The words some phrase starts with. */
  firstWords() {
    return this.byFirst.keys();
  }
  /** Every phrase starting with `word`, longest first. */
  startingWith(word) {
    return this.byFirst.get(word);
  }
  /** The longest phrase starting at `words[at]`, with how many words it spans. */
  match(words2, at) {
    const candidates = this.byFirst.get(words2[at]);
    if (!candidates) return void 0;
    for (const { words: phrase, value } of candidates) if (spells(phrase, words2, at)) return { value, length: phrase.length };
    return void 0;
  }
};
function spells(phrase, words2, at) {
  for (let k = 1; k < phrase.length; k += 1) if (words2[at + k] !== phrase[k]) return false;
  return true;
}

// src/shared/text.ts
function isBlankCode(code) {
  if (code <= 32) return true;
  if (code < 127) return false;
  return code <= 160 || code === 5760 || code >= 8192 && code <= 8205 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 8288 || code === 12288 || code === 65279;
}
function isBlank(char) {
  return char.length > 0 && isBlankCode(char.charCodeAt(0));
}
function isAllBlank(text) {
  for (let i = 0; i < text.length; i += 1) if (!isBlankCode(text.charCodeAt(i))) return false;
  return true;
}
function trimBounds(text, start, end) {
  let from = start;
  let to = end;
  while (from < to && isBlankCode(text.charCodeAt(from))) from += 1;
  while (to > from && isBlankCode(text.charCodeAt(to - 1))) to -= 1;
  return [from, to];
}
var isAsciiLower = (code) => code >= 97 && code <= 122;
var isAsciiUpper = (code) => code >= 65 && code <= 90;
var isAsciiDigit = (code) => code >= 48 && code <= 57;
function plainLower(text) {
  const lower = text.toLowerCase();
  return lower.includes("\u2019") ? lower.replace(/’/g, "'") : lower;
}
var isHighSurrogate = (code) => code >= 55296 && code <= 56319;
var isLowSurrogate = (code) => code >= 56320 && code <= 57343;

// src/shared/arrays.ts
function mapPacked(items, each) {
  const mapped = [];
  for (let index = 0; index < items.length; index += 1) mapped.push(each(items[index], index));
  return mapped;
}
function grown(table, length, fill = 0) {
  if (table.length >= length) return table;
  const larger = new table.constructor(Math.max(length, 2 * table.length));
  if (fill !== 0) larger.fill(fill);
  larger.set(table);
  return larger;
}

// src/shared/vocabulary.ts
var vocabulary = /* @__PURE__ */ new Map();
function vocabularySize() {
  return vocabulary.size;
}
function wordId(word) {
  let id = vocabulary.get(word);
  if (id === void 0) vocabulary.set(word, id = vocabulary.size);
  return id;
}
var spelledByTokens = /* @__PURE__ */ new WeakMap();
function currentIds(spelled) {
  if (spelled.known === vocabulary.size) return spelled;
  for (let t = 0; t < spelled.lemma.length; t += 1) {
    const lower = spelled.lower[t];
    const lemma = spelled.lemma[t];
    spelled.lowerId[t] = vocabulary.get(lower) ?? -1;
    spelled.lemmaId[t] = lemma === lower ? spelled.lowerId[t] : vocabulary.get(lemma) ?? -1;
  }
  spelled.known = vocabulary.size;
  return spelled;
}
function spelledTokens(tokens) {
  let spelled = spelledByTokens.get(tokens);
  if (!spelled) {
    const lower = mapPacked(tokens, (token) => plainLower(token.text));
    const lemma = mapPacked(tokens, (token, t) => token.lemma ?? lower[t]);
    spelled = { lemma, lower, lemmaId: new Int32Array(tokens.length), lowerId: new Int32Array(tokens.length), known: -1 };
    spelledByTokens.set(tokens, spelled);
  }
  return currentIds(spelled);
}

// src/shared/sentence-sentiment/lexicons.ts
var SCORERS = ["afinn", "vader", "wink", "news"];
function phrasesAt(index, id) {
  return id >= 0 && id < index.phrases.length ? index.phrases[id] : void 0;
}
function wordRow(index, id) {
  return id >= 0 && id < index.wordRows.length ? index.wordRows[id] : -1;
}
function valenceRows(lists) {
  const width = lists.length;
  let most = 0;
  for (const entries of lists) most += entries.length;
  const table = new Float64Array(most * width).fill(Number.NaN);
  const rows = /* @__PURE__ */ new Map();
  lists.forEach((entries, i) => {
    for (let k = 0; k < entries.length; k += 1) {
      const entry2 = entries[k][0];
      let row = rows.get(entry2);
      if (row === void 0) rows.set(entry2, row = rows.size);
      table[row * width + i] = entries[k][1];
    }
  });
  return { entries: [...rows.keys()], values: table.slice(0, rows.size * width) };
}
function indexOfRows(entries, values, width) {
  const phraseRows = /* @__PURE__ */ new Map();
  const wordRowList = new Int32Array(entries.length);
  let count = 0;
  for (let row = 0; row < entries.length; row += 1) {
    if (entries[row].includes(" ")) phraseRows.set(entries[row], row);
    else wordRowList[count++] = row;
  }
  const phrases = new PhraseSet(phraseRows);
  const byFirst = [];
  for (const first of phrases.firstWords()) {
    const id = wordId(first);
    while (byFirst.length <= id) byFirst.push(void 0);
    byFirst[id] = phrases.startingWith(first);
  }
  const ids = new Int32Array(count);
  let size = 0;
  for (let n = 0; n < count; n += 1) {
    const id = wordId(entries[wordRowList[n]]);
    ids[n] = id;
    size = Math.max(size, id + 1);
  }
  const wordRows = new Int32Array(size).fill(-1);
  for (let n = 0; n < count; n += 1) wordRows[ids[n]] = wordRowList[n];
  return { phrases: byFirst, wordRows, values, width };
}
var SHIPPED_VALENCE_FILES = ["lexicons/sentiment-vader.json", "lexicons/sentiment-wink.json", "lexicons/sentiment-news.json"];
function afinnEntries() {
  const require2 = createRequire(import.meta.url);
  const entries = JSON.parse(readFileSync2(require2.resolve("sentiment/languages/en/labels.json"), "utf8"));
  return { entries, version: require2("sentiment/package.json").version };
}
var lexicon = (scorer, { id, version: version2, source, licence }, maximum) => ({ scorer, info: { id, version: version2, source, licence }, maximum });
var loaded2 = () => loadOnce("sentiment-lexicons", () => readValenceLexicons(afinnEntries(), readDataBytes("lexicons/sentiment-index.bin")));
function readValenceLexicons(afinn, indexFile) {
  const afinnInfo = { ...readDataFile("lexicons/sentiment-afinn.json"), version: afinn.version };
  const packed = readValenceIndexFile(indexFile);
  const afinnWords = Object.keys(afinn.entries);
  if (afinnWords.length !== packed.header.afinnEntries || !afinnWords.every((word, row) => word === packed.entries[row])) {
    const lists = mapPacked(SHIPPED_VALENCE_FILES, (file) => readDataFile(file));
    return valenceLexiconsOf(afinnInfo, lists, valenceRows([Object.entries(afinn.entries), ...mapPacked(lists, (list) => list.entries)]));
  }
  afinnWords.forEach((word, row) => packed.values[row * SCORERS.length] = afinn.entries[word]);
  return valenceLexiconsOf(afinnInfo, packed.header.lexicons, packed);
}
function valenceLexiconsOf(afinnInfo, shipped, rows) {
  const [vader, wink, news] = shipped;
  return {
    lexicons: [lexicon("afinn", afinnInfo, 5), lexicon("vader", vader, 4), lexicon("wink", wink, 5), lexicon("news", news, 4)],
    index: indexOfRows(rows.entries, rows.values, SCORERS.length)
  };
}
var valenceIndex = () => loaded2().index;
var valenceLexicons = () => loaded2().lexicons;

// src/data/lexicons/sentiment-rules.json
var sentiment_rules_default = {
  id: "newslens/sentiment-rules",
  version: "1.1.0",
  source: "newslens authors; the shifter constants follow VADER (Hutto & Gilbert 2014): negation multiplies by -0.74, text after 'but' weighs 1.5 and before it 0.5; a negated negative word reads neutral and negative valences weigh more (the shift negation and negativity weighting of SO-CAL: Taboada et al. 2011, 'Lexicon-based methods for sentiment analysis', Computational Linguistics 37(2)); words in an irrealis clause (after a modal or 'if') and in a question weigh less (SO-CAL's irrealis blocking, softened); the four constants were chosen by 10-fold cross-validation by article on the NYT editorial sentences (scripts/fit-sentiment.ts)",
  licence: "MIT",
  description: "Valence shifters: negators and their scope (a negated neg-raising verb such as 'does not think' reaches through its complement clause: Horn 1978, 'Remarks on Neg-Raising'), words that end a scope, phrases that look negated but are not, intensifiers and diminishers as multipliers, contrast and concession words, and news phrases whose words carry no sentiment.",
  negationFactor: -0.74,
  negatedNegativeFactor: 0,
  negativeWeight: 1.3,
  negationReach: 3,
  negRaisers: [
    "think",
    "believe",
    "expect",
    "suppose",
    "imagine",
    "reckon",
    "feel",
    "seem",
    "appear",
    "anticipate",
    "want"
  ],
  negRaiseReach: 10,
  negators: [
    "not",
    "no",
    "never",
    "n't",
    "none",
    "nobody",
    "nothing",
    "neither",
    "nor",
    "nowhere",
    "cannot",
    "without",
    "hardly",
    "barely",
    "scarcely",
    "lack",
    "lacks",
    "lacked",
    "lacking",
    "fail",
    "fails",
    "failed",
    "refuse",
    "refused",
    "refuses"
  ],
  notNegations: [
    "not only",
    "not just",
    "no doubt",
    "without doubt",
    "without a doubt",
    "nothing but",
    "no wonder",
    "small wonder",
    "never before",
    "no less",
    "no longer",
    "none more",
    "nothing more",
    "may not",
    "might not"
  ],
  scopeEnders: [
    "but",
    "however",
    "yet",
    "although",
    "though",
    "while",
    "whereas",
    "because",
    "since",
    "unless",
    "which",
    "who",
    "that",
    "and",
    "or"
  ],
  intensifiers: {
    very: 1.3,
    really: 1.3,
    extremely: 1.5,
    highly: 1.3,
    deeply: 1.4,
    absolutely: 1.4,
    completely: 1.3,
    totally: 1.3,
    utterly: 1.5,
    incredibly: 1.5,
    particularly: 1.2,
    especially: 1.2,
    so: 1.3,
    too: 1.2,
    most: 1.3,
    more: 1.15,
    truly: 1.3,
    hugely: 1.4,
    enormously: 1.4,
    exceptionally: 1.4,
    remarkably: 1.3,
    seriously: 1.3,
    severely: 1.4,
    gravely: 1.4,
    bitterly: 1.4,
    sharply: 1.3,
    strongly: 1.3,
    widely: 1.2,
    fully: 1.2,
    greatly: 1.3,
    terribly: 1.4,
    increasingly: 1.2,
    ever: 1.1,
    slightly: 0.5,
    somewhat: 0.6,
    fairly: 0.8,
    rather: 0.8,
    quite: 0.9,
    relatively: 0.7,
    partly: 0.6,
    partially: 0.6,
    marginally: 0.5,
    mildly: 0.5,
    moderately: 0.7,
    less: 0.6,
    little: 0.6,
    "a bit": 0.6,
    "a little": 0.6,
    "kind of": 0.6,
    "sort of": 0.6,
    almost: 0.8,
    nearly: 0.8
  },
  intensifierReach: 2,
  contrast: {
    words: [
      "but",
      "however",
      "yet",
      "nevertheless",
      "nonetheless",
      "still"
    ],
    before: 0.5,
    after: 1.5
  },
  concession: {
    words: [
      "although",
      "though",
      "despite",
      "even if",
      "even though",
      "while",
      "whereas"
    ],
    factor: 0.5
  },
  irrealis: {
    words: [
      "if",
      "unless",
      "whether",
      "would",
      "could",
      "might",
      "should",
      "may",
      "wish",
      "hope",
      "hopes",
      "hoped",
      "perhaps",
      "maybe"
    ],
    factor: 0.7
  },
  questionFactor: 0.5,
  neutralPhrases: [
    "grand jury",
    "supreme court",
    "high court",
    "security council",
    "justice department",
    "department of justice",
    "amnesty international",
    "human rights watch",
    "free trade",
    "free market",
    "good friday",
    "united nations",
    "united states",
    "united kingdom",
    "best practice",
    "prime minister",
    "first lady",
    "well-being",
    "as well",
    "as well as",
    "at least",
    "at best",
    "no more than",
    "so far",
    "so-called",
    "pretty much",
    "fair share",
    "in good faith",
    "in favour of",
    "in favor of",
    "dead sea",
    "the great",
    "great britain",
    "great lakes",
    "no wonder",
    "small wonder",
    "no doubt",
    "without doubt",
    "without a doubt"
  ]
};

// src/shared/sentence-sentiment/rules.ts
var RULES = sentiment_rules_default;
var NEGATORS = new PhraseSet(mapPacked(RULES.negators, (word) => [word, true]));
var NOT_NEGATIONS = new PhraseSet(mapPacked(RULES.notNegations, (phrase) => [phrase, true]));
var NEUTRAL_PHRASES = new PhraseSet(mapPacked(RULES.neutralPhrases, (phrase) => [phrase, true]));
var SCOPE_ENDERS = new Set(RULES.scopeEnders);
var NEG_RAISERS = new Set(RULES.negRaisers);
var INTENSIFIERS = new PhraseSet(Object.entries(RULES.intensifiers));
var CONTRASTS = new Set(RULES.contrast.words);
var IRREALIS = new Set(RULES.irrealis.words);
var CONCESSIONS = new PhraseSet(mapPacked(RULES.concession.words, (phrase) => [phrase, true]));
var RULE_WORDS = /* @__PURE__ */ new Set([
  ...[NEGATORS, NOT_NEGATIONS, NEUTRAL_PHRASES, INTENSIFIERS, CONCESSIONS].flatMap((set) => [...set.firstWords()]),
  ...SCOPE_ENDERS,
  ...CONTRASTS,
  ...IRREALIS
]);

// src/shared/sentence-sentiment/score.ts
function scaledSums(hits, lexicons, negativeWeight) {
  if (sums.length < lexicons.length) sums = new Float64Array(lexicons.length), counts = new Int32Array(lexicons.length);
  sums.fill(0, 0, lexicons.length);
  counts.fill(0, 0, lexicons.length);
  for (let h = 0; h < hits.length; h += 1) {
    const hit = hits[h];
    for (let i = 0; i < lexicons.length; i += 1) {
      const lexicon2 = lexicons[i];
      if (hit.scorer !== lexicon2.scorer) continue;
      sums[i] = sums[i] + (hit.weight < 0 ? hit.weight * negativeWeight : hit.weight) / lexicon2.maximum * 4;
      counts[i] = counts[i] + 1;
      break;
    }
  }
}
var sums = new Float64Array(SCORERS.length);
var counts = new Int32Array(SCORERS.length);
function sentenceFeatures(tokens, from, to, hits, lexicons, negativeWeight = RULES.negativeWeight) {
  return wordsFeatures(countWords(tokens, from, to), hits, lexicons, negativeWeight);
}
function wordsFeatures(words2, hits, lexicons, negativeWeight = RULES.negativeWeight) {
  scaledSums(hits, lexicons, negativeWeight);
  const features = [];
  for (let i = 0; i < lexicons.length; i += 1) {
    const sum = sums[i];
    const count = counts[i];
    features.push(sum / Math.sqrt(words2 + 1), count > 0 ? sum / count / 4 : 0);
  }
  return features;
}
function scorerScores(hits, lexicons) {
  scaledSums(hits, lexicons, 1);
  const scores = {};
  for (let i = 0; i < lexicons.length; i += 1) {
    const sum = sums[i];
    scores[lexicons[i].scorer] = sum / Math.sqrt(sum * sum + COMPOUND_ALPHA);
  }
  return scores;
}
var COMPOUND_ALPHA = 15;
function weightsFile() {
  return loadOnce("sentiment-weights", () => readDataFile("models/sentiment-weights.json"));
}
function combinedScore(features) {
  const { weights } = weightsFile();
  let score = 0;
  for (let k = 0; k < SCORERS.length; k += 1) {
    const { sum, mean } = weights[SCORERS[k]];
    score += sum * features[2 * k] + mean * features[2 * k + 1];
  }
  return Math.max(-1, Math.min(1, score));
}
function sentimentWeightsInfo() {
  const { id, version: version2, source, licence } = weightsFile();
  return { id, version: version2, source, licence };
}
var NEUTRAL_BAND = 0.05;
function labelOf(score) {
  return score >= NEUTRAL_BAND ? "positive" : score <= -NEUTRAL_BAND ? "negative" : "neutral";
}
function labelSign(score) {
  return score >= NEUTRAL_BAND ? 1 : score <= -NEUTRAL_BAND ? -1 : 0;
}

// src/shared/voices.ts
var VOICES = ["writer", "quoted"];
function tokenQuote(doc, token) {
  const { quotes, owners } = voiceIndex(doc);
  const owner = owners[token];
  return owner > 0 ? quotes[owner - 1] : void 0;
}
function tokenVoice(doc, token) {
  const quote = tokenQuote(doc, token);
  return quote ? { voice: "quoted", quote: quote.id } : { voice: "writer", quote: void 0 };
}
function voiceAt(doc, offset) {
  const token = tokenAtOrBefore(doc.tokens, offset);
  return token >= 0 && voiceIndex(doc).owners[token] > 0 ? "quoted" : "writer";
}
var QUOTED = 1;
var SOURCE_WORDING = 2;
var SHORT_QUOTATION_WORDS = 3;
var VOICE_INDEX = layerKey("voice-index");
function voiceIndex(doc) {
  let index = doc.layer(VOICE_INDEX);
  if (!index) {
    index = indexVoices(doc, doc.layer(QUOTES) ?? []);
    doc.setLayer(VOICE_INDEX, index);
  }
  return index;
}
function indexVoices(doc, quotes) {
  const { tokens, text } = doc;
  const flags = new Uint8Array(tokens.length);
  const owners = new Uint32Array(tokens.length);
  const sentenceWords = new Uint32Array(doc.sentences.length * 3);
  const count = (cell, by) => {
    sentenceWords[cell] = sentenceWords[cell] + by;
  };
  const spans = [];
  quotes.forEach((quote, q) => {
    for (const span of quote.content) spans.push({ start: span.start, end: span.end, owner: q + 1, kind: quote.kind });
  });
  spans.sort((a, b) => a.start - b.start);
  let at = 0;
  let scanned = -1;
  let open = false;
  let runStart = -1;
  let runWords = 0;
  const closeRun = (end) => {
    if (runStart >= 0 && runWords <= SHORT_QUOTATION_WORDS) {
      for (let t = runStart; t < end; t += 1) {
        const token = tokens[t];
        if ((flags[t] & SOURCE_WORDING) !== 0 && token.kind === "word") count(token.sentence * 3 + 2, -1);
        flags[t] = flags[t] & ~SOURCE_WORDING;
      }
    }
    runStart = -1;
    runWords = 0;
  };
  for (let t = 0; t < tokens.length; t += 1) {
    const token = tokens[t];
    const start = token.start;
    while (at < spans.length && spans[at].end <= start) at += 1;
    const own = spans[at];
    let bits = 0;
    if (own && start >= own.start) {
      owners[t] = own.owner;
      if (own.kind === "direct") bits = QUOTED | SOURCE_WORDING;
      else if (own.kind === "indirect") bits = QUOTED;
      else {
        if (scanned < own.start) {
          scanned = own.start;
          open = false;
        }
        for (; scanned < start; scanned += 1) {
          const code = text.charCodeAt(scanned);
          if (code === 8220 || code === 8222 || code === 171) open = true;
          else if (code === 8221 || code === 187) open = false;
          else if (code === 34) open = !open;
        }
        bits = open ? QUOTED | SOURCE_WORDING : QUOTED;
      }
      flags[t] = bits;
    }
    if (token.kind !== "word") continue;
    const row = token.sentence * 3;
    count(row, 1);
    if ((bits & QUOTED) !== 0) count(row + 1, 1);
    if ((bits & SOURCE_WORDING) === 0) closeRun(t);
    else {
      count(row + 2, 1);
      if (runStart < 0) runStart = t;
      runWords += 1;
    }
  }
  closeRun(tokens.length);
  return { quotes, flags, owners, sentenceWords };
}
function tokenAtOrBefore(tokens, offset) {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (tokens[mid].start <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
function inSourceWording(doc, offset) {
  const token = tokenAtOrBefore(doc.tokens, offset);
  return token >= 0 && (voiceIndex(doc).flags[token] & SOURCE_WORDING) !== 0;
}
function sentenceWordsBy(doc, sentence, column) {
  const counts2 = voiceIndex(doc).sentenceWords;
  const all = counts2[sentence.index * 3];
  const quoted = counts2[sentence.index * 3 + column];
  return { writer: all - quoted, quoted };
}
function sentenceVoiceWords(doc, sentence) {
  return sentenceWordsBy(doc, sentence, 1);
}
function sentenceWordingWords(doc, sentence) {
  return sentenceWordsBy(doc, sentence, 2);
}
var VoiceMean = class {
  weight = 0;
  sum = 0;
  /** The voice's words over the sentences added. */
  words = 0;
  add(score, words2, sentenceWords) {
    if (words2 === 0) return;
    const weight = words2 / sentenceWords;
    this.weight += weight;
    this.sum += score * weight;
    this.words += words2;
  }
  /** The mean, or null when the voice has no words in the sentences added. */
  mean() {
    return this.words > 0 ? this.sum / this.weight : null;
  }
};
var LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
var BMP_WORD_CHARS = new Uint8Array(65536);
function bmpWordChar(code) {
  let known = BMP_WORD_CHARS[code];
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    BMP_WORD_CHARS[code] = known;
  }
  return known === 1;
}
function wordsIn(text) {
  let words2 = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    let isWord2;
    if (code < 128) isWord2 = code >= 48 && code <= 57 || (code | 32) >= 97 && (code | 32) <= 122;
    else if (code < 55296 || code > 57343) isWord2 = bmpWordChar(code);
    else {
      const point = text.codePointAt(i);
      isWord2 = LETTER_OR_DIGIT.test(String.fromCodePoint(point));
      if (point > 65535) i += 1;
    }
    if (isWord2 && !inWord) words2 += 1;
    inWord = isWord2;
  }
  return words2;
}
var quoteWordCounts = /* @__PURE__ */ new WeakMap();
function quoteWords(quote) {
  let words2 = quoteWordCounts.get(quote);
  if (words2 === void 0) {
    words2 = 0;
    for (const span of quote.content) words2 += wordsIn(span.text);
    quoteWordCounts.set(quote, words2);
  }
  return words2;
}
var SPEAKER_TYPES = ["person", "organization", "anonymous", "document", "unknown"];
function articleVoices(doc) {
  let words2 = 0;
  for (const sentence of doc.analysedSentences()) words2 += wordsIn(sentence.text);
  const quotes = doc.layer(QUOTES) ?? [];
  const byType = Object.fromEntries(mapPacked(SPEAKER_TYPES, (type) => [type, 0]));
  const names = new Map(mapPacked(doc.entities, (entity) => [entity.id, entity.name]));
  const speakers = /* @__PURE__ */ new Map();
  let quotedWords = 0;
  for (const quote of quotes) {
    const own = quoteWords(quote);
    quotedWords += own;
    byType[quote.speakerType] += own;
    if (quote.speaker === null && quote.source === null) continue;
    const key = quote.speaker ?? `source:${quote.source?.text.toLowerCase()}`;
    const row = speakers.get(key) ?? { speaker: quote.speaker, name: (quote.speaker && names.get(quote.speaker)) ?? quote.source?.text, type: quote.speakerType, quotes: 0, words: 0, share: 0 };
    row.quotes += 1;
    row.words += own;
    speakers.set(key, row);
  }
  const shareOf = (part) => quotedWords > 0 ? roundScore(part / quotedWords) : 0;
  const shares = Object.fromEntries(mapPacked(SPEAKER_TYPES, (type) => [type, shareOf(byType[type])]));
  const ranked = [...speakers.values()].sort((a, b) => b.words - a.words || b.quotes - a.quotes);
  for (const row of ranked) row.share = shareOf(row.words);
  return { words: words2, quotedWords, quotedShare: words2 > 0 ? roundScore(quotedWords / words2) : 0, anonymousShare: shares.anonymous, shares, speakers: ranked };
}

// src/shared/sentence-sentiment/valence.ts
var FUNCTION_POS = /* @__PURE__ */ new Set(["ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "AUX", "NUM", "SYM", "PUNCT", "X"]);
var scratch = scratchArrays(64);
function scratchArrays(size) {
  return { forms: [], clauseFactor: new Float64Array(size), shift: new Float64Array(size), unscored: new Uint8Array(size), ruleWord: new Uint8Array(size), negatedAt: new Int8Array(size) };
}
function ruleWordIds() {
  return loadOnce("sentiment-rule-word-ids", () => {
    const ids = mapPacked([...RULE_WORDS], (word) => wordId(word));
    const flags = new Uint8Array(Math.max(...ids) + 1);
    for (const id of ids) flags[id] = 1;
    return flags;
  });
}
function capitalised(text) {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return text.charAt(0) !== text.charAt(0).toLowerCase();
}
var SentenceView = class {
  constructor(tokens, from, to) {
    this.tokens = tokens;
    this.from = from;
    this.to = to;
    const n = to - from;
    if (scratch.ruleWord.length < n) scratch = scratchArrays(Math.max(n, 2 * scratch.ruleWord.length));
    this.forms = scratch.forms;
    this.forms.length = 0;
    this.ruleWord = scratch.ruleWord.fill(0, 0, n);
    const ruleIds = ruleWordIds();
    this.ids = spelledTokens(tokens);
    for (let t = from; t < to; t += 1) {
      const token = tokens[t];
      if (token.kind === "word") {
        const id = this.ids.lowerId[t];
        if (id >= 0 && id < ruleIds.length && ruleIds[id] === 1) this.ruleWord[this.forms.length] = 1;
        this.forms.push(this.ids.lower[t]);
      } else {
        if (RULE_WORDS.has(token.text)) this.ruleWord[this.forms.length] = 1;
        this.forms.push(token.text);
      }
    }
    this.shift = scratch.shift.fill(Number.NaN, 0, n);
    this.negatedAt = scratch.negatedAt.fill(-1, 0, n);
    this.clauseFactor = scratch.clauseFactor.fill(1, 0, n);
    this.weighClauses();
    let words2 = 0;
    let capitals = 0;
    for (let t = from; t < to; t += 1) {
      const token = tokens[t];
      if (token.kind !== "word") continue;
      words2 += 1;
      if (capitalised(token.text)) capitals += 1;
    }
    this.titleCase = words2 > 1 && capitals / words2 > 0.6;
    this.unscored = scratch.unscored.fill(0, 0, n);
    for (let k = 0; k < this.forms.length; k += 1) {
      const neutral = this.ruleWord[k] ? NEUTRAL_PHRASES.match(this.forms, k) : void 0;
      const shifter = this.ruleWord[k] ? INTENSIFIERS.match(this.forms, k) : void 0;
      if (neutral) this.unscored[k] = neutral.length;
      else if (shifter && shifter.length > 1) this.unscored[k] = shifter.length;
      else if (this.isInName(k)) this.unscored[k] = 1;
    }
  }
  tokens;
  from;
  to;
  forms;
  /** The document's tokens' vocabulary ids (by document token index). */
  ids;
  /** Per token: the multiplier contrast and concession give its clause. */
  clauseFactor;
  /** A headline set in title case, where capitals do not mark names. */
  titleCase;
  /**
   * Per token: 0 if a lexicon may score it, else how many tokens no lexicon reads from here (a
   * neutral phrase, a multi-word diminisher such as "kind of", or a word of a name).
   */
  unscored;
  /** Per token: whether any rule may start there (most words: no). */
  ruleWord;
  /** Per token, once asked: the intensifier's and the clause's multiplier of a word there (every lexicon asks). */
  shift;
  negatedAt;
  isBreak(k) {
    const token = this.tokens[this.from + k];
    return token.kind === "punctuation" && token.text !== "-" && token.text !== '"' && token.text !== "\u201C" && token.text !== "\u201D";
  }
  /**
   * Before the last "but" a clause weighs less and after it more; a concessive clause weighs
   * less, and so do the words after a modal or "if" in their clause, and a question's words.
   */
  weighClauses() {
    const n = this.forms.length;
    let contrastAt = -1;
    for (let k = 1; k < n; k += 1) if (this.ruleWord[k] && CONTRASTS.has(this.forms[k])) contrastAt = k;
    if (contrastAt > 0) for (let k = 0; k < n; k += 1) this.clauseFactor[k] = k < contrastAt ? RULES.contrast.before : RULES.contrast.after;
    for (let k = 0; k < n; k += 1) {
      const concession = this.ruleWord[k] ? CONCESSIONS.match(this.forms, k) : void 0;
      if (!concession || k > 0 && !this.isBreak(k - 1)) continue;
      let end = k + concession.length;
      while (end < n && !this.isBreak(end)) end += 1;
      if (end >= n) continue;
      for (let j = k; j < end; j += 1) this.clauseFactor[j] = this.clauseFactor[j] * RULES.concession.factor;
    }
    let irrealis = false;
    for (let k = 0; k < n; k += 1) {
      if (this.isBreak(k)) irrealis = false;
      else if (irrealis) this.clauseFactor[k] = this.clauseFactor[k] * RULES.irrealis.factor;
      if (this.ruleWord[k] && IRREALIS.has(this.forms[k]) && this.isMarker(k)) irrealis = true;
    }
    if (this.endsInQuestion()) for (let k = 0; k < n; k += 1) this.clauseFactor[k] = this.clauseFactor[k] * RULES.questionFactor;
  }
  /** Whether a modal or "if" at `k` is one: capitalised inside a sentence, it is a name ("in May", "Hope Hicks"). */
  isMarker(k) {
    const text = this.tokens[this.from + k].text;
    return k === 0 || !capitalised(text);
  }
  /** Whether the sentence's last punctuation, closing quotes aside, is a question mark. */
  endsInQuestion() {
    for (let k = this.forms.length - 1; k >= 0; k -= 1) {
      const form = this.forms[k];
      if (form === "?") return true;
      if (form !== '"' && form !== "\u201D" && form !== "'" && form !== "\u2019" && form !== ")") return false;
    }
    return false;
  }
  /**
   * What the shifters do to a word at `k` of valence `valence`: the intensifier's multiplier
   * times its clause's weight (worked out once per word), times the negation factor if a
   * negator reaches it.
   */
  weigh(k, valence) {
    let shift = this.shift[k];
    if (Number.isNaN(shift)) {
      shift = this.intensity(k) * this.clauseFactor[k];
      this.shift[k] = shift;
    }
    return valence * shift * (this.isNegated(k) ? valence < 0 ? RULES.negatedNegativeFactor : RULES.negationFactor : 1) + 0;
  }
  /** The multiplier of an intensifier or diminisher just before word `k`. */
  intensity(k) {
    for (let back = 1; back <= RULES.intensifierReach && k - back >= 0; back += 1) {
      if (this.isBreak(k - back)) break;
      if (!this.ruleWord[k - back]) continue;
      const found = INTENSIFIERS.match(this.forms, k - back);
      if (found && k - back + found.length === k) return found.value;
    }
    return 1;
  }
  /** Whether a negator reaches word `k`: within a few words, in the same clause. */
  isNegated(k) {
    if (this.negatedAt[k] < 0) this.negatedAt[k] = this.findNegator(k) || this.negatedByRaiser(k) ? 1 : 0;
    return this.negatedAt[k] === 1;
  }
  findNegator(k) {
    for (let back = 1; back <= RULES.negationReach && k - back >= 0; back += 1) {
      const j = k - back;
      if (this.isBreak(j)) return false;
      if (!this.ruleWord[j]) continue;
      if (SCOPE_ENDERS.has(this.forms[j])) return false;
      if (NEGATORS.match(this.forms, j) && !NOT_NEGATIONS.match(this.forms, j)) return true;
    }
    return false;
  }
  /**
   * Whether a negated neg-raising verb reaches word `k` from further back than the window: "does
   * not think (that) the EPA has done a good job" denies the praise. The scope runs to the end of
   * the clause: punctuation or a scope ender other than the complementiser "that" closes it.
   */
  negatedByRaiser(k) {
    for (let back = 1; back <= RULES.negRaiseReach && k - back >= 0; back += 1) {
      const j = k - back;
      if (this.isBreak(j)) return false;
      if (this.ruleWord[j] && this.forms[j] !== "that" && SCOPE_ENDERS.has(this.forms[j])) return false;
      const verb = this.tokens[this.from + j];
      if (!NEG_RAISERS.has(verb.lemma ?? this.forms[j])) continue;
      for (let before = j - 1; before >= Math.max(0, j - 2); before -= 1) {
        if (this.ruleWord[before] && NEGATORS.match(this.forms, before) && !NOT_NEGATIONS.match(this.forms, before)) return true;
      }
    }
    return false;
  }
  /**
   * Whether word `k` is part of a name ("United" in "United Nations", "Progress" in "Center
   * for American Progress"): a capitalised proper noun inside a sentence that is not set in
   * title case.
   */
  isInName(k) {
    const token = this.tokens[this.from + k];
    return k > 0 && token.pos === "PROPN" && !this.titleCase && capitalised(token.text);
  }
};
var next = new Int32Array(4);
var phraseOf = new Int32Array(4);
function valenceHits(tokens, from, to, lexicons, index = valenceIndex()) {
  const view = new SentenceView(tokens, from, to);
  const hits = [];
  if (next.length < lexicons.length) next = new Int32Array(lexicons.length), phraseOf = new Int32Array(lexicons.length);
  next.fill(0);
  for (let k = 0; k < view.forms.length; ) {
    const token = tokens[from + k];
    const unscored = view.unscored[k];
    if (unscored > 0 || token.kind !== "word") {
      k += unscored || 1;
      continue;
    }
    const phrases = phrasesAt(index, view.ids.lowerId[from + k]);
    const isFunction = FUNCTION_POS.has(token.pos);
    const ownRow = isFunction ? -1 : wordRow(index, view.ids.lowerId[from + k]);
    const lemmaRow = token.lemma && !isFunction && token.lemma !== view.forms[k] ? wordRow(index, view.ids.lemmaId[from + k]) : -1;
    if (phrases === void 0 && ownRow < 0 && lemmaRow < 0) {
      k += 1;
      continue;
    }
    phraseOf.fill(-1);
    if (phrases !== void 0) {
      let unmatched = lexicons.length;
      for (let c = 0; c < phrases.length && unmatched > 0; c += 1) {
        const phrase = phrases[c];
        if (!spells(phrase.words, view.forms, k)) continue;
        for (let i = 0; i < lexicons.length; i += 1) {
          if (phraseOf[i] < 0 && !Number.isNaN(index.values[phrase.value * index.width + i])) phraseOf[i] = c, unmatched -= 1;
        }
      }
    }
    for (let i = 0; i < lexicons.length; i += 1) {
      if (next[i] > k) continue;
      let valence = Number.NaN;
      let length = 1;
      const c = phraseOf[i];
      if (c >= 0) {
        const phrase = phrases[c];
        valence = index.values[phrase.value * index.width + i];
        length = phrase.words.length;
      }
      if (Number.isNaN(valence) && ownRow >= 0) valence = index.values[ownRow * index.width + i];
      if (Number.isNaN(valence) && lemmaRow >= 0) valence = index.values[lemmaRow * index.width + i];
      if (Number.isNaN(valence)) continue;
      next[i] = k + length;
      if (valence === 0) continue;
      hits.push({ scorer: lexicons[i].scorer, first: from + k, last: from + k + length - 1, valence, weight: view.weigh(k, valence), negated: view.isNegated(k) });
    }
    k += 1;
  }
  return hits;
}

// src/shared/sentence-sentiment/reading.ts
function evidenceOf(doc, hits) {
  return mapPacked(hits, (hit) => {
    const start = doc.tokens[hit.first].start;
    const end = doc.tokens[hit.last].end;
    const quote = tokenQuote(doc, hit.first);
    const evidence = { start, end, text: doc.text.slice(start, end), voice: quote ? "quoted" : "writer", weight: Math.round(hit.weight * 1e3) / 1e3, scorer: hit.scorer, negated: hit.negated };
    if (quote) evidence.quote = quote.id;
    return evidence;
  });
}
var SENTENCE_SENTIMENT = layerKey("sentenceSentiment");
function sentenceSentiment(doc, sentence) {
  return doc.layer(SENTENCE_SENTIMENT)?.[sentence.index] ?? readSentence(doc, sentence).sentiment;
}
function readSentence(doc, sentence, lexicons = valenceLexicons()) {
  const hits = valenceHits(doc.tokens, sentence.tokenStart, sentence.tokenEnd, lexicons);
  const score = combinedScore(sentenceFeatures(doc.tokens, sentence.tokenStart, sentence.tokenEnd, hits, lexicons));
  return { sentence, hits, sentiment: { score: roundScore(score), label: labelOf(score), scorers: roundAll(scorerScores(hits, lexicons)), evidence: evidenceOf(doc, hits) } };
}
function voiceScore(sentiment, voice, words2, sentenceWords) {
  if (words2 === sentenceWords) return sentiment.score;
  let known = voiceScores.get(sentiment);
  const cached = known?.[voice];
  if (cached?.words === words2) return cached.score;
  const weights = [];
  for (const item of sentiment.evidence) if (item.voice === voice) weights.push({ scorer: item.scorer, weight: item.weight });
  const score = roundScore(combinedScore(wordsFeatures(words2, weights, valenceLexicons())));
  if (!known) voiceScores.set(sentiment, known = {});
  known[voice] = { words: words2, score };
  return score;
}
var voiceScores = /* @__PURE__ */ new WeakMap();
function aggregate(readings, evidenceLimit = Infinity, tally = "mean") {
  const lexicons = valenceLexicons();
  const scorers = {};
  for (const lexicon2 of lexicons) scorers[lexicon2.scorer] = 0;
  let score = 0;
  for (const { sentiment } of readings) {
    score += tally === "net" ? labelSign(sentiment.score) : sentiment.score;
    for (const lexicon2 of lexicons) scorers[lexicon2.scorer] += sentiment.scorers[lexicon2.scorer];
  }
  const n = Math.max(1, readings.length);
  for (const lexicon2 of lexicons) scorers[lexicon2.scorer] /= n;
  score /= n;
  const evidence = mapPacked(readings, (reading) => reading.sentiment.evidence);
  return { score: roundScore(score), label: labelOf(score), scorers: roundAll(scorers), evidence: strongest(evidence, evidenceLimit) };
}
function strongest(groups, limit) {
  if (limit === Infinity) return groups.flat();
  const maximum = maxima();
  const top = [];
  const strengths = [];
  for (const group of groups) {
    for (const item of group) {
      const strength = Math.abs(item.weight) / maximum[item.scorer];
      if (top.length >= limit && strength <= strengths[top.length - 1]) continue;
      const known = spanIndex(top, item);
      if (known >= 0) {
        if (strength <= strengths[known]) continue;
        top.splice(known, 1);
        strengths.splice(known, 1);
      }
      let at = top.length;
      while (at > 0 && strengths[at - 1] < strength) at -= 1;
      top.splice(at, 0, item);
      strengths.splice(at, 0, strength);
      if (top.length > limit) top.pop(), strengths.pop();
    }
  }
  const evidence = [];
  for (const group of groups) for (const item of group) if (spanIndex(top, item) >= 0) evidence.push(item);
  return evidence;
}
function maxima() {
  return loadOnce("sentiment-scorer-maxima", () => {
    const byScorer = {};
    for (const lexicon2 of valenceLexicons()) byScorer[lexicon2.scorer] = lexicon2.maximum;
    return byScorer;
  });
}
function spanIndex(spans, span) {
  for (let i = 0; i < spans.length; i += 1) {
    const other = spans[i];
    if (other.start === span.start && other.end === span.end) return i;
  }
  return -1;
}
function roundAll(scores) {
  for (const scorer of Object.keys(scores)) scores[scorer] = roundScore(scores[scorer]);
  return scores;
}

// src/stages/01-markup/markup.ts
var BLOCK_TAGS = /* @__PURE__ */ new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul"
]);
var HIDDEN_CONTENT_TAGS = ["script", "style", "title", "noscript", "template"];
var TAG_NAME = /^<\/?([a-zA-Z][a-zA-Z0-9]*)/;
function hasMarkup(text) {
  return /<[a-zA-Z!/]/.test(text);
}
function maskMarkup(text) {
  if (!hasMarkup(text)) return text;
  const lower = text.toLowerCase();
  const out = [];
  let copied = 0;
  let nextClose = -2;
  const closingHiddenTag = /* @__PURE__ */ new Map();
  const blank = (from, to, fill) => {
    out.push(text.slice(copied, from), fill.repeat(to - from));
    copied = to;
  };
  let i = text.indexOf("<");
  while (i !== -1 && i < text.length) {
    const next2 = text.charCodeAt(i + 1);
    const isTagStart = next2 >= 65 && next2 <= 90 || next2 >= 97 && next2 <= 122 || next2 === 47 || next2 === 33;
    if (!isTagStart) {
      i = text.indexOf("<", i + 1);
      continue;
    }
    if (text.startsWith("<!--", i)) {
      const close = text.indexOf("-->", i + 4);
      if (close === -1) break;
      blank(i, close + 3, " ");
      i = text.indexOf("<", close + 3);
      continue;
    }
    if (nextClose !== -1 && nextClose < i) nextClose = text.indexOf(">", i);
    if (nextClose === -1) break;
    const innerLt = text.indexOf("<", i + 1);
    if (innerLt !== -1 && innerLt < nextClose) {
      i = innerLt;
      continue;
    }
    const tagEnd = nextClose + 1;
    const name = (TAG_NAME.exec(text.slice(i, Math.min(tagEnd, i + 32)))?.[1] ?? "").toLowerCase();
    const isClosing = next2 === 47;
    let end = tagEnd;
    if (!isClosing && HIDDEN_CONTENT_TAGS.includes(name)) {
      let close = closingHiddenTag.get(name) ?? -2;
      if (close !== -1 && close < tagEnd) close = lower.indexOf(`</${name}`, tagEnd);
      closingHiddenTag.set(name, close);
      if (close !== -1) {
        const closeEnd = text.indexOf(">", close);
        end = closeEnd === -1 ? text.length : closeEnd + 1;
      }
    }
    blank(i, end, BLOCK_TAGS.has(name) ? "\n" : " ");
    i = text.indexOf("<", end);
  }
  out.push(text.slice(copied));
  return out.join("");
}

// src/stages/02-structure/furniture.ts
var AGENCY_CREDIT = /\((?:AP|AFP|UPI|CNN|Reuters|Bloomberg|dpa|DPA|Xinhua|Kyodo|ANSA|EFE|TASS|PA|AAP|CP)\)(?:\s*(?:--?|–|—))?/y;
function agencyCreditAt(text, at) {
  AGENCY_CREDIT.lastIndex = at;
  return AGENCY_CREDIT.exec(text)?.[0].length ?? 0;
}
var MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
var WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\\.?";
var CLOCK = "(?:[ap]\\.?m\\.?|[AP]\\.?M\\.?|[A-Z]{1,3}T|ET|GMT|UTC)";
var AGO = "(?:ago|just|now|today|yesterday|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|on|at)";
var STAMP_WORD = `(?:\\d[\\d:/.,-]*|${MONTH}|${WEEKDAY}|${CLOCK}|${AGO})`;
var STAMP = new RegExp(`^(?:(?:Last\\s+)?[Uu]pdated|UPDATED|[Pp]ublished|PUBLISHED|[Pp]osted|POSTED)\\b(?:\\s*[:|-])?(?:[\\s,|]*${STAMP_WORD}\\b\\.?)*[\\s,|:-]*`);
function stampLength(text) {
  const match = STAMP.exec(text.slice(0, 160));
  if (!match) return 0;
  const rest = text.slice(match[0].length);
  if (rest !== "" && !/^\p{Lu}/u.test(rest) && !/^\d/.test(rest)) return 0;
  if (rest !== "" && !/[:|\d]/.test(match[0])) return 0;
  return match[0].length;
}
var CAPITALS_PROMPT = /(?<![\p{L}\p{N}])(?:CLICK|TAP|WATCH|READ|LISTEN|SIGN UP|SUBSCRIBE|DOWNLOAD|SCROLL|FOLLOW|JOIN|SHARE|GET)(?: +[\p{Lu}\p{N}'’&.,:/-]+){3,}/gu;
var BRACKETED_CREDIT = /\((?:Photos?|Photograph|Image|Picture|Pictured|Credit|Caption|AP Photo|File Photo|Video)\b[^()\n]{0,160}\)|\([^()\n]{0,80}\b(?:Getty Images|Shutterstock|AP Photo|Reuters\/|AFP\/|\/AP|\/AFP|\/Reuters)\)/gi;
var BARE_CREDIT = /(?:\p{Lu}\.\s+)?(?:\p{Lu}[\p{L}'’-]+\s+)?\p{Lu}[\p{L}.'’-]*\s*\/\s*(?:AFP via Getty Images|Getty Images|Shutterstock|AFP|AP|Reuters|EPA|Bloomberg)\b/gu;
function inlineFurniture(text) {
  const found = [];
  const stamp = stampLength(text);
  if (stamp > 0) found.push([0, stamp]);
  for (const pattern of text.includes("/") ? [CAPITALS_PROMPT, BRACKETED_CREDIT, BARE_CREDIT] : [CAPITALS_PROMPT, BRACKETED_CREDIT]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      let end = match.index + match[0].length;
      if (pattern === CAPITALS_PROMPT && /\p{Ll}/u.test(text.charAt(end))) end -= 1;
      found.push([match.index, end]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const kept = [];
  for (const span of found) if (span[0] >= (kept.at(-1)?.[1] ?? 0)) kept.push(span);
  return kept;
}
function isFurnitureLine(text) {
  const [first] = inlineFurniture(text);
  return first !== void 0 && first[0] === 0 && text.slice(first[1]).trim() === "";
}

// src/data/lexicons/boilerplate-cues.json
var boilerplate_cues_default = {
  id: "newslens/boilerplate-cues",
  version: "1.0.0",
  source: "Written for newslens by its authors from the page furniture of English-language news sites (related-link prompts, ads, share and subscribe prompts, navigation, photo credits, wire credits).",
  licence: "MIT",
  description: 'Line cues for text that is not part of the article. match=prefix: the line, lower-cased with leading bullets and emphasis removed, starts with the cue followed by a non-letter; match=line: the whole line is the cue (trailing punctuation ignored); match=contains: a short line (at most 25 words) contains the cue. A line of more than 40 words is never boilerplate. Time stamps ("Updated: 5:32 PM ET", "Published: Jan. 5") are not cues: the structure stage cuts out the stamp alone, so a lead paragraph that follows it on the same line stays article text.',
  entries: [
    {
      cue: "also read",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "read also",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "read more",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "more from",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "related:",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "related stories",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "related articles",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "related coverage",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "related content",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "related news",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "see also",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "recommended:",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "recommended for you",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "you may also like",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "you might also like",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "don't miss",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "don\u2019t miss",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "must read",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "trending:",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "most read",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "most popular",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "watch:",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "listen:",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "watch now",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "continue reading",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "more on this story",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "more stories",
      match: "prefix",
      kind: "related-link"
    },
    {
      cue: "advertisement",
      match: "line",
      kind: "advertisement"
    },
    {
      cue: "advert",
      match: "line",
      kind: "advertisement"
    },
    {
      cue: "ad",
      match: "line",
      kind: "advertisement"
    },
    {
      cue: "sponsored",
      match: "line",
      kind: "advertisement"
    },
    {
      cue: "sponsored content",
      match: "line",
      kind: "advertisement"
    },
    {
      cue: "story continues below advertisement",
      match: "line",
      kind: "advertisement"
    },
    {
      cue: "scroll to continue with content",
      match: "line",
      kind: "advertisement"
    },
    {
      cue: "paid content",
      match: "line",
      kind: "advertisement"
    },
    {
      cue: "advertisement -",
      match: "prefix",
      kind: "advertisement"
    },
    {
      cue: "sponsored by",
      match: "prefix",
      kind: "advertisement"
    },
    {
      cue: "promoted by",
      match: "prefix",
      kind: "advertisement"
    },
    {
      cue: "share this",
      match: "prefix",
      kind: "share-prompt"
    },
    {
      cue: "share on",
      match: "prefix",
      kind: "share-prompt"
    },
    {
      cue: "share via",
      match: "prefix",
      kind: "share-prompt"
    },
    {
      cue: "share article",
      match: "prefix",
      kind: "share-prompt"
    },
    {
      cue: "click to share",
      match: "prefix",
      kind: "share-prompt"
    },
    {
      cue: "tweet this",
      match: "prefix",
      kind: "share-prompt"
    },
    {
      cue: "email this",
      match: "prefix",
      kind: "share-prompt"
    },
    {
      cue: "print this",
      match: "prefix",
      kind: "share-prompt"
    },
    {
      cue: "copy link",
      match: "prefix",
      kind: "share-prompt"
    },
    {
      cue: "share",
      match: "line",
      kind: "share-prompt"
    },
    {
      cue: "tweet",
      match: "line",
      kind: "share-prompt"
    },
    {
      cue: "email",
      match: "line",
      kind: "share-prompt"
    },
    {
      cue: "print",
      match: "line",
      kind: "share-prompt"
    },
    {
      cue: "comments",
      match: "line",
      kind: "share-prompt"
    },
    {
      cue: "facebook",
      match: "line",
      kind: "share-prompt"
    },
    {
      cue: "twitter",
      match: "line",
      kind: "share-prompt"
    },
    {
      cue: "whatsapp",
      match: "line",
      kind: "share-prompt"
    },
    {
      cue: "linkedin",
      match: "line",
      kind: "share-prompt"
    },
    {
      cue: "click here",
      match: "prefix",
      kind: "call-to-action"
    },
    {
      cue: "tap here",
      match: "prefix",
      kind: "call-to-action"
    },
    {
      cue: "subscribe to",
      match: "prefix",
      kind: "call-to-action"
    },
    {
      cue: "subscribe now",
      match: "prefix",
      kind: "call-to-action"
    },
    {
      cue: "sign up for",
      match: "prefix",
      kind: "call-to-action"
    },
    {
      cue: "sign up to",
      match: "prefix",
      kind: "call-to-action"
    },
    {
      cue: "sign up now",
      match: "prefix",
      kind: "call-to-action"
    },
    {
      cue: "follow us",
      match: "prefix",
      kind: "call-to-action"
    },
    {
      cue: "join our",
      match: "prefix",
      kind: "call-to-action"
    },
    {
      cue: "get the latest",
      match: "prefix",
      kind: "call-to-action"
    },
    {
      cue: "download the app",
      match: "prefix",
      kind: "call-to-action"
    },
    {
      cue: "download our app",
      match: "prefix",
      kind: "call-to-action"
    },
    {
      cue: "get our newsletter",
      match: "prefix",
      kind: "call-to-action"
    },
    {
      cue: "newsletter sign-up",
      match: "prefix",
      kind: "call-to-action"
    },
    {
      cue: "you can now listen",
      match: "prefix",
      kind: "call-to-action"
    },
    {
      cue: "skip to",
      match: "prefix",
      kind: "navigation"
    },
    {
      cue: "back to top",
      match: "prefix",
      kind: "navigation"
    },
    {
      cue: "jump to",
      match: "prefix",
      kind: "navigation"
    },
    {
      cue: "tags:",
      match: "prefix",
      kind: "navigation"
    },
    {
      cue: "filed under",
      match: "prefix",
      kind: "navigation"
    },
    {
      cue: "topics:",
      match: "prefix",
      kind: "navigation"
    },
    {
      cue: "categories:",
      match: "prefix",
      kind: "navigation"
    },
    {
      cue: "previous article",
      match: "prefix",
      kind: "navigation"
    },
    {
      cue: "next article",
      match: "prefix",
      kind: "navigation"
    },
    {
      cue: "photo:",
      match: "prefix",
      kind: "photo-credit"
    },
    {
      cue: "photo by",
      match: "prefix",
      kind: "photo-credit"
    },
    {
      cue: "photos:",
      match: "prefix",
      kind: "photo-credit"
    },
    {
      cue: "photograph:",
      match: "prefix",
      kind: "photo-credit"
    },
    {
      cue: "image:",
      match: "prefix",
      kind: "photo-credit"
    },
    {
      cue: "image credit",
      match: "prefix",
      kind: "photo-credit"
    },
    {
      cue: "images:",
      match: "prefix",
      kind: "photo-credit"
    },
    {
      cue: "picture:",
      match: "prefix",
      kind: "photo-credit"
    },
    {
      cue: "pic:",
      match: "prefix",
      kind: "photo-credit"
    },
    {
      cue: "credit:",
      match: "prefix",
      kind: "photo-credit"
    },
    {
      cue: "caption:",
      match: "prefix",
      kind: "photo-credit"
    },
    {
      cue: "file photo",
      match: "prefix",
      kind: "photo-credit"
    },
    {
      cue: "video:",
      match: "prefix",
      kind: "photo-credit"
    },
    {
      cue: "illustration:",
      match: "prefix",
      kind: "photo-credit"
    },
    {
      cue: "(photo",
      match: "prefix",
      kind: "photo-credit"
    },
    {
      cue: "(image",
      match: "prefix",
      kind: "photo-credit"
    },
    {
      cue: "(ap photo",
      match: "prefix",
      kind: "photo-credit"
    },
    {
      cue: "featured image",
      match: "prefix",
      kind: "photo-credit"
    },
    {
      cue: "getty images",
      match: "contains",
      kind: "photo-credit"
    },
    {
      cue: "(ap photo",
      match: "contains",
      kind: "photo-credit"
    },
    {
      cue: "ap photo/",
      match: "contains",
      kind: "photo-credit"
    },
    {
      cue: "reuters/",
      match: "contains",
      kind: "photo-credit"
    },
    {
      cue: "afp via getty",
      match: "contains",
      kind: "photo-credit"
    },
    {
      cue: "/afp",
      match: "contains",
      kind: "photo-credit"
    },
    {
      cue: "shutterstock",
      match: "contains",
      kind: "photo-credit"
    },
    {
      cue: "reporting by",
      match: "prefix",
      kind: "credits"
    },
    {
      cue: "additional reporting by",
      match: "prefix",
      kind: "credits"
    },
    {
      cue: "writing by",
      match: "prefix",
      kind: "credits"
    },
    {
      cue: "editing by",
      match: "prefix",
      kind: "credits"
    },
    {
      cue: "compiled by",
      match: "prefix",
      kind: "credits"
    },
    {
      cue: "copyright",
      match: "prefix",
      kind: "credits"
    },
    {
      cue: "\xA9",
      match: "prefix",
      kind: "credits"
    },
    {
      cue: "(c) ",
      match: "prefix",
      kind: "credits"
    },
    {
      cue: "all rights reserved",
      match: "prefix",
      kind: "credits"
    },
    {
      cue: "this article was",
      match: "prefix",
      kind: "credits"
    },
    {
      cue: "this story was",
      match: "prefix",
      kind: "credits"
    },
    {
      cue: "this story has been",
      match: "prefix",
      kind: "credits"
    },
    {
      cue: "first published",
      match: "prefix",
      kind: "credits"
    }
  ]
};

// src/stages/02-structure/line-features.ts
var BOILERPLATE_CUES = boilerplate_cues_default;
var MAX_FEATURE_LENGTH = 400;
var MAX_BOILERPLATE_WORDS = 40;
var MAX_CONTAINS_WORDS = 25;
var MINOR_WORDS = /* @__PURE__ */ new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "but",
  "by",
  "for",
  "from",
  "in",
  "into",
  "nor",
  "of",
  "on",
  "or",
  "over",
  "per",
  "the",
  "to",
  "up",
  "via",
  "vs",
  "vs.",
  "with",
  "de",
  "van",
  "von",
  "al"
]);
var CLOSERS = /* @__PURE__ */ new Set(['"', "'", "\u201D", "\u2019", ")", "]", "\xBB", "*", "_"]);
var SENTENCE_ENDINGS = /* @__PURE__ */ new Set([".", "!", "?", "\u2026"]);
function lastVisible(text) {
  let last = text.length - 1;
  while (last > 0 && CLOSERS.has(text.charAt(last))) last -= 1;
  return text.charAt(last);
}
function endsSentence(text) {
  return SENTENCE_ENDINGS.has(lastVisible(text));
}
var STARTS_LOWER = /^[^\p{L}\p{N}]{0,8}\p{Ll}/u;
var MAX_LEAD = 8;
function startsLower(text) {
  for (let i = 0; i <= MAX_LEAD && i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 128) break;
    if (isAsciiLower(code)) return true;
    if (isAsciiUpper(code) || isAsciiDigit(code)) return false;
    if (i === MAX_LEAD) return false;
  }
  return STARTS_LOWER.test(text.slice(0, 10));
}
var SPACE = /\s/;
function isSpaceCode(code) {
  return code < 128 ? code === 32 || code >= 9 && code <= 13 : SPACE.test(String.fromCharCode(code));
}
function wordEnd(text, from) {
  let end = from;
  while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end += 1;
  return end;
}
var LONGEST_MINOR_WORD = Math.max(...mapPacked([...MINOR_WORDS], (word) => word.length));
function titleCaseVote(word) {
  const first = /\p{L}|\p{N}/u.exec(word)?.[0];
  if (first === void 0 || /\p{N}/u.test(first)) return 0;
  if (first !== first.toLowerCase()) return 1;
  return MINOR_WORDS.has(word.toLowerCase().replace(/[^\p{L}.]/gu, "")) ? 0 : -1;
}
function isAsciiLowerWord(text, start, end) {
  for (let i = start; i < end; i += 1) if (!isAsciiLower(text.charCodeAt(i))) return false;
  return true;
}
function titleCaseVoteAt(text, start, end) {
  const code = text.charCodeAt(start);
  if (isAsciiUpper(code)) return 1;
  if (isAsciiDigit(code)) return 0;
  if (isAsciiLowerWord(text, start, end)) return end - start > LONGEST_MINOR_WORD || !MINOR_WORDS.has(text.slice(start, end)) ? -1 : 0;
  return titleCaseVote(text.slice(start, end));
}
function isAllCaps(text) {
  let letters = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 128) {
      const all = text.replace(/[^\p{L}]/gu, "");
      return all.length >= 2 && all === all.toUpperCase() && all !== all.toLowerCase();
    }
    if (isAsciiLower(code)) return false;
    if (isAsciiUpper(code)) letters += 1;
  }
  return letters >= 2;
}
function wording(text) {
  if (text.length > MAX_FEATURE_LENGTH) return void 0;
  let words2 = 0;
  let upper = 0;
  let lower = 0;
  for (let start = 0; start < text.length; ) {
    if (isSpaceCode(text.charCodeAt(start))) {
      start += 1;
      continue;
    }
    const end = wordEnd(text, start);
    words2 += 1;
    const vote = titleCaseVoteAt(text, start, end);
    if (vote > 0) upper += 1;
    else if (vote < 0) lower += 1;
    start = end;
  }
  const lastChar = lastVisible(text);
  return {
    words: words2,
    titleCaseRatio: upper + lower === 0 ? 0 : upper / (upper + lower),
    allCaps: isAllCaps(text),
    lastChar,
    endsSentence: SENTENCE_ENDINGS.has(lastChar),
    // A full stop after a short abbreviation ("Dr. Ben", "Roe v. Wade", "U.S. Army") ends no sentence.
    innerSentenceBreak: /(?:(?<!(?:^|[\s.(])(?:\p{Lu}\p{Ll}{0,2}|\p{Ll}))\.|[!?])["'”’)]?\s+["'“‘(]?\p{Lu}/u.test(text.slice(0, text.lastIndexOf(lastChar)))
  };
}
function spaceRuns(text) {
  let runs = 0;
  for (let i = 0; i < text.length; i += 1) if (isSpaceCode(text.charCodeAt(i)) && (i === 0 || !isSpaceCode(text.charCodeAt(i - 1)))) runs += 1;
  return runs;
}
function normaliseForCues(text) {
  return text.replace(/^[\s\p{Pd}•▶►»>*_#|]+/u, "").replace(/\s+/g, " ").toLowerCase();
}
var TRAILING_MARK = /^[\s\p{P}]$/u;
function withoutTrailingMarks(line) {
  let end = line.length;
  while (end > 0) {
    const isPairEnd = end > 1 && isLowSurrogate(line.charCodeAt(end - 1)) && isHighSurrogate(line.charCodeAt(end - 2));
    const from = isPairEnd ? end - 2 : end - 1;
    if (!TRAILING_MARK.test(line.slice(from, end))) break;
    end = from;
  }
  return line.slice(0, end);
}
var matchesAnywhere = (entry2) => entry2.match === "contains" || entry2.cue === "";
var ANYWHERE_CUES = BOILERPLATE_CUES.entries.filter(matchesAnywhere);
var CUES_BY_FIRST = new Map(
  mapPacked([...new Set(mapPacked(BOILERPLATE_CUES.entries.filter((entry2) => !matchesAnywhere(entry2)), (entry2) => entry2.cue.charAt(0)))], (first) => [
    first,
    BOILERPLATE_CUES.entries.filter((entry2) => matchesAnywhere(entry2) || entry2.cue.charAt(0) === first)
  ])
);
function boilerplateCue(text) {
  if (text.length > MAX_FEATURE_LENGTH) return void 0;
  const words2 = spaceRuns(text) + 1;
  if (words2 > MAX_BOILERPLATE_WORDS) return void 0;
  const line = normaliseForCues(text);
  const bare2 = withoutTrailingMarks(line);
  return (CUES_BY_FIRST.get(line.charAt(0)) ?? ANYWHERE_CUES).find((entry2) => {
    switch (entry2.match) {
      case "line":
        return bare2 === entry2.cue;
      case "prefix":
        return line.startsWith(entry2.cue) && !/\p{L}/u.test(line.charAt(entry2.cue.length)) && line.length > entry2.cue.length - 1;
      case "contains":
        return words2 <= MAX_CONTAINS_WORDS && line.includes(entry2.cue);
    }
  });
}
var MENU_SEPARATOR = /\s[|•·]\s|\s\/\s/;
var MAX_MENU_ITEM_WORDS = 3;
var SEPARATOR_MARKS = ["|", "\u2022", "\xB7", "/"];
function hasTwoSeparatorMarks(text) {
  let marks = 0;
  for (const mark of SEPARATOR_MARKS) for (let at = text.indexOf(mark); at >= 0 && marks < 2; at = text.indexOf(mark, at + 1)) marks += 1;
  return marks >= 2;
}
function isMenu(text) {
  if (text.length > MAX_FEATURE_LENGTH || !hasTwoSeparatorMarks(text)) return false;
  const items = text.split(MENU_SEPARATOR);
  return items.length >= 3 && items.every((item) => item.trim().split(/\s+/).length <= MAX_MENU_ITEM_WORDS);
}
var BYLINE_LEAD = /^(?:(?:[Ww]ritten|[Ww]ords|[Ss]tory|[Tt]ext)\s+)?(?:[Bb]y|BY)\s+(?=\p{Lu})/u;
function isByline(text) {
  const lead = BYLINE_LEAD.exec(text);
  if (!lead || text.length > 160) return false;
  const names = wording(text.slice(lead[0].length));
  return names !== void 0 && names.words <= 12 && !names.endsSentence && names.titleCaseRatio >= 0.6;
}
var DATELINE = /^(\p{Lu}[\p{Lu}'’. -]*\p{Lu}\.?)((?:,\s*[\p{L}.]+(?:\s+[\p{L}\d.]+){0,3}){0,2})(\s*\([^()\n]{1,40}\))?\s*(?:--?|–|—)\s+/u;
var TITLE_CASE_PLACE = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})((?:,\s*[\p{L}.]+(?:\s+[\p{L}\d.]+){0,3}){0,2})\s*/u;
var DATELINE_LINE = /^\p{Lu}[\p{Lu}'’. -]{0,40}\p{Lu}\.?,?\s+(?:\p{L}{3,9}\.?\s+)?\d[\d/.-]{0,9}(?:,?\s+\d{4})?\s*$/u;
function isDatelineLine(text) {
  return text.length <= 80 && DATELINE_LINE.test(text);
}
function readDateline(paragraph) {
  const credit = agencyCreditAt(paragraph, 0);
  if (credit > 0) return { end: credit };
  const titleCasePlace = paragraph.lastIndexOf("(", 120) >= 0 ? TITLE_CASE_PLACE.exec(paragraph.slice(0, 120)) : null;
  const placeCredit = titleCasePlace ? agencyCreditAt(paragraph, titleCasePlace[0].length) : 0;
  if (titleCasePlace && placeCredit > 0) return { end: titleCasePlace[0].length + placeCredit, place: [0, (titleCasePlace[1] ?? "").length] };
  const match = DATELINE.exec(paragraph.slice(0, 120));
  if (!match) return void 0;
  const [whole, place = "", dated = "", agency = ""] = match;
  const letters = place.replace(/[^\p{L}]/gu, "").length;
  if (agency === "" && dated === "" && letters < 5) return void 0;
  return { end: whole.length, place: [0, place.length] };
}
function datelineLength(paragraph) {
  return readDateline(paragraph)?.end ?? 0;
}

// src/stages/02-structure/flat-title.ts
var MIN_TITLE_WORDS = 3;
var MAX_TITLE_WORDS = 30;
var MIN_BODY_WORDS = 12;
var MAX_PLACE_WORDS = 4;
var SENTENCE_OPENERS = /* @__PURE__ */ new Set([
  "A",
  "An",
  "The",
  "This",
  "That",
  "These",
  "Those",
  "Some",
  "Many",
  "Most",
  "Several",
  "Few",
  "No",
  "One",
  "Two",
  "Three",
  "In",
  "On",
  "At",
  "For",
  "From",
  "By",
  "With",
  "After",
  "Before",
  "During",
  "Since",
  "Amid",
  "Despite",
  "Under",
  "Over",
  "According",
  "As",
  "It",
  "He",
  "She",
  "They",
  "We",
  "I",
  "You",
  "There",
  "Here",
  "His",
  "Her",
  "Their",
  "Our",
  "Its",
  "When",
  "While",
  "If",
  "Although",
  "Though",
  "Because",
  "But",
  "And",
  "Yet",
  "So",
  "First",
  "Last",
  "Now",
  "Then",
  "Today",
  "Yesterday",
  "Earlier",
  "Later",
  "Even",
  "Still"
]);
var ARTICLES = /* @__PURE__ */ new Set(["A", "An", "The"]);
var WORD = /\S+/g;
var ELLIPSIS = /(?:\.\.\.|…)$/;
var SENTENCE_END = /[.!?]["”’')]*$/;
var ABBREVIATION = /^(?:(?:\p{L}\.){2,}|\p{Lu}\p{Ll}{0,2}\.)$/u;
var RUN_ON = /[,;:\-–—(&]$/;
var PLACE_IN_CAPITALS = /^\p{Lu}[\p{Lu}.,'’/-]+$/u;
function letterAfterQuotes(word) {
  return word.replace(/^[^\p{L}\p{N}]+/u, "").charAt(0);
}
var isCapitalised = (word) => /\p{Lu}/u.test(letterAfterQuotes(word));
var isLower = (word) => /\p{Ll}/u.test(letterAfterQuotes(word));
var bare = (word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
function isTitleCase(words2) {
  return words2.every((word) => !isLower(word.text) || MINOR_WORDS.has(bare(word.text).toLowerCase()));
}
function proseFollows(words2, from) {
  let i = from;
  while (i < words2.length && MINOR_WORDS.has(words2[i].text)) i += 1;
  const word = words2[i];
  return word !== void 0 && isLower(word.text);
}
function flatTitleEnd(line) {
  const words2 = [];
  for (const match of line.slice(0, 600).matchAll(WORD)) {
    words2.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
    if (words2.length > MAX_TITLE_WORDS + MIN_BODY_WORDS) break;
  }
  if (words2.length < MIN_TITLE_WORDS + MIN_BODY_WORDS || !/^["“‘']?[\p{Lu}\p{N}]/u.test(words2[0]?.text ?? "")) return void 0;
  for (let j = 1; j <= MAX_TITLE_WORDS && j < words2.length - 1; j += 1) {
    const last = words2[j - 1];
    const word = words2[j];
    if (agencyCreditAt(line, word.start) > 0) return opensWithDateline(words2, j) ? void 0 : placeStart(words2, j);
    if (j >= MIN_TITLE_WORDS && PLACE_IN_CAPITALS.test(word.text) && datelineLength(line.slice(word.start, word.start + 120)) > 0) return word.start;
    if (ELLIPSIS.test(last.text) && j >= MIN_TITLE_WORDS && isCapitalised(word.text)) return word.start;
    if (SENTENCE_END.test(last.text) && !ABBREVIATION.test(last.text)) return void 0;
    if (j < MIN_TITLE_WORDS || RUN_ON.test(last.text) || !proseFollows(words2, j + 1)) continue;
    if (SENTENCE_OPENERS.has(bare(word.text)) && isTitleCase(words2.slice(0, j))) return word.start;
    if (ARTICLES.has(word.text) && isLower(last.text) && !MINOR_WORDS.has(bare(last.text).toLowerCase())) return word.start;
  }
  return void 0;
}
function opensWithDateline(words2, j) {
  return j < MIN_TITLE_WORDS || j <= MAX_PLACE_WORDS && PLACE_IN_CAPITALS.test(words2[0].text);
}
function placeStart(words2, j) {
  let first = j;
  while (first > MIN_TITLE_WORDS && PLACE_IN_CAPITALS.test(words2[first - 1]?.text ?? "")) first -= 1;
  const before = words2[j - 1]?.text ?? "";
  if (first === j && j > MIN_TITLE_WORDS && isCapitalised(before) && isLower(words2[j - 2]?.text ?? "")) first = j - 1;
  return words2[first].start;
}

// src/stages/02-structure/lines.ts
var LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;
function splitLines(view) {
  const lines = [];
  let block = -1;
  let blankRun = true;
  let lineStart = 0;
  const push = (from, to) => {
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
function stripMarkdown(view, start, end) {
  let level = 0;
  while (level < 7 && view.charCodeAt(start + level) === 35) level += 1;
  if (level >= 1 && level <= 6 && start + level < end && isBlank(view.charAt(start + level))) {
    start += level;
    let close = end;
    while (close > start && view.charCodeAt(close - 1) === 35) close -= 1;
    if (close < end && close > start && isBlank(view.charAt(close - 1))) end = close;
    [start, end] = trimBounds(view, start, end);
  } else {
    level = 0;
  }
  let emphasised = false;
  for (const marker of ["**", "__", "*", "_"]) {
    const inner = end - start - 2 * marker.length;
    if (inner > 0 && view.startsWith(marker, start) && view.endsWith(marker, end) && !isBlank(view.charAt(start + marker.length))) {
      [start, end] = trimBounds(view, start + marker.length, end - marker.length);
      emphasised = true;
      break;
    }
  }
  return { start, end, markdownLevel: level, emphasised };
}

// src/stages/02-structure/structure.ts
var MAX_TITLE_WORDS2 = 30;
var MAX_HEADING_WORDS = 14;
var MAX_HEADING_LENGTH = 120;
var MIN_DEK_WORDS = 8;
var MAX_DEK_WORDS = 60;
var MIN_HEADING_TITLE_CASE = 0.75;
var MIN_FULL_STOP_TITLE_WORDS = 3;
var NOT_A_HEADLINE_ENDING = /* @__PURE__ */ new Set([".", ",", ";", ":"]);
var ReadLine = class {
  start;
  end;
  text;
  block;
  blankBefore;
  blankAfter;
  markdownLevel;
  emphasised;
  endsSentence;
  startsLower;
  part = "body";
  wording = null;
  constructor(line) {
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
  get words() {
    if (this.wording === null) this.wording = wording(this.text);
    return this.wording;
  }
};
function structureStage(doc) {
  const lines = mapPacked(splitLines(doc.view), (line) => new ReadLine(line));
  const content = [];
  for (const line of lines) {
    if (boilerplateCue(line.text) || isMenu(line.text) || isFurnitureLine(line.text)) line.part = "boilerplate";
    else content.push(line);
  }
  let bodyFrom = markFrontMatter(content);
  if (bodyFrom === 0 && content[0] && splitFlatTitle(content[0], lines, content)) bodyFrom = 1;
  const dateline = content.slice(0, bodyFrom + 2).find((line) => line.part === "body" && isDatelineLine(line.text));
  if (dateline) dateline.part = "dateline";
  markHeadings(content, bodyFrom);
  buildUnits(doc, lines, usesBlankLines(content));
}
function splitFlatTitle(first, lines, content) {
  const end = flatTitleEnd(first.text);
  if (end === void 0) return false;
  const titleText = first.text.slice(0, end).trimEnd();
  const title = new ReadLine({ ...first, end: first.start + titleText.length, text: titleText, blankAfter: false });
  const rest = new ReadLine({ ...first, start: first.start + end, text: first.text.slice(end), blankBefore: false });
  title.part = "title";
  lines.splice(lines.indexOf(first), 1, title, rest);
  content.splice(0, 1, title, rest);
  return true;
}
function markFrontMatter(content) {
  let k = 0;
  const at = (i) => content[i];
  const first = at(0);
  if (first?.words?.allCaps && first.words.words <= 5 && !first.endsSentence && isTitle(at(1), at(2))) {
    first.part = "kicker";
    k = 1;
  }
  const title = at(k);
  if (!title) return k;
  const fullStopTitle = !isTitle(title, at(k + 1)) && isFullStopTitle(title, at(k + 1), at(k + 2));
  if (!fullStopTitle && !isTitle(title, at(k + 1))) return k;
  title.part = "title";
  k += 1;
  let dekAllowed = !fullStopTitle;
  for (let line = at(k); line?.words && !line.markdownLevel; line = at(k)) {
    if (isByline(line.text)) line.part = "byline";
    else if (dekAllowed && isDek(line, at(k + 1))) line.part = "subtitle";
    else break;
    dekAllowed = false;
    k += 1;
  }
  return k;
}
var RUNS_ON_AFTER = /* @__PURE__ */ new Set([",", ";", "-", "\u2013", "\u2014", "(", "&"]);
function wrapsInto(line, next2) {
  return line !== void 0 && next2 !== void 0 && next2.block === line.block && !line.endsSentence && (next2.startsLower || RUNS_ON_AFTER.has(line.text.trimEnd().slice(-1)));
}
function isTitle(line, next2) {
  if (!line?.words || !next2) return false;
  if (line.markdownLevel > 0) return true;
  const w = line.words;
  return w.words <= MAX_TITLE_WORDS2 && !isDatelineLine(line.text) && !line.startsLower && !NOT_A_HEADLINE_ENDING.has(w.lastChar) && !isByline(line.text) && !wrapsInto(line, next2);
}
var HEADLINE_LABEL = /^\p{Lu}[^\s:]*(?:\s+[^\s:]+){0,3}:\s+\S/u;
function isFullStopTitle(line, next2, afterNext) {
  const w = line.words;
  if (!w || !next2 || !line.blankBefore || !line.blankAfter) return false;
  if (w.lastChar !== "." || w.words > MAX_TITLE_WORDS2 || line.startsLower || isByline(line.text)) return false;
  const titleCase = w.words >= MIN_FULL_STOP_TITLE_WORDS && w.titleCaseRatio >= MIN_HEADING_TITLE_CASE;
  if (w.innerSentenceBreak && !titleCase) return false;
  if (datelineLength(next2.text) > 0 || isByline(next2.text) || isCapitalsLabel(next2)) return true;
  const bodyFollows = afterNext !== void 0 || next2.words === void 0 || next2.words.innerSentenceBreak;
  return bodyFollows && (titleCase || HEADLINE_LABEL.test(line.text));
}
var MAX_LABEL_WORDS = 3;
function isCapitalsLabel(line) {
  return line.words !== void 0 && line.words.allCaps && line.words.words <= MAX_LABEL_WORDS;
}
function isDek(line, next2) {
  const w = line.words;
  if (!w || !next2 || line.startsLower || wrapsInto(line, next2) || datelineLength(line.text) > 0) return false;
  if (line.emphasised) return w.words >= 3;
  if (w.words < MIN_DEK_WORDS || w.words > MAX_DEK_WORDS || w.innerSentenceBreak) return false;
  return !NOT_A_HEADLINE_ENDING.has(w.lastChar) || isByline(next2.text) || datelineLength(next2.text) > 0;
}
function isHeading(line, previous, next2, bodyFollows) {
  if (line.markdownLevel > 0) return true;
  if (line.text.length > MAX_HEADING_LENGTH) return false;
  const w = line.words;
  if (!w || w.words > MAX_HEADING_WORDS) return false;
  if (line.startsLower || NOT_A_HEADLINE_ENDING.has(w.lastChar) || !bodyFollows) return false;
  if (wrapsInto(previous, line) || wrapsInto(line, next2) || previous?.block === line.block && !previous.endsSentence) return false;
  return line.emphasised || w.allCaps || w.titleCaseRatio >= MIN_HEADING_TITLE_CASE;
}
function markHeadings(content, from) {
  let bodyFollows = false;
  const follows = [];
  for (let i = content.length - 1; i >= from; i -= 1) {
    follows[i] = bodyFollows;
    const line = content[i];
    if (line && line.markdownLevel === 0) bodyFollows = true;
  }
  for (let i = from; i < content.length; i += 1) {
    const line = content[i];
    if (line?.part === "body" && isHeading(line, content[i - 1], content[i + 1], follows[i] ?? false)) line.part = "heading";
  }
}
function usesBlankLines(content) {
  const judged = content.slice(0, -1);
  return judged.length > 0 && judged.filter((line) => line.blankAfter).length * 2 >= judged.length;
}
function buildUnits(doc, lines, blockParagraphs) {
  const structure = { sections: [], boilerplate: [] };
  const units = [];
  let section;
  let datelineChecked = false;
  const openSection = (heading) => {
    const opened = heading ? { heading, start: heading.start, end: heading.end, paragraphs: [] } : { start: -1, end: -1, paragraphs: [] };
    structure.sections.push(opened);
    return opened;
  };
  const addBody = (start, end) => {
    if (start >= end) return;
    section ??= openSection();
    if (section.start < 0) section.start = start;
    section.end = end;
    section.paragraphs.push(doc.span(start, end));
    units.push({ part: "body", start, end, section: structure.sections.length - 1 });
  };
  const addParagraph = (start, end) => {
    if (!datelineChecked && !structure.dateline) {
      datelineChecked = true;
      const dateline = readDateline(doc.view.slice(start, start + 120));
      if (dateline && start + dateline.end < end) {
        const [from, to] = trimBounds(doc.view, start, start + dateline.end);
        structure.dateline = { ...doc.span(from, to), ...dateline.place && { place: doc.span(start + dateline.place[0], start + dateline.place[1]) } };
        units.push({ part: "dateline", start: from, end: to, section: null });
        start = trimBounds(doc.view, start + dateline.end, end)[0];
      }
    }
    const base = start;
    for (const [from, to] of inlineFurniture(doc.view.slice(base, end))) {
      const [boilerplateStart, boilerplateEnd] = trimBounds(doc.view, base + from, base + to);
      addBody(...trimBounds(doc.view, start, boilerplateStart));
      structure.boilerplate.push(doc.span(boilerplateStart, boilerplateEnd));
      units.push({ part: "boilerplate", start: boilerplateStart, end: boilerplateEnd, section: null });
      start = boilerplateEnd;
    }
    addBody(...trimBounds(doc.view, start, end));
  };
  let paragraph;
  const closeParagraph = () => {
    if (paragraph) addParagraph(paragraph.start, paragraph.end);
    paragraph = void 0;
  };
  for (const line of lines) {
    if (line.part === "body") {
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
    if (line.part === "heading") {
      section = openSection(span);
      units.push({ part: "heading", start: line.start, end: line.end, section: structure.sections.length - 1 });
      continue;
    }
    units.push({ part: line.part, start: line.start, end: line.end, section: null });
    if (line.part === "boilerplate") structure.boilerplate.push(span);
    else structure[line.part] = span;
  }
  closeParagraph();
  const { sections, boilerplate, ...front } = structure;
  const order = ["kicker", "title", "subtitle", "byline", "dateline"];
  doc.structure = { ...Object.fromEntries(mapPacked(order.filter((key) => front[key]), (key) => [key, front[key]])), sections, boilerplate };
  doc.units = units.sort((a, b) => a.start - b.start);
}

// src/shared/wink.ts
import { createRequire as createRequire3 } from "module";

// src/data/wink-model.ts
import { readFileSync as readFileSync3 } from "fs";
import { createRequire as createRequire2 } from "module";
import { compileFunction } from "vm";

// src/data/text-hash.ts
function hashOf(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  hash ^= hash >>> 15;
  return Math.imul(hash, 739982445) ^ hash >>> 13;
}

// src/data/packed-words.ts
var PackedWords = class {
  constructor(text, starts, slots) {
    this.text = text;
    this.starts = starts;
    this.slots = slots;
    this.mask = slots.length - 1;
  }
  text;
  starts;
  slots;
  mask;
  get length() {
    return this.starts.length - 1;
  }
  word(index) {
    return this.text.slice(this.starts[index], this.starts[index + 1]);
  }
  /** The index of `word`, or -1. */
  indexOf(word) {
    for (let slot = hashOf(word) & this.mask; ; slot = slot + 1 & this.mask) {
      const index = this.slots[slot] - 1;
      if (index < 0) return -1;
      const start = this.starts[index];
      if (this.starts[index + 1] - start === word.length && this.text.startsWith(word, start)) return index;
    }
  }
};

// src/data/wink-model.ts
var WINK_MODEL = "wink-eng-lite-web-model";
var LEXEME = "lexeme";
var CLUSTERS = "posClusters";
function inverted(list) {
  const hash = /* @__PURE__ */ Object.create(null);
  for (let k = 0; k < list.length; k += 1) hash[list[k]] = k;
  return hash;
}
var entry = (value) => ({ value, writable: true, enumerable: true, configurable: true });
function internalized(text) {
  return Object.keys({ [text]: 0 })[0];
}
function lazyWordList(words2) {
  const indexOf = (key) => {
    const index = typeof key === "string" ? Number(key) : -1;
    return index >= 0 && index < words2.length && String(index) === key ? index : -1;
  };
  const prototype = new Proxy(Array.prototype, {
    get(target, key, receiver) {
      const index = indexOf(key);
      if (index < 0) return Reflect.get(target, key, receiver);
      const word = internalized(words2.word(index));
      Object.defineProperty(receiver, key, entry(word));
      return word;
    },
    has: (target, key) => indexOf(key) >= 0 || Reflect.has(target, key)
  });
  const list = new Array(words2.length);
  Object.setPrototypeOf(list, prototype);
  return list;
}
var MAX_REMEMBERED_MISSES = 5e4;
function lazyWordHash(words2) {
  const misses = [];
  const prototype = new Proxy(/* @__PURE__ */ Object.create(null), {
    get(_target, key, receiver) {
      if (typeof key !== "string") return void 0;
      const index = words2.indexOf(key);
      if (index < 0) {
        if (misses.length === MAX_REMEMBERED_MISSES) forget(receiver, misses);
        misses.push(key);
      }
      Object.defineProperty(receiver, key, entry(index < 0 ? void 0 : index));
      return index < 0 ? void 0 : index;
    }
  });
  return Object.setPrototypeOf(/* @__PURE__ */ Object.create(null), prototype);
}
function forget(hash, misses) {
  for (const key of misses) if (Object.hasOwn(hash, key) && hash[key] === void 0) delete hash[key];
  misses.length = 0;
}
function lazyExceptionLists(files, keys2, lemmaText, lemmaStarts) {
  const lists = /* @__PURE__ */ Object.create(null);
  files.forEach((file, list) => {
    const prototype = new Proxy(/* @__PURE__ */ Object.create(null), {
      get(_target, word) {
        const index = typeof word === "string" ? keys2.indexOf(`${list}${word}`) : -1;
        return index < 0 ? void 0 : lemmaText.slice(lemmaStarts[index], lemmaStarts[index + 1]);
      }
    });
    lists[file] = Object.setPrototypeOf(/* @__PURE__ */ Object.create(null), prototype);
  });
  return lists;
}
function readWinkCore(bytes) {
  const { header, sections } = readPackedFile(bytes, (h) => [
    { length: h.lexiconBytes, align: 4 },
    { length: h.xpansionsBytes, align: 4 },
    { length: h.wordBytes, align: 1 },
    { length: 4 * (h.words + 1), align: 4 },
    { length: 4 * h.slots, align: 4 },
    { length: h.exceptions.keyBytes, align: 1 },
    { length: 4 * (h.exceptions.entries + 1), align: 4 },
    { length: 4 * h.exceptions.slots, align: 4 },
    { length: h.exceptions.lemmaBytes, align: 1 },
    { length: 4 * (h.exceptions.entries + 1), align: 4 }
  ]);
  const [lexicon2, xpansions, text, starts, slots, keyText, keyStarts, keySlots, lemmaText, lemmaStarts] = sections;
  const uint32 = (section) => new Uint32Array(section.slice().buffer);
  const words2 = new PackedWords(sectionText(text), littleEndianNumbers(starts, Int32Array), littleEndianNumbers(slots, Int32Array));
  const exceptionKeys = new PackedWords(sectionText(keyText), littleEndianNumbers(keyStarts, Int32Array), littleEndianNumbers(keySlots, Int32Array));
  const exceptions = lazyExceptionLists(header.exceptions.files, exceptionKeys, sectionText(lemmaText), littleEndianNumbers(lemmaStarts, Int32Array));
  const { features } = header.core;
  const lexeme = features[LEXEME];
  lexeme.list = lazyWordList(words2);
  lexeme.hash = lazyWordHash(words2);
  const clusters = features[CLUSTERS];
  clusters.list = clusters.list.map((cluster) => new Set(cluster));
  for (const name of header.hashed) features[name].hash = inverted(features[name].list);
  return { version: header.version, core: { ...header.core, lexicon: uint32(lexicon2), xpansions: uint32(xpansions) }, exceptions };
}
function installedWinkVersion() {
  return createRequire2(import.meta.url)(`${WINK_MODEL}/package.json`).version;
}
function lemmatizerWith(exceptions) {
  const file = createRequire2(import.meta.url).resolve(`${WINK_MODEL}/dist/lemmatize.js`);
  const requireBeside = createRequire2(file);
  const module = { exports: {} };
  const run = compileFunction(readFileSync3(file, "utf8"), ["exports", "require", "module"], { filename: file });
  run(module.exports, (name) => exceptions[name.replace(/^\.\//, "")] ?? requireBeside(name), module);
  return module.exports;
}
var NO_MACHINE = '[100,0,{"0":{}},{},{},{}]';
function winkModel(installed = installedWinkVersion()) {
  const require2 = createRequire2(import.meta.url);
  const part = (file) => require2(`${WINK_MODEL}/dist/${file}`);
  const packed = readWinkCore(readDataBytes("models/wink-core.bin"));
  if (packed.version !== installed) return require2(WINK_MODEL);
  const notRun = () => ({ machines: [NO_MACHINE], setter: () => {
  } });
  return {
    core: () => packed.core,
    sbd: part("load-sbd-model.js"),
    pos: part("load-pos-model.js"),
    ner: part("load-ner-model.js"),
    negation: notRun,
    sa: notRun,
    metaCER: part("load-cer-meta-model.js"),
    featureFn: part("feature.js"),
    addons: { stem: part("porter-stemmer.js"), lemmatize: lemmatizerWith(packed.exceptions), readabilityStats: part("readability-stats.js"), wordVectors: void 0 }
  };
}

// src/shared/wink.ts
var TOKEN_SIZE = 4;
var POS_MASK = 66060288;
var LEMMA_BITS = 20;
var CONTRACTION = 65535;
function lowerCaseLemma(its, addons, token, raw) {
  return (its.lemma(token, raw, addons) ?? its.value(token, raw)).toLowerCase();
}
var LEMMA_SLOTS = 2;
var TYPE_BITS = 5;
var LexemeFacts = class {
  constructor(its, addons, lexemes, tags) {
    this.its = its;
    this.addons = addons;
    this.lexemes = lexemes;
    this.tags = tags;
  }
  its;
  addons;
  lexemes;
  tags;
  /** Per lexeme id, 0 (not seen yet) or 1 + its word's number, above TYPE_BITS bits of the index of its type in `typeNames`. */
  codes = new Int32Array(1 << 17);
  typeNames = [];
  /** LEMMA_SLOTS per word number: 1 + a part of speech (0: empty slot), and the lemma for it. */
  lemmaTags = new Uint8Array(LEMMA_SLOTS << 14);
  lemmas = [];
  /** The words by number. */
  words = [];
  /** The code of `id`, token `token`'s word, made now if the word is new. */
  code(id, token, raw) {
    if (id >= this.codes.length) this.codes = grown(this.codes, id + 1);
    const known = this.codes[id];
    if (known !== 0) return known;
    const type = this.its.type(token, raw);
    let index = this.typeNames.indexOf(type);
    if (index < 0) index = this.typeNames.push(type) - 1;
    const number = this.words.length;
    this.words.push(this.lexemes[id]);
    for (let slot = 0; slot < LEMMA_SLOTS; slot += 1) this.lemmas.push("");
    if (this.lemmas.length > this.lemmaTags.length) this.lemmaTags = grown(this.lemmaTags, this.lemmas.length);
    return this.codes[id] = number + 1 << TYPE_BITS | index;
  }
  /** `id`, token `token`'s word. */
  word(id, token, raw) {
    return this.words[(this.code(id, token, raw) >>> TYPE_BITS) - 1];
  }
  /** wink's token type of `id`, token `token`'s word: word, number, punctuation, tabCRLF… */
  type(id, token, raw) {
    return this.typeNames[this.code(id, token, raw) & (1 << TYPE_BITS) - 1];
  }
  /** lowerCaseLemma of a contraction's expansion: wink keeps its lemma in the token itself. */
  expansionLemma(token, raw) {
    return lowerCaseLemma(this.its, this.addons, token, raw);
  }
  /**
   * lowerCaseLemma of a token that is no contraction's expansion (`id` its word, `tag` its part
   * of speech). A third part of speech takes the last slot.
   */
  lemma(id, tag, token, raw) {
    const first = ((this.code(id, token, raw) >>> TYPE_BITS) - 1) * LEMMA_SLOTS;
    const tags = this.lemmaTags;
    let slot = first;
    while (tags[slot] !== 0 && tags[slot] !== tag + 1 && slot < first + LEMMA_SLOTS - 1) slot += 1;
    if (tags[slot] === tag + 1) return this.lemmas[slot];
    const lemma = lowerCaseLemma(this.its, this.addons, token, raw);
    this.lemmas[slot] = lemma;
    tags[slot] = tag + 1;
    return lemma;
  }
};
var WinkReading = class {
  constructor(raw, facts) {
    this.raw = raw;
    this.facts = facts;
  }
  raw;
  facts;
  get tokenCount() {
    return this.raw.numOfTokens;
  }
  value(token) {
    return this.facts.word(this.raw.tokens[token * TOKEN_SIZE], token, this.raw);
  }
  /** wink's token type: word, number, punctuation, tabCRLF… */
  type(token) {
    return this.facts.type(this.raw.tokens[token * TOKEN_SIZE], token, this.raw);
  }
  pos(token) {
    return this.facts.tags[this.tag(token)];
  }
  /** wink's lemma, or the word itself where wink has none, in lower case. */
  lowerCaseLemma(token) {
    const at = token * TOKEN_SIZE;
    return this.raw.tokens[at + 1] > CONTRACTION ? this.facts.expansionLemma(token, this.raw) : this.facts.lemma(this.raw.tokens[at], this.tag(token), token, this.raw);
  }
  /** The number wink packs for token `token`'s part of speech. */
  tag(token) {
    return (this.raw.tokens[token * TOKEN_SIZE + 2] & POS_MASK) >>> LEMMA_BITS;
  }
  /** wink's sentences, each `[first, last, …]` token indexes. */
  get sentences() {
    return this.raw.sentences;
  }
  /** wink's entities (dates, amounts…), each `[first, last, type]`. */
  get entities() {
    return this.raw.entities;
  }
};
function rememberedTransform(transform) {
  let byToken = new Int32Array(1 << 16);
  return (token, cache) => {
    if (token >= byToken.length) byToken = grown(byToken, token + 1);
    let mapped = byToken[token];
    if (mapped === 0) byToken[token] = mapped = transform(token, cache) + 1;
    return mapped - 1;
  };
}
var MAX_ADDED_WORDS = 25e4;
var shared;
var metaCER;
var MAX_REMEMBERED_LEMMAS = 1e5;
function rememberedLemmas(lemmatize) {
  const byPos = /* @__PURE__ */ new Map();
  let size = 0;
  return (value, pos, cache) => {
    let lemmas = byPos.get(pos);
    if (lemmas === void 0) byPos.set(pos, lemmas = /* @__PURE__ */ new Map());
    let lemma = lemmas.get(value);
    if (lemma === void 0) {
      if (size >= MAX_REMEMBERED_LEMMAS) {
        for (const each of byPos.values()) each.clear();
        size = 0;
      }
      lemma = lemmatize(value, pos, cache);
      lemmas.set(value, lemma);
      size += 1;
    }
    return lemma;
  };
}
function load() {
  const require2 = createRequire3(import.meta.url);
  const winkNlp = require2("wink-nlp");
  const model = winkModel();
  let core;
  metaCER ??= model.metaCER();
  const addons = { ...model.addons, lemmatize: rememberedLemmas(model.addons.lemmatize) };
  let raw;
  const pos = () => {
    const loaded3 = model.pos();
    return { ...loaded3, setter: (document, ...rest) => loaded3.setter(raw = document, ...rest) };
  };
  const ner = () => {
    const loaded3 = model.ner();
    return { ...loaded3, transformers: mapPacked(loaded3.transformers, (transform) => transform && rememberedTransform(transform)) };
  };
  const nlp = winkNlp({ ...model, addons, ner, pos, core: () => core = model.core(), metaCER: () => metaCER }, ["sbd", "pos", "ner"]);
  const { features, trex, tcat } = core;
  const { lexeme, ...others } = features;
  const facts = new LexemeFacts(nlp.its, addons, lexeme.list, features.pos.list);
  const read = (text) => {
    raw = void 0;
    nlp.readDoc(text);
    if (raw === void 0) throw new Error("wink-nlp did not hand its raw document data to the part-of-speech setter");
    return new WinkReading(raw, facts);
  };
  const nonWordPatterns = mapPacked(trex.rtc.filter(([, , category]) => category !== tcat.hash.word), ([source, flags]) => new RegExp(source, flags.replace("g", "")));
  return {
    read,
    lexeme,
    grown: Object.values(others).filter((table) => table.intrinsicSize !== void 0),
    nonWordPatterns
  };
}
var PLAIN_WORD = /^[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+$/i;
function keepsAsLearned(reader, word) {
  return PLAIN_WORD.test(word) && !reader.nonWordPatterns.some((pattern) => pattern.test(word));
}
function forgetLearned(reader, from) {
  const { lexeme, grown: grown2 } = reader;
  const { hash, list } = lexeme;
  for (let i = from; i < list.length; i += 1) {
    const word = list[i];
    if (!keepsAsLearned(reader, word)) delete hash[word];
  }
  if (!grown2.some((table) => table.list.length * 2 > table.maxIndex)) return;
  for (let i = lexeme.intrinsicSize; i < list.length; i += 1) delete hash[list[i]];
  for (const table of grown2) {
    const size = table.intrinsicSize;
    for (let i = size; i < table.list.length; i += 1) delete table.hash[table.list[i]];
    table.list.length = size;
    table.index = size;
  }
}
function readWithWink(read) {
  shared ??= load();
  const reader = shared;
  const from = reader.lexeme.list.length;
  try {
    return read(reader.read);
  } finally {
    forgetLearned(reader, from);
    if (reader.lexeme.list.length - reader.lexeme.intrinsicSize > MAX_ADDED_WORDS) shared = void 0;
  }
}

// src/data/lexicons/abbreviations.json
var abbreviations_default = {
  id: "newslens/abbreviations",
  version: "1.0.0",
  source: "newslens authors, from the abbreviations of general English dictionaries and style guides: courtesy, civil, military and religious titles, months, the reference words that precede a number, company and name suffixes, and the traditional abbreviations of the US states",
  licence: "MIT",
  description: "Abbreviations that end in a period, without it, by what may follow them. title: always followed by a name, so never the end of a sentence (Sen. Smith, St. Louis). number: followed by a number when not at a sentence's end (No. 2, Jan. 5). suffix: may end a sentence, and continues it when the next word is lower case or a comma follows (Acme Inc., Jr., Calif.). Matched case-sensitively, on the part of a word after its last hyphen (then-Gov., D-Calif.). Single letters and dotted letter runs (U.S., N.Y.) are abbreviations by their shape and need no entry.",
  entries: {
    title: ["Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs", "Rev", "Revs", "Revd", "Fr", "Msgr", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Lt", "Gen", "Gens", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Spc", "Brig", "Hon", "Pres", "Supt", "Insp", "Det", "Atty", "Amb", "Sec", "Asst", "Rt", "St", "Ste", "Mt", "Ft"],
    number: ["No", "Nos", "Vol", "Vols", "Art", "Arts", "Fig", "Figs", "Ch", "Chap", "Pt", "pp", "p", "para", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"],
    suffix: ["Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Assn", "Dept", "Univ", "Jr", "Sr", "Esq", "Ph.D", "a.m", "p.m", "etc", "vs", "approx", "est", "pct", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wisc", "Wyo"]
  }
};

// src/shared/speech-cues.ts
var speechCueFile = () => loadOnce("speech-cues.json", () => readDataFile("lexicons/speech-cues.json"));
function speechCues() {
  return loadOnce("speech-cues", () => {
    const file = speechCueFile();
    return {
      speech: new Set(mapPacked(file.entries.filter((cue) => cue.kind === "speech"), (cue) => cue.match)),
      attribution: new Set(mapPacked(file.entries.filter((cue) => cue.kind === "speech" || cue.kind === "naming"), (cue) => cue.match)),
      info: lexiconInfo(file)
    };
  });
}
function reportingCues() {
  return loadOnce("reporting-cues", () => {
    const neutral = speechCueFile();
    const loaded3 = readDataFile("lexicons/bias-reporting.json");
    const cues = [];
    for (const entry2 of neutral.entries) cues.push(cueOf(entry2.match, false, entry2.kind === "belief", entry2.kind === "closing"));
    for (const entry2 of loaded3.entries) cues.push(cueOf(entry2.match.replace(/@[A-Z]+/g, ""), true, false, false));
    const byFirst = /* @__PURE__ */ new Map();
    for (const cue of cues) {
      const list = byFirst.get(cue.words[0]) ?? [];
      if (!list.some((known) => known.lemma === cue.lemma)) list.push(cue);
      byFirst.set(cue.words[0], list);
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    return byFirst;
  });
}
function cueOf(match, loaded3, belief, closing) {
  return { words: match.split(" "), lemma: match, loaded: loaded3, belief, closing };
}

// src/stages/03-tokens/boundaries.ts
var ABBREVIATION_KINDS = new Map(
  Object.entries(abbreviations_default.entries).flatMap(([kind, words2]) => mapPacked(words2, (word) => [word, kind]))
);
var CLOSING_MARKS = /* @__PURE__ */ new Set([")", "]", "\u201D", '"', "\u2019", "'", "\xBB"]);
var QUOTE_MARKS = /* @__PURE__ */ new Set(["\u201D", '"', "\u2019", "'", "\xBB"]);
var CONTINUING_MARKS = /* @__PURE__ */ new Set([",", ";", ":", ")", "]", "%", "\u2014", "\u2013", "\u2015"]);
var INITIALS = /^(?:\p{L}\.)*\p{L}$/u;
function abbreviationKind(word) {
  const last = word.slice(word.lastIndexOf("-") + 1);
  const kind = ABBREVIATION_KINDS.get(last);
  if (kind) return kind;
  if (INITIALS.test(last)) return "initial";
  return /^\p{Lu}-\p{Lu}/u.test(word) ? "suffix" : void 0;
}
var glued = (tokens, t) => t > 0 && tokens[t].start === tokens[t - 1].end;
function endingOf(tokens, first, end) {
  let mark = end - 1;
  while (mark > first && CLOSING_MARKS.has(tokens[mark].text)) mark -= 1;
  const ending = { mark, question: false, spacedNumber: false, quoted: false };
  for (let t = mark + 1; t < end; t += 1) if (QUOTE_MARKS.has(tokens[t].text)) ending.quoted = true;
  const text = tokens[mark].text;
  if (text === "?" || text === "!") ending.question = true;
  else if (text === "." && mark > first) {
    const word = tokens[mark - 1];
    if (glued(tokens, mark)) ending.abbreviation = word.kind === "word" ? abbreviationKind(word.text) ?? (/\p{Lu}/u.test(word.text) ? "word" : void 0) : void 0;
    else if (tokens[mark].start === word.end + 1) {
      if (word.kind === "number") ending.spacedNumber = true;
      else if (word.kind === "word" && word.text.length === 1) ending.abbreviation = "initial";
    }
  } else if (text.length > 1 && text.endsWith(".") && tokens[mark].kind === "word") {
    ending.abbreviation = abbreviationKind(text.slice(0, -1)) ?? "suffix";
  }
  return ending;
}
var startsLowerCase = (token) => /^\p{Ll}/u.test(token.text) && !/\p{Lu}/u.test(token.text);
var isInitial = (tokens, t) => {
  const token = tokens[t];
  return /^\p{L}\.$/u.test(token.text) || token.text.length === 1 && /\p{L}/u.test(token.text) && tokens[t + 1]?.text === ".";
};
var MAX_WORDS_AFTER_CUE = 8;
var SUBJECT_TAGS = /* @__PURE__ */ new Set(["PROPN", "PRON", "DET", "NOUN", "ADJ"]);
function isAttribution(tokens, first, end) {
  const cues = reportingCues();
  for (let t = first; t < end && t < first + 7; t += 1) {
    const token = tokens[t];
    if (token.pos === "VERB" && cues.get(token.lemma ?? "")?.some((cue) => cue.words.length === 1)) {
      let rest = t + 1;
      while (rest < end && tokens[rest].kind !== "punctuation") {
        const after = tokens[rest];
        if (after.pos === "VERB" || after.pos === "AUX" || rest === t + 1 && after.lemma === "that" || rest - t > MAX_WORDS_AFTER_CUE) return false;
        rest += 1;
      }
      return rest === end || tokens[rest].text === "." || tokens[rest].text === ",";
    }
    if (!SUBJECT_TAGS.has(token.pos) && !(token.kind === "word" && token.text.endsWith("."))) return false;
  }
  return false;
}
function isDecimalPoint(tokens, t) {
  const point = tokens[t];
  return point.text === "." ? !glued(tokens, t) || /\d$/u.test(tokens[t - 1].text) : /\d\.$/u.test(point.text);
}
function continues(tokens, first, next2, end) {
  const ending = endingOf(tokens, first, next2);
  const start = tokens[next2];
  const mark = tokens[ending.mark].text;
  if (mark === "," || mark === ";") return true;
  if (mark.endsWith(".") && ending.mark === next2 - 1 && glued(tokens, next2) && (startsLowerCase(start) || start.kind === "number" && isDecimalPoint(tokens, next2 - 1))) return true;
  if (CONTINUING_MARKS.has(start.text) && (ending.question || ending.abbreviation)) return true;
  if (ending.question) return startsLowerCase(start) || ending.quoted && isAttribution(tokens, next2, end);
  if (ending.quoted && startsLowerCase(start) && isAttribution(tokens, next2, end)) return true;
  if (ending.spacedNumber) return start.kind === "number" && start.start === tokens[next2 - 1].end + 1;
  switch (ending.abbreviation) {
    case "title":
      return true;
    case "number":
      return startsLowerCase(start) || start.kind === "number" || start.kind === "ordinal";
    case "initial":
      return startsLowerCase(start) || isInitial(tokens, next2);
    case "suffix":
    case "word":
      return startsLowerCase(start);
    default:
      return false;
  }
}
function correctBoundaries(tokens, sentences) {
  const corrected = [];
  for (const [from, to] of sentences) {
    const previous = corrected.at(-1);
    if (!previous || previous[1] !== from) {
      corrected.push([from, to]);
      continue;
    }
    let next2 = from;
    const inRun = (t) => glued(tokens, t) && (isInitial(tokens, t) || CLOSING_MARKS.has(tokens[t].text) || CONTINUING_MARKS.has(tokens[t].text));
    if (endingOf(tokens, previous[0], next2).abbreviation === "initial") while (next2 < to && inRun(next2)) next2 += 1;
    if (next2 === to || continues(tokens, previous[0], next2, to)) previous[1] = to;
    else {
      previous[1] = next2;
      corrected.push([next2, to]);
    }
  }
  return corrected;
}

// src/stages/03-tokens/tokens.ts
var KINDS = {
  word: "word",
  wordRP: "word",
  alpha: "word",
  apos: "word",
  shortForm: "word",
  number: "number",
  decade: "number",
  ordinal: "ordinal",
  time: "time",
  currency: "currency",
  symbol: "symbol",
  punctuation: "punctuation",
  emoji: "emoji",
  emoticon: "emoticon",
  url: "url",
  email: "email",
  mention: "mention",
  hashtag: "hashtag"
};
var ONE_SENTENCE_PARTS = /* @__PURE__ */ new Set(["kicker", "title", "subtitle", "byline", "dateline", "heading", "boilerplate"]);
var MAX_RUN = 200;
function hasLongRun(text) {
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (isBlankCode(text.charCodeAt(i))) run = 0;
    else if (++run > MAX_RUN) return true;
  }
  return false;
}
function breakLongRuns(text) {
  if (text.length <= MAX_RUN || !hasLongRun(text)) return text;
  const parts = [];
  let run = 0;
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isBlankCode(code)) run = 0;
    else if (run >= MAX_RUN && !isLowSurrogate(code) && !/[\p{M}\u200d\ufe0f]/u.test(text.charAt(i))) {
      parts.push(text.slice(from, i), " ");
      from = i;
      run = 1;
    } else run += 1;
  }
  parts.push(text.slice(from));
  return parts.join("");
}
var UNIT_BREAK = "\n\n";
function tokenStage(doc) {
  readWithWink((readText) => {
    const pieces = mapPacked(doc.units, (unit) => breakLongRuns(doc.view.slice(unit.start, unit.end)));
    const input = pieces.join(UNIT_BREAK);
    const wink = readText(input);
    const firsts = unitFirstTokens(wink, input, pieceStarts(pieces));
    const made = { first: new Array(wink.tokenCount), end: new Array(wink.tokenCount) };
    const next2 = { sentence: 0, entity: 0 };
    doc.units.forEach((unit, u) => readUnit(doc, wink, unit, [firsts[u], firsts[u + 1]], made, next2));
  });
}
function pieceStarts(pieces) {
  const starts = [];
  let at = 0;
  for (const piece of pieces) {
    starts.push(at);
    at += piece.length + UNIT_BREAK.length;
  }
  return starts;
}
function unitFirstTokens(wink, input, starts) {
  const firsts = [0];
  let cursor = 0;
  for (let k = 0; k < wink.tokenCount; k += 1) {
    const value = wink.value(k);
    if (isAllBlank(value)) continue;
    let found = input.startsWith(value, cursor);
    while (!found && cursor < input.length && isBlankCode(input.charCodeAt(cursor))) found = input.startsWith(value, cursor += 1);
    for (let next2 = starts[firsts.length]; next2 !== void 0; next2 = starts[firsts.length]) {
      if (found ? cursor < next2 : !input.startsWith(value, next2)) break;
      if (!found) [cursor, found] = [next2, true];
      firsts.push(k);
    }
    if (found) cursor += value.length;
  }
  while (firsts.length <= starts.length) firsts.push(wink.tokenCount);
  return firsts;
}
var POSSESSIVE = /^(.*?[\p{L}\p{M}])((?:['’]s?)+)$/u;
var APOSTROPHE = 39;
var RIGHT_QUOTE = 8217;
var LOWER_S = 115;
function possessiveOf(word) {
  const isQuote = (code) => code === APOSTROPHE || code === RIGHT_QUOTE;
  const last = word.charCodeAt(word.length - 1);
  return isQuote(last) || last === LOWER_S && isQuote(word.charCodeAt(word.length - 2)) ? POSSESSIVE.exec(word) : null;
}
function readUnit(doc, wink, unit, [from, to], made, next2) {
  const view = doc.view;
  let cursor = unit.start;
  for (let i = from; i < to; i += 1) {
    const value = wink.value(i);
    const type = wink.type(i);
    let found = view.startsWith(value, cursor);
    while (!found && cursor < unit.end && isBlankCode(view.charCodeAt(cursor))) found = view.startsWith(value, cursor += 1);
    const first = doc.tokens.length;
    made.first[i] = first;
    if (type === "tabCRLF" || isAllBlank(value) || !found) {
      made.end[i] = first;
      if (found) cursor += value.length;
      continue;
    }
    const kind = KINDS[type] ?? "other";
    if (kind === "word") addWord(doc, cursor, value, wink, i);
    else doc.tokens.push(newToken(OTHER, tokenText(doc, cursor, value), cursor, cursor + value.length, kind, wink.pos(i)));
    cursor += value.length;
    made.end[i] = doc.tokens.length;
  }
  const ranges = [];
  const addRange = (first, last) => {
    const range = madeRange(made, first, last);
    if (range) ranges.push(range);
  };
  const sentences = wink.sentences;
  while (next2.sentence < sentences.length && sentences[next2.sentence][1] < from) next2.sentence += 1;
  if (ONE_SENTENCE_PARTS.has(unit.part)) addRange(from, to - 1);
  else {
    for (let s = next2.sentence; s < sentences.length && sentences[s][0] < to; s += 1) {
      const sentence = sentences[s];
      addRange(Math.max(sentence[0], from), Math.min(sentence[1], to - 1));
    }
  }
  for (const [first, end] of correctBoundaries(doc.tokens, ranges)) {
    for (const [pieceFrom, pieceTo] of sentencePieces(doc.tokens, first, end)) addSentence(doc, unit, pieceFrom, pieceTo);
  }
  const entities = wink.entities;
  for (; next2.entity < entities.length && entities[next2.entity][0] < to; next2.entity += 1) {
    const [first, last, type] = entities[next2.entity];
    if (unit.part === "boilerplate" || first < from || last >= to || !NUMERIC_TYPES.has(type)) continue;
    const range = madeRange(made, first, last);
    if (!range) continue;
    const start = doc.tokens[range[0]].start;
    const end = doc.tokens[range[1] - 1].end;
    doc.numericEntities.push({ start, end, text: doc.text.slice(start, end), type });
  }
}
var WORD2 = { text: "", start: 0, end: 0, kind: "word", pos: "", sentence: -1, lemma: "" };
var POSSESSIVE_ENDING = { text: "", start: 0, end: 0, kind: "word", pos: "PART", lemma: "'s", sentence: -1 };
var OTHER = { text: "", start: 0, end: 0, kind: "other", pos: "", sentence: -1 };
function tokenText(doc, start, value) {
  return doc.view === doc.text ? value : doc.text.slice(start, start + value.length);
}
function newToken(template, text, start, end, kind, pos) {
  const token = { ...template };
  token.text = text;
  token.start = start;
  token.end = end;
  token.kind = kind;
  token.pos = pos;
  return token;
}
function addWord(doc, start, value, wink, index) {
  const possessive = possessiveOf(value);
  const stem = possessive?.[1] ?? value;
  const end = start + stem.length;
  const token = newToken(WORD2, tokenText(doc, start, stem), start, end, "word", wink.pos(index));
  token.lemma = possessive ? stem.toLowerCase() : wink.lowerCaseLemma(index);
  doc.tokens.push(token);
  if (possessive) {
    const ending = possessive[2];
    doc.tokens.push(newToken(POSSESSIVE_ENDING, tokenText(doc, end, ending), end, end + ending.length, "word", "PART"));
  }
}
function madeRange(made, first, last) {
  const madeAny = (i) => made.end[i] > made.first[i];
  let from = first;
  let to = Math.min(last, made.first.length - 1);
  while (from <= to && !madeAny(from)) from += 1;
  while (to >= from && !madeAny(to)) to -= 1;
  return from <= to ? [made.first[from], made.end[to]] : void 0;
}
var MAX_SENTENCE_TOKENS = 400;
function sentencePieces(tokens, first, end) {
  const pieces = [];
  let from = first;
  while (end - from > MAX_SENTENCE_TOKENS) {
    let cut = from + MAX_SENTENCE_TOKENS;
    for (let t = cut - 1; t >= from + MAX_SENTENCE_TOKENS / 2; t -= 1) {
      if (tokens[t].kind === "punctuation") {
        cut = t + 1;
        break;
      }
    }
    pieces.push([from, cut]);
    from = cut;
  }
  pieces.push([from, end]);
  return pieces;
}
function addSentence(doc, unit, firstIndex, endIndex) {
  const index = doc.sentences.length;
  for (let t = firstIndex; t < endIndex; t += 1) doc.tokens[t].sentence = index;
  const start = doc.tokens[firstIndex].start;
  const end = doc.tokens[endIndex - 1].end;
  const sentence = { index, start, end, text: doc.text.slice(start, end), part: unit.part, section: unit.section, tokenStart: firstIndex, tokenEnd: endIndex };
  doc.sentences.push(sentence);
}

// src/data/sorted-lines.ts
var SortedLines = class {
  /** `starts`: the text's lineStarts(), when a data file ships them (the scan is then not made at load). */
  constructor(text, starts) {
    this.text = text;
    this.starts = starts ?? lineStarts(text);
    if (this.starts.length < 2 || this.starts[this.starts.length - 1] !== text.length + 1) throw new Error("newslens: line starts do not fit their text");
  }
  text;
  /** Line i runs from starts[i] to starts[i + 1] − 1 (its newline). */
  starts;
  get length() {
    return this.starts.length - 1;
  }
  /** Line `line`'s text, from its character `from` on (a value after its key, cut once). */
  line(line, from = 0) {
    return this.text.slice(this.starts[line] + from, this.starts[line + 1] - 1);
  }
  /** The index of the line equal to `key`, or −1. */
  indexOf(key) {
    const at = this.lowerBound(key);
    return at < this.length && this.compare(key, at) === 0 ? at : -1;
  }
  /** The first line not below `key`: where the lines starting with `key` begin, when there are any. */
  lowerBound(key) {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const middle = low + high >>> 1;
      if (this.compare(key, middle) > 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
  /** Whether line `line` starts with `prefix`. */
  startsWith(line, prefix) {
    const start = this.starts[line];
    return this.starts[line + 1] - 1 - start >= prefix.length && this.text.startsWith(prefix, start);
  }
  /** `key` against line `line`, by code unit: negative, zero or positive, as `key` sorts before, equal or after. */
  compare(key, line) {
    const text = this.text;
    const start = this.starts[line];
    const length = this.starts[line + 1] - 1 - start;
    const shorter = Math.min(key.length, length);
    for (let k = 0; k < shorter; k += 1) {
      const difference = key.charCodeAt(k) - text.charCodeAt(start + k);
      if (difference !== 0) return difference;
    }
    return key.length - length;
  }
};
function lineStarts(text) {
  let found = new Int32Array(1024);
  let count = 1;
  for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", end + 1)) {
    if (count === found.length) {
      const larger = new Int32Array(2 * found.length);
      larger.set(found);
      found = larger;
    }
    found[count++] = end + 1;
  }
  const starts = new Int32Array(count + 1);
  starts.set(found.subarray(0, count));
  starts[count] = text.length + 1;
  return starts;
}

// src/stages/04-entities/gazetteer.ts
var load2 = () => loadOnce("gazetteer", readGazetteer);
function readGazetteer() {
  const index = readDataFile("lexicons/gazetteer-index.json");
  const kinds = Buffer.from(index.keyKinds, "base64");
  return {
    keys: new SortedLines(index.keys),
    keyKinds: new Uint16Array(kinds.buffer.slice(kinds.byteOffset, kinds.byteOffset + kinds.byteLength)),
    kindSets: mapPacked(index.kindSets, (set) => new Set(set)),
    phrases: /* @__PURE__ */ new Map(),
    canonical: new Map(index.canonical),
    functionWords: new Set(index.functionWords),
    usStates: new Map(index.usStates),
    info: index.lists
  };
}
function firstWordPhrase(gazetteer, word) {
  const known = gazetteer.phrases.get(word);
  if (known) return known;
  const { keys: keys2 } = gazetteer;
  const own = keys2.indexOf(word);
  const prefix = `${word} `;
  let longer = keys2.lowerBound(prefix);
  if (own < 0 && !(longer < keys2.length && keys2.startsWith(longer, prefix))) return void 0;
  const phrase = { kinds: own < 0 ? void 0 : gazetteer.kindSets[gazetteer.keyKinds[own]], longest: own < 0 ? 0 : 1, goesOn: false, next: void 0, hits: void 0 };
  for (; longer < keys2.length && keys2.startsWith(longer, prefix); longer += 1) {
    const words2 = keys2.line(longer, prefix.length).split(" ");
    let shorter = phrase;
    for (const next2 of words2) {
      shorter.goesOn = true;
      let child = (shorter.next ??= /* @__PURE__ */ new Map()).get(next2);
      if (!child) shorter.next.set(next2, child = { kinds: void 0, longest: 0, goesOn: false, next: void 0, hits: void 0 });
      shorter = child;
    }
    shorter.kinds = gazetteer.kindSets[gazetteer.keyKinds[longer]];
    phrase.longest = Math.max(phrase.longest, 1 + words2.length);
  }
  gazetteer.phrases.set(word, phrase);
  return phrase;
}
function phraseOf2(key) {
  const space = key.indexOf(" ");
  const first = firstWordPhrase(load2(), space < 0 ? key : key.slice(0, space));
  return space < 0 || !first ? first : longerPhrase(first, key.slice(space + 1));
}
function longerPhrase(phrase, lower) {
  if (!lower.includes(" ")) return phrase.next?.get(lower);
  let longer = phrase;
  for (const word of lower.split(" ")) longer = longer?.next?.get(word);
  return longer;
}
function gazetteerInfo() {
  return load2().info;
}
function hasKind(kinds, ...wanted) {
  if (kinds === void 0) return false;
  for (const kind of wanted) if (kinds.has(kind)) return true;
  return false;
}
function wordPhrase(lower) {
  return phraseOf2(lower);
}
function kindsOf(key) {
  return phraseOf2(key)?.kinds;
}
function isFunctionWord(lower) {
  return load2().functionWords.has(lower);
}
var stateKey = (form) => form.toLowerCase().replace(/[.\s]/g, "");
function usStateCode(form) {
  return load2().usStates.get(stateKey(form));
}
function canonicalName(key) {
  return load2().canonical.get(key);
}
function spanKey(sentence, first, last) {
  const lowers = sentence.lowers;
  let key = lowers[first];
  for (let i = first + 1; i <= last; i += 1) key += ` ${lowers[i]}`;
  return key;
}
var HITS = /* @__PURE__ */ new Map();
function hitOf(kind, part) {
  let parts = HITS.get(kind);
  if (!parts) HITS.set(kind, parts = { B: `${kind}:B`, I: `${kind}:I`, L: `${kind}:L`, U: `${kind}:U` });
  return parts[part];
}
function phraseHits(phrase, kinds) {
  if (!phrase.hits) {
    const parts = (part) => Array.from(kinds, (kind) => hitOf(kind, part));
    phrase.hits = { B: parts("B"), I: parts("I"), L: parts("L"), U: parts("U") };
  }
  return phrase.hits;
}
var NO_HITS = Object.freeze([]);
function gazetteerHits(lowers, words2 = mapPacked(lowers, wordPhrase)) {
  const hits = new Array(lowers.length).fill(NO_HITS);
  const ownsList = new Uint8Array(lowers.length);
  const hit = (k, values) => {
    const list = hits[k];
    if (list === NO_HITS) hits[k] = values;
    else if (ownsList[k] === 1) list.push(...values);
    else {
      hits[k] = [...list, ...values];
      ownsList[k] = 1;
    }
  };
  for (let i = 0; i < lowers.length; i += 1) {
    const word = words2[i];
    const maxLength = Math.min(word?.longest ?? 0, lowers.length - i);
    if (maxLength === 0) continue;
    if (word?.kinds) hit(i, phraseHits(word, word.kinds).U);
    let phrase = word;
    for (let length = 2; length <= maxLength && phrase?.goesOn; length += 1) {
      phrase = longerPhrase(phrase, lowers[i + length - 1]);
      if (!phrase?.kinds) continue;
      const parts = phraseHits(phrase, phrase.kinds);
      hit(i, parts.B);
      for (let k = i + 1; k < i + length - 1; k += 1) hit(k, parts.I);
      hit(i + length - 1, parts.L);
    }
  }
  return hits;
}
function startsPhraseOf(hits, ...kinds) {
  if (hits === void 0 || hits.length === 0) return false;
  for (const kind of kinds) if (hits.includes(hitOf(kind, "U")) || hits.includes(hitOf(kind, "B"))) return true;
  return false;
}
function kindsAt(sentence, i) {
  return sentence.words[i]?.kinds;
}
function kindsOfSpan(sentence, first, last) {
  const length = last - first + 1;
  if (first < 0 || length > sentence.lowers.length - first || length > (sentence.words[first]?.longest ?? 0) && !sentence.lowers[first].includes(" ")) return void 0;
  if (first === last) return kindsAt(sentence, first);
  let phrase = sentence.words[first];
  for (let i = first + 1; i <= last && phrase; i += 1) phrase = longerPhrase(phrase, sentence.lowers[i]);
  return phrase?.kinds;
}

// src/stages/04-entities/letters.ts
var CAPITAL_FIRST = /^\p{Lu}/u;
var LOWER_FIRST = /^\p{Ll}/u;
function upperFirst(text) {
  const code = text.charCodeAt(0);
  return code < 128 ? isAsciiUpper(code) : CAPITAL_FIRST.test(text);
}
function lowerFirst(text) {
  const code = text.charCodeAt(0);
  return code < 128 ? isAsciiLower(code) : LOWER_FIRST.test(text);
}

// src/stages/04-entities/acronyms.ts
var LINKING_WORDS = /* @__PURE__ */ new Set(["of", "the", "and", "for", "on", "in", "to", "at", "&"]);
var COUNTRY_PREFIXES = /* @__PURE__ */ new Map([
  ["u.s.", ["us", "u", ""]],
  ["us", ["us", "u", ""]],
  ["u.k.", ["uk", "u", ""]],
  ["uk", ["uk", "u", ""]]
]);
var MAX_OPTIONAL_WORDS = 5;
var MAX_DEFINITION_TOKENS = 10;
function acronymsOf(words2) {
  const content = words2.filter((word) => /\p{L}/u.test(word));
  let spellings = [""];
  let optional = 0;
  for (const word of content) {
    const choices = COUNTRY_PREFIXES.get(word) ?? (LINKING_WORDS.has(word) ? ["", word.charAt(0)] : [word.charAt(0)]);
    if (choices.length > 1 && (optional += 1) > MAX_OPTIONAL_WORDS) return /* @__PURE__ */ new Set();
    spellings = spellings.flatMap((spelling) => mapPacked(choices, (choice) => spelling + choice));
  }
  return new Set(content.length >= 2 ? spellings.filter((spelling) => spelling.length >= 2) : []);
}
function acronymLetters(text) {
  const ascii = asciiCaseCounts(text);
  const counts2 = ascii === null ? unicodeCaseCounts(text) : ascii;
  if (counts2 === void 0) return void 0;
  const [capitals, lowers] = counts2;
  if (capitals < 2 || lowers >= capitals) return void 0;
  return text.replace(/[.&]/g, "").toLowerCase();
}
function unicodeCaseCounts(text) {
  if (!/^[\p{L}.&]+$/u.test(text)) return void 0;
  return [text.replace(/[^\p{Lu}]/gu, "").length, text.replace(/[^\p{Ll}]/gu, "").length];
}
function asciiCaseCounts(text) {
  let capitals = 0;
  let lowers = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 128) return null;
    if (isAsciiUpper(code)) capitals += 1;
    else if (isAsciiLower(code)) lowers += 1;
    else if (code !== 46 && code !== 38) return void 0;
  }
  return text.length > 0 ? [capitals, lowers] : void 0;
}
var isNameWord = (token) => token !== void 0 && token.kind === "word" && upperFirst(token.text);
function definitionStart(tokens, lowers, open, letters) {
  if (!isNameWord(tokens[open - 1])) return -1;
  for (let start = open - 1; start >= Math.max(0, open - MAX_DEFINITION_TOKENS); start -= 1) {
    const token = tokens[start];
    if (!isNameWord(token) && !LINKING_WORDS.has(lowers[start])) return -1;
    if (isNameWord(token) && acronymsOf(lowers.slice(start, open)).has(letters)) return start;
  }
  return -1;
}
function bracketedAcronyms(sentences, spans) {
  const definitions = /* @__PURE__ */ new Map();
  sentences.forEach(({ view }, s) => {
    const { tokens, lowers } = view;
    for (let open = 1; open + 2 < tokens.length; open += 1) {
      if (tokens[open]?.text !== "(" || tokens[open + 2]?.text !== ")") continue;
      const letters = acronymLetters(tokens[open + 1].text);
      const start = letters === void 0 ? -1 : definitionStart(tokens, lowers, open, letters);
      if (start < 0) continue;
      const cls = hasKind(kindsOf(lowers[open - 1]), "law-cue", "event-cue") ? "MISC" : "ORG";
      const pair = [
        { sentence: s, first: start, last: open - 1, cls },
        { sentence: s, first: open + 1, last: open + 1, cls }
      ];
      definitions.set(s, [...definitions.get(s) ?? [], pair]);
    }
  });
  if (definitions.size === 0) return [...spans];
  const kept = [];
  for (const span of spans) {
    const pairs = definitions.get(span.sentence) ?? [];
    const whole = pairs.find(([name]) => span.first === name.first && span.last === name.last);
    if (whole) whole[0].cls = whole[1].cls = span.cls;
    if (!pairs.some((pair) => pair.some((name) => span.first <= name.last && span.last >= name.first))) kept.push(span);
  }
  return [...kept, ...[...definitions.values()].flat(2)].sort((a, b) => a.sentence - b.sentence || a.first - b.first);
}

// src/stages/04-entities/tags.ts
var CLASSES = ["PER", "ORG", "LOC", "MISC"];
var PARTS = ["B", "I", "L", "U"];
var TAGS = ["O", ...CLASSES.flatMap((cls) => mapPacked(PARTS, (part) => `${part}-${cls}`))];
var O = 0;
var partOf = (tag) => tag === O ? "O" : PARTS[(tag - 1) % 4];
var classOf = (tag) => tag === O ? -1 : Math.floor((tag - 1) / 4);
function isAllowed(previous, next2) {
  const open = partOf(previous) === "B" || partOf(previous) === "I";
  const continues2 = partOf(next2) === "I" || partOf(next2) === "L";
  return open ? continues2 && classOf(next2) === classOf(previous) : !continues2;
}
var ALLOWED = Uint8Array.from(TAGS.flatMap((_, previous) => mapPacked(TAGS, (__, next2) => Number(isAllowed(previous, next2)))));
var CAN_END = Uint8Array.from(mapPacked(TAGS, (_, tag) => Number(partOf(tag) !== "B" && partOf(tag) !== "I")));
function allowed(previous, next2) {
  return ALLOWED[previous * TAGS.length + next2] === 1;
}
var FOLLOWERS = mapPacked(TAGS, (_, previous) => {
  const followers = (mayStayOpen) => Uint8Array.from(TAGS.keys()).filter((next2) => allowed(previous, next2) && (mayStayOpen || CAN_END[next2] === 1));
  return [followers(false), followers(true)];
});
function followersOf(previous, mayStayOpen) {
  return FOLLOWERS[previous][mayStayOpen ? 1 : 0];
}
function bestOf(scores, candidates) {
  let best = O;
  let bestScore = -Infinity;
  for (let k = 0; k < candidates.length; k += 1) {
    const t = candidates[k];
    if (scores[t] > bestScore) {
      bestScore = scores[t];
      best = t;
    }
  }
  return best;
}
function spansOf(tags) {
  const spans = [];
  let first = -1;
  tags.forEach((tag, i) => {
    const part = partOf(tag);
    if (part === "B") first = i;
    else if (part === "U") spans.push({ first: i, last: i, cls: CLASSES[classOf(tag)] });
    else if (part === "L" && first >= 0) {
      spans.push({ first, last: i, cls: CLASSES[classOf(tag)] });
      first = -1;
    }
  });
  return spans;
}

// src/stages/04-entities/consistency.ts
function continuesTo(continues2, first, last) {
  for (let k = first + 1; k <= last; k += 1) if (continues2[k] === 0) return false;
  return true;
}
function coversOnlyInside(covered, first, last) {
  for (let k = first; k <= last; k += 1) {
    const span = covered[k];
    if (span !== void 0 && (span.first < first || span.last > last || span.first === first && span.last === last)) return false;
  }
  return true;
}
var withoutArticle = (form) => form.startsWith("the ") ? form.slice(4) : form;
function harmonise(sentences, spans) {
  const votes = /* @__PURE__ */ new Map();
  const lengths = /* @__PURE__ */ new Map();
  const forms = mapPacked(spans, (span) => spanKey(sentences[span.sentence].phrases, span.first, span.last));
  spans.forEach((span, n) => {
    const sentence = sentences[span.sentence];
    const form = forms[n];
    const named = withoutArticle(form);
    const tally = votes.get(named) ?? mapPacked(CLASSES, () => 0);
    const c = CLASSES.indexOf(span.cls);
    tally[c] = (tally[c] ?? 0) + (sentence.view.caseless ? 0.5 : 1);
    votes.set(named, tally);
    lengths.set(form, span.last - span.first + 1);
    if (named !== form) lengths.set(named, span.last - span.first);
  });
  const typeOf3 = (form) => {
    const tally = votes.get(withoutArticle(form));
    return CLASSES[tally.indexOf(Math.max(...tally))];
  };
  const lengthsByFirstWord = /* @__PURE__ */ new Map();
  for (const [form, length] of lengths) {
    const space = form.indexOf(" ");
    const firstWord = space < 0 ? form : form.slice(0, space);
    const known = lengthsByFirstWord.get(firstWord);
    if (known) known.add(length);
    else lengthsByFirstWord.set(firstWord, /* @__PURE__ */ new Set([length]));
  }
  const longestFirst = new Map(mapPacked([...lengthsByFirstWord], ([firstWord, known]) => [firstWord, [...known].sort((a, b) => b - a)]));
  const result = mapPacked(spans, (span, n) => ({ sentence: span.sentence, first: span.first, last: span.last, cls: typeOf3(forms[n]) }));
  const coveredBy = mapPacked(sentences, (sentence) => new Array(sentence.view.tokens.length));
  for (const span of result) for (let k = span.first; k <= span.last; k += 1) coveredBy[span.sentence][k] = span;
  const replaced = /* @__PURE__ */ new Set();
  sentences.forEach((sentence, s) => {
    const tokens = sentence.view.tokens;
    const covered = coveredBy[s];
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i];
      if (!token || !sentence.view.caseless && !upperFirst(token.text)) continue;
      for (const length of longestFirst.get(sentence.view.lowers[i]) ?? []) {
        const last = i + length - 1;
        if (last >= tokens.length) continue;
        if (!continuesTo(sentence.continues, i, last)) continue;
        const form = spanKey(sentence.phrases, i, last);
        if (lengths.get(form) !== length || !coversOnlyInside(covered, i, last)) continue;
        for (let k = i; k <= last; k += 1) if (covered[k] !== void 0) replaced.add(covered[k]);
        const added = { sentence: s, first: i, last, cls: typeOf3(form) };
        result.push(added);
        covered.fill(added, i, last + 1);
        i = last;
        break;
      }
    }
  });
  return result.filter((span) => !replaced.has(span)).sort((a, b) => a.sentence - b.sentence || a.first - b.first);
}

// src/stages/04-entities/model-file.ts
function readModelFile(bytes) {
  const { header, sections } = readPackedFile(bytes, (h) => [
    { length: h.featureBytes, align: 1 },
    { length: 4 * (h.rows + 1), align: 4 },
    { length: h.rows, align: 1 },
    { length: h.pairs, align: 1 },
    { length: 8 * h.pairs, align: 8 }
  ]);
  const [featureBytes, starts, pairCounts, pairTags, weights] = sections;
  const { id, version: version2, source, licence, tags } = header;
  return {
    header,
    tables: { id, version: version2, source, licence, tags, features: sectionText(featureBytes), lineStarts: littleEndianNumbers(starts, Int32Array), pairCounts, pairTags, weights: littleEndianNumbers(weights, Float64Array) }
  };
}

// src/stages/04-entities/text-table.ts
var SLOT = 4;
var TextTable = class {
  slots = new Int32Array(SLOT * 4096);
  mask = 4096 - 1;
  pool = new Uint16Array(8192);
  /** How much of the pool is used. */
  poolUsed = 0;
  size = 0;
  /** The id of `text`, or -1 if it is not in the table. */
  idOf(text) {
    const hash = hashOf(text);
    const slots = this.slots;
    for (let slot = hash & this.mask; ; slot = slot + 1 & this.mask) {
      const id = slots[SLOT * slot + 1] - 1;
      if (id < 0) return -1;
      if (slots[SLOT * slot] === hash && slots[SLOT * slot + 3] === text.length && this.holds(slots[SLOT * slot + 2], text)) return id;
    }
  }
  /** Adds a text the table lacks, as id `size`. */
  add(text) {
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
  clear() {
    this.slots.fill(0);
    this.poolUsed = 0;
    this.size = 0;
  }
  /** Whether the pool holds `text`'s characters from `start` (its length is known to match). */
  holds(start, text) {
    const pool = this.pool;
    for (let i = 0; i < text.length; i += 1) if (pool[start + i] !== text.charCodeAt(i)) return false;
    return true;
  }
  place(slots, mask, hash, idPlusOne, start, length) {
    let slot = hash & mask;
    while (slots[SLOT * slot + 1] !== 0) slot = slot + 1 & mask;
    slots[SLOT * slot] = hash;
    slots[SLOT * slot + 1] = idPlusOne;
    slots[SLOT * slot + 2] = start;
    slots[SLOT * slot + 3] = length;
  }
  rehash(slotCount) {
    const old = this.slots;
    const slots = new Int32Array(SLOT * slotCount);
    const mask = slotCount - 1;
    for (let k = 0; k < old.length; k += SLOT) if (old[k + 1] !== 0) this.place(slots, mask, old[k], old[k + 1], old[k + 2], old[k + 3]);
    this.slots = slots;
    this.mask = mask;
  }
};

// src/stages/04-entities/lexicon.ts
var MAX_TEXTS = 5e4;
var WordLexicon = class {
  textIds = new TextTable();
  lowerIds = /* @__PURE__ */ new Map();
  /** By text id. */
  texts = [];
  /** By text id: the id of its lower-cased word. */
  lowerOfText = new Int32Array(1024);
  /** By text id: 1 where the text is its own lower case (a test of the text's characters a token would otherwise make). */
  lowerCaseText = new Uint8Array(1024);
  /** By lower id. */
  lowers = [];
  /** By lower id: the gazetteer's entry for the word alone (what phrases starting with it reach). */
  phrases = [];
  /** Counts the times every id was forgotten. */
  generation = 0;
  /** The text ids of an article's tokens; forgets every id first if the article could overfill the lexicon. */
  idsOf(tokens) {
    if (this.texts.length + tokens.length > MAX_TEXTS) this.forget();
    const ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i += 1) ids[i] = this.textId(tokens[i].text);
    return ids;
  }
  /** The id of a text's lower-cased word. */
  lowerId(textId) {
    return this.lowerOfText[textId];
  }
  /** Whether a text is written in lower case: text === text.toLowerCase(). */
  inLowerCase(textId) {
    return this.lowerCaseText[textId] === 1;
  }
  get textCount() {
    return this.texts.length;
  }
  get lowerCount() {
    return this.lowers.length;
  }
  textId(text) {
    let id = this.textIds.idOf(text);
    if (id < 0) {
      id = this.textIds.add(text);
      this.texts.push(text);
      if (id === this.lowerOfText.length) {
        this.lowerOfText = grown(this.lowerOfText, id + 1);
        this.lowerCaseText = grown(this.lowerCaseText, id + 1);
      }
      const lower = text.toLowerCase();
      this.lowerOfText[id] = this.lowerIdOf(lower);
      this.lowerCaseText[id] = Number(text === lower);
    }
    return id;
  }
  lowerIdOf(lower) {
    let id = this.lowerIds.get(lower);
    if (id === void 0) {
      id = this.lowers.length;
      this.lowerIds.set(lower, id);
      this.lowers.push(lower);
      this.phrases.push(wordPhrase(lower));
    }
    return id;
  }
  /** Forgets every id (what idsOf does when the lexicon is full). */
  forget() {
    this.textIds.clear();
    this.lowerIds.clear();
    this.texts.length = 0;
    this.lowers.length = 0;
    this.phrases.length = 0;
    this.generation += 1;
  }
};
var shared2;
function wordLexicon() {
  return shared2 ??= new WordLexicon();
}

// src/stages/04-entities/features.ts
function shapeOf(word) {
  let shape = "";
  let last = "";
  for (let i = 0; i < word.length && shape.length < 8; i += 1) {
    const code = word.charCodeAt(i);
    let kind;
    if (code >= 65 && code <= 90) kind = "X";
    else if (code >= 97 && code <= 122) kind = "x";
    else if (code >= 48 && code <= 57) kind = "d";
    else if (code < 128) kind = word.charAt(i);
    else {
      const char = String.fromCodePoint(word.codePointAt(i));
      if (char.length === 2) i += 1;
      kind = /\p{Lu}/u.test(char) ? "X" : /\p{Ll}/u.test(char) ? "x" : /\p{N}/u.test(char) ? "d" : char;
    }
    if (kind !== last || kind !== "X" && kind !== "x" && kind !== "d") shape += kind;
    last = kind;
  }
  return shape;
}
var MIN_CASELESS_WORDS = 3;
var LETTER = /\p{L}/u;
function hasLetter(text) {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 128) return LETTER.test(text);
    if (isAsciiLower(code) || isAsciiUpper(code)) return true;
  }
  return false;
}
function isUpperCase(text) {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 128) return text === text.toUpperCase();
    if (isAsciiLower(code)) return false;
  }
  return true;
}
function isCaseless(tokens, headline) {
  let upper = 0;
  let capitalised2 = 0;
  let words2 = 0;
  for (const token of tokens) {
    if (token.kind !== "word" || token.pos === "PART" || !hasLetter(token.text)) continue;
    words2 += 1;
    if (isUpperCase(token.text)) upper += 1;
    if (upperFirst(token.text)) capitalised2 += 1;
  }
  return words2 >= MIN_CASELESS_WORDS && (upper > 0.75 * words2 || headline && capitalised2 > 0.85 * words2);
}
function sentenceView(tokens, lowers, gazetteer, headline, textIds) {
  return { tokens, lowers, caseless: isCaseless(tokens, headline), gazetteer, textIds };
}
function documentView(sentences) {
  const lexicon2 = wordLexicon();
  const lowerWords = new Uint8Array(lexicon2.lowerCount);
  for (const sentence of sentences) {
    if (sentence.caseless) continue;
    const { tokens, textIds } = sentence;
    for (let i = 1; i < tokens.length; i += 1) {
      const token = tokens[i];
      if (token.kind === "word" && lexicon2.inLowerCase(textIds[i]) && !isUpperCase(token.text)) lowerWords[lexicon2.lowerId(textIds[i])] = 1;
    }
  }
  return { lowerWords };
}
var BOUNDARY = { text: "", lower: "<s>", shape: "<s>", pos: "<s>" };
var wordFeatures = (lower) => [`w=${lower}`, `s3=${lower.slice(-3)}`, `p3=${lower.slice(0, 3)}`];
var NEIGHBOURS = [-2, -1, 1, 2];
var neighbourFeature = (offset, lower) => `w${offset > 0 ? "+" : ""}${offset}=${lower}`;

// src/stages/04-entities/continuation.ts
var NAME_PARTICLES = /* @__PURE__ */ new Set(["al", "de", "del", "della", "di", "du", "la", "le", "van", "von", "der", "bin", "ibn", "y"]);
var CONNECTORS = /* @__PURE__ */ new Set([...NAME_PARTICLES, "of", "and", "the", "for", "on", "upon", "da", "dos", "den", "el", "e", "&"]);
var NAME_ENDS = /* @__PURE__ */ new Set([",", ";", ":", ")", "]", "}", '"', "\u201D", "\xBB"]);
var GAP = /^[^\S\n]{2,}$/;
function mayContinue(token, lower, before, caseless) {
  if (token.text.length === 1 && NAME_ENDS.has(token.text)) return false;
  if (token.start === before.end && token.pos !== "PART") return true;
  if (CONNECTORS.has(lower)) return true;
  if (token.kind === "punctuation" || token.kind === "number" || token.pos === "PART") return false;
  return caseless || token.kind !== "word" || !lowerFirst(token.text);
}
var AFTER_GAP = 2;
function nameContinuations(sentence, text) {
  const { tokens, lowers, caseless } = sentence;
  const continues2 = new Uint8Array(tokens.length);
  for (let i = 1; i < tokens.length; i += 1) {
    const token = tokens[i];
    const before = tokens[i - 1];
    const gap = token.start - before.end >= 2 && GAP.test(text.slice(before.end, token.start));
    continues2[i] = gap ? AFTER_GAP : Number(mayContinue(token, lowers[i], before, caseless));
  }
  return continues2;
}

// src/stages/04-entities/perceptron.ts
var START = TAGS.length;
var TAG_NAMES = [...TAGS, "<s>"];
var AFTER_TAG_ROWS = TAG_NAMES.length;
var NO_REF = -1;
var COUNT_BITS = 5;
var COUNT_MASK = (1 << COUNT_BITS) - 1;
var NO_FEATURES = /* @__PURE__ */ new Map();
function isTagIndex(tags) {
  for (let k = 0; k < tags.length; k += 1) if (tags[k] >= TAGS.length) return false;
  return true;
}
var Perceptron = class _Perceptron {
  /**
   * The feature lines (sorted, one per row, in row order), searched in place: a row is found by
   * its feature string without a Map of every feature, whose building took most of the tagger's
   * start-up and megabytes of heap; a lookup is made once per word by the scorer's caches.
   */
  features;
  store;
  /** The templates asked for whole (template()), by value, made on first use. */
  templates = /* @__PURE__ */ new Map();
  /** The rows of tagFeatures(), found without building their strings: `t-1=P` by P's index, `t-2|t-1=Q|P` by Q and P. */
  previousRows;
  pairRows;
  /** One token's scores by tag, while tag() reads it. */
  tokenScores = new Float64Array(TAGS.length);
  constructor(features, store) {
    this.features = features;
    this.store = store;
    this.previousRows = Int32Array.from(TAG_NAMES, (previous) => this.refOf(this.row(`t-1=${previous}`)));
    this.pairRows = Int32Array.from(TAG_NAMES.flatMap((beforePrevious) => mapPacked(TAG_NAMES, (previous) => this.refOf(this.row(`t-2|t-1=${beforePrevious}|${previous}`)))));
  }
  static fromTables(model) {
    if (model.tags.join() !== TAGS.join()) throw new Error(`newslens: model ${model.id} was trained for other tags`);
    const { pairCounts: counts2, weights: values } = model;
    const tags = model.pairTags.slice();
    const features = new SortedLines(model.features, model.lineStarts);
    const rowCount = features.length;
    const starts = new Int32Array(rowCount + 1);
    for (let row = 0; row < rowCount; row += 1) starts[row + 1] = starts[row] + counts2[row];
    if (counts2.length !== rowCount || starts[rowCount] !== tags.length || tags.length >= 2 ** (31 - COUNT_BITS) || values.length !== tags.length || !isTagIndex(tags)) throw new Error(`newslens: model ${model.id} is damaged`);
    return new _Perceptron(features, { starts, tags, values });
  }
  /** The rows of one template's features, by value (empty for a template the model lacks). */
  template(name) {
    let values = this.templates.get(name);
    if (!values) {
      const prefix = `${name}=`;
      const byValue = /* @__PURE__ */ new Map();
      for (let row = this.features.lowerBound(prefix); row < this.features.length && this.features.startsWith(row, prefix); row += 1) byValue.set(this.features.line(row, prefix.length), row);
      this.templates.set(name, values = byValue.size > 0 ? byValue : NO_FEATURES);
    }
    return values;
  }
  /** The rows of `t-1|w=P|lower` for every previous tag P (by index, START for "<s>"), if any. */
  rowsAfterTags(lower) {
    let rows;
    for (let p = 0; p < TAG_NAMES.length; p += 1) {
      const row = this.row(`t-1|w=${TAG_NAMES[p]}|${lower}`);
      if (row === void 0) continue;
      rows ??= new Int32Array(TAG_NAMES.length).fill(NO_REF);
      rows[p] = this.refOf(row);
    }
    return rows;
  }
  /** The row of a feature string. */
  row(feature) {
    const row = this.features.indexOf(feature);
    return row < 0 ? void 0 : row;
  }
  /** A row's RowRef. */
  refOf(row) {
    if (row === void 0) return NO_REF;
    const start = this.store.starts[row];
    return start << COUNT_BITS | this.store.starts[row + 1] - start;
  }
  /** Adds a row's weights to the scores of the token whose first tag is at `at`. */
  addRow(scores, at, row) {
    this.add(scores, at, this.refOf(row));
  }
  /** Adds a RowRef's weights to the scores of the token whose first tag is at `at`. */
  add(scores, at, ref) {
    if (ref < 0) return;
    const { tags, values } = this.store;
    const start = ref >>> COUNT_BITS;
    const end = start + (ref & COUNT_MASK);
    for (let k = start; k < end; k += 1) scores[at + tags[k]] = scores[at + tags[k]] + values[k];
  }
  /**
   * Adds a RowRef's weights to token scores at scores[tag], for the tags of `tags` (in tag
   * order): a row of every tag is read at those tags only (a row's weights are in tag order,
   * packPerceptron sees to it), a sparser row is added whole, the other tags' slots being never read.
   */
  addTo(scores, ref, tags) {
    if (ref < 0) return;
    const values = this.store.values;
    const start = ref >>> COUNT_BITS;
    const count = ref & COUNT_MASK;
    if (count === TAGS.length) {
      for (let k = 0; k < tags.length; k += 1) scores[tags[k]] = scores[tags[k]] + values[start + tags[k]];
      return;
    }
    const rowTags = this.store.tags;
    for (let k = start; k < start + count; k += 1) scores[rowTags[k]] = scores[rowTags[k]] + values[k];
  }
  /** Adds the weights of `features` to `scores`. */
  addWeights(scores, features) {
    for (const feature of features) this.addRow(scores, 0, this.row(feature));
  }
  /**
   * Tags a sentence given its tokens' static scores (scoring.ts) and which tokens may continue a
   * name (continuation.ts). Adds the rows of tagFeatures() in its order, so the sums are those of
   * addWeights(scores, tagFeatures(…)). Only the tags that may follow the token before are scored
   * and compared (followersOf: 5 of 17 at most tokens), the others' scores being never read. A
   * token after a gap in the line starts afresh, as after a word outside any name: the name
   * before it had to close, and another may open.
   */
  tag(sentence, continues2) {
    const { afterTags, afterTagRows } = sentence;
    const scores = this.tokenScores;
    const tags = new Array(afterTags.length);
    let previous = START;
    let beforePrevious = START;
    for (let i = 0; i < afterTags.length; i += 1) {
      if (continues2[i] === AFTER_GAP) previous = beforePrevious = O;
      const candidates = followersOf(previous === START ? O : previous, continues2[i + 1] === 1);
      sentence.scoreToken(i, candidates, scores);
      this.addTo(scores, this.previousRows[previous], candidates);
      this.addTo(scores, this.pairRows[beforePrevious * TAG_NAMES.length + previous], candidates);
      const rows = afterTags[i];
      if (rows !== NO_REF) this.addTo(scores, afterTagRows[rows + previous], candidates);
      const tag = bestOf(scores, candidates);
      tags[i] = tag;
      beforePrevious = previous;
      previous = tag;
    }
    return tags;
  }
};

// src/stages/04-entities/weight-tables.ts
var NO_ROW = NO_REF;
var WeightStore = class {
  constructor(size) {
    this.size = size;
    this.values = new Float64Array(1024 * size);
  }
  size;
  values;
  used = 0;
  /** A new record, all zeros. */
  add() {
    if (this.used + this.size > this.values.length) this.values = grown(this.values, this.used + this.size);
    const at = this.used;
    this.used += this.size;
    this.values.fill(0, at, this.used);
    return at;
  }
  clear() {
    this.used = 0;
  }
};
function byPair(values, secondFirst = false) {
  const table = /* @__PURE__ */ new Map();
  values.forEach((row, value) => {
    for (let bar = value.indexOf("|"); bar >= 0; bar = value.indexOf("|", bar + 1)) {
      const a = value.slice(0, bar);
      const b = value.slice(bar + 1);
      const outer = secondFirst ? b : a;
      const key = secondFirst ? a : b;
      const pairs = table.get(outer);
      if (pairs) pairs.push(key, row);
      else table.set(outer, [key, row]);
    }
  });
  return table;
}
function pairedRow(pairs, second) {
  if (pairs === void 0) return void 0;
  for (let k = 0; k < pairs.length; k += 2) if (pairs[k] === second) return pairs[k + 1];
  return void 0;
}
var SmallIds = class {
  ids = /* @__PURE__ */ new Map();
  constructor(values) {
    this.addAll(values);
  }
  /** Gives each value not yet named the next id. */
  addAll(values) {
    for (const value of values) this.add(value);
  }
  /**
   * Names the second parts of pairs (byPair), read in place: there are tens of thousands, and
   * copying them into one list first took most of the scorer's start-up.
   */
  addSecondParts(byFirst) {
    byFirst.forEach((pairs) => {
      for (let k = 0; k < pairs.length; k += 2) this.add(pairs[k]);
    });
  }
  add(value) {
    if (!this.ids.has(value)) this.ids.set(value, this.ids.size);
  }
  /** The id of one of `values`, or UNKNOWN (this.size). */
  of(value) {
    return this.ids.get(value) ?? this.ids.size;
  }
  /** Ids 0..size − 1 name values, size is UNKNOWN. */
  get size() {
    return this.ids.size;
  }
};
function rowsById(rowOf, ids, values) {
  const rows = new Int32Array(ids.size + 1).fill(NO_ROW);
  for (const [value, row] of values) rows[ids.of(value)] = rowOf(row);
  return rows;
}
function pairRowsById(rowOf, ids, byFirst) {
  const stride = ids.size + 1;
  const rows = new Int32Array(stride * stride).fill(NO_ROW);
  for (const [first, pairs] of byFirst) for (let k = 0; k < pairs.length; k += 2) rows[ids.of(first) * stride + ids.of(pairs[k])] = rowOf(pairs[k + 1]);
  return rows;
}
var LONGEST_SCANNED = 16;
var ShapeRowStore = class {
  values = new Int32Array(4096);
  used = 0;
  /** The record of one word's rows by shape (byPair), each as what `blockOf` makes of it, or NO_ROW for none. */
  add(blockOf, shapes, byShape) {
    if (byShape === void 0) return NO_ROW;
    const length = byShape.length <= LONGEST_SCANNED ? byShape.length : Math.max(shapes.size + 1, LONGEST_SCANNED + 1);
    const record = this.used;
    this.used += 1 + length;
    if (this.used > this.values.length) this.values = grown(this.values, 2 * this.used, 0);
    const values = this.values;
    values[record] = length;
    if (length === byShape.length) byShape.forEach((value, k) => values[record + 1 + k] = k % 2 === 0 ? shapes.of(value) : blockOf(value));
    else {
      values.fill(NO_ROW, record + 1, this.used);
      for (let k = byShape.length - 2; k >= 0; k -= 2) values[record + 1 + shapes.of(byShape[k])] = blockOf(byShape[k + 1]);
    }
    return record;
  }
  /** What the record holds for `shape` (see add), or NO_ROW. */
  rowOf(record, shape) {
    if (record === NO_ROW) return NO_ROW;
    const values = this.values;
    const length = values[record];
    if (length > LONGEST_SCANNED) return values[record + 1 + shape];
    for (let k = record + 1; k < record + length; k += 2) if (values[k] === shape) return values[k + 1];
    return NO_ROW;
  }
  clear() {
    this.used = 0;
  }
};

// src/stages/04-entities/scoring.ts
var NO_HITS2 = [];
var SIZE = TAGS.length;
var ZERO_BLOCK = 0;
var OWN = 0;
var AS_TWO_BEFORE = 1;
var AS_ONE_BEFORE = 2;
var AS_ONE_AFTER = 3;
var AS_TWO_AFTER = 4;
var BEFORE_SHAPE = 5;
var AFTER_SHAPE = 6;
var AFTER_TAGS = 7;
var WORD_FIELDS = 8;
var BOUNDARY_RECORD = 0;
var WINDOW = 2;
var StaticScorer = class {
  constructor(tagger) {
    this.tagger = tagger;
    this.bias = tagger.refOf(tagger.row("bias"));
    const byValue = (template) => tagger.template(template);
    const shapeBeforeShape = byPair(byValue("sh-1|sh"));
    const shapeShapeAfter = byPair(byValue("sh|sh+1"));
    this.wordBeforeShape = byPair(byValue("w-1|sh"));
    this.shapeWordAfter = byPair(byValue("sh|w+1"), true);
    this.shapes = new SmallIds(["caps", BOUNDARY.shape, ...byValue("sh").keys(), ...byValue("first|sh").keys(), ...byValue("seen-lower|sh").keys(), ...shapeBeforeShape.keys()]);
    this.shapes.addSecondParts(shapeBeforeShape);
    this.shapes.addAll(shapeShapeAfter.keys());
    this.shapes.addSecondParts(shapeShapeAfter);
    this.shapes.addSecondParts(this.wordBeforeShape);
    this.shapes.addSecondParts(this.shapeWordAfter);
    this.partsOfSpeech = new SmallIds([BOUNDARY.pos, ...byValue("pos").keys(), ...byValue("pos-1").keys(), ...byValue("pos+1").keys()]);
    this.caps = this.shapes.of("caps");
    this.boundaryShape = this.shapes.of(BOUNDARY.shape);
    this.boundaryPos = this.partsOfSpeech.of(BOUNDARY.pos);
    const refOf = (row) => tagger.refOf(row);
    this.shape = rowsById(refOf, this.shapes, byValue("sh"));
    this.pos = rowsById(refOf, this.partsOfSpeech, byValue("pos"));
    this.posBefore = rowsById(refOf, this.partsOfSpeech, byValue("pos-1"));
    this.posAfter = rowsById(refOf, this.partsOfSpeech, byValue("pos+1"));
    this.shapeBeforeShape = pairRowsById(refOf, this.shapes, shapeBeforeShape);
    this.shapeShapeAfter = pairRowsById(refOf, this.shapes, shapeShapeAfter);
    this.capsline = this.rowBlock(tagger.row("capsline"));
    this.firstShape = rowsById(refOf, this.shapes, byValue("first|sh"));
    this.seenLowerShape = rowsById(refOf, this.shapes, byValue("seen-lower|sh"));
    this.hit = byValue("g");
    this.hitCaps = byPair(byValue("g"));
    this.hitBefore = byValue("g-1");
    this.hitAfter = byValue("g+1");
    this.clearWordStores();
    this.generation = this.lexicon.generation;
  }
  tagger;
  lexicon = wordLexicon();
  shapes;
  partsOfSpeech;
  caps;
  boundaryShape;
  boundaryPos;
  /** The lexicon's generation the caches by text and lower id were made in. */
  generation;
  /** By text id: its shape id, and its `W=` row's block in the block store (NO_ROW for none); NO_ROW before the text's first use. */
  textShapes = new Int32Array(1024).fill(NO_ROW);
  textRows = new Int32Array(1024).fill(NO_ROW);
  /** The word records (see OWN), at lower id + 1, the boundary marker's at 0; -1 before a word's first use. */
  words = new Int32Array(1024 * WORD_FIELDS).fill(-1);
  /** The words' rowsAfterTags() end to end (see AFTER_TAGS), and how many slots are used. */
  afterTagRows = new Int32Array(1024 * AFTER_TAG_ROWS);
  afterTagsUsed = 0;
  /** Per token of the sentence being scored, after two boundary records and followed by two: its word's record. */
  records = new Int32Array(64 + 2 * WINDOW);
  /**
   * The offsets in the prefix store of bias + sh + pos + pos-1 + pos+1, summed in that order
   * (the first context features), by shape id, then one slot per parts of speech of the token,
   * the token before and after; 0 where not summed yet, else offset + 1. A shape's slots are
   * made on its first use, and kept: there are a few hundred shapes and about twenty parts of speech.
   */
  prefixes = [];
  prefixStore = new WeightStore(SIZE);
  blockStore = new WeightStore(SIZE);
  /**
   * The rows of the templates by shape and of the gazetteer hits, as dense blocks made once and
   * kept (the tables below hold their offsets): reading a token's few candidate tags from a block
   * beats walking a sparse row's every tag.
   */
  rowStore = new WeightStore(SIZE);
  shapeRows = new ShapeRowStore();
  /** Per token of the sentence being scored: shape ids, part-of-speech ids and AFTER_TAGS, kept from call to call. */
  shapeIds = new Int32Array(64);
  posIds = new Int32Array(64);
  afterTagsByToken = new Int32Array(64);
  /** The sentence being scored (score()). */
  sentence = { tokens: [], lowers: [], caseless: false, gazetteer: [], textIds: new Int32Array(0) };
  doc = { lowerWords: new Uint8Array(0) };
  afterTags = new Int32Array(0);
  hitRows = /* @__PURE__ */ new Map();
  // The templates of contextFeatures(), in its order.
  bias;
  shape;
  pos;
  posBefore;
  posAfter;
  /** By shape before × (shapes + 1) + shape; RowRefs, or blocks once read (rowBlockAt), as are firstShape and seenLowerShape. */
  shapeBeforeShape;
  /** By shape × (shapes + 1) + shape after. */
  shapeShapeAfter;
  wordBeforeShape;
  /** By the word after, then the shape. */
  shapeWordAfter;
  /** Its block in the row store. */
  capsline;
  firstShape;
  seenLowerShape;
  hit;
  /** `g=${hit}|caps=${caps}`: by hit, then "caps=true" or "caps=false". */
  hitCaps;
  hitBefore;
  hitAfter;
  /** bias + sh + pos + pos-1 + pos+1, summed in that order: the record's offset in the prefix store. */
  prefixSum(shape, pos, before, after) {
    const count = this.partsOfSpeech.size + 1;
    let slots = this.prefixes[shape];
    if (!slots) this.prefixes[shape] = slots = new Int32Array(count * count * count);
    const slot = (pos * count + before) * count + after;
    let sum = slots[slot] - 1;
    if (sum < 0) {
      sum = this.prefixStore.add();
      for (const row of [this.bias, this.shape[shape], this.pos[pos], this.posBefore[before], this.posAfter[after]]) this.tagger.add(this.prefixStore.values, sum, row);
      slots[slot] = sum + 1;
    }
    return sum;
  }
  /** Empties the stores of word records (the block store but for ZERO_BLOCK), and makes the boundary marker's record anew. */
  clearWordStores() {
    this.words.fill(-1);
    this.afterTagsUsed = 0;
    this.blockStore.clear();
    this.shapeRows.clear();
    this.blockStore.add();
    this.makeWord(BOUNDARY_RECORD, BOUNDARY.lower);
  }
  /** Fills a word's record (see OWN). */
  makeWord(record, lower) {
    const words2 = this.words;
    const at = record * WORD_FIELDS;
    const own = this.blockStore.add();
    this.tagger.addWeights(this.blockStore.values.subarray(own, own + SIZE), wordFeatures(lower));
    words2[at + OWN] = own;
    NEIGHBOURS.forEach((offset, k) => {
      const block = this.wordBlock(this.tagger.row(neighbourFeature(offset, lower)));
      words2[at + AS_TWO_BEFORE + k] = block === NO_ROW ? ZERO_BLOCK : block;
    });
    words2[at + BEFORE_SHAPE] = this.shapeRows.add(this.wordBlock, this.shapes, this.wordBeforeShape.get(lower));
    words2[at + AFTER_SHAPE] = this.shapeRows.add(this.wordBlock, this.shapes, this.shapeWordAfter.get(lower));
    const afterTags = this.tagger.rowsAfterTags(lower);
    words2[at + AFTER_TAGS] = afterTags === void 0 ? NO_ROW : this.afterTagsUsed;
    if (afterTags === void 0) return;
    this.afterTagRows = grown(this.afterTagRows, this.afterTagsUsed + AFTER_TAG_ROWS, NO_ROW);
    this.afterTagRows.set(afterTags, this.afterTagsUsed);
    this.afterTagsUsed += AFTER_TAG_ROWS;
  }
  /** A row's weights as a dense block in `store`, zeros where it has none (x + 0 is x); NO_ROW for no row. */
  blockIn(store, row) {
    if (row === NO_ROW) return NO_ROW;
    const block = store.add();
    this.tagger.add(store.values, block, row);
    return block;
  }
  /** A row's block in the row store, kept for good (see rowStore), or NO_ROW. */
  rowBlock = (row) => this.blockIn(this.rowStore, this.tagger.refOf(row));
  /**
   * The block in the row store of the row in a slot of a table of RowRefs, made on the slot's
   * first read (the slot then holds -2 − block), or NO_ROW: the tables by shape name thousands
   * of rows, an article reads a few hundred, and making them all would slow the first call.
   */
  rowBlockAt(table, slot) {
    const value = table[slot];
    if (value === NO_ROW) return NO_ROW;
    if (value < 0) return -2 - value;
    const block = this.blockIn(this.rowStore, value);
    table[slot] = -2 - block;
    return block;
  }
  /** Adds a block of the row store (see addBlock); the store is read after `block` is made, which may grow it. */
  addRow(scores, block, tags) {
    addBlock(scores, this.rowStore.values, block, tags);
  }
  /** A row's block in the block store, kept until the lexicon forgets its ids, or NO_ROW. */
  wordBlock = (row) => this.blockIn(this.blockStore, this.tagger.refOf(row));
  hitRowsOf(hit) {
    let rows = this.hitRows.get(hit);
    if (!rows) {
      const caps = this.hitCaps.get(hit);
      rows = {
        own: this.rowBlock(this.hit.get(hit)),
        caps: this.rowBlock(pairedRow(caps, "caps=true")),
        notCaps: this.rowBlock(pairedRow(caps, "caps=false")),
        before: this.rowBlock(this.hitBefore.get(hit)),
        after: this.rowBlock(this.hitAfter.get(hit))
      };
      this.hitRows.set(hit, rows);
    }
    return rows;
  }
  /**
   * Fills `records` with each token's word record between the boundary's, learning the texts and
   * words the scorer has not seen; forgets what it knew by id when the lexicon has forgotten its
   * ids (only ever between articles).
   */
  wordsOf(textIds) {
    const lexicon2 = this.lexicon;
    if (lexicon2.generation !== this.generation) {
      this.generation = lexicon2.generation;
      this.textShapes.fill(NO_ROW);
      this.clearWordStores();
    }
    this.textShapes = grown(this.textShapes, lexicon2.textCount, NO_ROW);
    this.textRows = grown(this.textRows, lexicon2.textCount, NO_ROW);
    this.words = grown(this.words, (lexicon2.lowerCount + 1) * WORD_FIELDS, -1);
    const count = textIds.length;
    if (this.records.length < count + 2 * WINDOW) this.records = new Int32Array(2 * count + 2 * WINDOW);
    const records = this.records;
    records.fill(BOUNDARY_RECORD, 0, WINDOW);
    records.fill(BOUNDARY_RECORD, count + WINDOW, count + 2 * WINDOW);
    for (let i = 0; i < count; i += 1) {
      const id = textIds[i];
      if (this.textShapes[id] === NO_ROW) {
        const text = lexicon2.texts[id];
        this.textShapes[id] = this.shapes.of(shapeOf(text));
        this.textRows[id] = this.wordBlock(this.tagger.row(`W=${text}`));
      }
      const lower = lexicon2.lowerId(id);
      if (this.words[(lower + 1) * WORD_FIELDS] < 0) {
        this.makeWord(lower + 1, lexicon2.lowers[lower]);
      }
      records[WINDOW + i] = lower + 1;
    }
  }
  /**
   * Makes ready to score a sentence's tokens (scoreToken), and to give the tagger its words'
   * rows (afterTags, afterTagRows); good until the next call.
   */
  score(sentence, doc) {
    const { tokens, caseless: caps, textIds } = sentence;
    const count = tokens.length;
    this.sentence = sentence;
    this.doc = doc;
    this.wordsOf(textIds);
    const records = this.records;
    const words2 = this.words;
    if (this.shapeIds.length < count) {
      this.shapeIds = new Int32Array(2 * count);
      this.posIds = new Int32Array(2 * count);
      this.afterTagsByToken = new Int32Array(2 * count);
    }
    const shapeIds = this.shapeIds;
    const posIds = this.posIds;
    for (let i = 0; i < count; i += 1) {
      shapeIds[i] = caps ? this.caps : this.textShapes[textIds[i]];
      posIds[i] = this.partsOfSpeech.of(tokens[i].pos);
      this.afterTagsByToken[i] = words2[records[WINDOW + i] * WORD_FIELDS + AFTER_TAGS];
    }
    this.afterTags = this.afterTagsByToken.subarray(0, count);
    return this;
  }
  /** Token i's static scores for `tags`, at scores[tag] (see SentenceScores). */
  scoreToken(i, tags, scores) {
    const { caseless: caps, gazetteer, textIds } = this.sentence;
    const count = textIds.length;
    const shapeIds = this.shapeIds;
    const posIds = this.posIds;
    const records = this.records;
    const words2 = this.words;
    const stride = this.shapes.size + 1;
    const shape = shapeIds[i];
    const shapeBefore = i > 0 ? shapeIds[i - 1] : caps ? this.caps : this.boundaryShape;
    const shapeAfter = i + 1 < count ? shapeIds[i + 1] : caps ? this.caps : this.boundaryShape;
    const posBefore = i > 0 ? posIds[i - 1] : this.boundaryPos;
    const posAfter = i + 1 < count ? posIds[i + 1] : this.boundaryPos;
    const prefix = this.prefixSum(shape, posIds[i], posBefore, posAfter);
    const prefixes = this.prefixStore.values;
    for (let k = 0; k < tags.length; k += 1) scores[tags[k]] = prefixes[prefix + tags[k]];
    const before = records[WINDOW + i - 1] * WORD_FIELDS;
    const after = records[WINDOW + i + 1] * WORD_FIELDS;
    const blockStore = this.blockStore.values;
    this.addRow(scores, this.rowBlockAt(this.shapeBeforeShape, shapeBefore * stride + shape), tags);
    this.addRow(scores, this.rowBlockAt(this.shapeShapeAfter, shape * stride + shapeAfter), tags);
    addBlock(scores, blockStore, this.shapeRows.rowOf(words2[before + BEFORE_SHAPE], shape), tags);
    addBlock(scores, blockStore, this.shapeRows.rowOf(words2[after + AFTER_SHAPE], shape), tags);
    if (!caps) addBlock(scores, blockStore, this.textRows[textIds[i]], tags);
    if (caps) this.addRow(scores, this.capsline, tags);
    if (i === 0) this.addRow(scores, this.rowBlockAt(this.firstShape, shape), tags);
    if (!this.lexicon.inLowerCase(textIds[i]) && this.doc.lowerWords[this.lexicon.lowerId(textIds[i])] === 1) this.addRow(scores, this.rowBlockAt(this.seenLowerShape, shape), tags);
    const hits = gazetteer[i] ?? NO_HITS2;
    for (let h = 0; h < hits.length; h += 1) {
      const rows = this.hitRowsOf(hits[h]);
      this.addRow(scores, rows.own, tags);
      this.addRow(scores, caps ? rows.caps : rows.notCaps, tags);
    }
    const hitsBefore = i > 0 ? gazetteer[i - 1] ?? NO_HITS2 : NO_HITS2;
    for (let h = 0; h < hitsBefore.length; h += 1) this.addRow(scores, this.hitRowsOf(hitsBefore[h]).before, tags);
    const hitsAfter = i + 1 < count ? gazetteer[i + 1] ?? NO_HITS2 : NO_HITS2;
    for (let h = 0; h < hitsAfter.length; h += 1) this.addRow(scores, this.hitRowsOf(hitsAfter[h]).after, tags);
    this.addWordBlocks(scores, WINDOW + i, tags);
  }
  /**
   * Adds the own block of the word whose record is at `window` in `records`, then its
   * neighbours' blocks in NEIGHBOURS order (-2, -1, +1, +2), each tag's sum in that order, so the
   * bits are those of adding the rows one by one; for `tags` only.
   */
  addWordBlocks(scores, window, tags) {
    const store = this.blockStore.values;
    const words2 = this.words;
    const records = this.records;
    const own = words2[records[window] * WORD_FIELDS + OWN];
    const a = words2[records[window - 2] * WORD_FIELDS + AS_TWO_BEFORE];
    const b = words2[records[window - 1] * WORD_FIELDS + AS_ONE_BEFORE];
    const c = words2[records[window + 1] * WORD_FIELDS + AS_ONE_AFTER];
    const d = words2[records[window + 2] * WORD_FIELDS + AS_TWO_AFTER];
    for (let k = 0; k < tags.length; k += 1) {
      const t = tags[k];
      scores[t] = scores[t] + store[own + t] + store[a + t] + store[b + t] + store[c + t] + store[d + t];
    }
  }
};
function addBlock(scores, store, block, tags) {
  if (block === NO_ROW) return;
  for (let k = 0; k < tags.length; k += 1) scores[tags[k]] = scores[tags[k]] + store[block + tags[k]];
}

// src/stages/04-entities/model.ts
function load3() {
  return loadOnce("name-tagger", () => {
    const { header, tables } = readModelFile(readDataBytes("models/ner-perceptron.bin"));
    const tagger = Perceptron.fromTables(tables);
    return { tagger, scorer: new StaticScorer(tagger), info: { id: header.id, version: header.version, source: header.source, licence: header.licence } };
  });
}
function nameTagger() {
  return load3().tagger;
}
function staticScorer() {
  return load3().scorer;
}
function nameTaggerInfo() {
  return load3().info;
}

// src/stages/04-entities/party-tags.ts
var TAG = /^[^\S\n]*(?:,|\()[^\S\n]*([DRI])(?:\.?[^\S\n]*[-–][^\S\n]*|\.,?[^\S\n]*|,[^\S\n]*)((?:[A-Z][A-Za-z]*\.?)(?:[^\S\n]?[A-Z][A-Za-z]*\.?){0,2})/d;
var BARE = /^[^\S\n]*\([^\S\n]*([DRI])\.?[^\S\n]*\)/d;
var CLOSE = /^[^\S\n]*\)/;
var MAX_TAG_LENGTH = 40;
function partyTagAt(text, offset) {
  const after = text.slice(offset, offset + MAX_TAG_LENGTH);
  const bare2 = BARE.exec(after);
  if (bare2) return { party: bare2[1], start: offset + (bare2.indices?.[1]?.[0] ?? 0), end: offset + bare2[0].length };
  const match = TAG.exec(after);
  if (!match) return void 0;
  const start = offset + (match.indices?.[1]?.[0] ?? 0);
  const stateAt = match.indices?.[2]?.[0] ?? 0;
  const written = match[2];
  for (let length = written.length; length > 0; length = written.lastIndexOf(" ", length - 1)) {
    const state = usStateCode(written.slice(0, length));
    if (!state) continue;
    const close = CLOSE.exec(after.slice(stateAt + length));
    return { party: match[1], state, start, end: offset + stateAt + length + (close ? close[0].length : 0) };
  }
  return void 0;
}

// src/stages/04-entities/words.ts
var startsUpper = (token) => token !== void 0 && upperFirst(token.text);
var PLACE_KINDS = ["country", "city", "region", "place"];
var GAZETTEER_NAMES = [...PLACE_KINDS, "organization", "demonym", "norp-group"];
var FUNCTION_POS2 = /* @__PURE__ */ new Set(["DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT"]);
function canName(tokens, first, last) {
  if (last === first && tokens[first].text.length <= 1) return false;
  for (let k = first; k <= last; k += 1) {
    const token = tokens[k];
    if (!FUNCTION_POS2.has(token.pos) && token.kind !== "punctuation") return true;
  }
  return false;
}
var CONTRACTION2 = /^\p{L}+['’](?:m|re|ve|ll|d)$|n['’]t$/iu;
var CLITIC = /^(?:['’](?:m|re|ve|ll|d)|n['’]t)$/iu;
var hasApostrophe = (text) => text.includes("'") || text.includes("\u2019");
var ARTICLES2 = /* @__PURE__ */ new Set(["the", "a", "an"]);
var OPENING = /^[“"‘'(\[—–-]$/u;
function isFunctionWordAt({ view, phrases }, i, last) {
  const tokens = view.tokens;
  const token = tokens[i];
  const next2 = tokens[i + 1];
  if (hasApostrophe(token.text) && CONTRACTION2.test(token.text)) return true;
  if (next2 !== void 0 && next2.start === token.end && (CLITIC.test(next2.text) || next2.pos === "PRON" && /^['’]s$/u.test(next2.text))) return true;
  const lower = phrases.lowers[i];
  if (!isFunctionWord(lower) || ARTICLES2.has(lower)) return false;
  let k = i - 1;
  while (k >= 0 && OPENING.test(tokens[k].text)) k -= 1;
  if (k < 0) return i === last || !hasKind(kindsAt(phrases, i), "given") && next2?.start !== token.end;
  return i === last && token.pos !== "PROPN";
}

// src/stages/04-entities/person-names.ts
function isTitleAlone({ view, phrases }, span, surnames) {
  return span.cls === "PER" && span.first === span.last && hasKind(kindsAt(phrases, span.first), "person-title") && !surnames.has(view.tokens[span.first].text);
}
function withParticles({ view, phrases }, first) {
  let start = first;
  while (start > 0 && NAME_PARTICLES.has(view.tokens[start - 1].text)) start -= 1;
  if (start === first) return first;
  return hasKind(kindsAt(phrases, start - 1), "given") ? start - 1 : start;
}
var MAX_ROLE_TOKENS = 4;
var ROLE_WORDS = ["person-title", "demonym", "norp-group"];
function afterRole({ view, phrases }, first, last) {
  let start = first;
  const surname = surnameEnd(view.tokens, first, last);
  for (let from = Math.max(0, first - MAX_ROLE_TOKENS + 1); from < last; from += 1) {
    if (!startsPhraseOf(view.gazetteer[from], ...ROLE_WORDS)) continue;
    for (let to = Math.min(last - 1, from + MAX_ROLE_TOKENS - 1); to >= Math.max(from, first); to -= 1) {
      if (from === to && to === surname && hasKind(kindsAt(phrases, to), "surname")) continue;
      if (hasKind(kindsOfSpan(phrases, from, to), ...ROLE_WORDS)) {
        start = to + 1;
        break;
      }
    }
  }
  return start;
}
function beforeTitle({ view, phrases }, first, last) {
  const surname = surnameEnd(view.tokens, first, last);
  for (let from = first + 1; from <= last; from += 1) {
    if (!startsPhraseOf(view.gazetteer[from], "person-title")) continue;
    for (let to = from; to < from + MAX_ROLE_TOKENS; to += 1) {
      if (!hasKind(kindsOfSpan(phrases, from, to), "person-title") || !startsUpper(view.tokens[from - 1]) || !(to >= last || startsUpper(view.tokens[to + 1]))) continue;
      if (from === to && to === surname && hasKind(kindsAt(phrases, to), "surname")) continue;
      return from - 1;
    }
  }
  return last;
}
function titleBefore({ view, phrases }, first) {
  let found;
  for (let length = 1; length <= MAX_ROLE_TOKENS && first - length >= 0; length += 1) {
    if (honorificLength({ view, phrases }, first - length) === length) return "honorific";
    if (startsPhraseOf(view.gazetteer[first - length], "person-title") && hasKind(kindsOfSpan(phrases, first - length, first - 1), "person-title")) found = "title";
  }
  return found;
}
function honorificLength({ view, phrases }, i) {
  if (!startsPhraseOf(view.gazetteer[i], "honorific") || !/^\p{Lu}\p{Ll}/u.test(view.tokens[i]?.text ?? "")) return 0;
  for (let last = Math.min(view.tokens.length - 1, i + MAX_ROLE_TOKENS - 1); last >= i; last -= 1) if (hasKind(kindsOfSpan(phrases, i, last), "honorific")) return last - i + 1;
  return 0;
}
function titlesBeforeNames({ view, phrases }) {
  const tokens = view.tokens;
  const marks = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; ) {
    let end = i;
    for (let at = i; ; ) {
      let last = -1;
      if (startsPhraseOf(view.gazetteer[at], "person-title")) {
        for (let to = Math.min(tokens.length - 1, at + MAX_ROLE_TOKENS - 1); to >= at && last < 0; to -= 1) if (hasKind(kindsOfSpan(phrases, at, to), "person-title")) last = to;
      }
      if (last < 0) break;
      end = last + 1;
      at = end;
    }
    if (end > i && startsUpper(tokens[end]) && tokens[end].kind === "word") marks.fill(1, i, end);
    i = Math.max(end, i + 1);
  }
  return marks;
}
var INITIAL = /^\p{Lu}\.$/u;
var NAME_SUFFIX = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/u;
function surnameEnd(tokens, first, last) {
  let end = last;
  while (end > first && NAME_SUFFIX.test(tokens[end].text)) end -= 1;
  return end;
}
function personRunAt(sentence, i) {
  const { view, phrases, continues: continues2 } = sentence;
  const tokens = view.tokens;
  if (!startsUpper(tokens[i]) || hasKind(kindsAt(phrases, i), "person-title")) return void 0;
  const title = titleBefore(sentence, i);
  if (!title && !(INITIAL.test(tokens[i].text) && continues2[i + 1] === 1 && startsUpper(tokens[i + 1]))) return void 0;
  let last = i;
  while (last + 1 < tokens.length && continues2[last + 1] === 1 && (startsUpper(tokens[last + 1]) || tokens[last + 1].start === tokens[last].end)) last += 1;
  while (last > i && !startsUpper(tokens[last])) last -= 1;
  if (hasKind(kindsOfSpan(phrases, i, last), ...GAZETTEER_NAMES) || hasKind(kindsAt(phrases, last), "org-cue", "person-title")) return void 0;
  return canName(tokens, i, last) ? { last, honorific: title === "honorific" } : void 0;
}
function reachesOutOf(spans, first, last) {
  for (const span of spans) if (span.first < first && span.last >= first || span.first <= last && span.last > last) return true;
  return false;
}
function isTagged(spans, i) {
  for (const span of spans) if (span.first === i && span.last === i) return true;
  return false;
}
function withPersonNames(sentences, spans) {
  const out = [];
  const bySentence = mapPacked(sentences, () => []);
  for (const span of spans) bySentence[span.sentence]?.push(span);
  sentences.forEach((sentence, s) => {
    const here = bySentence[s];
    const persons = [];
    for (let i = 0; !sentence.view.caseless && i < sentence.view.tokens.length; i += 1) {
      const run = personRunAt(sentence, i);
      if (run === void 0) continue;
      const { last, honorific } = run;
      if (reachesOutOf(here, i, last)) continue;
      if (last === i && !honorific && !hasKind(kindsAt(sentence.phrases, i), "given", "surname") && !isTagged(here, i)) continue;
      persons.push({ sentence: s, first: i, last, cls: "PER" });
      i = last;
    }
    if (persons.length === 0) out.push(...here);
    else out.push(...here.filter((span) => !persons.some((person) => span.first >= person.first && span.last <= person.last)), ...persons);
  });
  return out.sort((a, b) => a.sentence - b.sentence || a.first - b.first);
}

// src/stages/04-entities/tables.ts
var MIN_NUMBER_SHARE = 0.4;
var FIXTURE_WORDS = /* @__PURE__ */ new Set(["v", "v.", "vs", "vs.", "versus", "at"]);
var NUMBER = /^[+-]?[\d.]*\d/;
function isNumber(token) {
  if (token === void 0) return false;
  const code = token.text.charCodeAt(0);
  return (isAsciiDigit(code) || code === 43 || code === 45 || code === 46) && NUMBER.test(token.text);
}
var isNameWord2 = (token) => token !== void 0 && token.kind === "word" && upperFirst(token.text) && !FIXTURE_WORDS.has(token.text.toLowerCase());
function nameRuns(tokens) {
  const runs = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isNameWord2(tokens[i])) continue;
    let last = i;
    while (isNameWord2(tokens[last + 1]) || tokens[last + 1]?.text === "&" && isNameWord2(tokens[last + 2])) last += tokens[last + 1]?.text === "&" ? 2 : 1;
    runs.push([i, last]);
    i = last;
  }
  return runs;
}
function teamsInTables(sentences) {
  const teams = [];
  sentences.forEach(({ view }, s) => {
    const { tokens, lowers } = view;
    let numbers = 0;
    for (const token of tokens) if (isNumber(token)) numbers += 1;
    if (numbers < 2 && !lowers.some((lower) => FIXTURE_WORDS.has(lower))) return;
    const fixture = tokens.length <= 12 && tokens.some((token) => FIXTURE_WORDS.has(token.text.toLowerCase())) && tokens.every((token) => token.kind !== "word" || isNameWord2(token) || FIXTURE_WORDS.has(token.text.toLowerCase()) || view.caseless);
    if (numbers < MIN_NUMBER_SHARE * tokens.length && !fixture) return;
    for (const [first, last] of nameRuns(tokens)) {
      const before = tokens[first - 1]?.text.toLowerCase() ?? "";
      const after = tokens[last + 1];
      const scored = numbers >= MIN_NUMBER_SHARE * tokens.length && isNumber(after);
      const facing = fixture && (FIXTURE_WORDS.has(before) || FIXTURE_WORDS.has(after?.text.toLowerCase() ?? ""));
      if (!scored && !facing) continue;
      if (kindsOf(tokens[first].text.toLowerCase())?.has("given") && last > first) continue;
      teams.push({ sentence: s, first, last, cls: "ORG" });
    }
  });
  return teams;
}

// src/stages/04-entities/refine.ts
function refine(sentences, spans) {
  const tokensOf = (span) => sentences[span.sentence].view.tokens;
  const trimmed = [];
  for (const tagged of spans) {
    const sentence = sentences[tagged.sentence];
    for (const span of splitAtAnd(sentence, tagged)) {
      const kept = trimmedName(sentence, span);
      if (kept) trimmed.push(kept);
    }
  }
  const merged = mapPacked(withPersonNames(sentences, extendToOrganisations(sentences, joinedByAmpersand(sentences, withDatelinePlaces(sentences, trimmed)))), (span) => withEvent(sentences, span));
  const surnames = /* @__PURE__ */ new Set();
  for (const span of merged) if (span.cls === "PER" && span.last > span.first) surnames.add(tokensOf(span)[span.last].text);
  const titleMarks = mapPacked(sentences, titlesBeforeNames);
  const formOf = (span) => spanKey(sentences[span.sentence].phrases, span.first, span.last);
  const introducedAsOrganisation = /* @__PURE__ */ new Set();
  const typed = mapPacked(
    mapPacked(merged, (span) => {
      const { phrases } = sentences[span.sentence];
      const kinds = kindsOfSpan(phrases, span.first, span.last);
      if (hasKind(kinds, "demonym", "norp-group") && !hasKind(kinds, "country")) return { ...span, cls: "MISC" };
      const tokens = tokensOf(span);
      const head = kindsAt(phrases, span.last);
      if (hasKind(kinds, "institution") || !hasKind(kinds, "country") && namedAsOrganisation(sentences[span.sentence], span)) {
        if (!hasKind(kinds, ...PLACE_KINDS)) introducedAsOrganisation.add(formOf(span));
        return { ...span, cls: "ORG" };
      }
      if (span.first === span.last && !hasKind(kinds, "country") && surnames.has(tokens[span.first].text)) return { ...span, cls: "PER" };
      if (hasKind(kinds, "place")) return { ...span, cls: "LOC" };
      if (hasKind(kinds, ...PLACE_KINDS)) return span;
      if (span.last > span.first && (hasKind(head, "org-cue") || tokens.slice(span.first, span.last).some((token) => token.text === "&"))) return { ...span, cls: "ORG" };
      if (span.cls !== "PER" && (hasKind(head, "law-cue") || span.last > span.first && span.cls !== "ORG" && hasKind(head, "event-cue"))) return { ...span, cls: "MISC" };
      return span;
    }).filter((span) => !isTitleAlone(sentences[span.sentence], span, surnames) && !allMarked(titleMarks[span.sentence], span.first, span.last)),
    (span) => introducedAsOrganisation.size > 0 && span.cls !== "ORG" && span.cls !== "MISC" && introducedAsOrganisation.has(formOf(span)) && !surnames.has(tokensOf(span)[span.first].text) ? { ...span, cls: "ORG" } : span
  );
  const tableTeams = teamsInTables(sentences);
  const teamTokens = mapPacked(sentences, (sentence) => new Uint8Array(sentence.view.tokens.length));
  for (const team of tableTeams) teamTokens[team.sentence].fill(1, team.first, team.last + 1);
  const refined = [...typed.filter((span) => !anyMarked(teamTokens[span.sentence], span.first, span.last)), ...tableTeams];
  const taken = mapPacked(sentences, (sentence) => new Uint8Array(sentence.view.tokens.length));
  for (const span of refined) taken[span.sentence].fill(1, span.first, span.last + 1);
  sentences.forEach((sentence, s) => {
    const tokens = sentence.view.tokens;
    const takenHere = taken[s];
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i];
      if (takenHere[i] === 1 || !startsUpper(token)) continue;
      if (surnames.has(token.text) || isLawWordAt(sentence, i)) {
        refined.push({ sentence: s, first: i, last: i, cls: surnames.has(token.text) ? "PER" : "MISC" });
        continue;
      }
      const found = gazetteerNameAt(sentence.phrases, tokens, i, sentence.view.caseless, (k) => takenHere[k] === 1);
      if (found) {
        refined.push({ sentence: s, first: i, last: found.last, cls: found.cls });
        i = found.last;
      }
    }
  });
  return refined.sort((a, b) => a.sentence - b.sentence || a.first - b.first);
}
function isEdge(token, sentence) {
  return token !== void 0 && (token.kind === "punctuation" || token.pos === "PART" || !sentence.view.caseless && token.kind === "word" && lowerFirst(token.text) && !NAME_PARTICLES.has(token.text));
}
function trimmedName(sentence, span) {
  if (sentence.view.caseless && !hasKind(kindsOfSpan(sentence.phrases, span.first, span.last), ...GAZETTEER_NAMES)) return void 0;
  let { first, last } = span;
  while (first <= last && (isEdge(sentence.view.tokens[first], sentence) || isFunctionWordAt(sentence, first, last))) first += 1;
  while (last >= first && isEdge(sentence.view.tokens[last], sentence)) last -= 1;
  const honorific = honorificLength(sentence, first);
  const cls = honorific > 0 && first + honorific <= last && startsUpper(sentence.view.tokens[first + honorific]) ? "PER" : span.cls;
  if (cls === "PER") first = withParticles(sentence, afterRole(sentence, first, last));
  last = beforeTitle(sentence, first, last);
  if (first > last || !canName(sentence.view.tokens, first, last)) return void 0;
  const grown2 = grow(sentence.phrases, first, last);
  return { sentence: span.sentence, first: grown2.first, last: grown2.last, cls };
}
function allMarked(marks, first, last) {
  for (let k = first; k <= last; k += 1) if (marks[k] !== 1) return false;
  return true;
}
function anyMarked(marks, first, last) {
  for (let k = first; k <= last; k += 1) if (marks[k] === 1) return true;
  return false;
}
function splitAtAnd({ phrases }, span) {
  const known = (from, to) => hasKind(kindsOfSpan(phrases, from, to), ...GAZETTEER_NAMES, "institution");
  for (let k = span.first + 1; k < span.last; k += 1) {
    if (phrases.lowers[k] !== "and" || known(span.first, span.last)) continue;
    const right = phrases.lowers[k + 1] === "the" ? k + 2 : k + 1;
    if (right <= span.last && known(span.first, k - 1) && known(right, span.last)) return [{ ...span, last: k - 1 }, { ...span, first: right }];
  }
  return [span];
}
var MAX_GROWTH = 3;
var GROWS_TO = [...PLACE_KINDS, "organization"];
function grow(phrases, first, last) {
  const length = phrases.lowers.length;
  const known = (from, to) => {
    const kinds = kindsOfSpan(phrases, from, to);
    return kinds !== void 0 && GROWS_TO.some((kind) => kinds.has(kind));
  };
  let best = { first, last };
  for (let from = Math.max(0, first - MAX_GROWTH); from <= first; from += 1) {
    for (let to = Math.min(length - 1, last + MAX_GROWTH); to >= last; to -= 1) {
      if (to - from <= best.last - best.first) break;
      if (known(from, to)) best = { first: from, last: to };
    }
  }
  if (best.first === first && best.last === last) {
    for (let from = first + 1; from <= last; from += 1) {
      for (let to = Math.min(length - 1, last + MAX_GROWTH); to > last; to -= 1) {
        if (known(from, to)) return { first, last: to };
      }
    }
  }
  return best;
}
var phraseBefore = (phrases, last) => kindsOfSpan(phrases, last, last) ?? kindsOfSpan(phrases, last - 1, last);
var phraseAfter = (phrases, first) => kindsOfSpan(phrases, first, first) ?? kindsOfSpan(phrases, first, first + 1);
function namedAsOrganisation({ view, phrases }, span) {
  const before = view.tokens[span.first - 1];
  if (before && !view.caseless && /^\p{Ll}/u.test(before.text) && hasKind(phraseBefore(phrases, span.first - 1), "org-descriptor")) return true;
  if (before?.text.toLowerCase() === "based" && view.tokens[span.first - 2]?.text === "-") return true;
  return span.cls === "LOC" && (hasKind(phraseBefore(phrases, span.first - 1), "team-verb") || hasKind(phraseAfter(phrases, span.last + 1), "team-verb"));
}
function withDatelinePlaces(sentences, spans) {
  const places = /* @__PURE__ */ new Map();
  sentences.forEach(({ sentence, view }, s) => {
    if (sentence.part !== "dateline") return;
    let last = -1;
    while (view.tokens[last + 1]?.kind === "word" && startsUpper(view.tokens[last + 1])) last += 1;
    if (last >= 0 && view.tokens.some((token) => token.kind === "number" || token.text === "(")) places.set(s, last);
  });
  const kept = spans.filter((span) => span.first > (places.get(span.sentence) ?? -1));
  return [...kept, ...mapPacked([...places], ([sentence, last]) => ({ sentence, first: 0, last, cls: "LOC" }))];
}
var MAX_PHRASE_TOKENS = 6;
var ADDED = [
  // kind, class, only in caseless lines
  ["organization", "ORG", false],
  ["institution", "ORG", false],
  ["country", "LOC", false],
  ["place", "LOC", false],
  ["demonym", "MISC", false],
  ["norp-group", "MISC", false],
  ["city", "LOC", true],
  ["region", "LOC", true]
];
function gazetteerNameAt(phrases, tokens, i, caseless, isTaken) {
  for (let last = Math.min(tokens.length - 1, i + MAX_PHRASE_TOKENS - 1); last >= i; last -= 1) {
    const kinds = kindsOfSpan(phrases, i, last);
    if (!kinds) continue;
    if (last === i && tokens[i].text.length <= 2 && !kinds.has("organization")) continue;
    if (Array.from({ length: last - i + 1 }, (_, k) => i + k).some(isTaken)) continue;
    const added = ADDED.find(([kind, , caselessOnly]) => kinds.has(kind) && (caseless || !caselessOnly));
    if (added) return { last, cls: added[1] };
  }
  return void 0;
}
var MAX_ORG_REACH = 5;
var ORG_CONNECTORS = /* @__PURE__ */ new Set(["of", "for", "&", "de"]);
function extendToOrganisations(sentences, spans) {
  const sorted = [...spans].sort((a, b) => a.sentence - b.sentence || a.first - b.first);
  const out = [];
  for (const span of sorted) {
    const previous = out.at(-1);
    if (previous && previous.sentence === span.sentence && previous.last >= span.first) continue;
    const { view, phrases, continues: continues2 } = sentences[span.sentence];
    let end = span.last;
    for (let k = span.last + 1; k <= span.last + MAX_ORG_REACH && continues2[k] === 1; k += 1) {
      const token = view.tokens[k];
      if (!ORG_CONNECTORS.has(token.text.toLowerCase()) && !startsUpper(token)) break;
      if (hasKind(kindsAt(phrases, k), "org-cue")) end = k;
    }
    out.push(end > span.last ? { ...span, last: end, cls: "ORG" } : span);
  }
  return out;
}
function joinedByAmpersand(sentences, spans) {
  const sorted = [...spans].sort((a, b) => a.sentence - b.sentence || a.first - b.first);
  const out = [];
  for (const span of sorted) {
    const previous = out.at(-1);
    const tokens = sentences[span.sentence].view.tokens;
    if (previous && previous.sentence === span.sentence && previous.last + 2 === span.first && tokens[span.first - 1]?.text === "&") out[out.length - 1] = { ...previous, last: span.last, cls: "ORG" };
    else out.push(span);
  }
  return out;
}
function withEvent(sentences, span) {
  const next2 = sentences[span.sentence].view.tokens[span.last + 1];
  if (!next2 || !startsUpper(next2) || !hasKind(kindsOf(next2.text.toLowerCase()), "event-cue", "law-cue")) return span;
  return { ...span, last: span.last + 1, cls: "MISC" };
}
function isLawWordAt({ view, phrases }, i) {
  return !view.caseless && i > 0 && phrases.lowers[i - 1] === "the" && hasKind(kindsAt(phrases, i), "law-cue");
}

// src/stages/04-entities/resolve.ts
var DIRECTIONS = /* @__PURE__ */ new Set(["north", "south", "east", "west", "middle", "central", "northern", "southern", "eastern", "western", "upper", "lower", "far", "near"]);
var MAX_ROLE_TOKENS2 = 4;
function typeOf(name) {
  const kinds = kindsOfSpan(name.phrases, name.first, name.last);
  const head = kindsAt(name.phrases, name.last);
  switch (name.cls) {
    case "PER":
      return "PERSON";
    case "ORG":
      return "ORG";
    case "LOC":
      if (hasKind(kinds, "country", "city", "region")) return "GPE";
      if (hasKind(kinds, "place")) return "LOC";
      if (hasKind(head, "facility-cue")) return "FAC";
      if (hasKind(head, "place-cue") || DIRECTIONS.has(name.tokens[name.first].text.toLowerCase())) return "LOC";
      return "GPE";
    case "MISC":
      if (hasKind(kinds, "demonym", "norp-group")) return "NORP";
      if (hasKind(head, "event-cue")) return "EVENT";
      if (hasKind(head, "law-cue")) return "LAW";
      return /(an|ese|ish|i)$/i.test(name.mention.text) ? "NORP" : "EVENT";
  }
}
function roleOf(name) {
  let start = name.first;
  for (let found = true; found; ) {
    found = false;
    for (let length = Math.min(MAX_ROLE_TOKENS2, start); length >= 1; length -= 1) {
      if (!hasKind(kindsOfSpan(name.phrases, start - length, start - 1), "person-title")) continue;
      start -= length;
      found = true;
      break;
    }
  }
  return start < name.first ? [name.tokens[start].start, name.tokens[name.first - 1].end] : void 0;
}
var ASCII = /^[\x00-\x7f]*$/;
var slug = (text) => (ASCII.test(text) ? text.toLowerCase().replace(/[^a-z0-9]+/g, "-") : text.toLowerCase().normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, "-")).replace(/^-|-$/g, "");
var words = (text) => text.toLowerCase().split(/\s+/).filter(Boolean);
function partOfName(short, long) {
  if (short.length >= long.length) return false;
  for (let i = 0; i + short.length <= long.length; i += 1) if (short.every((word, k) => word === long[i + k])) return true;
  return false;
}
var withoutInitials = (form) => form.filter((word, i) => i === 0 || i === form.length - 1 || !/^\p{L}\.?$/u.test(word));
var PART_TYPES = /* @__PURE__ */ new Set(["PERSON", "ORG", "LAW"]);
var ABBREVIATED_TYPES = /* @__PURE__ */ new Set(["ORG", "LAW", "EVENT", "FAC", "PRODUCT", "WORK_OF_ART"]);
var MAX_INDEXED_WORDS = 6;
var FormIndex = class {
  parts = /* @__PURE__ */ new Map();
  acronyms = /* @__PURE__ */ new Map();
  added = /* @__PURE__ */ new Set();
  /** Forms that hold parts longer than MAX_INDEXED_WORDS. */
  long = [];
  add(group, form) {
    const added = `${group.order} ${form.join(" ")}`;
    if (this.added.has(added)) return;
    this.added.add(added);
    if (PART_TYPES.has(group.type)) {
      for (let i = 0; i < form.length; i += 1) {
        let part = `${group.type} ${form[i]}`;
        for (let length = 1; length < form.length && length <= MAX_INDEXED_WORDS && i + length <= form.length; length += 1) {
          if (length > 1) part += ` ${form[i + length - 1]}`;
          addTo(this.parts, part, group);
        }
      }
      if (form.length > MAX_INDEXED_WORDS + 1) this.long.push({ group, form });
    }
    const plain = group.type === "PERSON" ? withoutInitials(form) : form;
    if (plain.length < form.length) addTo(this.parts, `${group.type} ${plain.join(" ")}`, group);
    if (ABBREVIATED_TYPES.has(group.type)) for (const acronym of acronymsOf(form)) addTo(this.acronyms, acronym, group);
  }
  /** The groups of `type` with a longer form that `form` is part of, and those the acronym `letters` abbreviates. */
  find(type, form, letters) {
    const found = /* @__PURE__ */ new Set();
    if (form.length <= MAX_INDEXED_WORDS) for (const group of this.parts.get(`${type} ${form.join(" ")}`) ?? []) found.add(group);
    else for (const { group, form: long } of this.long) if (group.type === type && partOfName(form, long)) found.add(group);
    if (letters !== void 0) for (const group of this.acronyms.get(letters) ?? []) found.add(group);
    return [...found];
  }
};
function addTo(map, key, group) {
  const groups = map.get(key);
  if (groups) groups.add(group);
  else map.set(key, /* @__PURE__ */ new Set([group]));
}
var firstNamed = (groups) => groups.reduce((first, group) => first === void 0 || group.firstStart < first.firstStart ? group : first, void 0);
var singular = (key) => key.replace(/(?<=[^s])s$/, "");
function resolveEntities(doc, names) {
  const groups = [];
  const byKey = /* @__PURE__ */ new Map();
  const forms = new FormIndex();
  const ordered = [...names].sort((a, b) => b.last - b.first - (a.last - a.first) || a.mention.start - b.mention.start);
  for (const name of ordered) {
    const type = typeOf(name);
    const role = name.cls === "PER" ? roleOf(name) : void 0;
    if (role) name.mention.role = doc.text.slice(role[0], role[1]);
    const key = withoutArticle(spanKey(name.phrases, name.first, name.last));
    const canonical = canonicalName(key) ?? (type === "NORP" ? singular(key) : void 0);
    const form = words(key);
    const groupKey = `${type}:${canonical ?? key}`;
    const letters = form.length === 1 && !/^\p{L}\.\p{L}\.?$/u.test(name.mention.text) ? acronymLetters(name.mention.text) : void 0;
    const candidates = canonical === void 0 && (PART_TYPES.has(type) || letters !== void 0) ? forms.find(type, form, letters) : [];
    let group = candidates.length > 1 ? firstNamed(candidates) : byKey.get(groupKey) ?? candidates[0];
    if (!group) {
      group = { type, canonical: canonical || void 0, mentions: [], order: groups.length, firstStart: name.mention.start };
      groups.push(group);
    }
    byKey.set(groupKey, group);
    group.mentions.push(name.mention);
    group.firstStart = Math.min(group.firstStart, name.mention.start);
    forms.add(group, form);
  }
  return mapPacked(groups, (group) => toEntity(group.type, group.mentions, group.canonical));
}
function numericEntities(doc) {
  const groups = /* @__PURE__ */ new Map();
  for (const found of doc.numericEntities) {
    const token = doc.tokens[tokenIndexAt(doc.tokens, found.start)];
    const sentence = token ? doc.sentences[token.sentence] : void 0;
    if (!sentence) continue;
    const key = `${found.type}:${found.text.toLowerCase()}`;
    const group = groups.get(key) ?? { type: found.type, mentions: [] };
    group.mentions.push({ start: found.start, end: found.end, text: found.text, sentence: sentence.index, section: sentence.section });
    groups.set(key, group);
  }
  return mapPacked([...groups.values()], (group) => toEntity(group.type, group.mentions));
}
function tokenIndexAt(tokens, offset) {
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const middle = low + high >> 1;
    if (tokens[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
function toEntity(type, unsorted, canonical) {
  const mentions = [...unsorted].sort((a, b) => a.start - b.start);
  const counted = mentions.filter((mention) => !mention.boilerplate);
  const first = counted[0] ?? mentions[0];
  const longest = mentions.reduce((longest2, mention) => mention.text.length > longest2.length ? mention.text : longest2, first.text);
  const name = /^the\s/i.test(longest) && mentions.some((mention) => mention.text === longest.slice(4)) ? longest.slice(4) : longest;
  const aliases = [name, ...new Set(mapPacked(mentions, (mention) => mention.text).filter((text) => text !== name))];
  const firstMention = { start: first.start, end: first.end, text: first.text };
  const entity = { id: `${type}:${slug(canonical ?? name).replace(/^the-(?=.)/, "")}`, name, type, mentions, aliases, count: counted.length, salience: 0, firstMention };
  const party = agreed(mapPacked(mentions, (mention) => mention.party));
  const state = agreed(mapPacked(mentions, (mention) => mention.state));
  if (party) entity.party = party;
  if (state) entity.state = state;
  return entity;
}
function agreed(values) {
  const written = new Set(values.filter((value) => value !== void 0));
  return written.size === 1 ? [...written][0] : void 0;
}

// src/stages/04-entities/salience.ts
var SALIENCE_SIGNALS = ["count", "title", "lead", "heading", "spread", "earliness"];
var load4 = () => loadOnce("salience-weights", () => readDataFile("models/salience-weights.json"));
function salienceInfo() {
  const { id, version: version2, source, licence } = load4();
  return { id, version: version2, source, licence };
}
function salienceSignals(doc, entity, maxCount) {
  const mentions = entity.mentions.filter((mention) => !mention.boilerplate);
  if (mentions.length === 0) return void 0;
  const parts = /* @__PURE__ */ new Set();
  const sections = /* @__PURE__ */ new Set();
  for (const mention of mentions) {
    parts.add(doc.sentences[mention.sentence]?.part);
    if (mention.section !== null) sections.add(mention.section);
  }
  const leadIsUntitled = doc.structure.sections[0]?.heading === void 0;
  return {
    count: Math.log1p(entity.count) / Math.log1p(Math.max(1, maxCount)),
    title: Number(parts.has("title")),
    lead: Number(parts.has("subtitle") || leadIsUntitled && sections.has(0)),
    heading: Number(parts.has("heading")),
    spread: sections.size / Math.max(1, doc.structure.sections.length),
    earliness: 1 - entity.firstMention.start / Math.max(1, doc.text.length)
  };
}
function combine(signals, by) {
  return SALIENCE_SIGNALS.reduce((sum, signal) => sum + by[signal] * signals[signal], 0);
}
function scoreSalience(doc, entities) {
  const maxCount = entities.reduce((max, entity) => Math.max(max, entity.count), 1);
  for (const entity of entities) {
    const signals = salienceSignals(doc, entity, maxCount);
    entity.salience = signals ? Math.round(combine(signals, load4().weights) * 1e3) / 1e3 : 0;
  }
}

// src/stages/04-entities/sentences.ts
var HEADLINE_PARTS = /* @__PURE__ */ new Set(["kicker", "title", "subtitle", "heading", "boilerplate"]);
function annotatedSentences(doc) {
  const sentences = doc.sentences;
  const lexicon2 = wordLexicon();
  const ids = lexicon2.idsOf(doc.tokens);
  const annotated = mapPacked(sentences, (sentence) => {
    const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    const textIds = ids.subarray(sentence.tokenStart, sentence.tokenEnd);
    const lowers = new Array(tokens.length);
    const words2 = new Array(tokens.length);
    for (let i = 0; i < tokens.length; i += 1) {
      const lower = lexicon2.lowerId(textIds[i]);
      lowers[i] = lexicon2.lowers[lower];
      words2[i] = lexicon2.phrases[lower];
    }
    const view = sentenceView(tokens, lowers, gazetteerHits(lowers, words2), HEADLINE_PARTS.has(sentence.part), textIds);
    return { sentence, view, phrases: { lowers, words: words2 }, continues: nameContinuations(view, doc.text) };
  });
  return { sentences: annotated, docView: documentView(mapPacked(annotated, ({ view }) => view)) };
}

// src/stages/04-entities/index.ts
function entityStage(doc) {
  const tagger = nameTagger();
  const scorer = staticScorer();
  const { sentences, docView } = annotatedSentences(doc);
  const tagged = sentences.flatMap(({ view, continues: continues2 }, s) => {
    return mapPacked(spansOf(tagger.tag(scorer.score(view, docView), continues2)), ({ first, last, cls }) => ({ sentence: s, first, last, cls }));
  });
  const found = harmonise(sentences, bracketedAcronyms(sentences, refine(sentences, tagged))).filter((span) => canName(sentences[span.sentence].view.tokens, span.first, span.last));
  const names = mapPacked(found, (span) => {
    const { sentence, view, phrases } = sentences[span.sentence];
    const first = view.tokens[span.first];
    const last = view.tokens[span.last];
    const mention = { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end), sentence: sentence.index, section: sentence.section };
    if (sentence.part === "boilerplate") mention.boilerplate = true;
    return { tokens: view.tokens, phrases, first: span.first, last: span.last, cls: span.cls, mention };
  });
  const timeTokens = /* @__PURE__ */ new Set();
  for (const found2 of doc.numericEntities) {
    if (found2.type !== "DATE" && found2.type !== "TIME") continue;
    for (let t = tokenIndexAt(doc.tokens, found2.start); (doc.tokens[t]?.end ?? Infinity) <= found2.end; t += 1) timeTokens.add(doc.tokens[t].start);
  }
  const tags = withPartyTags(doc.text, names);
  const named = names.filter((name) => (name.first < name.last || !timeTokens.has(name.mention.start)) && !tags.some((tag) => name.mention.start >= tag.start && name.mention.end <= tag.end));
  const entities = [...resolveEntities(doc, named), ...numericEntities(doc)];
  scoreSalience(doc, entities);
  doc.entities = entities.sort((a, b) => b.salience - a.salience || a.firstMention.start - b.firstMention.start);
}
function withPartyTags(text, names) {
  const tags = [];
  for (const { cls, mention } of names) {
    const tag = cls === "PER" ? partyTagAt(text, mention.end) : void 0;
    if (!tag) continue;
    mention.party = tag.party;
    if (tag.state) mention.state = tag.state;
    tags.push(tag);
  }
  return tags;
}

// src/stages/05-quotes/marks.ts
var DOUBLE_OPEN = /* @__PURE__ */ new Set(["\u201C", '"', "\xAB", "\u201E"]);
var DOUBLE_CLOSE = /* @__PURE__ */ new Set(["\u201D", '"', "\xBB"]);
var SINGLE_OPEN = /* @__PURE__ */ new Set(["\u2018", "'"]);
var SINGLE_CLOSE = /* @__PURE__ */ new Set(["\u2019", "'"]);
var MOST_SINGLE_TOKENS = 60;
var isWordChar = (char) => char !== void 0 && /[\p{L}\p{N}]/u.test(char);
function doubleMarkAt(tokens, k) {
  const token = tokens[k];
  if (DOUBLE_OPEN.has(token.text) || DOUBLE_CLOSE.has(token.text)) return 1;
  const next2 = tokens[k + 1];
  return token.text === "'" && next2?.text === "'" && next2.start === token.end ? 2 : 0;
}
var isStraight = (tokens, k) => tokens[k].text === '"' || tokens[k].text === "'";
function tokenUnits(doc) {
  const units = new Int32Array(doc.tokens.length);
  let unit = 0;
  doc.tokens.forEach((token, k) => {
    while (unit < doc.units.length - 1 && doc.units[unit].end <= token.start) unit += 1;
    units[k] = unit;
  });
  return units;
}
function quotedStretches(doc, units) {
  const { tokens, sentences, text } = doc;
  const found = [];
  let open = -1;
  let pieceStart = 0;
  let pieces = [];
  let single = -1;
  const finish = (close, lastPieceEnd) => {
    pieces.push([pieceStart, lastPieceEnd]);
    let words2 = 0;
    for (const [from, to] of pieces) for (let k = from; k < to; k += 1) if (isWord(tokens[k])) words2 += 1;
    found.push({ open, close, pieces, words: words2 });
    open = -1;
  };
  for (let k = 0; k < tokens.length; k += 1) {
    const token = tokens[k];
    if (sentences[token.sentence]?.part === "boilerplate") continue;
    const newUnit = k > 0 && units[k] !== units[k - 1];
    if (newUnit) single = -1;
    const mark = doubleMarkAt(tokens, k);
    const past = k + mark;
    if (open >= 0 && newUnit) {
      if (mark > 0 && (mark === 2 || DOUBLE_OPEN.has(token.text))) {
        pieces.push([pieceStart, k]);
        pieceStart = past;
        k = past - 1;
        continue;
      }
      if (isStraight(tokens, open)) open = -1;
      else finish(-1, k);
    }
    if (open >= 0) {
      if (token.text === "\u201C") {
        open = k;
        pieceStart = k + 1;
        pieces = [];
      } else if (mark === 2 || DOUBLE_CLOSE.has(token.text)) {
        finish(past - 1, k);
        k = past - 1;
      }
      continue;
    }
    if (mark === 2 || DOUBLE_OPEN.has(token.text)) {
      open = k;
      pieceStart = past;
      pieces = [];
      single = -1;
      k = past - 1;
      continue;
    }
    if (single >= 0 && SINGLE_CLOSE.has(token.text) && !/\s/.test(text.charAt(token.start - 1)) && !isWordChar(text.charAt(token.end))) {
      if (k - single - 1 > 0) {
        const pieceRange = [single + 1, k];
        let words2 = 0;
        for (let w = single + 1; w < k; w += 1) if (isWord(tokens[w])) words2 += 1;
        found.push({ open: single, close: k, pieces: [pieceRange], words: words2 });
      }
      single = -1;
    } else if (SINGLE_OPEN.has(token.text) && !isWordChar(text.charAt(token.start - 1)) && isWordChar(text.charAt(token.end))) single = k;
    else if (single >= 0 && k - single > MOST_SINGLE_TOKENS) single = -1;
  }
  if (open >= 0 && !isStraight(tokens, open)) finish(-1, tokens.length);
  return found;
}
var isWord = (token) => token.kind === "word" || token.kind === "number";

// src/stages/05-quotes/phrases.ts
var ACCORDING_WORD = "according";
var ACCORDING = { words: [ACCORDING_WORD, "to"], lemma: "according to", loaded: false, belief: false, closing: false };
var lemmaOf = (token) => token.lemma ?? token.text.toLowerCase();
function cueAt(tokens, k, end) {
  const token = tokens[k];
  if (token.text.length === ACCORDING_WORD.length && token.text.toLowerCase() === ACCORDING_WORD && k + 1 < end && lemmaOf(tokens[k + 1]) === "to") return { first: k, last: k + 1, cue: ACCORDING };
  if (token.pos !== "VERB" || token.text.length > 1 && token.text === token.text.toUpperCase()) return void 0;
  const candidates = reportingCues().get(lemmaOf(token));
  if (!candidates) return void 0;
  for (const cue of candidates) {
    let matches = k + cue.words.length <= end;
    for (let w = 1; matches && w < cue.words.length; w += 1) matches = lemmaOf(tokens[k + w]) === cue.words[w];
    if (matches) return { first: k, last: k + cue.words.length - 1, cue };
  }
  return void 0;
}
var NOUNISH = /* @__PURE__ */ new Set(["PROPN", "NOUN", "NUM"]);
var MODIFIER = /* @__PURE__ */ new Set(["DET", "ADJ", "PROPN", "NOUN", "NUM"]);
var INNER_PREPOSITIONS = /* @__PURE__ */ new Set(["of", "for", "at", "with", "from", "in", "on"]);
var SUBJECT_PRONOUNS = /* @__PURE__ */ new Set(["he", "she", "they", "it", "i", "we", "you", "who", "which", "that", "this", "some", "many", "others", "both", "each", "most", "few", "several", "one"]);
var isNamePunctuation = (token) => token.text === "-" || token.text === "." || token.text === "&";
var MOST_SOURCE_TOKENS = 12;
var NOT_NAMES = /* @__PURE__ */ new Set(["PRON", "DET", "ADP", "ADV", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT", "INTJ"]);
var isCapitalised2 = (token) => /^\p{Lu}/u.test(token.text) && !NOT_NAMES.has(token.pos);
function phraseEndingAt(tokens, last, floor) {
  const head = tokens[last];
  if (!head || last < floor) return void 0;
  const word = head.text.toLowerCase();
  if (head.pos === "PRON" || head.pos === "DET") return SUBJECT_PRONOUNS.has(word) ? [last, last] : void 0;
  if (!NOUNISH.has(head.pos) && !isCapitalised2(head)) return void 0;
  let first = last;
  for (let k = last - 1; k >= floor && last - k < MOST_SOURCE_TOKENS; k -= 1) {
    const token = tokens[k];
    const word2 = token.text.toLowerCase();
    if (MODIFIER.has(token.pos) || token.pos === "PART" || token.pos === "PRON" && /^(his|her|their|its|our|my|your)$/.test(word2) || isCapitalised2(token)) first = k;
    else if (isNamePunctuation(token) && k > floor && tokens[k - 1].pos === "PROPN") continue;
    else if (INNER_PREPOSITIONS.has(word2) && token.pos === "ADP" || word2 === "and" && NOUNISH.has(tokens[k - 1]?.pos ?? "")) continue;
    else break;
  }
  while (first < last && !MODIFIER.has(tokens[first].pos) && tokens[first].pos !== "PRON" && !isCapitalised2(tokens[first])) first += 1;
  return [first, last];
}
function phraseStartingAt(tokens, first, end) {
  const start = tokens[first];
  if (!start || first >= end) return void 0;
  if (start.pos === "PRON") return SUBJECT_PRONOUNS.has(start.text.toLowerCase()) ? [first, first] : void 0;
  let last = -1;
  for (let k = first; k < end && k - first < MOST_SOURCE_TOKENS; k += 1) {
    const token = tokens[k];
    const word = token.text.toLowerCase();
    if (MODIFIER.has(token.pos) || token.pos === "PART" || token.pos === "PRON" && /^(his|her|their|its|our|my|your)$/.test(word)) {
      if (NOUNISH.has(token.pos)) last = k;
    } else if (isNamePunctuation(token) && last === k - 1 && tokens[k + 1]?.pos === "PROPN") continue;
    else if (token.text === "." && last === k - 1) continue;
    else if (last >= 0 && (INNER_PREPOSITIONS.has(word) && token.pos === "ADP" || word === "and")) continue;
    else break;
  }
  return last >= 0 ? [first, last] : void 0;
}

// src/shared/person-gender.ts
var GENDERED_PRONOUNS = new Map([
  ...mapPacked(["he", "him", "his", "himself"], (word) => [word, "male"]),
  ...mapPacked(["she", "her", "hers", "herself"], (word) => [word, "female"])
]);
var TITLE_GENDERS = new Map([
  ...mapPacked(["mr", "mister", "sir"], (title) => [title, "male"]),
  ...mapPacked(["mrs", "ms", "miss", "madam", "madame", "dame"], (title) => [title, "female"])
]);
var TITLE_WEIGHT = 5;
var GIVEN_NAME_WEIGHT = 3;
var givenNamesFile = () => loadOnce("given-name-genders", () => readDataFile("lexicons/given-name-genders.json"));
var givenNameGenders = () => loadOnce("given-name-gender-map", () => new Map(givenNamesFile().entries.flatMap(({ kind, names }) => mapPacked(names, (name) => [name, kind]))));
var givenNameGendersInfo = () => lexiconInfo(givenNamesFile());
function personGenders(doc, mentions, quotedAt) {
  const votes = /* @__PURE__ */ new Map();
  const vote = (entity, gender, weight) => {
    votes.set(entity, (votes.get(entity) ?? 0) + (gender === "male" ? weight : -weight));
  };
  const named = /* @__PURE__ */ new Set();
  for (const { entity, role } of mentions) {
    if (entity.type !== "PERSON") continue;
    const gender = role ? TITLE_GENDERS.get(role.replace(/\.$/, "")) : void 0;
    if (gender) vote(entity, gender, TITLE_WEIGHT);
    if (named.has(entity)) continue;
    named.add(entity);
    const words2 = entity.name.toLowerCase().split(/\s+/);
    const given = words2.length > 1 ? givenNameGenders().get(words2[0]) : void 0;
    if (given) vote(entity, given, GIVEN_NAME_WEIGHT);
  }
  let next2 = 0;
  for (const token of doc.tokens) {
    if (token.kind !== "word" || token.text.length > 7 || token.pos !== "PRON" && token.pos !== "DET") continue;
    const gender = GENDERED_PRONOUNS.get(token.text.toLowerCase());
    const sentence = doc.sentences[token.sentence];
    if (!gender || !sentence || sentence.part === "boilerplate" || quotedAt(token.start)) continue;
    const from = (doc.sentences[token.sentence - 1] ?? sentence).start;
    while (next2 < mentions.length && mentions[next2].start < token.start) next2 += 1;
    const only = onlyPerson(mentions, from, next2);
    if (only) vote(only, gender, 1);
  }
  const genders = /* @__PURE__ */ new Map();
  for (const [entity, balance] of votes) if (balance !== 0) genders.set(entity, balance > 0 ? "male" : "female");
  return genders;
}
function onlyPerson(mentions, from, before) {
  let only;
  for (let m = before - 1; m >= 0; m -= 1) {
    const mention = mentions[m];
    if (mention.start < from) break;
    if (mention.quoted || mention.entity.type !== "PERSON") continue;
    if (only && only !== mention.entity) return void 0;
    only = mention.entity;
  }
  return only;
}

// src/shared/antecedents.ts
var PERSON_PRONOUNS = /* @__PURE__ */ new Set(["he", "she", "him", "her"]);
var GROUP_PRONOUNS = /* @__PURE__ */ new Set(["they", "who", "them"]);
var THING_PRONOUNS = /* @__PURE__ */ new Set(["it", "which"]);
var PERSON_REFERENCES = new Set(GENDERED_PRONOUNS.keys());
var MOST_MENTIONS_BACK = 60;
var REFERRING_TYPES = /* @__PURE__ */ new Set(["PERSON", "ORG", "GPE", "NORP"]);
function typesFor(word) {
  if (PERSON_REFERENCES.has(word)) return ["PERSON"];
  if (GROUP_PRONOUNS.has(word)) return ["PERSON", "ORG", "NORP", "GPE"];
  if (THING_PRONOUNS.has(word)) return ["ORG", "GPE"];
  return [];
}
var MentionIndex = class {
  constructor(doc, quotedAt) {
    this.doc = doc;
    this.quotedAt = quotedAt;
    this.mentions = doc.entities.filter((entity) => REFERRING_TYPES.has(entity.type)).flatMap((entity) => mapPacked(entity.mentions.filter((mention) => !mention.boilerplate), (mention) => ({ start: mention.start, end: mention.end, entity, role: mention.role?.toLowerCase(), quoted: this.quotedAt(mention.start) }))).sort((a, b) => a.start - b.start);
  }
  doc;
  quotedAt;
  mentions;
  genders;
  /**
   * The mention a pronoun (lower case) at `before` refers to: the latest compatible one outside
   * quotation marks, never `speaker` (an entity id), the speaker of a quotation the pronoun is
   * in, who would say "I" of themselves (the speaker constraint of Lee et al. 2013, "Deterministic
   * coreference resolution based on entity-centric, precision-ranked rules", Computational
   * Linguistics 39(4)).
   */
  antecedent(word, before, speaker) {
    const wanted = typesFor(word);
    if (wanted.length === 0) return void 0;
    const gender = GENDERED_PRONOUNS.get(word);
    const genders = gender && (this.genders ??= personGenders(this.doc, this.mentions, this.quotedAt));
    return this.latest(before, (mention) => !mention.quoted && wanted.includes(mention.entity.type) && mention.entity.id !== speaker && (!genders || (genders.get(mention.entity) ?? gender) === gender));
  }
  /** The index of the first mention starting at or after `offset`. */
  firstFrom(offset) {
    let low = 0;
    let high = this.mentions.length;
    while (low < high) {
      const mid = low + high >>> 1;
      if (this.mentions[mid].start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
  /** The mention holding the text [start, end). */
  mentionAt(start, end) {
    const after = this.firstFrom(end);
    for (let m = after - 1; m >= 0 && m >= after - 8; m -= 1) {
      const mention = this.mentions[m];
      if (mention.start <= start && mention.end >= end) return mention;
    }
    return void 0;
  }
  /** The latest mention before `before` that `fits`, within MOST_MENTIONS_BACK mentions. */
  latest(before, fits) {
    const from = this.firstFrom(before) - 1;
    for (let m = from; m >= 0 && from - m < MOST_MENTIONS_BACK; m -= 1) if (fits(this.mentions[m])) return this.mentions[m];
    return void 0;
  }
};

// src/stages/05-quotes/speakers.ts
var quoteSources = () => loadOnce("quote-sources", () => readDataFile("lexicons/quote-sources.json"));
var sourceKinds = () => loadOnce("quote-source-kinds", () => new Map(mapPacked(quoteSources().entries, (entry2) => [entry2.match, entry2.kind])));
var typeOf2 = (type) => type === "PERSON" ? "person" : "organization";
var Speakers = class {
  constructor(doc, quotedAt) {
    this.doc = doc;
    this.index = new MentionIndex(doc, quotedAt);
    for (const entity of doc.entities) {
      if (entity.type !== "PERSON" && entity.type !== "ORG") continue;
      for (const alias of entity.aliases) for (const part of alias.toLowerCase().split(/\s+/)) if (part.length > 2 && !this.byNameWord.has(part)) this.byNameWord.set(part, entity);
    }
  }
  doc;
  index;
  /** Named entities by each word of their names, lower-case: a name the tagger missed ("Trump" in a headline) found by another mention's words. */
  byNameWord = /* @__PURE__ */ new Map();
  /** The speaker of the source at tokens `[first, last]`. */
  resolve(first, last) {
    const tokens = this.doc.tokens;
    const head = headOf(tokens, first, last);
    const headToken = tokens[head];
    const word = headToken.text.toLowerCase();
    if (headToken.pos === "PRON" || PERSON_PRONOUNS.has(word) || GROUP_PRONOUNS.has(word) || THING_PRONOUNS.has(word)) return this.pronoun(word, tokens[first].start);
    const named = this.index.mentionAt(headToken.start, headToken.end);
    if (named) return { speaker: named.entity.id, speakerType: typeOf2(named.entity.type) };
    const byName = headToken.pos === "PROPN" ? this.byNameWord.get(word) : void 0;
    if (byName) return { speaker: byName.id, speakerType: typeOf2(byName.type) };
    const kind = sourceKinds().get(word) ?? sourceKinds().get(headToken.lemma ?? word);
    if (kind === "person") {
      const described = this.index.latest(headToken.start, (mention) => mention.entity.type === "PERSON" && mention.role !== void 0 && roleNames(mention.role, word, headToken.lemma));
      return { speaker: described?.entity.id ?? null, speakerType: "person" };
    }
    if (kind) return { speaker: null, speakerType: kind };
    return { speaker: null, speakerType: "unknown" };
  }
  pronoun(word, before) {
    const found = PERSON_PRONOUNS.has(word) || GROUP_PRONOUNS.has(word) || THING_PRONOUNS.has(word) ? this.index.antecedent(word, before) : void 0;
    if (found) return { speaker: found.entity.id, speakerType: typeOf2(found.entity.type) };
    return { speaker: null, speakerType: PERSON_PRONOUNS.has(word) ? "person" : "unknown" };
  }
};
function roleNames(role, word, lemma) {
  const bare2 = role.replace(/\.$/, "");
  return bare2 === word || bare2 === lemma || word.startsWith(bare2) && bare2.length >= 3;
}
function headOf(tokens, first, last) {
  const head = lastWordBefore(tokens, first, last);
  if (tokens[head]?.pos === "PROPN") return head;
  for (let k = head + 1; k < last; k += 1) {
    if (tokens[k]?.text !== ",") continue;
    const second = lastWordBefore(tokens, k + 1, last);
    return /^\p{Lu}/u.test(tokens[second]?.text ?? "") ? second : head;
  }
  return head;
}
function lastWordBefore(tokens, first, last) {
  let head = first;
  for (let k = first; k <= last; k += 1) {
    const token = tokens[k];
    if (token.text === "," || token.pos === "ADP" || token.text === "(") break;
    if (token.pos !== "PUNCT" && token.pos !== "PART") head = k;
  }
  return head;
}

// src/stages/05-quotes/reader.ts
var ADDRESSED = /* @__PURE__ */ new Set(["tell", "ask", "inform", "assure", "warn", "remind", "urge", "advise", "caution", "promise"]);
var NEXT_CLAUSE = /* @__PURE__ */ new Set(["and", "but", "while", "as", "although", "though", "whereas"]);
var CLAUSE_BREAKS = /* @__PURE__ */ new Set([",", ".", ";", ":", "!", "?", "\u2014", "\u2013"]);
var TRIMMED = /* @__PURE__ */ new Set([",", ";", ":", "\u2014", "\u2013", "-", "(", ")"]);
var BETWEEN = /* @__PURE__ */ new Set(["AUX", "ADV", "PART"]);
var VERBS = /* @__PURE__ */ new Set(["VERB", "AUX"]);
var RELATIVE = /* @__PURE__ */ new Set(["who", "whose"]);
var MOST_CLAUSE_TOKENS = 25;
var MOST_TAIL_TOKENS = 10;
var AttributionReader = class {
  constructor(doc) {
    this.doc = doc;
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
      const end = stretch.close >= 0 ? stretch.close : stretch.pieces.at(-1)[1] - 1;
      for (let k = stretch.open; k <= end; k += 1) this.stretchOf[k] = s;
      this.openOf[stretch.open] = s;
      if (stretch.close >= 0) this.closeOf[stretch.close] = s;
    });
  }
  doc;
  tokens;
  /** The unit (paragraph) of each token. */
  units;
  stretches;
  /** For each token, the stretch whose marks enclose it (marks included), or -1. */
  stretchOf;
  /** The stretch a token opens or closes, or -1. */
  openOf;
  closeOf;
  /** Tokens an attribution has taken (content, cue or source). */
  owned;
  used;
  /** Is the character at `offset` inside quotation marks? */
  quotedAt(offset) {
    const span = this.doc.charSpan(offset, offset + 1, "expand");
    return span !== void 0 && this.stretchOf[span.tokenStart] !== -1;
  }
  read() {
    const drafts = [];
    for (const sentence of this.doc.sentences) {
      if (sentence.part === "boilerplate") continue;
      let previous = this.headline(sentence);
      if (previous) this.claim(previous, drafts);
      for (let k = sentence.tokenStart; k < sentence.tokenEnd; k += 1) {
        if (this.stretchOf[k] !== -1 || this.owned[k]) continue;
        const cue = cueAt(this.tokens, k, sentence.tokenEnd);
        if (!cue) continue;
        const draft = this.attribute(sentence, cue, previous);
        if (draft) this.claim(draft, drafts), previous = draft;
        k = cue.last;
      }
    }
    const claimedBy = this.draftsOfStretches(drafts);
    const speakersOfUnits = this.speakersOfUnits(drafts);
    this.stretches.forEach((stretch, s) => {
      if (this.used[s] || this.owned[stretch.open]) return;
      const before = s > 0 ? claimedBy[s - 1] : void 0;
      const near = this.nearestSpeaker(speakersOfUnits, stretch);
      const goesOn = before && before.cue && this.unbroken(this.stretches[s - 1].close, stretch.open) ? before : void 0;
      const introduced = goesOn ? void 0 : this.introducedByColon(stretch);
      const joins = goesOn ?? near;
      if (introduced) this.claim(introduced, drafts), claimedBy[s] = introduced;
      else if (joins) {
        joins.content = [...joins.content, ...stretch.pieces].sort((a, b) => a[0] - b[0]);
        claimedBy[s] = joins;
        this.used[s] = 1;
      } else if (stretch.words >= 3) {
        const draft = { content: stretch.pieces, cue: null, source: null };
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
  introducedByColon(stretch) {
    const colon = stretch.open - 1;
    const token = this.tokens[colon];
    if (token?.text !== ":" || this.owned[colon]) return void 0;
    const sentence = this.doc.sentences[token.sentence];
    const source = this.subjectOf(sentence, colon);
    return source && !this.owned[source[0]] ? { content: stretch.pieces, cue: { first: colon, last: colon, lemma: ":", loaded: false }, source } : void 0;
  }
  /** The drafts with a source, by the unit (paragraph) of their cue, in text order. */
  speakersOfUnits(drafts) {
    const of = /* @__PURE__ */ new Map();
    for (const draft of drafts) {
      if (!draft.source || !draft.cue) continue;
      const unit = this.units[draft.cue.first];
      const list = of.get(unit) ?? [];
      list.push(draft);
      of.set(unit, list);
    }
    for (const list of of.values()) list.sort((a, b) => a.cue.first - b.cue.first);
    return of;
  }
  /** The attribution nearest a quotation in its paragraph, the one before it first: a paragraph of quotations is mostly one speaker's. */
  nearestSpeaker(speakers, stretch) {
    const unit = this.units[stretch.open];
    const list = speakers.get(unit);
    if (!list) return void 0;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = low + high >>> 1;
      if (list[mid].cue.first > stretch.open) high = mid;
      else low = mid + 1;
    }
    return list[low - 1] ?? list[low];
  }
  /** The draft whose content holds each stretch's opening mark or words. */
  draftsOfStretches(drafts) {
    const of = new Array(this.stretches.length);
    for (const draft of drafts)
      for (const [from, to] of draft.content) {
        const inside = this.stretchOf[from];
        if (inside >= 0) of[inside] = draft;
        for (let k = Math.max(from - 1, 0); k < to; k += 1) if (this.openOf[k] >= 0) of[this.openOf[k]] = draft;
      }
    return of;
  }
  /** Tokens `from`..`to` lie in one paragraph and no attribution has any of them: the speaker has not changed. */
  unbroken(from, to) {
    if (from < 0 || to - from > 80 || this.units[from] !== this.units[to]) return false;
    for (let k = from + 1; k < to; k += 1) if (this.owned[k]) return false;
    return true;
  }
  claim(draft, drafts) {
    for (const [from, to] of draft.content)
      for (let k = from; k < to; k += 1) {
        this.owned[k] = 1;
        const opened = this.openOf[k];
        if (opened >= 0) this.used[opened] = 1;
        const s = this.stretchOf[k];
        if (s >= 0) this.used[s] = 1;
      }
    if (draft.cue) for (let k = draft.cue.first; k <= draft.cue.last; k += 1) this.owned[k] = 1;
    if (draft.source) for (let k = draft.source[0]; k <= draft.source[1]; k += 1) this.owned[k] = 1;
    drafts.push(draft);
  }
  /** A headline's or a sentence's opening "Name: what they said" ("Trump: 'We will win'"). */
  headline(sentence) {
    const { tokens } = this;
    if (this.stretchOf[sentence.tokenStart] !== -1 || this.owned[sentence.tokenStart]) return void 0;
    const limit = Math.min(sentence.tokenEnd, sentence.tokenStart + 6);
    let colon = sentence.tokenStart;
    while (colon < limit && tokens[colon].pos === "PROPN") colon += 1;
    if (colon === sentence.tokenStart || colon >= limit || tokens[colon].text !== ":") return void 0;
    const content = this.contentAfter(colon + 1, sentence);
    if (!content || wordsIn2(tokens, content.ranges) < 2) return void 0;
    return { content: content.ranges, cue: { first: colon, last: colon, lemma: ":", loaded: false }, source: [sentence.tokenStart, colon - 1] };
  }
  /** The attribution a cue makes, by the construction around it. */
  attribute(sentence, match, previous) {
    const { tokens } = this;
    const { first, last, cue } = match;
    const cueOf2 = { first, last, lemma: cue.lemma, loaded: cue.loaded };
    if (cue.lemma === "according to") {
      const source2 = phraseStartingAt(tokens, last + 1, sentence.tokenEnd);
      if (!source2) return void 0;
      const leads = first === sentence.tokenStart || this.isLead(first - 1) === false;
      const content2 = leads ? this.contentAfter(source2[1] + 1, sentence, false) : this.contentBefore(first - 1, sentence);
      return content2 ? { content: content2.ranges, cue: cueOf2, source: source2 } : void 0;
    }
    let end = first - 1;
    let between = 0;
    while (end >= sentence.tokenStart && between < 3 && BETWEEN.has(tokens[end].pos)) {
      if (lemmaOf(tokens[end]) === "be" && !isParticiple(tokens[first])) return void 0;
      end -= 1;
      between += 1;
    }
    const source = this.sourceEndingAt(end, sentence);
    if (source) {
      const tail2 = this.tailEnd(last + 1, sentence);
      if (this.isLead(source[0] - 1) && tail2 >= 0 && !this.opensWords(tail2)) {
        const content3 = this.contentBefore(source[0] - 1, sentence);
        return content3 ? { content: this.withSplit(content3, tail2, sentence).ranges, cue: cueOf2, source } : void 0;
      }
      const content2 = !cue.closing && this.contentAfter(last + 1, sentence, cue.belief, ADDRESSED.has(cue.words[0]));
      return content2 ? { content: content2.ranges, cue: cueOf2, source } : void 0;
    }
    if (this.followsComma(first) && isParticiple(tokens[first]) && !cue.closing) {
      const subject = previous?.source ?? this.subjectOf(sentence, first);
      const content2 = subject && this.contentAfter(last + 1, sentence, cue.belief, ADDRESSED.has(cue.words[0]));
      return content2 ? { content: content2.ranges, cue: cueOf2, source: subject } : void 0;
    }
    if (!this.isLead(first - 1)) return void 0;
    const after = phraseStartingAt(tokens, last + 1, sentence.tokenEnd);
    const tail = after ? this.tailEnd(after[1] + 1, sentence) : -1;
    if (!after || tail < 0 || this.opensWords(tail)) return void 0;
    const content = this.contentBefore(first - 1, sentence);
    return content ? { content: this.withSplit(content, tail, sentence).ranges, cue: cueOf2, source: after } : void 0;
  }
  /**
   * The speaker's noun phrase ending at `end`, with what news copy sets between a name and its
   * verb: a description in apposition ("Warren, the senator from Massachusetts,") or a relative
   * clause ("Zimmerman, who identifies as Hispanic,").
   */
  sourceEndingAt(end, sentence) {
    const { tokens } = this;
    if (end < sentence.tokenStart) return void 0;
    if (tokens[end].text === ",") {
      const clause = this.relativeClauseEndingAt(end - 1, sentence.tokenStart);
      if (clause >= 0) {
        const name2 = phraseEndingAt(tokens, clause - 1, sentence.tokenStart);
        return name2 ? [name2[0], end - 1] : void 0;
      }
      const apposition = phraseEndingAt(tokens, end - 1, sentence.tokenStart);
      if (!apposition || tokens[apposition[0] - 1]?.text !== ",") return void 0;
      const name = phraseEndingAt(tokens, apposition[0] - 2, sentence.tokenStart);
      const named = (phrase) => /^\p{Lu}/u.test(tokens[phrase[1]].text);
      return name && (named(name) || named(apposition)) ? [name[0], end - 1] : void 0;
    }
    return phraseEndingAt(tokens, end, sentence.tokenStart);
  }
  /** The comma opening a relative clause ", who …" that ends at `last` (before the clause's closing comma), or -1. */
  relativeClauseEndingAt(last, floor) {
    const { tokens } = this;
    for (let k = last; k > floor && last - k < MOST_CLAUSE_TOKENS; k -= 1) {
      const token = tokens[k];
      if (this.owned[k] || this.openOf[k] !== -1 || this.closeOf[k] !== -1) return -1;
      if (token.text !== ",") continue;
      const relative = tokens[k + 1];
      return RELATIVE.has(relative.text.toLowerCase()) ? k : -1;
    }
    return -1;
  }
  /**
   * The name or pronoun a sentence opens with, or else the one before its first verb (outside
   * quotation marks): the subject a participle's words belong to ("Albright made headlines,
   * saying …", "Here in Columbia, Sanders stepped up his emphasis, saying …").
   */
  subjectOf(sentence, before) {
    const { tokens } = this;
    let verb = sentence.tokenStart;
    while (verb < before && (this.stretchOf[verb] !== -1 || !VERBS.has(tokens[verb].pos))) verb += 1;
    let end = verb - 1;
    while (end > sentence.tokenStart && BETWEEN.has(tokens[end].pos)) end -= 1;
    const phrase = phraseStartingAt(tokens, sentence.tokenStart, sentence.tokenEnd) ?? (verb < before ? this.sourceEndingAt(end, sentence) : void 0);
    if (!phrase) return void 0;
    const head = tokens[headOf(tokens, phrase[0], phrase[1])];
    return head.pos === "PROPN" || head.pos === "PRON" ? phrase : void 0;
  }
  /** Token `k` follows a comma, or a closing mark after one (“…,” adding). */
  followsComma(k) {
    const before = this.tokens[k - 1];
    return before !== void 0 && (before.text === "," || this.closesOnComma(k - 1));
  }
  /** Token `k` is a closing mark after a comma (“…,” or ,''). */
  closesOnComma(k) {
    const s = this.closeOf[k] ?? -1;
    if (s < 0) return false;
    const markStart = this.stretches[s].pieces.at(-1)[1];
    return this.tokens[markStart - 1]?.text === ",";
  }
  /** Token `k` (where a cue's words end) is a colon or an opening mark: what was said comes after it. */
  opensWords(k) {
    return this.tokens[k]?.text === ":" || this.openOf[k] !== -1;
  }
  /** Token `k` ends what was said before the source at `k + 1`, in its paragraph: a comma, a dash or a closing quotation mark. */
  isLead(k) {
    const token = this.tokens[k];
    if (!token || this.units[k] !== this.units[k + 1]) return false;
    return token.text === "," || token.text === "\u2014" || token.text === "\u2013" || this.closeOf[k] !== -1;
  }
  /**
   * Where the words after a cue that closes an attribution end ("said in an interview on
   * Tuesday."): the token after them, at a clause break or the sentence's end; -1 when a verb
   * follows, so the cue starts a clause instead ("said the plan failed").
   */
  tailEnd(from, sentence) {
    const { tokens } = this;
    for (let k = from; k < sentence.tokenEnd && k - from <= MOST_TAIL_TOKENS; k += 1) {
      const token = tokens[k];
      if (CLAUSE_BREAKS.has(token.text) || this.openOf[k] !== -1) return k;
      const afterPreposition = token.pos === "VERB" && tokens[k - 1].pos === "ADP";
      if (token.pos === "VERB" && !afterPreposition || token.pos === "AUX" || token.pos === "SCONJ" || token.pos === "CCONJ" || lemmaOf(token) === "that") return -1;
    }
    return from + MOST_TAIL_TOKENS < sentence.tokenEnd ? -1 : sentence.tokenEnd;
  }
  /** What was said before the lead token `lead`: the quotation it closes, or the clause from the sentence's start. */
  contentBefore(lead, sentence) {
    const { tokens } = this;
    const closing = this.closeOf[lead] !== -1 ? lead : this.closeOf[lead - 1] !== -1 ? lead - 1 : -1;
    if (closing >= 0) {
      const s = this.closeOf[closing];
      return this.used[s] ? void 0 : { ranges: this.stretches[s].pieces, quoted: true };
    }
    let from = sentence.tokenStart;
    for (let k = lead - 1; k >= sentence.tokenStart; k -= 1) {
      if (this.owned[k]) {
        from = k + 1;
        break;
      }
      const closes = this.closeOf[k];
      if (closes >= 0) from = Math.min(from, this.stretches[closes].open);
    }
    if (wordsIn2(tokens, [[from, lead]]) === 0) return void 0;
    return { ranges: [[from, lead]], quoted: false };
  }
  /**
   * A quotation split by its attribution: the second half after the cue's clause ("…," he said,
   * "and soon."); or a clause the attribution interrupts ("The plan, he said, is dead.").
   */
  withSplit(content, tail, sentence) {
    const { tokens } = this;
    if (!content.quoted) {
      if (tokens[tail]?.text !== "," || tail + 1 >= sentence.tokenEnd || isParticiple(tokens[tail + 1]) || this.openOf[tail + 1] !== -1) return content;
      let to = sentence.tokenEnd;
      for (let t = tail + 1; t < sentence.tokenEnd; t += 1) if (this.narratorGoesOn(t) || this.owned[t]) to = t, t = sentence.tokenEnd;
      return wordsIn2(tokens, [[tail + 1, to]]) > 0 ? { ranges: [...content.ranges, [tail + 1, to]], quoted: false } : content;
    }
    const next2 = tokens[tail]?.text === "," || tokens[tail]?.text === "." ? tail + 1 : tail;
    const s = this.openOf[next2] ?? -1;
    if (s < 0 || this.used[s] || next2 > sentence.tokenEnd + 1) return content;
    return { ranges: [...content.ranges, ...this.stretches[s].pieces], quoted: true };
  }
  /**
   * What was said after a cue: past "that", a listener ("told reporters"), an aside ("said in a
   * statement,") and a colon; the quotation there, or the clause to the sentence's end (before a
   * closing attribution of its own, ", officials said."). A belief needs a verb in it.
   */
  contentAfter(from, sentence, belief = false, addressed = false) {
    const { tokens } = this;
    const end = sentence.tokenEnd;
    let k = from;
    for (let t = k; t < end && t - k < 8; t += 1) {
      const token = tokens[t];
      if (lemmaOf(token) === "that" && (token.pos === "SCONJ" || t === k || addressed)) {
        k = t + 1;
        break;
      }
      if (token.pos === "VERB" || token.pos === "AUX" || CLAUSE_BREAKS.has(token.text) || this.openOf[t] !== -1) break;
    }
    if (k === from) {
      if (addressed) k = skipListener(tokens, k, end);
      k = this.skipAside(k, end);
    }
    while (k < end && tokens[k].text === ":") k += 1;
    while (k < end && tokens[k].text === ",") k += 1;
    const opened = this.openOf[k < end ? k : tokens[end - 1]?.text === ":" ? end : -1] ?? -1;
    if (opened >= 0 && !this.used[opened]) {
      const stretch = this.stretches[opened];
      const closeEnd = stretch.close >= 0 ? stretch.close + 1 : end;
      const rest = closeEnd < end ? wordsIn2(tokens, [[closeEnd, end]]) : 0;
      if (rest === 0) return { ranges: stretch.pieces, quoted: true };
    }
    if (k >= end) return void 0;
    let to = end;
    for (let t = k; t < end; t += 1) {
      if (t > k && this.narratorGoesOn(t)) {
        to = t;
        break;
      }
      const comma = tokens[t].text === "," || this.closesOnComma(t);
      if (comma && (this.closesAttribution(t + 1, sentence) || isParticiple(tokens[t + 1]) && cueAt(tokens, t + 1, end))) {
        to = tokens[t].text === "," ? t : t + 1;
        break;
      }
      const s = this.openOf[t];
      if (s >= 0) {
        const stretch = this.stretches[s];
        const last = stretch.pieces.at(-1)[1];
        if (last > to) to = stretch.close >= 0 ? stretch.close + 1 : last;
        if (stretch.close >= 0) t = Math.max(t, stretch.close - 1);
      }
    }
    if (wordsIn2(tokens, [[k, to]]) === 0) return void 0;
    if (belief && !hasVerb(tokens, k, to)) return void 0;
    return { ranges: [[k, to]], quoted: false };
  }
  /**
   * Token `t` starts the narrator's next clause: a comma and a conjunction (", while …",
   * ", and more than 4 in 10 said …").
   */
  narratorGoesOn(t) {
    const { tokens } = this;
    const token = tokens[t];
    const next2 = tokens[t + 1];
    if (!next2) return false;
    return token.text === "," && NEXT_CLAUSE.has(next2.text.toLowerCase());
  }
  /** An aside after the cue, up to a comma, a colon or a quotation mark ("said in a statement:", "said Tuesday,"): a preposition's phrase or a name (a day). */
  skipAside(from, end) {
    const { tokens } = this;
    const first = tokens[from];
    if (!first || first.pos !== "ADP" && first.pos !== "PROPN") return from;
    for (let t = from + 1; t < end && t - from < 7; t += 1) {
      const token = tokens[t];
      if (token.text === "," || token.text === ":" || this.openOf[t] !== -1) return t;
      if (!(token.pos === "ADP" || token.pos === "DET" || token.pos === "NOUN" || token.pos === "PROPN" || token.pos === "ADJ" || token.pos === "NUM")) return from;
    }
    return from;
  }
  /** ", officials said." at `from`: a source, a cue and the sentence's end, or the cue first. */
  closesAttribution(from, sentence) {
    const { tokens } = this;
    const source = phraseStartingAt(tokens, from, sentence.tokenEnd);
    let k = source ? source[1] + 1 : from;
    while (k < sentence.tokenEnd && BETWEEN.has(tokens[k].pos)) k += 1;
    const cue = k < sentence.tokenEnd ? cueAt(tokens, k, sentence.tokenEnd) : void 0;
    if (!cue) return false;
    if (source) return this.tailEnd(cue.last + 1, sentence) >= 0;
    const after = phraseStartingAt(tokens, cue.last + 1, sentence.tokenEnd);
    return after !== void 0 && this.tailEnd(after[1] + 1, sentence) >= 0;
  }
  toQuote(draft, speakers) {
    const { doc, tokens } = this;
    const content = [];
    let inside = 0;
    let outside = 0;
    for (const [from, to] of draft.content) {
      let a = from;
      let b = to;
      while (a < b && TRIMMED.has(tokens[a].text)) a += 1;
      while (b > a && (TRIMMED.has(tokens[b - 1].text) || tokens[b - 1].text === "." && this.stretchOf[b - 1] === -1)) b -= 1;
      if (a >= b) continue;
      for (let k = a; k < b; k += 1) {
        if (!isWord(tokens[k])) continue;
        if (this.stretchOf[k] !== -1) inside += 1;
        else outside += 1;
      }
      content.push(doc.span(tokens[a].start, tokens[b - 1].end));
    }
    if (content.length === 0) return void 0;
    const cue = draft.cue ? this.cueSpan(draft.cue) : null;
    const source = draft.source ? doc.span(tokens[draft.source[0]].start, tokens[draft.source[1]].end) : null;
    const kind = outside === 0 ? "direct" : inside === 0 ? "indirect" : "mixed";
    const ends = [...content, ...cue ? [cue] : [], ...source ? [source] : []];
    const start = Math.min(...mapPacked(ends, (span) => span.start));
    const end = Math.max(...mapPacked(ends, (span) => span.end));
    const { speaker, speakerType } = draft.source ? speakers.resolve(draft.source[0], draft.source[1]) : { speaker: null, speakerType: "unknown" };
    return { start, end, text: doc.text.slice(start, end), kind, content, cue, source, speaker, speakerType };
  }
  /** A draft's cue as the quote reports it: its words, lemma and whether it is loaded. */
  cueSpan({ first, last, lemma, loaded: loaded3 }) {
    const start = this.tokens[first].start;
    const end = this.tokens[last].end;
    return { start, end, text: this.doc.text.slice(start, end), lemma, loaded: loaded3 };
  }
};
function skipListener(tokens, from, end) {
  const first = tokens[from];
  if (!first) return from;
  let k = from;
  if (first.pos === "PRON") k += 1;
  else {
    if (first.pos === "DET") k += 1;
    while (k < end && tokens[k].pos === "ADJ") k += 1;
    const start = k;
    while (k < end && (tokens[k].pos === "PROPN" || tokens[k].pos === "NOUN") && k - start < 4) k += 1;
    if (k === start) return from;
  }
  const next2 = tokens[k];
  return next2 && next2.pos !== "VERB" && next2.pos !== "AUX" ? k : from;
}
var isParticiple = (token) => token !== void 0 && token.pos === "VERB" && token.text.endsWith("ing");
function wordsIn2(tokens, ranges) {
  let words2 = 0;
  for (const [from, to] of ranges) for (let k = from; k < to; k += 1) if (isWord(tokens[k])) words2 += 1;
  return words2;
}
function hasVerb(tokens, from, to) {
  for (let k = from; k < to; k += 1) if (tokens[k].pos === "VERB" || tokens[k].pos === "AUX") return true;
  return false;
}

// src/stages/05-quotes/index.ts
function quotesStage(doc) {
  const quotes = findQuotes(doc);
  doc.setLayer(QUOTES, quotes);
  doc.setLayer(VOICE_INDEX, indexVoices(doc, quotes));
}
function findQuotes(doc) {
  const reader = new AttributionReader(doc);
  const drafts = reader.read();
  const speakers = new Speakers(doc, (offset) => reader.quotedAt(offset));
  return mapPacked(mapPacked(drafts, (draft) => reader.toQuote(draft, speakers)).filter((quote) => quote !== void 0).sort((a, b) => a.start - b.start), (quote, index) => Object.assign({ id: `q${index + 1}` }, quote));
}

// src/shared/parts.ts
function partGroups(doc, items, sentenceOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const { part, section } = sentenceOf(item);
    const key = partKey(part, section);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const order = [["title", null], ["subtitle", null]];
  doc.structure.sections.forEach((_, section) => order.push(["heading", section], ["body", section]));
  return order.flatMap(([part, section]) => {
    const group = groups.get(partKey(part, section));
    return group ? [{ part, section, items: group }] : [];
  });
}
function partKey(part, section) {
  if (part === "title") return 0;
  if (part === "subtitle") return 1;
  if (section === null) return -1;
  return part === "heading" ? 2 + 2 * section : part === "body" ? 3 + 2 * section : -1;
}

// src/stages/06-sentiment/softmax.ts
var SoftmaxModel = class {
  /**
   * `names[r]` is the feature of row r; row r's weight for class c is `table[r * classes.length + c]`
   * (tableOfWeights, or a packed file's table: softmax-file.ts).
   */
  constructor(classes, names, table) {
    this.classes = classes;
    this.names = names;
    this.table = table;
  }
  classes;
  names;
  table;
  /** Adds `value` times row `row`'s weights to `logits` (one per class). */
  addRow(logits, row, value) {
    const width = this.classes.length;
    for (let c = 0; c < width; c += 1) logits[c] = logits[c] + this.table[row * width + c] * value;
  }
};
function softmax(logits) {
  let top = -Infinity;
  for (const z of logits) if (z > top) top = z;
  let sum = 0;
  for (let c = 0; c < logits.length; c += 1) sum += logits[c] = Math.exp(logits[c] - top);
  for (let c = 0; c < logits.length; c += 1) logits[c] = logits[c] / sum;
  return logits;
}

// src/stages/06-sentiment/softmax-file.ts
function readSoftmaxFile(bytes) {
  const { header, sections } = readPackedFile(bytes, (h) => [
    { length: h.featureBytes, align: 1 },
    { length: 8 * h.rows * h.classes.length, align: 8 }
  ]);
  const [featureBytes, weightBytes] = sections;
  return { header, names: linesOf(featureBytes, header.rows), table: littleEndianNumbers(weightBytes, Float64Array) };
}

// src/stages/06-sentiment/target-features.ts
var REGION_SCORERS = ["vader", "afinn"];
var VALUE_NAMES = [
  "bias",
  "sent.hasNegation",
  "clause.shareOfSentence",
  "subj.passive",
  "subj.active",
  "subj.copula",
  "tgt.pronoun",
  "tgt.sentenceStart",
  "tgt.possessive",
  "sent.hasQuote",
  "tgt.inQuote",
  "tgt.speaker"
];
var REGION_NAMES = ["sent", "clause", "clauseL", "clauseR", "win3", "winL6", "winR6", "dist", "pred", "gov", "appos", "tgt", "quoteBySpeaker", "quoteOther"];
var positions = (names) => Object.fromEntries(mapPacked(names, (name, i) => [name, i]));
var VALUE = positions(VALUE_NAMES);
var REGION = positions(REGION_NAMES);
var FEATURE_NAMES = [
  ...VALUE_NAMES,
  ...REGION_NAMES.flatMap((region) => REGION_SCORERS.flatMap((scorer) => [`${region}.${scorer}+`, `${region}.${scorer}-`]))
];
var regionFeature = (region, s, sign) => VALUE_NAMES.length + (region * REGION_SCORERS.length + s) * 2 + sign;
var WORD_KINDS = ["L:", "R:", "T:", "S:", "subjVerb=", "objVerb=", "prep="];
var KIND = positions(WORD_KINDS);
var WORD_MARKS = ["", "|neg", "|pass"];
var NEGATED = 1;
var PASSIVE = 2;
var UNSPELLED = -2;
var QUOTES2 = /* @__PURE__ */ new Set(['"', "\u201C", "\u201D", "\u2018", "\u2019", "'", "``", "''"]);
var BREAKS = /* @__PURE__ */ new Set([",", ";", ":", "\u2014", "\u2013", "--", "-", "(", ")", "[", "]", ".", "?", "!", ...QUOTES2]);
var CLAUSE_WORDS = /* @__PURE__ */ new Set(["but", "while", "although", "though", "whereas", "however", "yet", "because", "unlike", "despite"]);
var NOMINAL = /* @__PURE__ */ new Set(["DET", "PROPN", "PRON", "NOUN", "ADJ", "NUM"]);
var CONTENT = /* @__PURE__ */ new Set(["NOUN", "VERB", "ADJ", "ADV"]);
var MARK_LENGTH = Math.max(...mapPacked([...BREAKS], (mark) => mark.length));
var isBreak = (token) => token.kind === "punctuation" || token.pos === "PUNCT" || token.pos === "SYM" || token.text.length <= MARK_LENGTH && BREAKS.has(token.text);
var lemmaOf2 = (token) => token.lemma ?? token.text.toLowerCase();
var squash = (x) => Math.sign(x) * Math.log1p(Math.abs(x));
function prefixSums(row, keep) {
  const positive = new Array(row.length + 1).fill(0);
  const negative = new Array(row.length + 1).fill(0);
  for (let k = 0; k < row.length; k += 1) {
    const v = keep(k) ? row[k] : 0;
    positive[k + 1] = positive[k] + (v > 0 ? v : 0);
    negative[k + 1] = negative[k] + (v < 0 ? -v : 0);
  }
  return { positive, negative };
}
function clauseNumbers(tokens, from, to) {
  const n = to - from;
  const clause = [];
  let c = 0;
  let clauseHasVerb = false;
  for (let k = 0; k < n; k += 1) {
    const token = tokens[from + k];
    let boundary = isBreak(token) || CLAUSE_WORDS.has(lemmaOf2(token));
    if (!boundary && clauseHasVerb && token.pos === "CCONJ" && k + 1 < n && NOMINAL.has(tokens[from + k + 1].pos)) {
      for (let j = k + 2; j < Math.min(n, k + 6) && !isBreak(tokens[from + j]); j += 1) {
        const pos = tokens[from + j].pos;
        if (pos === "VERB" || pos === "AUX") {
          boundary = true;
          break;
        }
      }
    }
    if (boundary) c += 1;
    clause.push(c);
    if (boundary) c += 1;
    clauseHasVerb = !boundary && (clauseHasVerb || token.pos === "VERB" || token.pos === "AUX");
  }
  return clause;
}
var current;
function sentenceState(doc, sentence, hits) {
  if (current?.hits !== hits) current = { hits, clause: clauseNumbers(doc.tokens, sentence.tokenStart, sentence.tokenEnd), analysis: void 0, known: -1 };
  return current;
}
function addPosition(words2, word, k) {
  for (let i = 0; i < words2.length; i += 1) {
    const known = words2[i];
    if (known.word === word) {
      known.positions.push(k);
      return;
    }
  }
  words2.push({ word, token: k, positions: [k] });
}
function analyse(doc, sentence, hits) {
  const state = sentenceState(doc, sentence, hits);
  if (state.analysis === void 0 || state.known !== vocabularySize()) {
    state.analysis = analysisOf(doc, sentence, hits, state.clause);
    state.known = vocabularySize();
  }
  return state.analysis;
}
function analysisOf(doc, sentence, hits, clause) {
  const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  const n = tokens.length;
  const valence = mapPacked(REGION_SCORERS, () => new Array(n).fill(0));
  const negated2 = new Array(n).fill(0);
  let anyNegated = false;
  for (const hit of hits) {
    const k = hit.first - sentence.tokenStart;
    const row = valence[REGION_SCORERS.indexOf(hit.scorer)];
    if (row) row[k] = row[k] + hit.weight;
    if (hit.negated) negated2.fill(1, k, hit.last - sentence.tokenStart + 1), anyNegated = true;
  }
  const inQuote = [];
  let open = false;
  let hasQuote = false;
  const lemmas = [];
  const lemmaIds = [];
  const marked = [];
  const sentenceWords = [];
  const spelled = spelledTokens(doc.tokens);
  for (let k = 0; k < n; k += 1) {
    const token = tokens[k];
    const text = token.text;
    if (text === "\u201C" || text === "``") open = true, inQuote.push(0);
    else if (text === "\u201D" || text === "''") open = false, inQuote.push(0);
    else if (text === '"') open = !open, inQuote.push(0);
    else inQuote.push(open ? 1 : 0);
    if (!hasQuote && text.length <= MARK_LENGTH && QUOTES2.has(text)) hasQuote = true;
    const lemma = lemmaOf2(token);
    const word = negated2[k] ? `${lemma}|neg` : lemma;
    lemmas.push(lemma);
    lemmaIds.push(spelled.lemma[sentence.tokenStart + k] === lemma ? spelled.lemmaId[sentence.tokenStart + k] : UNSPELLED);
    marked.push(word);
    if (CONTENT.has(token.pos) && !isBreak(token)) addPosition(sentenceWords, word, k);
  }
  const sums2 = mapPacked(valence, (row) => prefixSums(row, () => true));
  const quoteSums = hasQuote ? mapPacked(valence, (row) => prefixSums(row, (k) => inQuote[k] === 1)) : sums2;
  return { tokens, valence, sums: sums2, quoteSums, negated: negated2, clause, inQuote, lemmas, lemmaIds, marked, sentenceWords, hasQuote, anyNegated };
}
var SUBJECT_GAP = /* @__PURE__ */ new Set(["AUX", "ADV", "PART", "PROPN", "NOUN"]);
function clauseAround(clause, ts, te) {
  let cl = ts;
  let cr = te;
  while (cl > 0 && clause[cl - 1] === clause[ts]) cl -= 1;
  while (cr < clause.length && clause[cr] === clause[te - 1]) cr += 1;
  return [cl, cr];
}
function targetClause(doc, sentence, first, last, hits) {
  const [cl, cr] = clauseAround(sentenceState(doc, sentence, hits).clause, first - sentence.tokenStart, last - sentence.tokenStart + 1);
  return { clauseStart: sentence.tokenStart + cl, clauseEnd: sentence.tokenStart + cr };
}
function analysedTargetFeatures(a, sentence, first, last, add, sentenceWords = true) {
  const { tokens } = a;
  const n = tokens.length;
  const ts = first - sentence.tokenStart;
  const te = last - sentence.tokenStart + 1;
  add.named(VALUE.bias, 1);
  const outside = (k) => k < ts || k >= te;
  const setSums = (region2, s, positive, negative) => {
    if (positive > 1e-9) add.named(regionFeature(region2, s, 0), squash(positive));
    if (negative > 1e-9) add.named(regionFeature(region2, s, 1), squash(negative));
  };
  const between = (p, from, to) => to > from ? p[to] - p[from] : 0;
  const region = (name, from, to, skipTarget = false, sums2 = a.sums) => {
    for (let s = 0; s < sums2.length; s += 1) {
      const { positive, negative } = sums2[s];
      let up = between(positive, from, to);
      let down = between(negative, from, to);
      if (skipTarget) {
        up -= between(positive, Math.max(from, ts), Math.min(to, te));
        down -= between(negative, Math.max(from, ts), Math.min(to, te));
      }
      setSums(name, s, up, down);
    }
  };
  const nearness = (name) => {
    for (let s = 0; s < a.valence.length; s += 1) {
      const row = a.valence[s];
      let up = 0;
      let down = 0;
      for (let k = 0; k < n; k += 1) {
        if (!outside(k)) continue;
        const v = row[k] / (1 + (k < ts ? ts - k : k - te + 1));
        if (v > 0) up += v;
        else down -= v;
      }
      setSums(name, s, up, down);
    }
  };
  const lemma = (k) => a.lemmas[k];
  const lemmaWord = (kind, k, mark = 0) => add.word(kind, lemma(k), mark, a.lemmaIds[k]);
  const pos = (k) => tokens[k].pos;
  region(REGION.sent, 0, n, true);
  if (a.anyNegated) add.named(VALUE["sent.hasNegation"], 1);
  const [cl, cr] = clauseAround(a.clause, ts, te);
  region(REGION.clause, cl, cr, true);
  region(REGION.clauseL, cl, ts);
  region(REGION.clauseR, te, cr);
  add.named(VALUE["clause.shareOfSentence"], (cr - cl) / n);
  region(REGION.win3, Math.max(0, ts - 3), Math.min(n, te + 3), true);
  region(REGION.winL6, Math.max(0, ts - 6), ts);
  region(REGION.winR6, te, Math.min(n, te + 6));
  nearness(REGION.dist);
  let j = te;
  while (j < cr && pos(j) !== "VERB" && j - te < 4 && SUBJECT_GAP.has(pos(j))) j += 1;
  if (j < cr && pos(j) === "VERB") {
    const verb = tokens[j];
    let auxiliary = false;
    for (let k = te; k < j; k += 1) if (pos(k) === "AUX" && (lemma(k) === "be" || lemma(k) === "get")) auxiliary = true;
    const passive = auxiliary && verb.text.toLowerCase() !== lemma(j);
    lemmaWord(KIND["subjVerb="], j, passive ? PASSIVE : 0);
    add.named(passive ? VALUE["subj.passive"] : VALUE["subj.active"], 1);
    region(REGION.pred, te, Math.min(cr, te + 8));
  } else if (te < n && pos(te) === "AUX") {
    add.named(VALUE["subj.copula"], 1);
    region(REGION.pred, te, Math.min(cr, te + 8));
  }
  for (let k = ts - 1; k >= Math.max(cl, ts - 5); k -= 1) {
    if (pos(k) === "VERB") {
      lemmaWord(KIND["objVerb="], k);
      region(REGION.gov, k, k + 1);
      break;
    }
  }
  if (ts > 0 && pos(ts - 1) === "ADP") lemmaWord(KIND["prep="], ts - 1);
  if (te < n && tokens[te]?.text === ",") {
    let k = te + 1;
    while (k < n && !isBreak(tokens[k])) k += 1;
    region(REGION.appos, te + 1, k);
  }
  let pronoun = true;
  for (let k = ts; k < te; k += 1) if (pos(k) !== "PRON" && pos(k) !== "DET") pronoun = false;
  if (pronoun) add.named(VALUE["tgt.pronoun"], 1);
  region(REGION.tgt, ts, te);
  if (ts === 0) add.named(VALUE["tgt.sentenceStart"], 1);
  if (te < n && /^['’]s$/.test(tokens[te]?.text ?? "")) add.named(VALUE["tgt.possessive"], 1);
  if (a.hasQuote) add.named(VALUE["sent.hasQuote"], 1);
  if (a.inQuote[ts]) add.named(VALUE["tgt.inQuote"], 1);
  let speaker = false;
  const { speech } = speechCues();
  if (!a.inQuote[ts]) {
    for (let k = Math.max(0, ts - 3); k < Math.min(n, te + 3); k += 1) if (outside(k) && speech.has(lemma(k))) speaker = true;
  }
  if (speaker) add.named(VALUE["tgt.speaker"], 1);
  if (a.hasQuote && !a.inQuote[ts]) region(speaker ? REGION.quoteBySpeaker : REGION.quoteOther, 0, n, false, a.quoteSums);
  const isWord2 = (k) => !isBreak(tokens[k]);
  const seen = [[], [], []];
  const addWord2 = (kind, word, k, mark) => {
    const words2 = seen[kind];
    if (!words2.includes(word)) words2.push(word), add.word(kind, lemma(k), mark, a.lemmaIds[k]);
  };
  const markOf = (k) => a.negated[k] ? NEGATED : 0;
  for (let k = ts - 1, taken = 0; k >= Math.max(0, ts - 8) && taken < 4; k -= 1) if (isWord2(k)) addWord2(KIND["L:"], a.marked[k], k, markOf(k)), taken += 1;
  for (let k = te, taken = 0; k < Math.min(n, te + 8) && taken < 4; k += 1) if (isWord2(k)) addWord2(KIND["R:"], a.marked[k], k, markOf(k)), taken += 1;
  for (let k = ts; k < te; k += 1) if (isWord2(k)) addWord2(KIND["T:"], lemma(k), k, 0);
  if (sentenceWords) {
    for (const word of a.sentenceWords) if (word.positions.some(outside)) sentenceWord(a, word, add);
  }
  return { clauseStart: sentence.tokenStart + cl, clauseEnd: sentence.tokenStart + cr };
}
function sentenceWord(a, { token }, add) {
  add.word(KIND["S:"], a.lemmas[token], a.negated[token] ? NEGATED : 0, a.lemmaIds[token]);
}

// src/stages/06-sentiment/logit-sum.ts
function kindEnd(name) {
  for (let i = 0; i < name.length; i += 1) {
    const code = name.charCodeAt(i);
    if (code === 58 || code === 61) return i + 1;
  }
  return -1;
}
var slotOf = (kind, mark) => kind * WORD_MARKS.length + mark;
var LogitSum = class {
  constructor(model) {
    this.model = model;
    this.namedRows = new Int32Array(FEATURE_NAMES.length).fill(-1);
    this.columns = new Int32Array(WORD_KINDS.length * WORD_MARKS.length).fill(-1);
    const words2 = [];
    const numbers = /* @__PURE__ */ new Map();
    let width = 0;
    model.names.forEach((name, row) => {
      const end = kindEnd(name);
      if (end < 0) {
        const feature = FEATURE_NAMES.indexOf(name);
        if (feature >= 0) this.namedRows[feature] = row;
        return;
      }
      const kind = WORD_KINDS.indexOf(name.slice(0, end));
      if (kind < 0) return;
      let word = name.slice(end);
      let mark = 0;
      for (let m = 1; m < WORD_MARKS.length && mark === 0; m += 1) {
        if (word.endsWith(WORD_MARKS[m])) mark = m, word = word.slice(0, -WORD_MARKS[m].length);
      }
      const slot = slotOf(kind, mark);
      if (this.columns[slot] === -1) this.columns[slot] = width++;
      const id = wordId(word);
      if (!numbers.has(id)) numbers.set(id, numbers.size);
      words2.push({ id, slot, row });
    });
    this.width = width;
    this.wordNumbers = new Int32Array(Math.max(0, ...numbers.keys()) + 1);
    for (const [id, number] of numbers) this.wordNumbers[id] = number + 1;
    this.wordRows = new Int32Array(numbers.size * width);
    for (const { id, slot, row } of words2) this.wordRows[numbers.get(id) * width + this.columns[slot]] = row + 1;
  }
  model;
  /** Where the sum goes, one logit per class (`begin`). */
  logits = new Float64Array(0);
  /** The row of each named feature (FEATURE_NAMES), -1 for one the model does not weigh. */
  namedRows;
  /** Per vocabulary id, 1 + the number of the model's word it is, or 0 (arrays read rather than a map probed for every word of every target). */
  wordNumbers;
  /** Per (kind, mark) slot, its column in `wordRows`, or -1 where the model has no such feature. */
  columns;
  width;
  /** Per model word, a row of `width` columns: 1 + the row of its feature of that kind and mark, or 0. */
  wordRows;
  /** Rows by name, made on first need: for the few words whose id is not known (UNSPELLED). */
  rowsByName;
  /** Starts a new sum into `logits` (one per class), every logit 0. */
  begin(logits) {
    this.logits = logits.fill(0);
  }
  named(feature, value) {
    const row = this.namedRows[feature];
    if (row >= 0) this.model.addRow(this.logits, row, value);
  }
  word(kind, word, mark, id) {
    const row = id >= 0 ? this.wordRow(id, slotOf(kind, mark)) : id === UNSPELLED ? this.rowByName(`${WORD_KINDS[kind]}${word}${WORD_MARKS[mark]}`) : -1;
    if (row >= 0) this.model.addRow(this.logits, row, 1);
  }
  /** The row of the word feature of vocabulary id `id` in `slot`, or -1. */
  wordRow(id, slot) {
    const number = id < this.wordNumbers.length ? this.wordNumbers[id] : 0;
    const column = this.columns[slot];
    return number === 0 || column < 0 ? -1 : this.wordRows[(number - 1) * this.width + column] - 1;
  }
  rowByName(name) {
    this.rowsByName ??= new Map(this.model.names.map((feature, row) => [feature, row]));
    return this.rowsByName.get(name) ?? -1;
  }
};

// src/stages/06-sentiment/target.ts
var TARGET_LABELS = ["negative", "neutral", "positive"];
function targetTokens(doc, from, to, within) {
  const stop = within ? within.tokenEnd : doc.tokens.length;
  const first = lowerBound(doc.tokens, (token) => token.end > from, within ? within.tokenStart : 0, stop);
  if (first >= stop || doc.tokens[first].start >= to) return void 0;
  const sentence = within ?? doc.sentences[doc.tokens[first].sentence];
  let last = first;
  while (last + 1 < sentence.tokenEnd && doc.tokens[last + 1].start < to) last += 1;
  return { sentence, first, last };
}
function load5() {
  return loadOnce("target-sentiment", () => {
    const { header, names, table } = readSoftmaxFile(readDataBytes("models/target-sentiment.bin"));
    return { sum: new LogitSum(new SoftmaxModel(header.classes, names, table)), info: { id: header.id, version: header.version, source: header.source, licence: header.licence } };
  });
}
var ownLogits = new Float64Array(TARGET_LABELS.length);
var featureLogits = new Float64Array(TARGET_LABELS.length);
function readTarget(doc, sentence, first, last, hits) {
  const { sum } = load5();
  const a = analyse(doc, sentence, hits);
  if (!a.wordLogits) {
    sum.begin(a.wordLogits = new Float64Array(TARGET_LABELS.length));
    for (const word of a.sentenceWords) sentenceWord(a, word, sum);
  }
  const ts = first - sentence.tokenStart;
  const te = last - sentence.tokenStart + 1;
  sum.begin(ownLogits);
  for (const word of a.sentenceWords) {
    const { positions: positions2 } = word;
    if (positions2[0] >= te) break;
    if (positions2[0] >= ts && positions2[positions2.length - 1] < te) sentenceWord(a, word, sum);
  }
  sum.begin(featureLogits);
  const clause = analysedTargetFeatures(a, sentence, first, last, sum, false);
  const logits = [];
  for (let c = 0; c < TARGET_LABELS.length; c += 1) logits.push(featureLogits[c] + a.wordLogits[c] - ownLogits[c]);
  const p = softmax(logits);
  const { clauseStart, clauseEnd } = clause;
  const probabilities = { negative: p[0], neutral: p[1], positive: p[2] };
  let best = 0;
  for (let c = 1; c < p.length; c += 1) if (p[c] > p[best]) best = c;
  return { label: TARGET_LABELS[best], probabilities, clauseStart, clauseEnd };
}
function targetModelInfo() {
  return load5().info;
}

// src/stages/06-sentiment/companions.ts
var POSSESSIVE_DETERMINERS = /* @__PURE__ */ new Set(["his", "her", "their", "its"]);
var JOINERS = /* @__PURE__ */ new Set(["and", ",", "with", "&"]);
var MODIFIER_POS = /* @__PURE__ */ new Set(["ADJ", "ADV", "VERB"]);
var PHRASE_WORDS = 3;
function possessedSign(tokens, last, end, hits) {
  let from = last + 1;
  const next2 = tokens[from];
  if (!next2 || from >= end) return 0;
  if (POSSESSIVE_DETERMINERS.has(tokens[last].text.toLowerCase())) {
  } else if (/^['’]s?$/.test(next2.text)) from += 1;
  else if (JOINERS.has(next2.text.toLowerCase()) && from + 1 < end && POSSESSIVE_DETERMINERS.has(tokens[from + 1].text.toLowerCase())) from += 2;
  else return 0;
  let to = from;
  while (to < end && to - from < PHRASE_WORDS && MODIFIER_POS.has(tokens[to].pos)) to += 1;
  const nouns = to;
  while (to < end && to - from < PHRASE_WORDS && tokens[to].pos === "NOUN") to += 1;
  if (to === nouns) return 0;
  let sum = 0;
  for (const hit of hits) if (hit.first >= from && hit.last < to) sum += hit.weight;
  return Math.sign(sum);
}

// src/stages/06-sentiment/tone.ts
var ENTITY_EVIDENCE = 10;
function noTone() {
  const scorers = {};
  for (const lexicon2 of valenceLexicons()) scorers[lexicon2.scorer] = 0;
  return { sentiment: { score: 0, label: "neutral", scorers, evidence: [] }, probabilities: { negative: 0, neutral: 1, positive: 0 }, lexicon: 0 };
}
function targetSentiment(doc, { sentence, hits, sentiment }, start, end, scope) {
  const at = targetTokens(doc, start, end, sentence);
  if (!at) return void 0;
  const bears = (hit, { clauseStart, clauseEnd }) => hit.first >= clauseStart && hit.last < clauseEnd && (hit.last < at.first || hit.first > at.last);
  if (hits.length === 0) return noTone();
  if (scope === "clause") {
    const clause = targetClause(doc, sentence, at.first, at.last, hits);
    if (!hits.some((hit) => bears(hit, clause))) return noTone();
  }
  const reading = readTarget(doc, sentence, at.first, at.last, hits);
  const inScope = [];
  const evidence = [];
  hits.forEach((hit, i) => {
    if (!bears(hit, reading)) return;
    inScope.push(hit);
    evidence.push(sentiment.evidence[i]);
  });
  if (evidence.length === 0 && scope === "sentence") {
    inScope.push(...hits);
    evidence.push(...sentiment.evidence);
  }
  if (evidence.length === 0) return noTone();
  const scorers = roundAll(scorerScores(inScope, valenceLexicons()));
  const read = inScope.length === hits.length ? sentence : { tokenStart: reading.clauseStart, tokenEnd: reading.clauseEnd };
  let lexicon2 = combinedScore(sentenceFeatures(doc.tokens, read.tokenStart, read.tokenEnd, inScope, valenceLexicons(), 1));
  let probabilities = reading.probabilities;
  const direction = scope === "clause" ? possessedSign(doc.tokens, at.last, sentence.tokenEnd, inScope) || negatedSign(inScope) : 0;
  if (direction !== 0 && Math.sign(probabilities.positive - probabilities.negative) === -direction) probabilities = { negative: probabilities.positive, neutral: probabilities.neutral, positive: probabilities.negative };
  if (direction !== 0 && Math.sign(lexicon2) === -direction) lexicon2 = -lexicon2;
  const score = probabilities.positive - probabilities.negative;
  return { sentiment: { score: roundScore(score), label: likeliest(probabilities), scorers, evidence }, probabilities, lexicon: lexicon2 };
}
function negatedSign(hits) {
  let sign = 0;
  let negated2 = false;
  for (const hit of hits) {
    const own = hit.negated && hit.weight === 0 ? -Math.sign(hit.valence) : Math.sign(hit.weight);
    if (own === 0) continue;
    if (sign !== 0 && own !== sign) return 0;
    sign = own;
    negated2 ||= hit.negated;
  }
  return negated2 ? sign : 0;
}
function likeliest(probabilities) {
  return TARGET_LABELS.reduce((best, next2) => probabilities[next2] > probabilities[best] ? next2 : best);
}
function mentionTone({ sentiment, probabilities, lexicon: lexicon2 }) {
  return sentiment.evidence.length === 0 ? 0 : (probabilities.positive - probabilities.negative + lexicon2) / 2;
}
var entityCuts = () => loadOnce("entity-tone", () => readDataFile("models/entity-tone.json"));
function entityCutsInfo() {
  const { id, version: version2, source, licence } = entityCuts();
  return { id, version: version2, source, licence };
}
function entityLabel(score) {
  const { negative, positive } = entityCuts();
  return score <= negative ? "negative" : score >= positive ? "positive" : "neutral";
}
function targetsTone(targets) {
  let sum = 0;
  let toned = 0;
  for (const target of targets) if (target.sentiment.evidence.length > 0) sum += mentionTone(target), toned += 1;
  if (toned === 0) return { score: 0, label: "neutral" };
  const score = roundScore(sum / targets.length);
  return { score, label: entityLabel(score) };
}
function combineTargets(targets, coreferences) {
  const toned = targets.filter((target) => target.sentiment.evidence.length > 0);
  const n = toned.length;
  const lexicons = valenceLexicons();
  const scorers = {};
  for (const lexicon2 of lexicons) scorers[lexicon2.scorer] = 0;
  if (n === 0) return { score: 0, label: "neutral", confidence: 0, scorers, evidence: [], mentions: targets.length, coreferences };
  const { score, label } = targetsTone(targets);
  const evidence = /* @__PURE__ */ new Set();
  let probability = 0;
  for (const { sentiment, probabilities } of toned) {
    for (const { scorer } of lexicons) scorers[scorer] += sentiment.scorers[scorer] / n;
    for (const item of sentiment.evidence) evidence.add(item);
    probability += probabilities[label] / n;
  }
  const confidence = probability * n / targets.length;
  return { score, label, confidence: roundScore(confidence), scorers: roundAll(scorers), evidence: strongest([[...evidence]], ENTITY_EVIDENCE), mentions: targets.length, coreferences };
}

// src/stages/06-sentiment/entity-tone.ts
var ENTITY_SENTIMENT = layerKey("entitySentiment");
var ENTITY_VOICE_TONES = layerKey("entityVoiceTones");
function entityTones(doc, readings) {
  const entityTargets = mapPacked(doc.entities, (entity) => NUMERIC_TYPES.has(entity.type) ? void 0 : []);
  for (const reference of references(doc, readings)) {
    const reading = readings.get(reference.sentence);
    const own = entityTargets[reference.entity];
    if (!reading || !own) continue;
    const target = targetSentiment(doc, reading, reference.start, reference.end, "clause");
    if (target) own.push({ sentiment: target.sentiment, probabilities: target.probabilities, lexicon: target.lexicon, start: reference.start, end: reference.end, sentence: reference.sentence, voice: voiceAt(doc, reference.start), pronoun: reference.pronoun });
  }
  const combined = mapPacked(entityTargets, (targets) => targets && targets.length > 0 ? combineTargets(targets, coreferencesOf(doc, targets)) : void 0);
  doc.setLayer(ENTITY_SENTIMENT, combined);
  doc.setLayer(
    ENTITY_VOICE_TONES,
    mapPacked(entityTargets, (targets, k) => targets && entityVoiceTones(targets, combined[k], readings))
  );
}
function coreferencesOf(doc, targets) {
  const found = [];
  for (const { pronoun, start, end, sentence } of targets) if (pronoun) found.push({ start, end, text: doc.text.slice(start, end), sentence });
  return found;
}
function references(doc, readings) {
  const indexOf = new Map(mapPacked(doc.entities, (entity, k) => [entity, k]));
  const found = [];
  doc.entities.forEach((entity, k) => {
    for (const mention of entity.mentions) if (!mention.boilerplate) found.push({ entity: k, start: mention.start, end: mention.end, sentence: mention.sentence, pronoun: false });
  });
  const index = new MentionIndex(doc, (offset) => voiceAt(doc, offset) === "quoted");
  for (const { sentence } of readings.values()) {
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t += 1) {
      const token = doc.tokens[t];
      if (token.kind !== "word" || token.text.length > 7 || token.pos !== "PRON" && token.pos !== "DET") continue;
      const word = token.text.toLowerCase();
      if (!PERSON_REFERENCES.has(word)) continue;
      const antecedent = index.antecedent(word, token.start, tokenQuote(doc, t)?.speaker);
      if (antecedent) found.push({ entity: indexOf.get(antecedent.entity), start: token.start, end: token.end, sentence: sentence.index, pronoun: true });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
function entityVoiceTones(targets, all, readings) {
  const tone = (voice) => {
    const own = [];
    let words2 = 0;
    let lastSentence = -1;
    for (const target of targets) {
      if (target.voice !== voice) continue;
      own.push(target);
      if (target.sentence !== lastSentence) words2 += readings.get(target.sentence).words[voice];
      lastSentence = target.sentence;
    }
    if (own.length === 0) return null;
    const { score, label } = own.length === targets.length ? all : targetsTone(own);
    return { score, label, words: words2 };
  };
  return { writer: tone("writer"), quoted: tone("quoted") };
}

// src/stages/06-sentiment/index.ts
var AGGREGATE_EVIDENCE = 10;
function textSentiment(doc) {
  return aggregate(mapPacked(doc.analysedSentences(), (sentence) => readSentence(doc, sentence)));
}
function spanSentiment(doc, start, end) {
  const at = targetTokens(doc, start, end);
  return at && targetSentiment(doc, readSentence(doc, at.sentence), start, end, "sentence")?.sentiment;
}
var SENTIMENT = layerKey("sentiment");
function sentimentStage(doc) {
  const readings = /* @__PURE__ */ new Map();
  const sentences = new Array(doc.sentences.length).fill(void 0);
  for (const sentence of doc.analysedSentences()) {
    const { hits, sentiment } = readSentence(doc, sentence);
    const words2 = sentenceVoiceWords(doc, sentence);
    const reading = { sentence, hits, sentiment, words: words2, signs: { writer: voiceSign(sentiment, "writer", words2), quoted: voiceSign(sentiment, "quoted", words2) } };
    sentences[sentence.index] = reading.sentiment;
    readings.set(sentence.index, reading);
  }
  doc.setLayer(SENTENCE_SENTIMENT, sentences);
  doc.setLayer(SENTIMENT, articleSentiment(doc, [...readings.values()]));
  entityTones(doc, readings);
}
function voiceSign(sentiment, voice, words2) {
  return words2[voice] > 0 ? labelSign(voiceScore(sentiment, voice, words2[voice], words2.writer + words2.quoted)) : 0;
}
function voiceTones(readings) {
  const tones = {};
  for (const voice of VOICES) {
    const mean = new VoiceMean();
    for (const { signs, words: words2 } of readings) if (words2[voice] > 0) mean.add(signs[voice], words2[voice], words2.writer + words2.quoted);
    const score = mean.mean();
    tones[voice] = score === null ? null : { score: roundScore(score), label: labelOf(score), words: mean.words };
  }
  return tones;
}
function articleSentiment(doc, readings) {
  const parts = mapPacked(partGroups(doc, readings, (reading) => reading.sentence), ({ part, section, items }) => {
    const start = items[0].sentence.start;
    const end = items[items.length - 1].sentence.end;
    return { part, section, start, end, text: doc.text.slice(start, end), sentiment: aggregate(items, AGGREGATE_EVIDENCE, "net"), voices: voiceTones(items) };
  });
  const headline = readings.filter((r) => r.sentence.part === "title");
  const body = readings.filter((r) => r.sentence.part === "body");
  const scored = readings.filter((r) => SCORED_PARTS.has(r.sentence.part));
  const headlineScore = headline.length > 0 ? aggregate(headline, AGGREGATE_EVIDENCE, "net") : null;
  const bodyScore = body.length > 0 ? aggregate(body, AGGREGATE_EVIDENCE, "net") : null;
  return {
    article: aggregate(scored, AGGREGATE_EVIDENCE, "net"),
    headline: headlineScore,
    body: bodyScore,
    headlineVsBody: headlineScore && bodyScore ? roundScore(headlineScore.score - bodyScore.score) : null,
    voices: voiceTones(scored),
    parts
  };
}
var SCORED_PARTS = /* @__PURE__ */ new Set(["title", "subtitle", "heading", "body"]);

// src/shared/patterns.ts
var ITEM_SYNTAX = /[()?@|*]/;
function parseItem(source) {
  if (!ITEM_SYNTAX.test(source)) {
    const id = wordId(source.toLowerCase());
    return { words: /* @__PURE__ */ new Set([id]), word: id, prefixes: NO_PREFIXES, pos: null, optional: false, context: false };
  }
  const context = source.startsWith("(") && source.endsWith(")");
  let text = context ? source.slice(1, -1) : source;
  const optional = text.endsWith("?") && text.length > 1;
  if (optional) text = text.slice(0, -1);
  let pos = null;
  const at = text.lastIndexOf("@");
  if (at > 0) {
    pos = new Set(text.slice(at + 1).split(","));
    text = text.slice(0, at);
  }
  if (text === "*") return { words: null, word: -1, prefixes: NO_PREFIXES, pos, optional, context };
  const alternatives = text.toLowerCase().split("|");
  const isPrefix = (word2) => word2.length > 1 && word2.endsWith("*");
  const prefixes = mapPacked(alternatives.filter(isPrefix), (word2) => word2.slice(0, -1));
  const words2 = new Set(mapPacked(alternatives.filter((word2) => !isPrefix(word2)), wordId));
  const word = words2.size === 1 ? words2.values().next().value : -1;
  return { words: words2, word, prefixes: prefixes.length > 0 ? prefixes : NO_PREFIXES, pos, optional, context };
}
var NO_PREFIXES = [];
function itemMatches(item, token, spelled, at) {
  if (item.pos && !item.pos.has(token.pos)) return false;
  if (item.words === null) return token.kind === "word";
  const lemmaId = spelled.lemmaId[at];
  const lowerId = spelled.lowerId[at];
  if (item.word >= 0 ? lemmaId === item.word || lowerId === item.word : item.words.has(lemmaId) || item.words.has(lowerId)) return true;
  for (const prefix of item.prefixes) if (spelled.lemma[at].startsWith(prefix) || spelled.lower[at].startsWith(prefix)) return true;
  return false;
}
function anchorOf(items) {
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i];
    if (item.optional) return -1;
    if (item.words !== null) return i;
  }
  return -1;
}
var PatternsByWord = class {
  /** `anchor`: the place of the item that the patterns here are indexed by (0, the first, for most). */
  constructor(byWord, anchor) {
    this.anchor = anchor;
    const words2 = [...byWord.keys()].sort((x, y) => x - y);
    const largest = words2.length > 0 ? words2[words2.length - 1] : -1;
    this.starts = new Int32Array(largest + 2);
    this.anchors = new Uint8Array((largest >> 3) + 1);
    const nextWords = [];
    let word = 0;
    for (const next2 of words2) {
      this.anchors[next2 >> 3] |= 1 << (next2 & 7);
      this.starts.fill(this.patterns.length, word, next2 + 1);
      word = next2 + 1;
      for (const pattern of byWord.get(next2)) {
        this.patterns.push(pattern);
        nextWords.push(nextWordOf(pattern.items[anchor + 1]));
      }
    }
    this.starts[largest + 1] = this.patterns.length;
    this.nextWords = Int32Array.from(nextWords);
  }
  anchor;
  /** Bit `w` set when word `w` anchors patterns here. */
  anchors;
  /** Per word id up to the largest, where its patterns start; one more place at the end. */
  starts;
  patterns = [];
  /**
   * Per place in `patterns`: the one word the item after the anchor must be (a word item, not
   * optional, not context, no `word*`), so that a pattern whose token there is another word is
   * passed over without reading it; else -1. A pattern tried fails at its second item nineteen
   * times in twenty ("the" opens 26 bias patterns, the hyphen of "* - baiting" 30).
   */
  nextWords;
};
function nextWordOf(item) {
  if (item === void 0 || item.optional || item.context || item.prefixes.length > 0) return -1;
  return item.word;
}
var PatternIndex = class {
  /** By the id of a word the first item may be. */
  byWord;
  /** Patterns whose first item has `word*` alternatives, by prefix; and the prefix lengths. */
  byPrefix = /* @__PURE__ */ new Map();
  prefixLengths = [];
  /** At each offset of an anchoring item after the first, the patterns by the anchor's word ids. */
  byLaterWord;
  anywhere = [];
  constructor(patterns) {
    const items = /* @__PURE__ */ new Map();
    const itemOf = (source) => {
      let item = items.get(source);
      if (!item) items.set(source, item = parseItem(source));
      return item;
    };
    const byWord = /* @__PURE__ */ new Map();
    const byLaterWord = /* @__PURE__ */ new Map();
    for (const { match, entry: entry2 } of patterns) {
      const trimmed = match.trim();
      const spelledOut = trimmed.includes("-") ? trimmed.replace(/([\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, "$1 - ") : trimmed;
      const items2 = mapPacked(spelledOut.split(/\s+/), itemOf);
      const anchor = anchorOf(items2);
      const first = items2[0];
      const pattern = { items: items2, entry: entry2, checkFrom: anchor === 0 && first.pos === null && !first.context ? 1 : 0 };
      const prefixes = anchor >= 0 ? pattern.items[anchor].prefixes : [];
      if (anchor < 0 || prefixes.length > 0 && anchor > 0) this.anywhere.push(pattern);
      else {
        for (const prefix of prefixes) {
          (this.byPrefix.get(prefix) ?? this.byPrefix.set(prefix, []).get(prefix)).push(pattern);
          if (!this.prefixLengths.includes(prefix.length)) this.prefixLengths.push(prefix.length);
        }
        const index = anchor === 0 ? byWord : byLaterWord.get(anchor) ?? byLaterWord.set(anchor, /* @__PURE__ */ new Map()).get(anchor);
        for (const word of pattern.items[anchor].words) (index.get(word) ?? index.set(word, []).get(word)).push(pattern);
      }
    }
    this.byWord = new PatternsByWord(byWord, 0);
    this.byLaterWord = mapPacked([...byLaterWord], ([offset, index]) => new PatternsByWord(index, offset));
  }
  /**
   * Every pattern that matches starting at token `at` (tokens `at`..`end` exclusive), with the
   * index of its last token: the longest way each pattern can match.
   */
  matchAt(tokens, spelled, at, end) {
    currentIds(spelled);
    const lemmaId = spelled.lemmaId[at];
    const lowerId = spelled.lowerId[at];
    let found = collectOnWord(this.byWord, lemmaId, tokens, spelled, at, end, NONE);
    if (lowerId !== lemmaId) found = collectOnWord(this.byWord, lowerId, tokens, spelled, at, end, found);
    if (this.prefixLengths.length > 0) {
      const lemma = spelled.lemma[at];
      const lower = spelled.lower[at];
      for (const length of this.prefixLengths) {
        const lemmaPrefix = lemma.length >= length ? lemma.slice(0, length) : null;
        if (lemmaPrefix !== null) found = this.collect(this.byPrefix.get(lemmaPrefix), tokens, spelled, at, end, found);
        if (lower.length >= length && !(lemmaPrefix !== null && lower.startsWith(lemmaPrefix))) found = this.collect(this.byPrefix.get(lower.slice(0, length)), tokens, spelled, at, end, found);
      }
    }
    if (this.anywhere.length > 0) found = this.collect(this.anywhere, tokens, spelled, at, end, found);
    for (let k = 0; k < this.byLaterWord.length; k += 1) {
      const index = this.byLaterWord[k];
      const later = at + index.anchor;
      if (later >= end) continue;
      const laterLemma = spelled.lemmaId[later];
      const laterLower = spelled.lowerId[later];
      found = collectOnWord(index, laterLemma, tokens, spelled, at, end, found);
      if (laterLower !== laterLemma) found = collectOnWord(index, laterLower, tokens, spelled, at, end, found);
    }
    return found;
  }
  /**
   * `found` with the patterns of `patterns` that match from `at`; a new array only once there is
   * a match. A pattern indexed under both of a token's spellings is found twice and kept once;
   * patterns that share an entry (`true` in a rule list) are kept each, so the longest is there.
   */
  collect(patterns, tokens, spelled, at, end, found) {
    if (patterns === void 0) return found;
    for (const pattern of patterns) found = tryPattern(pattern, 0, tokens, spelled, at, end, found);
    return found;
  }
};
function collectOnWord(index, word, tokens, spelled, at, end, found) {
  if (word < 0 || word >= index.starts.length - 1 || (index.anchors[word >> 3] & 1 << (word & 7)) === 0) return found;
  const next2 = at + index.anchor + 1;
  const nextLemma = next2 < end ? spelled.lemmaId[next2] : -1;
  const nextLower = next2 < end ? spelled.lowerId[next2] : -1;
  for (let place = index.starts[word]; place < index.starts[word + 1]; place += 1) {
    const needed = index.nextWords[place];
    if (needed >= 0 && needed !== nextLemma && needed !== nextLower) continue;
    const pattern = index.patterns[place];
    found = tryPattern(pattern, pattern.checkFrom, tokens, spelled, at, end, found);
  }
  return found;
}
function tryPattern(pattern, checkFrom, tokens, spelled, at, end, found) {
  const last = matchFrom(pattern.items, checkFrom, tokens, spelled, at + checkFrom, end);
  if (last < at || hasMatch(found, pattern.entry, last)) return found;
  if (found === NONE) found = [];
  found.push({ entry: pattern.entry, last });
  return found;
}
function hasMatch(found, entry2, last) {
  for (const match of found) if (match.entry === entry2 && match.last === last) return true;
  return false;
}
var NONE = [];
function matchFrom(items, i, tokens, spelled, at, end) {
  for (; i < items.length; i += 1, at += 1) {
    const item = items[i];
    if (item.context) return at < end && itemMatches(item, tokens[at], spelled, at) ? at - 1 : -1;
    if (item.optional) {
      const taken = at < end && itemMatches(item, tokens[at], spelled, at) ? matchFrom(items, i + 1, tokens, spelled, at + 1, end) : -1;
      return Math.max(taken, matchFrom(items, i + 1, tokens, spelled, at, end));
    }
    if (at >= end || !itemMatches(item, tokens[at], spelled, at)) return -1;
  }
  return at - 1;
}

// src/stages/07-bias/lexicons.ts
var FILES = ["bias-reporting.json", "bias-vague-attribution.json", "bias-loaded-labels.json", "bias-informal.json", "bias-epistemological.json", "bias-speculation.json", "bias-evaluative.json", "bias-word-families.json", "bias-boosters.json", "bias-packages.json"];
function markingEntries(files) {
  const marking = [];
  for (let order = 0; order < files.length; order += 1) {
    const file = files[order];
    for (let k = 0; k < file.entries.length; k += 1) {
      const entry2 = file.entries[k];
      const category = file.category ?? file.categories?.[entry2.type];
      if (category && entry2.use !== false) marking.push({ match: entry2.match, entry: { file, entry: entry2, category, order } });
    }
  }
  return marking;
}
function biasLexicons() {
  return loadOnce("bias-lexicons", () => {
    const files = mapPacked(FILES, (name) => readDataFile(`lexicons/${name}`));
    return {
      files,
      index: new PatternIndex(markingEntries(files)),
      attributionCues: new PatternIndex(files.flatMap((file) => mapPacked(file.attributionCues ?? [], (match) => ({ match, entry: true }))))
    };
  });
}
function biasLexiconInfo() {
  return mapPacked(biasLexicons().files, ({ id, version: version2, source, licence }) => ({ id, version: version2, source, licence }));
}

// src/stages/07-bias/structures.ts
function biasRules() {
  return loadOnce("bias-rules", () => {
    const file = readDataFile("lexicons/bias-rules.json");
    return {
      file,
      negators: new Set(file.negators),
      notMarkers: new PatternIndex(mapPacked(file.notMarkers, (match) => ({ match, entry: true }))),
      exclusions: new Set(file.passiveExclusions)
    };
  });
}
var isClauseBreak = (token) => token.kind === "punctuation" && /^[,;:.!?()—–]$/.test(token.text);
var isParticiple2 = (token) => token.pos === "VERB" && token.lemma !== void 0 && token.text.toLowerCase() !== token.lemma && !/ing$/i.test(token.text);
function agentlessPassives(tokens, from, to) {
  const { exclusions } = biasRules();
  const found = [];
  for (let k = from; k < to; k += 1) {
    const auxiliary = tokens[k];
    if (auxiliary.pos !== "AUX" || auxiliary.lemma !== "be" && auxiliary.lemma !== "get") continue;
    let v = k + 1;
    while (v < to && v - k <= 3 && (tokens[v].pos === "ADV" || tokens[v].pos === "PART")) v += 1;
    const verb = tokens[v];
    if (!verb || v >= to || !isParticiple2(verb) || exclusions.has(verb.lemma)) continue;
    let agent = false;
    for (let j = v + 1; j < to && !isClauseBreak(tokens[j]); j += 1) if (tokens[j].lemma === "by") agent = true;
    if (!agent) found.push([k, v]);
    k = v;
  }
  return found;
}
var OPENING2 = /* @__PURE__ */ new Set(["\u201C", '"', "\u2018"]);
var CLOSING = { "\u201C": "\u201D", '"': '"', "\u2018": "\u2019" };
function scareQuotes(doc, from, to) {
  const { tokens } = doc;
  const speech = speechCues().attribution;
  const found = [];
  for (let k = from; k < to; k += 1) {
    const open = tokens[k].text;
    if (open.length !== 1 || !OPENING2.has(open)) continue;
    let close = k + 1;
    while (close < to && close - k <= SHORT_QUOTATION_WORDS + 1 && tokens[close].text !== CLOSING[open]) close += 1;
    const words2 = close - k - 1;
    if (close >= to || tokens[close].text !== CLOSING[open] || words2 < 1 || words2 > SHORT_QUOTATION_WORDS) continue;
    const inside = tokens.slice(k + 1, close);
    if (inside.some((token) => token.kind !== "word")) continue;
    if (inside.some((token) => token.pos === "PROPN") || inside.every((token) => token.text.charAt(0) !== token.text.charAt(0).toLowerCase())) continue;
    const introduced = tokens.slice(Math.max(from, k - 3), k).some((token) => speech.has(token.lemma ?? token.text.toLowerCase()));
    const whole = k === from && close === to - 1;
    const quote = tokenQuote(doc, k + 1);
    const attributed2 = quote !== void 0 && (quote.cue !== null || quote.source !== null);
    if (!introduced && !whole && !attributed2) found.push([k, close]);
    k = close;
  }
  return found;
}

// src/stages/07-bias/markers.ts
var ATTRIBUTION_REACH = 6;
var AGENTLESS_PASSIVE_WHY = 'agentless passive: "{text}" does not say who acted';
var SCARE_QUOTES_WHY = "scare quotes: {text} is set apart without being anyone's quoted words, which distances the writer from it";
function sentenceMarkers(doc, sentence) {
  const { tokens } = doc;
  const from = sentence.tokenStart;
  const to = sentence.tokenEnd;
  const spelled = spelledTokens(tokens);
  const { index, attributionCues } = biasLexicons();
  const markers = [];
  const marker = (first, last, category, type, why, lexicon3) => {
    const start = tokens[first].start;
    const end = tokens[last].end;
    const text = doc.text.slice(start, end);
    const { voice, quote } = tokenVoice(doc, first);
    const found = { start, end, text, voice, category, type, explanation: explain(why, text), lexicon: lexicon3 };
    if (quote !== void 0) found.quote = quote;
    return found;
  };
  const rules = biasRules();
  for (let k = from; k < to; k += 1) {
    const never = rules.notMarkers.matchAt(tokens, spelled, k, to);
    if (never.length > 0) {
      k = lastOfLongest(never);
      continue;
    }
    const matches = index.matchAt(tokens, spelled, k, to);
    if (matches.length === 0) continue;
    const best = bestMatch(matches, tokens, spelled, from, k, rules);
    if (!best) continue;
    const { entry: entry2, last } = best;
    const found = marker(k, last, entry2.category, entry2.entry.type, entry2.entry.why, { id: entry2.file.id, source: entry2.file.source });
    if (entry2.file.attributionCues && attributed(tokens, spelled, from, k, last, attributionCues)) found.attributed = true;
    if (entry2.file.negation !== "drop" && negated(spelled, from, k, rules)) found.negated = true;
    markers.push(found);
    k = last;
  }
  const lexicon2 = { id: rules.file.id, source: rules.file.source };
  for (const [first, last] of agentlessPassives(tokens, from, to)) {
    markers.push(marker(first, last, "agentless_passive", "agentless_passive", AGENTLESS_PASSIVE_WHY, lexicon2));
  }
  for (const [first, last] of scareQuotes(doc, from, to)) {
    markers.push(marker(first, last, "scare_quotes", "scare_quotes", SCARE_QUOTES_WHY, lexicon2));
  }
  return markers.sort((a, b) => a.start - b.start || a.end - b.end);
}
function lastOfLongest(matches) {
  let last = -1;
  for (const match of matches) last = Math.max(last, match.last);
  return last;
}
function bestMatch(matches, tokens, spelled, from, k, rules) {
  let best;
  for (const match of matches) {
    if (inCompound(tokens, k, match.last) || match.entry.file.negation === "drop" && negated(spelled, from, k, rules)) continue;
    if (!best || match.last > best.last || match.last === best.last && match.entry.order < best.entry.order) best = match;
  }
  return best;
}
function explain(why, text) {
  return why.replace("{text}", () => text);
}
function inCompound(tokens, first, last) {
  const joined = (left, right) => left !== void 0 && right !== void 0 && left.end === right.start;
  const hyphenAfter = tokens[last + 1]?.text === "-" && joined(tokens[last], tokens[last + 1]) && joined(tokens[last + 1], tokens[last + 2]);
  const hyphenBefore = tokens[first - 1]?.text === "-" && joined(tokens[first - 1], tokens[first]) && joined(tokens[first - 2], tokens[first - 1]);
  return hyphenAfter || hyphenBefore;
}
function negated(spelled, from, k, rules) {
  for (let j = k - 1; j >= Math.max(from, k - rules.file.negationReach); j -= 1) if (rules.negators.has(spelled.lower[j])) return true;
  return false;
}
function attributed(tokens, spelled, from, first, last, cues) {
  const before = tokens[first - 1]?.text ?? "";
  const after = tokens[last + 1]?.text ?? "";
  if (before === "\u201C" && after === "\u201D" || before === '"' && after === '"') return true;
  for (let j = Math.max(from, first - ATTRIBUTION_REACH); j < first; j += 1) if (cues.matchAt(tokens, spelled, j, first).length > 0) return true;
  return false;
}

// src/stages/07-bias/score.ts
var CATEGORIES = ["epistemological", "reporting", "vague_attribution", "loaded_label", "evaluative", "booster", "speculation", "agentless_passive", "scare_quotes", "informal"];
var WORD_CLASSES = ["ADJ", "ADV", "NUM", "PROPN", "PRON"];
function biasFeatures(markers, reading) {
  const features = [];
  for (const category of CATEGORIES) {
    let count = 0;
    for (const marker of markers) if (marker.category === category) count += 1;
    features.push(Math.log1p(count));
  }
  const { words: words2 } = reading;
  features.push(reading.sentimentStrength, words2 > 0 ? reading.scoredWords / words2 : 0, Math.log1p(words2));
  for (const count of reading.classWords) features.push(words2 > 0 ? count / words2 : 0);
  features.push(Math.log1p(reading.negativeWords), Math.log1p(reading.positiveWords));
  return features;
}
var FEATURE_NAMES2 = [...CATEGORIES, "sentimentStrength", "subjectivity", "words", ...mapPacked(WORD_CLASSES, (name) => `share:${name}`), "negativeWords", "positiveWords"];
var weightsFile2 = () => loadOnce("bias-weights", () => readDataFile("models/bias-weights.json"));
var weightVector = () => loadOnce("bias-weight-vector", () => mapPacked(FEATURE_NAMES2, (name) => weightsFile2().weights[name] ?? 0));
function biasScore(features) {
  const weights = weightVector();
  let z = weightsFile2().intercept;
  for (let k = 0; k < weights.length; k += 1) z += weights[k] * features[k];
  return 1 / (1 + Math.exp(-z));
}
function biasWeightsInfo() {
  const { id, version: version2, source, licence } = weightsFile2();
  return { id, version: version2, source, licence };
}

// src/stages/07-bias/wording.ts
function markerTerm(doc, sentence, marker) {
  const lemmas = [];
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t += 1) {
    const token = doc.tokens[t];
    if (token.kind === "word" && token.start >= marker.start && token.end <= marker.end) lemmas.push(token.lemma ?? token.text.toLowerCase());
  }
  return lemmas.join(" ");
}

// src/stages/07-bias/index.ts
function sentenceEvidence(doc, sentence) {
  const markers = sentenceMarkers(doc, sentence);
  const sentiment = sentenceSentiment(doc, sentence);
  const reading = stretchReading(doc, sentence, sentiment, void 0);
  return { markers, words: reading.words, sentiment, features: biasFeatures(markers, reading) };
}
function stretchReading(doc, sentence, sentiment, voice) {
  const classWords = mapPacked(WORD_CLASSES, () => 0);
  let words2 = 0;
  const owners = voice === void 0 ? void 0 : voiceIndex(doc).owners;
  const quoted = voice === "quoted";
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t += 1) {
    const token = doc.tokens[t];
    if (token.kind !== "word" || owners !== void 0 && owners[t] > 0 !== quoted) continue;
    words2 += 1;
    const wordClass = wordClassOf(token.pos);
    if (wordClass >= 0) classWords[wordClass] = classWords[wordClass] + 1;
  }
  const { evidence } = sentiment;
  let scoredWords = 0;
  let negativeWords = 0;
  let positiveWords = 0;
  for (let i = 0; i < evidence.length; i += 1) {
    const item = evidence[i];
    if (voice !== void 0 && item.voice !== voice) continue;
    let scoredBefore = false;
    let signBefore = false;
    for (let j = 0; j < i; j += 1) {
      const earlier = evidence[j];
      if (earlier.start !== item.start || voice !== void 0 && earlier.voice !== voice) continue;
      scoredBefore = true;
      if (Math.sign(earlier.weight) === Math.sign(item.weight)) signBefore = true;
    }
    if (!scoredBefore) scoredWords += 1;
    if (!signBefore && item.weight < 0) negativeWords += 1;
    else if (!signBefore && item.weight > 0) positiveWords += 1;
  }
  const sentimentStrength = Math.abs(voice === void 0 ? sentiment.score : voiceScore(sentiment, voice, words2, countWords(doc.tokens, sentence.tokenStart, sentence.tokenEnd)));
  return { words: words2, sentimentStrength, scoredWords, negativeWords, positiveWords, classWords };
}
function wordClassOf(pos) {
  for (let k = 0; k < WORD_CLASSES.length; k += 1) if (WORD_CLASSES[k] === pos) return k;
  return -1;
}
var LEXICAL_CATEGORIES = /* @__PURE__ */ new Set(["evaluative", "loaded_label", "reporting", "epistemological", "informal", "booster", "scare_quotes", "vague_attribution"]);
var NOT_LEXICAL_TYPES = /* @__PURE__ */ new Set(["hedge", "implicative"]);
var isLexical = (marker) => LEXICAL_CATEGORIES.has(marker.category) && !NOT_LEXICAL_TYPES.has(marker.type) && marker.negated !== true;
function sentenceWording(doc, sentence, markers) {
  const words2 = sentenceWordingWords(doc, sentence);
  const wording2 = { writer: { words: words2.writer, terms: [] }, quoted: { words: words2.quoted, terms: [] } };
  for (const marker of markers) if (isLexical(marker)) wording2[inSourceWording(doc, marker.start) ? "quoted" : "writer"].terms.push(markerTerm(doc, sentence, marker));
  return wording2;
}
function sentencesBias(doc) {
  return mapPacked(doc.analysedSentences(), (sentence) => sentenceBias(doc, sentence));
}
function sentenceBias(doc, sentence) {
  const { markers, words: words2, sentiment, features } = sentenceEvidence(doc, sentence);
  const score = roundScore(biasScore(features));
  const voiceWords = sentenceVoiceWords(doc, sentence);
  const all = voiceWords.writer + voiceWords.quoted;
  const voiceOf = (voice) => {
    const own = voiceWords[voice];
    if (own === 0) return { words: 0, score: null };
    if (own === all) return { words: own, score };
    return { words: own, score: biasScore(biasFeatures(markers.filter((marker) => marker.voice === voice), stretchReading(doc, sentence, sentiment, voice))) };
  };
  return { start: sentence.start, end: sentence.end, text: sentence.text, sentence: sentence.index, score, markers, words: words2, voices: { writer: voiceOf("writer"), quoted: voiceOf("quoted") }, wording: sentenceWording(doc, sentence, markers) };
}
var per100 = (count, words2) => words2 > 0 ? Math.round(count / words2 * 1e6) / 1e4 : 0;
function ratesOf(counts2, words2) {
  const rates = {};
  for (const category of CATEGORIES) rates[category] = per100(counts2[category], words2);
  return rates;
}
function noCounts() {
  const counts2 = {};
  for (const category of CATEGORIES) counts2[category] = 0;
  return counts2;
}
function voiceBias(sentences, voice) {
  const counts2 = noCounts();
  const mean = new VoiceMean();
  let markers = 0;
  let wordingWords = 0;
  const terms = /* @__PURE__ */ new Set();
  for (const sentence of sentences) {
    wordingWords += sentence.wording[voice].words;
    for (const term of sentence.wording[voice].terms) terms.add(term);
    const own = sentence.voices[voice];
    if (own.score !== null) mean.add(own.score, own.words, sentence.voices.writer.words + sentence.voices.quoted.words);
    for (const marker of sentence.markers) {
      if (marker.voice !== voice) continue;
      counts2[marker.category] += 1;
      markers += 1;
    }
  }
  return { words: mean.words, score: roundScore(mean.mean() ?? 0), markers, counts: counts2, rates: ratesOf(counts2, mean.words), lexical: per100(terms.size, wordingWords) };
}
function totals(sentences) {
  const counts2 = noCounts();
  const markers = [];
  let words2 = 0;
  let score = 0;
  for (const sentence of sentences) {
    words2 += sentence.words;
    score += sentence.score / sentences.length;
    for (const marker of sentence.markers) {
      counts2[marker.category] += 1;
      markers.push(marker);
    }
  }
  return { score: roundScore(score), markers, counts: counts2, rates: ratesOf(counts2, words2) };
}
function report(sentences) {
  const { score, markers, counts: counts2, rates } = totals(sentences);
  const voices = { writer: voiceBias(sentences, "writer"), quoted: voiceBias(sentences, "quoted") };
  return { score, markers, counts: counts2, rates, voices, sentences: mapPacked(sentences, sentenceReport) };
}
function sentenceReport({ start, end, text, sentence, score, markers }) {
  return { start, end, text, sentence, score, markers };
}
function textBias(doc) {
  return report(sentencesBias(doc));
}
var BIAS = layerKey("bias");
function biasStage(doc) {
  const sentences = sentencesBias(doc);
  const parts = mapPacked(partGroups(doc, sentences, (sentence) => doc.sentences[sentence.sentence]), ({ part, section, items }) => {
    const { score, counts: counts2, rates } = totals(items);
    const start = items[0].start;
    const end = items[items.length - 1].end;
    return { part, section, start, end, text: doc.text.slice(start, end), score, counts: counts2, rates };
  });
  doc.setLayer(BIAS, { ...report(sentences), parts });
}

// src/stages/08-framing/cues.ts
function sentenceCues(doc, sentence, lexicons) {
  const { tokens } = doc;
  const from = sentence.tokenStart;
  const to = sentence.tokenEnd;
  const spelled = spelledTokens(tokens);
  const coveredTo = /* @__PURE__ */ new Map();
  const cues = [];
  for (let k = from; k < to; k += 1) {
    const matches = lexicons.index.matchAt(tokens, spelled, k, to);
    if (matches.length === 0) continue;
    for (const { entry: entry2, last } of longestByKey(matches, coveredTo, k)) {
      coveredTo.set(entry2.key, last);
      const start = tokens[k].start;
      const end = tokens[last].end;
      const { voice, quote } = tokenVoice(doc, k);
      const text = doc.text.slice(start, end);
      const cue = { start, end, text, voice, category: "frame", scheme: entry2.scheme, frame: entry2.frame, explanation: entry2.why, lexicon: entry2.lexicon };
      if (entry2.item !== void 0) cue.item = entry2.item;
      if (quote !== void 0) cue.quote = quote;
      cues.push({ cue, target: entry2, word: text.toLowerCase() });
    }
  }
  return cues;
}
function longestByKey(matches, coveredTo, k) {
  if (matches.length === 1) return (coveredTo.get(matches[0].entry.key) ?? -1) >= k ? NONE2 : matches;
  const kept = [];
  for (const match of matches) {
    const { key } = match.entry;
    if ((coveredTo.get(key) ?? -1) >= k) continue;
    let place = 0;
    while (place < kept.length && kept[place].entry.key !== key) place += 1;
    if (place === kept.length) kept.push(match);
    else if (match.last > kept[place].last) kept[place] = match;
  }
  return kept;
}
var NONE2 = [];

// src/stages/08-framing/features.ts
var SECTION_PRIOR_WORDS = 100;
function countCues(facts, sentences, cues) {
  let words2 = 0;
  for (const sentence of sentences) words2 += facts.words[sentence.index];
  const counts2 = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  const kinds = /* @__PURE__ */ new Map();
  for (const { target, word } of cues) {
    const { key } = target;
    counts2.set(key, (counts2.get(key) ?? 0) + 1);
    const words3 = seen.get(key);
    if (!words3) seen.set(key, /* @__PURE__ */ new Set([word]));
    else if (words3.has(word)) continue;
    else words3.add(word);
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
  }
  return { words: words2, counts: counts2, kinds };
}
function cueRate(own, key, article, tally = "counts") {
  const count = own[tally].get(key) ?? 0;
  if (!article) return own.words > 0 ? 100 * count / own.words : 0;
  const prior = article.words > 0 ? (article[tally].get(key) ?? 0) / article.words : 0;
  return 100 * (count + SECTION_PRIOR_WORDS * prior) / (own.words + SECTION_PRIOR_WORDS);
}
var QUOTATION = /["“”]/;
var KIND_OF = { PERSON: "people", ORG: "organisations", GPE: "places", NORP: "places", LOC: "places" };
var AMOUNTS = /* @__PURE__ */ new Set(["MONEY", "PERCENT"]);
function sentenceFacts(doc) {
  const words2 = new Int32Array(doc.sentences.length);
  const quoted = new Uint8Array(doc.sentences.length);
  const score = new Float64Array(doc.sentences.length);
  for (const sentence of doc.analysedSentences()) {
    words2[sentence.index] = countWords(doc.tokens, sentence.tokenStart, sentence.tokenEnd);
    quoted[sentence.index] = QUOTATION.test(sentence.text) ? 1 : 0;
    score[sentence.index] = sentenceSentiment(doc, sentence).score;
  }
  const entities = /* @__PURE__ */ new Map();
  doc.entities.forEach((entity, index) => {
    const kind = KIND_OF[entity.type];
    if (!kind) return;
    for (const mention of entity.mentions) {
      const list = entities.get(mention.sentence);
      if (list) list.push({ entity: index, kind });
      else entities.set(mention.sentence, [{ entity: index, kind }]);
    }
  });
  const amounts = /* @__PURE__ */ new Map();
  const starts = mapPacked(doc.sentences, (sentence) => sentence.start);
  for (const amount of doc.numericEntities) {
    if (!AMOUNTS.has(amount.type)) continue;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (starts[middle] <= amount.start) low = middle;
      else high = middle - 1;
    }
    amounts.set(low, (amounts.get(low) ?? 0) + 1);
  }
  return { entities, amounts, words: words2, quoted, score };
}
function analysisFeatures(sentences, facts) {
  const named = { people: /* @__PURE__ */ new Set(), organisations: /* @__PURE__ */ new Set(), places: /* @__PURE__ */ new Set() };
  let quoted = 0;
  let tone = 0;
  let negative = 0;
  let amounts = 0;
  for (const sentence of sentences) {
    const score = facts.score[sentence.index];
    quoted += facts.quoted[sentence.index];
    tone += Math.abs(score);
    if (score < -0.05) negative += 1;
    for (const { entity, kind } of facts.entities.get(sentence.index) ?? []) named[kind].add(entity);
    amounts += facts.amounts.get(sentence.index) ?? 0;
  }
  const n = Math.max(1, sentences.length);
  return {
    people: Math.log1p(named.people.size),
    organisations: Math.log1p(named.organisations.size),
    places: Math.log1p(named.places.size),
    quoted: quoted / n,
    tone: tone / n,
    negative: negative / n,
    amounts: Math.log1p(amounts)
  };
}
function spanFeatures(sentences, facts, own, keys2, article) {
  const features = analysisFeatures(sentences, facts);
  const names = rateNames(keys2);
  keys2.forEach((key, k) => features[names[k]] = Math.log1p(cueRate(own, key, article)));
  return features;
}
var rateNamesOf = /* @__PURE__ */ new WeakMap();
function rateNames(keys2) {
  let names = rateNamesOf.get(keys2);
  if (!names) rateNamesOf.set(keys2, names = mapPacked(keys2, (key) => `rate:${key}`));
  return names;
}

// src/stages/08-framing/lexicons.ts
function spanFramesOf(generic, policy, keys2) {
  const scoredFrame = (scheme, frame) => ({ frame, key: keyOf(scheme, frame) });
  return {
    generic: mapPacked(generic.frames, (frame) => scoredFrame("generic", frame.id)),
    policy: mapPacked(policy.frames.filter((frame) => frame.id !== "other"), (frame) => scoredFrame("policy", frame.id)),
    custom: mapPacked(keys2.filter((key) => key.startsWith("custom|")), (key) => scoredFrame("custom", key.slice("custom|".length, key.lastIndexOf("|"))))
  };
}
var keys = /* @__PURE__ */ new Map();
function keyOf(scheme, frame, item = "") {
  let byFrame = keys.get(scheme);
  if (!byFrame) keys.set(scheme, byFrame = /* @__PURE__ */ new Map());
  let byItem = byFrame.get(frame);
  if (!byItem) byFrame.set(frame, byItem = /* @__PURE__ */ new Map());
  let key = byItem.get(item);
  if (key === void 0) byItem.set(item, key = `${scheme}|${frame}|${item}`);
  return key;
}
var keysOf = (targets) => [...new Set(mapPacked(targets, ({ entry: entry2 }) => entry2.key))];
function builtInTargets(file) {
  const lexicon2 = { id: file.id, source: file.source };
  return mapPacked(file.entries, ({ match, frame, item, why }) => ({ match, entry: { scheme: file.scheme, frame, item, key: keyOf(file.scheme, frame, item), frameKey: keyOf(file.scheme, frame), why: why ?? `${frame}: a cue of the ${file.scheme} frame`, lexicon: lexicon2 } }));
}
var builtIn = () => loadOnce("frame-lexicons", () => {
  const generic = readDataFile("lexicons/frames-generic.json");
  const policy = readDataFile("lexicons/frames-policy.json");
  const cues = [...builtInTargets(generic), ...builtInTargets(policy)];
  const keys2 = keysOf(cues);
  return { lexicons: { generic, policy, lists: mapPacked([generic, policy], ({ id, version: version2, source, licence }) => ({ id, version: version2, source, licence })), index: new PatternIndex(cues), keys: keys2, spanFrames: spanFramesOf(generic, policy, keys2) }, cues };
});
function frameLexicons() {
  return builtIn().lexicons;
}
function extendedLexicons(extra) {
  const base = frameLexicons();
  if (extra.length === 0) return base;
  const targets = [...builtIn().cues, ...extra.flatMap(({ targets: targets2 }) => targets2)];
  const keys2 = keysOf(targets);
  return { ...base, lists: [...base.lists, ...mapPacked(extra, ({ info }) => info)], index: new PatternIndex(targets), keys: keys2, spanFrames: spanFramesOf(base.generic, base.policy, keys2) };
}

// src/stages/08-framing/score.ts
var framingWeights = () => loadOnce("framing-weights", () => readDataFile("models/framing-weights.json"));
function frameScore(model, features) {
  let z = model.intercept;
  model.features.forEach((name, j) => z += model.weights[j] * ((features[name] ?? 0) - model.mean[j]) / model.scale[j]);
  return 1 / (1 + Math.exp(-z));
}
var shareScore = (share, frames) => share / (share + 1 / frames);
var densityScore = (rate) => rate / (1 + rate);
function framingWeightsInfo() {
  const { id, version: version2, source, licence } = framingWeights();
  return { id, version: version2, source, licence };
}

// src/stages/08-framing/index.ts
function framingOf(sentences, cues, lexicons, facts, article) {
  const counts2 = countCues(facts, sentences, cues);
  const features = spanFeatures(sentences, facts, counts2, lexicons.keys, article);
  const weights = framingWeights();
  const byFrame = /* @__PURE__ */ new Map();
  for (const { cue, target } of cues) {
    const list = byFrame.get(target.frameKey);
    if (list) list.push(cue);
    else byFrame.set(target.frameKey, [cue]);
  }
  const { spanFrames } = lexicons;
  const scored = (value, { frame, key }) => {
    const score = roundScore(value);
    const evidence = byFrame.get(key) ?? [];
    return { frame, score, present: score >= 0.5 && evidence.length > 0, evidence };
  };
  const generic = mapPacked(spanFrames.generic, (frame) => scored(frameScore(weights.generic[frame.frame], features), frame));
  const rates = mapPacked(spanFrames.policy, (frame) => cueRate(counts2, frame.key, article, "kinds"));
  const total = rates.reduce((sum, rate) => sum + rate, 0);
  const policy = mapPacked(spanFrames.policy, (frame, k) => scored(total > 0 ? shareScore(rates[k] / total, spanFrames.policy.length) : 0, frame));
  const strongest2 = Math.max(0, ...mapPacked(policy, (frame) => frame.score));
  policy.push({ frame: "other", score: roundScore(1 - strongest2), present: counts2.words > 0 && policy.every((frame) => !frame.present), evidence: [] });
  const custom = mapPacked(spanFrames.custom, (frame) => scored(densityScore(cueRate(counts2, frame.key, article)), frame));
  return { generic, policy, custom, counts: counts2 };
}
function readCues(doc, lexicons) {
  const sentences = doc.analysedSentences();
  const cuesOf = mapPacked(sentences, (sentence) => sentenceCues(doc, sentence, lexicons));
  return { sentences, cuesOf, cues: cuesIn(cuesOf, sentences.keys()) };
}
function cuesIn(cuesOf, places) {
  const cues = [];
  for (const k of places) for (const cue of cuesOf[k]) cues.push(cue);
  return cues;
}
function frameReport(doc, lexicons = frameLexicons()) {
  const { sentences, cuesOf, cues } = readCues(doc, lexicons);
  const facts = sentenceFacts(doc);
  const { counts: counts2, ...article } = framingOf(sentences, cues, lexicons, facts);
  const bySection = /* @__PURE__ */ new Map();
  sentences.forEach((sentence, k) => {
    if (sentence.section === null) return;
    const own = bySection.get(sentence.section);
    if (own) own.push(k);
    else bySection.set(sentence.section, [k]);
  });
  const sections = doc.structure.sections.flatMap((section, index) => {
    const own = bySection.get(index);
    if (!own) return [];
    const { counts: _, ...framing } = framingOf(mapPacked(own, (k) => sentences[k]), cuesIn(cuesOf, own), lexicons, facts, counts2);
    return [{ section: index, heading: section.heading?.text ?? null, start: section.start, end: section.end, text: doc.text.slice(section.start, section.end), ...framing }];
  });
  return { ...article, sections };
}
var FRAMING = layerKey("framing");
function framingStage(doc) {
  doc.setLayer(FRAMING, frameReport(doc));
}

// src/pipeline.ts
var STAGES = [
  { name: "markup", requires: ["text"], assigns: ["view"], run: (doc) => void (doc.view = maskMarkup(doc.text)) },
  { name: "structure", requires: ["text", "view"], assigns: ["structure", "units"], run: structureStage },
  { name: "tokens", requires: ["text", "view", "units"], assigns: ["tokens", "sentences", "numericEntities"], run: tokenStage },
  { name: "entities", requires: ["text", "tokens", "sentences", "structure", "numericEntities"], assigns: ["entities"], run: entityStage },
  { name: "quotes", requires: ["text", "tokens", "sentences", "units", "entities"], assigns: [QUOTES, VOICE_INDEX], run: quotesStage },
  { name: "sentiment", requires: ["text", "tokens", "sentences", "structure", "entities", VOICE_INDEX], assigns: [SENTENCE_SENTIMENT, SENTIMENT, ENTITY_SENTIMENT, ENTITY_VOICE_TONES], run: sentimentStage },
  { name: "bias", requires: ["text", "tokens", "sentences", "structure", VOICE_INDEX], uses: [SENTENCE_SENTIMENT], assigns: [BIAS], run: biasStage },
  { name: "framing", requires: ["text", "tokens", "sentences", "structure", "entities", "numericEntities", VOICE_INDEX], uses: [SENTENCE_SENTIMENT], assigns: [FRAMING], run: framingStage }
];
function runPipeline(text, last, skip = []) {
  const doc = new NewsDocument(text);
  for (const stage of STAGES) {
    const t0 = performance.now(); if (!skip.includes(stage.name)) stage.run(doc); globalThis.__T.stages.push([stage.name, +(performance.now()-t0).toFixed(1)]);
    if (stage.name === last) break;
  }
  return doc;
}

// src/stages/06-sentiment/info.ts
function sentimentInfo() {
  return {
    lexicons: [...mapPacked(valenceLexicons(), (lexicon2) => lexicon2.info), lexiconInfo({ ...RULES, entries: [] })],
    models: [sentimentWeightsInfo(), targetModelInfo(), entityCutsInfo()]
  };
}

// src/analysis.ts
var DEFAULT_MAX_LENGTH = 1e6;
var SKIPPABLE = ["sentiment", "bias", "framing"];
var DEFAULT_OPTIONS = { includeTokens: false, skip: [] };
function buildAnalysis(doc, options) {
  const analysed = doc.analysedSentences();
  let words2 = 0;
  for (const sentence of analysed) words2 += countWords(doc.tokens, sentence.tokenStart, sentence.tokenEnd);
  const voices = articleVoices(doc);
  const analysis = {
    meta: {
      library: "newslens",
      version: "0.1.0",
      options,
      stages: mapPacked(STAGES.filter((stage) => !options.skip.includes(stage.name)), (stage) => stage.name),
      lexicons: [lexiconInfo(BOILERPLATE_CUES), ...gazetteerInfo(), ...sentimentInfo().lexicons, ...biasLexiconInfo(), lexiconInfo(biasRules().file), speechCues().info, lexiconInfo(quoteSources()), givenNameGendersInfo(), ...frameLexicons().lists],
      models: [
        { id: "wink-nlp", version: "2.4.0", source: "winkjs/wink-nlp: tokens, sentences, POS, lemmas", licence: "MIT" },
        { id: "wink-eng-lite-web-model", version: "1.8.1", source: "winkjs/wink-eng-lite-web-model: English model, numeric and temporal entities", licence: "MIT" },
        nameTaggerInfo(),
        salienceInfo(),
        ...sentimentInfo().models,
        biasWeightsInfo(),
        framingWeightsInfo()
      ]
    },
    stats: {
      characters: doc.text.length,
      words: words2,
      sentences: analysed.length,
      paragraphs: doc.structure.sections.reduce((sum, section) => sum + section.paragraphs.length, 0),
      sections: doc.structure.sections.length,
      boilerplate: doc.structure.boilerplate.length
    },
    structure: doc.structure,
    sentences: withSentiment(doc.sentences, doc.layer(SENTENCE_SENTIMENT)),
    entities: withVoices(doc, voices),
    quotes: doc.layer(QUOTES) ?? [],
    voices
  };
  const sentiment = doc.layer(SENTIMENT);
  const bias = doc.layer(BIAS);
  const framing = doc.layer(FRAMING);
  if (sentiment) analysis.sentiment = sentiment;
  if (bias) analysis.bias = bias;
  if (framing) analysis.framing = framing;
  if (options.includeTokens) analysis.tokens = doc.tokens;
  return analysis;
}
function withVoices(doc, articleVoices2) {
  const sentiments = doc.layer(ENTITY_SENTIMENT);
  const tones = doc.layer(ENTITY_VOICE_TONES);
  const quoted = /* @__PURE__ */ new Map();
  for (const row of articleVoices2.speakers) if (row.speaker !== null) quoted.set(row.speaker, row);
  return mapPacked(doc.entities, (entity, index) => {
    const sentiment = sentiments?.[index];
    const numeric = NUMERIC_TYPES.has(entity.type);
    if (numeric && sentiment === void 0) return entity;
    const copy = Object.assign({}, entity);
    if (sentiment !== void 0) copy.sentiment = sentiment;
    if (numeric) return copy;
    const tone = tones?.[index];
    const row = quoted.get(entity.id);
    copy.voices = { writer: tone?.writer ?? null, quoted: tone?.quoted ?? null, quotes: row?.quotes ?? 0, quotedWords: row?.words ?? 0 };
    return copy;
  });
}
function withSentiment(items, scores) {
  if (!scores) return items;
  return mapPacked(items, (item, index) => {
    const sentiment = scores[index];
    if (sentiment === void 0) return item;
    const copy = Object.assign({}, item);
    copy.sentiment = sentiment;
    return copy;
  });
}

// src/errors.ts
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
function assertText(fn, value) {
  if (typeof value !== "string") {
    throw new TypeError(`newslens.${fn}(text): expected text to be a string, received ${describe(value)}`);
  }
}
function assertOptions(fn, value) {
  if (value === void 0) return;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new TypeError(`newslens.${fn}(text, options): expected options to be an object, received ${describe(value)}`);
  }
}
function assertTarget(fn, text, value) {
  const target = value;
  const isOffset = (offset) => Number.isInteger(offset);
  if (target === null || typeof target !== "object" || !isOffset(target.start) || !isOffset(target.end)) {
    throw new TypeError(`newslens.${fn}(text, target): expected target to be { start, end } with whole-number offsets, received ${describe(value)}`);
  }
  if (target.start < 0 || target.end > text.length || target.start >= target.end) {
    throw new RangeError(`newslens.${fn}(text, target): expected 0 <= start < end <= ${text.length}, received ${target.start}..${target.end}`);
  }
}
function assertSkip(fn, value) {
  if (!Array.isArray(value) || value.some((name) => !SKIPPABLE.includes(name))) {
    throw new TypeError(`newslens.${fn}(text, options): expected options.skip to be an array of ${SKIPPABLE.map((name) => `'${name}'`).join(", ")}, received ${JSON.stringify(value)}`);
  }
}
var grouped = (count) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
function assertLength(fn, text, options) {
  const maxLength = options?.maxLength;
  if (maxLength !== void 0 && !(Number.isInteger(maxLength) && maxLength >= 0 || maxLength === Infinity)) {
    const received = typeof maxLength === "number" ? String(maxLength) : describe(maxLength);
    throw new TypeError(`newslens.${fn}(text, options): expected options.maxLength to be a whole number or Infinity, received ${received}`);
  }
  const limit = maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > limit) {
    throw new RangeError(`newslens.${fn}(text): the text is ${grouped(text.length)} characters, over maxLength ${grouped(limit)}; pass { maxLength } to raise it`);
  }
}

// src/stages/08-framing/dictionaries.ts
var fail = (where, message) => {
  throw new TypeError(`newslens.detectFrames(text, options): ${where} ${message}`);
};
function targetOf(entry2, where, lexicon2) {
  const { generic, policy } = frameLexicons();
  const genericFrame = generic.frames.find((frame) => frame.id === entry2.frame);
  const isPolicy = policy.frames.some((frame) => frame.id === entry2.frame && frame.id !== "other");
  if (entry2.scheme !== void 0 && !["generic", "policy", "custom"].includes(entry2.scheme)) fail(where, `names the scheme ${JSON.stringify(entry2.scheme)}: a scheme is 'generic', 'policy' or 'custom'`);
  const scheme = entry2.scheme ?? (entry2.item !== void 0 && genericFrame ? "generic" : isPolicy ? "policy" : genericFrame ? "generic" : "custom");
  if (scheme === "generic") {
    const items = genericFrame?.items?.map((item) => item.id) ?? fail(where, `names the generic frame '${entry2.frame}', which does not exist: the generic frames are ${mapPacked(generic.frames, (frame) => frame.id).join(", ")}`);
    if (entry2.item === void 0 || !items.includes(entry2.item)) fail(where, `is a cue of the generic frame '${entry2.frame}' and needs an item: one of ${items.join(", ")}`);
  } else if (scheme === "policy" && !isPolicy) {
    fail(where, `names the policy frame '${entry2.frame}', which does not exist or has no cues ('other')`);
  }
  const why = entry2.why ?? `${entry2.frame}${entry2.item ? ` / ${entry2.item}` : ""}: a cue of the user dictionary ${lexicon2.id}`;
  return { scheme, frame: entry2.frame, item: scheme === "generic" ? entry2.item : void 0, key: keyOf(scheme, entry2.frame, scheme === "generic" ? entry2.item : void 0), frameKey: keyOf(scheme, entry2.frame), why, lexicon: lexicon2 };
}
var PATTERN_SYNTAX = /[|?@()]/;
function parseDic(text, where) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const marks = lines.flatMap((line, index) => line.trim() === "%" ? [index] : []);
  if (marks.length < 2) fail(where, "is not a LIWC .dic file: it needs a category header between two lines holding only %");
  const [open, close] = marks;
  const categories = /* @__PURE__ */ new Map();
  for (let index = open + 1; index < close; index += 1) {
    const line = lines[index].trim();
    if (line === "") continue;
    const [number, name, extra] = line.split(/\s+/);
    if (!number || !name || extra !== void 0 || !/^\d+$/.test(number)) fail(where, `line ${index + 1}: a category line is a number and a name, received ${JSON.stringify(line)}`);
    const [frame, item] = name.split("/");
    categories.set(number, { frame, item });
  }
  const entries = [];
  for (let index = close + 1; index < lines.length; index += 1) {
    const line = lines[index].trim();
    if (line === "") continue;
    const words2 = line.replace(/\t/g, " ").split(/\s+/);
    const tab = line.indexOf("	");
    let split = tab >= 0 ? line.slice(0, tab).trim().split(/\s+/).length : words2.length;
    if (tab < 0) while (split > 1 && /^\d+$/.test(words2[split - 1])) split -= 1;
    const phrase = words2.slice(0, split).join(" ").toLowerCase();
    const numbers = words2.slice(split);
    if (numbers.some((number) => !/^\d+$/.test(number))) fail(where, `line ${index + 1}: category numbers must be whole numbers, received ${JSON.stringify(line)}`);
    if (numbers.length === 0 || PATTERN_SYNTAX.test(phrase) || /\*(?!$|\s)/.test(phrase)) fail(where, `line ${index + 1}: expected a word or phrase (a trailing * for a prefix) and category numbers, received ${JSON.stringify(line)}`);
    for (const number of numbers) {
      const category = categories.get(number) ?? fail(where, `line ${index + 1}: category ${number} is not in the header`);
      entries.push({ match: phrase, frame: category.frame, item: category.item });
    }
  }
  return entries;
}
function resolveDictionaries(value) {
  if (value === void 0) return [];
  if (!Array.isArray(value)) fail("options.dictionaries", `must be an array of dictionaries (objects, or the text of .dic files), received ${typeof value}`);
  return mapPacked(value, (input, n) => {
    const where = `options.dictionaries[${n}]`;
    const dictionary = typeof input === "string" ? { id: `dictionary-${n + 1}`, source: "user dictionary (LIWC .dic)", dic: input } : input;
    if (typeof dictionary !== "object" || dictionary === null || typeof dictionary.id !== "string" || dictionary.id === "") fail(where, "must be the text of a .dic file or an object with a non-empty string id");
    const info = { id: dictionary.id, version: dictionary.version ?? "user", source: dictionary.source ?? "user dictionary", licence: dictionary.licence ?? "user" };
    const lexicon2 = { id: info.id, source: info.source };
    const entries = typeof dictionary.dic === "string" ? parseDic(dictionary.dic, where) : Array.isArray(dictionary.entries) ? dictionary.entries : fail(where, "needs entries (an array) or dic (the text of a .dic file)");
    const targets = mapPacked(entries, (entry2, e) => {
      const at = `${where}.entries[${e}]`;
      if (typeof entry2 !== "object" || entry2 === null || typeof entry2.match !== "string" || entry2.match.trim() === "" || typeof entry2.frame !== "string" || entry2.frame === "") fail(at, "needs a non-empty string match and frame");
      return { match: entry2.match, entry: targetOf(entry2, at, lexicon2) };
    });
    return { info, targets };
  });
}
function lexiconsWith(dictionaries) {
  return extendedLexicons(resolveDictionaries(dictionaries));
}

// src/forms/indexer.ts
function indexer(list, lacking) {
  const byObject = new Map(list.map((finding, k) => [finding, k]));
  let byValue;
  return (finding) => {
    let index = byObject.get(finding);
    if (index === void 0) {
      byValue ??= new Map(list.map((own, k) => [JSON.stringify(own), k]).reverse());
      index = byValue.get(JSON.stringify(finding));
    }
    if (index === void 0) throw new TypeError(lacking(`${finding.start}..${finding.end}`));
    return index;
  };
}

// src/forms/compact.ts
function entryAt(list, k, what) {
  if (!(k in list)) throw new TypeError(`newslens.expandAnalysis(compact): ${what} points at entry ${k} of a list of ${list.length}`);
  return list[k];
}
var sourcesOf = (lexicons) => new Map(lexicons.map((lexicon2) => [lexicon2.id, lexicon2.source]));
function compactAnalysis(analysis) {
  const sources = sourcesOf(analysis.meta.lexicons);
  const cite = (finding) => {
    const { id, source } = finding.lexicon;
    if (sources.get(id) !== source) throw new TypeError(`newslens.compactAnalysis(analysis): the finding at ${finding.start}..${finding.end} cites the list '${id}', which analysis.meta.lexicons does not hold with that source: add its { id, version, source, licence } there`);
    return { ...finding, lexicon: id };
  };
  const { library, version: version2, ...meta } = analysis.meta;
  const compact = { ...analysis, meta: { library, version: version2, form: "compact", ...meta } };
  const { bias, framing } = analysis;
  if (bias) {
    const markerIndex = indexer(bias.markers, (at) => `newslens.compactAnalysis(analysis): a sentence of bias.sentences lists a marker at ${at} that bias.markers lacks`);
    compact.bias = {
      ...bias,
      markers: bias.markers.map(cite),
      sentences: bias.sentences.map((sentence) => ({ ...sentence, markers: sentence.markers.map(markerIndex) }))
    };
  }
  if (framing) compact.framing = compactFraming(framing, cite);
  return compact;
}
function compactFraming(framing, cite) {
  const schemes = ["generic", "policy", "custom"];
  const articleFrames = (scheme) => framing[scheme].map((frame) => ({ ...frame, evidence: frame.evidence.map(cite) }));
  const lacking = (scheme, frame) => (at) => `newslens.compactAnalysis(analysis): a section's ${scheme} frame '${frame}' lists a cue at ${at} that the article's lacks`;
  const cueIndex = /* @__PURE__ */ new Map();
  for (const scheme of schemes) for (const frame of framing[scheme]) cueIndex.set(`${scheme}|${frame.frame}`, indexer(frame.evidence, lacking(scheme, frame.frame)));
  const sectionFrames = (section, scheme) => section[scheme].map((frame) => {
    const index = cueIndex.get(`${scheme}|${frame.frame}`) ?? indexer([], lacking(scheme, frame.frame));
    return { ...frame, evidence: frame.evidence.map(index) };
  });
  return {
    ...framing,
    generic: articleFrames("generic"),
    policy: articleFrames("policy"),
    custom: articleFrames("custom"),
    sections: framing.sections.map((section) => ({
      ...section,
      generic: sectionFrames(section, "generic"),
      policy: sectionFrames(section, "policy"),
      custom: sectionFrames(section, "custom")
    }))
  };
}
function expandAnalysis(compact) {
  const { form: _, ...meta } = compact.meta;
  const sources = sourcesOf(meta.lexicons);
  const cited = (finding) => {
    const source = sources.get(finding.lexicon);
    if (source === void 0) throw new TypeError(`newslens.expandAnalysis(compact): a finding cites the list '${finding.lexicon}', which meta.lexicons does not hold`);
    return { ...finding, lexicon: { id: finding.lexicon, source } };
  };
  const analysis = { ...compact, meta };
  const { bias, framing } = compact;
  if (bias) {
    const markers = bias.markers.map(cited);
    analysis.bias = { ...bias, markers, sentences: bias.sentences.map((sentence) => ({ ...sentence, markers: sentence.markers.map((k) => entryAt(markers, k, `sentence ${sentence.sentence} of bias.sentences`)) })) };
  }
  if (framing) {
    const article = (frames) => frames.map((frame) => ({ ...frame, evidence: frame.evidence.map(cited) }));
    const full = { generic: article(framing.generic), policy: article(framing.policy), custom: article(framing.custom) };
    const section = (frames, ofArticle) => frames.map((frame) => {
      const evidence = ofArticle.find((candidate) => candidate.frame === frame.frame)?.evidence ?? [];
      return { ...frame, evidence: frame.evidence.map((k) => entryAt(evidence, k, `a section's frame '${frame.frame}'`)) };
    });
    analysis.framing = {
      ...framing,
      ...full,
      sections: framing.sections.map((own) => ({ ...own, generic: section(own.generic, full.generic), policy: section(own.policy, full.policy), custom: section(own.custom, full.custom) }))
    };
  }
  return analysis;
}

// src/forms/lean.ts
function columns(rows, fields) {
  return Object.fromEntries(fields.map((field) => [field, rows.map((row) => row[field])]));
}
var leanSpan = ({ start, end }) => ({ start, end });
var leanDateline = ({ start, end, text, place }) => ({ start, end, text, ...place && { place: leanSpan(place) } });
function leanEntities(named, withSentiment2) {
  const lean = columns(named, ["id", "name", "type", "count", "salience"]);
  if (withSentiment2) {
    lean.tone = named.map((entity) => entity.sentiment?.score ?? null);
    lean.label = named.map((entity) => entity.sentiment?.label ?? null);
    lean.mentionsRead = named.map((entity) => entity.sentiment?.mentions ?? null);
  }
  if (named.some((entity) => entity.voices)) {
    lean.writer = named.map((entity) => entity.voices?.writer?.score ?? null);
    lean.quoted = named.map((entity) => entity.voices?.quoted?.score ?? null);
    lean.quotes = named.map((entity) => entity.voices?.quotes ?? 0);
    lean.quotedWords = named.map((entity) => entity.voices?.quotedWords ?? 0);
  }
  return lean;
}
var leanScore = ({ score, label }) => ({ score, label });
function leanAnalysis(analysis) {
  const { meta, stats, structure, sentences, entities, voices, sentiment, bias, framing } = analysis;
  const { kicker, title, subtitle, byline, dateline } = structure;
  const lean = {
    meta: { library: meta.library, version: meta.version, form: "lean", options: meta.options, stages: meta.stages },
    stats,
    structure: {
      ...kicker && { kicker },
      ...title && { title },
      ...subtitle && { subtitle },
      ...byline && { byline },
      ...dateline && { dateline: leanDateline(dateline) },
      sections: structure.sections.map(({ heading, start, end, paragraphs }) => ({ ...heading && { heading }, start, end, paragraphs: paragraphs.map(leanSpan) })),
      boilerplate: structure.boilerplate.map(leanSpan)
    },
    sentences: columns(sentences, ["start", "end", "part", "section"]),
    entities: leanEntities(entities.filter((entity) => !NUMERIC_TYPES.has(entity.type)), sentiment !== void 0),
    voices
  };
  if (sentiment) {
    lean.sentences.sentiment = sentences.map((sentence) => sentence.sentiment?.score ?? null);
    lean.sentences.label = sentences.map((sentence) => sentence.sentiment?.label ?? null);
    lean.sentiment = {
      article: leanScore(sentiment.article),
      headline: sentiment.headline && leanScore(sentiment.headline),
      body: sentiment.body && leanScore(sentiment.body),
      headlineVsBody: sentiment.headlineVsBody,
      voices: sentiment.voices,
      parts: columns(
        sentiment.parts.map(({ part, section, start, end, sentiment: { score, label }, voices: { writer, quoted } }) => ({ part, section, start, end, score, label, writer: writer?.score ?? null, quoted: quoted?.score ?? null })),
        ["part", "section", "start", "end", "score", "label", "writer", "quoted"]
      )
    };
  }
  if (bias) {
    const scores = sentences.map(() => null);
    const sentenceOf = [];
    const markerIndex = indexer(bias.markers, (at) => `newslens.leanAnalysis(analysis): a sentence of bias.sentences lists a marker at ${at} that bias.markers lacks`);
    for (const { sentence, score, markers: markers2 } of bias.sentences) {
      scores[sentence] = score;
      for (const marker of markers2) sentenceOf[markerIndex(marker)] = sentence;
    }
    lean.sentences.bias = scores;
    const markers = bias.markers.map(({ start, end, category, type, voice, lexicon: lexicon2, attributed: attributed2, negated: negated2 }, k) => {
      const sentence = sentenceOf[k];
      if (sentence === void 0) throw new TypeError(`newslens.leanAnalysis(analysis): the bias marker at ${start}..${end} is in no sentence of bias.sentences`);
      return { start, end, sentence, category, type, voice, lexicon: lexicon2.id, attributed: attributed2 === true, negated: negated2 === true };
    });
    lean.bias = {
      score: bias.score,
      counts: bias.counts,
      rates: bias.rates,
      voices: bias.voices,
      markers: columns(markers, ["start", "end", "sentence", "category", "type", "voice", "lexicon", "attributed", "negated"]),
      parts: columns(bias.parts, ["part", "section", "start", "end", "score"])
    };
  }
  if (framing) {
    const frames = (list) => list.map(({ frame, score, present, evidence }) => ({ frame, score, present, cues: evidence.length }));
    const scores = (list) => list.map((frame) => frame.score);
    lean.framing = {
      generic: frames(framing.generic),
      policy: frames(framing.policy),
      custom: frames(framing.custom),
      sections: columns(
        framing.sections.map(({ section, heading, start, end, generic, policy, custom }) => ({
          section,
          heading,
          start,
          end,
          generic: scores(generic),
          policy: scores(policy),
          custom: scores(custom),
          present: [...generic.map((frame) => ({ ...frame, scheme: "generic" })), ...policy.map((frame) => ({ ...frame, scheme: "policy" })), ...custom.map((frame) => ({ ...frame, scheme: "custom" }))].filter((frame) => frame.present).map((frame) => `${frame.scheme}:${frame.frame}`)
        })),
        ["section", "heading", "start", "end", "generic", "policy", "custom", "present"]
      )
    };
  }
  return lean;
}

// src/forms/index.ts
function analysisInForm(analysis, form) {
  if (form === "compact") return compactAnalysis(analysis);
  if (form === "lean") return leanAnalysis(analysis);
  return analysis;
}

// src/index.ts
var version = "0.1.0";
function analyze(text, options) {
  assertText("analyze", text);
  assertOptions("analyze", options);
  assertLength("analyze", text, options);
  const { maxLength, ...chosen } = options ?? {};
  const resolved = { ...DEFAULT_OPTIONS, ...chosen };
  assertSkip("analyze", resolved.skip);
  return buildAnalysis(runPipeline(text, "framing", resolved.skip), resolved);
}
function tokenize(text, options) {
  assertText("tokenize", text);
  assertOptions("tokenize", options);
  assertLength("tokenize", text, options);
  return runPipeline(text, "tokens").tokens;
}
function segment(text, options) {
  assertText("segment", text);
  assertOptions("segment", options);
  assertLength("segment", text, options);
  return runPipeline(text, "structure").structure;
}
function extractEntities(text, options) {
  assertText("extractEntities", text);
  assertOptions("extractEntities", options);
  assertLength("extractEntities", text, options);
  return runPipeline(text, "entities").entities;
}
function extractQuotes(text, options) {
  assertText("extractQuotes", text);
  assertOptions("extractQuotes", options);
  assertLength("extractQuotes", text, options);
  return runPipeline(text, "quotes").layer(QUOTES) ?? [];
}
function scoreSentiment(text, options) {
  assertText("scoreSentiment", text);
  assertOptions("scoreSentiment", options);
  assertLength("scoreSentiment", text, options);
  return textSentiment(runPipeline(text, "quotes"));
}
function scoreTargetSentiment(text, target, options) {
  assertText("scoreTargetSentiment", text);
  assertOptions("scoreTargetSentiment", options);
  assertLength("scoreTargetSentiment", text, options);
  assertTarget("scoreTargetSentiment", text, target);
  const sentiment = spanSentiment(runPipeline(text, "quotes"), target.start, target.end);
  if (!sentiment) throw new RangeError(`newslens.scoreTargetSentiment(text, target): target ${target.start}..${target.end} covers no word of the text`);
  return sentiment;
}
function detectBias(text, options) {
  assertText("detectBias", text);
  assertOptions("detectBias", options);
  assertLength("detectBias", text, options);
  return textBias(runPipeline(text, "quotes"));
}
function detectFrames(text, options) {
  assertText("detectFrames", text);
  assertOptions("detectFrames", options);
  assertLength("detectFrames", text, options);
  const lexicons = lexiconsWith(options?.dictionaries);
  return frameReport(runPipeline(text, "sentiment"), lexicons);
}
function isNamedEntity(entity) {
  return !NUMERIC_TYPES.has(entity.type);
}
export {
  analysisInForm,
  analyze,
  compactAnalysis,
  detectBias,
  detectFrames,
  expandAnalysis,
  extractEntities,
  extractQuotes,
  isNamedEntity,
  leanAnalysis,
  scoreSentiment,
  scoreTargetSentiment,
  segment,
  tokenize,
  version
};
