import type { Party } from '../../document/document.js';
import { usStateCode } from './gazetteer.js';

/** A party-state tag written after a person's name, and where it ends in the text. */
export interface PartyTag {
  party: Party;
  /** USPS code of the state, when the tag names one. */
  state?: string;
  start: number;
  end: number;
}

/**
 * US political copy writes a politician's party and state straight after the name, after a
 * comma or in brackets: "Ted Cruz, R-Texas,", "Bernie Sanders, I-Vt.", "Jerrold Nadler,
 * D-N.Y.", "Paul Ryan (R-Wisc.)", "John Kasich (R-OH)", "Ted Cruz (R., Texas)", "Nancy
 * Pelosi (D)". The letter is the party; what follows it, up to three capitalised words, must
 * be a state's name or abbreviation. Blanks here never include a line break: a tag does not
 * cross into the next line.
 */
const TAG = /^[^\S\n]*(?:,|\()[^\S\n]*([DRI])(?:\.?[^\S\n]*[-–][^\S\n]*|\.,?[^\S\n]*|,[^\S\n]*)((?:[A-Z][A-Za-z]*\.?)(?:[^\S\n]?[A-Z][A-Za-z]*\.?){0,2})/d;
const BARE = /^[^\S\n]*\([^\S\n]*([DRI])\.?[^\S\n]*\)/d;
const CLOSE = /^[^\S\n]*\)/;
const MAX_TAG_LENGTH = 40;

/** The party-state tag that starts at `offset` (a person's name ends there), if there is one. */
export function partyTagAt(text: string, offset: number): PartyTag | undefined {
  const after = text.slice(offset, offset + MAX_TAG_LENGTH);
  const bare = BARE.exec(after);
  if (bare) return { party: bare[1] as Party, start: offset + (bare.indices?.[1]?.[0] ?? 0), end: offset + bare[0].length };
  const match = TAG.exec(after);
  if (!match) return undefined;
  const start = offset + (match.indices?.[1]?.[0] ?? 0);
  const stateAt = match.indices?.[2]?.[0] ?? 0;
  // The longest run of its words that names a state: "N.Y." in "D-N.Y. Democrats", "New York".
  const written = match[2] as string;
  for (let length = written.length; length > 0; length = written.lastIndexOf(' ', length - 1)) {
    const state = usStateCode(written.slice(0, length));
    if (!state) continue;
    const close = CLOSE.exec(after.slice(stateAt + length));
    return { party: match[1] as Party, state, start, end: offset + stateAt + length + (close ? close[0].length : 0) };
  }
  return undefined;
}
