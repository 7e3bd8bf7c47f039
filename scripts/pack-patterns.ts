/**
 * Writes src/data/lexicons/bias-patterns.bin and frames-patterns.bin, the bias and frame
 * lexicons' patterns compiled (src/shared/compiled-patterns.ts, patterns-file.ts), from the
 * lexicons' JSON files, which stay the source:
 *
 *   npx tsx scripts/pack-patterns.ts
 *
 * Rerun it after changing a bias or frame lexicon (the scripts that write one run it);
 * test/patterns-file.test.ts fails when a file is not what this makes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readDataFile } from '../src/data/load.js';
import { compilePatterns } from '../src/shared/compiled-patterns.js';
import { packPatternsFile } from '../src/shared/patterns-file.js';
import { BIAS_LEXICON_FILES, type BiasLexiconFile, markingEntries } from '../src/stages/07-bias/lexicons.js';
import { FRAME_LEXICON_FILES, type FrameLexiconFile } from '../src/stages/08-framing/lexicons.js';

export const BIAS_PATTERNS_FILE = new URL('../src/data/lexicons/bias-patterns.bin', import.meta.url);
export const FRAMES_PATTERNS_FILE = new URL('../src/data/lexicons/frames-patterns.bin', import.meta.url);

/** The header's record of the lists: each one's id and version, and how many entries they have. */
const listsOf = (files: readonly { id: string; version: string; entries: readonly unknown[] }[]): { lists: { id: string; version: string }[]; entries: number } => ({
  lists: files.map(({ id, version }) => ({ id, version })),
  entries: files.reduce((sum, { entries }) => sum + entries.length, 0),
});

/** The bytes of bias-patterns.bin: the patterns of the entries that mark, in the lists' order. */
export function packedBiasPatterns(): Buffer {
  const files = BIAS_LEXICON_FILES.map((name) => readDataFile<BiasLexiconFile>(`lexicons/${name}`));
  const marking = markingEntries(files);
  const compiled = compilePatterns(marking.map(({ match }) => match));
  return packPatternsFile(compiled, Int32Array.from(marking, ({ origin }) => origin), { id: 'bias-patterns', builtFrom: 'the marking entries of the bias-*.json lists, by scripts/pack-patterns.ts', ...listsOf(files) });
}

/** The bytes of frames-patterns.bin: the cues of the generic, then the policy lexicon. */
export function packedFramePatterns(): Buffer {
  const [generic, policy] = FRAME_LEXICON_FILES.map((name) => readDataFile<FrameLexiconFile>(`lexicons/${name}`)) as [FrameLexiconFile, FrameLexiconFile];
  const cues = [...generic.entries, ...policy.entries];
  const compiled = compilePatterns(cues.map(({ match }) => match));
  return packPatternsFile(compiled, Int32Array.from(cues, (_, origin) => origin), { id: 'frames-patterns', builtFrom: 'frames-generic.json and frames-policy.json, by scripts/pack-patterns.ts', ...listsOf([generic, policy]) });
}

/** Writes both files. */
export function writePackedPatterns(): void {
  writeFileSync(BIAS_PATTERNS_FILE, packedBiasPatterns());
  writeFileSync(FRAMES_PATTERNS_FILE, packedFramePatterns());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writePackedPatterns();
