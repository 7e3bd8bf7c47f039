import { SortedLines } from '../../data/sorted-lines.js';
import { BOUNDARY } from './features.js';
import { byPair, SmallIds, type PairedRows } from './weight-tables.js';
import type { ScorerIndex, WordPairs } from './model-file.js';

// The scorer's index of the tagger's largest templates (ScorerIndex, whose form the model file
// owns): worked out here at pack time, read back by the scorer.

/** The templates a scorer index is made from: the tagger's rows of a template, by value. */
interface Templates {
  template(name: string): ReadonlyMap<string, number>;
}

/** The shapes, as the scorer numbers them: every shape a template by shape names, first met first. */
function shapesOf(tagger: Templates, wordBeforeShape: Map<string, PairedRows>, shapeWordAfter: Map<string, PairedRows>): SmallIds {
  const shapeBeforeShape = byPair(tagger.template('sh-1|sh'));
  const shapeShapeAfter = byPair(tagger.template('sh|sh+1'));
  const shapes = new SmallIds(['caps', BOUNDARY.shape, ...tagger.template('sh').keys(), ...tagger.template('first|sh').keys(), ...tagger.template('seen-lower|sh').keys(), ...shapeBeforeShape.keys()]);
  shapes.addSecondParts(shapeBeforeShape);
  shapes.addAll(shapeShapeAfter.keys());
  shapes.addSecondParts(shapeShapeAfter);
  shapes.addSecondParts(wordBeforeShape);
  shapes.addSecondParts(shapeWordAfter);
  return shapes;
}

function wordPairsOf(byWord: Map<string, PairedRows>, shapes: SmallIds): WordPairs {
  const words = [...byWord.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const starts = new Int32Array(words.length + 1);
  const pairs: number[] = [];
  words.forEach((word, i) => {
    const rows = byWord.get(word) as PairedRows;
    for (let k = 0; k < rows.length; k += 2) pairs.push(shapes.of(rows[k] as string), rows[k + 1] as number);
    starts[i + 1] = pairs.length / 2;
  });
  return { words: new SortedLines(words.join('\n')), starts, pairs: Int32Array.from(pairs) };
}

/** The scorer index of a tagger (at pack time). */
export function scorerIndexOf(tagger: Templates): ScorerIndex {
  const wordBeforeShape = byPair(tagger.template('w-1|sh'));
  const shapeWordAfter = byPair(tagger.template('sh|w+1'), true);
  const shapes = shapesOf(tagger, wordBeforeShape, shapeWordAfter);
  return { shapes: [...shapes.ids.keys()], wordBeforeShape: wordPairsOf(wordBeforeShape, shapes), shapeWordAfter: wordPairsOf(shapeWordAfter, shapes) };
}

/** A word's (shape id, row) pairs, or undefined for a word with none. */
export function pairsOf(table: WordPairs, word: string): Int32Array | undefined {
  const at = table.words.indexOf(word);
  return at < 0 ? undefined : table.pairs.subarray(2 * (table.starts[at] as number), 2 * (table.starts[at + 1] as number));
}
