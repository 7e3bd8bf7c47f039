#!/usr/bin/env node

// src/cli/main.ts
import { createReadStream as createReadStream5 } from "fs";
import { availableParallelism } from "os";
import { fileURLToPath } from "url";
import { parseArgs } from "util";
import { stringify as stringify2 } from "csv-stringify/sync";
import { analysisInForm, analyze, version } from "newslens";

// src/cli/batch.ts
import { closeSync as closeSync4, createReadStream as createReadStream3, existsSync as existsSync2, mkdirSync, openSync as openSync4, readSync as readSync2, statSync as statSync4 } from "fs";
import { join as join2 } from "path";

// src/cli/outputs.ts
import { closeSync as closeSync2, createWriteStream, existsSync, openSync as openSync2, renameSync, rmSync, statSync as statSync2, writeFileSync } from "fs";

// src/cli/records.ts
import { closeSync, createReadStream, openSync, readFileSync, statSync } from "fs";
import { basename, isAbsolute, join } from "path";
import { createInterface } from "readline";
import { glob } from "tinyglobby";
var ARTICLE_FILES = "**/*.{txt,text,md,markdown,html,htm}";
var isJsonl = (path) => /\.(jsonl|ndjson)$/i.test(path);
async function filesOf(input) {
  if (input === "-") return [{ path: "-", id: "stdin" }];
  let stat;
  try {
    stat = statSync(input);
  } catch {
    const matches = (await glob(input, { onlyFiles: true, absolute: isAbsolute(input) })).sort();
    if (matches.length === 0) throw new UsageError(`no file matches ${input}`);
    return matches.map((path) => ({ path, id: path }));
  }
  if (!stat.isDirectory()) return [{ path: input, id: input }];
  const files = (await glob([ARTICLE_FILES, "**/*.{jsonl,ndjson}"], { cwd: input, onlyFiles: true })).sort();
  return files.map((file) => ({ path: join(input, file), id: file }));
}
var UsageError = class extends Error {
};
var FIELDS = ["title", "outlet", "date", "url"];
function idOf(value, source, number) {
  const id = value !== null && typeof value === "object" && !Array.isArray(value) ? value.id : void 0;
  return typeof id === "string" || typeof id === "number" ? String(id) : `${source === "-" ? "stdin" : basename(source)}:${number}`;
}
function parseLine(line, source, number) {
  let value;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { source, line: number, meta: { id: idOf(void 0, source, number) }, error: `bad JSON: ${error.message}` };
  }
  const id = idOf(value, source, number);
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { source, line: number, meta: { id }, error: "a line must be a JSON object with id and text" };
  const object = value;
  const meta = { id };
  for (const field of FIELDS) if (typeof object[field] === "string") meta[field] = object[field];
  if (typeof object.text !== "string") return { source, line: number, meta, error: object.text === void 0 ? "missing text" : `text must be a string, received ${typeof object.text}` };
  return { source, line: number, meta, text: object.text };
}
var isBinary = (bytes) => bytes.subarray(0, 8192).includes(0);
var NOT_TEXT = "not text (it has NUL bytes): newslens reads UTF-8 text";
function looksLikeJsonl(text) {
  try {
    const first = JSON.parse(text.trimStart().split("\n", 1)[0]);
    return typeof first === "object" && first !== null && typeof first.text === "string";
  } catch {
    return false;
  }
}
function readArticle(path) {
  if (path === void 0) throw new UsageError("expected a FILE, or - for standard input");
  const name = path === "-" ? "standard input" : path;
  let bytes;
  try {
    bytes = readFileSync(path === "-" ? 0 : path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${reason(error)}`);
  }
  if (isBinary(bytes)) throw new UsageError(`${name} is ${NOT_TEXT}`);
  const text = bytes.toString("utf8");
  if (isJsonl(path) || looksLikeJsonl(text)) throw new UsageError(`${name} is JSONL, one article a line: use \`newslens batch ${path}\``);
  return text;
}
var reason = (error) => error.code ?? error.message;
async function* jsonlLines(input) {
  let number = 0;
  for await (const read of createInterface({ input, crlfDelay: Infinity })) {
    number += 1;
    const line = number === 1 && read.startsWith("\uFEFF") ? read.slice(1) : read;
    if (line.trim() !== "") yield { line, number };
  }
}
async function inputFiles(inputs) {
  const files = [];
  for (const input of inputs) {
    for (const file of await filesOf(input)) {
      if (file.path !== "-") {
        try {
          closeSync(openSync(file.path, "r"));
        } catch (error) {
          throw new UsageError(`cannot read ${file.path}: ${reason(error)}`);
        }
      }
      files.push(file);
    }
  }
  return files;
}
async function* readRecords(files, wanted = () => true) {
  for (const { path, id } of files) {
    if (path === "-" || isJsonl(path)) {
      for await (const { line, number } of jsonlLines(path === "-" ? process.stdin : createReadStream(path))) {
        const record = parseLine(line, path, number);
        if (wanted(record.meta.id)) yield record;
      }
      continue;
    }
    if (!wanted(id)) continue;
    let bytes;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      yield { source: path, meta: { id }, error: `cannot read: ${reason(error)}` };
      continue;
    }
    if (isBinary(bytes)) yield { source: path, meta: { id }, error: NOT_TEXT };
    else yield { source: path, meta: { id }, text: bytes.toString("utf8") };
  }
}
async function* recordIds(files) {
  for (const { path, id } of files) {
    if (path !== "-" && !isJsonl(path)) {
      yield id;
      continue;
    }
    for await (const { line, number } of jsonlLines(path === "-" ? process.stdin : createReadStream(path))) {
      let value;
      try {
        value = JSON.parse(line);
      } catch {
        value = void 0;
      }
      yield idOf(value, path, number);
    }
  }
}
function readBatchLine(line, number) {
  if (line.trim() === "") return null;
  let value;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new SyntaxError(`line ${number}: not JSON (${error.message})`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error(`line ${number}: expected a JSON object from newslens batch`);
  const record = value;
  if (record.analysis === void 0 && typeof record.error === "string") return null;
  if (typeof record.id !== "string" || record.analysis === null || typeof record.analysis !== "object") throw new Error(`line ${number}: expected an id and an analysis, or an error`);
  return record;
}

// src/cli/outputs.ts
var temporaries = /* @__PURE__ */ new Set();
var removeTemporaries = () => {
  for (const temporary of temporaries) rmSync(temporary, { force: true });
  temporaries.clear();
};
process.on("exit", removeTemporaries);
for (const signal of ["SIGTERM", "SIGHUP"]) {
  process.once(signal, () => {
    removeTemporaries();
    process.kill(process.pid, signal);
  });
}
var cannotWrite = (path, error) => new UsageError(`cannot write ${path}: ${reason(error)}`);
function isSpecial(path) {
  let stat;
  try {
    stat = statSync2(path);
  } catch {
    return false;
  }
  if (stat.isDirectory()) throw new UsageError(`cannot write ${path}: it is a directory`);
  return !stat.isFile();
}
function openTemporary(path) {
  const temporary = isSpecial(path) ? null : `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync2(temporary ?? path, "w");
    if (temporary) temporaries.add(temporary);
    return { fd, temporary };
  } catch (error) {
    throw cannotWrite(path, error);
  }
}
function discard(temporary) {
  if (!temporary) return;
  rmSync(temporary, { force: true });
  temporaries.delete(temporary);
}
function replace(temporary, path) {
  if (!temporary) return;
  try {
    renameSync(temporary, path);
  } catch (error) {
    throw cannotWrite(path, error);
  } finally {
    discard(temporary);
  }
}
function checkWritable(path) {
  if (isSpecial(path)) return;
  const { fd, temporary } = openTemporary(path);
  closeSync2(fd);
  discard(temporary);
}
function writeWhole(path, text) {
  const { fd, temporary } = openTemporary(path);
  try {
    writeFileSync(fd, text);
  } catch (error) {
    throw cannotWrite(path, error);
  } finally {
    closeSync2(fd);
  }
  replace(temporary, path);
}
function checkNotInput(out, inputs, option = `--out ${out}`) {
  if (!existsSync(out)) return;
  const target = statSync2(out);
  for (const path of inputs) {
    if (path === "-") continue;
    const input = statSync2(path);
    if (input.ino === target.ino && input.dev === target.dev) throw new UsageError(`${option} is also an input: name another file`);
  }
}
async function write(stream, lines) {
  if (!stream.write(lines)) await new Promise((resolve2) => stream.once("drain", resolve2));
}
var OutputStream = class {
  constructor(path, append) {
    this.path = path;
    if (append) {
      this.temporary = null;
      try {
        this.stream = createWriteStream(path, { fd: openSync2(path, "a") });
      } catch (error) {
        throw cannotWrite(path, error);
      }
    } else {
      const { fd, temporary } = openTemporary(path);
      this.temporary = temporary;
      this.stream = createWriteStream(path, { fd });
    }
  }
  path;
  stream;
  temporary;
  async close() {
    await new Promise((resolve2, reject) => this.stream.end((error) => error ? reject(cannotWrite(this.path, error)) : resolve2()));
  }
  /** Closes the file and puts it in place of `path`. */
  async commit() {
    await this.close();
    replace(this.temporary, this.path);
  }
  /** Closes the file; a new one is removed, and `path` keeps what it held. */
  async abort() {
    await this.close().catch(() => {
    });
    discard(this.temporary);
  }
};

// src/cli/pool.ts
import { Worker } from "worker_threads";
var Pool = class {
  /** `script` is the worker's module; `failed` makes the result of an article whose worker died. */
  constructor(script, size, depth, failed) {
    this.script = script;
    this.size = size;
    this.depth = depth;
    this.failed = failed;
    for (let k = 0; k < size; k += 1) this.start();
  }
  script;
  size;
  depth;
  failed;
  waiting = [];
  /** The jobs posted to each worker, oldest (the one it is analysing) first. */
  posted = /* @__PURE__ */ new Map();
  /** Workers that died since one last answered: past the pool's size they cannot start, and are not replaced. */
  deaths = 0;
  closing = false;
  /**
   * A new worker. One that dies (out of memory on a huge text, say) or exits (a stray
   * `process.exit`, an event loop with nothing left) fails its article, and its other articles go
   * to its replacement. Workers that die one after another without answering (a broken install)
   * are not replaced for ever: once none is left, every article fails.
   */
  start() {
    const worker = new Worker(this.script);
    this.posted.set(worker, []);
    worker.on("message", (done) => {
      this.deaths = 0;
      this.posted.get(worker)?.shift()?.resolve(done);
      this.fill(worker);
    });
    worker.on("error", (error) => this.lost(worker, error.message));
    worker.on("exit", (code) => this.lost(worker, `exited with code ${code}`));
    return worker;
  }
  lost(worker, message) {
    const jobs = this.posted.get(worker);
    if (!jobs) return;
    this.posted.delete(worker);
    jobs.shift()?.resolve(this.failed(message));
    this.waiting.unshift(...jobs);
    this.deaths += 1;
    if (this.closing) return;
    if (this.deaths <= this.size) this.fill(this.start());
    else if (this.posted.size === 0) for (const job of this.waiting.splice(0)) job.resolve(this.failed(message));
  }
  run(task) {
    return new Promise((resolve2) => {
      if (this.posted.size === 0) return resolve2(this.failed("no worker could be started"));
      this.waiting.push({ task, resolve: resolve2 });
      let emptiest;
      for (const [worker, jobs] of this.posted) if (jobs.length < (emptiest ? this.posted.get(emptiest).length : this.depth)) emptiest = worker;
      if (emptiest) this.fill(emptiest);
    });
  }
  fill(worker) {
    const jobs = this.posted.get(worker);
    while (jobs && jobs.length < this.depth && this.waiting.length > 0) {
      const job = this.waiting.shift();
      jobs.push(job);
      worker.postMessage(job.task);
    }
  }
  async close() {
    this.closing = true;
    await Promise.all([...this.posted.keys()].map((worker) => worker.terminate()));
  }
};

// src/report/wording.ts
function count(n, noun, plural = `${noun}s`) {
  return `${n} ${n === 1 ? noun : plural}`;
}
var sectionNumber = (index) => index + 1;
var SECTION_NUMBERING = "Sections are numbered from 1, the lead first; the section index of the JSON and the CSV tables counts from 0.";
function formatNumber(value, digits = 2) {
  const text = value.toFixed(digits);
  return Number(text) === 0 ? 0 .toFixed(digits) : text;
}
function withInterval(value, interval, format = formatNumber) {
  return interval ? `${format(value)} [${format(interval.low)}, ${format(interval.high)}]` : format(value);
}
var sampleNote = (n, interval) => interval ? `(n = ${n})` : `(n = ${n}, no interval)`;
var NEUTRAL_BAND = 0.05;
function labelOf(score) {
  return score >= NEUTRAL_BAND ? "positive" : score <= -NEUTRAL_BAND ? "negative" : "neutral";
}
function percent(share) {
  const value = share * 100;
  return `${value > 0 && value < 1 ? value.toFixed(1) : Math.round(value)}%`;
}
function formatSigned(value, digits = 2) {
  const text = formatNumber(value, digits);
  return Number(text) > 0 ? `+${text}` : text;
}
function formatScore(score) {
  const short = formatSigned(score);
  return labelOf(Number(short)) === labelOf(score) ? short : formatSigned(score, 4);
}
function entityTone(sentiment) {
  return { score: formatSigned(sentiment.score), label: sentiment.label };
}
var ENTITY_TONE = "The tone toward an entity is the mean tone of its mentions (its names, and the pronouns that refer to a person), \u22121..1, a mention with nothing in its clause counting 0. Its label comes from two cut-offs of its own, chosen by cross-validation to match how readers of whole articles judge the person (PerSenT; docs/SENTIMENT.md), not from the \xB10.05 of sentence scores.";

// src/cli/progress.ts
var Progress = class {
  constructor(stream, total) {
    this.stream = stream;
    this.total = total;
  }
  stream;
  total;
  started = Date.now();
  drawn = 0;
  get enabled() {
    return this.stream.isTTY === true;
  }
  /** Redraws at most ten times a second. */
  update(done, failed) {
    const now = Date.now();
    if (!this.enabled || now - this.drawn < 100) return;
    this.drawn = now;
    const seconds = (now - this.started) / 1e3;
    const rate = done / Math.max(seconds, 1e-3);
    const width = 24;
    const filled = this.total ? Math.round(width * done / Math.max(1, this.total)) : 0;
    const bar = this.total ? `[${"=".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${count(this.total, "article")}` : count(done, "article");
    const eta = this.total && rate > 0 ? ` ETA ${clock((this.total - done) / rate)}` : "";
    this.stream.write(`\r${bar}, ${rate.toFixed(1)}/s${eta}${failed ? `, ${failed} failed` : ""}\x1B[K`);
  }
  /** A line of its own on the stream, such as a warning: the bar, if drawn, is cleared first and redrawn on the next update. */
  note(line) {
    this.stream.write(`${this.enabled && this.drawn > 0 ? "\r\x1B[K" : ""}${line}
`);
  }
  finish() {
    if (this.enabled && this.drawn > 0) this.stream.write("\n");
  }
};
var clock = (seconds) => {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
};

// src/cli/resume.ts
import { appendFileSync, closeSync as closeSync3, createReadStream as createReadStream2, fstatSync, openSync as openSync3, readSync, statSync as statSync3, truncateSync } from "fs";

// src/cli/spans.ts
var NEWLINE = 10;
var QUOTE = 34;
var COMMA = 44;
async function* lineSpans(file) {
  let pending = [];
  let start = 0;
  let offset = 0;
  for await (const chunk of file) {
    let from = 0;
    for (let newline = chunk.indexOf(NEWLINE); newline >= 0; newline = chunk.indexOf(NEWLINE, from)) {
      pending.push(chunk.subarray(from, newline));
      const end = offset + newline + 1;
      yield { start, end, text: Buffer.concat(pending).toString("utf8"), whole: true };
      pending = [];
      start = end;
      from = newline + 1;
    }
    pending.push(chunk.subarray(from));
    offset += chunk.length;
  }
  if (offset > start) yield { start, end: offset, text: Buffer.concat(pending).toString("utf8"), whole: false };
}
async function* csvRows(file) {
  let offset = 0;
  let start = 0;
  let quoted = false;
  let field = [];
  let id = "";
  for await (const chunk of file) {
    for (let k = 0; k < chunk.length; k += 1) {
      const byte = chunk[k];
      offset += 1;
      if (byte === QUOTE) quoted = !quoted;
      if (quoted || byte !== COMMA && byte !== NEWLINE) {
        field?.push(byte);
        continue;
      }
      if (field) {
        id = unquote(Buffer.from(field).toString("utf8"));
        field = null;
      }
      if (byte !== NEWLINE) continue;
      yield { start, end: offset, id };
      start = offset;
      field = [];
    }
  }
}
var unquote = (field) => field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;

// src/cli/resume.ts
var NEWLINE2 = 10;
function wholeLinesEnd(path) {
  const fd = openSync3(path, "r");
  try {
    const chunk = Buffer.alloc(1 << 16);
    for (let stop = fstatSync(fd).size, first = true; stop > 0; first = false) {
      const start = Math.max(0, stop - chunk.length);
      const bytes = chunk.subarray(0, readSync(fd, chunk, 0, stop - start, start));
      if (first && bytes.at(-1) === NEWLINE2) return stop;
      const newline = bytes.lastIndexOf(NEWLINE2);
      if (newline >= 0) return start + newline + 1;
      stop = start;
    }
    return 0;
  } finally {
    closeSync3(fd);
  }
}
async function analysedIds(out, stderr) {
  const ids = /* @__PURE__ */ new Set();
  const read = (line, number) => {
    let record;
    try {
      record = readBatchLine(line, number);
    } catch (error) {
      throw new UsageError(`--resume: ${out} is not the output of newslens batch: ${error.message}`);
    }
    if (record) ids.add(record.id);
  };
  const end = wholeLinesEnd(out);
  let lines = 0;
  if (end > 0) {
    for await (const { line, number } of jsonlLines(createReadStream2(out, { end: end - 1 }))) {
      read(line, number);
      lines = number;
    }
  }
  const size = statSync3(out).size;
  if (end === size) return ids;
  const last = Buffer.alloc(size - end);
  const fd = openSync3(out, "r");
  readSync(fd, last, 0, last.length, end);
  closeSync3(fd);
  try {
    read(last.toString("utf8"), lines + 1);
    appendFileSync(out, "\n");
    stderr.write(`newslens: ${out}: its last line had no newline; added one
`);
  } catch {
    truncateSync(out, end);
    stderr.write(`newslens: ${out}: dropped its last line, cut off by an interrupted run (${size - end} bytes); its article is analysed again
`);
  }
  return ids;
}
async function trimTable(path, analysed, stderr) {
  let lastArticle = null;
  let lastArticleStart = 0;
  let rowsEnd = 0;
  let header = true;
  for await (const row of csvRows(createReadStream2(path))) {
    rowsEnd = row.end;
    if (header) header = false;
    else if (row.id !== lastArticle) {
      lastArticle = row.id;
      lastArticleStart = row.start;
    }
  }
  const keep = lastArticle !== null && !analysed.has(lastArticle) ? lastArticleStart : rowsEnd;
  const dropped = statSync3(path).size - keep;
  if (dropped === 0) return;
  truncateSync(path, keep);
  stderr.write(`newslens: ${path}: dropped its last ${dropped} bytes, the rows of an article an interrupted run did not finish
`);
}

// src/cli/shard.ts
function parseShard(given) {
  const match = /^(\d+)\/(\d+)$/.exec(given);
  const index = Number(match?.[1]);
  const count2 = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(count2) || count2 < 1 || index < 1 || index > count2) {
    throw new UsageError(`--shard must be K/N, shard K of N counted from 1 (1 \u2264 K \u2264 N, as sbatch --array=1-N numbers tasks), received ${JSON.stringify(given)}`);
  }
  return { index, count: count2 };
}
var utf8 = new TextEncoder();
function fnv1a32(text) {
  let hash = 2166136261;
  for (const byte of utf8.encode(text)) hash = Math.imul(hash ^ byte, 16777619) >>> 0;
  return hash;
}
var inShard = (id, shard) => fnv1a32(id) % shard.count === shard.index - 1;

// src/report/tables.ts
import { stringify } from "csv-stringify/sync";
import { isNamedEntity } from "newslens";

// src/shared/scores.ts
function roundScore(value) {
  return Math.round(value * 1e4) / 1e4;
}

// src/document/layers.ts
function layerKey(name) {
  return { name };
}

// src/shared/voices.ts
var VOICE_INDEX = layerKey("voice-index");
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
    let isWord;
    if (code < 128) isWord = code >= 48 && code <= 57 || (code | 32) >= 97 && (code | 32) <= 122;
    else if (code < 55296 || code > 57343) isWord = bmpWordChar(code);
    else {
      const point = text.codePointAt(i);
      isWord = LETTER_OR_DIGIT.test(String.fromCodePoint(point));
      if (point > 65535) i += 1;
    }
    if (isWord && !inWord) words2 += 1;
    inWord = isWord;
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

// src/report/voices.ts
var SPEAKER_TYPES = ["person", "organization", "anonymous", "document", "unknown"];
function findingVoice(finding) {
  if (finding.voice !== "writer" && finding.voice !== "quoted") return void 0;
  return finding.quote === void 0 ? { voice: finding.voice } : { voice: finding.voice, quote: finding.quote };
}
function entityVoices(entity) {
  return entity.voices;
}
function biasVoices(analysis) {
  return analysis.bias?.voices;
}
function quotesOf(analysis) {
  return Array.isArray(analysis.quotes) ? analysis.quotes : void 0;
}
var speakerKey = (speaker, name) => speaker === null ? `source:${name.toLowerCase()}` : `entity:${speaker}`;
var quoteSpeakerKey = (quote) => speakerKey(quote.speaker, quote.source?.text ?? "");
var rowSpeakerKey = (row) => speakerKey(row.speaker, row.name);
var speakerLabel = (row) => row.name || "(no source)";
function articleVoices(analysis) {
  return analysis.voices;
}
function wordsByType(voices) {
  const words2 = Object.fromEntries(SPEAKER_TYPES.map((type) => [type, 0]));
  for (const row of voices.speakers) words2[row.type] += row.words;
  words2.unknown += voices.quotedWords - voices.speakers.reduce((sum, row) => sum + row.words, 0);
  return words2;
}
var WORD = /[\p{L}\p{N}]+/gu;
function quotedShareOf(span, contents) {
  const inside = contents.filter((content) => content.start < span.end && content.end > span.start);
  let words2 = 0;
  let quoted = 0;
  for (const match of span.text.matchAll(WORD)) {
    const at = span.start + match.index;
    words2 += 1;
    if (inside.some((content) => content.start <= at && at < content.end)) quoted += 1;
  }
  return words2 === 0 ? null : roundScore(quoted / words2);
}
function quoteSpeakers(quotes, voices) {
  const names = new Map((voices?.speakers ?? []).map((row) => [rowSpeakerKey(row), speakerLabel(row)]));
  return new Map(quotes.map((quote) => [quote.id, names.get(quoteSpeakerKey(quote)) ?? speakerLabel({ name: quote.source?.text ?? "" })]));
}

// src/report/tables.ts
var TABLES = {
  articles: ["article_id", "title", "outlet", "date", "url", "characters", "words", "sentences", "paragraphs", "sections", "sentiment_score", "sentiment_label", "headline_minus_body", "bias_score", "bias_markers", "generic_frames", "policy_frames"],
  sections: ["article_id", "section", "heading", "start", "end", "paragraphs", "sentiment_score", "sentiment_label", "bias_score"],
  sentences: ["article_id", "sentence", "start", "end", "part", "section", "sentiment_score", "sentiment_label", "bias_score", "bias_markers", "quoted_share", "text"],
  entities: ["article_id", "entity", "type", "name", "count", "salience", "sentiment_score", "sentiment_label", "writer_tone", "quoted_tone", "quotes", "quoted_words", "aliases", "party", "state"],
  mentions: ["article_id", "entity", "start", "end", "text", "sentence", "section", "role", "boilerplate"],
  markers: ["article_id", "sentence", "start", "end", "text", "category", "type", "attributed", "negated", "voice", "quote_id", "lexicon", "explanation"],
  frames: ["article_id", "scope", "section", "scheme", "frame", "score", "present", "cues", "first_cues"],
  quotes: ["article_id", "quote_id", "kind", "speaker", "speaker_type", "cue", "cue_loaded", "start", "end", "words", "text"]
};
var TABLE_NAMES = Object.keys(TABLES);
var tableCsv = (name, rows, header) => stringify(rows, { header, columns: [...TABLES[name]], cast: { boolean: (value) => value ? "true" : "false" } });
function tableRows(meta, analysis) {
  const article_id = meta.id;
  const present2 = (frames) => (frames ?? []).filter((frame) => frame.present).map((frame) => frame.frame).join("|");
  const bodyOf = (parts, section) => parts?.find((part) => part.part === "body" && part.section === section);
  const sentenceBias = new Map((analysis.bias?.sentences ?? []).map((sentence) => [sentence.sentence, sentence]));
  const frameRows2 = (scope, section, framing) => ["generic", "policy", "custom"].flatMap(
    (scheme) => framing[scheme].map((frame) => ({ article_id, scope, section, scheme, frame: frame.frame, score: frame.score, present: frame.present, cues: frame.evidence.length, first_cues: [...new Set(frame.evidence.map((cue) => cue.text))].slice(0, 5).join("|") }))
  );
  const named = analysis.entities.filter(isNamedEntity);
  const quotes = quotesOf(analysis);
  const contents = quotes?.flatMap((quote) => quote.content) ?? [];
  return {
    articles: [
      {
        article_id,
        title: meta.title ?? analysis.structure.title?.text ?? null,
        outlet: meta.outlet ?? null,
        date: meta.date ?? null,
        url: meta.url ?? null,
        characters: analysis.stats.characters,
        words: analysis.stats.words,
        sentences: analysis.stats.sentences,
        paragraphs: analysis.stats.paragraphs,
        sections: analysis.stats.sections,
        sentiment_score: analysis.sentiment?.article.score ?? null,
        sentiment_label: analysis.sentiment?.article.label ?? null,
        headline_minus_body: analysis.sentiment?.headlineVsBody ?? null,
        bias_score: analysis.bias?.score ?? null,
        bias_markers: analysis.bias?.markers.length ?? null,
        generic_frames: analysis.framing ? present2(analysis.framing.generic) : null,
        policy_frames: analysis.framing ? present2(analysis.framing.policy) : null
      }
    ],
    sections: analysis.structure.sections.map((section, index) => {
      const sentiment = bodyOf(analysis.sentiment?.parts, index)?.sentiment;
      return {
        article_id,
        section: index,
        heading: section.heading?.text ?? null,
        start: section.start,
        end: section.end,
        paragraphs: section.paragraphs.length,
        sentiment_score: sentiment?.score ?? null,
        sentiment_label: sentiment?.label ?? null,
        bias_score: bodyOf(analysis.bias?.parts, index)?.score ?? null
      };
    }),
    sentences: analysis.sentences.map((sentence) => ({
      article_id,
      sentence: sentence.index,
      start: sentence.start,
      end: sentence.end,
      part: sentence.part,
      section: sentence.section,
      sentiment_score: sentence.sentiment?.score ?? null,
      sentiment_label: sentence.sentiment?.label ?? null,
      bias_score: sentenceBias.get(sentence.index)?.score ?? null,
      bias_markers: sentenceBias.get(sentence.index)?.markers.length ?? null,
      quoted_share: quotes ? quotedShareOf(sentence, contents) : null,
      text: sentence.text
    })),
    entities: named.map((entity) => {
      const voices = entityVoices(entity);
      return {
        article_id,
        entity: entity.id,
        type: entity.type,
        name: entity.name,
        count: entity.count,
        salience: entity.salience,
        sentiment_score: entity.sentiment?.score ?? null,
        sentiment_label: entity.sentiment?.label ?? null,
        writer_tone: voices?.writer?.score ?? null,
        quoted_tone: voices?.quoted?.score ?? null,
        quotes: voices?.quotes ?? null,
        quoted_words: voices?.quotedWords ?? null,
        aliases: entity.aliases.join("|"),
        party: entity.party ?? null,
        state: entity.state ?? null
      };
    }),
    mentions: named.flatMap((entity) => entity.mentions.map((mention) => ({ article_id, entity: entity.id, start: mention.start, end: mention.end, text: mention.text, sentence: mention.sentence, section: mention.section, role: mention.role ?? null, boilerplate: mention.boilerplate === true }))),
    markers: (analysis.bias?.sentences ?? []).flatMap(
      ({ sentence, markers }) => markers.map((marker) => {
        const voice = findingVoice(marker);
        return { article_id, sentence, start: marker.start, end: marker.end, text: marker.text, category: marker.category, type: marker.type, attributed: marker.attributed === true, negated: marker.negated === true, voice: voice?.voice ?? null, quote_id: voice?.quote ?? null, lexicon: marker.lexicon.id, explanation: marker.explanation };
      })
    ),
    frames: analysis.framing ? [...frameRows2("article", null, analysis.framing), ...analysis.framing.sections.flatMap((section) => frameRows2("section", section.section, section))] : [],
    // The speaker is the entity's id where the source is resolved (it joins entities.csv), else the source's words.
    quotes: (quotes ?? []).map((quote) => ({ article_id, quote_id: quote.id, kind: quote.kind, speaker: quote.speaker ?? quote.source?.text ?? null, speaker_type: quote.speakerType, cue: quote.cue?.lemma ?? null, cue_loaded: quote.cue ? quote.cue.loaded : null, start: quote.start, end: quote.end, words: quoteWords(quote), text: quote.text }))
  };
}

// src/cli/batch.ts
var Tables = class _Tables {
  constructor(files) {
    this.files = files;
  }
  files;
  static async open(directory, resume, analysed, stderr) {
    try {
      mkdirSync(directory, { recursive: true });
    } catch (error) {
      throw new UsageError(`cannot write ${directory}: ${reason(error)}`);
    }
    if (resume) {
      for (const name of TABLE_NAMES) {
        const path = join2(directory, `${name}.csv`);
        const header = existsSync2(path) ? firstLine(path) : "";
        if (header !== "" && header !== tableCsv(name, [], true).trimEnd()) throw new UsageError(`--resume: ${path} has other columns than this version of newslens writes; write the tables to a new directory`);
      }
    }
    const files = /* @__PURE__ */ new Map();
    for (const name of TABLE_NAMES) {
      const path = join2(directory, `${name}.csv`);
      if (analysed && existsSync2(path)) await trimTable(path, analysed, stderr);
      const file = new OutputStream(path, resume);
      if (!resume || statSync4(path).size === 0) file.stream.write(tableCsv(name, [], true));
      files.set(name, file);
    }
    return new _Tables(files);
  }
  async write(csv) {
    for (const [name, file] of this.files) if (csv[name].length > 0) await write(file.stream, csv[name]);
  }
};
function firstLine(path) {
  const fd = openSync4(path, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const text = buffer.subarray(0, readSync2(fd, buffer, 0, buffer.length, 0)).toString("utf8");
    return text.split(/\r?\n/, 1)[0];
  } finally {
    closeSync4(fd);
  }
}
async function countArticles(files) {
  let total = 0;
  for (const { path } of files) {
    if (path === "-") return null;
    if (!isJsonl(path)) total += 1;
    else for await (const _ of jsonlLines(createReadStream3(path))) total += 1;
  }
  return total;
}
var errorLine = (record, error) => JSON.stringify({ id: record.meta.id, source: record.source, line: record.line ?? null, error });
var POSTED_PER_WORKER = 2;
var IN_FLIGHT_PER_WORKER = 4;
async function runBatch(options, stdout = process.stdout, stderr = process.stderr) {
  const files = await inputFiles(options.inputs);
  if (options.out) checkNotInput(options.out, files.map(({ path }) => path));
  const earlier = options.resume && options.out && existsSync2(options.out) ? await analysedIds(options.out, stderr) : null;
  const summary2 = { analysed: 0, failed: 0, skipped: 0, duplicates: 0, interrupted: false };
  const stop = () => {
    if (summary2.interrupted) process.exit(130);
    summary2.interrupted = true;
    process.stdin.destroy();
  };
  process.on("SIGINT", stop);
  const out = options.out ? new OutputStream(options.out, options.resume) : null;
  const tables = options.tables ? await Tables.open(options.tables, options.resume, earlier, stderr) : null;
  const outputs = [...out ? [out] : [], ...tables?.files.values() ?? []];
  const lines = out?.stream ?? stdout;
  const progress = new Progress(stderr, stderr.isTTY && !options.shard ? await countArticles(files) : null);
  const pool = new Pool(new URL("./cli-worker.js", import.meta.url), options.jobs, POSTED_PER_WORKER, (message) => ({ error: `analysis failed: the worker stopped (${message})` }));
  const emit2 = async (record, done) => {
    if (done.line !== void 0) {
      if (tables && done.csv) await tables.write(done.csv);
      await write(lines, done.line);
      summary2.analysed += 1;
    } else {
      await write(lines, `${errorLine(record, done.error ?? "unknown error")}
`);
      summary2.failed += 1;
    }
    progress.update(summary2.analysed + summary2.failed, summary2.failed);
  };
  const seen = /* @__PURE__ */ new Set();
  const repeated = /* @__PURE__ */ new Set();
  const inFlight = [];
  const limit = options.jobs * IN_FLIGHT_PER_WORKER;
  try {
    const { shard } = options;
    for await (const record of readRecords(files, shard ? (id) => inShard(id, shard) : void 0)) {
      if (summary2.interrupted) break;
      const { id } = record.meta;
      if (!seen.has(id)) seen.add(id);
      else if (!repeated.has(id)) {
        repeated.add(id);
        summary2.duplicates += 1;
        progress.note(`newslens: duplicate id ${JSON.stringify(id)} (${record.source === "-" ? "standard input" : record.source}${record.line ? `, line ${record.line}` : ""}): ids should be unique, as --resume and the tables tell articles apart by them`);
      }
      if (earlier?.has(id)) {
        summary2.skipped += 1;
        continue;
      }
      const done = record.error !== void 0 || record.text === void 0 ? Promise.resolve({ error: record.error ?? "missing text" }) : pool.run({ meta: record.meta, text: record.text, tables: tables !== null, form: options.form, options: options.analysis });
      inFlight.push({ record, done });
      while (inFlight.length >= limit) {
        const head = inFlight.shift();
        await emit2(head.record, await head.done);
      }
    }
    for (const { record, done } of inFlight.splice(0)) await emit2(record, await done);
  } catch (error) {
    await Promise.all(outputs.map((output) => output.abort()));
    throw error;
  } finally {
    process.removeListener("SIGINT", stop);
    progress.finish();
    await pool.close();
  }
  await Promise.all(outputs.map((output) => output.commit()));
  return summary2;
}

// src/cli/merge.ts
import { closeSync as closeSync5, createReadStream as createReadStream4, mkdirSync as mkdirSync2, openSync as openSync5, readSync as readSync3, statSync as statSync5 } from "fs";
import { basename as basename2, join as join3, resolve } from "path";
import { glob as glob2 } from "tinyglobby";
var TABLE_FILE = new RegExp(`^(${TABLE_NAMES.join("|")})\\.csv$`);
async function shardFiles(paths) {
  const found = [];
  for (const path of paths) {
    let directory;
    try {
      directory = statSync5(path).isDirectory();
    } catch (error) {
      throw new UsageError(`cannot read ${path}: ${reason(error)}`);
    }
    if (!directory) found.push(path);
    else for (const file of (await glob2(["**/*.{jsonl,ndjson}", `**/{${TABLE_NAMES.join(",")}}.csv`], { cwd: path, onlyFiles: true })).sort()) found.push(join3(path, file));
  }
  const jsonl = [];
  const tables = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const path of found) {
    if (seen.has(resolve(path))) continue;
    seen.add(resolve(path));
    const table2 = TABLE_FILE.exec(basename2(path))?.[1];
    if (isJsonl(path)) jsonl.push(path);
    else if (table2) tables.set(table2, [...tables.get(table2) ?? [], path]);
    else throw new UsageError(`${path} is not a shard's output: expected a directory, a .jsonl file, or a table (${TABLE_NAMES.join(", ")}.csv)`);
  }
  if (jsonl.length === 0) throw new UsageError(`no .jsonl file in ${paths.join(", ")}: merge joins the --out files of batch --shard runs`);
  return { jsonl, tables };
}
function batchLine(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `not JSON (${error.message})`;
  }
  if (typeof value?.id !== "string") return "expected a JSON object with an id";
  if (value.analysis !== null && typeof value.analysis === "object") return { id: value.id, analysed: true };
  return typeof value.error === "string" ? { id: value.id, analysed: false } : "expected an analysis or an error";
}
async function indexLines(files, cutOff) {
  const lines = /* @__PURE__ */ new Map();
  for (const [file, path] of files.entries()) {
    let bad;
    let number = 0;
    for await (const span of lineSpans(createReadStream4(path))) {
      number += 1;
      if (bad) throw new UsageError(`${path} is not the output of newslens batch: ${bad}`);
      if (span.text.trim() === "") continue;
      const line = batchLine(span.text);
      if (typeof line === "string") bad = `line ${number}: ${line}`;
      else lines.set(line.id, [...lines.get(line.id) ?? [], { file, start: span.start, end: span.end, analysed: line.analysed, whole: span.whole }]);
    }
    if (bad) cutOff.push(`${path} (${bad})`);
  }
  return lines;
}
function chooseLines(expected, lines, problems) {
  const chosen = /* @__PURE__ */ new Map();
  for (const [id, records] of expected) {
    const found = lines.get(id) ?? [];
    const last = found.slice(Math.max(0, found.length - records));
    const earlier = found.slice(0, found.length - last.length);
    if (new Set(found.map((line) => line.file)).size > 1 || earlier.some((line) => line.analysed)) problems.duplicated.push(id);
    else if (last.length < records) problems.missing.push(id);
    else chosen.set(id, last);
  }
  for (const id of lines.keys()) if (!expected.has(id)) problems.unexpected.push(id);
  return chosen;
}
function bytesOf(fd, span) {
  const bytes = Buffer.allocUnsafe(span.end - span.start);
  readSync3(fd, bytes, 0, bytes.length, span.start);
  return bytes;
}
async function indexRows(name, files) {
  const header = tableCsv(name, [], true);
  const rows = /* @__PURE__ */ new Map();
  for (const [file, path] of files.entries()) {
    let first = true;
    for await (const row of csvRows(createReadStream4(path))) {
      if (first) {
        first = false;
        const fd = openSync5(path, "r");
        const text = bytesOf(fd, row).toString("utf8");
        closeSync5(fd);
        if (text !== header) throw new UsageError(`${path} has other columns than this version of newslens writes`);
        continue;
      }
      const runs = rows.get(row.id) ?? [];
      const last = runs.at(-1);
      if (last && last.file === file && last.end === row.start) last.end = row.end;
      else rows.set(row.id, [...runs, { file, start: row.start, end: row.end }]);
    }
  }
  return rows;
}
async function copy(stream, fds, spans) {
  for (const span of spans) {
    await write(stream, bytesOf(fds[span.file], span));
    if (span.whole === false) await write(stream, "\n");
  }
}
async function runMerge(options, stdout = process.stdout) {
  const inputs = await inputFiles(options.inputs);
  const shards = await shardFiles(options.shards);
  const tableFiles = [...shards.tables.values()].flat();
  const read = [...inputs.map(({ path }) => path), ...shards.jsonl, ...tableFiles];
  const targets = [...options.out ? [[options.out, `--out ${options.out}`]] : [], ...options.tables ? TABLE_NAMES.map((name) => [join3(options.tables, `${name}.csv`), `--tables ${options.tables}`]) : []];
  for (const [path, option] of targets) checkNotInput(path, read, option);
  if (options.tables) {
    if (tableFiles.length === 0) throw new UsageError(`--tables: no table among ${options.shards.join(", ")}: were the shards run with --tables?`);
    for (const name of TABLE_NAMES) {
      const files = shards.tables.get(name)?.length ?? 0;
      if (files !== shards.jsonl.length) throw new UsageError(`--tables: found ${name}.csv for ${files} of the ${shards.jsonl.length} shard outputs`);
    }
    try {
      mkdirSync2(options.tables, { recursive: true });
    } catch (error) {
      throw new UsageError(`cannot write ${options.tables}: ${reason(error)}`);
    }
  }
  for (const [path] of targets) checkWritable(path);
  const order = [];
  const expected = /* @__PURE__ */ new Map();
  for await (const id of recordIds(inputs)) {
    order.push(id);
    expected.set(id, (expected.get(id) ?? 0) + 1);
  }
  const problems = { missing: [], duplicated: [], unexpected: [], cutOff: [] };
  const chosen = chooseLines(expected, await indexLines(shards.jsonl, problems.cutOff), problems);
  const summary2 = { ...problems, lines: 0, errorLines: 0, files: shards.jsonl.length };
  if (Object.values(problems).some((list) => list.length > 0)) return summary2;
  const outputs = [];
  const open = (path) => {
    const output = new OutputStream(path, false);
    outputs.push(output);
    return output;
  };
  const fds = [];
  try {
    const lines = options.out ? open(options.out).stream : stdout;
    for (const path of shards.jsonl) fds.push(openSync5(path, "r"));
    const taken = /* @__PURE__ */ new Map();
    for (const id of order) {
      const index = taken.get(id) ?? 0;
      taken.set(id, index + 1);
      const line = chosen.get(id)[index];
      await copy(lines, fds, [line]);
      summary2.lines += 1;
      if (!line.analysed) summary2.errorLines += 1;
    }
    for (const fd of fds.splice(0)) closeSync5(fd);
    if (options.tables) await mergeTables(options.tables, shards.tables, order, open, fds);
  } catch (error) {
    await Promise.all(outputs.map((output) => output.abort()));
    throw error;
  } finally {
    for (const fd of fds) closeSync5(fd);
  }
  await Promise.all(outputs.map((output) => output.commit()));
  return summary2;
}
async function mergeTables(directory, files, order, open, fds) {
  for (const name of TABLE_NAMES) {
    const paths = files.get(name);
    const rows = await indexRows(name, paths);
    const stream = open(join3(directory, `${name}.csv`)).stream;
    await write(stream, tableCsv(name, [], true));
    for (const path of paths) fds.push(openSync5(path, "r"));
    const written = /* @__PURE__ */ new Set();
    for (const id of order) {
      if (written.has(id)) continue;
      written.add(id);
      await copy(stream, fds, rows.get(id) ?? []);
    }
    for (const fd of fds.splice(0)) closeSync5(fd);
  }
}

// src/cli/merge-command.ts
var MERGE_HELP = `Usage: newslens merge SHARD... --input INPUT... [options]

Joins the outputs of \`newslens batch --shard K/N\` runs into what one batch over the whole
INPUT writes, byte for byte: the JSONL lines and, with --tables, the tables' rows, in input
order. SHARD is a shard's --out file, a table it wrote, or a directory holding them (searched
below it for .jsonl/.ndjson files and TABLE.csv). Every input id must have its lines in exactly
one shard: an id missing (its task failed: rerun it with --resume), analysed twice or not in the
input is listed on standard error, nothing is written, and the status is 1.

Options:
      --input INPUT     the INPUT the shards read (repeat it, as batch takes several): the ids
                        expected and their order; required
  -o, --out FILE        the merged JSONL (default: standard output; also --output)
      --tables DIR      also merge the tables (every shard must have written them) into DIR
  -h, --help            this help`;
var MERGE_OPTIONS = { input: { type: "string", multiple: true }, tables: { type: "string" } };
function some(ids) {
  const shown = ids.slice(0, 5).map((id) => JSON.stringify(id)).join(", ");
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}
async function mergeCommand(shards, inputs, out, tables) {
  if (shards.length === 0) throw new UsageError("merge needs at least one SHARD: the --out files of batch --shard runs, or directories holding them");
  if (!inputs || inputs.length === 0) throw new UsageError("merge needs --input, the INPUT the shards read: it gives the ids expected and their order");
  const summary2 = await runMerge({ shards, inputs, out, tables });
  const say = (line) => process.stderr.write(`newslens merge: ${line}
`);
  if (summary2.missing.length) say(`${count(summary2.missing.length, "input id")} in no shard output (a task that failed or is unfinished: rerun it with --resume): ${some(summary2.missing)}`);
  if (summary2.duplicated.length) say(`${count(summary2.duplicated.length, "id")} with lines in more than one place (overlapping shards, or a file given twice?): ${some(summary2.duplicated)}`);
  if (summary2.unexpected.length) say(`${count(summary2.unexpected.length, "id")} in the shards but not in --input (another corpus?): ${some(summary2.unexpected)}`);
  for (const file of summary2.cutOff) say(`${file} ends in a cut-off line, from a task killed while writing: rerun it with --resume`);
  if (summary2.missing.length + summary2.duplicated.length + summary2.unexpected.length + summary2.cutOff.length > 0) {
    say("nothing written");
    return 1;
  }
  const errors = summary2.errorLines ? ` (${count(summary2.errorLines, "error line")})` : "";
  say(`${count(summary2.lines, "line")}${errors} from ${count(summary2.files, "shard file")}`);
  return 0;
}

// src/report/bootstrap.ts
var DEFAULT_RESAMPLES = 2e3;
var DEFAULT_SEED = 1;
var MAX_RESAMPLES = 1e6;
var MAX_SEED = 2 ** 32 - 1;
var TAIL = 0.025;
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let mixed = Math.imul(state ^ state >>> 15, state | 1);
    mixed ^= mixed + Math.imul(mixed ^ mixed >>> 7, mixed | 61);
    return ((mixed ^ mixed >>> 14) >>> 0) / 4294967296;
  };
}
function quantile(sorted, p) {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below];
  const upper = sorted[Math.min(below + 1, sorted.length - 1)];
  return lower + (upper - lower) * (position - below);
}
function bootstrapIntervals(samples, options) {
  const intervals = new Array(samples.length).fill(void 0);
  const bySize = /* @__PURE__ */ new Map();
  samples.forEach((sample, index) => {
    const n = sample.numerators.length;
    if (sample.denominators && sample.denominators.length !== n) throw new RangeError(`bootstrapInterval: ${n} numerators and ${sample.denominators.length} denominators`);
    if (n < 2) return;
    const same = bySize.get(n);
    if (same) same.push(index);
    else bySize.set(n, [index]);
  });
  for (const [n, indices] of bySize) {
    const resampled = resample(n, indices.map((index) => samples[index]), options);
    indices.forEach((index, k) => intervals[index] = resampled[k]);
  }
  return intervals;
}
function resample(n, samples, { resamples, seed }) {
  const numerators = samples.map((sample) => Float64Array.from(sample.numerators));
  const denominators = samples.map((sample) => sample.denominators ? Float64Array.from(sample.denominators) : void 0);
  const values = samples.map(() => new Float64Array(resamples));
  const drawn = new Uint32Array(n);
  const random = mulberry32(seed);
  for (let r = 0; r < resamples; r += 1) {
    for (let draw = 0; draw < n; draw += 1) drawn[draw] = Math.floor(random() * n);
    for (let k = 0; k < samples.length; k += 1) {
      const top = numerators[k];
      const bottom = denominators[k];
      let numerator = 0;
      let denominator = n;
      if (bottom) {
        denominator = 0;
        for (let draw = 0; draw < n; draw += 1) {
          const article = drawn[draw];
          numerator += top[article];
          denominator += bottom[article];
        }
      } else {
        for (let draw = 0; draw < n; draw += 1) numerator += top[drawn[draw]];
      }
      values[k][r] = numerator / denominator;
    }
  }
  return values.map((sorted) => {
    sorted.sort();
    return { low: quantile(sorted, TAIL), high: quantile(sorted, 1 - TAIL) };
  });
}

// src/report/compare.ts
import { isNamedEntity as isNamedEntity2 } from "newslens";
var DEFAULT_MIN_MENTIONS = 3;
var DEFAULT_COMPARE_OPTIONS = { minMentions: DEFAULT_MIN_MENTIONS, resamples: DEFAULT_RESAMPLES, seed: DEFAULT_SEED };
var NO_GROUP = "(none)";
var byText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var NamedColumns = class {
  columns = /* @__PURE__ */ new Map();
  rows = 0;
  addRow(values) {
    for (const [name, value] of values) {
      let column = this.columns.get(name);
      if (!column) this.columns.set(name, column = new Array(this.rows).fill(0));
      column.push(value);
    }
    this.rows += 1;
    for (const column of this.columns.values()) if (column.length < this.rows) column.push(0);
  }
};
var presence = (scheme, frames) => frames.map((frame) => [`${scheme}:${frame.frame}`, frame.present ? 1 : 0]);
var GroupArticles = class {
  tone = [];
  bias = [];
  /** Whether each frame (`scheme:frame`, in codebook order) is present, 1 or 0, per framed article. */
  frames = new NamedColumns();
  biased = 0;
  /** Words of the biased articles that have some, and their markers by category. */
  words = [];
  markers = new NamedColumns();
  /** Articles whose quotes were read; the words of those with words and the quoted words among them; the quoted words of those with some and their words by speaker type. */
  voiced = 0;
  voicedWords = [];
  quotedOfVoiced = [];
  quotedWords = [];
  typeWords = new NamedColumns();
  /** The writer's own words: bias score and lexical rate of the articles with such words, and markers pooled over them. */
  writerBias = [];
  /** The writer's distinct lexical terms per 100 of the writer's wording (`bias.voices.writer.lexical`): the measure docs/BIAS.md says to use. */
  writerLexical = [];
  writerArticles = 0;
  writerWords = [];
  writerMarkers = new NamedColumns();
  entities = /* @__PURE__ */ new Map();
  add(analysis) {
    const { sentiment, bias, framing } = analysis;
    if (sentiment) this.tone.push(sentiment.article.score);
    if (bias) {
      this.bias.push(bias.score);
      this.biased += 1;
      if (analysis.stats.words > 0) {
        this.words.push(analysis.stats.words);
        this.markers.addRow(Object.entries(bias.counts));
      }
    }
    if (framing) this.frames.addRow([...presence("generic", framing.generic), ...presence("policy", framing.policy)]);
    const voices = articleVoices(analysis);
    if (voices) {
      this.voiced += 1;
      if (voices.words > 0) {
        this.voicedWords.push(voices.words);
        this.quotedOfVoiced.push(voices.quotedWords);
      }
      if (voices.quotedWords > 0) {
        this.quotedWords.push(voices.quotedWords);
        this.typeWords.addRow(Object.entries(wordsByType(voices)));
      }
    }
    const writer = bias && biasVoices(analysis)?.writer;
    if (writer) {
      this.writerArticles += 1;
      if (writer.words > 0) {
        this.writerBias.push(writer.score);
        if (typeof writer.lexical === "number") this.writerLexical.push(writer.lexical);
        this.writerWords.push(writer.words);
        this.writerMarkers.addRow(Object.entries(writer.counts));
      }
    }
    for (const entity of entityRows(analysis)) {
      if (!isNamedEntity2(entity) || entity.count === 0) continue;
      let articles = this.entities.get(entity.id);
      if (!articles) this.entities.set(entity.id, articles = { mentions: 0, tones: [] });
      articles.mentions += entity.count;
      if (entity.sentiment) articles.tones.push(entity.sentiment.score);
    }
  }
  /** This group's rows; entity tone for `entities` only, the entities compared across the groups. */
  rows(group, entities, options) {
    const specs = [];
    const row = (measure, name, articles, numerators, denominators, scale = 1) => {
      specs.push({ measure, name, articles, numerators, ...denominators && { denominators }, scale });
    };
    if (this.tone.length > 0) row("article_tone", "", this.tone.length, this.tone);
    if (this.bias.length > 0) row("bias_score", "", this.bias.length, this.bias);
    for (const [frame, present2] of this.frames.columns) row("frame_share", frame, present2.length, present2);
    if (this.words.length > 0) for (const [category, counts] of this.markers.columns) row("marker_rate", category, this.biased, counts, this.words, 100);
    if (this.writerBias.length > 0) row("writer_bias_score", "", this.writerBias.length, this.writerBias);
    if (this.writerLexical.length > 0) row("writer_lexical_rate", "", this.writerLexical.length, this.writerLexical);
    if (this.writerWords.length > 0) for (const [category, counts] of this.writerMarkers.columns) row("writer_marker_rate", category, this.writerArticles, counts, this.writerWords, 100);
    if (this.voicedWords.length > 0) row("quoted_share", "", this.voiced, this.quotedOfVoiced, this.voicedWords);
    if (this.quotedWords.length > 0) {
      const typeWords = (type) => this.typeWords.columns.get(type);
      row("anonymous_share", "", this.voiced, typeWords("anonymous"), this.quotedWords);
      for (const type of SPEAKER_TYPES) row("speaker_type_share", type, this.voiced, typeWords(type), this.quotedWords);
    }
    for (const id of entities) {
      const tones = this.entities.get(id)?.tones ?? [];
      if (tones.length > 0) row("entity_tone", id, tones.length, tones);
    }
    const intervals = bootstrapIntervals(specs, options);
    const sum = (values) => values.reduce((total, value) => total + value, 0);
    return specs.map(({ measure, name, articles, numerators, denominators, scale }, index) => {
      const value = sum(numerators) / (denominators ? sum(denominators) : numerators.length) * scale;
      const interval = intervals[index];
      const bound = (end) => end === void 0 ? null : roundScore(end * scale);
      return { group, measure, name, value: roundScore(value), articles, low: bound(interval?.low), high: bound(interval?.high), n: numerators.length };
    });
  }
};
var Comparison = class {
  constructor(by = "outlet", options = {}) {
    this.by = by;
    if (typeof by !== "string" || by === "") throw new TypeError(`new Comparison(by): expected the name of a field, received ${JSON.stringify(by)}`);
    this.options = { ...DEFAULT_COMPARE_OPTIONS, ...options };
    const { minMentions, resamples, seed } = this.options;
    if (!Number.isSafeInteger(minMentions) || minMentions < 1) throw new RangeError(`new Comparison(): minMentions must be a whole number of at least 1, received ${minMentions}`);
    if (!Number.isSafeInteger(resamples) || resamples < 1 || resamples > MAX_RESAMPLES) throw new RangeError(`new Comparison(): resamples must be a whole number from 1 to ${MAX_RESAMPLES}, received ${resamples}`);
    if (!Number.isSafeInteger(seed) || seed < 0 || seed > MAX_SEED) throw new RangeError(`new Comparison(): seed must be a whole number from 0 to ${MAX_SEED}, received ${seed}`);
  }
  by;
  groups = /* @__PURE__ */ new Map();
  options;
  add(record) {
    const group = this.groupOf(record);
    let articles = this.groups.get(group);
    if (!articles) this.groups.set(group, articles = new GroupArticles());
    articles.add(record.analysis);
  }
  /** Groups in name order, `(none)` last; in each, tone, bias score, frame shares, marker rates, the writer's bias, who is quoted, then entity tone. */
  rows() {
    const names = [...this.groups.keys()].sort((a, b) => a === NO_GROUP ? 1 : b === NO_GROUP ? -1 : byText(a, b));
    const entities = this.comparedEntities();
    return names.flatMap((name) => this.groups.get(name).rows(name, entities, this.options));
  }
  /**
   * The named entities every group mentions at least `minMentions` times, so that each group's
   * tone is toward the same entities: the most mentioned over all groups first, ties by id.
   */
  comparedEntities() {
    const groups = [...this.groups.values()];
    const [first] = groups;
    if (!first) return [];
    const mentions = (group, id) => group.entities.get(id)?.mentions ?? 0;
    const total = (id) => groups.reduce((sum, group) => sum + mentions(group, id), 0);
    return [...first.entities.keys()].filter((id) => groups.every((group) => mentions(group, id) >= this.options.minMentions)).sort((a, b) => total(b) - total(a) || byText(a, b));
  }
  groupOf(record) {
    const value = record[this.by];
    if (value === void 0 || value === null || value === "") return NO_GROUP;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
    throw new TypeError(`record ${JSON.stringify(record.id)}: its ${this.by} is ${Array.isArray(value) ? "an array" : "an object"}; compare groups by a field holding text or a number`);
  }
};
function byName(rows, measure) {
  const names = /* @__PURE__ */ new Map();
  for (const row of rows) {
    if (row.measure !== measure) continue;
    const list = names.get(row.name);
    if (list) list.push(row);
    else names.set(row.name, [row]);
  }
  return names;
}
var intervalOf = (row) => row.low === null || row.high === null ? void 0 : { low: row.low, high: row.high };
var intervalsNote = (options) => `Each value has its 95% interval in brackets: a percentile bootstrap over the group\u2019s articles (${options.resamples.toLocaleString("en")} resamples, seed ${options.seed}). n is the number of articles resampled; a value from one article has no interval.`;
var atLeast = (minMentions) => `at least ${minMentions === 1 ? "once" : `${minMentions} times`}`;
var comparedEntitiesNote = (minMentions) => `The named entities every group mentions ${atLeast(minMentions)} (--min-mentions), most mentioned first, so that each group\u2019s tone is toward the same entities: the mean tone toward each (\u22121..1) over the group\u2019s articles naming it.`;
var noEntityCompared = (minMentions) => `No named entity is mentioned ${atLeast(minMentions)} in every group, so no entity\u2019s tone is compared (--min-mentions sets the number).`;
function entityRows(analysis) {
  const entities = analysis.entities;
  if (Array.isArray(entities)) return entities;
  return entities.id.map((id, k) => {
    const tone = entities.tone?.[k];
    return { id, type: entities.type[k], count: entities.count[k], ...typeof tone === "number" && { sentiment: { score: tone } } };
  });
}

// src/report/markdown.ts
import { isNamedEntity as isNamedEntity3 } from "newslens";
var cell = (value) => String(value ?? "").replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/\s*\n\s*/g, " ");
var table = (header, rows) => [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`)].join("\n");
var present = (frames) => frames.filter((frame) => frame.present).map((frame) => `${frame.frame} ${frame.score.toFixed(2)}`).join(", ") || "none";
function toMarkdown(analysis) {
  const { structure, stats, sentiment, bias, framing } = analysis;
  const out = [`# ${cell(structure.title?.text ?? "(untitled)")}`, ""];
  if (structure.subtitle) out.push(`_${cell(structure.subtitle.text)}_`, "");
  const counts = [count(stats.words, "word"), count(stats.sentences, "sentence"), count(stats.paragraphs, "paragraph"), count(stats.sections, "section"), count(stats.boilerplate, "boilerplate line")];
  out.push(`${counts.join(", ")} left out.`, "");
  out.push("## Sections", "", SECTION_NUMBERING, "", table(["#", "heading", "offsets", "paragraphs"], structure.sections.map((section, index) => [sectionNumber(index), section.heading?.text ?? "(lead)", `${section.start}\u2013${section.end}`, section.paragraphs.length])), "");
  if (sentiment) {
    out.push("## Sentiment", "", `Article ${formatScore(sentiment.article.score)} (${sentiment.article.label}); headline minus body ${sentiment.headlineVsBody === null ? "n/a" : formatSigned(sentiment.headlineVsBody)}.`, "");
    out.push(table(["part", "section", "score", "label", "strongest words"], sentiment.parts.map((part) => [part.part, part.section === null ? "" : sectionNumber(part.section), formatScore(part.sentiment.score), part.sentiment.label, [...new Set(part.sentiment.evidence.map((item) => item.text))].slice(0, 5).join(", ")])), "");
  }
  const named = analysis.entities.filter(isNamedEntity3);
  const entityRow = (entity) => {
    const tone = entity.sentiment ? entityTone(entity.sentiment) : void 0;
    return [entity.name, entity.type, entity.count, entity.salience.toFixed(2), tone && `${tone.score} ${tone.label}`];
  };
  out.push("## Entities", "", `Most salient first. ${ENTITY_TONE}`, "", table(["name", "type", "count", "salience", "tone"], named.map(entityRow)), "");
  out.push(...whoSpeaks(analysis));
  if (bias) {
    out.push("## Bias markers", "", `Score ${bias.score.toFixed(2)} (0..1), ${count(bias.markers.length, "marker")}.`, "");
    const voiced = bias.markers.some((marker) => findingVoice(marker));
    const voiceOf = (marker) => {
      const voice = findingVoice(marker);
      return voice?.quote ? `${voice.voice} (${voice.quote})` : voice?.voice ?? "";
    };
    out.push(table(["offsets", "category", "text", "why", "list", ...voiced ? ["voice"] : []], bias.markers.map((marker) => [`${marker.start}\u2013${marker.end}`, marker.category, marker.text, marker.explanation, marker.lexicon.id, ...voiced ? [voiceOf(marker)] : []])), "");
  }
  if (framing) {
    out.push("## Frames", "", `Generic: ${present(framing.generic)}. Policy: ${present(framing.policy)}.`, "");
    out.push(table(["scope", "generic frames present", "policy frames present"], [["article", present(framing.generic), present(framing.policy)], ...framing.sections.map((section) => [section.heading ?? "(lead)", present(section.generic), present(section.policy)])]), "");
  }
  return out.join("\n");
}
var FIRST_WORDS = 8;
function firstWords(text) {
  const words2 = text.trim().split(/\s+/);
  return words2.length <= FIRST_WORDS ? words2.join(" ") : `${words2.slice(0, FIRST_WORDS).join(" ")} \u2026`;
}
function whoSpeaks(analysis) {
  const voices = articleVoices(analysis);
  const quotes = quotesOf(analysis);
  if (!voices) return [];
  const out = ["## Who speaks", ""];
  if (voices.quotedWords === 0) return [...out, `No quoted words in ${count(voices.words, "word")}.`, ""];
  out.push(`${voices.quotedWords} of ${count(voices.words, "word")} quoted (${percent(voices.quotedShare)}); anonymous sources ${percent(voices.anonymousShare)} of the quoted words.`, "");
  const types = SPEAKER_TYPES.filter((type) => voices.shares[type] > 0).map((type) => `${type} ${percent(voices.shares[type])}`);
  out.push(`Quoted words by speaker type: ${types.join(", ")}.`, "");
  out.push(table(["speaker", "type", "quotes", "words", "share"], voices.speakers.map((row) => [speakerLabel(row), row.type, row.quotes, row.words, percent(row.share)])), "");
  if (quotes && quotes.length > 0) {
    const speakers = quoteSpeakers(quotes, voices);
    out.push(table(["quote", "kind", "speaker", "cue", "words", "first words"], quotes.map((quote) => [quote.id, quote.kind, speakers.get(quote.id), quote.cue?.text ?? "", quoteWords(quote), firstWords(quote.content.map((span) => span.text).join(" \u2026 "))])), "");
  }
  return out;
}

// src/report/compare-markdown.ts
var estimate = (row) => row ? `${withInterval(row.value, intervalOf(row))} ${sampleNote(row.n, intervalOf(row))}` : "\u2013";
function linesOf(rows, measure, label, keep = () => true) {
  return [...byName(rows, measure)].filter(([, list]) => keep(list)).map(([name]) => ({ label: label(name), measure, name }));
}
function compareMarkdown(rows, by, options = DEFAULT_COMPARE_OPTIONS) {
  const groups = [...new Set(rows.map((row) => row.group))];
  const index = new Map(rows.map((row) => [`${row.group}\0${row.measure}\0${row.name}`, row]));
  const wide = (first, lines) => table([first, ...groups.map(cell)], lines.map((line) => [line.label, ...groups.map((group) => estimate(index.get(`${group}\0${line.measure}\0${line.name}`)))]));
  const readable = (name) => name.replace(":", ": ").replaceAll("_", " ");
  const out = [`# newslens compare: by ${cell(by)}`, "", `${count(groups.length, "group")}: ${groups.map(cell).join(", ")}.`, "", intervalsNote(options), ""];
  out.push("## Tone and bias", "", wide("measure", [{ label: "mean article tone (\u22121..1)", measure: "article_tone", name: "" }, { label: "mean bias score (0..1)", measure: "bias_score", name: "" }]), "");
  const frames = linesOf(rows, "frame_share", readable, (list) => list.some((row) => row.value > 0));
  out.push("## Frames", "", "The share of each group\u2019s articles in which a frame is present; frames present in no article are left out.", "");
  out.push(frames.length > 0 ? wide("frame", frames) : "No frame is present in any article.", "");
  out.push("## Bias markers", "", "Markers per 100 words, pooled over each group\u2019s articles.", "", wide("category", linesOf(rows, "marker_rate", readable)), "");
  if (rows.some((row) => row.measure === "quoted_share")) {
    const voices = [
      { label: "share of the words quoted", measure: "quoted_share", name: "" },
      { label: "anonymous sources (share of the quoted words)", measure: "anonymous_share", name: "" },
      ...linesOf(rows, "speaker_type_share", (type) => `quoted words of ${type} speakers (share)`)
    ];
    out.push("## Who speaks", "", "Words pooled over each group\u2019s articles; the shares of the quoted words rest on the articles with quoted words.", "", wide("measure", voices), "");
  }
  if (rows.some((row) => row.measure === "writer_bias_score")) {
    const writer = [
      { label: "mean bias score of the writer\u2019s words (0..1)", measure: "writer_bias_score", name: "" },
      { label: "distinct word-choice terms per 100 of the writer\u2019s words", measure: "writer_lexical_rate", name: "" },
      ...linesOf(rows, "writer_marker_rate", (category) => `${readable(category)} markers per 100 of the writer\u2019s words`)
    ];
    out.push("## The writer\u2019s own words", "", wide("measure", writer), "");
  }
  const entities = linesOf(rows, "entity_tone", (id) => id);
  out.push("## Entity tone", "");
  if (entities.length === 0) out.push(noEntityCompared(options.minMentions), "");
  else out.push(comparedEntitiesNote(options.minMentions), "", wide("entity", entities), "");
  return out.join("\n");
}

// raw-text:/work/wt/cold/src/report/assets/compare.css?raw
var compare_default = "/* The compare page's grid of charts (report/compare.ts). */\n.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(26rem, 1fr)); gap: 1rem; }\n.grid svg.chart { border: 1px solid var(--rule); border-radius: 6px; padding: .4rem; }\n";

// raw-text:/work/wt/cold/src/report/assets/page.css?raw
var page_default = '/* Every newslens page: type, colours, tables and charts (report/html.ts page()). */\n:root { color-scheme: light; --ink: #1d232b; --muted: #5b6572; --rule: #d9dee5; --paper: #fff; --pos: #2f7d5b; --neg: #b8433a; --bar: #4a74b5; --bar-marked: #1f4e96; }\n* { box-sizing: border-box; }\nbody { margin: 0; padding: 1.5rem; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f5f6f8; }\nh1 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 .4rem; }\nh2 { font-size: 1.15rem; margin: 2rem 0 .6rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; }\nh3 { font-size: 1rem; margin: 1rem 0 .4rem; }\n.muted { color: var(--muted); font-size: .9rem; }\ntable { border-collapse: collapse; background: var(--paper); font-size: .92rem; }\nth, td { padding: .3rem .7rem; border-bottom: 1px solid var(--rule); text-align: left; }\ntd.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }\nsvg.chart { display: block; width: 100%; height: auto; max-width: 720px; background: var(--paper); }\nsvg.chart text { font: 12px system-ui, sans-serif; fill: var(--ink); }\nsvg.chart .chart-title { font-weight: 600; font-size: 13px; }\nsvg.chart .tick, svg.chart .axis-label, svg.chart .value { fill: var(--muted); }\nsvg.chart .axis { stroke: #9aa3ae; stroke-width: 1; }\nsvg.chart .zero { stroke: #596270; stroke-width: 1.2; }\nsvg.chart .grid { stroke: #edf0f3; stroke-width: 1; }\nsvg.chart rect.bar { fill: var(--bar); opacity: .55; }\nsvg.chart rect.bar.marked { fill: var(--bar-marked); opacity: 1; }\nsvg.chart rect.bar.negative { fill: var(--neg); opacity: .8; }\nsvg.chart rect.bar.positive { fill: var(--pos); opacity: .8; }\nsvg.chart .interval { stroke: var(--ink); stroke-width: 1.5; fill: none; }\n';

// src/report/html.ts
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]);
}
function jsonForScript(value) {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
function page(title, body, style, script) {
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Without an icon of its own a browser asks the server for /favicon.ico.
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${page_default}${style}</style>`,
    "</head>",
    "<body>",
    body,
    script === void 0 ? "" : `<script>${script}</script>`,
    "</body>",
    "</html>",
    ""
  ].join("\n");
}
var CHARACTER_WIDTH = 7.2;
var ROW_HEIGHT = 20;
var TOP = 26;
var AXIS_HEIGHT = 38;
var VALUE_WIDTH = 104;
var WHISKER_END = 4;
function truncate(text, characters) {
  return text.length <= characters ? text : `${text.slice(0, Math.max(1, characters - 1))}\u2026`;
}
function barChart(rows, options) {
  const width = options.width ?? 640;
  const values = rows.map((row) => Number.isFinite(row.value) ? row.value : 0);
  const ends = rows.flatMap((row) => row.interval ? [row.interval.low, row.interval.high] : []);
  const lowest = Math.min(0, ...values, ...ends);
  const min = options.min ?? (lowest < 0 ? -roundCeiling(-lowest) : 0);
  const max = options.max ?? roundCeiling(Math.max(1, ...values, ...ends));
  const format = options.format ?? formatNumber;
  const written = rows.map((row, index) => withInterval(values[index], row.interval, format) + (row.note ? ` ${row.note}` : ""));
  const longest = Math.max(4, ...rows.map((row) => row.label.length));
  const labelWidth = Math.min(Math.ceil(longest * CHARACTER_WIDTH) + 12, Math.round(width * 0.42));
  const valueWidth = Math.min(Math.max(VALUE_WIDTH, Math.ceil(Math.max(0, ...written.map((text) => text.length)) * CHARACTER_WIDTH) + 8), Math.round(width * 0.42));
  const left = labelWidth;
  const right = width - valueWidth;
  const x = (value) => Math.round((left + (Math.min(max, Math.max(min, value)) - min) / (max - min || 1) * (right - left)) * 10) / 10;
  const base = x(0);
  const bottom = TOP + rows.length * ROW_HEIGHT;
  const height = bottom + AXIS_HEIGHT + (options.axisLabel ? 14 : 0);
  const ticks = [0, 1, 2, 3, 4].map((step) => min + (max - min) * step / 4);
  const parts = [
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(options.title)}">`,
    `<title>${escapeHtml(options.title)}</title>`,
    `<text class="chart-title" x="0" y="16">${escapeHtml(options.title)}</text>`
  ];
  for (const tick of ticks) parts.push(`<line class="grid" x1="${x(tick)}" x2="${x(tick)}" y1="${TOP - 4}" y2="${bottom}"/>`);
  rows.forEach((row, index) => {
    const value = values[index];
    const y = TOP + index * ROW_HEIGHT;
    const tone = options.diverging ? value < 0 ? " negative" : value > 0 ? " positive" : "" : row.marked ? " marked" : "";
    const text = written[index];
    parts.push(
      `<g class="row"><title>${escapeHtml(`${row.label}: ${text}`)}</title>`,
      `<text x="${left - 8}" y="${y + 14}" text-anchor="end">${escapeHtml(truncate(row.label, Math.floor((labelWidth - 12) / CHARACTER_WIDTH)))}</text>`,
      `<rect class="bar${tone}" x="${Math.min(base, x(value))}" y="${y + 3}" width="${Math.max(Math.round(Math.abs(x(value) - base) * 10) / 10, value === 0 ? 0 : 1)}" height="${ROW_HEIGHT - 6}"/>`,
      row.interval ? whisker(x(row.interval.low), x(row.interval.high), y + ROW_HEIGHT / 2) : "",
      `<text class="value" x="${right + 6}" y="${y + 14}">${escapeHtml(text)}</text></g>`
    );
  });
  if (rows.length === 0) parts.push(`<text class="value" x="${left}" y="${TOP + 14}">no data</text>`);
  parts.push(`<line class="axis" x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}"/>`);
  if (min < 0 && max > 0) parts.push(`<line class="zero" x1="${base}" x2="${base}" y1="${TOP - 4}" y2="${bottom}"/>`);
  for (const tick of ticks) {
    parts.push(`<line class="axis" x1="${x(tick)}" x2="${x(tick)}" y1="${bottom}" y2="${bottom + 4}"/>`, `<text class="tick" x="${x(tick)}" y="${bottom + 17}" text-anchor="middle">${formatNumber(tick, tickDigits(min, max))}</text>`);
  }
  if (options.axisLabel) parts.push(`<text class="axis-label" x="${(left + right) / 2}" y="${bottom + 34}" text-anchor="middle">${escapeHtml(options.axisLabel)}</text>`);
  parts.push("</svg>");
  return parts.join("");
}
var whisker = (from, to, y) => `<path class="interval" d="M${from} ${y}H${to}M${from} ${y - WHISKER_END}V${y + WHISKER_END}M${to} ${y - WHISKER_END}V${y + WHISKER_END}"/>`;
function tickDigits(min, max) {
  const step = (max - min) / 4;
  for (let digits = 0; digits < 3; digits += 1) if (Math.abs(Math.round(step * 10 ** digits) - step * 10 ** digits) < 1e-9) return digits;
  return 3;
}
var ROUND_STEPS = [1, 2, 4, 6, 8, 10];
function roundCeiling(value) {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  return ROUND_STEPS.find((step) => step * power >= value - 1e-12) * power;
}

// src/report/compare-page.ts
var ENTITIES_ON_PAGE = 20;
var groupBars = (rows) => rows.map((row) => ({ label: row.group, value: row.value, interval: intervalOf(row), note: sampleNote(row.n, intervalOf(row)) }));
var highestOf = (rows) => roundCeiling(Math.max(0, ...rows.map((row) => row.high ?? row.value))) || 1;
function markerRateCharts(rows, measure) {
  const max = highestOf(rows.filter((row) => row.measure === measure));
  const axisLabel = measure === "marker_rate" ? "bias markers per 100 words" : "bias markers per 100 of the writer\u2019s words";
  return [...byName(rows, measure)].map(([category, list]) => barChart(groupBars(list), { title: category.replaceAll("_", " "), axisLabel, min: 0, max, width: 480 }));
}
function voicesSection(rows) {
  const quoted = rows.filter((row) => row.measure === "quoted_share");
  if (quoted.length === 0) return "";
  const share = { min: 0, max: 1, width: 480 };
  const charts = [
    barChart(groupBars(quoted), { title: "Share of the words quoted", axisLabel: "quoted words / all words", ...share }),
    barChart(groupBars(rows.filter((row) => row.measure === "anonymous_share")), { title: "Anonymous sources", axisLabel: "share of the quoted words", ...share }),
    ...[...byName(rows, "speaker_type_share")].filter(([, list]) => list.some((row) => row.value > 0)).map(([type, list]) => barChart(groupBars(list), { title: `Quoted words of ${type} speakers`, axisLabel: "share of the quoted words", ...share }))
  ];
  const parts = [`<section><h2>Who speaks</h2><p class="muted">Words are runs of letters and digits, pooled over each group\u2019s articles: the share of all words inside quotes, and of the quoted words, the share each type of speaker says (n counts the articles with quoted words).</p><div class="grid">${charts.join("")}</div></section>`];
  const writerScore = rows.filter((row) => row.measure === "writer_bias_score");
  if (writerScore.length > 0) {
    const writerCharts = [barChart(groupBars(writerScore), { title: "Mean bias score of the writer\u2019s own words", axisLabel: "bias score 0..1", ...share }), ...markerRateCharts(rows, "writer_marker_rate")];
    parts.push(`<section><h2>The writer\u2019s own words</h2><p class="muted">Bias outside quotes: the mean score of the writer\u2019s words, and markers per 100 of them pooled over each group\u2019s articles, on one scale.</p><div class="grid">${writerCharts.join("")}</div></section>`);
  }
  return parts.join("\n");
}
function entitySection(rows, minMentions) {
  const entities = [...byName(rows, "entity_tone")];
  if (entities.length === 0) return `<section><h2>Entity tone</h2><p>${escapeHtml(noEntityCompared(minMentions))}</p></section>`;
  const charts = entities.slice(0, ENTITIES_ON_PAGE).map(([entity, list]) => barChart(groupBars(list), { title: entity, axisLabel: "mean sentiment toward the entity, \u22121 \u2026 +1", min: -1, max: 1, diverging: true, width: 480 }));
  const more = entities.length > ENTITIES_ON_PAGE ? ` The first ${ENTITIES_ON_PAGE} of ${entities.length}; the CSV has them all.` : "";
  return `<section><h2>Entity tone</h2><p class="muted">${escapeHtml(comparedEntitiesNote(minMentions))}${more}</p><div class="grid">${charts.join("")}</div></section>`;
}
function renderCompare(rows, by, options = DEFAULT_COMPARE_OPTIONS) {
  const groups = [...new Set(rows.map((row) => row.group))];
  const intervals = `${intervalsNote(options)} The whisker across a bar draws it.`;
  const sections = [`<header><h1>newslens compare: by ${escapeHtml(by)}</h1><p class="muted">${count(groups.length, "group")}: ${escapeHtml(groups.join(", "))}</p><p class="muted">${escapeHtml(intervals)}</p></header>`];
  const overall = [
    barChart(groupBars(rows.filter((row) => row.measure === "article_tone")), { title: "Mean article tone", axisLabel: "sentiment: \u22121 negative \u2026 +1 positive", min: -1, max: 1, diverging: true }),
    barChart(groupBars(rows.filter((row) => row.measure === "bias_score")), { title: "Mean bias score", axisLabel: "bias score 0..1", min: 0, max: 1 })
  ];
  sections.push(`<section><h2>Tone and bias</h2><div class="grid">${overall.join("")}</div></section>`);
  const frames = [...byName(rows, "frame_share")].filter(([, list]) => list.some((row) => row.value > 0));
  const frameCharts2 = frames.map(([frame, list]) => barChart(groupBars(list), { title: frame.replace(":", ": ").replaceAll("_", " "), axisLabel: "share of articles with the frame present", min: 0, max: 1, width: 480 }));
  sections.push(`<section><h2>Frames</h2><p class="muted">The share of each group\u2019s articles in which a frame is present; frames present in no article are left out.</p><div class="grid">${frameCharts2.join("") || "<p>No frame is present in any article.</p>"}</div></section>`);
  sections.push(`<section><h2>Bias markers</h2><p class="muted">Markers per 100 words, pooled over each group\u2019s articles; every chart has the same scale.</p><div class="grid">${markerRateCharts(rows, "marker_rate").join("")}</div></section>`);
  sections.push(voicesSection(rows));
  sections.push(entitySection(rows, options.minMentions));
  return page(`newslens compare by ${by}`, sections.join("\n"), compare_default);
}

// src/report/report.ts
import { isNamedEntity as isNamedEntity4 } from "newslens";

// raw-text:/work/wt/cold/src/report/assets/report.js?raw
var report_default = "// The report's only script: it fills the side panel from the JSON table of findings.\n// Only textContent is written, so a finding's strings are never parsed as HTML. A piece of text is\n// its outermost mark and the marks inside it; the innermost (the narrowest finding, a bias marker\n// before a frame cue before an entity) is shown first, and a kind the legend hides is not shown. It runs under the page's\n// Content-Security-Policy as an inline script (report/html.ts).\n(() => {\n  const findings = JSON.parse(document.getElementById('findings').textContent);\n  const article = document.getElementById('article');\n  const panel = document.getElementById('finding');\n  const hint = panel.firstElementChild;\n  let pinned = null;\n  const pieceOf = (node) => {\n    let mark = node.closest('mark');\n    while (mark && mark.parentElement && mark.parentElement.tagName === 'MARK') mark = mark.parentElement;\n    return mark;\n  };\n  const element = (tag, text) => {\n    const made = document.createElement(tag);\n    made.textContent = text;\n    return made;\n  };\n  const card = (finding) => {\n    const section = document.createElement('section');\n    section.className = 'card card-' + finding.kind;\n    const list = document.createElement('dl');\n    for (const [name, value] of finding.fields) list.append(element('dt', name), element('dd', value));\n    section.append(element('h3', finding.heading), list);\n    return section;\n  };\n  const shown = (mark) => {\n    const box = document.getElementById('show-' + mark.dataset.kind);\n    return !box || box.checked;\n  };\n  const visibleMarks = (piece) => [piece, ...piece.querySelectorAll('mark')].reverse().filter(shown);\n  const show = (piece) => {\n    const marks = piece ? visibleMarks(piece) : [];\n    if (marks.length === 0) return panel.replaceChildren(hint);\n    const indices = marks.flatMap((mark) => mark.dataset.findings.split(' '));\n    panel.replaceChildren(...indices.map((index) => card(findings[Number(index)])));\n  };\n  const pin = (piece) => {\n    if (visibleMarks(piece).length === 0) return;\n    if (pinned) pinned.classList.remove('selected');\n    pinned = piece;\n    piece.classList.add('selected');\n    show(piece);\n  };\n  article.addEventListener('mouseover', (event) => {\n    const piece = pieceOf(event.target);\n    if (piece) show(piece);\n  });\n  article.addEventListener('mouseleave', () => show(pinned));\n  article.addEventListener('click', (event) => {\n    const piece = pieceOf(event.target);\n    if (piece) pin(piece);\n  });\n  article.addEventListener('focusin', (event) => {\n    const piece = pieceOf(event.target);\n    if (piece) pin(piece);\n  });\n})();\n";

// raw-text:/work/wt/cold/src/report/assets/report.css?raw
var report_default2 = `/* The article report: the highlighted text, its legend and the side panel (report/report.ts). */
.layout { display: grid; grid-template-columns: minmax(0, 46rem) minmax(15rem, 24rem); gap: 1.5rem; align-items: start; }
@media (max-width: 60rem) { .layout { grid-template-columns: 1fr; } }
.article { background: var(--paper); padding: 1.25rem 1.5rem; border: 1px solid var(--rule); border-radius: 6px; white-space: pre-wrap; overflow-wrap: anywhere; font: 17px/1.7 Georgia, "Times New Roman", serif; }
.part-title { font-size: 1.35em; font-weight: 700; line-height: 1.35; }
.part-subtitle { font-style: italic; color: #39424e; }
.part-heading { font-weight: 700; font-size: 1.08em; }
.part-kicker, .part-byline, .part-dateline { font-variant: small-caps; color: var(--muted); }
.part-boilerplate { color: #9aa3ae; }
mark { color: inherit; background: transparent; cursor: pointer; border-radius: 2px; }
mark[data-kind="entity"], .swatch-entity { background: rgba(47, 111, 214, .10); box-shadow: inset 0 -2px 0 #2f6fd6; }
mark[data-kind="frame"], .swatch-frame { background: rgba(242, 178, 26, .32); }
mark[data-kind="bias"], .swatch-bias { background: rgba(220, 68, 55, .26); text-decoration: underline wavy #c0392b; text-decoration-skip-ink: none; }
mark:focus-visible, mark.selected { outline: 2px solid #1d232b; outline-offset: 1px; }
body:has(#show-entity:not(:checked)) .article mark[data-kind="entity"],
body:has(#show-frame:not(:checked)) .article mark[data-kind="frame"],
body:has(#show-bias:not(:checked)) .article mark[data-kind="bias"] { background: transparent; box-shadow: none; text-decoration: none; cursor: auto; }
/* Quoted words, tinted by speaker: a palette of six that cycles (report.ts speakerClasses), away from the marks' red, yellow and blue. */
.quoted, .swatch-quoted { background: rgba(120, 120, 120, .14); }
.tint-0 { background: rgba(27, 158, 119, .20); }
.tint-1 { background: rgba(117, 112, 179, .22); }
.tint-2 { background: rgba(231, 41, 138, .16); }
.tint-3 { background: rgba(102, 166, 30, .22); }
.tint-4 { background: rgba(166, 118, 29, .22); }
.tint-5 { background: rgba(102, 102, 102, .20); }
body:has(#show-quoted:not(:checked)) .article .quoted { background: transparent; }
.panel { position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow: auto; }
.panel h2 { margin-top: 0; }
.legend { background: var(--paper); border: 1px solid var(--rule); border-radius: 6px; padding: .6rem .9rem; margin-bottom: 1rem; }
.legend h2 { font-size: 1rem; border: 0; margin: 0 0 .3rem; padding: 0; }
.legend label { display: block; cursor: pointer; }
.swatch { padding: 0 .2rem; border-radius: 2px; }
.card { background: var(--paper); border: 1px solid var(--rule); border-left-width: 4px; border-radius: 6px; padding: .5rem .8rem; margin-bottom: .6rem; font-size: .92rem; }
.card h3 { margin: 0 0 .3rem; font-size: .95rem; }
.card-entity { border-left-color: #2f6fd6; }
.card-frame { border-left-color: #f2b21a; }
.card-bias { border-left-color: #c0392b; }
.card dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .6rem; margin: 0; }
.card dt { color: var(--muted); }
.card dd { margin: 0; overflow-wrap: anywhere; }
.frame-sections { display: grid; grid-template-columns: repeat(auto-fill, minmax(28rem, 1fr)); gap: 1rem; }
.frame-section { background: var(--paper); border: 1px solid var(--rule); border-radius: 6px; padding: .3rem .8rem .8rem; }
svg.chart + svg.chart { margin-top: .6rem; }
footer { margin-top: 2rem; font-size: .85rem; color: var(--muted); }
`;

// src/report/report.ts
var offsets = (span) => ["offsets", `${span.start}\u2013${span.end}`];
function renderReport(text, analysis, options = {}) {
  if (analysis.stats.characters !== text.length) {
    throw new Error(`renderReport(text, analysis): the analysis is of a text of ${analysis.stats.characters} characters, but text has ${text.length}; pass the text that was analysed`);
  }
  const title = options.title ?? analysis.structure.title?.text ?? "newslens report";
  const voices = articleVoices(analysis);
  const quotes = quotesOf(analysis) ?? [];
  const speakers = quoteSpeakers(quotes, voices);
  const findings = [...entityFindings(analysis.entities), ...(analysis.bias?.markers ?? []).map((marker) => biasFinding(marker, speakers)), ...analysis.framing ? frameFindings(analysis.framing) : []];
  const regions = [...structureRegions(analysis.structure), ...quoteRegions(quotes, voices, speakers)];
  const body = [
    `<header><h1>${escapeHtml(title)}</h1><p class="muted">${escapeHtml(summary(analysis))}</p></header>`,
    '<div class="layout">',
    `<main><h2>Article</h2><div id="article" class="article">${highlight(text, regions, findings)}</div></main>`,
    `<aside class="panel">${legend(findings, voices)}<div id="finding" aria-live="polite"><p class="muted">Hover over a highlight, or click it to keep it here: its category, explanation and sources.</p></div></aside>`,
    "</div>",
    speakersSection(voices),
    sentimentSection(analysis),
    entitySection2(analysis),
    framesSection(analysis),
    provenance(analysis),
    `<script type="application/json" id="findings">${jsonForScript(findings.map(({ kind, category, heading, fields }) => ({ kind, category, heading, fields })))}</script>`
  ].join("\n");
  return page(title, body, report_default2, report_default);
}
function summary(analysis) {
  const { stats, sentiment, bias, framing } = analysis;
  const facts = [count(stats.words, "word"), count(stats.sentences, "sentence"), count(stats.sections, "section")];
  if (sentiment) facts.push(`tone ${formatScore(sentiment.article.score)} (${sentiment.article.label})`);
  if (bias) facts.push(`bias score ${formatNumber(bias.score)}, ${count(bias.markers.length, "marker")}`);
  if (framing) facts.push(`frames present: ${[...framing.generic, ...framing.policy].filter((frame) => frame.present).map((frame) => frame.frame.replaceAll("_", " ")).join(", ") || "none"}`);
  return `${facts.join(" \xB7 ")} \u2014 newslens ${analysis.meta.version}`;
}
function entityFindings(entities) {
  return entities.filter(isNamedEntity4).flatMap((entity) => entity.mentions.filter((mention) => !mention.boilerplate).map((mention) => entityFinding(entity, mention)));
}
function entityFinding(entity, mention) {
  const { name, type, salience, aliases, sentiment } = entity;
  const fields = [
    ["text", mention.text],
    offsets(mention),
    ["entity", name],
    ["type", type],
    ["mentions", String(entity.count)],
    ["salience", formatNumber(salience, 3)]
  ];
  if (sentiment) {
    const tone = entityTone(sentiment);
    fields.push(["sentiment", `${tone.score} ${tone.label}, over ${count(sentiment.mentions, "mention")}`]);
  }
  if (aliases.length > 1) fields.push(["also written", aliases.slice(1).join("; ")]);
  if (mention.role) fields.push(["role", mention.role]);
  return { kind: "entity", category: type, start: mention.start, end: mention.end, text: mention.text, heading: `Entity \xB7 ${type}`, fields };
}
function biasFinding(marker, speakers) {
  const fields = [
    ["text", marker.text],
    offsets(marker),
    ["category", marker.category],
    ["type", marker.type],
    ["explanation", marker.explanation]
  ];
  const voice = findingVoice(marker);
  if (voice) fields.push(["voice", voice.quote === void 0 ? voice.voice : `${voice.voice} (${[voice.quote, speakers.get(voice.quote)].filter(Boolean).join(", ")})`]);
  if (marker.attributed) fields.push(["attributed", "the text attributes this label to someone"]);
  if (marker.negated) fields.push(["negated", "a negator stands just before it"]);
  fields.push(["source", `${marker.lexicon.id}: ${marker.lexicon.source}`]);
  return { kind: "bias", category: marker.category, start: marker.start, end: marker.end, text: marker.text, heading: `Bias marker \xB7 ${marker.category}`, fields };
}
function frameFindings(framing) {
  return [...framing.generic, ...framing.policy].flatMap((frame) => frame.evidence.map((cue) => frameFinding(frame, cue)));
}
function frameFinding(frame, cue) {
  const category = `${cue.scheme}:${cue.frame}`;
  const fields = [
    ["text", cue.text],
    offsets(cue),
    ["frame", `${cue.frame.replaceAll("_", " ")} (${cue.scheme})`]
  ];
  if (cue.item) fields.push(["item", cue.item]);
  fields.push(["explanation", cue.explanation], ["article score", `${formatNumber(frame.score)}${frame.present ? ", present" : ", not present"}`], ["source", `${cue.lexicon.id}: ${cue.lexicon.source}`]);
  return { kind: "frame", category, start: cue.start, end: cue.end, text: cue.text, heading: `Frame cue \xB7 ${category}`, fields };
}
function structureRegions(structure) {
  const regions = [];
  for (const part of ["kicker", "title", "subtitle", "byline", "dateline"]) {
    const span = structure[part];
    if (span) regions.push({ ...span, classes: `part-${part}` });
  }
  for (const section of structure.sections) if (section.heading) regions.push({ ...section.heading, classes: "part-heading" });
  for (const span of structure.boilerplate) regions.push({ ...span, classes: "part-boilerplate" });
  return regions;
}
var TINTS = 6;
var speakerClasses = (rank) => `speaker-${rank + 1} tint-${rank % TINTS}`;
function quoteRegions(quotes, voices, speakers) {
  const ranks = new Map((voices?.speakers ?? []).map((row, rank) => [rowSpeakerKey(row), rank]));
  return quotes.flatMap((quote) => {
    const rank = ranks.get(quoteSpeakerKey(quote));
    const classes = `quoted${rank === void 0 ? "" : ` ${speakerClasses(rank)}`}`;
    const title = [quote.id, speakers.get(quote.id), quote.cue?.text].filter(Boolean).join(" \xB7 ");
    return quote.content.map((span) => ({ ...span, classes, title }));
  });
}
function highlight(text, regions, findings) {
  const spans = [...regions, ...findings];
  const startingAt = /* @__PURE__ */ new Map();
  const cuts = /* @__PURE__ */ new Set([0, text.length]);
  spans.forEach((span, index) => {
    if (span.end <= span.start) return;
    cuts.add(span.start).add(span.end);
    const starting = startingAt.get(span.start);
    if (starting) starting.push(index);
    else startingAt.set(span.start, [index]);
  });
  const offsets2 = [...cuts].sort((a, b) => a - b);
  const active = /* @__PURE__ */ new Set();
  const html = [];
  for (let cut = 0; cut < offsets2.length - 1; cut += 1) {
    const start = offsets2[cut];
    const end = offsets2[cut + 1];
    for (const index of active) if (spans[index].end <= start) active.delete(index);
    for (const index of startingAt.get(start) ?? []) active.add(index);
    const covering = [...active].sort((a, b) => a - b);
    const regionsHere = covering.filter((index) => index < regions.length).map((index) => regions[index]);
    const findingsHere = covering.filter((index) => index >= regions.length).map((index) => index - regions.length);
    html.push(wrapRegions(regionsHere, wrapMarks(escapeHtml(text.slice(start, end)), findingsHere, findings)));
  }
  return html.join("");
}
function wrapRegions(regions, html) {
  if (regions.length === 0) return html;
  const title = regions.find((region) => region.title)?.title;
  return `<span class="${escapeHtml(regions.map((region) => region.classes).join(" "))}"${title ? ` title="${escapeHtml(title)}"` : ""}>${html}</span>`;
}
var MARK_ORDER = ["bias", "frame", "entity"];
function wrapMarks(html, indices, findings) {
  let wrapped = html;
  const kinds = MARK_ORDER.filter((kind) => indices.some((index) => findings[index]?.kind === kind));
  kinds.forEach((kind, order) => {
    const ofKind = indices.filter((index) => findings[index]?.kind === kind);
    const views = ofKind.map((index) => findings[index]);
    const categories = [...new Set(views.map((view) => view.category))].join(" ");
    const tooltip = views.map((view) => `${view.heading}: ${tooltipLine(view)}`).join("\n");
    const focus = order === kinds.length - 1 ? ' tabindex="0"' : "";
    wrapped = `<mark data-kind="${kind}" data-category="${escapeHtml(categories)}" data-findings="${ofKind.join(" ")}" title="${escapeHtml(tooltip)}"${focus}>${wrapped}</mark>`;
  });
  return wrapped;
}
function tooltipLine(view) {
  const field = (name) => view.fields.find(([key]) => key === name)?.[1];
  return field("explanation") ?? [field("entity"), field("sentiment")].filter(Boolean).join(", ");
}
function legend(findings, voices) {
  const count2 = (kind) => findings.filter((finding) => finding.kind === kind).length;
  const item = (kind, label, shown) => `<label><input type="checkbox" id="show-${kind}"${shown ? " checked" : ""}> <span class="swatch swatch-${kind}">${label}</span> <span class="muted">${count2(kind)}</span></label>`;
  const quoted = voices && voices.quotedWords > 0 ? `<label><input type="checkbox" id="show-quoted" checked> <span class="swatch swatch-quoted">quoted words</span> <span class="muted">${percent(voices.quotedShare)}, coloured by speaker (Who speaks)</span></label>` : "";
  return `<div class="legend"><h2>Highlights</h2>${item("entity", "named entity", true)}${item("bias", "bias marker", true)}${item("frame", "frame cue", false)}${quoted}</div>`;
}
function speakersSection(voices) {
  if (!voices) return "";
  if (voices.quotedWords === 0) return `<section id="speakers"><h2>Who speaks</h2><p class="muted">No quoted words in ${count(voices.words, "word")}.</p></section>`;
  const types = SPEAKER_TYPES.filter((type) => voices.shares[type] > 0).map((type) => `${type} ${percent(voices.shares[type])}`);
  const summary2 = `${voices.quotedWords} of ${count(voices.words, "word")} are quoted (${percent(voices.quotedShare)}); anonymous sources say ${percent(voices.anonymousShare)} of them. By speaker type: ${types.join(", ")}.`;
  const rows = voices.speakers.map(
    (row, rank) => `<tr><td><span class="swatch ${speakerClasses(rank)}">${escapeHtml(speakerLabel(row))}</span></td><td>${escapeHtml(row.type)}</td><td class="number">${row.quotes}</td><td class="number">${row.words}</td><td class="number">${percent(row.share)}</td></tr>`
  );
  return `<section id="speakers"><h2>Who speaks</h2><p class="muted">${escapeHtml(summary2)} Shares are of the quoted words; words are runs of letters and digits.</p><table><thead><tr><th>Speaker</th><th>Type</th><th class="number">Quotes</th><th class="number">Words</th><th class="number">Share</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
}
function sentimentSection(analysis) {
  const { sentiment } = analysis;
  if (!sentiment) return "";
  const headingOf = (section) => section === null ? "" : analysis.structure.sections[section]?.heading?.text ?? "lead";
  const rows = sentiment.parts.map((part) => ({
    label: part.section === null ? part.part : `\xA7${sectionNumber(part.section)} ${part.part === "heading" ? headingOf(part.section) : "body"}`,
    value: part.sentiment.score,
    note: part.sentiment.label
  }));
  const chart = barChart(rows, { title: "Sentiment of the title, subtitle, and each section\u2019s heading and body", axisLabel: "sentiment score: \u22121 negative \u2026 0 \u2026 +1 positive", min: -1, max: 1, diverging: true, format: formatScore });
  const headline = sentiment.headlineVsBody === null ? "" : `; headline minus body ${formatSigned(sentiment.headlineVsBody)} (below 0 the headline is harsher)`;
  return `<section><h2>Sentiment by section</h2><p class="muted">Article ${formatScore(sentiment.article.score)} (${escapeHtml(sentiment.article.label)})${escapeHtml(headline)}. ${escapeHtml(SECTION_NUMBERING)}</p>${chart}</section>`;
}
function entitySection2(analysis) {
  const entities = analysis.entities.filter((entity) => isNamedEntity4(entity) && entity.count > 0);
  if (entities.length === 0) return "";
  const scored = analysis.sentiment !== void 0;
  const header = `<tr><th>Name</th><th>Type</th><th class="number">Mentions</th><th class="number">Salience</th>${scored ? '<th class="number">Tone</th><th>Label</th>' : ""}</tr>`;
  const sentimentCells = (entity) => {
    if (!entity.sentiment) return "<td></td><td></td>";
    const tone = entityTone(entity.sentiment);
    return `<td class="number">${tone.score}</td><td>${tone.label}</td>`;
  };
  const rows = entities.map((entity) => {
    const sentiment = scored ? sentimentCells(entity) : "";
    return `<tr><td>${escapeHtml(entity.name)}</td><td>${escapeHtml(entity.type)}</td><td class="number">${entity.count}</td><td class="number">${formatNumber(entity.salience, 3)}</td>${sentiment}</tr>`;
  });
  return `<section><h2>Named entities</h2><p class="muted">Most salient first; salience 0..1.${scored ? ` ${escapeHtml(ENTITY_TONE)}` : ""}</p><table><thead>${header}</thead><tbody>${rows.join("")}</tbody></table></section>`;
}
function frameRows(frames) {
  return frames.map((frame) => ({ label: frame.frame.replaceAll("_", " "), value: frame.score, marked: frame.present, ...frame.present ? { note: "present" } : {} }));
}
function frameCharts(framing, of, width) {
  const axisLabel = "score 0..1; present from 0.5";
  return barChart(frameRows(framing.generic), { title: `Generic news frames: ${of}`, axisLabel, min: 0, max: 1, width }) + barChart(frameRows(framing.policy), { title: `Policy frames: ${of}`, axisLabel, min: 0, max: 1, width });
}
function framesSection(analysis) {
  const { framing } = analysis;
  if (!framing) return "";
  const sections = framing.sections.map((section) => {
    const heading = section.heading ?? `\xA7${sectionNumber(section.section)} (lead, no heading)`;
    return `<div class="frame-section"><h3>${escapeHtml(heading)}</h3>${frameCharts(section, heading, 480)}</div>`;
  });
  return `<section><h2>Frames</h2><p class="muted">Dark bars are frames present in the text. Generic frames after Semetko &amp; Valkenburg (2000), policy frames after the Policy Frames Codebook (Boydstun et al. 2014).</p><h3>The article</h3>${frameCharts(framing, "the article", 640)}<h3>Each section</h3><div class="frame-sections">${sections.join("")}</div></section>`;
}
function provenance(analysis) {
  const items = [...analysis.meta.lexicons, ...analysis.meta.models].map(
    (info) => `<li><strong>${escapeHtml(info.id)}</strong> ${escapeHtml(info.version)} (${escapeHtml(info.licence)}): ${escapeHtml(info.source)}</li>`
  );
  return `<footer><details><summary>Word lists and models behind this report</summary><ul>${items.join("")}</ul></details></footer>`;
}

// src/cli/messages.ts
function inCommandLineWords(message) {
  return message.replace("pass { maxLength } to raise it", "raise it with --max-length");
}

// src/cli/language.ts
var words = (list) => list.split(" ");
var ENGLISH = words(
  "the a an in on is as was will of and to that for with by it at from he she they his her him are be been being has have had said says not this these those but or were their them which who whom would could should its there than then into about after what when where we you our your if can may must"
);
var OTHERS = {
  German: words("der und den das von zu mit sich des auf f\xFCr ist im dem nicht ein eine einer einem einen als auch es wird bei sind noch wie \xFCber nach sie aus werden dass er wurde oder vor zur vom mehr durch sein kann gegen schon wenn ihre ihr dann unter wir soll ich eines jetzt worden seit haben sagte zwischen wieder"),
  French: words("le la les de des du et en un une est que qui dans pour pas sur au aux par ne se il elle ils ce cette avec sa ses ont \xE9t\xE9 mais ou nous vous leur sont \xEAtre fait comme l qu \xE0 o\xF9 tr\xE8s aussi apr\xE8s selon lors depuis"),
  Spanish: words("el la los las de del que en y se por un una para con su sus al es lo como m\xE1s pero le ya fue este esta ha porque entre cuando muy sin sobre tambi\xE9n hasta hay donde desde todo nos durante uno les ni contra ese eso ante ellos esto seg\xFAn"),
  Italian: words("di il la che un una \xE8 del della dei delle degli con sono le si da al nel nella alla pi\xF9 anche ma gli lo ha questo questa sul ci suo sua dal loro essere stato tra fra cui quando ancora dopo hanno ne se solo molto per\xF2 mentre"),
  Portuguese: words("de que da em um uma para \xE9 n\xE3o os se na por mais dos das como mas foi ao ele ela tem \xE0 seu sua ou ser quando muito h\xE1 nos j\xE1 est\xE1 tamb\xE9m s\xF3 pelo pela at\xE9 isso entre depois sem mesmo aos ter seus quem nas esse eles foram essa nem suas"),
  Dutch: words("de en van het een dat op te zijn met voor niet aan er om ook als maar bij door dan naar nog ze werd tot uit hij kan zo worden deze wordt heeft hebben geen meer zou wel nu tegen zich"),
  Scandinavian: words("och att det som en p\xE5 \xE4r av f\xF6r med till den har de inte om ett han jag sig fr\xE5n vi s\xE5 kan hade n\xE4r nu efter eller skulle ocks\xE5 sin hon og er til af ikke der hun et fra jeg blev ble skal etter n\xE5r n\xE5 seg hans"),
  Polish: words("w z na si\u0119 nie \u017Ce jest od po jak przez dla jego jej ich oraz ju\u017C tak s\u0105 by\u0142 by\u0142a b\u0119dzie by\u0107 zosta\u0142 zosta\u0142a zostanie mo\u017Ce maj\u0105 ma tym ze kt\xF3re kt\xF3ry tak\u017Ce jednak wed\u0142ug bo czy gdy tylko jeszcze przed bez przy mi\u0119dzy jako")
};
var LANGUAGES = ["English", ...Object.keys(OTHERS)];
var LANGUAGES_OF = /* @__PURE__ */ new Map();
for (const [index, list] of [ENGLISH, ...Object.values(OTHERS)].entries()) for (const word of list) LANGUAGES_OF.set(word, [...LANGUAGES_OF.get(word) ?? [], index]);
var MINIMUM_WORDS = 20;
var ENGLISH_FLOOR = 0.05;
function notEnglish(text) {
  const prose = text.slice(0, 2e4).replace(/<[^>]*>/g, " ");
  const tokens = prose.toLowerCase().match(/\p{L}+/gu) ?? [];
  const letters = tokens.reduce((sum, token) => sum + token.length, 0);
  const nonLatin = prose.match(/[^\p{Script=Latin}\P{L}]/gu)?.length ?? 0;
  if (letters >= MINIMUM_WORDS && nonLatin > letters / 2) return "not in the Latin alphabet";
  if (tokens.length < MINIMUM_WORDS) return void 0;
  const hits = LANGUAGES.map(() => 0);
  for (const token of tokens) for (const language of LANGUAGES_OF.get(token) ?? []) hits[language] = (hits[language] ?? 0) + 1;
  const [english = 0, ...others] = hits;
  const most = Math.max(...others);
  const floor = ENGLISH_FLOOR * tokens.length;
  if (most > english && most >= floor) return `${LANGUAGES[others.indexOf(most) + 1]} function words outnumber English ones`;
  return english < floor ? `under ${ENGLISH_FLOOR * 100}% English function words` : void 0;
}
function articleProblem(text) {
  if (text.trim() === "") return "empty text";
  const why = notEnglish(text);
  return why ? `not English (${why}): newslens reads English news` : void 0;
}

// src/cli/main.ts
var DOCUMENTATION = fileURLToPath(new URL("../docs/CLI.md", import.meta.url));
var SKIPPABLE = { sentiment: true, bias: true, framing: true };
var SKIP_HELP = `analyses to leave out, comma-separated: ${Object.keys(SKIPPABLE).join(", ")}`;
var HELP = {
  main: `newslens ${version}: read news articles the way a media-studies researcher does

Usage:
  newslens analyze FILE|-      analyse one article; JSON by default
  newslens batch INPUT...      analyse a corpus: files, directories, globs, JSONL, or - for JSONL on stdin
  newslens report FILE|-       one self-contained HTML page of an article's findings
  newslens compare BATCH.jsonl compare outlets (or any field) over batch output
  newslens merge SHARD...      join the outputs of batch --shard runs (--input INPUT...)

Options:
  -h, --help                   this help; \`newslens COMMAND --help\` for a command's
  -v, --version                the version

Exit status: 0 all analysed, 1 some records failed, 2 bad usage, 130 interrupted,
141 standard output closed early (\`| head\`).
Documentation: ${DOCUMENTATION}`,
  analyze: `Usage: newslens analyze FILE|- [options]

Analyses one article (a text, Markdown or HTML file, or standard input with -) and prints it.
An empty or non-English article exits 1; for JSONL, one article a line, use \`newslens batch\`.

Options:
  -f, --format FORMAT   json (default: the whole analysis), markdown (a report to read),
                        csv (one tidy table, see --table) or html (as \`newslens report\`)
  -t, --table NAME      with --format csv: ${TABLE_NAMES.join(", ")} (default sentences)
      --skip LIST       ${SKIP_HELP}
      --tokens          with --format json: add every token (offsets, kind, POS, lemma)
      --max-length N    the longest text read, in characters (default 1000000; Infinity for no limit)
      --compact         with --format json: the compact form (word lists by id, section cues by index)
      --lean            with --format json: the lean form (scores, counts, offsets; no evidence text)
  -o, --output FILE     write to FILE instead of standard output (also --out)
  -h, --help            this help`,
  batch: `Usage: newslens batch INPUT... [options]

INPUT is a file, a directory (every .txt, .text, .md, .markdown, .html, .htm, .jsonl and
.ndjson file under it), a glob
("corpus/**/*.txt", quoted), a JSONL file (.jsonl or .ndjson: one article a line, with "id",
"text" and optionally "title", "outlet", "date", "url"), or - for JSONL on standard input.
Each article becomes one JSONL line, {"id", "title", "outlet", "date", "url", "analysis"}, in
input order. A record that fails (bad JSON, missing, empty or non-English text) becomes an
error line {"id", "source", "line", "error"} and the batch goes on.

Options:
  -o, --out FILE        write the JSONL to FILE (default: standard output; also --output)
      --tables DIR      also write tidy CSV tables to DIR: ${TABLE_NAMES.map((name) => `${name}.csv`).join(", ")}
  -j, --jobs N          worker threads (default: the number of cores, here ${availableParallelism()})
      --skip LIST       ${SKIP_HELP}
      --tokens          add every token to each analysis
      --max-length N    the longest text read, in characters (default 1000000; a longer one is an error line)
      --resume          skip ids that already have an analysis in --out, and append to it
      --shard K/N       only the articles whose id hashes to shard K of N (K from 1), for N
                        independent tasks (a Slurm array); \`newslens merge\` joins their outputs
      --compact         write each analysis in the compact form (word lists by id, section cues by index)
      --lean            write each analysis in the lean form (scores, counts, offsets; no evidence text)
  -h, --help            this help

Reading JSONL on stdin and writing JSONL on stdout in the same order makes newslens a filter for
GNU parallel (--pipe), Hadoop Streaming and Spark's RDD.pipe: see docs/CLI.md.`,
  report: `Usage: newslens report FILE|- -o report.html

Writes one self-contained HTML page (no network): the article with its entities, bias markers
and frame cues highlighted (hover or click for the category, explanation and source list), a
sentiment-by-section chart, an entity table, and frame bars for the article and each section.

Options:
  -o, --output FILE     the HTML file (default: standard output; also --out)
      --max-length N    the longest text read, in characters (default 1000000; Infinity for no limit)
  -h, --help            this help`,
  merge: MERGE_HELP,
  compare: `Usage: newslens compare BATCH.jsonl [options]

Compares groups of articles in batch output: per outlet (or --by any field), the share of
articles each frame is present in, bias markers per 100 words by category, the tone toward the
entities every group mentions at least K times, the mean article tone and bias score, the
share of the words quoted and of the quoted words by anonymous and other types of speaker, and
the bias of the writer's own words, each with a 95% percentile bootstrap interval over the
group's articles (none from one article). Writes a tidy CSV (group, measure, name, value,
articles, low, high, n) and, with --html, a page of charts, with --markdown, tables.

Options:
      --by FIELD          group by this field of each line (default outlet)
  -o, --output FILE       the CSV (default: standard output; also --out)
      --html FILE         also write the charts to FILE
      --markdown FILE     also write the tables to FILE
      --min-mentions K    entity tone for the named entities every group mentions at least K
                          times (default ${DEFAULT_COMPARE_OPTIONS.minMentions})
      --resamples B       bootstrap resamples per interval, 1 to ${MAX_RESAMPLES} (default ${DEFAULT_COMPARE_OPTIONS.resamples})
      --seed S            the bootstrap's seed, 0 to ${MAX_SEED} (default ${DEFAULT_COMPARE_OPTIONS.seed});
                          the same seed gives the same intervals
  -h, --help              this help`
};
var OUTPUT = { output: { type: "string", short: "o" }, out: { type: "string" } };
var LENGTH = { "max-length": { type: "string" } };
var ANALYSIS = { skip: { type: "string", multiple: true }, tokens: { type: "boolean" }, ...LENGTH };
var HELP_OPTION = { help: { type: "boolean", short: "h" } };
var FORMS = { compact: { type: "boolean" }, lean: { type: "boolean" } };
var OPTIONS = {
  analyze: { format: { type: "string", short: "f", default: "json" }, table: { type: "string", short: "t", default: "sentences" }, ...ANALYSIS, ...FORMS, ...OUTPUT, ...HELP_OPTION },
  batch: { ...OUTPUT, tables: { type: "string" }, jobs: { type: "string", short: "j" }, ...ANALYSIS, ...FORMS, resume: { type: "boolean" }, shard: { type: "string" }, ...HELP_OPTION },
  merge: { ...MERGE_OPTIONS, ...OUTPUT, ...HELP_OPTION },
  report: { ...OUTPUT, ...LENGTH, ...HELP_OPTION },
  compare: { by: { type: "string", default: "outlet" }, ...OUTPUT, html: { type: "string" }, markdown: { type: "string" }, "min-mentions": { type: "string" }, resamples: { type: "string" }, seed: { type: "string" }, ...HELP_OPTION }
};
function outputOf(values) {
  const { out, output } = values;
  if (out !== void 0 && output !== void 0 && out !== output) throw new UsageError("--out and --output are one option, and name two files here: give one of them");
  return out ?? output;
}
function formOf(values) {
  if (values.compact && values.lean) throw new UsageError("--compact and --lean are two forms of the output: give one");
  if (values.lean && values.tokens) throw new UsageError("--tokens adds the tokens, which the lean form leaves out: give one of them");
  return values.compact ? "compact" : values.lean ? "lean" : "full";
}
function analysisOf(values) {
  const skip = (values.skip ?? []).flatMap((list) => list.split(",")).map((name) => name.trim()).filter((name) => name !== "");
  for (const name of skip) if (!Object.hasOwn(SKIPPABLE, name)) throw new UsageError(`--skip: unknown analysis ${JSON.stringify(name)}: expected ${Object.keys(SKIPPABLE).join(", ")}`);
  return { skip: [...new Set(skip)], includeTokens: values.tokens === true, ...maxLengthOf(values) };
}
function maxLengthOf(values) {
  const given = values["max-length"];
  if (given === void 0) return {};
  const maxLength = given === "Infinity" ? Number.POSITIVE_INFINITY : /^\d+$/.test(given) ? Number(given) : Number.NaN;
  if (!(maxLength >= 1)) throw new UsageError(`--max-length must be a whole number of characters or Infinity, received ${JSON.stringify(given)}`);
  return { maxLength };
}
function emit(text, output) {
  if (output) writeWhole(output, text);
  else process.stdout.write(text.endsWith("\n") ? text : `${text}
`);
}
function refused(path, text) {
  const problem = articleProblem(text);
  if (problem) process.stderr.write(`newslens: ${path === "-" ? "standard input" : path}: ${problem}
`);
  return problem !== void 0;
}
var FORMATS = ["json", "markdown", "csv", "html"];
async function run(argv) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
    process.stdout.write(`${HELP.main}
`);
    return command === void 0 ? 2 : 0;
  }
  if (command === "-v" || command === "--version") {
    process.stdout.write(`${version}
`);
    return 0;
  }
  const options = OPTIONS[command];
  if (!options) throw new UsageError(`unknown command ${JSON.stringify(command)}: expected analyze, batch, report, compare or merge`);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP[command]}
`);
    return 0;
  }
  const output = outputOf(values);
  if (command === "analyze") {
    if (positionals.length !== 1) throw new UsageError("analyze takes one FILE, or - for standard input");
    const format = values.format;
    const table2 = values.table;
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format ${JSON.stringify(format)}: expected json, markdown, csv or html`);
    if (format === "csv" && !TABLE_NAMES.includes(table2)) throw new UsageError(`unknown table ${JSON.stringify(table2)}: expected ${TABLE_NAMES.join(", ")}`);
    const options2 = analysisOf(values);
    if (options2.includeTokens && format !== "json") throw new UsageError("--tokens adds the tokens to the JSON: it needs --format json");
    const form = formOf(values);
    if (form !== "full" && format !== "json") throw new UsageError(`--${form} is a form of the JSON output: it does not go with --format ${format}`);
    const text = readArticle(positionals[0]);
    if (output) checkWritable(output);
    if (refused(positionals[0], text)) return 1;
    const analysis = analyze(text, options2);
    if (format === "json") emit(JSON.stringify(analysisInForm(analysis, form), null, 2), output);
    else if (format === "markdown") emit(toMarkdown(analysis), output);
    else if (format === "html") emit(renderReport(text, analysis), output);
    else emit(tableCsv(table2, tableRows({ id: positionals[0] === "-" ? "stdin" : positionals[0] }, analysis)[table2], true), output);
    return 0;
  }
  if (command === "batch") {
    if (positionals.length === 0) throw new UsageError("batch needs at least one INPUT: files, a directory, a glob, JSONL, or - for standard input");
    const jobs = values.jobs === void 0 ? availableParallelism() : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of at least 1, received ${JSON.stringify(values.jobs)}`);
    if (values.resume && !output) throw new UsageError("--resume needs --out: the file whose ids to skip");
    const shard = values.shard === void 0 ? void 0 : parseShard(values.shard);
    const summary2 = await runBatch({ inputs: positionals, out: output, tables: values.tables, jobs, resume: values.resume === true, analysis: analysisOf(values), form: formOf(values), shard });
    const skipped = summary2.skipped ? `, ${summary2.skipped} skipped (already in ${output})` : "";
    const duplicates = summary2.duplicates ? `, ${count(summary2.duplicates, "duplicate id")}` : "";
    process.stderr.write(`newslens batch: ${summary2.analysed} analysed, ${summary2.failed} failed${skipped}${duplicates}${summary2.interrupted ? ", interrupted" : ""}
`);
    if (summary2.interrupted) return 130;
    return summary2.failed > 0 ? 1 : 0;
  }
  if (command === "merge") return mergeCommand(positionals, values.input, output, values.tables);
  if (command === "report") {
    if (positionals.length !== 1) throw new UsageError("report takes one FILE, or - for standard input");
    const text = readArticle(positionals[0]);
    if (output) checkWritable(output);
    if (refused(positionals[0], text)) return 1;
    emit(renderReport(text, analyze(text, maxLengthOf(values))), output);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("compare takes one BATCH.jsonl, the output of newslens batch");
  return compare(positionals[0], values.by, compareOptionsOf(values), { csv: output, html: values.html, markdown: values.markdown });
}
function wholeNumber(values, name, [least, most], fallback) {
  const given = values[name];
  if (given === void 0) return fallback;
  const value = Number(given);
  if (!/^\d+$/.test(given) || value < least || value > most) throw new UsageError(`--${name} must be a whole number from ${least} to ${most}, received ${JSON.stringify(given)}`);
  return value;
}
function compareOptionsOf(values) {
  const defaults = DEFAULT_COMPARE_OPTIONS;
  return {
    minMentions: wholeNumber(values, "min-mentions", [1, Number.MAX_SAFE_INTEGER], defaults.minMentions),
    resamples: wholeNumber(values, "resamples", [1, MAX_RESAMPLES], defaults.resamples),
    seed: wholeNumber(values, "seed", [0, MAX_SEED], defaults.seed)
  };
}
async function compare(path, by, options, outputs) {
  if (by === "") throw new UsageError("--by names a field of the batch lines (outlet, date, or one of your own)");
  const comparison = new Comparison(by, options);
  let input = process.stdin;
  if (path !== "-") {
    const file = createReadStream5(path);
    try {
      await new Promise((resolve2, reject) => file.once("open", resolve2).once("error", reject));
    } catch (error) {
      throw new UsageError(`cannot read ${path}: ${reason(error)}`);
    }
    input = file;
  }
  for (const file of [outputs.csv, outputs.html, outputs.markdown]) if (file) checkWritable(file);
  let cutOff;
  for await (const { line, number } of jsonlLines(input)) {
    if (cutOff) throw new UsageError(`${path}: ${cutOff}`);
    try {
      const record = readBatchLine(line, number);
      if (record) comparison.add(record);
    } catch (error) {
      if (error instanceof SyntaxError) cutOff = error.message;
      else throw new UsageError(`${path}: ${error.message}`);
    }
  }
  if (cutOff) process.stderr.write(`newslens: ${path}: ${cutOff}: the last line, left out (a batch stopped while writing it?)
`);
  const rows = comparison.rows();
  if (comparison.comparedEntities().length === 0) process.stderr.write(`newslens compare: ${noEntityCompared(options.minMentions)}
`);
  emit(stringify2(rows, { header: true, columns: ["group", "measure", "name", "value", "articles", "low", "high", "n"] }), outputs.csv);
  if (outputs.html) writeWhole(outputs.html, renderCompare(rows, by, options));
  if (outputs.markdown) writeWhole(outputs.markdown, compareMarkdown(rows, by, options));
  return 0;
}
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") process.stderr.write(`newslens: cannot write standard output: ${reason(error)}
`);
  process.exit(error.code === "EPIPE" ? 141 : 2);
});
process.stderr.on("error", () => {
});
run(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    if (error instanceof UsageError) {
      process.stderr.write(`newslens: ${error.message}
Run \`newslens --help\` for usage.
`);
      process.exitCode = 2;
    } else if (error instanceof RangeError && error.message.startsWith("newslens.")) {
      process.stderr.write(`newslens: ${inCommandLineWords(error.message)}
`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`newslens: ${error.stack ?? String(error)}
`);
      process.exitCode = 1;
    }
  }
);
