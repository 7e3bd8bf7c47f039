import { runPipeline } from '../../pipeline.js';
import { resolveDictionaries } from './dictionaries.js';
import { frameReport } from './index.js';
import { extendedLexicons } from './lexicons.js';
import type { FramingReport } from './types.js';

/** The frames of a text, with the user's dictionaries (checked first) added to the built-in lexicons. */
export function detectFramesText(text: string, dictionaries: unknown): FramingReport {
  const lexicons = extendedLexicons(resolveDictionaries(dictionaries));
  return frameReport(runPipeline(text, 'sentiment'), lexicons);
}
