/** Whitespace and Unicode normalisation shared by every stage that reads text. */
import { charFlags, CJK, codePointAt, LETTER, NUMBER, WORD } from './chars.js';

/** Unicode space separators (NBSP, thin, ideographic, …) and zero-width characters a dump may carry. */
const SPACE_RE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH_RE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** C0/C1 controls other than tab and newline never belong in output text. */
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * The modifier letter apostrophe (U+02BC) between two letters: what lynx prints for a typographic
 * apostrophe ("keeperʼs", "lʼaube"). As a letter it would glue "keeper" and "s" into one word.
 */
const MODIFIER_APOSTROPHE_RE = /(?<=\p{L})\u02bc(?=\p{L})/gu;

/** Normalise a whole decoded document: line endings to \n, Unicode spaces to ' ', controls dropped, ʼ to ’. */
export function normalizeDocument(text: string): string {
  const out = text
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(ZERO_WIDTH_RE, '')
    .replace(SPACE_RE, ' ')
    .replace(CONTROL_RE, '');
  return out.includes('\u02bc') ? out.replace(MODIFIER_APOSTROPHE_RE, '\u2019') : out;
}

/** Collapse runs of spaces and tabs inside a line and trim it. */
export function collapseSpaces(line: string): string {
  return line.replace(/[ \t]+/g, ' ').trim();
}

/**
 * Words as the scorer and the stats count them: runs of letters, digits and underscore
 * (`text.match(/[\p{L}\p{N}_]+/gu)`), cut out in one pass over the code points, which is about a
 * third faster than the global match.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  eachWord(text, (w) => out.push(w));
  return out;
}

/** Adds the words of `text` (what `words(text)` lists) to `into`, without building the list. */
export function addWords(text: string, into: Set<string>): void {
  eachWord(text, (w) => into.add(w));
}

/** The one scan behind words and addWords: each run of letters, digits and underscore, in order. */
function eachWord(text: string, emit: (word: string) => void): void {
  let start = -1; // start of the current word, -1 between words
  for (let i = 0; i < text.length; i++) {
    const cp = codePointAt(text, i, text.length);
    if ((charFlags(cp) & WORD) !== 0) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      emit(text.slice(start, i));
      start = -1;
    }
    if (cp > 0xffff) i++;
  }
  if (start >= 0) emit(text.slice(start));
}

/** The three counts wordCount combines; a text made of texts joined by blank lines has their sums. */
interface WordTally {
  cjk: number;
  wordRuns: number;
  splitRuns: number;
}

/**
 * Words in a text: runs of letters and digits, and each Han/kana character. Counted in one pass
 * over code points (no array of matches), exactly as the regexes in the comments would count.
 */
export function wordCount(text: string): number {
  const tally: WordTally = { cjk: 0, wordRuns: 0, splitRuns: 0 };
  tallyWords(text, tally);
  return tallyCount(tally);
}

/**
 * `wordCount(texts.join('\n\n'))` and the largest `wordCount` of one text, in one pass over each
 * text: a blank line is no letter, digit or Han/kana character, so no run crosses it and each
 * count of the joined text is the sum of the texts' counts.
 */
export function paragraphsWordCount(texts: readonly string[]): { total: number; longest: number } {
  const sum: WordTally = { cjk: 0, wordRuns: 0, splitRuns: 0 };
  const one: WordTally = { cjk: 0, wordRuns: 0, splitRuns: 0 };
  let longest = 0;
  for (const text of texts) {
    tallyWords(text, one);
    sum.cjk += one.cjk;
    sum.wordRuns += one.wordRuns;
    sum.splitRuns += one.splitRuns;
    longest = Math.max(longest, tallyCount(one));
  }
  return { total: tallyCount(sum), longest };
}

function tallyCount(t: WordTally): number {
  return t.cjk ? t.cjk + t.splitRuns : t.wordRuns;
}

/** Sets `tally` to the counts of `text`. */
function tallyWords(text: string, tally: WordTally): void {
  let cjk = 0; // /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu
  let wordRuns = 0; // /[\p{L}\p{N}_]+/gu
  // /[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\P{L}\p{N}_]+|[\p{N}_]+/gu: runs of
  // non-Han/kana letters, and runs of digits and underscores, counted apart.
  let splitRuns = 0;
  let prevWord = false;
  let prevRun = 0; // 0: neither, 1: a non-Han/kana letter, 2: a digit or underscore
  for (let i = 0; i < text.length; i++) {
    const cp = codePointAt(text, i, text.length);
    if (cp > 0xffff) i++;
    const f = charFlags(cp);
    const word = (f & WORD) !== 0;
    if (word && !prevWord) wordRuns++;
    prevWord = word;
    if ((f & CJK) !== 0) cjk++;
    const run = (f & (NUMBER | LETTER)) === 0 ? (cp === 0x5f ? 2 : 0) : (f & NUMBER) !== 0 ? 2 : (f & CJK) !== 0 ? 0 : 1;
    if (run !== 0 && run !== prevRun) splitRuns++;
    prevRun = run;
  }
  tally.cjk = cjk;
  tally.wordRuns = wordRuns;
  tally.splitRuns = splitRuns;
}

/** Key for comparing two blocks' text: case, punctuation and spacing ignored. */
export function comparisonKey(text: string): string {
  const cache = text.length > KEY_CACHE_MAX_TEXT ? longKeyCache : keyCache;
  let key = cache.get(text);
  if (key === undefined) {
    key = computeKey(text);
    cache.set(text, key);
  }
  return key;
}

/**
 * Stages compare the same blocks many times (headline repeats, phrase tables, sections, repeated
 * blocks); NFKC is the costly part, so keys are memoised. Short texts repeat across documents and
 * get a large cache; long blocks only within one document (features and classify key each one),
 * so their cache is small: it holds a document or two, and never pins many pages' text.
 */
class BoundedCache {
  private readonly map = new Map<string, string>();
  private chars = 0;
  constructor(
    private readonly maxEntries: number,
    private readonly maxChars: number,
  ) {}

  get(text: string): string | undefined {
    return this.map.get(text);
  }

  set(text: string, key: string): void {
    // Bounded: a folder run must not grow it.
    if (this.map.size >= this.maxEntries || this.chars >= this.maxChars) {
      this.map.clear();
      this.chars = 0;
    }
    this.map.set(text, key);
    this.chars += text.length;
  }
}
const KEY_CACHE_MAX_TEXT = 600;
const keyCache = new BoundedCache(50_000, Infinity);
const longKeyCache = new BoundedCache(1_000, 1_000_000);
const ASCII_RE = /^[\x00-\x7f]*$/;

/**
 * NFKC, lower case, and the runs of letters and digits joined by single spaces: what
 * `.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` gives, built in one pass (about twice as fast).
 */
function computeKey(text: string): string {
  // ASCII text is already in NFKC: skip the normalisation.
  const norm = (ASCII_RE.test(text) ? text : text.normalize('NFKC')).toLowerCase();
  // The runs are joined (not concatenated one by one) so that the cached key is one flat string,
  // not a chain of slices that keeps the whole lower-cased text alive.
  const runs: string[] = [];
  let start = -1; // start of the current run of letters and digits, -1 between runs
  for (let i = 0; i < norm.length; i++) {
    const cp = codePointAt(norm, i, norm.length);
    if ((charFlags(cp) & (LETTER | NUMBER)) !== 0) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(norm.slice(start, i));
      start = -1;
    }
    if (cp > 0xffff) i++;
  }
  if (start >= 0) runs.push(norm.slice(start));
  return runs.length === 1 ? runs[0]! : runs.join(' ');
}
