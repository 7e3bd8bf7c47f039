// Where the lines of batch output and the rows of its tables lie in a file, by byte offset, read
// as a stream: `merge` copies them out of shard files by those offsets, and `--resume` cuts a
// table back to whole rows (resume.ts).

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const COMMA = 0x2c;

/** A line or row of a file: bytes `start` to `end`, its newline included. */
export interface Span {
  start: number;
  end: number;
}

/** Each line of a file, its text without the newline; the last one `whole: false` when the file does not end in a newline. */
export async function* lineSpans(file: AsyncIterable<Buffer>): AsyncGenerator<Span & { text: string; whole: boolean }> {
  let pending: Buffer[] = [];
  let start = 0;
  let offset = 0;
  for await (const chunk of file) {
    let from = 0;
    for (let newline = chunk.indexOf(NEWLINE); newline >= 0; newline = chunk.indexOf(NEWLINE, from)) {
      pending.push(chunk.subarray(from, newline));
      const end = offset + newline + 1;
      yield { start, end, text: Buffer.concat(pending).toString('utf8'), whole: true };
      pending = [];
      start = end;
      from = newline + 1;
    }
    pending.push(chunk.subarray(from));
    offset += chunk.length;
  }
  if (offset > start) yield { start, end: offset, text: Buffer.concat(pending).toString('utf8'), whole: false };
}

/**
 * Each whole row of a CSV file as csv-stringify writes it, the header first, with its first
 * field (a table's `article_id`): a row ends at a newline outside quotes. A last row without its
 * newline (a killed run's) is left out.
 */
export async function* csvRows(file: AsyncIterable<Buffer>): AsyncGenerator<Span & { id: string }> {
  let offset = 0;
  let start = 0;
  let quoted = false;
  /** The bytes of the row's first field while it is read; null after it. */
  let field: number[] | null = [];
  let id = '';
  for await (const chunk of file) {
    for (let k = 0; k < chunk.length; k += 1) {
      const byte = chunk[k] as number;
      offset += 1;
      if (byte === QUOTE) quoted = !quoted;
      if (quoted || (byte !== COMMA && byte !== NEWLINE)) {
        field?.push(byte);
        continue;
      }
      if (field) {
        id = unquote(Buffer.from(field).toString('utf8'));
        field = null;
      }
      if (byte !== NEWLINE) continue;
      yield { start, end: offset, id };
      start = offset;
      field = [];
    }
  }
}

/** A CSV field's value: its quotes removed and doubled quotes undone. */
const unquote = (field: string): string => (field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field);
