/**
 * The article's sections as a reader would name them, from a breadcrumb trail, a section label
 * or the page metadata: cleaned of what is not a section name (the trail's home page and its
 * label, the page itself at the trail's end, dates, sentences, tag lists).
 */
import { CURRENT_PAGE_CRUMBS, HOME_CRUMBS, TRAIL_LABELS } from '../rules/sections.js';
import { isDateLine } from './dates.js';
import { comparisonKey, wordCount } from './normalize.js';

const TRAIL_LABEL_RE = new RegExp(`^(?:${TRAIL_LABELS.join('|')})\\s*[:：]?\\s*`, 'iu');
/** A trail's arrow left in front of a crumb ("» News"): cut off. */
const LEADING_ARROWS_RE = /^[>»›→]+\s*/u;
/** A link pointing back ("< Zurück", "← Back"): navigation, not a section. */
const BACK_LINK_RE = /^[<«‹←]/u;
/** A section name is a few words: longer is a sentence (a description put in the section field). */
const MAX_SECTION_WORDS = 6;
const MAX_SECTION_CHARS = 60;
/** More names than a trail is deep is a keyword list, not where the article sits. */
const MAX_SECTIONS = 5;

/**
 * The sections of a trail's crumbs, in order: the label in front of the trail and its home page
 * dropped, and the last crumb when it is the page itself (the headline, or a "main text" placeholder).
 */
export function trailSections(crumbs: readonly string[], headline: string | null): string[] {
  const out = crumbs.map((c) => c.trim());
  if (out.length > 0) out[0] = out[0]!.replace(TRAIL_LABEL_RE, '');
  if (out.length > 0 && HOME_CRUMBS.has(out[0]!.toLowerCase())) out.shift();
  const last = out[out.length - 1];
  if (last !== undefined && (CURRENT_PAGE_CRUMBS.has(last) || (headline !== null && isThePage(last, headline)))) out.pop();
  return out;
}

/** A crumb that names the page: the headline, or its start cut off with an ellipsis. */
function isThePage(crumb: string, headline: string): boolean {
  const c = comparisonKey(crumb.replace(/(?:\.\.\.|…)$/u, ''));
  const h = comparisonKey(headline);
  return c !== '' && (c === h || (wordCount(c) >= 3 && h.startsWith(c)));
}

/**
 * Section names, each once (case aside), in order: a comma-joined list is split, a trail's arrow
 * is cut off, and a back link, a date or a sentence is dropped. A list longer than a trail is deep
 * is a tag list and gives none.
 */
export function cleanSections(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    for (const part of name.split(/\s*[,;]\s*/u)) {
      const clean = part.replace(LEADING_ARROWS_RE, '').replace(/\s+/g, ' ').trim();
      if (clean === '' || BACK_LINK_RE.test(clean) || clean.length > MAX_SECTION_CHARS || clean.split(' ').length > MAX_SECTION_WORDS || isDateLine(clean)) continue;
      const key = clean.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(clean);
    }
  }
  return out.length > MAX_SECTIONS ? [] : out;
}
