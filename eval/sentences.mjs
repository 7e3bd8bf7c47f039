// npm run eval -- sentences --articles PATH [--limit N]
// Signs of wrong sentence boundaries on real articles, which have no gold sentences: a
// sentence that starts in lower case (the one before ended at an abbreviation, or at a quoted
// question whose attribution follows) and a short attribution ("he said.", "Smith asked.") cut
// off from the quoted question or exclamation before it; beside them the number and mean
// length of sentences, so that joins which make run-on sentences show too.
import { readFileSync } from 'node:fs';
import { analyze } from 'newslens';

/** The articles of a JSONL file: each line's `text`, or, for a file of sentences (BASIL), each `article`'s sentences, the first a title line. */
function articlesOf(path) {
  const rows = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
  if (rows.every((row) => row.article === undefined)) return rows.map((row) => row.text);
  const byArticle = new Map();
  for (const row of rows) {
    if (!byArticle.has(row.article)) byArticle.set(row.article, []);
    byArticle.get(row.article).push(row.text);
  }
  return [...byArticle.values()].map(([title, ...body]) => `${title}\n\n${body.join(' ')}`);
}

const QUOTED_QUESTION = /[?!][”"’]$/u;
/** A subject of up to four words and a verb of saying, with at most a few words after it. */
const SHORT_ATTRIBUTION = /^(?:\S+ ){1,4}(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|tweeted|replied|shouted|declared)\b[^.!?]{0,40}[.,]?$/u;

export function evaluateSentences(path, { limit = Infinity } = {}) {
  const counts = { articles: 0, sentences: 0, words: 0, lowerCase: 0, cutOff: 0 };
  for (const text of articlesOf(path).slice(0, limit)) {
    counts.articles += 1;
    const sentences = analyze(text, { skip: ['sentiment', 'bias', 'framing'] }).sentences.filter((sentence) => sentence.part !== 'boilerplate');
    sentences.forEach((sentence, i) => {
      counts.sentences += 1;
      counts.words += sentence.text.split(/\s+/u).length;
      if (/^\p{Ll}/u.test(sentence.text)) counts.lowerCase += 1;
      if (i > 0 && QUOTED_QUESTION.test(sentences[i - 1].text) && SHORT_ATTRIBUTION.test(sentence.text)) counts.cutOff += 1;
    });
  }
  return [
    `Sentence boundaries on ${counts.articles} articles: ${path}`,
    '',
    '| sentences | mean words | starting in lower case | attributions cut off a quoted question or exclamation |',
    '|---:|---:|---:|---:|',
    `| ${counts.sentences} | ${(counts.words / counts.sentences).toFixed(1)} | ${counts.lowerCase} | ${counts.cutOff} |`,
  ].join('\n');
}
