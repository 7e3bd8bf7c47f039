/**
 * Sets grown one member at a time and shared: adding a member to an interned set gives the one
 * set of those members in that insertion order, whichever phrase asks. Tens of thousands of
 * gazetteer keys then hold a few hundred sets, which the collector traces once.
 */
export class InternedSets<T> {
  private readonly grown = new Map<ReadonlySet<T> | undefined, Map<T, ReadonlySet<T>>>();
  /** Each interned set's id, from 1 (0 stands for no set). */
  private readonly ids = new Map<ReadonlySet<T>, number>();

  /** `set` with `member` added last (`set` itself when it holds `member`); undefined is the empty set. */
  with(set: ReadonlySet<T> | undefined, member: T): ReadonlySet<T> {
    if (set?.has(member)) return set;
    let byMember = this.grown.get(set);
    if (!byMember) this.grown.set(set, (byMember = new Map()));
    let next = byMember.get(member);
    if (!next) {
      next = new Set(set).add(member);
      byMember.set(member, next);
      this.ids.set(next, this.ids.size + 1);
    }
    return next;
  }

  /** The id of an interned set, 0 for undefined. */
  idOf(set: ReadonlySet<T> | undefined): number {
    return set === undefined ? 0 : (this.ids.get(set) as number);
  }
}
