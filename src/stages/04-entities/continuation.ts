import type { Token } from '../../document/document.js';
import type { SentenceView } from './features.js';
import { wordLexicon } from './lexicon.js';
import { LOWER_FIRST } from './text-flags.js';

/**
 * Which tokens may continue a name already open before them. The tagger decodes left to right
 * and, once it opens a name, must go on until the name closes; without this it carries a name
 * on through words no name holds ("Stewart b Gough", "Barnett Banks Inc. in Jacksonville",
 * "Cincinnati Reds 3-1"). A name goes on through capitalised words, the particles and
 * connectors names are written with ("Bank of Nova Scotia", "Douglas & Lomason",
 * "Charles de Gaulle"), and anything joined to the word before without a space
 * ("Ata-ur-Rehman"); not through a lower-case word, a free-standing number, a possessive or
 * other punctuation, nor across a run of blanks. A comma, closing quotation mark or bracket, colon or semicolon ends a name
 * even when written against it: what follows is another name ("Sestak,” Issa", "Komorowski,
 * Obama") or a party tag ("Ted Cruz, R-Texas").
 */
/** Lower-case words that belong inside names: "Abu al Hassan", "Charles de Gaulle". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'de', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'bin', 'ibn', 'y']);
const CONNECTORS = new Set([...NAME_PARTICLES, 'of', 'and', 'the', 'for', 'on', 'upon', 'da', 'dos', 'den', 'el', 'e', '&']);
const NAME_ENDS = new Set([',', ';', ':', ')', ']', '}', '"', '”', '»']);

/**
 * Two or more blanks on one line between words: what a scrape leaves where a caption, credit or
 * heading ran into the text ("Photo: Derek Fisher  Shaw said"). A line break alone is not one:
 * hard-wrapped copy breaks names across lines.
 */
const GAP = /^[^\S\n]{2,}$/;

/** `flags`: the text-flags.ts bits of the token's text. */
function mayContinue(token: Token, lower: string, flags: number, before: Token, caseless: boolean): boolean {
  // Every name end is one character: a longer token is looked up in no set.
  if (token.text.length === 1 && NAME_ENDS.has(token.text)) return false;
  if (token.start === before.end && token.pos !== 'PART') return true;
  if (CONNECTORS.has(lower)) return true;
  if (token.kind === 'punctuation' || token.kind === 'number' || token.pos === 'PART') return false;
  return caseless || token.kind !== 'word' || (flags & LOWER_FIRST) === 0;
}

/** In nameContinuations(): token i may not continue a name, and comes after a gap (tagged afresh). */
export const AFTER_GAP = 2;

/**
 * 1 where token i may continue a name open at token i − 1 (never for the first token), AFTER_GAP
 * where a gap parts them; `text` is the article's.
 */
export function nameContinuations(sentence: SentenceView, text: string): Uint8Array {
  const { tokens, lowers, caseless, textIds } = sentence;
  const lexicon = wordLexicon();
  const continues = new Uint8Array(tokens.length);
  for (let i = 1; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const before = tokens[i - 1] as Token;
    // Most tokens sit at most one blank from the one before: no gap, and no string to cut.
    const gap = token.start - before.end >= 2 && GAP.test(text.slice(before.end, token.start));
    continues[i] = gap ? AFTER_GAP : Number(mayContinue(token, lowers[i] as string, lexicon.flags(textIds[i] as number), before, caseless));
  }
  return continues;
}
