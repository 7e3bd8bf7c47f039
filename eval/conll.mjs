// Reads a CoNLL-2003-style file (word first, IOB tag last; -DOCSTART- between documents)
// into documents whose text is the tokens joined by spaces and the sentences by newlines,
// with the gold entities as character spans of that text.
import { readFileSync } from 'node:fs';

/** `sentencesPerDocument` cuts files without -DOCSTART- (tweets) into documents of that many sentences. */
export function readConll(path, { sentencesPerDocument = Infinity } = {}) {
  const documents = [];
  let sentences = [];
  let sentence = [];
  const endSentence = () => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  const endDocument = () => {
    endSentence();
    if (sentences.length) documents.push(buildDocument(sentences));
    sentences = [];
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const columns = line.trim().split(/\s+/);
    if (line.trim() === '') {
      endSentence();
      if (sentences.length >= sentencesPerDocument) endDocument();
    }
    else if (columns[0] === '-DOCSTART-') endDocument();
    else sentence.push({ word: columns[0], tag: columns.at(-1) });
  }
  endDocument();
  return documents;
}

function buildDocument(sentences) {
  const gold = [];
  const lines = [];
  let offset = 0;
  let tokens = 0;
  for (const sentence of sentences) {
    let open;
    const close = () => {
      if (open) gold.push(open);
      open = undefined;
    };
    let column = offset;
    sentence.forEach(({ word, tag }, i) => {
      const start = column;
      const end = start + word.length;
      const [prefix, type] = tag === 'O' ? ['O', undefined] : tag.split('-');
      // IOB1 and IOB2 both: an I- tag continues only an open entity of the same type.
      if (prefix === 'O' || prefix === 'B' || !open || open.type !== type) close();
      if (type) {
        if (open) open.end = end;
        else open = { start, end, type };
      }
      column = end + (i < sentence.length - 1 ? 1 : 0);
    });
    close();
    tokens += sentence.length;
    lines.push(sentence.map((token) => token.word).join(' '));
    offset = column + 1;
  }
  const text = lines.join('\n');
  for (const entity of gold) entity.text = text.slice(entity.start, entity.end);
  return { text, gold, tokens };
}
