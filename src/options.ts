/**
 * Options and named thresholds. Every tunable number lives here with its reason; the CLI and a
 * config file can override the user-facing ones. Stages receive options as a read-only value.
 */

export type InputFormat = 'auto' | 'html' | 'text';

/** User-facing options that change what a document produces. */
export interface CleanOptions {
  format: InputFormat;
  /** Add `removed` (label, rule, text of every dropped block) to each article. */
  explain: boolean;
  /** Refuse files larger than this without reading them whole. */
  maxBytes: number;
  /** Quality gate: fewer body words than this fails the document (0 = off). */
  minWords: number;
  /** Quality gate: these fields must be non-empty. */
  require: readonly RequirableField[];
}

export const REQUIRABLE_FIELDS = ['headline', 'dek', 'byline', 'authors', 'publisher', 'section', 'published', 'summary', 'body', 'images', 'lang'] as const;
export type RequirableField = (typeof REQUIRABLE_FIELDS)[number];

export const DEFAULT_OPTIONS: CleanOptions = {
  format: 'auto',
  explain: false,
  maxBytes: 50 * 1024 * 1024, // 50 MB: bigger than any real article page, small enough to never exhaust memory
  minWords: 0,
  require: [],
};

/** Internal thresholds. Changing one changes scores: run `npm run eval` before and after. */
export const THRESHOLDS = {
  /** A text dump whose longest line is at most this wide, and mostly filled, is hard-wrapped. */
  maxWrapWidth: 100,
  /** …and at least this wide: a list of short lines ("Item 1", "Item 2") is not a wrapped text. */
  minWrapWidth: 40,
  /** A wrapped line continues when it plus the next word would pass the width less this slack (wrappers keep a margin). */
  wrapSlack: 4,
  /** Share of non-blank lines that must come close to the wrap width to call a dump hard-wrapped. */
  wrappedLineShare: 0.05,
  /** Lines at least this share of the wrap width count as "filled" when detecting wrapping. */
  filledLineRatio: 0.85,
  /** A block needs this many words to count as sentence-like prose on its own. */
  proseMinWords: 12,
  /** Body probability above which a block is body. */
  bodyThreshold: 0.5,
  /** Body grows from body blocks into adjacent blocks scoring at least this (hysteresis). */
  bodyGrowThreshold: 0.35,
  /** …and have at least this many words (menu items next to the body must not join it). */
  bodyGrowMinWords: 5,
  /** A comments heading after this many words of prose (or half of it) opens the comment section. */
  commentsAfterWords: 150,
  /** A list (after a colon, or of ingredients) needs this many items… */
  listMinItems: 3,
  /** …each at most this many words (an ingredient line: ingredientMaxWords). */
  listItemMaxWords: 25,
  ingredientMaxWords: 15,
  /** Teaser cards: a linked heading, then a description of at most this many words… */
  teaserCardMaxWords: 80,
  /** …this many times in a row, is a list of teasers, not the article. */
  teaserCardMinRun: 3,
  /** Short blocks inside the body region (sub-headings, one-line paragraphs) are kept above this probability. */
  bodyInsideThreshold: 0.2,
  /** HTML: a container whose words are at least this share body makes its plainer blocks body too. */
  bodyContainerShare: 0.5,
  /** Section names in a row above the headline that are a menu, not a breadcrumb printed one crumb per line. */
  menuMinSections: 3,
  /** A gallery slide counter ("3/12") followed by at least this many words carries its caption itself. */
  gallerySlideCaptionWords: 6,
  /** A section front: at least this many title-and-standfirst pairs… */
  sectionFrontMinTeasers: 4,
  /** …holding this share of the body's words, and no sentence-ended block longer than this: teasers, no article. */
  sectionFrontShare: 0.8,
  sectionFrontMaxDekWords: 30,
  /** A document whose body has fewer words than this, and no long paragraph, is not an article. */
  minArticleWords: 40,
  /** How many leading blocks can hold the headline and header furniture, before the body starts. */
  headerWindow: 60,
  /** A line broken off mid-sentence is at least this long (shorter lines are menu items). */
  brokenLineMinChars: 25,
  /** Body above the headline that is less than this share of the body is page furniture. */
  bodyAboveHeadlineShare: 0.4,
  /** A block repeated back to back with at least this many words is alt text plus caption. */
  duplicateCaptionMinWords: 12,
  /** How far above the main body run a bare name next to a date may stand. */
  bareNameBeforeBody: 15,
  /** A table of contents lists at least this many headings that follow it. */
  tocMinItems: 3,
  /** …and a block of at least this many words stands between two of its headings further down. */
  tocSectionWords: 15,
  /** Body blocks at most this many blocks apart belong to one run (mainRunStart). */
  bodyRunGap: 4,
  /** The best headline candidate needs at least this score (the ranking model's sigmoid) to be taken. */
  headlineMinScore: 0.01,
  /** Headline candidates may sit this many blocks past where the body seems to start (teasers and decks open some pages). */
  headlineAfterBodyStart: 12,
  /** A byline without "By" is looked for this many blocks after the headline, no further. */
  bareNameAfterHeadline: 3,
  /** A headline candidate has at most this many words. */
  headlineMaxWords: 30,
  /** The same limit for scripts without spaces, in characters. */
  headlineMaxCjkChars: 80,
  /** Binary sniffing: share of control characters above which a buffer is binary. */
  binaryControlShare: 0.1,
  /** HTML nested deeper than this is read as text (the parser is quadratic in depth; real pages stay under 100). */
  maxParseDepth: 2000,
  /** How many blocks above the body a title may sit when a winner below the body gives way to it. */
  titleAboveBodyWindow: 6,
  /** A text-dump block longer than this (a line of megabytes) gets a warning: no page has such a paragraph. */
  maxLineChars: 1_000_000,
  /** HTML deeper than this is flattened: deeper elements' text is still read, their structure ignored. */
  maxDomDepth: 400,
} as const;
