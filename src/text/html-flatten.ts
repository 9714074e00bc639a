/**
 * A guard for pathological HTML. htmlparser2 keeps its open-element stack with unshift, so a
 * document nested tens of thousands of elements deep costs quadratic time to parse (seconds at
 * 100,000 levels). Real pages are a few dozen levels deep: past a limit the page is read as text,
 * its tags dropped in one linear pass, and the document goes through the text pipeline.
 */

/** Elements that never hold children, so they do not deepen the tree. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', '!doctype']);
/** Elements whose end starts a new line of text when tags are dropped. */
const BLOCK = /^(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|aside|blockquote|pre|figure|figcaption|dd|dt|main|form|title)$/i;
const TAG_RE = /<(\/?)([a-zA-Z!][\w:-]*)[^>]*?(\/?)>/g;

/**
 * The deepest nesting of elements, counted up to `limit` (the scan stops there). Tags are what
 * TAG_RE matches, found by a hand-written scan: indexOf for '<' and '>' instead of a regex match
 * and a lower-cased name string per tag.
 */
export function nestingDepth(html: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let lt = html.indexOf('<');
  while (lt !== -1) {
    let i = lt + 1;
    const closing = html.charCodeAt(i) === SLASH;
    if (closing) i++;
    const first = html.charCodeAt(i);
    if (!(isAsciiLetter(first) || first === BANG)) {
      lt = html.indexOf('<', lt + 1); // no tag starts here
      continue;
    }
    const nameStart = i;
    i++;
    while (i < html.length && isNameChar(html.charCodeAt(i))) i++;
    const gt = html.indexOf('>', i);
    if (gt === -1) break; // no '>' ahead: no later '<' can start a tag either
    lt = html.indexOf('<', gt + 1);
    // The lazy [^>]*? stops at the first '>', taking a '/' right before it as (\/?).
    if (html.charCodeAt(gt - 1) === SLASH || isVoid(html, nameStart, i)) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if (++depth > max) {
      max = depth;
      if (max > limit) return max;
    }
  }
  return max;
}
const SLASH = 0x2f;
const BANG = 0x21;

/** VOID.has(name.toLowerCase()) for the tag name at [start, end), without cutting it out. */
function isVoid(html: string, start: number, end: number): boolean {
  const names = VOID_BY_LENGTH.get(end - start);
  if (names === undefined) return false;
  // Name characters are [A-Za-z0-9_:!-]: OR-ing 0x20 lower-cases letters and maps no other one onto a letter or '!'.
  for (const name of names) {
    let j = 0;
    while (j < name.length && (html.charCodeAt(start + j) | 0x20) === name.charCodeAt(j)) j++;
    if (j === name.length) return true;
  }
  return false;
}
const VOID_BY_LENGTH = new Map<number, string[]>();
for (const name of VOID) VOID_BY_LENGTH.set(name.length, [...(VOID_BY_LENGTH.get(name.length) ?? []), name]);

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** [\w:-] */
function isNameChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x3a || c === 0x2d;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Drop tags (scripts and styles with their content), keep text, one line per block element. */
export function flattenHtml(html: string): string {
  return html
    .replace(/<(script|style|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(TAG_RE, (_m, _close: string, name: string) => (BLOCK.test(name) ? '\n' : ''))
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]*\n\s*/g, '\n');
}
