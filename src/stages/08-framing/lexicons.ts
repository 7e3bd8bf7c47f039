import { loadOnce, readDataFile } from '../../data/load.js';
import type { Lexicon, LexiconInfo } from '../../data/lexicon.js';
import { PatternIndex } from '../../shared/patterns.js';
import { entryOfOrigin, shippedPatterns } from '../../shared/patterns-file.js';
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

/** The built-in frame lexicons' files, generic first. */
export const FRAME_LEXICON_FILES = ['frames-generic.json', 'frames-policy.json'] as const;

/**
 * The built-in lexicons' cue targets by origin (the generic lexicon's entries, then the
 * policy lexicon's: the patterns of frames-patterns.bin), each made the first time it is read
 * and kept, so that a start makes the targets of the cues an article has, not all 2,200.
 */
class BuiltInTargets {
  private readonly made: (CueTarget | undefined)[] = [];
  private readonly lexicons: { id: string; source: string }[];

  constructor(private readonly files: readonly FrameLexiconFile[]) {
    this.lexicons = mapPacked(files, ({ id, source }) => ({ id, source }));
  }

  target(origin: number): CueTarget {
    let target = this.made[origin];
    if (target === undefined) {
      const { list, entry } = entryOfOrigin(this.files, origin);
      const { scheme } = this.files[list] as FrameLexiconFile;
      const { frame, item, why } = (this.files[list] as FrameLexiconFile).entries[entry] as FrameEntry;
      target = { scheme, frame, item, key: keyOf(scheme, frame, item), frameKey: keyOf(scheme, frame), why: why ?? `${frame}: a cue of the ${scheme} frame`, lexicon: this.lexicons[list] as { id: string; source: string } };
      this.made[origin] = target;
    }
    return target;
  }

  /** Every cue with its pattern as written, in origin order: what user dictionaries extend. */
  all(): { match: string; entry: CueTarget }[] {
    const cues: { match: string; entry: CueTarget }[] = [];
    for (const file of this.files) for (const { match } of file.entries) cues.push({ match, entry: this.target(cues.length) });
    return cues;
  }

  /** Every key the cues have, in the order first met (keysOf of all()), with no target made. */
  keys(): string[] {
    const keys = new Set<string>();
    for (const { scheme, entries } of this.files) for (const { frame, item } of entries) keys.add(keyOf(scheme, frame, item));
    return [...keys];
  }
}

/** The two built-in frame lexicons, their cue targets (kept to extend with user dictionaries) and their index, read on first use and shared. */
const builtIn = (): { lexicons: FrameLexicons; targets: BuiltInTargets } =>
  loadOnce('frame-lexicons', () => {
    const files = mapPacked(FRAME_LEXICON_FILES, (name) => readDataFile<FrameLexiconFile>(`lexicons/${name}`));
    const [generic, policy] = files as [FrameLexiconFile, FrameLexiconFile];
    const targets = new BuiltInTargets(files);
    const { compiled, origins } = shippedPatterns('frames-patterns.bin', files);
    const index = new PatternIndex(compiled, (pattern) => targets.target(origins[pattern] as number));
    const keys = targets.keys();
    return { lexicons: { generic, policy, lists: mapPacked(files, ({ id, version, source, licence }) => ({ id, version, source, licence })), index, keys, spanFrames: spanFramesOf(generic, policy, keys) }, targets };
  });

export function frameLexicons(): FrameLexicons {
  return builtIn().lexicons;
}

/** The built-in lexicons extended with user dictionaries' cues (dictionaries.ts resolves them). */
export function extendedLexicons(extra: readonly { info: LexiconInfo; targets: { match: string; entry: CueTarget }[] }[]): FrameLexicons {
  const base = frameLexicons();
  if (extra.length === 0) return base;
  const targets = [...builtIn().targets.all(), ...extra.flatMap(({ targets }) => targets)];
  const keys = keysOf(targets);
  return { ...base, lists: [...base.lists, ...mapPacked(extra, ({ info }) => info)], index: PatternIndex.of(targets), keys, spanFrames: spanFramesOf(base.generic, base.policy, keys) };
}
