/** A stretch of the original text. `text === original.slice(start, end)`. */
interface Span {
    start: number;
    end: number;
    text: string;
}

/**
 * The document: it owns the original text and every layer the stages add. Everything
 * that points into the text is a pair of UTF-16 offsets into the ORIGINAL string, so
 * `text.slice(start, end)` always gives back what a finding talks about.
 */

/** What kind of token wink-nlp saw, folded into a small stable set. */
type TokenKind = 'word' | 'number' | 'ordinal' | 'time' | 'currency' | 'symbol' | 'punctuation' | 'emoji' | 'emoticon' | 'url' | 'email' | 'mention' | 'hashtag' | 'other';

interface Token {
    text: string;
    start: number;
    end: number;
    kind: TokenKind;
    /** Universal POS tag from wink-nlp (NOUN, VERB, PROPN, …). */
    pos: string;
    /** Lower-case dictionary form, for words only. */
    lemma?: string;
    /** Index into the document's sentences. */
    sentence: number;
}
/**
 * Which part of the article a unit of text is. Boilerplate is kept (so tokens cover the
 * whole text) but every analysis after the structure stage skips it.
 */
type Part = 'kicker' | 'title' | 'subtitle' | 'byline' | 'dateline' | 'heading' | 'body' | 'boilerplate';
interface Sentence$1 extends Span {
    index: number;
    part: Part;
    /** Index into `structure.sections`, or null outside any section (title, boilerplate…). */
    section: number | null;
    /** Tokens `tokenStart` (inclusive) to `tokenEnd` (exclusive) of the document. */
    tokenStart: number;
    tokenEnd: number;
}
interface Section {
    /** Heading of the section; the lead section before the first heading has none. */
    heading?: Span;
    start: number;
    end: number;
    paragraphs: Span[];
}
/** Where a story was filed from: "WASHINGTON (Reuters) -", "(CNN)", "LONDON, Jan 5 -". */
interface Dateline extends Span {
    /** The place in capitals ("WASHINGTON"); absent when only a wire credit opens the story. */
    place?: Span;
}
interface ArticleStructure {
    /** An ALL-CAPS label above the headline ("EXCLUSIVE", "WORLD NEWS"). */
    kicker?: Span;
    title?: Span;
    /** The dek or standfirst under the title. */
    subtitle?: Span;
    byline?: Span;
    /** "WASHINGTON (Reuters) -" at the head of the first paragraph, outside that paragraph. */
    dateline?: Dateline;
    sections: Section[];
    /** Related-link prompts, ads, share prompts, photo credits: never analysed. */
    boilerplate: Span[];
}
/** OntoNotes entity types, as spaCy users know them, plus wink-nlp's numeric and temporal types. */
type EntityType = 'PERSON' | 'NORP' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'EVENT' | 'LAW' | 'PRODUCT' | 'WORK_OF_ART' | 'LANGUAGE' | 'DATE' | 'TIME' | 'DURATION' | 'MONEY' | 'PERCENT' | 'CARDINAL' | 'ORDINAL';
/** A US party as party-state tags write it: Democrat, Republican, Independent. */
type Party = 'D' | 'R' | 'I';
interface Mention extends Span {
    /** Index into the document's sentences. */
    sentence: number;
    /** Index into `structure.sections`, or null in the title, subtitle and other front matter. */
    section: number | null;
    /** A title or office written before a person's name ("President", "PM"), kept out of the span. */
    role?: string;
    /** A US party tag after a person's name ("Ted Cruz, R-Texas"): D, R or I, kept out of the span. */
    party?: Party;
    /** The state of that tag as its USPS code ("R-Texas" → "TX", "D-N.Y." → "NY"). */
    state?: string;
    /** The mention is in boilerplate (a related-link line): listed, but not counted in `count` or `salience`. */
    boilerplate?: true;
}
interface Entity$1 {
    /** Stable within one analysis: the type and the canonical name, slugged. */
    id: string;
    /** The longest, most complete form the article uses. */
    name: string;
    type: EntityType;
    mentions: Mention[];
    /** Every distinct surface form, canonical name first. */
    aliases: string[];
    /** Mentions in the article itself (boilerplate mentions not counted). */
    count: number;
    /** 0..1: how central the entity is to the article (see docs/ENTITIES.md). */
    salience: number;
    firstMention: Span;
    /** A person's party, where the party-state tags of its mentions agree on one. */
    party?: Party;
    /** A person's state (USPS code), where the party-state tags of its mentions agree on one. */
    state?: string;
}

/**
 * Every word list and rule list newslens ships is a JSON data file with its provenance, in
 * the manner of retext-equality's YAML: the source travels with the data to run time, and
 * `analysis.meta.lexicons` lists each one an analysis used.
 */
interface LexiconInfo {
    id: string;
    version: string;
    source: string;
    licence: string;
}

/** `direct`: in quotation marks; `indirect`: reported speech or thought; `mixed`: reported speech with a quoted stretch. */
type QuoteKind = 'direct' | 'indirect' | 'mixed';
/** Who the source is: a named person or organisation, an unnamed one ("a source", "officials"), a document ("the report"), or not known. */
type SpeakerType = 'person' | 'organization' | 'anonymous' | 'document' | 'unknown';
/** The reporting verb or phrase ("said", "according to", "slammed", a headline's colon). */
interface QuoteCue extends Span {
    /** The cue as the reporting-cue list has it ("say", "according to", ":"). */
    lemma: string;
    /** A loaded reporting verb ("admitted", "slammed", listed in bias-reporting.json); "said" is not. */
    loaded: boolean;
}
/** An attribution: who said or thought what (the words, their source and the cue joining them). */
interface Quote extends Span {
    /** `q1`, `q2`, … in text order. */
    id: string;
    kind: QuoteKind;
    /** What was said, in text order: more than one span when the attribution splits it (`"We will win," he said, "and soon."`). Quotation marks are outside. */
    content: Span[];
    /** Null for a quotation nothing attributes. */
    cue: QuoteCue | null;
    /** The words naming the speaker ("he", "a White House official", "the report"), or null. */
    source: Span | null;
    /** The id of the entity the source names or refers to (`PERSON:donald-trump`), or null. */
    speaker: string | null;
    speakerType: SpeakerType;
}

/**
 * Whose words a finding is in: the writer's own (`writer`), or words the article reports someone
 * saying (`quoted`: inside a quote's content, direct or indirect). docs/QUOTES.md.
 */
type Voice = 'writer' | 'quoted';
/** A span of the text and whose voice it is in: a finding's start decides. */
interface VoicedSpan extends Span {
    voice: Voice;
    /** The id of the quote (`q3`) whose content holds the start; absent in the writer's voice. */
    quote?: string;
}
/**
 * What every finding shares, after retext's messages: the words (`start`, `end`, `text`), whose
 * voice they are in, what kind of finding it is, why it counts, and the word list that says so
 * (its full provenance is in `analysis.meta.lexicons` under the same id). Bias markers and frame
 * cues extend it; sentiment evidence is a `VoicedSpan` whose `scorer` names its list.
 */
interface Finding extends VoicedSpan {
    category: string;
    explanation: string;
    lexicon: {
        id: string;
        source: string;
    };
}

/** One speaker of the article's quotes: a resolved entity, or an unresolved source (`a senior official`). */
interface QuotedSpeaker {
    /** The entity's id, or null for a source no entity resolves. */
    speaker: string | null;
    /** The entity's name, or the source as the text first writes it. */
    name: string;
    type: SpeakerType;
    /** How many quotes are theirs. */
    quotes: number;
    /** The words of those quotes. */
    words: number;
    /** `words` as a share of all quoted words. */
    share: number;
}
/** Who the article lets speak, and how much (docs/QUOTES.md: the source-diversity measures). */
interface ArticleVoices {
    /** Words outside boilerplate. */
    words: number;
    /** Words inside quotes' content. */
    quotedWords: number;
    /** `quotedWords / words`. */
    quotedShare: number;
    /** The share of quoted words whose source is anonymous ("officials said"). */
    anonymousShare: number;
    /** The share of quoted words by the type of their source; a quote without a source is `unknown`. */
    shares: Record<SpeakerType, number>;
    /** Speakers ranked by quoted words; quotes without a source are in no row. */
    speakers: QuotedSpeaker[];
}

type PartName = 'title' | 'subtitle' | 'heading' | 'body';

/** The word lists newslens scores with, each kept apart so every score says which list moved it. */
type ScorerId = 'afinn' | 'vader' | 'wink' | 'news';

type SentimentLabel = 'negative' | 'neutral' | 'positive';
/**
 * A word or phrase that moved a score: whose voice it is in, which list scored it (its
 * `scorer`, the finding's list), and how much after the shifters.
 */
interface SentimentEvidence extends VoicedSpan {
    /** The valence after negation, intensifiers and contrast, on the scorer's own scale. */
    weight: number;
    scorer: ScorerId;
    /** A negator reached the word, so its valence was turned round. */
    negated: boolean;
}
interface SentimentScore {
    /** -1 (most negative) .. 1 (most positive); see docs/SENTIMENT.md. */
    score: number;
    label: SentimentLabel;
    /** Each list's own reading of the same text, -1..1. */
    scorers: Record<ScorerId, number>;
    evidence: SentimentEvidence[];
}
/** The tone of one voice's words (docs/SENTIMENT.md): their mean score, its label, and how many words were read. */
interface VoiceTone {
    score: number;
    label: SentimentLabel;
    words: number;
}
/** The tone of the writer's words and of quoted words; null for a voice with no words there. */
interface VoiceTones {
    writer: VoiceTone | null;
    quoted: VoiceTone | null;
}

/** The kinds of wording that slant a news text (docs/BIAS.md defines each, with its reference). */
type BiasCategory = 'epistemological' | 'reporting' | 'vague_attribution' | 'loaded_label' | 'evaluative' | 'booster' | 'speculation' | 'agentless_passive' | 'scare_quotes' | 'informal';
/** One wording choice in the text, retext-style: where, in whose voice, what, why, and which list says so. */
interface BiasMarker extends Finding {
    category: BiasCategory;
    /** The finer kind within the category ("factive", "attack_verb", "government_label" …). */
    type: string;
    /** A loaded label the text attributes to someone ("is listed as a terrorist organization"). */
    attributed?: true;
    /** A negator stands just before it ("not a thug"); the marker still applies. */
    negated?: true;
}
interface SentenceBias extends Span {
    /** Index into `analysis.sentences`. */
    sentence: number;
    /** 0..1: how likely the sentence reads as biased (docs/BIAS.md). */
    score: number;
    markers: BiasMarker[];
}
/** The markers and score of one voice's words (docs/BIAS.md). */
interface VoiceBias {
    /** Word tokens in this voice. */
    words: number;
    /** 0..1: the mean score of the sentences' stretches in this voice, each weighted by its share of its sentence's words; 0 without words. */
    score: number;
    /** How many markers are in this voice. */
    markers: number;
    counts: Record<BiasCategory, number>;
    /** Markers per 100 words of this voice, per category. */
    rates: Record<BiasCategory, number>;
    /**
     * Distinct lexical terms (the lemmas of evaluative, loaded-label, reporting-verb,
     * epistemological but hedge and plain implicative, informal, booster, scare-quote and
     * vague-attribution markers, each counted once, none negated) per 100 words of this
     * voice's wording. A source's wording is a stretch of more than three words inside a quote's
     * quotation marks; the writer's is every other word: narration, reported speech the writer
     * paraphrases, and quoted fragments of one to three words the writer sets in a sentence. For
     * the writer, this is the article's lexical bias (docs/BIAS.md).
     */
    lexical: number;
}
interface BiasReport {
    /** 0..1: the mean of the sentences' scores. */
    score: number;
    markers: BiasMarker[];
    /** Markers per category. */
    counts: Record<BiasCategory, number>;
    /** Markers per 100 words, per category. */
    rates: Record<BiasCategory, number>;
    /** The same measures in the writer's own words and in quoted words: `voices.writer` is the writer's slant (docs/BIAS.md). */
    voices: {
        writer: VoiceBias;
        quoted: VoiceBias;
    };
    sentences: SentenceBias[];
}

/** A part of the article (title, subtitle, a heading, a section's body) with its own report. */
interface PartBias {
    part: PartName;
    section: number | null;
    start: number;
    end: number;
    text: string;
    score: number;
    counts: Record<BiasCategory, number>;
    rates: Record<BiasCategory, number>;
}
interface ArticleBias extends BiasReport {
    parts: PartBias[];
}

/** The two coding schemes (docs/FRAMING.md): Semetko & Valkenburg's generic news frames and the Policy Frames Codebook. */
type FrameScheme = 'generic' | 'policy';
type GenericFrame = 'conflict' | 'human_interest' | 'economic_consequences' | 'morality' | 'responsibility';
type PolicyFrame = 'economic' | 'capacity_and_resources' | 'morality' | 'fairness_and_equality' | 'legality_constitutionality_and_jurisprudence' | 'policy_prescription_and_evaluation' | 'crime_and_punishment' | 'security_and_defense' | 'health_and_safety' | 'quality_of_life' | 'cultural_identity' | 'public_opinion' | 'political' | 'external_regulation_and_reputation' | 'other';
/** One cue in the text, retext-style: where, in whose voice, which frame (and questionnaire item) it supports, why, and which list says so. */
interface FrameCue extends Finding {
    category: 'frame';
    scheme: string;
    frame: string;
    /** The generic scheme's questionnaire item the cue answers ("reproach", "solution" …). */
    item?: string;
}
interface FrameScore<Frame extends string = string> {
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
interface Framing {
    generic: FrameScore<GenericFrame>[];
    policy: FrameScore<PolicyFrame>[];
    /** Frames of user dictionaries that are not frames of either scheme, scored by cue density. */
    custom: FrameScore[];
}
interface SectionFraming extends Framing, Span {
    /** Index into `structure.sections`. */
    section: number;
    heading: string | null;
}
interface FramingReport extends Framing {
    sections: SectionFraming[];
}

/** The sentiment of one part of the article: the title, the subtitle, a heading, or a section's body. */
interface PartSentiment extends Span {
    part: 'title' | 'subtitle' | 'heading' | 'body';
    /** Index into `structure.sections` for a heading or a section body; null for the title and subtitle. */
    section: number | null;
    sentiment: SentimentScore;
    /** The part's tone in the writer's words and in quoted words. */
    voices: VoiceTones;
}
interface ArticleSentiment {
    /**
     * Title, subtitle, headings and body; boilerplate, kicker, byline and dateline left out. Its
     * `score`, as every part's, is the net tone: the share of sentences labelled positive less
     * the share labelled negative (docs/SENTIMENT.md).
     */
    article: SentimentScore;
    headline: SentimentScore | null;
    body: SentimentScore | null;
    /** `headline.score - body.score`: below 0 the headline is harsher than the body. */
    headlineVsBody: number | null;
    /** The article's tone (the same parts as `article`) in the writer's words and in quoted words. */
    voices: VoiceTones;
    parts: PartSentiment[];
}
/** How the article speaks of an entity, over its mentions outside boilerplate. */
interface EntitySentiment extends SentimentScore {
    /**
     * How sure the tone is, 0..1: the label's mean probability over the mentions with evidence,
     * times their share of the mentions read; 0 when no mention has evidence (the tone is then
     * neutral at 0).
     */
    confidence: number;
    /** How many mentions were read: names and pronouns. */
    mentions: number;
    /** The pronouns read as mentions of a person (he, his, herself …), each with its sentence; names are the entity's `mentions`. */
    coreferences: Coreference[];
}
/** A pronoun that refers to a named person, with the index of its sentence. */
interface Coreference extends Span {
    sentence: number;
}

/** The option of every function that reads a text. */
interface TextOptions {
    /**
     * The longest text read, in UTF-16 code units (`text.length`). A longer text throws a
     * RangeError that names this option, before any work is done. Time and memory grow linearly
     * with the length, so a larger limit only asks for more of both: raise it, or pass
     * `Infinity`, to read longer texts. Default 1,000,000 (as spaCy's `nlp.max_length`): about
     * 170,000 words, ten times the longest news feature, read by `analyze()` in about 4 s.
     */
    maxLength?: number;
}
interface AnalyzeOptions extends TextOptions {
    /** Include every token (with offsets, POS and lemma) in the analysis. Default false. */
    includeTokens?: boolean;
    /**
     * Analyses to leave out, for speed when a pipeline needs only some layers: `sentiment`
     * (sentences, parts, entities), `bias`, `framing`. A skipped analysis is absent from the result.
     * Default none.
     */
    skip?: SkippableStage[];
}
/** The options that shape an analysis: all but `maxLength`, with their defaults. */
type AnalysisOptions = Required<Omit<AnalyzeOptions, keyof TextOptions>>;
/** The analyses `analyze()` can leave out. */
type SkippableStage = 'sentiment' | 'bias' | 'framing';
/** A statistical model newslens ran, with the same provenance fields as a word list. */
type ModelInfo = LexiconInfo;
interface AnalysisMeta {
    library: 'newslens';
    version: string;
    /** The options after defaults were applied, but for `maxLength`, which changes no result. */
    options: AnalysisOptions;
    /** Stage names in the order they ran. */
    stages: string[];
    lexicons: LexiconInfo[];
    models: ModelInfo[];
}
interface ArticleStats {
    /** Length of the input in UTF-16 code units (the unit of every offset). */
    characters: number;
    /** Word tokens outside boilerplate (numbers and ordinals not counted): the count every rate per 100 words divides by. */
    words: number;
    /** Sentences outside boilerplate. */
    sentences: number;
    paragraphs: number;
    sections: number;
    boilerplate: number;
}
/** A sentence of the analysis: the document's sentence and, outside boilerplate, its sentiment. */
interface Sentence extends Sentence$1 {
    /** Set on every sentence outside boilerplate unless sentiment was skipped. */
    sentiment?: SentimentScore;
}
/** How an entity is spoken of in each voice, and how much it speaks (docs/QUOTES.md). */
interface EntityVoices {
    /** The tone toward it in the writer's words; null when no mention there was read (or sentiment was skipped). */
    writer: VoiceTone | null;
    /** The tone toward it in quoted words; null likewise. */
    quoted: VoiceTone | null;
    /** How many quotes it is the speaker of. */
    quotes: number;
    /** The words of those quotes. */
    quotedWords: number;
}
/** An entity of the analysis: the document's entity and how the article speaks of it. */
interface Entity extends Entity$1 {
    /** Set on named entities with a mention read for sentiment, unless sentiment was skipped. */
    sentiment?: EntitySentiment;
    /** Set on every named entity. */
    voices?: EntityVoices;
}
/** Everything newslens found in one article: plain data, JSON-serialisable, deterministic. */
interface ArticleAnalysis {
    meta: AnalysisMeta;
    stats: ArticleStats;
    structure: ArticleStructure;
    /** Every sentence in text order, boilerplate included and marked `part: 'boilerplate'`. */
    sentences: Sentence[];
    /** Named entities, most salient first. */
    entities: Entity[];
    /** Who said or thought what: direct, indirect and mixed attributions in text order, each with its content, cue, source and speaker (see docs/QUOTES.md). */
    quotes: Quote[];
    /** Who speaks and how much: quoted words by speaker and by type of source, the quoted and anonymous shares (see docs/QUOTES.md). */
    voices: ArticleVoices;
    /** Sentiment of the article, its headline against its body, and each part (see docs/SENTIMENT.md); absent when skipped. */
    sentiment?: ArticleSentiment;
    /** Media-bias markers, with a score per sentence, per part and for the article (see docs/BIAS.md); absent when skipped. */
    bias?: ArticleBias;
    /** Generic news frames and Policy Frames Codebook frames of the article and each section, with their cues (see docs/FRAMING.md); absent when skipped. */
    framing?: FramingReport;
    tokens?: Token[];
}

/** A user's frame dictionary as JSON: cue patterns in the built-in lexicons' syntax (docs/FRAMING.md). */
interface FrameDictionary {
    id: string;
    version?: string;
    source?: string;
    licence?: string;
    /** Cue patterns; or, instead, `dic`: the text of a LIWC-style `.dic` file. */
    entries?: {
        match: string;
        frame: string;
        item?: string;
        why?: string;
        scheme?: 'generic' | 'policy' | 'custom';
    }[];
    dic?: string;
}
/** A dictionary as an object, or the bare text of a LIWC-style `.dic` file. */
type DictionaryInput = FrameDictionary | string;

/** A bias marker whose `lexicon` is the id of its list in `meta.lexicons`. */
type CompactBiasMarker = Omit<BiasMarker, 'lexicon'> & {
    lexicon: string;
};
/** A frame cue whose `lexicon` is the id of its list in `meta.lexicons`. */
type CompactFrameCue = Omit<FrameCue, 'lexicon'> & {
    lexicon: string;
};
/** An article-level frame: its cues in full, each naming its list by id. */
type CompactFrameScore<Frame extends string = string> = Omit<FrameScore<Frame>, 'evidence'> & {
    evidence: CompactFrameCue[];
};
/** A section's frame: `evidence` holds indices into the `evidence` of the article's frame of the same scheme and name. */
type CompactSectionFrameScore<Frame extends string = string> = Omit<FrameScore<Frame>, 'evidence'> & {
    evidence: number[];
};
type CompactSectionFraming = Omit<SectionFraming, 'generic' | 'policy' | 'custom'> & {
    generic: CompactSectionFrameScore<GenericFrame>[];
    policy: CompactSectionFrameScore<PolicyFrame>[];
    custom: CompactSectionFrameScore[];
};
interface CompactFraming {
    generic: CompactFrameScore<GenericFrame>[];
    policy: CompactFrameScore<PolicyFrame>[];
    custom: CompactFrameScore[];
    sections: CompactSectionFraming[];
}
type CompactBias = Omit<ArticleBias, 'markers' | 'sentences'> & {
    markers: CompactBiasMarker[];
    /** Each sentence's `markers` are indices into `bias.markers`. */
    sentences: (Omit<SentenceBias, 'markers'> & {
        markers: number[];
    })[];
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
type CompactAnalysis = Omit<ArticleAnalysis, 'meta' | 'bias' | 'framing'> & {
    meta: AnalysisMeta & {
        form: 'compact';
    };
    bias?: CompactBias;
    framing?: CompactFraming;
};
/**
 * The analysis in compact form. Throws a TypeError when a finding cites a list that
 * `meta.lexicons` does not hold with the same source, or a sentence or section lists a finding
 * the article's list lacks, rather than write a form that loses something.
 */
declare function compactAnalysis(analysis: ArticleAnalysis): CompactAnalysis;
/** The full analysis a compact one was made from, equal to it field for field (and as JSON). */
declare function expandAnalysis(compact: CompactAnalysis): ArticleAnalysis;

/**
 * A table as columns: arrays of equal length, entry i of each belonging to row i. Lists that
 * grow with the text are written so in the lean form, which names each field once instead of
 * once a row; `pandas.DataFrame(columns)` and R's `as.data.frame(columns)` read them as tables.
 */
type Columns<Row> = {
    [Field in keyof Row]: Row[Field][];
};
/** A score and its label. */
interface LeanScore {
    score: number;
    label: SentimentLabel;
}
/** Offsets only: the text is the input's `slice(start, end)`. */
interface LeanSpan {
    start: number;
    end: number;
}
interface LeanStructure {
    kicker?: Span;
    title?: Span;
    subtitle?: Span;
    byline?: Span;
    /** The dateline's text, and its place as offsets only. */
    dateline?: Span & {
        place?: LeanSpan;
    };
    sections: {
        heading?: Span;
        start: number;
        end: number;
        paragraphs: LeanSpan[];
    }[];
    boilerplate: LeanSpan[];
}
/** Row i is sentence i. `sentiment`, `label` and `bias` are there when their stage ran, null for boilerplate. */
type LeanSentences = Columns<LeanSpan & {
    part: Part;
    section: number | null;
}> & {
    sentiment?: (number | null)[];
    label?: (SentimentLabel | null)[];
    bias?: (number | null)[];
};
/**
 * The named entities as columns. `tone`, `label` and `mentions` are `Entity.sentiment`'s score,
 * label and `mentions` read (as `mentionsRead`; null where none was read), present unless sentiment was skipped;
 * `writer` and `quoted` are the scores of `Entity.voices`' tones (null where no mention in that
 * voice was read), with `quotes` and `quotedWords` as there.
 */
type LeanEntities = Columns<{
    id: string;
    name: string;
    type: EntityType;
    count: number;
    salience: number;
}> & Partial<Columns<{
    tone: number | null;
    label: SentimentLabel | null;
    mentionsRead: number | null;
}>> & Partial<Columns<Record<Voice, number | null> & Omit<EntityVoices, Voice>>>;
interface LeanSentiment {
    article: LeanScore;
    headline: LeanScore | null;
    body: LeanScore | null;
    headlineVsBody: number | null;
    voices: VoiceTones;
    /** `writer` and `quoted` are the part's scores in each voice, null where it has no words in that voice. */
    parts: Columns<LeanSpan & LeanScore & {
        part: PartSentiment['part'];
        section: number | null;
        writer: number | null;
        quoted: number | null;
    }>;
}
interface LeanBias {
    score: number;
    counts: Record<BiasCategory, number>;
    rates: Record<BiasCategory, number>;
    voices: BiasReport['voices'];
    /** `sentence` indexes `sentences`; `lexicon` is the list's id; `attributed` and `negated` are false where the full form leaves them out. */
    markers: Columns<LeanSpan & Pick<BiasMarker, 'category' | 'type' | 'voice'> & {
        sentence: number;
        lexicon: string;
        attributed: boolean;
        negated: boolean;
    }>;
    parts: Columns<LeanSpan & Pick<PartBias, 'part' | 'section' | 'score'>>;
}
/** A frame of the article: its score and call; `cues` counts its evidence. */
interface LeanFrameScore<Frame extends string = string> {
    frame: Frame;
    score: number;
    present: boolean;
    cues: number;
}
interface LeanFraming {
    generic: LeanFrameScore<GenericFrame>[];
    policy: LeanFrameScore<PolicyFrame>[];
    custom: LeanFrameScore[];
    /**
     * Row s is section s of `framing.sections` in the full form. `generic[s][k]` is the section's
     * score for the frame `framing.generic[k].frame`, and so for `policy` and `custom`; `present[s]`
     * names the frames present in it, as `scheme:frame`.
     */
    sections: Columns<LeanSpan & {
        section: number;
        heading: string | null;
        generic: number[];
        policy: number[];
        custom: number[];
        present: string[];
    }>;
}
/**
 * The analysis reduced to scores, labels, counts, rates and offsets, for corpus statistics
 * (a tenth to a twentieth of the full form). No text of the article but its titles and headings, no
 * evidence, no explanations, no tokens; findings keep their ids, categories and types.
 * - `meta`: `library`, `version`, `form: 'lean'`, `options`, `stages`; the version fixes every
 *   list and model behind the analysis, which the full and compact forms' `meta` describe;
 * - `stats`: as in the full form;
 * - `structure`: kicker, title, subtitle, byline, dateline and section headings as `{ start, end, text }`;
 *   sections as `{ heading?, start, end, paragraphs }`, paragraphs and boilerplate as `{ start, end }`;
 * - `sentences`: columns `start`, `end`, `part`, `section`, `sentiment` (the score), `label`, `bias` (the score);
 * - `entities`: the named entities (`isNamedEntity`), most salient first, as columns `id`, `name`,
 *   `type`, `count`, `salience`, `tone`, `label`, `mentionsRead` (the entity's sentiment), `writer`,
 *   `quoted` (the scores of the tone in each voice), `quotes`, `quotedWords`;
 * - `voices`: as in the full form;
 * - `sentiment`: `article`, `headline` and `body` as `{ score, label }`, `headlineVsBody`, `voices`
 *   as in the full form, and `parts`: columns `part`, `section`, `start`, `end`, `score`, `label`,
 *   `writer`, `quoted` (the part's score in each voice);
 * - `bias`: `score`, `counts`, `rates` and `voices` as in the full form; `markers`: columns `start`, `end`,
 *   `sentence`, `category`, `type`, `voice`, `lexicon`, `attributed`, `negated`; `parts`: columns `part`,
 *   `section`, `start`, `end`, `score`;
 * - `framing`: the article's frames as `{ frame, score, present, cues }`; `sections`: columns
 *   `section`, `heading`, `start`, `end`, `generic`, `policy`, `custom` (each section's scores of
 *   the article's frames, in their order) and `present`.
 * Where the full form has them, the fields `newslens compare` reads are at the same places.
 */
interface LeanAnalysis {
    meta: Pick<AnalysisMeta, 'library' | 'version' | 'options' | 'stages'> & {
        form: 'lean';
    };
    stats: ArticleStats;
    structure: LeanStructure;
    sentences: LeanSentences;
    entities: LeanEntities;
    voices: ArticleVoices;
    sentiment?: LeanSentiment;
    bias?: LeanBias;
    framing?: LeanFraming;
}
/** The analysis in lean form. */
declare function leanAnalysis(analysis: ArticleAnalysis): LeanAnalysis;

/**
 * Two smaller forms of an `ArticleAnalysis`, for corpora and terminals, as pure functions of the
 * full one (which `analyze()` returns unchanged). docs/CLI.md, Output forms, has their sizes;
 * compact.ts and lean.ts say what each keeps.
 *
 * - compact: the same findings without repetition. A bias marker or frame cue names its word
 *   list by id, whose provenance `meta.lexicons` holds once; a sentence's bias markers and a
 *   section's frame cues are indices into the article's lists. Everything else is where the
 *   full form has it, and `expandAnalysis()` gives the full form back, equal as JSON.
 * - lean: scores, labels, counts, rates and offsets, for corpus statistics: no text of the
 *   article but titles and headings, no evidence and no explanations; findings keep their ids,
 *   categories and types, so they can be looked up. The article-level fields (`stats`, the
 *   article's scores, counts and rates, its entities and frames) are where the full form has
 *   them, so code that reads those, like `newslens compare`, reads every form.
 */

/** The three forms an analysis is written in: `analyze()`'s own, compact and lean. */
type AnalysisForm = 'full' | 'compact' | 'lean';
/** The analysis in the given form: the full one as it is, or compact, or lean. */
declare function analysisInForm(analysis: ArticleAnalysis, form: AnalysisForm): ArticleAnalysis | CompactAnalysis | LeanAnalysis;

/** The library's version, as `analysis.meta.version` reports it. */
declare const version: string;
/** Reads an article: its structure, sentences, entities and (on request) tokens, with exact offsets. */
declare function analyze(text: string, options?: AnalyzeOptions): ArticleAnalysis;
/** Tokens of the whole text (boilerplate included), each with UTF-16 offsets into `text`. */
declare function tokenize(text: string, options?: TextOptions): Token[];
/** The parts of an article: title, subtitle, sections with paragraphs, boilerplate. */
declare function segment(text: string, options?: TextOptions): ArticleStructure;
/** People, organisations, places, groups and other named things, one entity per referent. */
declare function extractEntities(text: string, options?: TextOptions): Entity[];
/**
 * Who said or thought what: every quotation and reported speech or thought, in text order,
 * with its content, reporting cue (neutral or loaded), source and the entity that source names.
 */
declare function extractQuotes(text: string, options?: TextOptions): Quote[];
/**
 * The sentiment of a text (a sentence, a headline, a whole article): a score in -1..1, its
 * label, each lexicon's own reading and every word that moved it, with offsets and voice (it
 * reads the text's quotes, and so its entities, first).
 */
declare function scoreSentiment(text: string, options?: TextOptions): SentimentScore;
/**
 * The sentiment expressed toward the span `target` of `text` (a person, a party, a country),
 * read in the target's clause rather than the whole sentence.
 */
declare function scoreTargetSentiment(text: string, target: {
    start: number;
    end: number;
}, options?: TextOptions): SentimentScore;
/**
 * The wording choices that slant a text, each pointing at its words and saying why, with a
 * 0..1 score per sentence and overall, and markers counted and per 100 words by category,
 * in all and in the writer's and quoted voices (it reads the text's quotes, and so its entities, first).
 */
declare function detectBias(text: string, options?: TextOptions): BiasReport;
/**
 * The article's generic news frames (Semetko & Valkenburg 2000) and Policy Frames Codebook
 * frames (Boydstun et al. 2014), each with a 0..1 score, `present` from 0.5, and the cues in
 * the text behind it; the same for each section. `dictionaries` adds a user's cues: objects in
 * the built-in lexicons' shape, or the text of LIWC-style `.dic` files (docs/FRAMING.md).
 */
declare function detectFrames(text: string, options?: {
    dictionaries?: DictionaryInput[];
} & TextOptions): FramingReport;
/** True for a named entity (a person, organisation, place, group …); false for the dates, times, amounts and numbers wink-nlp finds. */
declare function isNamedEntity(entity: Pick<Entity, 'type'>): boolean;

export { type AnalysisForm, type AnalysisMeta, type AnalysisOptions, type AnalyzeOptions, type ArticleAnalysis, type ArticleBias, type ArticleSentiment, type ArticleStats, type ArticleStructure, type ArticleVoices, type BiasCategory, type BiasMarker, type BiasReport, type Columns, type CompactAnalysis, type CompactBias, type CompactBiasMarker, type CompactFrameCue, type CompactFrameScore, type CompactFraming, type CompactSectionFrameScore, type CompactSectionFraming, type Coreference, type Dateline, type DictionaryInput, type Entity, type EntitySentiment, type EntityType, type EntityVoices, type Finding, type FrameCue, type FrameDictionary, type FrameScheme, type FrameScore, type Framing, type FramingReport, type GenericFrame, type LeanAnalysis, type LeanBias, type LeanEntities, type LeanFrameScore, type LeanFraming, type LeanScore, type LeanSentences, type LeanSentiment, type LeanSpan, type LeanStructure, type LexiconInfo, type Mention, type ModelInfo, type Part, type PartBias, type PartSentiment, type Party, type PolicyFrame, type Quote, type QuoteCue, type QuoteKind, type QuotedSpeaker, type ScorerId, type Section, type SectionFraming, type Sentence, type SentenceBias, type SentimentEvidence, type SentimentLabel, type SentimentScore, type SkippableStage, type Span, type SpeakerType, type TextOptions, type Token, type TokenKind, type Voice, type VoiceBias, type VoiceTone, type VoiceTones, type VoicedSpan, analysisInForm, analyze, compactAnalysis, detectBias, detectFrames, expandAnalysis, extractEntities, extractQuotes, isNamedEntity, leanAnalysis, scoreSentiment, scoreTargetSentiment, segment, tokenize, version };
