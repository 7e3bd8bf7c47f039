/** No row, in WordRows. */
export const NO_WORD_ROW = -1;

/**
 * The tagger's rows for features keyed by one word (`w=paris`, `w-1=paris`, `t-1|w=O|paris`, …),
 * by word, then column (a template, or a template and previous tag): one Map entry per word and
 * one Int32Array of rows, where a Map per template held one entry and one key string per
 * feature (52,000 of them, most of the tagger's heap and load time).
 */
export class WordRows {
  private readonly ids = new Map<string, number>();
  private rows: Int32Array;

  constructor(private readonly columns: number) {
    this.rows = new Int32Array(4096 * columns).fill(NO_WORD_ROW);
  }

  set(word: string, column: number, row: number): void {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
      if ((id + 1) * this.columns > this.rows.length) {
        const grown = new Int32Array(2 * this.rows.length).fill(NO_WORD_ROW);
        grown.set(this.rows);
        this.rows = grown;
      }
    }
    this.rows[id * this.columns + column] = row;
  }

  /** Where `word`'s rows start (read them with at()), or NO_WORD_ROW when no feature names it. */
  recordOf(word: string): number {
    const id = this.ids.get(word);
    return id === undefined ? NO_WORD_ROW : id * this.columns;
  }

  /** The row in `column` of the record at `record`, or NO_WORD_ROW. */
  at(record: number, column: number): number {
    return this.rows[record + column] as number;
  }
}
