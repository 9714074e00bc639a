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

/** The deepest nesting of elements, counted up to `limit` (the scan stops there). */
export function nestingDepth(html: string, limit: number): number {
  let depth = 0;
  let max = 0;
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(html); m; m = TAG_RE.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (VOID.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) {
      max = depth;
      if (max > limit) return max;
    }
  }
  return max;
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
