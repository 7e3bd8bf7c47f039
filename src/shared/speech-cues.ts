import { lexiconInfo, type Lexicon, type LexiconInfo } from '../data/lexicon.js';
import { loadOnce, readDataFile } from '../data/load.js';
import { mapPacked } from './arrays.js';

interface SpeechCue {
  match: string;
  /** report, belief and closing: read only by the quotation stage (`reportingCues`). */
  kind: 'speech' | 'naming' | 'report' | 'belief' | 'closing';
}

interface SpeechCues {
  /** Verbs of saying (lemmas) and "according". */
  speech: ReadonlySet<string>;
  /** The verbs of saying and the words that introduce a name or a label. */
  attribution: ReadonlySet<string>;
  info: LexiconInfo;
}

const speechCueFile = (): Lexicon<SpeechCue> => loadOnce('speech-cues.json', () => readDataFile<Lexicon<SpeechCue>>('lexicons/speech-cues.json'));

/** The one list of words that attribute words to someone (speech-cues.json), read on first use. */
export function speechCues(): SpeechCues {
  return loadOnce('speech-cues', () => {
    const file = speechCueFile();
    return {
      speech: new Set(mapPacked(file.entries.filter((cue) => cue.kind === 'speech'), (cue) => cue.match)),
      attribution: new Set(mapPacked(file.entries.filter((cue) => cue.kind === 'speech' || cue.kind === 'naming'), (cue) => cue.match)),
      info: lexiconInfo(file),
    };
  });
}

/** A reporting cue: a verb or phrase of saying, finding or believing, as lemmas. */
export interface ReportingCue {
  /** The lemmas of its words, in order ("point", "out"). */
  words: readonly string[];
  /** The cue as listed ("point out"). */
  lemma: string;
  /** It tells the reader what to think of the words or the speaker ("admitted", "slammed"); "said" does not. */
  loaded: boolean;
  /** A verb of thinking or believing: it attributes only with a clause after it ("believes the plan failed"). */
  belief: boolean;
  /** It attributes only after the words ("…," he continued): "continued to press" reports nothing. */
  closing: boolean;
}

interface LoadedEntry {
  match: string;
}

/**
 * The one list of reporting cues, by the lemma of their first word, longest first: the
 * neutral verbs of speech-cues.json (all four kinds) and the loaded reporting verbs
 * of bias-reporting.json (read here, so no stage imports another for them).
 */
export function reportingCues(): ReadonlyMap<string, readonly ReportingCue[]> {
  return loadOnce('reporting-cues', () => {
    const neutral = speechCueFile();
    const loaded = readDataFile<Lexicon<LoadedEntry>>('lexicons/bias-reporting.json');
    const cues: ReportingCue[] = [];
    // Naming verbs attribute too ("called the plan a “disaster”"); naming nouns never match, as a cue must be a verb.
    for (const entry of neutral.entries) cues.push(cueOf(entry.match, false, entry.kind === 'belief', entry.kind === 'closing'));
    // "slam@VERB": the bias patterns' POS filter; every cue here must be a verb anyway.
    for (const entry of loaded.entries) cues.push(cueOf(entry.match.replace(/@[A-Z]+/g, ''), true, false, false));
    const byFirst = new Map<string, ReportingCue[]>();
    for (const cue of cues) {
      const list = byFirst.get(cue.words[0] as string) ?? [];
      if (!list.some((known) => known.lemma === cue.lemma)) list.push(cue);
      byFirst.set(cue.words[0] as string, list);
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    return byFirst;
  });
}

function cueOf(match: string, loaded: boolean, belief: boolean, closing: boolean): ReportingCue {
  return { words: match.split(' '), lemma: match, loaded, belief, closing };
}
