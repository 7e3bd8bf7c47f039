// What the batch and compare examples share: reading back the CSV tables newslens writes.
import { readFileSync } from 'node:fs';

/**
 * The rows of a CSV file newslens wrote, as objects keyed by its header. RFC 4180: a quoted field
 * may hold commas, doubled quotes and line breaks. A CSV library (csv-parse, papaparse) reads them
 * the same way; this keeps the examples to what installing newslens gives.
 */
export function readCsv(path) {
  const text = readFileSync(path, 'utf8');
  const rows = [[]];
  let field = '';
  let quoted = false;
  const endField = () => {
    rows.at(-1).push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const character = text[i];
    if (quoted && character === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (character === '"') quoted = !quoted;
    else if (quoted || (character !== ',' && character !== '\n' && character !== '\r')) field += character;
    else if (character === ',') endField();
    else if (character === '\n') {
      endField();
      rows.push([]);
    }
  }
  if (field !== '' || rows.at(-1).length > 0) endField();
  else rows.pop();
  const [header, ...records] = rows;
  return records.map((values) => Object.fromEntries(header.map((name, column) => [name, values[column]])));
}
