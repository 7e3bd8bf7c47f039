import { lexiconInfo, type LexiconInfo } from '../../data/lexicon.js';
import { valenceLexicons } from '../../shared/sentence-sentiment/lexicons.js';
import { RULES } from '../../shared/sentence-sentiment/rules.js';
import { sentimentWeightsInfo } from '../../shared/sentence-sentiment/score.js';
import { targetModelInfo } from './target.js';
import { entityCutsInfo } from './tone.js';
import { mapPacked } from '../../shared/arrays.js';

/** The word lists and models behind every sentiment score, for `analysis.meta`. */
export function sentimentInfo(): { lexicons: LexiconInfo[]; models: LexiconInfo[] } {
  return {
    lexicons: [...mapPacked(valenceLexicons(), (lexicon) => lexicon.info), lexiconInfo({ ...RULES, entries: [] })],
    models: [sentimentWeightsInfo(), targetModelInfo(), entityCutsInfo()],
  };
}
