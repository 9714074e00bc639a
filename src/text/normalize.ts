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
export function wordCount(text: string): number {
  let n = 0;
  WORD_RE.lastIndex = 0;
  while (WORD_RE.exec(text)) n++;
  return n;
}

/** Key for comparing two blocks' text: case, punctuation and spacing ignored. */
export function comparisonKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
