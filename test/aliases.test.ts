import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Comparison } from '../src/report/compare.js';
import { tableRows } from '../src/report/tables.js';
import { acronymsOf } from '../src/stages/04-entities/acronyms.js';
import { analyze, type Entity, extractEntities } from '../src/index.js';

/** Offsets of every occurrence of `needle` in the text. */
const occurrences = (text: string, needle: RegExp): [number, number][] => [...text.matchAll(needle)].map((match) => [match.index, match.index + match[0].length]);
const spans = (entity: Entity | undefined): [number, number][] => (entity?.mentions ?? []).map((mention) => [mention.start, mention.end]);

/** The entity with a mention at the first occurrence of `text`. */
function entityAt(entities: Entity[], text: string, source: string): Entity | undefined {
  const start = source.indexOf(text);
  return entities.find((entity) => entity.mentions.some((mention) => mention.start === start && mention.end === start + text.length));
}

describe('aliases: an organisation and its acronym are one entity', () => {
  it('reads an acronym defined in brackets, and every later use of it', () => {
    const text =
      'Regulators Weigh Rules\n\nThe Environmental Protection Agency (EPA) proposed new limits on Tuesday. Farmers said the EPA had not listened, and the EPA said it would hold hearings. Agents of Immigration and Customs Enforcement (ICE) visited the farms, and ICE later issued a statement.';
    const entities = extractEntities(text);
    const epa = entityAt(entities, 'Environmental Protection Agency', text);
    expect([epa?.type, epa?.name, epa?.count]).toEqual(['ORG', 'Environmental Protection Agency', 4]);
    expect(spans(epa)).toEqual([...occurrences(text, /Environmental Protection Agency/g), ...occurrences(text, /EPA/g)].sort((a, b) => a[0] - b[0]));
    const ice = entityAt(entities, 'Immigration and Customs Enforcement', text);
    expect([ice?.id, ice?.name]).toEqual(['ORG:immigration-and-customs-enforcement', 'Immigration and Customs Enforcement']);
    expect(spans(ice)).toEqual([...occurrences(text, /Immigration and Customs Enforcement/g), ...occurrences(text, /ICE/g)].sort((a, b) => a[0] - b[0]));
    // Nothing else is made of the name's words ("Immigration" a place, "Customs Enforcement" a person).
    expect(entities.filter((entity) => /Immigration|Customs/.test(entity.name))).toEqual([ice]);
  });

  it('joins an acronym used without brackets to the name its initials spell, with "U.S.", "of" and "and" spelled or skipped', () => {
    const text =
      'Inspectors Return\n\nThe U.S. Department of Agriculture sent inspectors to the plant in March. The Federal Bureau of Investigation opened a separate inquiry. Lawyers at the Department of Justice reviewed the case. A week later the USDA said the plant was safe, the FBI closed its inquiry and the DOJ declined to comment.';
    const entities = extractEntities(text);
    const pairs: [string, string][] = [
      ['U.S. Department of Agriculture', 'USDA'],
      ['Federal Bureau of Investigation', 'FBI'],
      ['Department of Justice', 'DOJ'],
    ];
    for (const [name, acronym] of pairs) {
      const entity = entityAt(entities, name, text);
      expect([entity?.type, entity?.name, entity?.count]).toEqual(['ORG', name, 2]);
      expect(spans(entity)).toEqual([...occurrences(text, new RegExp(name.replace(/\./g, '\\.'), 'g')), ...occurrences(text, new RegExp(`\\b${acronym}\\b`, 'g'))]);
    }
  });

  it('keeps an organisation the gazetteer knows apart from a longer name that holds it', () => {
    const text = 'Party Gala\n\nLeaders of the New York State Republican Party met in Albany on Friday. The national chairman of the Republican Party did not attend, and the GOP sent no message.';
    const entities = extractEntities(text);
    const state = entityAt(entities, 'New York State Republican Party', text);
    expect(spans(state)).toEqual(occurrences(text, /New York State Republican Party/g));
    const start = text.indexOf('Republican Party', text.indexOf('national'));
    const national = entities.find((entity) => entity.mentions.some((mention) => mention.start === start));
    expect([national?.type, national?.mentions.map((mention) => mention.text)]).toEqual(['ORG', ['Republican Party', 'GOP']]);
  });

  it('spells any run of capitalised words by its initials', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 6 }), (words) => {
        const lowered = words.map((w) => w.toLowerCase());
        expect(acronymsOf(lowered).has(lowered.map((w) => w.charAt(0)).join(''))).toBe(true);
      }),
    );
  });
});

describe('aliases: surnames and titled surnames join their person', () => {
  it('joins "Warren", "Ms. Warren", "Sen. Warren" and "Elizabeth Warren" to "Elizabeth A. Warren", keeping each title as the role', () => {
    const text =
      'Senate Debate Stalls\n\nSen. Elizabeth A. Warren opened the debate on Monday. Warren said the bill was unfair to workers. Critics answered that Ms. Warren had ignored the costs. By evening Sen. Warren had won over two colleagues. Elizabeth Warren said the vote would come on Friday.';
    const entities = extractEntities(text);
    const warren = entityAt(entities, 'Elizabeth A. Warren', text);
    expect([warren?.id, warren?.count]).toEqual(['PERSON:elizabeth-a-warren', 5]);
    expect(spans(warren)).toEqual(occurrences(text, /(Elizabeth (A\. )?)?Warren/g));
    expect(warren?.mentions.map((mention) => mention.role)).toEqual(['Sen.', undefined, 'Ms.', 'Sen.', undefined]);
    expect(entities.filter((entity) => entity.type === 'PERSON')).toEqual([warren]);
  });

  it('gives a surname shared by two people to the one the article names first, never to the other', () => {
    const text =
      'Governor Signs Budget\n\nGovernor Laura Kelly signed the budget on Monday. Her cousin Mark J. Kelly, a teacher in Topeka, watched from the gallery. Kelly later thanked the legislature for its work, and Gov. Kelly said schools would get more money.';
    const entities = extractEntities(text);
    const laura = entityAt(entities, 'Laura Kelly', text);
    expect(spans(laura)).toEqual(occurrences(text, /(Laura )?Kelly(?= (signed|later|said))/g));
    expect(spans(entityAt(entities, 'Mark J. Kelly', text))).toEqual(occurrences(text, /Mark J\. Kelly/g));
  });
});

describe('aliases: every mention of a repeated name is counted', () => {
  it('counts "The Constitution" opening a sentence and every "the Constitution" after it as one entity', () => {
    const text =
      'Judges Hear Appeal\n\nThe Constitution says little about drones. Lawyers argued that the Constitution protects privacy in the home. "The Constitution is clear," one lawyer said. Critics said the Constitution was never meant to cover this. Under the Constitution, the court must decide.';
    const entities = extractEntities(text);
    const constitution = entityAt(entities, 'The Constitution', text);
    expect([constitution?.id, constitution?.name, constitution?.count]).toEqual(['LAW:constitution', 'Constitution', 5]);
    // Each mention is the name as the tagger first found it: with the sentence's opening "The".
    expect(spans(constitution)).toEqual(occurrences(text, /The Constitution|(?<=the )Constitution/g));
    expect(entities.filter((entity) => /Constitution/.test(entity.name))).toEqual([constitution]);
  });
});

describe('aliases: one key for an entity across articles', () => {
  it('makes a group and its plural one NORP with one id', () => {
    const text = 'Budget Vote\n\nRepublicans objected to the plan, and one Republican walked out. Democrats welcomed it, though a Democrat from Ohio did not. Americans will pay, every American said.';
    const entities = extractEntities(text);
    for (const [id, pattern] of [
      ['NORP:republican', /Republicans?/g],
      ['NORP:democrat', /Democrats?/g],
      ['NORP:american', /Americans?/g],
    ] as const) {
      expect(spans(entities.find((entity) => entity.id === id))).toEqual(occurrences(text, pattern));
    }
  });

  it('keys compare’s entity rows by the id the entities table gives the entity', () => {
    const first = analyze('Senator Jane Miller said voters in Ohio will decide. Miller praised the campaign and called it a great victory.');
    const second = analyze('Voters in Ohio said Jane Miller and her campaign had been a great help. Miller thanked them.');
    // Ohio is named twice in all: compared once every group need name an entity only once.
    const comparison = new Comparison('outlet', { minMentions: 1 });
    comparison.add({ id: 'a1', outlet: 'Daily', analysis: first });
    comparison.add({ id: 'a2', outlet: 'Daily', analysis: second });
    const toned = comparison.rows().filter((row) => row.measure === 'entity_tone');
    const tableIds = new Set([first, second].flatMap((analysis, k) => tableRows({ id: `a${k + 1}` }, analysis).entities.map((row) => row.entity)));
    expect(toned.map((row) => row.name)).toEqual(expect.arrayContaining(['PERSON:jane-miller', 'GPE:ohio']));
    expect(toned.every((row) => tableIds.has(row.name as string))).toBe(true);
    expect(toned.find((row) => row.name === 'PERSON:jane-miller')?.articles).toBe(2);
  });
});
