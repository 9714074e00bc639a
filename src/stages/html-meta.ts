/**
 * Page metadata from a parsed HTML document: JSON-LD, OpenGraph, Twitter cards, meta tags,
 * microdata, `<time>`, `rel=author`, `<h1>` and `<title>`. The result is evidence for the
 * classify and assemble stages, never truth, so every source is recorded in `sources` and
 * malformed input yields missing fields rather than an exception.
 *
 * The document is walked once, iteratively (pages can nest 100,000 elements deep), collecting the
 * few elements that carry metadata; CSS selectors are not used because each one is another full
 * pass over the tree.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { PageMeta } from '../model/block.js';
import { decodeEntities } from '../text/entities.js';
import { wordCount } from '../text/normalize.js';
import { cleanSections } from '../text/sections.js';

// ---------------------------------------------------------------------------------------------
// Structural view of the domhandler tree that cheerio builds. Declared here (instead of importing
// domhandler, which is not a direct dependency) and shared with segment-html.
// ---------------------------------------------------------------------------------------------

/** The fields of a domhandler node that the HTML stages read. */
export interface HtmlNode {
  /** domhandler node type: 'root', 'tag', 'script', 'style', 'text', 'comment', 'directive', 'cdata'. */
  type: string;
  parent: HtmlNode | null;
  next: HtmlNode | null;
  /** Lower-case tag name (elements only). */
  name?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
  /** Text of text and comment nodes. */
  data?: string;
}

/** domhandler node types that are elements (script and style get their own type). */
const ELEMENT_TYPES: ReadonlySet<string> = new Set(['tag', 'script', 'style']);

/** True for element nodes of any domhandler element type. */
export function isElement(node: HtmlNode): boolean {
  return ELEMENT_TYPES.has(node.type);
}

/** The document node behind a loaded cheerio instance, as the structural type above. */
export function documentRoot($: CheerioAPI): HtmlNode | undefined {
  return $.root()[0] as unknown as HtmlNode | undefined;
}

/** Any run of white space, Unicode spaces (NBSP, thin space, ideographic space, BOM…) included. */
const WHITESPACE_RUN = /\s+/g;

/** Collapses white space (all Unicode spaces) to single spaces and trims: one line of text. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/** Bounds on the small subtree reads done for metadata, so a pathological page stays linear. */
const SUBTREE_LIMITS = {
  /** Nodes visited when reading the text of one element (an h1, a byline link). */
  maxNodes: 2000,
  /** Characters kept from one element's text: longer than any title or byline. */
  maxChars: 2000,
} as const;

/** Elements whose text is never metadata text (code, styling, drawings, form controls). */
const TEXTLESS_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'svg', 'noscript', 'select', 'textarea', 'button']);

/**
 * Text of an element's subtree, read iteratively with bounded work (cheerio's `.text()` recurses
 * and reads whole subtrees). White space is collapsed.
 */
export function subtreeText(element: HtmlNode, limits: { maxNodes: number; maxChars: number } = SUBTREE_LIMITS): string {
  let out = '';
  let visited = 0;
  let node: HtmlNode | null = element.children?.[0] ?? null;
  while (node !== null && visited < limits.maxNodes && out.length < limits.maxChars) {
    visited++;
    if (node.type === 'text') {
      out += node.data ?? '';
    } else if (node.type === 'tag' && !TEXTLESS_TAGS.has(node.name ?? '')) {
      if (node.name === 'br') out += ' ';
      const first = node.children?.[0];
      if (first !== undefined) {
        node = first;
        continue;
      }
    }
    node = nextInSubtree(node, element);
  }
  return collapseWhitespace(out.slice(0, limits.maxChars));
}

/** Next node in document order after `node`'s subtree, staying inside `top` (null when done). */
function nextInSubtree(node: HtmlNode, top: HtmlNode): HtmlNode | null {
  let current: HtmlNode | null = node;
  while (current !== null && current !== top) {
    if (current.next !== null) return current.next;
    current = current.parent;
  }
  return null;
}

/** First element with an `itemprop` token `prop` inside `element` (bounded search). */
function findItemprop(element: HtmlNode, prop: string): HtmlNode | undefined {
  let visited = 0;
  let node: HtmlNode | null = element.children?.[0] ?? null;
  while (node !== null && visited < SUBTREE_LIMITS.maxNodes) {
    visited++;
    if (node.type === 'tag') {
      const itemprop = node.attribs?.['itemprop'];
      if (itemprop !== undefined && hasToken(itemprop, prop)) return node;
      const first = node.children?.[0];
      if (first !== undefined) {
        node = first;
        continue;
      }
    }
    node = nextInSubtree(node, element);
  }
  return undefined;
}

/** Space-separated attribute value (rel, itemprop) contains `token`, case-insensitively. */
function hasToken(value: string, token: string): boolean {
  return value.toLowerCase().split(WHITESPACE_RUN).includes(token);
}

// ---------------------------------------------------------------------------------------------
// Rules as data
// ---------------------------------------------------------------------------------------------

/** Where a field came from; recorded in `PageMeta.sources` for --explain. */
type MetaSource = 'json-ld' | 'og' | 'twitter' | 'meta' | 'itemprop' | 'rel-author' | 'time' | 'title' | 'h1' | 'html' | 'canonical';

/** schema.org types whose node describes the article itself. */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  // The generic article family.
  'article', 'newsarticle', 'blogposting', 'socialmediaposting', 'liveblogposting',
  // News article subtypes publishers use for reports, analysis and opinion.
  'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'reviewnewsarticle',
  'backgroundnewsarticle', 'askpublicnewsarticle', 'satiricalarticle', 'advertisercontentarticle',
  // Non-news articles that still have a headline, an author and a date.
  'techarticle', 'scholarlyarticle', 'report', 'review',
]);

/** schema.org page types accepted only when they carry a `headline` (some sites put it there). */
const PAGE_TYPES: ReadonlySet<string> = new Set(['webpage', 'itempage', 'collectionpage', 'aboutpage', 'profilepage', 'qapage']);

/** Meta keys (name, property or itemprop, lower-cased) read per field, strongest first. */
const META_KEYS = {
  /** OpenGraph title, usually the clean headline. */
  ogTitle: ['og:title'],
  /** Twitter card title, the same headline when OpenGraph is absent. */
  twitterTitle: ['twitter:title'],
  /** OpenGraph site name: the publisher, and the suffix to strip from `<title>`. */
  siteName: ['og:site_name'],
  /** Article descriptions; the plain `description` meta is the weakest. */
  ogDescription: ['og:description'],
  metaDescription: ['description', 'twitter:description'],
  /** OpenGraph article dates. */
  ogPublished: ['article:published_time', 'og:published_time'],
  /** Plain meta dates: generic, Dublin Core, and the tags analytics and CMS vendors emit. */
  metaPublished: ['date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'sailthru.date', 'parsely-pub-date', 'article.published'],
  /** OpenGraph article authors (often profile URLs, which are dropped). */
  ogAuthors: ['article:author'],
  /** Author meta tags: generic, NYT-style byline, Dublin Core, Sailthru, Parse.ly and Cxense analytics; `property=author` shares the key. */
  metaAuthors: ['author', 'byl', 'sailthru.author', 'parsely-author', 'cxenseparse:author', 'dc.creator', 'dcterms.creator'],
  /** OpenGraph article section. */
  ogSection: ['article:section'],
  /** Canonical URL from OpenGraph when there is no `<link rel=canonical>`. */
  ogUrl: ['og:url'],
  /** OpenGraph locale (en_US), weaker than `<html lang>`. */
  ogLocale: ['og:locale'],
  /** HTTP-equivalent language header. */
  metaLang: ['content-language', 'language', 'dc.language'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Separators between a headline and a site name in `<title>`, e.g. "Headline | Site". A part is
 * only removed when it is the site's name, so separators that also occur in headlines are safe.
 */
const TITLE_SEPARATORS = [
  // Western sites.
  ' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » ', ' : ',
  // Japanese and Chinese sites use full-width bars, often without spaces.
  '｜', ' ｜ ',
] as const;

/** A host label shorter than this ("ft", "bt") is too ambiguous to match a title part by prefix or suffix. */
const MIN_HOST_LABEL = 3;

/** A bare domain as a title suffix ("example.com"): the site's name, not part of the headline. */
const DOMAIN_LIKE = /^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+$/i;

/** Author values that are URLs or e-mail addresses are identifiers, not names. */
const URL_LIKE = /^(?:https?:)?\/\/|^www\.|^[a-z0-9.-]+\.[a-z]{2,}\/\S*$/i;
const EMAIL_LIKE = /\S+@\S+\.\S+/;

/** "By Jane Doe" in byline meta tags: the prefix is not part of the name. */
const BYLINE_PREFIX = /^by\s+/i;

/** How one author string is split into several names (only when every part looks like a name). */
const AUTHOR_SEPARATORS = /\s*(?:,|&|\band\b)\s*/i;

/** A name has 2–4 capitalised words; particles like "van" or "de" are allowed between them. */
const NAME_WORDS = { min: 2, max: 4 } as const;
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'das', 'del', 'della', 'der', 'di', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'y']);
const CAPITALISED_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/** An author value longer than this is a bio or a sentence, not a name. */
const MAX_AUTHOR_CHARS = 100;

/** Caps so a page with thousands of bylines or headings cannot blow up the work or the output. */
const COLLECT_LIMITS = {
  /** `<h1>` texts kept, in document order. */
  h1: 5,
  /** `itemprop=author` and `rel=author` elements read. */
  authorElements: 10,
  /** `itemprop=datePublished` elements read. */
  dateElements: 10,
  /** JSON-LD nodes visited per script (objects and arrays). */
  jsonLdNodes: 10000,
  /** JSON-LD scripts read. */
  jsonLdScripts: 20,
} as const;

/** Plausible publication years; anything else is a parsing accident. */
const YEAR_RANGE = { min: 1900, max: 2100 } as const;

/** Unix timestamps in seconds have 10 digits, in milliseconds 13, for plausible dates. */
const UNIX_SECONDS_DIGITS = 10;
const UNIX_MILLIS_DIGITS = 13;
const MILLIS_PER_SECOND = 1000;

/** English month names and abbreviations for "September 1, 2013" style dates. */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};


// ---------------------------------------------------------------------------------------------
// Collection: one iterative walk over the document
// ---------------------------------------------------------------------------------------------

interface Collected {
  htmlLang?: string;
  documentTitle?: string;
  metas: Map<string, string[]>;
  canonical?: string;
  jsonLd: string[];
  relAuthors: string[];
  /** `itemprop=author` values with the item they belong to (authors of one item are kept together). */
  itempropAuthors: { value: string; scope: HtmlNode | null; node: HtmlNode }[];
  itempropDates: string[];
  /** Microdata elements read so far (empty ones included), so the caps bound the work. */
  itempropReads: { author: number; date: number };
  timeDatetime?: string;
  h1: string[];
}

/** Elements whose subtree holds no page metadata worth reading (drawings have their own `<title>`). */
const META_SKIP_SUBTREE: ReadonlySet<string> = new Set(['svg', 'math', 'template']);

/** schema.org item types whose `author` is not the article's (comments, reviews of the page). */
const FOREIGN_ITEM_TYPES = /comment|review|question|answer/i;

/** An open `itemscope` element while walking, and whether its authors are foreign. */
interface ItemScope {
  node: HtmlNode;
  foreign: boolean;
}

/** Attributes of a node that has none (text nodes never reach here; this keeps types simple). */
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Collects metadata elements as a walk meets them. extractMeta drives it with its own walk;
 * segment-html drives it from the walk it already makes, so a page is parsed once and walked once
 * (a second pass over a large DOM costs about a quarter of the parse, mostly in cache misses).
 *
 * Protocol: `enter(el, true)` before an element's children are visited and `leave(el)` after;
 * `scan(el)` for an element whose subtree the caller does not visit (it walks the subtree itself).
 */
export class MetaCollector {
  private readonly found: Collected = { metas: new Map(), jsonLd: [], relAuthors: [], itempropAuthors: [], itempropDates: [], itempropReads: { author: 0, date: 0 }, h1: [] };
  /** Open itemscope elements, innermost last; microdata properties belong to the innermost one. */
  private readonly scopes: ItemScope[] = [];
  private foreignScopes = 0;
  /** An element whose subtree holds no metadata (svg, template) while the walk is inside it. */
  private muted: HtmlNode | null = null;

  /** An element the walk enters; `descends` is true when its children will be visited next. */
  enter(node: HtmlNode, descends: boolean): void {
    if (this.muted !== null) return;
    const name = node.name ?? '';
    if (META_SKIP_SUBTREE.has(name)) {
      if (descends) this.muted = node;
      return;
    }
    const attribs = node.attribs ?? NO_ATTRIBUTES;
    readElement(node, name, attribs, this.found, this.scopes[this.scopes.length - 1]?.node ?? null, this.foreignScopes > 0);
    if (descends && attribs['itemscope'] !== undefined) {
      const foreign = FOREIGN_ITEM_TYPES.test(attribs['itemtype'] ?? '');
      this.scopes.push({ node, foreign });
      if (foreign) this.foreignScopes++;
    }
  }

  /** The walk has finished an element it entered with `descends`. */
  leave(node: HtmlNode): void {
    if (this.muted !== null) {
      if (this.muted === node) this.muted = null;
      return;
    }
    const open = this.scopes[this.scopes.length - 1];
    if (open !== undefined && open.node === node) {
      this.scopes.pop();
      if (open.foreign) this.foreignScopes--;
    }
  }

  /** Visits `top` (unless `childrenOnly`) and its whole subtree, iteratively. */
  scan(top: HtmlNode, childrenOnly = false): void {
    let node: HtmlNode | null;
    if (childrenOnly) {
      node = top.children?.[0] ?? null;
    } else {
      const first = top.children?.[0];
      const descends = first !== undefined && top.type === 'tag';
      this.enter(top, descends);
      if (!descends) return;
      node = first;
    }
    while (node !== null) {
      if (isElement(node)) {
        const first = node.children?.[0];
        const descends = first !== undefined && node.type === 'tag';
        this.enter(node, descends);
        if (descends) {
          node = first;
          continue;
        }
      }
      // Next sibling, or climb out, leaving each element on the way.
      let current: HtmlNode = node;
      node = null;
      while (current !== top) {
        if (current.next !== null) {
          node = current.next;
          break;
        }
        const parent: HtmlNode | null = current.parent;
        if (parent === null || parent === top) break;
        this.leave(parent);
        current = parent;
      }
    }
    if (!childrenOnly) this.leave(top);
  }

  /** The page metadata from everything collected; never throws. */
  result(): PageMeta {
    try {
      return buildMeta(this.found);
    } catch {
      return { sources: {} };
    }
  }
}

function readElement(node: HtmlNode, name: string, attribs: Record<string, string>, found: Collected, scope: HtmlNode | null, inForeignItem: boolean): void {
  switch (name) {
    case 'html':
      found.htmlLang ??= attribs['lang'] ?? attribs['xml:lang'];
      break;
    case 'title':
      if (found.documentTitle === undefined) found.documentTitle = subtreeText(node);
      break;
    case 'meta': {
      // A few CMSs write `value` where `content` belongs.
      const content = attribs['content'] ?? attribs['value'];
      if (content === undefined) break;
      for (const keyAttr of ['property', 'name', 'http-equiv'] as const) {
        const key = attribs[keyAttr]?.trim().toLowerCase();
        if (key) pushMeta(found.metas, key, content);
      }
      break;
    }
    case 'link': {
      const rel = attribs['rel'];
      if (rel !== undefined && hasToken(rel, 'canonical') && attribs['href']) found.canonical ??= attribs['href'];
      break;
    }
    case 'script': {
      const type = attribs['type']?.toLowerCase() ?? '';
      if (type.includes('ld+json') && found.jsonLd.length < COLLECT_LIMITS.jsonLdScripts) {
        found.jsonLd.push(rawText(node));
      }
      break;
    }
    case 'a':
      if (attribs['rel'] !== undefined && hasToken(attribs['rel'], 'author') && found.relAuthors.length < COLLECT_LIMITS.authorElements) {
        found.relAuthors.push(subtreeText(node));
      }
      break;
    case 'time':
      if (attribs['datetime']) found.timeDatetime ??= attribs['datetime'];
      break;
    case 'h1':
      if (found.h1.length < COLLECT_LIMITS.h1) found.h1.push(subtreeText(node));
      break;
    default:
      break;
  }
  const itemprop = attribs['itemprop'];
  if (itemprop === undefined) return;
  if (hasToken(itemprop, 'author') && !inForeignItem && found.itempropReads.author++ < COLLECT_LIMITS.authorElements) {
    const nameEl = findItemprop(node, 'name');
    const value = nameEl !== undefined ? itempropValue(nameEl) : itempropValue(node);
    if (value) found.itempropAuthors.push({ value, scope, node });
  }
  if (hasToken(itemprop, 'datepublished') && !inForeignItem && found.itempropReads.date++ < COLLECT_LIMITS.dateElements) {
    const value = itempropValue(node);
    if (value) found.itempropDates.push(value);
  }
}

/** The value of a microdata property: `content`, `datetime`, or the element's text. */
function itempropValue(node: HtmlNode): string {
  const attribs = node.attribs ?? {};
  return attribs['content'] ?? attribs['datetime'] ?? (node.name === 'meta' ? attribs['value'] : undefined) ?? subtreeText(node);
}

/** Raw text of a script element (its text children, unnormalised). */
function rawText(node: HtmlNode): string {
  let out = '';
  for (const child of node.children ?? []) if (child.type === 'text') out += child.data ?? '';
  return out;
}

function pushMeta(metas: Map<string, string[]>, key: string, value: string): void {
  const list = metas.get(key);
  if (list === undefined) metas.set(key, [value]);
  else list.push(value);
}

function metaValues(metas: Map<string, string[]>, keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const key of keys) for (const value of metas.get(key) ?? []) out.push(value);
  return out;
}

// ---------------------------------------------------------------------------------------------
// JSON-LD
// ---------------------------------------------------------------------------------------------

type JsonObject = Record<string, unknown>;

interface JsonLdArticle {
  headline?: string;
  authors: string[];
  published?: string;
  publisher?: string;
  section: string[];
  description?: string;
  lang?: string;
}

/** Wrappers some CMSs leave around JSON-LD: HTML comments, CDATA, a trailing semicolon. */
const JSONLD_WRAPPERS = /^\s*(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)|(?:\/\/\s*)?(?:-->|\]\]>)\s*$|;\s*$/g;
/** Raw control characters (unescaped newlines inside strings) make JSON.parse fail. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f]+/g;

function parseJsonLd(text: string): unknown {
  const cleaned = text.replace(JSONLD_WRAPPERS, '').trim();
  if (cleaned === '') return undefined;
  try {
    return JSON.parse(cleaned) as unknown;
  } catch {
    try {
      return JSON.parse(cleaned.replace(CONTROL_CHARS, ' ')) as unknown;
    } catch {
      return undefined;
    }
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lower-case schema.org type names of a node ("http://schema.org/NewsArticle" → "newsarticle"). */
function typesOf(node: JsonObject): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  const out: string[] = [];
  for (const t of list) {
    if (typeof t !== 'string') continue;
    const cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
    out.push(t.slice(cut + 1).toLowerCase());
  }
  return out;
}

/** Every object in the parsed scripts (breadth-first, bounded) plus an `@id` index for references. */
function jsonLdObjects(scripts: readonly string[]): { objects: JsonObject[]; byId: Map<string, JsonObject> } {
  const objects: JsonObject[] = [];
  const byId = new Map<string, JsonObject>();
  for (const script of scripts) {
    const queue: unknown[] = [parseJsonLd(script)];
    let visited = 0;
    for (let i = 0; i < queue.length && visited < COLLECT_LIMITS.jsonLdNodes; i++) {
      const value = queue[i];
      if (Array.isArray(value)) {
        visited++;
        for (const item of value) if (typeof item === 'object' && item !== null) queue.push(item);
      } else if (isObject(value)) {
        visited++;
        objects.push(value);
        const id = value['@id'];
        if (typeof id === 'string' && Object.keys(value).length > 1 && !byId.has(id)) byId.set(id, value);
        for (const key of Object.keys(value)) {
          const child = value[key];
          if (typeof child === 'object' && child !== null) queue.push(child);
        }
      }
    }
  }
  return { objects, byId };
}

/** The node describing the article: an article type first, else a page type with a headline. */
function pickArticle(objects: readonly JsonObject[]): JsonObject | undefined {
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t)));
  if (article !== undefined) return article;
  return objects.find((o) => typesOf(o).some((t) => PAGE_TYPES.has(t)) && typeof firstString(o['headline']) === 'string');
}

function firstString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') return item;
  return undefined;
}

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** Follows an `{"@id": …}` reference to the full node when the graph has it. */
function resolve(value: JsonObject, byId: Map<string, JsonObject>): JsonObject {
  const id = value['@id'];
  if (typeof id === 'string' && Object.keys(value).length === 1) return byId.get(id) ?? value;
  return value;
}

/** Names in an author/publisher value: a string, an object with `name`, or a (nested) list of either. */
function namesOf(value: unknown, byId: Map<string, JsonObject>): string[] {
  const names: string[] = [];
  const stack: unknown[] = [value];
  let visited = 0;
  while (stack.length > 0 && visited < COLLECT_LIMITS.jsonLdNodes) {
    visited++;
    const item = stack.pop();
    if (typeof item === 'string') names.push(item);
    else if (Array.isArray(item)) for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
    else if (isObject(item)) {
      const node = resolve(item, byId);
      const name = firstString(node['name']);
      if (name !== undefined) names.push(name);
    }
  }
  return names;
}

function readJsonLd(scripts: readonly string[]): JsonLdArticle | undefined {
  if (scripts.length === 0) return undefined;
  const { objects, byId } = jsonLdObjects(scripts);
  const article = pickArticle(objects);
  if (article === undefined) return undefined;
  const result: JsonLdArticle = { authors: namesOf(article['author'], byId), section: allStrings(article['articleSection']) };
  const headline = firstString(article['headline']) ?? firstString(article['name']);
  if (headline !== undefined) result.headline = headline;
  const published = firstString(article['datePublished']);
  if (published !== undefined) result.published = published;
  const publisher = article['publisher'];
  const publisherName = publisher === undefined ? undefined : namesOf(publisher, byId)[0];
  if (publisherName !== undefined) result.publisher = publisherName;
  const description = firstString(article['description']);
  if (description !== undefined) result.description = description;
  const lang = firstString(article['inLanguage']);
  if (lang !== undefined) result.lang = lang;
  return result;
}

// ---------------------------------------------------------------------------------------------
// Cleaning and normalisation
// ---------------------------------------------------------------------------------------------

const HTML_TAG = /<\/?[a-z][^>]*>/gi;
/** A meta string as text: tags stripped, entities decoded, white space collapsed. */
function cleanText(value: string): string {
  return collapseWhitespace(decodeEntities(value.replace(HTML_TAG, ' ')));
}

function firstClean(values: readonly (string | undefined)[]): string | undefined {
  for (const value of values) {
    if (value === undefined) continue;
    const clean = cleanText(value);
    if (clean) return clean;
  }
  return undefined;
}

/** Site name in a comparable form: lower-case letters and digits only, accents removed. */
function comparable(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A title part names the site: a known site name, a bare domain, or the page's host label. With
 * `loose` (last parts only) the label may also start or end the part: "The Washington Post" on
 * washingtonpost.com. A first part must match exactly, since headlines often start with a name.
 */
function isSitePart(part: string, known: ReadonlySet<string>, host: string | undefined, loose: boolean): boolean {
  const key = comparable(part);
  if (key === '') return false;
  if (known.has(key) || DOMAIN_LIKE.test(part.trim())) return true;
  if (host === undefined || host.length < MIN_HOST_LABEL) return false;
  return key === host || (loose && (key.endsWith(host) || key.startsWith(host)));
}

/**
 * A title "Headline words | Site Name" split at its last bar or dash when the last part is short
 * (at most five words) and the part before it is a headline (three words or more); else null. With
 * no known site name to match, only these strong separators count (a colon may be the headline's own).
 */
export function titleSiteSplit(title: string | undefined): { headline: string; site: string } | null {
  const m = title === undefined ? null : /^(.+)\s[|–—-]\s([^|–—]+)$/u.exec(title);
  if (!m || wordCount(m[1]!) < 3 || wordCount(m[2]!) > 5) return null;
  return { headline: m[1]!.trim(), site: m[2]!.trim() };
}

/** Positions of every title separator, with their lengths, left to right. */
function separatorsIn(title: string): { at: number; length: number }[] {
  const found: { at: number; length: number }[] = [];
  for (const sep of TITLE_SEPARATORS) {
    for (let at = title.indexOf(sep); at >= 0; at = title.indexOf(sep, at + 1)) found.push({ at, length: sep.length });
  }
  // A spaced separator and the bare one inside it ("｜" in " ｜ ") are the same cut: keep the longer.
  found.sort((a, b) => a.at - b.at || b.length - a.length);
  return found.filter((cut, i) => i === 0 || cut.at >= (found[i - 1] as { at: number; length: number }).at + (found[i - 1] as { at: number; length: number }).length);
}

/**
 * Removes the site's name from a title: a last part ("Headline | Site") or, failing that, a first
 * part ("Site - Headline") that is one of the known site names, looks like a domain, or matches
 * the host label of `url`. Anything else is returned unchanged.
 */
export function stripSiteSuffix(title: string, siteNames: readonly string[], url?: string): string {
  const known = new Set(siteNames.map(comparable).filter((s) => s !== ''));
  const host = hostLabel(url);
  const cuts = separatorsIn(title);
  const last = cuts[cuts.length - 1];
  if (last !== undefined) {
    const head = title.slice(0, last.at).trim();
    if (head !== '' && isSitePart(title.slice(last.at + last.length), known, host, true)) return head;
  }
  const first = cuts[0];
  if (first !== undefined) {
    const rest = title.slice(first.at + first.length).trim();
    if (rest !== '' && isSitePart(title.slice(0, first.at), known, host, false)) return rest;
  }
  return title;
}

/** The host's main label ("www.dailyplanet.com" → "dailyplanet"), a weak site name. */
function hostLabel(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const labels = new URL(url).hostname.replace(/^www\./, '').split('.');
    const label = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
    return label === undefined ? undefined : comparable(label);
  } catch {
    return undefined;
  }
}

const ISO_DATE = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?)?$/i;
/** An ISO day followed by a time we cannot read ("2018-10-29T10:15 EDT-ish"): the day alone is still right. */
const ISO_DAY_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?=[T\s])/;
const SLASH_DATE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const UNIX_TIME = /^\d+$/;
/** "Sun, 01 Sep 2013 12:00:00 GMT", "September 1, 2013", "1 Sept. 2013 10:30 +0200". */
const TEXT_DATE = /^(?:[a-z]+\.?,?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?|([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?)\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$/i;
const HOURS_PER_HALF_DAY = 12;
const LIMITS_TIME = { hour: 23, minute: 59, second: 59 } as const;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDate(year: number, month: number, day: number): boolean {
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function zoneOf(raw: string | undefined): string {
  if (raw === undefined) return '';
  const upper = raw.toUpperCase();
  if (upper === 'Z' || upper === 'UTC' || upper === 'GMT') return 'Z';
  // "+05", "+0530", "+05:30", and the sloppy "-500" (one-digit hours).
  const sign = raw.slice(0, 1);
  const digits = raw.slice(1).replace(':', '');
  const hours = digits.length === 1 || digits.length === 3 ? `0${digits.slice(0, 1)}` : digits.slice(0, 2);
  const minutes = digits.length > 2 ? digits.slice(-2) : '00';
  return `${sign}${hours}:${minutes}`;
}

function assemble(year: number, month: number, day: number, time?: { h: number; m: number; s?: number | undefined; zone: string }): string | undefined {
  if (!validDate(year, month, day)) return undefined;
  const date = `${year}-${pad2(month)}-${pad2(day)}`;
  if (time === undefined) return date;
  if (time.h > LIMITS_TIME.hour || time.m > LIMITS_TIME.minute || (time.s !== undefined && time.s > LIMITS_TIME.second)) return undefined;
  const seconds = time.s === undefined ? '' : `:${pad2(time.s)}`;
  return `${date}T${pad2(time.h)}:${pad2(time.m)}${seconds}${time.zone}`;
}

function optionalNumber(raw: string | undefined): number | undefined {
  return raw === undefined ? undefined : Number(raw);
}

/**
 * Normalises a publication date to ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM(:SS)?` with the
 * zone when one was given (`Z` or `±HH:MM`). Returns undefined for anything it cannot read, so an
 * odd string never becomes a wrong date.
 */
export function normalizeDate(raw: string): string | undefined {
  const text = collapseWhitespace(raw);
  let m = ISO_DATE.exec(text);
  if (m !== null) {
    const [, y, mo, d, h, mi, s, z] = m;
    const time = h !== undefined && mi !== undefined ? { h: Number(h), m: Number(mi), s: optionalNumber(s), zone: zoneOf(z) } : undefined;
    // An impossible time on a real day keeps the day.
    return assemble(Number(y), Number(mo), Number(d), time) ?? assemble(Number(y), Number(mo), Number(d));
  }
  m = ISO_DAY_PREFIX.exec(text);
  if (m !== null) return assemble(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SLASH_DATE.exec(text);
  if (m !== null) return assemble(Number(m[1]), Number(m[2]), Number(m[3]));
  if (UNIX_TIME.test(text) && (text.length === UNIX_SECONDS_DIGITS || text.length === UNIX_MILLIS_DIGITS)) {
    const millis = text.length === UNIX_SECONDS_DIGITS ? Number(text) * MILLIS_PER_SECOND : Number(text);
    const date = new Date(millis);
    const iso = date.toISOString();
    return date.getUTCFullYear() >= YEAR_RANGE.min && date.getUTCFullYear() <= YEAR_RANGE.max ? iso.replace(/\.\d{3}Z$/, 'Z') : undefined;
  }
  m = TEXT_DATE.exec(text);
  if (m !== null) {
    const [, dayFirst, monthAfter, monthFirst, dayAfter, y, h, mi, s, ampm, z] = m;
    const month = MONTHS[(monthAfter ?? monthFirst ?? '').toLowerCase()];
    const day = Number(dayFirst ?? dayAfter);
    if (month === undefined) return undefined;
    if (h === undefined || mi === undefined) return assemble(Number(y), month, day);
    let hour = Number(h);
    if (ampm !== undefined) {
      if (hour < 1 || hour > HOURS_PER_HALF_DAY) return undefined;
      hour = (hour % HOURS_PER_HALF_DAY) + (ampm.toLowerCase() === 'pm' ? HOURS_PER_HALF_DAY : 0);
    }
    return assemble(Number(y), month, day, { h: hour, m: Number(mi), s: optionalNumber(s), zone: zoneOf(z) });
  }
  return undefined;
}

function looksLikeName(part: string): boolean {
  const words = part.split(' ');
  let capitalised = 0;
  for (const word of words) {
    if (CAPITALISED_WORD.test(word)) capitalised++;
    else if (!NAME_PARTICLES.has(word)) return false;
  }
  return capitalised >= NAME_WORDS.min && capitalised <= NAME_WORDS.max;
}

/** A name has at least one letter: "," or "<" or a lone zero-width space in an author tag is not one. */
const HAS_LETTER = /\p{L}/u;

/** Cleans one author value; splits "A, B and C" only when every part is a name. */
function authorNames(raw: string): string[] {
  const text = cleanText(raw).replace(BYLINE_PREFIX, '');
  if (text === '' || text.length > MAX_AUTHOR_CHARS || URL_LIKE.test(text) || EMAIL_LIKE.test(text)) return [];
  const parts = text.split(AUTHOR_SEPARATORS).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length > 1 && parts.every(looksLikeName)) return parts;
  return HAS_LETTER.test(text) ? [text] : [];
}

/** Clean, split and deduplicate (case-insensitively, first spelling kept) a list of author values. */
function cleanAuthors(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    for (const name of authorNames(value)) {
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

function cleanList(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const clean = cleanText(value);
    if (clean === '' || seen.has(clean.toLowerCase())) continue;
    seen.add(clean.toLowerCase());
    out.push(clean);
  }
  return out;
}

const LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

function normalizeLang(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const tag = raw.trim().replace(/_/g, '-');
  if (!LANG_TAG.test(tag)) return undefined;
  const [primary, ...rest] = tag.split('-');
  return [primary?.toLowerCase(), ...rest].join('-');
}

function absoluteUrl(raw: string | undefined, base: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  try {
    const url = base === undefined ? new URL(raw.trim()) : new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Assembly: first source with a usable value wins, strongest first
// ---------------------------------------------------------------------------------------------

/** One source for a field; `read` runs only if every stronger source came up empty. */
interface Candidate<T> {
  source: MetaSource;
  read: () => T | undefined;
}

function pick<T>(meta: PageMeta, field: keyof Omit<PageMeta, 'sources'>, candidates: readonly Candidate<T>[], usable: (value: T) => boolean): T | undefined {
  for (const candidate of candidates) {
    const value = candidate.read();
    if (value !== undefined && usable(value)) {
      meta.sources[field] = candidate.source;
      return value;
    }
  }
  return undefined;
}

const nonEmptyString = (value: string): boolean => value !== '';
const nonEmptyList = (value: readonly string[]): boolean => value.length > 0;

/**
 * Microdata authors of the first item that has any: a review page also lists the authors of other
 * reviews' teasers, each in its own item. Pages that omit `itemscope` get the same effect from
 * proximity: co-authors sit in one byline, near the first author's element.
 */
function firstItemAuthors(authors: Collected['itempropAuthors']): string[] {
  const first = authors[0];
  if (first === undefined) return [];
  const group = first.scope === null ? ancestorAt(first.node, AUTHOR_GROUP.levels) : null;
  return authors.filter((a) => a.scope === first.scope && (group === null || isWithin(a.node, group, AUTHOR_GROUP.maxClimb))).map((a) => a.value);
}

/** Without item scopes, co-authors share the first author's grandparent (a byline wrapper). */
const AUTHOR_GROUP = {
  levels: 2,
  /** How far up a candidate is followed looking for that wrapper (bounds the work on deep pages). */
  maxClimb: 50,
} as const;

function ancestorAt(node: HtmlNode, levels: number): HtmlNode | null {
  let current: HtmlNode | null = node;
  for (let i = 0; i < levels && current !== null; i++) current = current.parent;
  return current;
}

function isWithin(node: HtmlNode, ancestor: HtmlNode, maxClimb: number): boolean {
  let current: HtmlNode | null = node;
  for (let i = 0; i <= maxClimb && current !== null; i++, current = current.parent) if (current === ancestor) return true;
  return false;
}

function buildMeta(found: Collected): PageMeta {
  const meta: PageMeta = { sources: {} };
  const metas = found.metas;
  let ld: JsonLdArticle | undefined;
  try {
    ld = readJsonLd(found.jsonLd);
  } catch {
    ld = undefined;
  }

  // URL first: its host is a weak site name for title cleaning.
  const ogUrl = metaValues(metas, META_KEYS.ogUrl)[0];
  const url = pick(meta, 'url', [
    { source: 'canonical', read: () => absoluteUrl(found.canonical, absoluteUrl(ogUrl, undefined)) },
    { source: 'og', read: () => absoluteUrl(ogUrl, undefined) },
  ], nonEmptyString);

  const publisher = pick(meta, 'publisher', [
    { source: 'json-ld', read: () => firstClean([ld?.publisher]) },
    { source: 'og', read: () => firstClean(metaValues(metas, META_KEYS.siteName)) },
  ], nonEmptyString);

  const siteNames = [publisher, firstClean(metaValues(metas, META_KEYS.siteName))].filter((s): s is string => s !== undefined);
  const documentTitle = found.documentTitle === undefined ? undefined : cleanText(found.documentTitle);
  if (documentTitle) {
    meta.documentTitle = documentTitle;
    meta.sources['documentTitle'] = 'title';
  }
  const titleOf = (value: string | undefined): string | undefined => (value === undefined ? undefined : stripSiteSuffix(value, siteNames, url));
  meta.title = pick(meta, 'title', [
    { source: 'og', read: () => titleOf(firstClean(metaValues(metas, META_KEYS.ogTitle))) },
    { source: 'json-ld', read: () => titleOf(firstClean([ld?.headline])) },
    { source: 'twitter', read: () => titleOf(firstClean(metaValues(metas, META_KEYS.twitterTitle))) },
    { source: 'title', read: () => titleOf(documentTitle) },
  ], nonEmptyString);

  const h1 = cleanList(found.h1);
  if (h1.length > 0) {
    meta.h1 = h1;
    meta.sources['h1'] = 'h1';
  }

  meta.authors = pick(meta, 'authors', [
    { source: 'json-ld', read: () => cleanAuthors(ld?.authors ?? []) },
    { source: 'meta', read: () => cleanAuthors(metaValues(metas, META_KEYS.metaAuthors)) },
    { source: 'og', read: () => cleanAuthors(metaValues(metas, META_KEYS.ogAuthors)) },
    { source: 'itemprop', read: () => cleanAuthors(firstItemAuthors(found.itempropAuthors)) },
    { source: 'rel-author', read: () => cleanAuthors(found.relAuthors) },
  ], nonEmptyList);

  const date = (values: readonly (string | undefined)[]): string | undefined => {
    for (const value of values) {
      const normal = value === undefined ? undefined : normalizeDate(cleanText(value));
      if (normal !== undefined) return normal;
    }
    return undefined;
  };
  meta.published = pick(meta, 'published', [
    { source: 'json-ld', read: () => date([ld?.published]) },
    { source: 'og', read: () => date(metaValues(metas, META_KEYS.ogPublished)) },
    { source: 'meta', read: () => date(metaValues(metas, META_KEYS.metaPublished)) },
    { source: 'itemprop', read: () => date(found.itempropDates) },
    { source: 'time', read: () => date([found.timeDatetime]) },
  ], nonEmptyString);

  if (publisher !== undefined) meta.publisher = publisher;

  meta.section = pick(meta, 'section', [
    // A CMS may put its tag list or the description there: cleanSections keeps section names only.
    { source: 'json-ld', read: () => cleanSections(cleanList(ld?.section ?? [])) },
    { source: 'og', read: () => cleanSections(cleanList(metaValues(metas, META_KEYS.ogSection))) },
  ], nonEmptyList);

  meta.description = pick(meta, 'description', [
    { source: 'og', read: () => firstClean(metaValues(metas, META_KEYS.ogDescription)) },
    { source: 'json-ld', read: () => firstClean([ld?.description]) },
    { source: 'meta', read: () => firstClean(metaValues(metas, META_KEYS.metaDescription)) },
  ], nonEmptyString);

  meta.lang = pick(meta, 'lang', [
    { source: 'html', read: () => normalizeLang(found.htmlLang) },
    { source: 'json-ld', read: () => normalizeLang(ld?.lang) },
    { source: 'meta', read: () => normalizeLang(metaValues(metas, META_KEYS.metaLang)[0]) },
    { source: 'og', read: () => normalizeLang(metaValues(metas, META_KEYS.ogLocale)[0]) },
  ], nonEmptyString);

  if (url !== undefined) meta.url = url;
  // Drop keys left undefined so the object stays small and deterministic.
  const record = meta as unknown as Record<string, unknown>;
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return meta;
}

/**
 * Reads page metadata from an already-loaded document, so segment-html parses each page once.
 * Every source is tried strongest first and recorded in `sources`; a broken page (bad JSON-LD,
 * odd dates, absurd nesting) gives fewer fields, never an exception.
 */
export function extractMeta($: CheerioAPI): PageMeta {
  try {
    const root = documentRoot($);
    if (root === undefined) return { sources: {} };
    const collector = new MetaCollector();
    collector.scan(root, true);
    return collector.result();
  } catch {
    return { sources: {} };
  }
}
