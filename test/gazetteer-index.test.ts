import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteerIndex, INDEX_FILE, readGazetteerLists } from '../scripts/build-gazetteer-index.js';
import { gazetteerInfo, kindsOf, wordPhrase } from '../src/stages/04-entities/gazetteer.js';

describe('the gazetteer index', () => {
  it('is what scripts/build-gazetteer-index.ts makes of the lists (rerun it after editing one)', () => {
    expect(readFileSync(INDEX_FILE, 'utf8')).toBe(`${JSON.stringify(buildGazetteerIndex(readGazetteerLists()))}\n`);
  });

  it('carries the provenance of every list it is built from', () => {
    expect(gazetteerInfo().map((info) => info.id)).toEqual(['newslens/gazetteer-countries', 'newslens/gazetteer-demonyms', 'newslens/gazetteer-cities', 'newslens/gazetteer-regions', 'newslens/gazetteer-person-names', 'newslens/entity-cues']);
  });

  // A token's hits, and so the tagger's sums, follow the order in which the lists add a key's kinds.
  it("keeps each key's kinds in the order the lists add them", () => {
    expect([...(kindsOf('jordan') ?? [])]).toEqual(['country', 'given', 'surname']);
    expect([...(kindsOf('new york') ?? [])]).toEqual(['city', 'region']);
    expect([...(kindsOf('mr') ?? [])]).toEqual(['honorific', 'person-title']);
    // "The Gambia": the article is not part of the key.
    expect(kindsOf('gambia')?.has('country')).toBe(true);
    expect(kindsOf('the gambia')).toBeUndefined();
  });

  it("gives a first word the reach of the longest phrase it starts, and links the phrase's words", () => {
    const rio = wordPhrase('rio');
    expect(rio?.goesOn).toBe(true);
    expect(rio?.longest).toBeGreaterThanOrEqual(3);
    expect([...(rio?.next?.get('de')?.next?.get('janeiro')?.kinds ?? [])]).toContain('city');
    expect(wordPhrase('rio de janeiro')).toBe(rio?.next?.get('de')?.next?.get('janeiro'));
    expect(wordPhrase('rio de janeiro')?.longest).toBe(0);
    expect(wordPhrase('xqzzyv')).toBeUndefined();
  });
});
