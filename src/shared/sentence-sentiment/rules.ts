import type { Lexicon } from '../../data/lexicon.js';
import { PhraseSet } from './phrases.js';
import RULES_FILE from '../../data/lexicons/sentiment-rules.json';
import { mapPacked } from '../arrays.js';

/** The valence shifters of src/data/lexicons/sentiment-rules.json, as lookups. */
interface RulesFile extends Omit<Lexicon<never>, 'entries'> {
  negationFactor: number;
  /** A negated negative word is multiplied by this instead ("not bad" is no praise): shift negation, Taboada et al. 2011. */
  negatedNegativeFactor: number;
  /** Negative valences (after the shifters) weigh this much more: the negativity weighting of Taboada et al. 2011. */
  negativeWeight: number;
  negationReach: number;
  /** Verbs whose negation reaches into their complement clause ("does not think X is good"): neg-raising predicates. */
  negRaisers: string[];
  /** How far back from a word such a verb may stand, within one clause. */
  negRaiseReach: number;
  negators: string[];
  notNegations: string[];
  neutralPhrases: string[];
  scopeEnders: string[];
  intensifiers: Record<string, number>;
  intensifierReach: number;
  contrast: { words: string[]; before: number; after: number };
  concession: { words: string[]; factor: number };
  /** Words after a modal or conditional in the same clause describe what is not the case, and weigh less. */
  irrealis: { words: string[]; factor: number };
  /** Every word of a question weighs this much. */
  questionFactor: number;
}

export const RULES = RULES_FILE as RulesFile;

export const NEGATORS = new PhraseSet(mapPacked(RULES.negators, (word): [string, true] => [word, true]));
export const NOT_NEGATIONS = new PhraseSet(mapPacked(RULES.notNegations, (phrase): [string, true] => [phrase, true]));
export const NEUTRAL_PHRASES = new PhraseSet(mapPacked(RULES.neutralPhrases, (phrase): [string, true] => [phrase, true]));
export const SCOPE_ENDERS = new Set(RULES.scopeEnders);
export const NEG_RAISERS = new Set(RULES.negRaisers);
export const INTENSIFIERS = new PhraseSet(Object.entries(RULES.intensifiers));
export const CONTRASTS = new Set(RULES.contrast.words);
export const IRREALIS = new Set(RULES.irrealis.words);
export const CONCESSIONS = new PhraseSet(mapPacked(RULES.concession.words, (phrase): [string, true] => [phrase, true]));

/** Every word a rule may start at: a sentence's other words need no rule lookup at all. */
export const RULE_WORDS = new Set<string>([
  ...[NEGATORS, NOT_NEGATIONS, NEUTRAL_PHRASES, INTENSIFIERS, CONCESSIONS].flatMap((set) => [...set.firstWords()]),
  ...SCOPE_ENDERS,
  ...CONTRASTS,
  ...IRREALIS,
]);
