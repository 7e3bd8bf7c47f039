import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, extractEntities, type Entity, isNamedEntity } from '../src/index.js';
import { article } from './helpers.js';

/** Offsets of every occurrence of `needle` in the text. */
function occurrences(text: string, needle: RegExp): [number, number][] {
  return [...text.matchAll(needle)].map((match) => [match.index, match.index + match[0].length]);
}

describe('extractEntities() on the bundled article', () => {
  it('tells named entities from dates and numbers with isNamedEntity', () => {
    const entities = extractEntities(article);
    expect(entities.filter((entity) => !isNamedEntity(entity)).map((entity) => entity.type)).toEqual(expect.arrayContaining(['DATE']));
    expect(new Set(entities.filter(isNamedEntity).map((entity) => entity.type))).toEqual(new Set(['GPE', 'PERSON', 'NORP', 'ORG']));
  });

  const entities = extractEntities(article);
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const entity = (id: string): Entity => {
    const found = byId.get(id);
    if (!found) throw new Error(`no entity ${id}; found ${[...byId.keys()].join(', ')}`);
    return found;
  };
  const spans = (id: string): [number, number][] => entity(id).mentions.map((mention) => [mention.start, mention.end]);

  it('points every mention at the exact text it names', () => {
    for (const found of entities) for (const mention of found.mentions) expect(article.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it.each([
    ['PERSON:qasem-soleimani', 'PERSON', 'Qasem Soleimani', /(Qasem )?Soleimani(?=[\s’.,-])/g],
    ['PERSON:donald-trump', 'PERSON', 'Donald Trump', /(Donald )?Trump/g],
    ['PERSON:tamir-heyman', 'PERSON', 'Tamir Heyman', /Tamir Heyman/g],
    ['PERSON:bennett', 'PERSON', 'Bennett', /Bennett/g],
    ['GPE:iran', 'GPE', 'Iran', /Iran(?![a-z])/g],
    ['GPE:israel', 'GPE', 'Israel', /Israel(?![a-z])/g],
    ['GPE:united-states', 'GPE', 'US', /\bUS\b/g],
    ['GPE:iraq', 'GPE', 'Iraq', /Iraq(?![a-z])/g],
    ['GPE:baghdad', 'GPE', 'Baghdad', /Baghdad/g],
    ['GPE:united-arab-emirates', 'GPE', 'UAE', /UAE/g],
    ['GPE:jerusalem', 'GPE', 'Jerusalem', /Jerusalem/g],
    ['GPE:gaza', 'GPE', 'Gaza', /Gaza/g],
    ['GPE:vienna', 'GPE', 'Vienna', /Vienna/g],
    ['ORG:quds-force', 'ORG', 'Quds force', /Quds force/g],
    ['ORG:mossad', 'ORG', 'Mossad', /Mossad/g],
    ['ORG:hamas', 'ORG', 'Hamas', /Hamas/g],
    ['NORP:iranian', 'NORP', 'Iranian', /Iranian/g],
    ['DATE:january-3rd-2020', 'DATE', 'January 3rd, 2020', /January 3rd, 2020/g],
  ])('finds %s with every mention', (id, type, name, pattern) => {
    expect(entity(id)).toMatchObject({ type, name });
    expect(spans(id)).toEqual(occurrences(article, pattern));
  });

  it('resolves "Qasem Soleimani", "Soleimani" and "Soleimani’s" to one person, possessive outside the span', () => {
    const soleimani = entity('PERSON:qasem-soleimani');
    expect(soleimani.aliases).toEqual(['Qasem Soleimani', 'Soleimani']);
    expect(soleimani.count).toBe(7);
    expect(soleimani.mentions.every((mention) => !mention.text.includes('’'))).toBe(true);
  });

  it('keeps "President" as the role of Donald Trump, outside the name', () => {
    const trump = entity('PERSON:donald-trump');
    const first = trump.mentions[0];
    expect(first).toEqual({ start: 493, end: 505, text: 'Donald Trump', sentence: 3, section: 0, role: 'President' });
    expect(trump.aliases).toEqual(['Donald Trump', 'Trump']);
    expect(entity('PERSON:bennett').mentions[0]?.role).toBe('PM');
  });

  it('splits "Israel-Iran" into two places and types nationalities as NORP', () => {
    const heading = article.indexOf('Israel-Iran');
    expect(spans('GPE:israel')).toContainEqual([heading, heading + 6]);
    expect(spans('GPE:iran')).toContainEqual([heading + 7, heading + 11]);
    expect(entity('NORP:israeli').type).toBe('NORP');
  });

  it('reads Title-Case headings without inventing names', () => {
    const headingNames = (heading: string): string[] => {
      const start = article.indexOf(heading);
      return entities.flatMap((found) => found.mentions.filter((m) => m.start >= start && m.end <= start + heading.length).map((m) => `${found.type} ${m.text}`));
    };
    expect(headingNames('Friendship Between The US And Israel').sort()).toEqual(['GPE Israel', 'GPE US']);
    expect(headingNames('Arch Rivals Israel-Iran').sort()).toEqual(['GPE Iran', 'GPE Israel']);
  });

  it('lists entities named only in boilerplate with count and salience 0, mentions flagged', () => {
    expect(entity('ORG:hamas')).toMatchObject({ count: 0, salience: 0 });
    expect(entity('ORG:hamas').mentions[0]?.boilerplate).toBe(true);
    expect(entity('GPE:israel').count).toBe(entity('GPE:israel').mentions.filter((mention) => !mention.boilerplate).length);
  });

  it('ranks by salience in 0..1: the article is about Israel, the US, Soleimani and Iran', () => {
    expect(entities.every((found) => found.salience >= 0 && found.salience <= 1)).toBe(true);
    expect(entities.slice(0, 4).map((found) => found.id).sort()).toEqual(['GPE:iran', 'GPE:israel', 'GPE:united-states', 'PERSON:qasem-soleimani']);
    expect(entity('GPE:israel').salience).toBeGreaterThan(entity('ORG:mossad').salience);
  });

  it('is what analyze() reports, and analyze() names the gazetteers and the tagger in meta', () => {
    const analysis = analyze(article);
    expect(analysis.entities.map(({ sentiment, voices, ...entity }) => entity)).toEqual(entities);
    expect(analysis.meta.lexicons.map((lexicon) => lexicon.id)).toEqual(
      expect.arrayContaining(['newslens/gazetteer-countries', 'newslens/gazetteer-cities', 'newslens/gazetteer-person-names', 'newslens/entity-cues']),
    );
  });
});

describe('extractEntities() on other text', () => {
  it('groups "US", "U.S.", "United States" and "America" as one place named by its longest form', () => {
    const [us] = extractEntities('The United States said on Monday that U.S. troops would stay. America has 2,500 troops there, and the US will not withdraw them.').filter((e) => e.type === 'GPE');
    expect(us).toMatchObject({ id: 'GPE:united-states', name: 'United States', count: 4 });
    expect(us?.aliases.sort()).toEqual(['America', 'U.S.', 'US', 'United States']);
  });

  it('joins an acronym to the organisation it abbreviates', () => {
    const entities = extractEntities('The International Rescue Committee said on Monday that aid was blocked. The IRC called for access.');
    const irc = entities.find((e) => e.type === 'ORG');
    expect(irc).toMatchObject({ id: 'ORG:international-rescue-committee', aliases: ['International Rescue Committee', 'IRC'], count: 2 });
  });

  it('never ends a name inside a known place: "NEW YORK" is one place, not "YORK"', () => {
    const places = extractEntities('NEW YORK 1996-08-22\nStocks rose in New York on Thursday.').filter((e) => e.type === 'GPE');
    expect(places.map((e) => e.aliases.sort())).toEqual([['NEW YORK', 'New York']]);
  });

  /** Mentions as "TYPE text" in reading order, numbers and dates left out. */
  const names = (text: string): string[] =>
    extractEntities(text)
      .filter((e) => !['DATE', 'TIME', 'DURATION', 'CARDINAL', 'ORDINAL', 'MONEY', 'PERCENT'].includes(e.type))
      .flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type })))
      .sort((a, b) => a.start - b.start)
      .map((m) => `${m.type} ${m.text}${m.role ? ` (${m.role})` : ''}`);

  it('never runs a name across a line, through a lower-case word or into a score', () => {
    const found = names('Scorecard\nKevin Pietersen b Shane Warne 12\nAlastair Cook not out 40\nEngland won by 3 wickets.');
    expect(found.slice(0, 2)).toEqual(['PERSON Kevin Pietersen', 'PERSON Shane Warne']);
    expect(found.filter((name) => /\n| b | out|\d/.test(name))).toEqual([]);
  });

  it('leaves titles and nationalities out of a person\'s name and keeps the title as the role', () => {
    expect(names('German Defence Minister Volker Ruehe met Palestinian President Yasser Arafat on Friday.')).toEqual([
      'NORP German',
      'PERSON Volker Ruehe (Defence Minister)',
      'NORP Palestinian',
      'PERSON Yasser Arafat (President)',
    ]);
  });

  it('takes a name after a title for a person only when it reads as one', () => {
    expect(names('General Electric said Chief Executive Jeff Immelt and President Clinton agreed.')).toEqual(['PERSON Jeff Immelt (Chief Executive)', 'PERSON Clinton (President)']);
  });

  it('joins an initial to the surname after it', () => {
    expect(names('Wickets fell quickly.\nJ. Anderson c Smith b Lyon 4')).toContain('PERSON J. Anderson');
  });

  it('reads a team named after its town, and a company named after a descriptor, as organisations', () => {
    expect(names('Leicestershire beat Somerset by an innings on Friday.')).toEqual(['ORG Leicestershire', 'ORG Somerset']);
    expect(names('Shares in tyre giant Pirelli rose in Milan.')).toEqual(['ORG Pirelli', 'GPE Milan']);
  });

  it('carries a name on to the organisation word that ends it', () => {
    expect(names('Analysts at Mercantile Bancorp Inc. and the U.S. Agriculture Department disagreed.')).toEqual(['ORG Mercantile Bancorp Inc.', 'ORG U.S. Agriculture Department']);
  });

  it('returns no entities for empty text and rejects non-strings', () => {
    expect(extractEntities('')).toEqual([]);
    expect(() => extractEntities(7 as never)).toThrow(new TypeError('newslens.extractEntities(text): expected text to be a string, received number'));
  });
});

describe('extractEntities() invariants', () => {
  /** Name-like words, places, punctuation and awkward characters, so that entities do occur. */
  const newsy = fc.string({
    unit: fc.constantFrom(
      'Iran', 'Israel', 'U.S.', 'Donald Trump', 'President', 'Trump’s', 'the', 'said', 'Quds force', 'Hamas', 'Gaza', '-', ' ', ' ', '\n',
      '\n\n', '.', ',', '’s', 'Also Read : ', 'BAGHDAD', 'On January 3rd, 2020', 'Iranian', '😀', 'e\u0301', '\ud800', '\0', '#', '<b>', 'Inc',
    ),
    maxLength: 40,
  });

  it('keeps every mention on its exact text, salience in 0..1 and count within the mentions', () => {
    fc.assert(
      fc.property(newsy, (text) => {
        for (const entity of extractEntities(text)) {
          expect(entity.salience).toBeGreaterThanOrEqual(0);
          expect(entity.salience).toBeLessThanOrEqual(1);
          expect(entity.count).toBe(entity.mentions.filter((mention) => !mention.boilerplate).length);
          expect(entity.aliases[0]).toBe(entity.name);
          for (const mention of entity.mentions) {
            expect(text.slice(mention.start, mention.end)).toBe(mention.text);
            expect(mention.text.endsWith('’s')).toBe(false);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

/** Each named mention of a text as `TYPE text [start, end]` with its role, party and state, in text order. */
function namedMentions(text: string): string[] {
  return extractEntities(text)
    .filter(isNamedEntity)
    .flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })))
    .sort((a, b) => a.mention.start - b.mention.start)
    .map(({ entity, mention }) => {
      const attributes = [mention.role && `role=${mention.role}`, mention.party && `party=${mention.party}`, mention.state && `state=${mention.state}`].filter(Boolean);
      return [`${entity.type} ${mention.text} [${mention.start}, ${mention.end}]`, ...attributes].join(' ');
    });
}

describe('entity spans (issue 17, class 2)', () => {
  it('ends a name at a closing quotation mark or comma written against it', () => {
    expect(namedMentions('Rep. Joe Walsh," Pelosi said.')).toEqual(['PERSON Joe Walsh [5, 14] role=Rep.']);
  });

  it('never runs a person over a comma, closing quotation mark or bracket into the next name', () => {
    const people = ['Joe Walsh', 'Mary Peltola', 'Angus King', 'Tim Scott', 'Jon Tester', 'Susan Collins'];
    const joins = [', ', '," ', '”, ', ') ', '], '];
    fc.assert(
      fc.property(fc.constantFrom(...people), fc.constantFrom(...joins), fc.constantFrom(...people), (first, join, second) => {
        for (const mention of extractEntities(`Rep. ${first}${join}${second} said.`).filter((entity) => entity.type === 'PERSON').flatMap((entity) => entity.mentions)) {
          expect(mention.text).not.toMatch(/[,"”)\]]/);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps party-state tags out of the name and gives the mention party and USPS state', () => {
    const text = 'Sen. Sherrod Brown, D-Ohio, and Rep. Elise Stefanik (R-N.Y.) disagreed on Tuesday. Sen. Angus King, I-Maine, abstained.';
    expect(namedMentions(text)).toEqual([
      'PERSON Sherrod Brown [5, 18] role=Sen. party=D state=OH',
      'PERSON Elise Stefanik [37, 51] role=Rep. party=R state=NY',
      'PERSON Angus King [88, 98] role=Sen. party=I state=ME',
    ]);
  });

  it('reads a tag in brackets, with a full state name or none', () => {
    expect(namedMentions('Backers of Mike Lee (R-Utah) and Nancy Mace (R., South Carolina) met Jim Clyburn (D).')).toEqual([
      'PERSON Mike Lee [11, 19] party=R state=UT',
      'PERSON Nancy Mace [33, 43] party=R state=SC',
      'PERSON Jim Clyburn [69, 80] party=D',
    ]);
  });

  it('splits an office from the organisation it belongs to: the office is the role', () => {
    expect(namedMentions('White House Chief of Staff Mark Meadows met reporters.')).toEqual(['ORG White House [0, 11]', 'PERSON Mark Meadows [27, 39] role=Chief of Staff']);
  });

  it('keeps clergy and military titles outside a whole name, as its role', () => {
    expect(namedMentions('Franciscan Father Richard Rohr and Lt. Gen. Michael Kurilla spoke at the event.')).toEqual([
      'PERSON Richard Rohr [18, 30] role=Father',
      'PERSON Michael Kurilla [44, 59] role=Lt. Gen.',
    ]);
  });

  it('reads a name after an honorific written without a full stop as a person, the honorific as its role', () => {
    expect(namedMentions('Mr Xu met Mrs Okafor in Lagos. Dr Ruth Ames and Ms Tanaka said little; Mr Xu left.')).toEqual([
      'PERSON Xu [3, 5] role=Mr',
      'PERSON Okafor [14, 20] role=Mrs',
      'GPE Lagos [24, 29]',
      'PERSON Ruth Ames [34, 43] role=Dr',
      'PERSON Tanaka [51, 57] role=Ms',
      'PERSON Xu [74, 76] role=Mr',
    ]);
  });

  it('takes no honorific from a word in capitals: "DR Congo" is a country', () => {
    expect(namedMentions('Aid reached DR Congo on Monday.')).toEqual(['GPE DR Congo [12, 20]']);
  });

  it('keeps the whole run of titles before a name as its role, however wink splits their full stops', () => {
    expect(namedMentions('Maj. Gen. Ivan Holt, Rear Adm. Nora Blake and Chief Justice Amos Reed spoke, as did the Rev. Ada Lowe.')).toEqual([
      'PERSON Ivan Holt [10, 19] role=Maj. Gen.',
      'PERSON Nora Blake [31, 41] role=Rear Adm.',
      'PERSON Amos Reed [60, 69] role=Chief Justice',
      'PERSON Ada Lowe [93, 101] role=Rev.',
    ]);
  });

  it('never runs a name across a run of blanks into the next one, and still reads the next', () => {
    expect(namedMentions('The talks with Greta Lind  Omar Haddad ended.')).toEqual(['PERSON Greta Lind [15, 25]', 'PERSON Omar Haddad [27, 38]']);
    expect(namedMentions('Photo by Derek Fisher  Shaw Industries said it.')).toEqual(['PERSON Derek Fisher [9, 21]', 'ORG Shaw Industries [23, 38]']);
  });

  it('keeps a surname that is also a title in the name before a generational suffix', () => {
    expect(namedMentions('Crowds honoured Martin Luther King Jr. on Monday.')).toEqual(['PERSON Martin Luther King Jr. [16, 38]']);
  });

  it('gives a person the party and state its mentions agree on', () => {
    const [brown, stefanik] = extractEntities('Sen. Sherrod Brown, D-Ohio, met Rep. Elise Stefanik (R-N.Y.) and Stefanik (R) again. Brown left.').filter(isNamedEntity);
    expect([brown?.name, brown?.party, brown?.state]).toEqual(['Sherrod Brown', 'D', 'OH']);
    expect([stefanik?.name, stefanik?.party, stefanik?.state]).toEqual(['Elise Stefanik', 'R', 'NY']);
    const [mixed] = extractEntities('Rep. Lee Hart (D-Ohio) and Rep. Lee Hart (R-Texas) share a name.').filter(isNamedEntity);
    expect([mixed?.name, mixed?.party, mixed?.state]).toEqual(['Lee Hart', undefined, undefined]);
  });
});

describe('names as news writes them', () => {
  it('reads two names joined by "&" as one firm', () => {
    expect(namedMentions('Shares of Barton & Ferris rose.')).toEqual(['ORG Barton & Ferris [10, 25]']);
  });

  it('keeps a name the article introduces as an organisation one in every mention', () => {
    const text = 'Italian cables giant Ferrante on Friday announced a deal. Ferrante is linking with a local group, and analysts said Ferrante would gain.';
    expect(namedMentions(text)).toEqual(['NORP Italian [0, 7]', 'ORG Ferrante [21, 29]', 'ORG Ferrante [58, 66]', 'ORG Ferrante [116, 124]']);
  });
});

describe('types and false entities (issue 17, class 4)', () => {
  it('never takes a sentence-initial function word, interjection or contraction for a name', () => {
    expect(namedMentions('“Yes, I backed the bill,” she said. “I’m proud of it,” she added. “Let’s vote,” he said. So, you might ask, How will it pass?')).toEqual([]);
  });

  it('types institutions named by a bare noun as organisations', () => {
    expect(namedMentions('The Navy asked the Senate for money, and the Army asked the House.')).toEqual([
      'ORG Navy [4, 8]',
      'ORG Senate [19, 25]',
      'ORG Army [45, 49]',
      'ORG House [60, 65]',
    ]);
  });

  it('types lectures as events and grant programmes as laws, not as places or organisations', () => {
    expect(namedMentions('She delivered the Hawthorne Lecture on Tuesday. Students lost their Pell Grants.')).toEqual(['EVENT Hawthorne Lecture [18, 35]', 'LAW Pell Grants [68, 79]']);
  });

  it('reads a country before a law word as part of the law, and a capitalised law word after "the" as a law', () => {
    expect(namedMentions('The U.S. Constitution protects speech, and the Constitution is old. Peru signed the Lima Accord.')).toEqual([
      'LAW U.S. Constitution [4, 21]',
      'LAW Constitution [47, 59]',
      'GPE Peru [68, 72]',
      'LAW Lima Accord [84, 95]',
    ]);
    expect(extractEntities('The Constitution protects speech.').filter(isNamedEntity).map((entity) => [entity.type, entity.name])).toEqual([['LAW', 'Constitution']]);
  });

  it('keeps a person whose surname is a law word a person', () => {
    expect(namedMentions('Gov. Nathan Deal signed the bill.')).toEqual(['PERSON Nathan Deal [5, 16] role=Gov.']);
  });
});
