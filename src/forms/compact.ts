/**
 * The compact form of an analysis: the same findings without repetition. A bias marker or frame
 * cue names its word list by id, whose provenance `meta.lexicons` holds once; a sentence's bias
 * markers and a section's frame cues are indices into the article's lists. Everything else is
 * where the full form has it, and `expandAnalysis()` gives the full form back, equal as JSON.
 */
import { indexer } from './indexer.js';
import type { AnalysisMeta, ArticleAnalysis } from '../analysis.js';
import type { LexiconInfo } from '../data/lexicon.js';
import type { ArticleBias } from '../stages/07-bias/index.js';
import type { BiasMarker, SentenceBias } from '../stages/07-bias/types.js';
import type { FrameCue, FrameScore, FramingReport, GenericFrame, PolicyFrame, SectionFraming } from '../stages/08-framing/types.js';

/** A bias marker whose `lexicon` is the id of its list in `meta.lexicons`. */
export type CompactBiasMarker = Omit<BiasMarker, 'lexicon'> & { lexicon: string };
/** A frame cue whose `lexicon` is the id of its list in `meta.lexicons`. */
export type CompactFrameCue = Omit<FrameCue, 'lexicon'> & { lexicon: string };
/** An article-level frame: its cues in full, each naming its list by id. */
export type CompactFrameScore<Frame extends string = string> = Omit<FrameScore<Frame>, 'evidence'> & { evidence: CompactFrameCue[] };
/** A section's frame: `evidence` holds indices into the `evidence` of the article's frame of the same scheme and name. */
export type CompactSectionFrameScore<Frame extends string = string> = Omit<FrameScore<Frame>, 'evidence'> & { evidence: number[] };

export type CompactSectionFraming = Omit<SectionFraming, 'generic' | 'policy' | 'custom'> & {
  generic: CompactSectionFrameScore<GenericFrame>[];
  policy: CompactSectionFrameScore<PolicyFrame>[];
  custom: CompactSectionFrameScore[];
};

export interface CompactFraming {
  generic: CompactFrameScore<GenericFrame>[];
  policy: CompactFrameScore<PolicyFrame>[];
  custom: CompactFrameScore[];
  sections: CompactSectionFraming[];
}

export type CompactBias = Omit<ArticleBias, 'markers' | 'sentences'> & {
  markers: CompactBiasMarker[];
  /** Each sentence's `markers` are indices into `bias.markers`. */
  sentences: (Omit<SentenceBias, 'markers'> & { markers: number[] })[];
};

/**
 * The full analysis without repetition (0.6 to 0.75 of its size):
 * - `meta.form` is `'compact'`; `meta.lexicons` holds every list's provenance, as in the full form;
 * - `bias.markers[i].lexicon` and every frame cue's `lexicon` are the list's id (`'newslens/bias-evaluative'`),
 *   an `id` of `meta.lexicons`, instead of `{ id, source }`;
 * - `bias.sentences[i].markers` are indices into `bias.markers`;
 * - `framing.sections[i].<scheme>[j].evidence` are indices into the `evidence` of the article's
 *   frame of the same scheme and name (`framing.<scheme>`);
 * - everything else (stats, structure, sentences, entities, sentiment, tokens) as in the full form.
 */
export type CompactAnalysis = Omit<ArticleAnalysis, 'meta' | 'bias' | 'framing'> & {
  meta: AnalysisMeta & { form: 'compact' };
  bias?: CompactBias;
  framing?: CompactFraming;
};

/** Entry `k` of a list a compact analysis points into; an index past its end is an error. */
function entryAt<Entry>(list: readonly Entry[], k: number, what: string): Entry {
  if (!(k in list)) throw new TypeError(`newslens.expandAnalysis(compact): ${what} points at entry ${k} of a list of ${list.length}`);
  return list[k] as Entry;
}

/** Each list's source by id, from `meta.lexicons`. */
const sourcesOf = (lexicons: readonly LexiconInfo[]): Map<string, string> => new Map(lexicons.map((lexicon) => [lexicon.id, lexicon.source]));

/**
 * The analysis in compact form. Throws a TypeError when a finding cites a list that
 * `meta.lexicons` does not hold with the same source, or a sentence or section lists a finding
 * the article's list lacks, rather than write a form that loses something.
 */
export function compactAnalysis(analysis: ArticleAnalysis): CompactAnalysis {
  const sources = sourcesOf(analysis.meta.lexicons);
  const cite = <Finding extends { lexicon: { id: string; source: string }; start: number; end: number }>(finding: Finding): Omit<Finding, 'lexicon'> & { lexicon: string } => {
    const { id, source } = finding.lexicon;
    if (sources.get(id) !== source) throw new TypeError(`newslens.compactAnalysis(analysis): the finding at ${finding.start}..${finding.end} cites the list '${id}', which analysis.meta.lexicons does not hold with that source: add its { id, version, source, licence } there`);
    return { ...finding, lexicon: id };
  };
  const { library, version, ...meta } = analysis.meta;
  const compact: CompactAnalysis = { ...analysis, meta: { library, version, form: 'compact', ...meta } } as CompactAnalysis;
  const { bias, framing } = analysis;
  if (bias) {
    const markerIndex = indexer(bias.markers, (at) => `newslens.compactAnalysis(analysis): a sentence of bias.sentences lists a marker at ${at} that bias.markers lacks`);
    compact.bias = {
      ...bias,
      markers: bias.markers.map(cite),
      sentences: bias.sentences.map((sentence) => ({ ...sentence, markers: sentence.markers.map(markerIndex) })),
    };
  }
  if (framing) compact.framing = compactFraming(framing, cite);
  return compact;
}

function compactFraming(framing: FramingReport, cite: (cue: FrameCue) => CompactFrameCue): CompactFraming {
  const schemes = ['generic', 'policy', 'custom'] as const;
  const articleFrames = (scheme: (typeof schemes)[number]): CompactFrameScore[] => framing[scheme].map((frame) => ({ ...frame, evidence: frame.evidence.map(cite) }));
  // The article's evidence of each frame, by scheme and name, as the indexer of a section's cues.
  const lacking = (scheme: string, frame: string) => (at: string) => `newslens.compactAnalysis(analysis): a section's ${scheme} frame '${frame}' lists a cue at ${at} that the article's lacks`;
  const cueIndex = new Map<string, (cue: object) => number>();
  for (const scheme of schemes) for (const frame of framing[scheme]) cueIndex.set(`${scheme}|${frame.frame}`, indexer(frame.evidence, lacking(scheme, frame.frame)));
  const sectionFrames = (section: SectionFraming, scheme: (typeof schemes)[number]): CompactSectionFrameScore[] =>
    section[scheme].map((frame) => {
      const index = cueIndex.get(`${scheme}|${frame.frame}`) ?? indexer([], lacking(scheme, frame.frame));
      return { ...frame, evidence: frame.evidence.map(index) };
    });
  return {
    ...framing,
    generic: articleFrames('generic') as CompactFrameScore<GenericFrame>[],
    policy: articleFrames('policy') as CompactFrameScore<PolicyFrame>[],
    custom: articleFrames('custom'),
    sections: framing.sections.map((section) => ({
      ...section,
      generic: sectionFrames(section, 'generic') as CompactSectionFrameScore<GenericFrame>[],
      policy: sectionFrames(section, 'policy') as CompactSectionFrameScore<PolicyFrame>[],
      custom: sectionFrames(section, 'custom'),
    })),
  };
}

/** The full analysis a compact one was made from, equal to it field for field (and as JSON). */
export function expandAnalysis(compact: CompactAnalysis): ArticleAnalysis {
  const { form: _, ...meta } = compact.meta;
  const sources = sourcesOf(meta.lexicons);
  const cited = <Finding extends { lexicon: string }>(finding: Finding): Omit<Finding, 'lexicon'> & { lexicon: { id: string; source: string } } => {
    const source = sources.get(finding.lexicon);
    if (source === undefined) throw new TypeError(`newslens.expandAnalysis(compact): a finding cites the list '${finding.lexicon}', which meta.lexicons does not hold`);
    return { ...finding, lexicon: { id: finding.lexicon, source } };
  };
  const analysis: ArticleAnalysis = { ...compact, meta } as ArticleAnalysis;
  const { bias, framing } = compact;
  if (bias) {
    const markers = bias.markers.map(cited) as BiasMarker[];
    analysis.bias = { ...bias, markers, sentences: bias.sentences.map((sentence) => ({ ...sentence, markers: sentence.markers.map((k) => entryAt(markers, k, `sentence ${sentence.sentence} of bias.sentences`)) })) };
  }
  if (framing) {
    const article = (frames: CompactFrameScore[]): FrameScore[] => frames.map((frame) => ({ ...frame, evidence: frame.evidence.map(cited) as FrameCue[] }));
    const full = { generic: article(framing.generic), policy: article(framing.policy), custom: article(framing.custom) };
    const section = (frames: CompactSectionFrameScore[], ofArticle: FrameScore[]): FrameScore[] =>
      frames.map((frame) => {
        const evidence = ofArticle.find((candidate) => candidate.frame === frame.frame)?.evidence ?? [];
        return { ...frame, evidence: frame.evidence.map((k) => entryAt(evidence, k, `a section's frame '${frame.frame}'`)) };
      });
    analysis.framing = {
      ...framing,
      ...full,
      sections: framing.sections.map((own) => ({ ...own, generic: section(own.generic, full.generic), policy: section(own.policy, full.policy), custom: section(own.custom, full.custom) })),
    } as FramingReport;
  }
  return analysis;
}
