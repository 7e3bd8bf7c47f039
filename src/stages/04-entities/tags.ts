import { mapPacked } from '../../shared/arrays.js';
/**
 * BILOU tags over the four classes the training corpora annotate (CoNLL's PER, ORG, LOC,
 * MISC). Begin/Inside/Last mark a multi-token name, Unit a one-token name, O no name.
 */
export const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityClass = (typeof CLASSES)[number];

const PARTS = ['B', 'I', 'L', 'U'] as const;
export const TAGS: readonly string[] = ['O', ...CLASSES.flatMap((cls) => mapPacked(PARTS, (part) => `${part}-${cls}`))];
export const O = 0;

const partOf = (tag: number): string => (tag === O ? 'O' : (PARTS[(tag - 1) % 4] as string));
const classOf = (tag: number): number => (tag === O ? -1 : Math.floor((tag - 1) / 4));
const tagOf = (cls: number, part: 'B' | 'I' | 'L' | 'U'): number => 1 + cls * 4 + PARTS.indexOf(part);

function isAllowed(previous: number, next: number): boolean {
  const open = partOf(previous) === 'B' || partOf(previous) === 'I';
  const continues = partOf(next) === 'I' || partOf(next) === 'L';
  return open ? continues && classOf(next) === classOf(previous) : !continues;
}
const ALLOWED = Uint8Array.from(TAGS.flatMap((_, previous) => mapPacked(TAGS, (__, next) => Number(isAllowed(previous, next)))));
const CAN_END = Uint8Array.from(mapPacked(TAGS, (_, tag) => Number(partOf(tag) !== 'B' && partOf(tag) !== 'I')));

/** Whether `next` may follow `previous`: an open name must go on or end, and only an open name can. */
export function allowed(previous: number, next: number): boolean {
  return ALLOWED[previous * TAGS.length + next] === 1;
}

/**
 * The tags that may follow each tag, in tag order: [0] those that leave no name open, [1] all.
 * The tagger scores and compares only these at each token (1 or 2 after an open name, 5 or 9
 * after O, of 17).
 */
const FOLLOWERS: readonly (readonly [Uint8Array, Uint8Array])[] = mapPacked(TAGS, (_, previous) => {
  const followers = (mayStayOpen: boolean): Uint8Array => Uint8Array.from(TAGS.keys()).filter((next) => allowed(previous, next) && (mayStayOpen || CAN_END[next] === 1));
  return [followers(false), followers(true)];
});

/**
 * The tags that may follow `previous`, in tag order: one that leaves a name open (B, I) only
 * when `mayStayOpen`, that is when the next token exists and may continue a name.
 */
export function followersOf(previous: number, mayStayOpen: boolean): Uint8Array {
  return (FOLLOWERS[previous] as [Uint8Array, Uint8Array])[mayStayOpen ? 1 : 0];
}

/** The best-scoring of `candidates` (tag t's score at scores[t]); ties go to the first. */
export function bestOf(scores: Float64Array, candidates: Uint8Array): number {
  let best = O;
  let bestScore = -Infinity;
  for (let k = 0; k < candidates.length; k += 1) {
    const t = candidates[k] as number;
    if ((scores[t] as number) > bestScore) {
      bestScore = scores[t] as number;
      best = t;
    }
  }
  return best;
}

/** What bestUnlessTied gives when two candidates share the best score. */
export const TIED = -1;

/** The best-scoring of `candidates` (bestOf), or TIED when another has its score. */
export function bestUnlessTied(scores: Float64Array, candidates: Uint8Array): number {
  const best = bestOf(scores, candidates);
  for (let k = 0; k < candidates.length; k += 1) {
    const t = candidates[k] as number;
    if (t !== best && scores[t] === scores[best]) return TIED;
  }
  return best;
}

/** The best-scoring tag that may follow `previous` (followersOf); ties go to the first tag. */
export function bestTag(scores: Float64Array, previous: number, mayStayOpen: boolean): number {
  return bestOf(scores, followersOf(previous, mayStayOpen));
}

export interface TagSpan {
  first: number;
  last: number;
  cls: EntityClass;
}

export function spansOf(tags: readonly number[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let first = -1;
  tags.forEach((tag, i) => {
    const part = partOf(tag);
    if (part === 'B') first = i;
    else if (part === 'U') spans.push({ first: i, last: i, cls: CLASSES[classOf(tag)] as EntityClass });
    else if (part === 'L' && first >= 0) {
      spans.push({ first, last: i, cls: CLASSES[classOf(tag)] as EntityClass });
      first = -1;
    }
  });
  return spans;
}

export function tagsOf(length: number, spans: readonly TagSpan[]): number[] {
  const tags = new Array<number>(length).fill(O);
  for (const { first, last, cls } of spans) {
    const c = CLASSES.indexOf(cls);
    if (first === last) tags[first] = tagOf(c, 'U');
    else {
      tags[first] = tagOf(c, 'B');
      for (let i = first + 1; i < last; i += 1) tags[i] = tagOf(c, 'I');
      tags[last] = tagOf(c, 'L');
    }
  }
  return tags;
}
