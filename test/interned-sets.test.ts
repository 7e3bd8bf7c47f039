import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InternedSets } from '../src/stages/04-entities/interned-sets.js';

// The gazetteer's kinds are read in insertion order (a token's hits, and so the tagger's sums,
// follow it), so a shared set must hold exactly the members added, in the order first added.
describe('interned sets', () => {
  const grow = (sets: InternedSets<string>, members: readonly string[]) => members.reduce<ReadonlySet<string> | undefined>((set, member) => sets.with(set, member), undefined);

  it('hold the members added, in the order first added, and are one object for one order', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('country', 'city', 'region', 'given', 'surname'), { maxLength: 6 }), { maxLength: 12 }), (lists) => {
        const sets = new InternedSets<string>();
        const grown = lists.map((members) => grow(sets, members));
        lists.forEach((members, k) => {
          expect(grown[k] === undefined ? [] : [...(grown[k] as ReadonlySet<string>)]).toEqual([...new Set(members)]);
          lists.forEach((others, j) => {
            if ([...new Set(members)].join() === [...new Set(others)].join()) expect(grown[j]).toBe(grown[k]);
            else expect(grown[j]).not.toBe(grown[k]);
          });
        });
      }),
    );
  });

  it('give one id per set, and 0 for none', () => {
    const sets = new InternedSets<string>();
    const cityCountry = grow(sets, ['city', 'country']);
    const countryCity = grow(sets, ['country', 'city']);
    expect(sets.idOf(undefined)).toBe(0);
    expect(sets.idOf(cityCountry)).not.toBe(sets.idOf(countryCity));
    expect(sets.idOf(grow(sets, ['city', 'country', 'city']))).toBe(sets.idOf(cityCountry));
  });
});
