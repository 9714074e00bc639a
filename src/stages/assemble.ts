/**
 * Labelled blocks → the article's fields. Pure: it reads labels and page metadata, decides which
 * evidence wins (the visible page over metadata, noted in warnings when they disagree), and
 * never looks at HTML.
 */
import { BOILERPLATE_LABELS, type LabelledBlock, type PageMeta } from '../model/block.js';
import type { ImageRef, Removed } from '../model/article.js';
import { THRESHOLDS } from '../options.js';
import { type Result, fail, ok } from '../result.js';
import type { CompiledRules } from '../rules/index.js';
import { bareName, bylineAuthors, parseAuthors } from '../text/byline.js';
import { decodeEntities } from '../text/entities.js';
import { isDateLine, parseDate } from '../text/dates.js';
import { comparisonKey, paragraphsWordCount, wordCount, words } from '../text/normalize.js';
import { HOME_CRUMBS } from '../rules/sections.js';
import { cleanSections, trailSections } from '../text/sections.js';
import { BREADCRUMB_RE, CRUMB_SEPARATOR_RE, titleSimilarity } from './classify.js';
import { titleSiteSplit } from './html-meta.js';

/** The article fields that come from the content (id and source are added by the pipeline). */
export interface Draft {
  headline: string | null;
  dek: string | null;
  byline: string | null;
  authors: string[];
  publisher: string | null;
  section: string[];
  published: string | null;
  summary: string | null;
  body: string;
  images: ImageRef[];
  lang: string | null;
  stats: { words: number; paragraphs: number; removedBlocks: number };
  warnings: string[];
  removed: Removed[];
}

const BOILER = new Set<string>(BOILERPLATE_LABELS);

/** The first `n` words of `text` lower-cased: `words(text.toLowerCase()).slice(0, n)`. */
function firstLowerWords(text: string, n: number): string[] {
  // Lower-case a prefix cut after a space or newline when it holds enough words: the cut falls
  // between words, and lower-casing (final sigma included) does not look across a space.
  const guess = n * 16;
  if (text.length > guess * 2) {
    let cut = guess;
    while (cut < text.length && text[cut] !== ' ' && text[cut] !== '\n') cut++;
    const ws = words(text.slice(0, cut + 1).toLowerCase());
    if (ws.length >= n) return ws.slice(0, n);
  }
  return words(text.toLowerCase()).slice(0, n);
}

function detectLang(text: string, rules: CompiledRules): string | null {
  const ws = firstLowerWords(text, 2000);
  if (ws.length < 20) return null;
  // One lookup per word (which languages list it) instead of one per word and language.
  const { langs, byWord } = stopwordLanguages(rules.stopwords);
  const counts = new Array<number>(langs.length).fill(0);
  for (const w of ws) {
    const hits = byWord.get(w);
    if (hits !== undefined) for (const k of hits) counts[k]!++;
  }
  let bestLang: string | null = null;
  let best = 0;
  for (let k = 0; k < langs.length; k++) {
    if (counts[k]! > best) {
      best = counts[k]!;
      bestLang = langs[k]!;
    }
  }
  return best / ws.length >= 0.08 ? bestLang : null;
}

/** Stopword lists inverted: each word → the indexes (into `langs`, in map order) of its languages. */
interface StopwordIndex {
  langs: string[];
  byWord: Map<string, number[]>;
}
const STOPWORD_INDEX = new WeakMap<Map<string, Set<string>>, StopwordIndex>();
function stopwordLanguages(stopwords: Map<string, Set<string>>): StopwordIndex {
  let index = STOPWORD_INDEX.get(stopwords);
  if (index === undefined) {
    index = { langs: [...stopwords.keys()], byWord: new Map() };
    let k = 0;
    for (const set of stopwords.values()) {
      for (const w of set) {
        const hits = index.byWord.get(w);
        if (hits === undefined) index.byWord.set(w, [k]);
        else hits.push(k);
      }
      k++;
    }
    STOPWORD_INDEX.set(stopwords, index);
  }
  return index;
}

const MAX_CAPTION_CHARS = 2000;

/** Split "caption. Credit/Agency" into its parts. */
function splitCaption(text: string, rules: CompiledRules): ImageRef {
  // The credit pattern is meant for caption-sized text; a huge block is kept whole.
  const m = text.length <= MAX_CAPTION_CHARS ? rules.trailingCredit.exec(text.trim()) : null;
  if (m?.[1] && m[2]) return { caption: m[1].trim(), credit: m[2].replace(/^\(|\)$/g, '').trim() };
  return { caption: text.trim(), credit: null };
}

function uniq(xs: string[]): string[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = x.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Byline rules of classify that place names by position rather than by a "By" prefix. */
const POSITIONAL_BYLINES = new Set(['byline:bare-name', 'byline:name-by-date', 'byline:after-prefix-line']);

/**
 * A kicker glued to the headline ("Hafenfest Stadtrat stimmt für den Leuchtturm" in a text dump)
 * that another block of the page prints apart, after a colon or a dash ("Hafenfest:
 * Stadtrat stimmt für den Leuchtturm"): the headline without it. The kicker is one to three words.
 */
export function withoutGluedKicker(headline: string, blocks: LabelledBlock[]): string {
  const ws = headline.split(' ');
  if (ws.length < 4) return headline;
  const short = blocks.filter((b) => b.text.length <= 400); // a line that prints the kicker apart is short
  for (let k = 1; k <= 3 && k <= ws.length - 3; k++) {
    const kicker = ws.slice(0, k).join(' ');
    const title = ws.slice(k).join(' ');
    const apart = new RegExp(`(?:^|[\\s"“„«'‘])${escapeRegExp(kicker)}\\s*[:–—-]\\s*$`, 'u'); // once per kicker, not per block
    for (const b of short) {
      const at = b.text.indexOf(title);
      if (at > kicker.length && apart.test(b.text.slice(0, at).replace(/\s+/g, ' '))) return title;
    }
  }
  return headline;
}

/** Separators a breadcrumb trail prints between crumbs (those of CRUMB_SEPARATOR_RE); '/' only counts after a home crumb. */
const CRUMB_SEPARATORS = [' » ', ' › ', ' >> ', ' »» ', ' > ', ' / '] as const;

/**
 * A breadcrumb trail printed in front of the headline ("Home / Ratgeber / Title", "Start » Beauty »
 * Title", or a lone "> " left of it): the title without it, and the crumbs. Each crumb is at most
 * four words; the title left over has at least three.
 */
export function breadcrumbTrail(headline: string): { title: string; crumbs: string[] } {
  const bare = headline.replace(/^[>›»]\s+/u, '');
  for (const sep of CRUMB_SEPARATORS) {
    const parts = bare.split(sep);
    if (parts.length < 2) continue;
    const title = parts[parts.length - 1]!.trim();
    const crumbs = parts.slice(0, -1).map((p) => p.trim());
    if (wordCount(title) < 3 || !crumbs.every((c) => c.length > 0 && c.length <= 40 && wordCount(c) <= 4)) continue;
    if (sep === ' / ' && !HOME_CRUMBS.has(crumbs[0]!.toLowerCase())) continue;
    return { title, crumbs };
  }
  return { title: bare, crumbs: [] };
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The site's name in a title "Headline words | Site Name" when the page prints that last part as
 * a block of its own (the masthead), with the headline part; else null. The metadata's own
 * cleaning only knows the site names the metadata declares.
 */
export function printedSiteName(title: string | undefined, blocks: LabelledBlock[]): { site: string; headline: string } | null {
  const split = titleSiteSplit(title);
  if (!split) return null;
  const site = comparisonKey(split.site);
  return blocks.some((b) => b.label !== 'body' && comparisonKey(b.text) === site) ? split : null;
}

/** The outlet named after the people in a byline ("By Jane Roe, Harbour Star"): not an author when people are named too. */
function withoutOutlet(authors: string[], publisher: string | undefined): string[] {
  if (!publisher || authors.length < 2) return authors;
  const outlet = comparisonKey(publisher);
  const people = authors.filter((a) => comparisonKey(a) !== outlet);
  return people.length ? people : authors;
}

export function assemble(blocks: LabelledBlock[], meta: PageMeta, rules: CompiledRules): Result<Draft> {
  const warnings: string[] = [];
  const of = (label: string): LabelledBlock[] => blocks.filter((b) => b.label === label);
  const body = of('body');
  const paragraphs = body.map((b) => b.text);
  const bodyText = paragraphs.join('\n\n');
  const { total: bodyWords, longest } = paragraphsWordCount(paragraphs);
  if (bodyWords < THRESHOLDS.minArticleWords || longest < THRESHOLDS.proseMinWords) {
    const teasers = blocks.filter((b) => b.rule === 'signal:section-front').length;
    if (teasers) return fail('no-article', `no article found: a section front (${teasers} teaser lines, no paragraph of its own)`);
    return fail('no-article', bodyWords ? `no article found (${bodyWords} words of prose)` : 'no article found (no prose)');
  }

  // Headline: the page's own, metadata when the page shows none.
  // Headline and dek are one line each: a <br> or a wrapped line inside them is a space, and a
  // character reference printed from the page source ("&mdash;") is its character.
  const oneLine = (t: string | undefined): string | null => (t === undefined ? null : decodeEntities(t).replace(/\s+/g, ' ').trim());
  // A separator left in front of the title when its kicker was a block of its own (": Title").
  let headline = oneLine(of('headline')[0]?.text)?.replace(/^[:;|–—]\s+/u, '') ?? null;
  const metaTitle = meta.title ?? null;
  if (!headline && metaTitle) headline = printedSiteName(metaTitle, blocks)?.headline ?? metaTitle;
  // A kicker or overline printed inside the headline ("Nach dem Sturm Stadtrat stimmt …"):
  // when the metadata title is a strict part of the visible one, the metadata title is the headline.
  else if (headline && metaTitle && wordCount(metaTitle) >= 3) {
    const h = comparisonKey(headline);
    const m = comparisonKey(metaTitle);
    if (h !== m && h.includes(m)) headline = metaTitle;
  }
  else if (headline && metaTitle && titleSimilarity(headline, metaTitle) < 0.5) {
    warnings.push(`headline differs from metadata title (${meta.sources['title'] ?? 'meta'}); the visible one is kept`);
  }
  // A breadcrumb trail in front of the headline is the page's own: its crumbs are the section.
  // Then the kicker printed apart elsewhere on the page ("Mehr zu: Hafenfest - Stadtrat stimmt …").
  let headlineCrumbs: string[] = [];
  if (headline) {
    const trail = breadcrumbTrail(headline);
    headlineCrumbs = trailSections(trail.crumbs, null); // the title is cut off already
    headline = withoutGluedKicker(trail.title, blocks);
  }
  if (!headline) warnings.push('no headline found');

  // Bylines by strength of evidence: a "By …" pattern, then names found by position (next to the
  // headline or a date, after a prefix on its own line), then a block that only a class token
  // ("author") called a byline. The first that yields names wins.
  const strength = (b: LabelledBlock): number => (b.rule.startsWith('byline:pattern') ? 0 : POSITIONAL_BYLINES.has(b.rule) ? 1 : 2);
  const namesOf = (b: LabelledBlock): string[] => {
    const t = b.text.replace(/\s+/g, ' ').trim();
    const found = bylineAuthors(t, rules) ?? (strength(b) <= 1 ? parseAuthors(t, rules) : []);
    if (found.length) return found;
    const name = bareName(t, rules);
    return name ? [name] : [];
  };
  const ranked = of('byline').sort((a, b) => strength(a) - strength(b) || a.index - b.index);
  let bylineBlock: LabelledBlock | undefined;
  let authors: string[] = [];
  for (const b of ranked) {
    const names = namesOf(b);
    if (names.length) {
      bylineBlock = b;
      authors = names;
      break;
    }
  }
  bylineBlock ??= ranked.find((b) => strength(b) === 0);
  const byline = bylineBlock ? bylineBlock.text.replace(/\s+/g, ' ').trim() : null;
  const metaAuthors = meta.authors ?? [];
  // A bare name found by position is weak evidence: metadata that names other people wins.
  const weak = bylineBlock?.rule === 'byline:bare-name';
  // Names share a word when one is a fuller form of the other ("Todd" in metadata, "Todd Bates" shown).
  const metaWords = new Set(metaAuthors.flatMap((m) => comparisonKey(m).split(' ')));
  if (weak && metaAuthors.length && !authors.some((a) => comparisonKey(a).split(' ').some((w) => metaWords.has(w)))) authors = metaAuthors;
  if (!authors.length && metaAuthors.length) authors = metaAuthors;
  else if (authors.length && metaAuthors.length) {
    const a = new Set(authors.map((x) => comparisonKey(x)));
    if (!metaAuthors.every((m) => a.has(comparisonKey(m)))) warnings.push(`authors differ from metadata (${meta.sources['authors'] ?? 'meta'}); the visible byline is kept`);
  }
  if (!byline && !authors.length) warnings.push('no byline found');

  // The article's date: a dateline or a byline's date in the header above the body first, then a
  // dateline anywhere. A comment's timestamp below the article is a later date, not the article's.
  const firstBody = blocks.findIndex((b) => b.label === 'body');
  const header = firstBody < 0 ? blocks : blocks.slice(0, firstBody);
  const dateline =
    header
      .filter((b) => b.label === 'dateline' || b.label === 'byline' || (b.label !== 'headline' && wordCount(b.text) <= 12 && isDateLine(b.text)))
      .map((b) => parseDate(b.text))
      .find((d) => d !== null) ??
    of('dateline').map((b) => parseDate(b.text)).find((d) => d !== null) ??
    null;
  const published = meta.published ?? dateline;

  const images: ImageRef[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.label === 'caption') {
      // A gallery's slide counter ("3/12 ") numbers the photo; it is not part of the caption.
      const img = splitCaption(b.text.replace(/^\s*\d{1,3}\s*\/\s*\d{1,3}\s+/u, ''), rules);
      const next = blocks[i + 1];
      if (!img.credit && next?.label === 'credit') img.credit = next.text.trim();
      images.push(img);
    } else if (b.label === 'credit' && blocks[i - 1]?.label !== 'caption') {
      images.push({ caption: '', credit: b.text.trim() });
    }
  }

  const section = cleanSections(
    headlineCrumbs.length ? headlineCrumbs : of('section').flatMap((b) => (BREADCRUMB_RE.test(b.text) ? trailSections(b.text.split(CRUMB_SEPARATOR_RE), headline) : [b.text])),
  );
  const removed: Removed[] = blocks.filter((b) => BOILER.has(b.label)).map((b) => ({ label: b.label, rule: b.rule || 'unknown', text: b.text }));

  return ok({
    headline,
    dek: oneLine(of('dek')[0]?.text),
    byline,
    authors: withoutOutlet(uniq(authors), meta.publisher),
    publisher: of('publisher')[0]?.text ?? meta.publisher ?? printedSiteName(meta.documentTitle, blocks)?.site ?? null,
    section: section.length ? section : (meta.section ?? []),
    published,
    summary: of('summary')[0]?.text ?? null,
    body: bodyText,
    images: images.filter((im) => im.caption || im.credit),
    lang: meta.lang ?? detectLang(bodyText, rules),
    stats: { words: bodyWords, paragraphs: body.length, removedBlocks: removed.length },
    warnings,
    removed,
  });
}
