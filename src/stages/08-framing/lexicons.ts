import { loadOnce, readDataFile } from '../../data/load.js';
import type { Lexicon, LexiconInfo } from '../../data/lexicon.js';
import { PatternIndex } from '../../shared/patterns.js';
import { mapPacked } from '../../shared/arrays.js';

/** One cue pattern of a frame lexicon: the frame it supports, the generic scheme's item, why. */
export interface FrameEntry {
  match: string;
  frame: string;
  item?: string;
  why?: string;
}

export interface FrameDefinition {
  id: string;
  name: string;
  definition: string;
  /** The generic scheme's questionnaire items (Semetko & Valkenburg 2000). */
  items?: { id: string; question: string }[];
}

export interface FrameLexiconFile extends Lexicon<FrameEntry> {
  scheme: 'generic' | 'policy';
  frames: FrameDefinition[];
}

/** A cue pattern ready to match: its scheme (`generic`, `policy`, or `custom`), frame, item and list. */
export interface CueTarget {
  scheme: 'generic' | 'policy' | 'custom';
  frame: string;
  item?: string;
  /** scheme, frame and item joined: cues of one key never overlap. */
  key: string;
  /** scheme and frame joined (keyOf without the item): the key a frame's evidence is gathered by. */
  frameKey: string;
  why: string;
  lexicon: { id: string; source: string };
}

export interface FrameLexicons {
  generic: FrameLexiconFile;
  policy: FrameLexiconFile;
  /** Every list in use, built-in first. */
  lists: LexiconInfo[];
  index: PatternIndex<CueTarget>;
  /** Every cue key the lists can produce, built-in first, each once: worked out once, not per article. */
  keys: string[];
  /** The frames every span is scored on, by scheme, in codebook order: worked out once, not per span. */
  spanFrames: SpanFrames;
}

/** A frame a span is scored on and the key its cues are gathered by (`CueTarget.frameKey`). */
export interface ScoredFrame {
  frame: string;
  key: string;
}

/** The generic frames; the policy frames but the codebook's "other" (which has no cues); every user frame, so the article and each section list the same frames. */
interface SpanFrames {
  generic: ScoredFrame[];
  policy: ScoredFrame[];
  custom: ScoredFrame[];
}

function spanFramesOf(generic: FrameLexiconFile, policy: FrameLexiconFile, keys: readonly string[]): SpanFrames {
  const scoredFrame = (scheme: string, frame: string): ScoredFrame => ({ frame, key: keyOf(scheme, frame) });
  return {
    generic: mapPacked(generic.frames, (frame) => scoredFrame('generic', frame.id)),
    policy: mapPacked(policy.frames.filter((frame) => frame.id !== 'other'), (frame) => scoredFrame('policy', frame.id)),
    custom: mapPacked(keys.filter((key) => key.startsWith('custom|')), (key) => scoredFrame('custom', key.slice('custom|'.length, key.lastIndexOf('|')))),
  };
}

/** Keys made so far, by scheme, frame and item ('' for none). */
const keys = new Map<string, Map<string, Map<string, string>>>();

/**
 * The key of a cue's frame item: scheme, frame and item joined. Each key is one string, made
 * once: the counts look a key up for every cue of every span, and a string joined anew is
 * hashed anew at each lookup.
 */
export function keyOf(scheme: string, frame: string, item = ''): string {
  let byFrame = keys.get(scheme);
  if (!byFrame) keys.set(scheme, (byFrame = new Map()));
  let byItem = byFrame.get(frame);
  if (!byItem) byFrame.set(frame, (byItem = new Map()));
  let key = byItem.get(item);
  if (key === undefined) byItem.set(item, (key = `${scheme}|${frame}|${item}`));
  return key;
}

const keysOf = (targets: readonly { entry: CueTarget }[]): string[] => [...new Set(mapPacked(targets, ({ entry }) => entry.key))];

/** The built-in lexicons' entries, with their own scheme. */
function builtInTargets(file: FrameLexiconFile): { match: string; entry: CueTarget }[] {
  const lexicon = { id: file.id, source: file.source };
  return mapPacked(file.entries, ({ match, frame, item, why }) => ({ match, entry: { scheme: file.scheme, frame, item, key: keyOf(file.scheme, frame, item), frameKey: keyOf(file.scheme, frame), why: why ?? `${frame}: a cue of the ${file.scheme} frame`, lexicon } }));
}

/** The two built-in frame lexicons, their cue patterns (kept to extend with user dictionaries) and their index, read on first use and shared. */
const builtIn = (): { lexicons: FrameLexicons; cues: { match: string; entry: CueTarget }[] } =>
  loadOnce('frame-lexicons', () => {
    const generic = readDataFile<FrameLexiconFile>('lexicons/frames-generic.json');
    const policy = readDataFile<FrameLexiconFile>('lexicons/frames-policy.json');
    const cues = [...builtInTargets(generic), ...builtInTargets(policy)];
    const keys = keysOf(cues);
    return { lexicons: { generic, policy, lists: mapPacked([generic, policy], ({ id, version, source, licence }) => ({ id, version, source, licence })), index: new PatternIndex(cues), keys, spanFrames: spanFramesOf(generic, policy, keys) }, cues };
  });

export function frameLexicons(): FrameLexicons {
  return builtIn().lexicons;
}

/** The built-in lexicons extended with user dictionaries' cues (dictionaries.ts resolves them). */
export function extendedLexicons(extra: readonly { info: LexiconInfo; targets: { match: string; entry: CueTarget }[] }[]): FrameLexicons {
  const base = frameLexicons();
  if (extra.length === 0) return base;
  const targets = [...builtIn().cues, ...extra.flatMap(({ targets }) => targets)];
  const keys = keysOf(targets);
  return { ...base, lists: [...base.lists, ...mapPacked(extra, ({ info }) => info)], index: new PatternIndex(targets), keys, spanFrames: spanFramesOf(base.generic, base.policy, keys) };
}
