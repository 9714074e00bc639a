/**
 * Plain-text dump → Block[]. The layout decides the unit:
 * - "lines" (browser innerText, copy-paste): one paragraph per line, blank lines optional;
 * - "wrapped" (lynx -dump, email-style): paragraphs hard-wrapped at a fixed width and re-flowed
 *   here: a line continues the previous one only when the previous line was broken because the
 *   next word did not fit.
 * Header lines where inline breadcrumbs were glued to the headline are split.
 */
import type { Block, Segmented } from '../model/block.js';
import { THRESHOLDS } from '../options.js';
import type { CompiledRules } from '../rules/index.js';
import { bylineAuthors, stripBylinePrefix } from '../text/byline.js';
import { dateSpanEnd } from '../text/dates.js';
import { collapseSpaces, comparisonKey, normalizeDocument } from '../text/normalize.js';

/** A bullet at the start of a line: *, •, ·, -, –, +, o (lynx nested lists), or "1." / "1)". */
const BULLET_RE = /^(?:[*•·▪●◦‣+\-–—]|o(?=\s))\s+/u;
const NUMBERED_RE = /^\d{1,3}[.)]\s+(?=\S)/;
/** Lynx marks list items with *, + or o, and prints a '#' before the titles of a page's <link> elements. */
const LYNX_MARKER_RE = /^#(?=\S)/;

interface Line {
  raw: string;
  indent: number;
  text: string;
}

function toLines(text: string): Line[] {
  return text.split('\n').map((raw) => {
    // trimEnd/trimStart strip exactly \s (white space and line terminators), without a regex scan.
    const trimmedEnd = raw.trimEnd();
    const trimmed = trimmedEnd.trimStart();
    return { raw: trimmedEnd, indent: trimmedEnd.length - trimmed.length, text: trimmed };
  });
}

/**
 * The wrap width of a hard-wrapped dump, or 0 when lines are paragraphs. A wrapped dump has no
 * line longer than the width (bar the odd unbreakable token such as a URL) and several lines that
 * come close to it; an innerText dump has paragraph lines far longer than any wrap width.
 */
export function detectWrapWidth(lines: Line[]): number {
  const lengths = lines.filter((l) => l.text.length > 0 && /\s/.test(l.text)).map((l) => l.raw.length);
  if (lengths.length < 8) return 0;
  let width = 0; // a loop, not Math.max(...lengths): a 50 MB dump has millions of lines
  for (const n of lengths) if (n > width) width = n;
  if (width > THRESHOLDS.maxWrapWidth || width < THRESHOLDS.minWrapWidth) return 0;
  const filled = lengths.filter((n) => n >= width * THRESHOLDS.filledLineRatio).length;
  return filled >= 3 && filled / lengths.length >= THRESHOLDS.wrappedLineShare ? width : 0;
}

function firstWordLength(text: string): number {
  const m = /^\S+/.exec(text);
  return m ? m[0].length : 0;
}

function stripBullet(text: string): { text: string; bullet: boolean } {
  const m = BULLET_RE.exec(text);
  if (m && text.length > m[0].length) return { text: text.slice(m[0].length), bullet: true };
  return { text, bullet: false };
}

interface RawBlock {
  text: string;
  kind: Block['kind'];
}

/** One block per non-blank line; tab-separated cells are table rows. */
function segmentLines(lines: Line[], rules: CompiledRules): RawBlock[] {
  const out: RawBlock[] = [];
  let afterBlank = true;
  for (const line of lines) {
    if (!line.text) {
      afterBlank = true;
      continue;
    }
    if (line.text.includes('\t')) {
      const cells = line.text.split('\t').map(collapseSpaces).filter(Boolean);
      if (cells.length) out.push({ text: cells.join(' '), kind: cells.length > 1 ? 'table-row' : 'paragraph' });
      afterBlank = false;
      continue;
    }
    const { text, bullet } = stripBullet(collapseSpaces(line.text));
    const prev = out[out.length - 1];
    // A sentence broken across lines (a <br> inside a paragraph): the line before stops mid-sentence
    // and this one goes on in lower case.
    if (!afterBlank && !bullet && prev?.kind === 'paragraph' && continuesSentence(prev.text, text, rules)) prev.text = `${prev.text} ${text}`;
    else out.push({ text, kind: bullet ? 'list-item' : 'paragraph' });
    afterBlank = false;
  }
  return out;
}

/**
 * Does `next` continue the sentence that `prev` broke off? Short lines (menus, "by Jane Roe"),
 * a byline and an icon's ligature name ("chevron_left …") never do.
 */
function continuesSentence(prev: string, next: string, rules: CompiledRules): boolean {
  if (prev.length < THRESHOLDS.brokenLineMinChars || !/^\p{Ll}/u.test(next) || /[.!?:;…"”’)\]|]$/u.test(prev)) return false;
  if (prev.split(' ').length < 5 || next.split(' ').length < 4 || /^\p{Ll}+_/u.test(next)) return false;
  return stripBylinePrefix(next, rules) === null;
}

/** A line that ends, and one that starts, with Chinese or Japanese text (or its punctuation): no space between them. */
const CJK_END_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60]$/u;
const CJK_START_RE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60]/u;

/** Re-flow hard-wrapped paragraphs. */
function segmentWrapped(lines: Line[], width: number): RawBlock[] {
  const out: RawBlock[] = [];
  let current: { parts: string[]; kind: Block['kind']; indent: number; lastRaw: number } | null = null;
  const flush = (): void => {
    if (current) {
      // CJK text broken mid-run joins without a space; other lines join with one.
      let joined = current.parts[0]!;
      for (let k = 1; k < current.parts.length; k++) {
        const part = current.parts[k]!;
        joined += CJK_END_RE.test(joined) && CJK_START_RE.test(part) ? part : ` ${part}`;
      }
      out.push({ text: collapseSpaces(joined), kind: current.kind });
    }
    current = null;
  };
  for (const line of lines) {
    if (!line.text) {
      flush();
      continue;
    }
    // The dump's first line keeps its '#': there it is lynx's bar of the page's <link> elements,
    // which classify recognises as such (signal:link-bar).
    const text: string = out.length === 0 && current === null ? line.text : line.text.replace(LYNX_MARKER_RE, '');
    const bullet = stripBullet(text);
    const numbered = NUMBERED_RE.test(text);
    const prev = current as { parts: string[]; kind: Block['kind']; indent: number; lastRaw: number } | null;
    // The previous line was full: the writer broke it because this line's first word did not fit.
    const continues =
      prev !== null &&
      !bullet.bullet &&
      !numbered &&
      prev.lastRaw + 1 + firstWordLength(text) > width - THRESHOLDS.wrapSlack &&
      line.indent >= prev.indent - 1;
    if (continues && prev) {
      prev.parts.push(text);
      prev.lastRaw = line.raw.length;
      continue;
    }
    flush();
    current = {
      parts: [bullet.text],
      kind: bullet.bullet || numbered ? 'list-item' : 'paragraph',
      // continuation lines of a list item are indented past the bullet
      indent: bullet.bullet ? line.indent + (text.length - bullet.text.length) : line.indent,
      lastRaw: line.raw.length,
    };
  }
  flush();
  return out;
}

/**
 * A text browser's bar of the page's <link> elements, the dump's first line: '#' and a link title
 * right after it, no space ("#Site » Feed Site » Comments Feed"; a Markdown heading has a space).
 */
export function isLinkBar(text: string): boolean {
  return /^\s*#[^\s#]/u.test(text);
}

/** Lower-case letter followed by an upper-case one with no space: where inline elements were glued. */
const GLUE_RE = /(?<=\p{Ll}{2})(?=\p{Lu})|(?<=\p{Ll}[.!?])(?=\p{Lu}\p{Ll})/gu;

/** `key.split(' ').length >= 3`, without the array. */
function hasThreeWords(key: string): boolean {
  const first = key.indexOf(' ');
  return first !== -1 && key.indexOf(' ', first + 1) !== -1;
}

/**
 * Split header lines in which breadcrumbs were glued to the headline. A split point is trusted when
 * the text after it is another block of the dump (the headline repeated on its own line) or the
 * text before it is a known section name; camel-case words ("JavaScript") stay whole otherwise.
 */
function splitGlued(blocks: RawBlock[], rules: CompiledRules): Array<RawBlock & { glued?: boolean }> {
  const keys = new Set<string>();
  for (const b of blocks) {
    const k = comparisonKey(b.text);
    if (hasThreeWords(k)) keys.add(k);
  }
  const out: Array<RawBlock & { glued?: boolean }> = [];
  const window = Math.min(blocks.length, THRESHOLDS.headerWindow);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (i >= window || b.text.length > 300 || !/\p{Ll}\p{Lu}/u.test(b.text) || (i === 0 && isLinkBar(b.text))) {
      out.push(b);
      continue;
    }
    const cuts = [...b.text.matchAll(GLUE_RE)].map((m) => m.index ?? 0).filter((x) => x > 0);
    if (!cuts.length) {
      out.push(b);
      continue;
    }
    // Walk the cut points left to right, keeping a cut when the piece before it is a section name
    // or the text after it is (the start of) a block that stands alone elsewhere in the dump.
    const pieces: string[] = [];
    let start = 0;
    for (const cut of cuts) {
      const before = b.text.slice(start, cut).trim();
      const after = b.text.slice(cut).trim();
      // A section name glued to one or two words is a camel-case name ("TechRepublic", "tvOS 13"), not a crumb on a headline.
      const trusted = (rules.sections.has(comparisonKey(before)) && hasThreeWords(comparisonKey(after))) || keys.has(comparisonKey(after)) || keys.has(comparisonKey(before));
      if (trusted) {
        pieces.push(before);
        start = cut;
      }
    }
    pieces.push(b.text.slice(start).trim());
    if (pieces.length === 1) out.push(b);
    else for (const p of pieces) if (p) out.push({ text: p, kind: 'paragraph', glued: true });
  }
  return out;
}

/** A byline line is short: its names and its date sit within this many characters. */
const BYLINE_LINE_MAX_CHARS = 160;

/**
 * A byline with its date that re-flow or a missing line break glued to the text below it ("By
 * Jane Roe Published March 3, 2025 9:05 pm The council voted …"): cut after the date (and its
 * time), when the part before it is a byline and at least four words follow. Header blocks only.
 */
function splitLeadingByline(blocks: Array<RawBlock & { glued?: boolean }>, rules: CompiledRules): Array<RawBlock & { glued?: boolean }> {
  const window = Math.min(blocks.length, THRESHOLDS.headerWindow);
  const out: Array<RawBlock & { glued?: boolean }> = [];
  for (let i = 0; i < blocks.length; i++) {
    let b = blocks[i]!;
    // A label glued in front of the byline ("All IndiaEdited by Jane Roe"): cut where the byline starts.
    const cut = i < window && b.text.length <= 300 && stripBylinePrefix(b.text, rules) === null ? gluedBylineStart(b.text, rules) : -1;
    if (cut > 0) {
      out.push({ text: b.text.slice(0, cut).trim(), kind: 'paragraph', glued: true });
      b = { ...b, text: b.text.slice(cut) };
    }
    const end = i < window && b.text.length > BYLINE_LINE_MAX_CHARS / 4 && stripBylinePrefix(b.text, rules) !== null ? dateSpanEnd(b.text, BYLINE_LINE_MAX_CHARS) : -1;
    const head = end > 0 ? b.text.slice(0, end).trim() : '';
    const rest = end > 0 ? b.text.slice(end).replace(/^[\s,;:|•·–—-]+/u, '') : '';
    if (end > 0 && rest.split(' ').length >= 4 && bylineAuthors(head, rules) !== null) out.push({ text: head, kind: 'paragraph' }, { ...b, text: rest });
    else out.push(b);
  }
  return out;
}

/** Where a byline starts right after a word it was glued to (a lower-case letter, then its prefix), or -1. */
function gluedBylineStart(text: string, rules: CompiledRules): number {
  for (const m of text.slice(0, BYLINE_LINE_MAX_CHARS / 2).matchAll(GLUE_RE)) {
    const at = m.index ?? 0;
    if (at > 0 && stripBylinePrefix(text.slice(at), rules) !== null && bylineAuthors(text.slice(at, at + BYLINE_LINE_MAX_CHARS), rules) !== null) return at;
  }
  return -1;
}

/**
 * An image a text browser printed as its file name in brackets ("[3f9c….png]", "[photo.jpg?w=800]",
 * a bare UUID a CDN names it by, or the tail of an inline SVG data URI: "[svg%3E]").
 */
const IMAGE_PLACEHOLDER_RE = /\[[^\]\s]{1,200}\.(?:png|jpe?g|gif|webp|svg|avif)(?:[?#][^\]\s]{0,400})?\]|\[[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\]|\[[^\]\s]{0,200}%3E\]/giu;

/** A block's text without the image file names printed inside it; a block of nothing else stays as it is (a UI label). */
function withoutImagePlaceholders(text: string): string {
  if (!text.includes('[')) return text;
  const out = text.replace(IMAGE_PLACEHOLDER_RE, ' ').replace(/ {2,}/g, ' ').trim();
  return out ? out : text;
}

/** The heading of the link list `lynx -dump` prints after the page (without -nolist). */
const LYNX_LINK_LIST_RE = /^[ \t]*(?:References|Visible links:?|Hidden links:)[ \t]*\n(?:[ \t]*\n)*[ \t]*\d{1,5}\.[ \t]+[a-z][\w+.-]*:\S*/gmu;
/** lynx's link number in front of the link's text ("[12]Jane Roe"). */
const LYNX_LINK_MARK_RE = /\[\d{1,5}\]/g;

/**
 * `lynx -dump` without -nolist numbers each link ("By [12]Jane Roe") and lists the links at the
 * end ("References", then "  1. https://…"). When that list is there, it is cut off and the
 * numbers are dropped, so the dump reads as the -nolist one does; without the list, "[12]" may be
 * the page's own footnote mark and stays.
 */
export function withoutLynxLinkList(text: string): string {
  let at = -1;
  for (const m of text.matchAll(LYNX_LINK_LIST_RE)) at = m.index ?? -1;
  if (at < 0) return text;
  return text.slice(0, at).replace(LYNX_LINK_MARK_RE, '');
}

/** Segment a decoded plain-text dump. */
export function segmentText(decoded: string, rules: CompiledRules): Segmented {
  const lines = toLines(withoutLynxLinkList(normalizeDocument(decoded)));
  const width = detectWrapWidth(lines);
  const raw = width ? segmentWrapped(lines, width) : segmentLines(lines, rules);
  const glued = splitLeadingByline(splitGlued(raw, rules), rules);
  const blocks: Block[] = glued.map((b, index) => ({
    index,
    text: withoutImagePlaceholders(b.text),
    kind: b.kind,
    ...(b.glued ? { glued: true } : {}),
  }));
  return { format: 'text', blocks, meta: { sources: {} }, layout: width ? 'wrapped' : 'lines' };
}
