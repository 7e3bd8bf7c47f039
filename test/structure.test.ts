import { describe, expect, it } from 'vitest';
import { analyze, segment, type ArticleStructure, type Span } from '../src/index.js';
import { article, fixture, spanOf } from './helpers.js';

/** Every span a structure reports must be the original text at its offsets. */
function expectSpansTrue(text: string, structure: ArticleStructure): void {
  const spans: Span[] = [
    ...[structure.kicker, structure.title, structure.subtitle, structure.byline, structure.dateline].filter((s): s is Span => s !== undefined),
    ...structure.boilerplate,
    ...structure.sections.flatMap((section) => [...(section.heading ? [section.heading] : []), ...section.paragraphs]),
  ];
  for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
}

describe('segment() on the bundled article', () => {
  const structure = segment(article);

  it('takes the first line as the title, without its trailing no-break spaces', () => {
    expect(structure.title).toEqual({
      start: 0,
      end: 111,
      text: 'Two Years Of Assassination Of Iranian Official Qasem Soleimani- A Story Of US- Israel’s Ever-Growing Friendship',
    });
  });

  it('takes the "Rift Between Iran And Israel…" line as the subtitle', () => {
    expect(structure.subtitle).toEqual(
      spanOf(article, 'Rift Between Iran And Israel Goes Back To Post Second World War Era And Relations Among The US And Israel Has Always Been Friendly; World Got To Witness This In 2020'),
    );
  });

  it('finds six sections: an untitled lead, then the five headings', () => {
    expect(structure.sections.map((section) => section.heading?.text)).toEqual([
      undefined,
      'Qasem Soleimani Assassination',
      'Arch Rivals Israel-Iran',
      'Iran And The US',
      'Israel’s Involvement In Soleimani’s Murder',
      'Friendship Between The US And Israel',
    ]);
    expect(structure.sections[1]?.heading).toEqual({ start: 644, end: 673, text: 'Qasem Soleimani Assassination' });
  });

  it('gives each section its paragraphs, from its heading to its last paragraph', () => {
    expect(structure.sections.map((section) => section.paragraphs.length)).toEqual([1, 1, 1, 1, 2, 1]);
    const lead = structure.sections[0];
    expect(lead?.start).toBe(article.indexOf('On January 3rd, 2020'));
    expect(lead?.paragraphs[0]?.text.endsWith('listed as a terrorist organization in the US.')).toBe(true);
    const last = structure.sections[5];
    expect(last?.start).toBe(last?.heading?.start);
    expect(last?.end).toBe(article.trimEnd().length);
    expectSpansTrue(article, structure);
  });

  it('marks both "Also Read" lines as boilerplate and keeps them out of every paragraph', () => {
    expect(structure.boilerplate).toEqual([
      spanOf(article, 'Also Read : In The New Year Rivalry Intensifies Between Israel And Hamas In Gaza; Both Sides Exchange Rockets And Blame Each Other'),
      spanOf(article, 'Also Read : Iran’s Nuclear Program, Israel’s Insecurity, US Attempts Of Negotiations And Vienna Talks'),
    ]);
    const paragraphs = structure.sections.flatMap((section) => section.paragraphs);
    expect(paragraphs.some((paragraph) => paragraph.text.includes('Also Read'))).toBe(false);
  });
});

describe('segment() on other layouts', () => {
  it('markdown: # title, *dek*, ## headings, markers outside the spans', () => {
    const text = fixture('layouts/markdown.md');
    const structure = segment(text);
    expect(structure.title).toEqual(spanOf(text, 'Port Strike Ends After Nine Days'));
    expect(structure.subtitle).toEqual(spanOf(text, 'Dockworkers accept a six-year contract that raises pay by 62 percent'));
    expect(structure.sections.map((section) => [section.heading?.text, section.paragraphs.length])).toEqual([
      [undefined, 2],
      ['What the Deal Covers', 1],
      ['What Comes Next', 1],
    ]);
    expect(structure.boilerplate).toEqual([]);
    expectSpansTrue(text, structure);
  });

  it('plain paragraphs without headings: no title, one section, one paragraph per block', () => {
    const text = fixture('layouts/plain.txt');
    const structure = segment(text);
    expect(structure.title).toBeUndefined();
    expect(structure.sections).toHaveLength(1);
    expect(structure.sections[0]?.paragraphs.map((p) => p.text.slice(0, 24))).toEqual([
      'The city council voted o',
      'Council members approved',
      'Opponents questioned the',
    ]);
    expectSpansTrue(text, structure);
  });

  it('one line: a single paragraph, not a title', () => {
    const text = fixture('layouts/one-line.txt');
    expect(segment(text)).toEqual({
      sections: [{ start: 0, end: text.length, paragraphs: [{ start: 0, end: text.length, text }] }],
      boilerplate: [],
    });
  });

  it('CRLF: line breaks never enter titles or headings; a hard-wrapped block stays one paragraph', () => {
    const text = fixture('layouts/crlf.txt');
    const structure = segment(text);
    expect(structure.title).toEqual({ start: 0, end: 40, text: 'Storm Knocks Out Power Across The Region' });
    expect(structure.sections[1]?.heading).toEqual(spanOf(text, 'Repair Crews Work Through The Night'));
    expect(structure.sections[1]?.paragraphs).toEqual([
      spanOf(text, 'The utility said most customers would be reconnected by Wednesday.\r\nCrews from neighbouring states were\r\nsent to help.'),
    ]);
  });

  it('wire story: kicker, byline, dateline outside the first paragraph, credits as boilerplate', () => {
    const text = fixture('layouts/wire.txt');
    const structure = segment(text);
    expect(structure.kicker).toEqual(spanOf(text, 'EXCLUSIVE'));
    expect(structure.title).toEqual(spanOf(text, 'Central Bank Holds Rates Steady, Signals Cuts Later This Year'));
    expect(structure.byline).toEqual(spanOf(text, 'By Jane Doe and John Roe'));
    expect(structure.dateline).toEqual({ ...spanOf(text, 'FRANKFURT (Reuters) -'), place: spanOf(text, 'FRANKFURT') });
    expect(structure.subtitle).toBeUndefined();
    expect(structure.sections[0]?.paragraphs[0]?.text.startsWith('The European Central Bank kept')).toBe(true);
    expect(structure.sections[0]?.paragraphs).toHaveLength(3);
    expect(structure.boilerplate).toEqual([spanOf(text, 'Reporting by Jane Doe; Editing by Mark Smith')]);
  });

  it('scraped page: menus, ads, photo credits, share and subscribe prompts are boilerplate', () => {
    const text = fixture('layouts/scraped.txt');
    const structure = segment(text);
    expect(structure.title?.text).toBe('Heatwave Pushes Temperatures To Record Highs In Southern Europe');
    expect(structure.subtitle?.text).toBe('Authorities issue red alerts as thermometers pass 44 degrees in parts of Spain and Italy');
    expect(structure.boilerplate.map((span) => span.text)).toEqual([
      'Skip to content',
      'Home | World | Business | Sport',
      'Photo: A man cools off at a fountain in Rome. (AP Photo/Jane Roe)',
      'Share this article',
      'Advertisement',
      'Related: Europe\'s Summer Of Fires',
      'Click here to subscribe to our newsletter',
    ]);
    expect(structure.sections).toHaveLength(1);
    expect(structure.sections[0]?.paragraphs.map((p) => p.text.split(' ')[0])).toEqual(['Temperatures', 'Health', 'Forecasters']);
    expectSpansTrue(text, structure);
  });

  it('HTML: tags are masked, head metadata and scripts are not text, offsets point into the markup', () => {
    const text = fixture('layouts/html.html');
    const structure = segment(text);
    expect(structure.title).toEqual(spanOf(text, 'Rail Workers Vote To Strike'));
    expect(structure.sections.map((section) => section.heading?.text)).toEqual([undefined, 'What Happens Next']);
    expect(structure.sections[1]?.paragraphs).toEqual([spanOf(text, 'Talks resume on <b>Friday</b> &amp; could avert the walkout.')]);
  });

  it('a one-sentence paragraph under a headline is not taken for a dek', () => {
    const text = 'Senate Passes Budget\n\nThe Senate passed the budget on Tuesday by a vote of 60 to 40.\n\nThe House votes next week.';
    const structure = segment(text);
    expect(structure.title?.text).toBe('Senate Passes Budget');
    expect(structure.subtitle).toBeUndefined();
    expect(structure.sections[0]?.paragraphs).toHaveLength(2);
  });

  it('a hard-wrapped first line is not a title', () => {
    const text = 'The Senate on Tuesday passed a sweeping bill that\nwould expand health coverage to millions.\n\nThe House votes next week.';
    expect(segment(text).title).toBeUndefined();
  });

  it('a dateline on a line of its own is the dateline, not the title', () => {
    const structure = segment('NEW YORK 1996-08-22\nStocks rose on Thursday.\nBonds fell.');
    expect(structure.title).toBeUndefined();
    expect(structure.dateline?.text).toBe('NEW YORK 1996-08-22');
  });

  it('one paragraph per line keeps a table one row per paragraph, joining only lines a sentence runs across', () => {
    const text = 'Results on Saturday:\nArsenal 2 Chelsea 1\nLeeds 0 Everton 0\nThe match was played in heavy rain,\nwhich stopped twice.';
    const paragraphs = segment(text).sections.flatMap((section) => section.paragraphs.map((p) => p.text));
    expect(paragraphs).toEqual(['Results on Saturday:', 'Arsenal 2 Chelsea 1', 'Leeds 0 Everton 0', 'The match was played in heavy rain,\nwhich stopped twice.']);
  });

  it('"By the end of the year…" is prose, not a byline', () => {
    const text = 'Prices Rise Again\n\nBy the end of the year, prices had risen by 4 percent.\n\nEconomists expect more.';
    const structure = segment(text);
    expect(structure.byline).toBeUndefined();
    expect(structure.sections[0]?.paragraphs[0]?.text).toBe('By the end of the year, prices had risen by 4 percent.');
  });
});

describe('segment(): a headline closed by a full stop (plain-text news)', () => {
  it('a Title Case line above two paragraphs is the title, full stop included', () => {
    const text = 'Council Approves New Budget For Schools.\n\nThe city council voted on Monday to raise school spending.\n\nThe vote was seven to two.';
    const structure = segment(text);
    expect(structure.title).toEqual({ start: 0, end: 40, text: 'Council Approves New Budget For Schools.' });
    expect(structure.sections[0]?.paragraphs.map((p) => p.start)).toEqual([42, 102]);
  });

  it('a sentence-case line is the title when a dateline opens the text under it', () => {
    const text = 'Mayor vetoes parking plan.\n\nSPRINGFIELD, Ill., May 3 (AP) — The mayor vetoed the plan on Friday.';
    const structure = segment(text);
    expect(structure.title).toEqual({ start: 0, end: 26, text: 'Mayor vetoes parking plan.' });
    expect(structure.dateline).toEqual({ ...spanOf(text, 'SPRINGFIELD, Ill., May 3 (AP) —'), place: spanOf(text, 'SPRINGFIELD') });
  });

  it('a "Label:" headline ending in a full stop is the title', () => {
    const text = 'Report: Schools face a teacher shortage.\n\nHalf of the districts surveyed said they lacked staff.\n\nUnions blamed pay.';
    expect(segment(text).title?.text).toBe('Report: Schools face a teacher shortage.');
  });

  it('no dek under a full-stop headline, and a paragraph opening with a dateline is never a dek', () => {
    const underFullStop = segment('Talks Resume On Budget.\n\nWhy did the talks fail last week after months of work\n\nThe senators blamed each other.');
    expect(underFullStop.subtitle).toBeUndefined();
    const text = 'Budget Talks Resume\n\nWASHINGTON - Senators led by Sen. Jane Roe met again on Tuesday\n\nThey meet again on Friday.';
    const structure = segment(text);
    expect(structure.subtitle).toBeUndefined();
    expect(structure.dateline?.text).toBe('WASHINGTON -');
    expect(structure.sections[0]?.paragraphs[0]).toEqual(spanOf(text, 'Senators led by Sen. Jane Roe met again on Tuesday'));
  });

  it('a one-sentence lead paragraph in a text without a title stays body', () => {
    const text = 'The council met on Monday.\n\nIt approved the budget after a long debate.\n\nMembers then left for the summer.';
    const structure = segment(text);
    expect(structure.title).toBeUndefined();
    expect(structure.sections[0]?.paragraphs[0]).toEqual({ start: 0, end: 26, text: 'The council met on Monday.' });
  });
});

describe('segment(): a headline run into the body of a flat scrape', () => {
  const body = 'The strike began at dawn on Tuesday, when crews walked off the docks and refused to load ships until talks resume.';

  it('a Title Case run ends before a capitalised word that opens prose', () => {
    const text = `Harbour Workers Walk Out Over Pay ${body}`;
    const structure = segment(text);
    expect(structure.title).toEqual({ start: 0, end: 33, text: 'Harbour Workers Walk Out Over Pay' });
    expect(structure.sections[0]?.paragraphs).toEqual([{ start: 34, end: text.length, text: body }]);
  });

  it('a sentence-case headline ends where an article starts a sentence after a lower-case word', () => {
    const text = 'City approves new cycle lanes The plan adds forty kilometres of protected lanes to the centre over the next three years.';
    expect(segment(text).title).toEqual({ start: 0, end: 29, text: 'City approves new cycle lanes' });
  });

  it('a headline ends at an ellipsis, and before a dateline that becomes the dateline', () => {
    expect(segment(`Storm batters the coast... ${body}`).title?.text).toBe('Storm batters the coast...');
    const text = `Wildfire Forces Thousands To Flee ATHENS (Reuters) – ${body}`;
    const structure = segment(text);
    expect(structure.title?.text).toBe('Wildfire Forces Thousands To Flee');
    expect(structure.dateline).toEqual({ ...spanOf(text, 'ATHENS (Reuters) –'), place: spanOf(text, 'ATHENS') });
    expect(structure.sections[0]?.paragraphs[0]?.start).toBe(text.indexOf('The strike'));
  });

  it('prose that opens with names, or a Title Case phrase of a headline, is not cut', () => {
    expect(segment(`Senator Jane Roe said on Tuesday that the bill would pass the chamber before the summer recess began in July.`).title).toBeUndefined();
    expect(segment(`Survey Finds Most of the Wall Is Built Along The Border ${body}`).title?.text).toBe('Survey Finds Most of the Wall Is Built Along The Border');
    expect(segment(`The White House said on Monday that the president would travel to Ohio next week to meet steel workers.`).title).toBeUndefined();
  });
});

describe('segment(): page furniture', () => {
  it('a prompt in capitals glued between sentences is boilerplate; the text around it stays body', () => {
    const text = 'Crews Restore Power\n\nPower returned on Tuesday.CLICK HERE TO GET THE NEWS APPThe utility said repairs would take a week.';
    const structure = segment(text);
    expect(structure.boilerplate).toEqual([spanOf(text, 'CLICK HERE TO GET THE NEWS APP')]);
    expect(structure.sections[0]?.paragraphs).toEqual([spanOf(text, 'Power returned on Tuesday.'), spanOf(text, 'The utility said repairs would take a week.')]);
  });

  it('teaser lines in capitals and photo credits, bracketed or bare, are boilerplate', () => {
    const text = [
      'Rail Strike Called Off',
      'SIGN UP FOR OUR DAILY NEWSLETTER',
      'Union leaders accepted the offer late on Sunday. (Photo: Jane Roe/AP) Trains will run as normal.',
      'John Smith / Getty Images',
      'Commuters welcomed the news.',
    ].join('\n\n');
    const structure = segment(text);
    expect(structure.boilerplate).toEqual([spanOf(text, 'SIGN UP FOR OUR DAILY NEWSLETTER'), spanOf(text, '(Photo: Jane Roe/AP)'), spanOf(text, 'John Smith / Getty Images')]);
    expect(structure.sections[0]?.paragraphs.map((p) => p.text)).toEqual(['Union leaders accepted the offer late on Sunday.', 'Trains will run as normal.', 'Commuters welcomed the news.']);
    expectSpansTrue(text, structure);
  });

  it('an "Updated:" stamp is boilerplate; a lead paragraph after it is still article text', () => {
    const text = 'Mayor Clarifies Remarks\n\nUpdated: Mayor Jane Roe on Sunday tried to clarify her remarks about the budget.\n\nShe spoke to reporters.';
    const structure = segment(text);
    expect(structure.boilerplate).toEqual([spanOf(text, 'Updated:')]);
    expect(structure.sections[0]?.paragraphs[0]).toEqual(spanOf(text, 'Mayor Jane Roe on Sunday tried to clarify her remarks about the budget.'));
  });

  it('a stamp with a date and time is boilerplate whole; "Posted to…" prose is not a stamp', () => {
    const text = 'Mayor Clarifies Remarks\n\nUpdated: 5:32 PM ET, March 3, 2012\n\nPosted to Facebook, the video drew many comments.\n\nShe spoke later.';
    const structure = segment(text);
    expect(structure.boilerplate).toEqual([spanOf(text, 'Updated: 5:32 PM ET, March 3, 2012')]);
    expect(structure.sections[0]?.paragraphs[0]?.text).toBe('Posted to Facebook, the video drew many comments.');
  });

  it('wire credits open the first paragraph as its dateline: bare, or after a place in Title Case', () => {
    const bare = segment('Rates Held\n\n(Reuters) – The central bank held rates on Thursday.');
    expect(bare.dateline).toEqual({ start: 12, end: 23, text: '(Reuters) –' });
    const text = 'Rates Held\n\nNew York (AFP) – The central bank held rates on Thursday.';
    expect(segment(text).dateline).toEqual({ ...spanOf(text, 'New York (AFP) –'), place: spanOf(text, 'New York') });
  });

  it('analyze(): the dateline is a sentence of its own, so the body sentence starts after it', () => {
    const text = 'Rates Held\n\nWASHINGTON (Reuters) - The central bank held rates on Thursday.';
    const { sentences } = analyze(text);
    expect(sentences.map((s) => [s.part, text.slice(s.start, s.end)])).toEqual([
      ['title', 'Rates Held'],
      ['dateline', 'WASHINGTON (Reuters) -'],
      ['body', 'The central bank held rates on Thursday.'],
    ]);
  });
});
