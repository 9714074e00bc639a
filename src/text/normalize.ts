/** Whitespace and Unicode normalisation shared by every stage that reads text. */

/** Unicode space separators (NBSP, thin, ideographic, …) and zero-width characters a dump may carry. */
const SPACE_RE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH_RE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** C0/C1 controls other than tab and newline never belong in output text. */
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Normalise a whole decoded document: line endings to \n, Unicode spaces to ' ', controls dropped. */
export function normalizeDocument(text: string): string {
  return text
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(ZERO_WIDTH_RE, '')
    .replace(SPACE_RE, ' ')
    .replace(CONTROL_RE, '');
}

/** Collapse runs of spaces and tabs inside a line and trim it. */
export function collapseSpaces(line: string): string {
  return line.replace(/[ \t]+/g, ' ').trim();
}

/** Words as the scorer and the stats count them: runs of letters, digits and underscore. */
const WORD_RE = /[\p{L}\p{N}_]+/gu;
export function words(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}
/** Han and kana are written without spaces: each character counts as a word (as word processors count them). */
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const NON_CJK_WORD_RE = /[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\P{L}\p{N}_]+|[\p{N}_]+/gu;

/** Words in a text: runs of letters and digits, and each Han/kana character. */
export function wordCount(text: string): number {
  const cjk = text.match(CJK_RE)?.length ?? 0;
  if (!cjk) return text.match(WORD_RE)?.length ?? 0;
  return cjk + (text.match(NON_CJK_WORD_RE)?.length ?? 0);
}

/** Key for comparing two blocks' text: case, punctuation and spacing ignored. */
export function comparisonKey(text: string): string {
  if (text.length > KEY_CACHE_MAX_TEXT) return computeKey(text);
  let key = keyCache.get(text);
  if (key === undefined) {
    key = computeKey(text);
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear(); // bounded: a folder run must not grow it
    keyCache.set(text, key);
  }
  return key;
}

/**
 * Stages compare the same short blocks many times (headline repeats, phrase tables, sections);
 * NFKC is the costly part, so keys of short texts are memoised in a bounded cache.
 */
const keyCache = new Map<string, string>();
const KEY_CACHE_SIZE = 50_000;
const KEY_CACHE_MAX_TEXT = 600;
const ASCII_RE = /^[\x00-\x7f]*$/;

function computeKey(text: string): string {
  // ASCII text is already in NFKC: skip the normalisation.
  const norm = ASCII_RE.test(text) ? text : text.normalize('NFKC');
  return norm
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
