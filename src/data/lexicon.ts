/**
 * Every word list and rule list newslens ships is a JSON data file with its provenance, in
 * the manner of retext-equality's YAML: the source travels with the data to run time, and
 * `analysis.meta.lexicons` lists each one an analysis used.
 */
export interface LexiconInfo {
  id: string;
  version: string;
  source: string;
  licence: string;
}

export interface Lexicon<Entry> extends LexiconInfo {
  description: string;
  entries: Entry[];
}

export function lexiconInfo<Entry>(lexicon: Lexicon<Entry>): LexiconInfo {
  return { id: lexicon.id, version: lexicon.version, source: lexicon.source, licence: lexicon.licence };
}
