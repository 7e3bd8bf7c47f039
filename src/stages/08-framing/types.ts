import type { Span } from '../../document/document.js';
import type { Finding } from '../../document/finding.js';

/** The two coding schemes (docs/FRAMING.md): Semetko & Valkenburg's generic news frames and the Policy Frames Codebook. */
export type FrameScheme = 'generic' | 'policy';

export type GenericFrame = 'conflict' | 'human_interest' | 'economic_consequences' | 'morality' | 'responsibility';

export type PolicyFrame =
  | 'economic'
  | 'capacity_and_resources'
  | 'morality'
  | 'fairness_and_equality'
  | 'legality_constitutionality_and_jurisprudence'
  | 'policy_prescription_and_evaluation'
  | 'crime_and_punishment'
  | 'security_and_defense'
  | 'health_and_safety'
  | 'quality_of_life'
  | 'cultural_identity'
  | 'public_opinion'
  | 'political'
  | 'external_regulation_and_reputation'
  | 'other';

/** One cue in the text, retext-style: where, in whose voice, which frame (and questionnaire item) it supports, why, and which list says so. */
export interface FrameCue extends Finding {
  category: 'frame';
  scheme: string;
  frame: string;
  /** The generic scheme's questionnaire item the cue answers ("reproach", "solution" …). */
  item?: string;
}

export interface FrameScore<Frame extends string = string> {
  frame: Frame;
  /**
   * 0..1: a generic frame's fitted model, a policy frame's share of the cue words, a user
   * frame's cue density (docs/FRAMING.md). `present` when it is 0.5 or more and the frame has a
   * cue of its own; the policy codebook's `other` when no other policy frame is present.
   */
  score: number;
  present: boolean;
  /** The cues behind the score, in text order. */
  evidence: FrameCue[];
}

/** The frames of one span of text: the article, or one section. */
export interface Framing {
  generic: FrameScore<GenericFrame>[];
  policy: FrameScore<PolicyFrame>[];
  /** Frames of user dictionaries that are not frames of either scheme, scored by cue density. */
  custom: FrameScore[];
}

export interface SectionFraming extends Framing, Span {
  /** Index into `structure.sections`. */
  section: number;
  heading: string | null;
}

export interface FramingReport extends Framing {
  sections: SectionFraming[];
}
