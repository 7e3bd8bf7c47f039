// node eval/entity-audit.mjs --polnear PATH --basil PATH [--per-publisher 2] [--per-source 2] [--max-chars 4000] [--only ID]
// The reading sheet for the hand-counted entity error analysis of docs/ENTITIES.md (issue 17).
// It picks the sample by a fixed rule (the first articles of each publisher in record order, no
// longer than --max-chars), analyses each with the built package of this worktree, and prints
// what a person needs to count the error classes by eye: the structure parts, every sentence
// with its start offset and its named mentions marked inline, every named entity with its
// mentions and tone, and automatic counters for the classes a rule can count. The counters
// point at candidates; the figures in docs/ENTITIES.md are the hand counts.
import { parseArgs } from 'node:util';
import { analyze } from 'newslens';
import { basilArticles } from './bias.mjs';
import { readJsonl } from './stats.mjs';

const NUMERIC = new Set(['DATE', 'TIME', 'DURATION', 'MONEY', 'PERCENT', 'CARDINAL', 'ORDINAL']);
const SHORT_TYPE = { PERSON: 'PER', NORP: 'NORP', ORG: 'ORG', GPE: 'GPE', LOC: 'LOC', FAC: 'FAC', EVENT: 'EVT', LAW: 'LAW', PRODUCT: 'PROD', WORK_OF_ART: 'WORK', LANGUAGE: 'LANG' };
/** A mention's own fields, and the type the sheet copies onto it; any other field is an attribute to show. */
const MENTION_FIELDS = new Set(['start', 'end', 'text', 'sentence', 'section', 'type']);

/** Closed-class words and interjections that open sentences; an audit aid, not shipped. */
const FUNCTION_WORDS = new Set(
  'a an the this that these those such some many most much more few several any each every all both either neither no yes yeah oh well so but and or nor yet if when while where why how what which who whom whose as because since though although unless until after before given despite instead also still even just only then there here now however meanwhile indeed perhaps maybe i i’m i\'m we you he she it they his her its their our my your'.split(' '),
);
/** Head words of institutions, which are ORG whatever their place name says. */
const INSTITUTION = /\b(Senate|House|Congress|Navy|Army|Air Force|Marines?|Guard|Church|Court|Department|Agency|Committee|Council|Commission|Bureau|Board|Administration|Pentagon|University|College|Party|Assembly|Legislature|Parliament|Ministry|Police|Service)\b/;
const SPEECH_OPENING = /^(he|she|they|we|i|it)\s+(said|says|added|adds|told|asked|asks|continued|noted|wrote|explained|argued|insisted|replied|recalled)\b/i;
const PARTY_TAG = /\b[RDI]\s?-\s?[A-Z][A-Za-z.]*|\([RDI]\)/;
const SPAN_PUNCTUATION = /[,"“”‘’()[\]]/;
const DATELINE = /^[A-Z][A-Z .,]{2,}(?:\([A-Za-z. ]+\))?\s*[—–-]{1,2}\s/;
/** Lines of page furniture by their wording: promos, follow prompts, photo and wire credits, update stamps, archive labels. */
const PROMO = /^(?:follow\b.*\bon (?:twitter|facebook)|like (?:the|our|us on) |click here|sign up|subscribe\b|read more\b|related:|\(?photo:|photo credit|updated:|(?:abstract|full text)\.?$|do you (?:support|agree)\b)/i;
const ABBREVIATION_END = /(?:\b(?:[A-Z]\.){1,3}|\b(?:Sen|Rep|Gov|Gen|Lt|Col|Sgt|Mr|Mrs|Ms|Dr|St|Jr|No|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Calif|Fla|Wisc|Ariz|Mass|Penn)\.)$/;

const { values } = parseArgs({
  options: {
    polnear: { type: 'string' },
    basil: { type: 'string' },
    'per-publisher': { type: 'string', default: '2' },
    'per-source': { type: 'string', default: '2' },
    'max-chars': { type: 'string', default: '4000' },
    only: { type: 'string' },
  },
});
if (!values.polnear && !values.basil) {
  console.error('usage: node eval/entity-audit.mjs --polnear PATH --basil PATH [--per-publisher 2] [--per-source 2] [--max-chars 4000] [--only ID]');
  process.exit(2);
}
const maxChars = Number(values['max-chars']);

/** The first `perGroup` articles of each group, in record order, of at most `maxChars` characters. */
function firstOfEachGroup(articles, perGroup) {
  const taken = new Map();
  return articles.filter((article) => {
    if (article.text.length > maxChars) return false;
    const count = taken.get(article.group) ?? 0;
    if (count >= perGroup) return false;
    taken.set(article.group, count + 1);
    return true;
  });
}

function sample() {
  const chosen = [];
  if (values.polnear) {
    const records = readJsonl(values.polnear).map((record, index) => ({ dataset: 'polnear', index, id: record.id, group: record.publisher, title: record.title, text: record.text }));
    chosen.push(...firstOfEachGroup(records, Number(values['per-publisher'])));
  }
  if (values.basil) {
    const rows = readJsonl(values.basil);
    const firstRow = new Map();
    for (const row of rows) if (!firstRow.has(row.article)) firstRow.set(row.article, row);
    // BASIL writes its sources in two cases ("nyt", "NYT"): one group each.
    const articles = basilArticles(rows).map((article, index) => ({ dataset: 'basil', index, id: article.id, group: firstRow.get(article.id).source.toLowerCase(), title: firstRow.get(article.id).text, text: article.text }));
    chosen.push(...firstOfEachGroup(articles, Number(values['per-source'])));
  }
  chosen.forEach((article, i) => (article.number = i + 1));
  return values.only ? chosen.filter((article) => article.id === values.only || `${article.dataset}#${article.index}` === values.only) : chosen;
}

const oneLine = (text) => text.replace(/\s+/g, ' ').trim();
const at = (span) => (span ? `"${oneLine(span.text)}"@${span.start}` : '—');
const isUpperInitial = (word) => /^\p{Lu}/u.test(word);
const namedEntities = (analysis) => analysis.entities.filter((entity) => !NUMERIC.has(entity.type));

/** A sentence with each named mention in it marked ⟦text|TYPE⟧. */
function markedSentence(sentence, mentions, text) {
  const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = sentence.start;
  for (const m of inside) {
    if (m.start < cursor) continue;
    out += text.slice(cursor, m.start) + `⟦${m.text}|${SHORT_TYPE[m.type] ?? m.type}${extraFields(m)}⟧`;
    cursor = m.end;
  }
  return oneLine(out + text.slice(cursor, sentence.end));
}

/** Attributes a mention carries beyond its span (role today; party and state once they exist). */
function extraFields(mention) {
  const extra = Object.entries(mention).filter(([key]) => !MENTION_FIELDS.has(key));
  return extra.length ? ' ' + extra.map(([key, value]) => `${key}=${value}`).join(' ') : '';
}

/** Initials of a name's capitalised words ("Environmental Protection Agency" → "EPA"). */
const initials = (name) => name.split(/[\s-]+/).filter((word) => isUpperInitial(word) && !/^(Of|The|For|And)$/.test(word)).map((word) => word[0]).join('');
const acronymOf = (name) => (/^[A-Z.&]{2,8}$/.test(name) ? name.replace(/[.&]/g, '') : null);
const lastWord = (name) => name.split(',')[0].trim().split(/\s+/).at(-1);

/** The automatic counters, each a list of short examples. */
function counters(article, analysis) {
  const { text } = article;
  const found = {};
  const add = (name, example) => (found[name] ??= []).push(example);
  const sentences = analysis.sentences.filter((s) => s.part !== 'boilerplate');
  const inBoilerplate = (offset) => analysis.structure.boilerplate.some((b) => b.start <= offset && offset < b.end);
  for (const s of sentences) {
    const opening = s.text.replace(/^[\s"“”‘’'(—–-]+/, '');
    if (SPEECH_OPENING.test(opening)) add('sentence opens with "he said"', `@${s.start} ${opening.slice(0, 24)}`);
    else if (/^\p{Ll}/u.test(opening)) add('sentence opens in lower case', `@${s.start} ${opening.slice(0, 24)}`);
    if (ABBREVIATION_END.test(s.text.trim()) && s.end < text.length) add('sentence ends on an abbreviation', `@${s.start} …${s.text.trim().slice(-16)}`);
    if (/^\S{1,3}$/.test(s.text.trim())) add('sentence of one short token', `@${s.start} ${s.text.trim()}`);
  }
  const entities = namedEntities(analysis);
  const mentions = entities.flatMap((entity) => entity.mentions.map((m) => ({ ...m, type: entity.type })));
  for (const m of mentions) {
    if (/[RDI]\s?-\s?$/.test(text.slice(Math.max(0, m.start - 3), m.start))) add('party tag read as an entity', `${m.type} ${m.text}@${m.start}`);
    if (SPAN_PUNCTUATION.test(m.text.replace(/[’']s?$/, '').replace(/\b\p{L}+[’']\p{L}+/gu, ''))) add('span holds a comma, quote or bracket', `${m.type} ${m.text}`);
    if (m.type === 'PERSON' && PARTY_TAG.test(m.text)) add('party tag inside a PERSON span', m.text);
    // A one-word name is suspect when it is a closed-class word or the article also writes it in lower case.
    const word = m.text.toLowerCase();
    if ((m.type === 'PERSON' || m.type === 'GPE') && !/\s/.test(m.text) && sentenceInitial(m, sentences, text) && (FUNCTION_WORDS.has(word) || new RegExp(`(^|[^\\p{L}])${escape(word)}([^\\p{L}]|$)`, 'u').test(text)))
      add('sentence-initial function word as PERSON/GPE', `${m.type} ${m.text}@${m.start}`);
  }
  for (const entity of entities) {
    if (entity.type === 'GPE' && INSTITUTION.test(entity.name)) add('institution typed GPE', entity.name);
    const tone = entity.sentiment;
    if (tone && tone.score !== 0 && tone.evidence.length === 0) add('tone without evidence', `${entity.name} ${tone.score}`);
    if (tone && tone.label !== 'neutral' && tone.evidence.length === 0) add('positive or negative label without evidence', `${entity.name} ${tone.label}`);
    // Every surface form, and a person's surname, written where no mention covers it.
    const forms = new Set([...entity.aliases, ...(entity.type === 'PERSON' && entity.name.includes(' ') ? [lastWord(entity.name)] : [])]);
    for (const form of forms) {
      if (form.length < 3 || !isUpperInitial(form)) continue;
      const missed = wordOccurrences(text, form).filter((start) => !mentions.some((m) => m.start <= start && m.end >= start + form.length) && !inBoilerplate(start));
      if (missed.length) add('name written but not a mention', `${form} ×${missed.length}`);
    }
    for (const other of entities) {
      if (other === entity) continue;
      const acronym = acronymOf(entity.name);
      if (acronym && initials(other.name) === acronym && other.name.includes(' ')) add('acronym and full name apart', `${entity.name} / ${other.name}`);
      if (entity.type === 'PERSON' && other.type === 'PERSON' && entity.name < other.name && lastWord(other.name) === lastWord(entity.name)) add('two PERSON entities with one surname', `${entity.name} / ${other.name}`);
      if (entity.type === 'NORP' && other.type === 'NORP' && `${entity.name}s` === other.name) add('NORP singular and plural apart', `${entity.name} / ${other.name}`);
    }
  }
  if (!analysis.structure.title) add('title missed', oneLine(article.title).slice(0, 40));
  for (const line of visibleLines(text)) {
    if (inBoilerplate(line.start)) continue;
    if (DATELINE.test(line.text) && !analysis.structure.dateline) add('dateline not recognised', line.text.slice(0, 24));
    if (PROMO.test(line.text)) add('promo or credit line read as text', line.text.slice(0, 40));
  }
  return found;

  function sentenceInitial(m, list, source) {
    const s = list.find((x) => x.start <= m.start && m.start < x.end);
    return s && /^[\s"“‘'(]*$/.test(source.slice(s.start, m.start));
  }
}

/** Each line of the text with its offset. */
function visibleLines(text) {
  const lines = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) lines.push({ start, text: line.trim() });
    start += line.length + 1;
  }
  return lines;
}

const escape = (word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function wordOccurrences(text, name) {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((match) => match.index);
}

/** The distinct evidence words of a tone, signed, "¬" where read as negated: enough to check negation by eye. */
function evidenceWords(evidence) {
  const words = new Map();
  for (const e of evidence) words.set(`${e.text}@${e.start}`, `${oneLine(e.text)}${e.weight > 0 ? '+' : '-'}${e.negated ? '¬' : ''}`);
  return words.size ? ` [${[...words.values()].slice(0, 6).join(' ')}${words.size > 6 ? ' …' : ''}]` : '';
}

/** A dateline's place (offsets only since issue 17), as text; nothing on builds without it. */
const placeOf = (part, text) => (part.place ? ` place "${text.slice(part.place.start, part.place.end)}"@${part.place.start}` : '');
/** Entity tone's confidence (issue 17); nothing on builds without it. */
const confidenceOf = (tone) => (tone.confidence === undefined ? '' : ` conf ${tone.confidence}`);

function printArticle(article) {
  const analysis = analyze(article.text);
  const number = article.number;
  const { structure } = analysis;
  console.log(`\n=== A${number} ${article.dataset}#${article.index} ${article.group} ${article.id} (${article.text.length} chars)`);
  console.log(`title: ${at(structure.title)}   [dataset title: "${oneLine(article.title).slice(0, 70)}"]`);
  for (const part of ['kicker', 'subtitle', 'byline', 'dateline']) if (structure[part]) console.log(`${part}: ${at(structure[part])}${placeOf(structure[part], article.text)}`);
  for (const line of structure.boilerplate) console.log(`boilerplate: ${at(line)}`);
  const entities = namedEntities(analysis);
  const mentions = entities.flatMap((entity) => entity.mentions.map((m) => ({ ...m, type: entity.type })));
  console.log('sentences:');
  for (const s of analysis.sentences) console.log(`  ${s.index} @${s.start}${s.part === 'body' ? '' : ` [${s.part}]`} ${markedSentence(s, mentions, article.text)}`);
  console.log('entities:');
  for (const entity of entities) {
    const tone = entity.sentiment ? ` tone ${entity.sentiment.score} ${entity.sentiment.label}${confidenceOf(entity.sentiment)} ev ${entity.sentiment.evidence.length}${evidenceWords(entity.sentiment.evidence)}` : '';
    const forms = entity.mentions.map((m) => `${oneLine(m.text)}@${m.start}${m.boilerplate ? '(bp)' : ''}`).join(', ');
    console.log(`  ${SHORT_TYPE[entity.type] ?? entity.type} "${entity.name}" count ${entity.count}${tone} :: ${forms}`);
  }
  const found = counters(article, analysis);
  // Entity tone must not depend on what the process analysed before.
  const again = namedEntities(analyze(article.text));
  entities.forEach((entity, i) => {
    if (entity.sentiment?.score !== again[i]?.sentiment?.score) (found['tone differs on a second analysis'] ??= []).push(`${entity.name} ${entity.sentiment?.score} / ${again[i]?.sentiment?.score}`);
  });
  console.log('counters:');
  for (const [name, examples] of Object.entries(found)) console.log(`  ${name}: ${examples.length} | ${examples.slice(0, 6).join(' ; ')}`);
  return found;
}

const articles = sample();
const totals = {};
articles.forEach((article) => {
  for (const [name, examples] of Object.entries(printArticle(article))) totals[name] = (totals[name] ?? 0) + examples.length;
});
console.log(`\n=== sample: ${articles.length} articles`);
articles.forEach((article) => console.log(`  A${article.number} ${article.dataset}#${article.index} ${article.group} ${article.id} — ${oneLine(article.title).slice(0, 70)}`));
console.log('=== automatic counters over the sample (candidates; the hand counts decide)');
for (const [name, total] of Object.entries(totals)) console.log(`  ${name}: ${total}`);
