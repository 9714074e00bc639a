/**
 * Blocks: the plain data every input kind is segmented into. Classify and assemble only ever see
 * blocks, never HTML, so they can be tested with inline data and cannot mutate shared state.
 */

/** Every label a block can receive. Content labels first, then boilerplate kinds. */
export const CONTENT_LABELS = [
  'headline',
  'dek',
  'byline',
  'dateline',
  'publisher',
  'section',
  'summary',
  'body',
  'caption',
  'credit',
  'author-bio',
] as const;

export const BOILERPLATE_LABELS = [
  'related',
  'navigation',
  'promo',
  'share',
  'newsletter',
  'ad',
  'legal',
  'comments',
  'ui-label',
] as const;

export const LABELS = [...CONTENT_LABELS, ...BOILERPLATE_LABELS] as const;
export type Label = (typeof LABELS)[number];
export type BoilerplateLabel = (typeof BOILERPLATE_LABELS)[number];

/** DOM evidence for a block that came from HTML; absent for text dumps. */
export interface DomFeatures {
  /** Lower-case tag name of the element that produced the block (p, li, h2, figcaption, td, …). */
  tag: string;
  /** 1–6 for h1–h6 (or role=heading with aria-level), else 0. */
  headingLevel: number;
  /** class and id tokens of the element and its ancestors, lower-cased, split on [-_\s] as well as kept whole. */
  tokens: string[];
  /** Semantic ancestors: article, main, aside, nav, header, footer, figure, form, blockquote, comments. */
  ancestors: string[];
  /** Characters inside <a> divided by all characters of the block (0–1). */
  linkDensity: number;
  /** hidden, aria-hidden=true or display:none on the element or an ancestor. */
  hidden: boolean;
  /** Inside a ul/ol list item. */
  inList: boolean;
  /** Inside a table cell. */
  inTable: boolean;
  /** Index (in document order) of the nearest block-level container, used for container scores. */
  container: number;
  /** itemprop value of the element or its nearest ancestor that has one. */
  itemprop?: string;
}

/** One paragraph-like unit of the input. */
export interface Block {
  /** Position in the document, 0-based. */
  index: number;
  /** The text, whitespace-normalised, one paragraph (no internal blank lines). */
  text: string;
  /** How the segmenter saw it: a list item, a table row, a heading (HTML or obvious text heading), or a paragraph. */
  kind: 'paragraph' | 'list-item' | 'heading' | 'table-row' | 'preformatted';
  /** DOM evidence (HTML inputs only). */
  dom?: DomFeatures;
  /** Text dumps: the block was cut out of a line where inline elements were glued together (breadcrumbs). */
  glued?: boolean;
  /** HTML: a kicker (overline) that the page printed inside a heading, cut out of it. */
  kicker?: boolean;
}

/** A block with the label the classifier gave it and the rule or signal that decided it. */
export interface LabelledBlock extends Block {
  label: Label;
  rule: string;
  /** Body probability from the learned scorer, 0–1, when it ran. */
  score?: number;
}

/** Page metadata found in HTML (JSON-LD, OpenGraph, meta tags): evidence, not truth. */
export interface PageMeta {
  title?: string | undefined;
  /** `<title>` as written, before any site-suffix removal. */
  documentTitle?: string | undefined;
  h1?: string[] | undefined;
  authors?: string[] | undefined;
  published?: string | undefined;
  publisher?: string | undefined;
  section?: string[] | undefined;
  description?: string | undefined;
  lang?: string | undefined;
  url?: string | undefined;
  /** Where each field came from, for --explain (e.g. "title": "json-ld"). */
  sources: Record<string, string>;
}

/** What a segmenter returns. */
export interface Segmented {
  format: 'text' | 'html';
  blocks: Block[];
  meta: PageMeta;
  /** Problems met while segmenting, reported in the article's warnings. */
  warnings?: string[];
  /** Text-dump layout that was detected (innertext-like lines or hard-wrapped). */
  layout?: 'lines' | 'wrapped' | 'dom';
}
