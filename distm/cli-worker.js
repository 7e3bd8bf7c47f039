// src/cli/worker.ts
import { parentPort } from "worker_threads";
import { analysisInForm, analyze } from "newslens";

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
function findingVoice(finding) {
  if (finding.voice !== "writer" && finding.voice !== "quoted") return void 0;
  return finding.quote === void 0 ? { voice: finding.voice } : { voice: finding.voice, quote: finding.quote };
}
function entityVoices(entity) {
  return entity.voices;
}
function quotesOf(analysis) {
  return Array.isArray(analysis.quotes) ? analysis.quotes : void 0;
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
  const present = (frames) => (frames ?? []).filter((frame) => frame.present).map((frame) => frame.frame).join("|");
  const bodyOf = (parts, section) => parts?.find((part) => part.part === "body" && part.section === section);
  const sentenceBias = new Map((analysis.bias?.sentences ?? []).map((sentence) => [sentence.sentence, sentence]));
  const frameRows = (scope, section, framing) => ["generic", "policy", "custom"].flatMap(
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
        generic_frames: analysis.framing ? present(analysis.framing.generic) : null,
        policy_frames: analysis.framing ? present(analysis.framing.policy) : null
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
    frames: analysis.framing ? [...frameRows("article", null, analysis.framing), ...analysis.framing.sections.flatMap((section) => frameRows("section", section.section, section))] : [],
    // The speaker is the entity's id where the source is resolved (it joins entities.csv), else the source's words.
    quotes: (quotes ?? []).map((quote) => ({ article_id, quote_id: quote.id, kind: quote.kind, speaker: quote.speaker ?? quote.source?.text ?? null, speaker_type: quote.speakerType, cue: quote.cue?.lemma ?? null, cue_loaded: quote.cue ? quote.cue.loaded : null, start: quote.start, end: quote.end, words: quoteWords(quote), text: quote.text }))
  };
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

// src/cli/messages.ts
function inCommandLineWords(message) {
  return message.replace("pass { maxLength } to raise it", "raise it with --max-length");
}

// src/cli/worker.ts
var NEWLINE = 10;
function ownBytes(text, newline) {
  const length = Buffer.byteLength(text);
  const bytes = Buffer.allocUnsafeSlow(length + (newline ? 1 : 0));
  bytes.write(text);
  if (newline) bytes[length] = NEWLINE;
  return bytes;
}
function analysed({ meta, text, tables, form, options }) {
  const problem = articleProblem(text);
  if (problem) return { error: problem };
  try {
    const analysis = analyze(text, options);
    const done = { line: ownBytes(JSON.stringify({ ...meta, analysis: analysisInForm(analysis, form) }), true) };
    if (tables) {
      const rows = tableRows(meta, analysis);
      done.csv = Object.fromEntries(TABLE_NAMES.map((name) => [name, ownBytes(tableCsv(name, rows[name], false), false)]));
    }
    return done;
  } catch (error) {
    return { error: `analysis failed: ${inCommandLineWords(error.message)}` };
  }
}
parentPort?.on("message", (task) => {
  const done = analysed(task);
  parentPort?.postMessage(done, [done.line, ...Object.values(done.csv ?? {})].flatMap((bytes) => bytes ? [bytes.buffer] : []));
});
