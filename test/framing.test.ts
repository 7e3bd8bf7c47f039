import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, detectFrames, type FrameScore } from '../src/index.js';
import { article } from './helpers.js';

const report = detectFrames(article);
const present = (frames: FrameScore[]): string[] => frames.filter((frame) => frame.present).map((frame) => frame.frame);
const frame = (frames: FrameScore[], id: string): FrameScore => frames.find((item) => item.frame === id) as FrameScore;
const section = (heading: string) => report.sections.find((item) => item.heading === heading);

describe('detectFrames() on the bundled article', () => {
  it('reads conflict from the rivalry, enmity, retaliation and revenge, with each cue at its words', () => {
    const conflict = frame(report.generic, 'conflict');
    expect(conflict.present).toBe(true);
    const cues = conflict.evidence.map((cue) => [cue.text, cue.start, cue.end, cue.item]);
    expect(cues).toContainEqual(['arch-rival', 1041, 1051, 'disagreement']);
    expect(cues).toContainEqual(['enmity', 1090, 1096, 'disagreement']);
    expect(cues).toContainEqual(['retaliation', 771, 782, 'disagreement']);
    expect(cues).toContainEqual(['revenge', 2262, 2269, 'disagreement']);
    expect(cues).toContainEqual(['blames', 997, 1003, 'reproach']);
  });

  it('reads responsibility from the blame the article attributes', () => {
    const responsibility = frame(report.generic, 'responsibility');
    expect(responsibility.present).toBe(true);
    expect(responsibility.evidence.find((cue) => cue.text === 'blames')).toMatchObject({ start: 997, end: 1003, item: 'individual_responsible', category: 'frame', scheme: 'generic', lexicon: { id: 'newslens/frames-generic' } });
  });

  it('reads security and defence, external relations (sanctions, the nuclear deal, bilateral ties) and politics under the policy codebook', () => {
    expect(present(report.policy)).toEqual(expect.arrayContaining(['security_and_defense', 'external_regulation_and_reputation', 'political']));
    const external = frame(report.policy, 'external_regulation_and_reputation').evidence.map((cue) => cue.text);
    expect(external).toEqual(expect.arrayContaining(['sanctions', 'nuclear deal', 'bilateral', 'ties']));
    expect(frame(report.policy, 'other').present).toBe(false);
  });

  it('lists every frame of both schemes in codebook order, scored 0..1', () => {
    expect(report.generic.map((item) => item.frame)).toEqual(['conflict', 'human_interest', 'economic_consequences', 'morality', 'responsibility']);
    expect(report.policy.map((item) => item.frame)).toHaveLength(15);
    expect(report.policy.at(-1)?.frame).toBe('other');
    for (const item of [...report.generic, ...report.policy]) {
      expect(item.score).toBeGreaterThanOrEqual(0);
      expect(item.score).toBeLessThanOrEqual(1);
      expect(item.present).toBe(item.score >= 0.5 && (item.evidence.length > 0 || item.frame === 'other'));
    }
  });

  it('shows where the article shifts frame: the rivalry section is conflict, the friendship section is not', () => {
    const rivals = section('Arch Rivals Israel-Iran');
    const friendship = section('Friendship Between The US And Israel');
    expect(rivals).toMatchObject({ section: 2, start: 1061, end: 1464 });
    expect(friendship).toMatchObject({ section: 5, start: 2905, end: 3463 });
    expect(frame(rivals?.generic ?? [], 'conflict').present).toBe(true);
    expect(frame(friendship?.generic ?? [], 'conflict').present).toBe(false);
    expect(frame(friendship?.generic ?? [], 'conflict').evidence).toEqual([]);
    expect(present(rivals?.generic ?? [])).not.toEqual(present(friendship?.generic ?? []));
    for (const cue of frame(rivals?.generic ?? [], 'conflict').evidence) expect(cue.start >= 1061 && cue.end <= 1464).toBe(true);
  });

  it('is what analyze() reports, and analyze() can skip it', () => {
    expect(analyze(article).framing).toEqual(report);
    expect(analyze(article, { skip: ['framing'] }).framing).toBeUndefined();
  });
});

describe('detectFrames() with user dictionaries', () => {
  const text = 'Residents felt nostalgia for the old harbour. The nostalgic mood spread as the army patrolled the port.';

  it('adds a frame of its own from a JSON dictionary, scored by cues per 100 words', () => {
    const framing = detectFrames(text, { dictionaries: [{ id: 'my/nostalgia', source: 'my lab', entries: [{ match: 'nostalgia|nostalgic', frame: 'nostalgia', why: 'longing for the past' }] }] });
    expect(framing.custom).toEqual([
      {
        frame: 'nostalgia',
        score: expect.any(Number),
        present: true,
        evidence: [
          { start: 15, end: 24, text: 'nostalgia', voice: 'writer', category: 'frame', scheme: 'custom', frame: 'nostalgia', explanation: 'longing for the past', lexicon: { id: 'my/nostalgia', source: 'my lab' } },
          { start: 50, end: 59, text: 'nostalgic', voice: 'writer', category: 'frame', scheme: 'custom', frame: 'nostalgia', explanation: 'longing for the past', lexicon: { id: 'my/nostalgia', source: 'my lab' } },
        ],
      },
    ]);
    expect(detectFrames(text).custom).toEqual([]);
  });

  it('reads a LIWC-style .dic file: prefixes, phrases, a built-in frame and a generic item', () => {
    const dic = ['%', '1\tnostalgia', '2\tsecurity_and_defense', '3\tconflict/disagreement', '%', 'nostalg*\t1', 'patrol*\t2 3', 'old harbour\t1', ''].join('\n');
    const framing = detectFrames(text, { dictionaries: [dic] });
    expect(frame(framing.custom, 'nostalgia').evidence.map((cue) => cue.text)).toEqual(['nostalgia', 'old harbour', 'nostalgic']);
    expect(frame(framing.policy, 'security_and_defense').evidence.filter((cue) => cue.lexicon.id === 'dictionary-1').map((cue) => cue.text)).toEqual(['patrolled']);
    expect(frame(framing.generic, 'conflict').evidence.find((cue) => cue.lexicon.id === 'dictionary-1')).toMatchObject({ text: 'patrolled', item: 'disagreement' });
  });

  it('says which dictionary, entry or line is wrong', () => {
    expect(() => detectFrames(text, { dictionaries: 'x' as never })).toThrow('newslens.detectFrames(text, options): options.dictionaries must be an array of dictionaries (objects, or the text of .dic files), received string');
    expect(() => detectFrames(text, { dictionaries: [{ id: 'd', entries: [{ match: 'army', frame: 'conflict' }] }] })).toThrow("options.dictionaries[0].entries[0] is a cue of the generic frame 'conflict' and needs an item: one of disagreement, reproach, two_sides, winners_losers");
    expect(() => detectFrames(text, { dictionaries: [{ id: 'd', entries: [{ match: '', frame: 'x' }] }] })).toThrow('options.dictionaries[0].entries[0] needs a non-empty string match and frame');
    expect(() => detectFrames(text, { dictionaries: ['%\n1\tx\n%\narmy\t2\n'] })).toThrow('options.dictionaries[0] line 4: category 2 is not in the header');
    expect(() => detectFrames(text, { dictionaries: ['army 1'] })).toThrow('is not a LIWC .dic file');
    expect(() => detectFrames(text, { dictionaries: [{ id: 'd', entries: [{ match: 'army', frame: 'x', scheme: 'mine' as 'custom' }] }] })).toThrow(`options.dictionaries[0].entries[0] names the scheme "mine": a scheme is 'generic', 'policy' or 'custom'`);
    expect(() => detectFrames(text, { dictionaries: ['%\n1\tx\n%\n(53 52)like\t1\n'] })).toThrow('line 4: expected a word or phrase');
  });
});

describe('detectFrames() on other text', () => {
  it('gives empty text no frame, not even "other", and rejects what is not text', () => {
    const empty = detectFrames('');
    expect(empty.sections).toEqual([]);
    expect([...empty.generic, ...empty.policy].filter((item) => item.present)).toEqual([]);
    expect(() => detectFrames(null as unknown as string)).toThrow('newslens.detectFrames(text): expected text to be a string, received null');
  });

  it('counts a policy cue word once however often it is repeated', () => {
    const once = detectFrames('Iran faced new sanctions, and the army held a vote in parliament.');
    const often = detectFrames('Iran, Iran and Iran faced new sanctions, and the army held a vote in parliament.');
    expect(frame(often.policy, 'external_regulation_and_reputation').evidence.length).toBeGreaterThan(frame(once.policy, 'external_regulation_and_reputation').evidence.length);
    expect(often.policy.map((item) => item.score)).toEqual(once.policy.map((item) => item.score));
  });

  it('calls a text no policy frame covers "other"', () => {
    const framing = detectFrames('The cat slept on the warm windowsill all afternoon.');
    expect(present(framing.policy)).toEqual(['other']);
  });

  it('keeps every cue on the words it names and every score in 0..1, whatever the text', () => {
    const newsy = fc.string({ unit: fc.constantFrom('war ', 'sanctions ', 'the court ', 'blame ', 'voters ', 'not ', '“', '”', '. ', '\n\n', '😀', '\u0000', '\ud800', 'arch-rival ', 'Friendship Between Us\n'), maxLength: 40 });
    fc.assert(
      fc.property(newsy, (text) => {
        const framing = detectFrames(text);
        for (const span of [framing, ...framing.sections]) {
          for (const item of [...span.generic, ...span.policy]) {
            expect(item.score >= 0 && item.score <= 1).toBe(true);
            for (const cue of item.evidence) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
