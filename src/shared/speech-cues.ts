import { lexiconInfo, type Lexicon, type LexiconInfo } from '../data/lexicon.js';
import { loadOnce, readDataFile } from '../data/load.js';

interface SpeechCue {
  match: string;
  kind: 'speech' | 'naming';
}

interface SpeechCues {
  /** Verbs of saying (lemmas) and "according". */
  speech: ReadonlySet<string>;
  /** The verbs of saying and the words that introduce a name or a label. */
  attribution: ReadonlySet<string>;
  info: LexiconInfo;
}

/** The one list of words that attribute words to someone (speech-cues.json), read on first use. */
export function speechCues(): SpeechCues {
  return loadOnce('speech-cues', () => {
    const file = readDataFile<Lexicon<SpeechCue>>('lexicons/speech-cues.json');
    return {
      speech: new Set(file.entries.filter((cue) => cue.kind === 'speech').map((cue) => cue.match)),
      attribution: new Set(file.entries.map((cue) => cue.match)),
      info: lexiconInfo(file),
    };
  });
}
