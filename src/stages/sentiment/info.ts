import { lexiconInfo, type LexiconInfo } from '../../lexicons/lexicon.js';
import { valenceLexicons } from './lexicons.js';
import { RULES } from './rules.js';
import { sentimentWeightsInfo } from './score.js';
import { targetModelInfo } from './target.js';

/** The word lists and models behind every sentiment score, for `analysis.meta`. */
export function sentimentInfo(): { lexicons: LexiconInfo[]; models: LexiconInfo[] } {
  return {
    lexicons: [...valenceLexicons().map((lexicon) => lexicon.info), lexiconInfo({ ...RULES, entries: [] })],
    models: [sentimentWeightsInfo(), targetModelInfo()],
  };
}
