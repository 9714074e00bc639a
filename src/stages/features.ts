/**
 * Block features: the numbers the body scorer reads. One function for text and HTML blocks (DOM
 * features are 0 for text), pure, computed once per document. The learned weights
 * (rules/weights.json) are indexed by FEATURE_NAMES; change the list and retrain.
 */
import type { Block, Label } from '../model/block.js';
import type { CompiledRules, PhraseHit, TokenHit } from '../rules/index.js';
import { charFlags, CJK, codePointAt, LETTER, LOWER, NUMBER, SPACE, UPPER, WORD } from '../text/chars.js';
import { comparisonKey, wordCount } from '../text/normalize.js';

export const FEATURE_NAMES = [
  'bias',
  'logWords',
  'prose',
  'terminalPunct',
  'ellipsis',
  'stopwordShare',
  'titleCaseShare',
  'meanWordLen',
  'digitShare',
  'phraseHit',
  'teaserRun',
  'position',
  'duplicate',
  'listItem',
  'headingOrRow',
  'ctxProse2',
  'ctxProse5',
  'inDenseRegion',
  'beforeRegion',
  'afterRegion',
  'sentenceMarks',
  'commaShare',
  'linkDensity',
  'chromeAncestor',
  'boilerToken',
  'bodyEvidence',
  'hidden',
  'domHeading',
  'containerProse',
  'commentsOrForm',
  'glued',
  'shortNeighbours',
  'prevLogWords',
  'nextLogWords',
  'prevStopShare',
  'nextStopShare',
  'prevPhrase',
  'nextPhrase',
  'distRegionEdge',
  'regionShare',
  'upperShare',
  'startsLower',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

// The end- and start-anchored tests below look at one character: V8 would try a `…$` regex at
// every position of a long block. Each helper names the regex it stands for.

/** /[.!?。！？:;"”’»)\]]$/u */
function endsTerminal(text: string): boolean {
  return text.length > 0 && TERMINAL_CODES.has(text.charCodeAt(text.length - 1));
}
const TERMINAL_CHARS = '.!?。！？:;"”’»)]';
/** The same characters as code units (all in the BMP): no one-character string per test. */
const TERMINAL_CODES = new Set(Array.from(TERMINAL_CHARS, (c) => c.charCodeAt(0)));

/** endsTerminal(text.trim()) without copying the text: trim strips exactly the \s characters. */
function endsTerminalTrimmed(text: string): boolean {
  let end = text.length;
  while (end > 0 && (charFlags(text.charCodeAt(end - 1)) & SPACE) !== 0) end--;
  return end > 0 && TERMINAL_CODES.has(text.charCodeAt(end - 1));
}

/** /(?:\.\.\.|…)\s*$/u */
function endsWithEllipsis(text: string): boolean {
  let end = text.length;
  while (end > 0 && (charFlags(text.charCodeAt(end - 1)) & SPACE) !== 0) end--;
  return text.endsWith('…', end) || text.endsWith('...', end);
}

/** /^\p{Lu}/u (or \p{Ll} with LOWER) */
function startsWithClass(text: string, flag: number): boolean {
  return text.length > 0 && (charFlags(codePointAt(text, 0, text.length)) & flag) !== 0;
}

/**
 * The character counts the vectors read besides BlockStats, gathered by blockStats in its one pass
 * over the text (each was a pass of its own).
 */
export interface TextCounts {
  /** /\p{N}/gu, counted. */
  numbers: number;
  /** text.replace(/\s+/g, '').length */
  nonSpace: number;
  /** /[.!?。！？](?=\s|$)/gu, counted. */
  sentenceMarks: number;
  /** /,/g, counted. */
  commas: number;
  /** \p{L}, and \p{Lu} among them, in the first UPPER_SHARE_SPAN code units (upperShare). */
  headLetters: number;
  headUpper: number;
}

function emptyCounts(): TextCounts {
  return { numbers: 0, nonSpace: 0, sentenceMarks: 0, commas: 0, headLetters: 0, headUpper: 0 };
}

/** upperShare looks at this many code units: menus and labels shout from their first words. */
const UPPER_SHARE_SPAN = 400;

/** Share of upper-case letters (\p{Lu} of \p{L}) in the first 400 code units: menus and labels shout, prose does not. */
function upperShare(counts: TextCounts): number {
  return counts.headLetters ? counts.headUpper / counts.headLetters : 0;
}

/** . ! ? 。 ！ ？ */
function isSentenceMark(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

export interface TokenEvidence {
  /** A token whose rule labels boilerplate (any label but body, dek and headline). */
  boiler: boolean;
  /** A token whose rule labels body text. */
  body: boolean;
  /** The first token rule that labels boilerplate (the label a block left over gets), or null. */
  firstBoiler: TokenHit | null;
  /** Every label some token's rule gives (caption, credit, byline, headline, …). */
  labels: ReadonlySet<Label>;
}
const NO_TOKEN_EVIDENCE: TokenEvidence = { boiler: false, body: false, firstBoiler: null, labels: new Set() };

const TOKEN_EVIDENCE = new WeakMap<CompiledRules, WeakMap<readonly string[], TokenEvidence>>();
/** The last answer: neighbouring blocks share their list, and classify asks about one block several times in a row. */
let lastTokens: readonly string[] | undefined;
let lastRules: CompiledRules | undefined;
let lastEvidence: TokenEvidence = NO_TOKEN_EVIDENCE;

/**
 * What a block's class/id tokens say, in one pass. Blocks of one element context share their
 * token list (segment-html does not copy it), so the answer is memoised per list and rule set.
 */
export function tokenEvidence(tokens: readonly string[] | undefined, rules: CompiledRules): TokenEvidence {
  if (tokens === undefined) return NO_TOKEN_EVIDENCE;
  if (tokens === lastTokens && rules === lastRules) return lastEvidence;
  lastTokens = tokens;
  lastRules = rules;
  lastEvidence = memoTokenEvidence(tokens, rules);
  return lastEvidence;
}

function memoTokenEvidence(tokens: readonly string[], rules: CompiledRules): TokenEvidence {
  let byList = TOKEN_EVIDENCE.get(rules);
  if (byList === undefined) {
    byList = new WeakMap();
    TOKEN_EVIDENCE.set(rules, byList);
  }
  let evidence = byList.get(tokens);
  if (evidence === undefined) {
    let boiler = false;
    let body = false;
    let firstBoiler: TokenHit | null = null;
    const labels = new Set<Label>();
    for (const t of tokens) {
      const hit = rules.tokenRule(t);
      if (hit === undefined) continue;
      labels.add(hit.label);
      if (hit.label === 'body') body = true;
      else if (hit.label !== 'dek' && hit.label !== 'headline') {
        boiler = true;
        firstBoiler ??= hit;
      }
    }
    evidence = { boiler, body, firstBoiler, labels };
    byList.set(tokens, evidence);
  }
  return evidence;
}

/** Tokens from class/id that are chrome, and semantic ancestors that are chrome. */
const CHROME_ANCESTORS = new Set(['nav', 'aside', 'footer', 'header']);
const BODY_ANCESTORS = new Set(['article', 'main']);

export interface BlockStats {
  words: number;
  /** Characters in the block's words (for the mean word length). */
  letters: number;
  stopShare: number;
  titleShare: number;
  prose: boolean;
  phrase: PhraseHit | null;
}

/** Longest stopword: a longer word cannot be one (lower-casing never shortens a word). */
const MAX_STOPWORD_LENGTH = new WeakMap<ReadonlySet<string>, number>();
function maxStopwordLength(stopwords: ReadonlySet<string>): number {
  let max = MAX_STOPWORD_LENGTH.get(stopwords);
  if (max === undefined) {
    max = 0;
    for (const w of stopwords) max = Math.max(max, w.length);
    MAX_STOPWORD_LENGTH.set(stopwords, max);
  }
  return max;
}

/**
 * The ASCII stopwords as a trie over lower-case character codes, so that an ASCII word is looked
 * up while it is scanned, without cutting it out, lower-casing it and hashing it. `next[node * 128
 * + code]` is the child node (0: none; the root is node 0 and is never a child); `stop[node]` is 1
 * where a stopword ends. Words with other characters take the Set (their lower case is not ASCII
 * arithmetic: "K" (Kelvin sign) lower-cases to "k").
 */
interface AsciiTrie {
  next: Int32Array;
  stop: Uint8Array;
}
const ASCII_TRIES = new WeakMap<ReadonlySet<string>, AsciiTrie>();
function asciiTrie(stopwords: ReadonlySet<string>): AsciiTrie {
  let trie = ASCII_TRIES.get(stopwords);
  if (trie === undefined) {
    const ascii = [...stopwords].filter((w) => /^[\x00-\x7f]*$/.test(w));
    let size = 1;
    for (const w of ascii) size += w.length;
    const next = new Int32Array(size * 128);
    const stop = new Uint8Array(size);
    let nodes = 1;
    for (const w of ascii) {
      let node = 0;
      for (let k = 0; k < w.length; k++) {
        const slot = node * 128 + w.charCodeAt(k);
        if (next[slot] === 0) next[slot] = nodes++;
        node = next[slot]!;
      }
      stop[node] = 1;
    }
    trie = { next, stop };
    ASCII_TRIES.set(stopwords, trie);
  }
  return trie;
}

/**
 * Per-block statistics that do not depend on context. The words (`words(text)`: runs of
 * [\p{L}\p{N}_]) are read in one pass over the text without building the list, and only words
 * short enough to be stopwords are cut out and lower-cased. The same pass fills `counts` when
 * given (the vectors' character counts), and `key`, the text's comparisonKey when the caller
 * already has it, spares matchPhrase a cache lookup.
 */
export function blockStats(block: Block, rules: CompiledRules, key?: string, counts?: TextCounts): BlockStats {
  const text = block.text;
  const end = text.length;
  const maxStop = maxStopwordLength(rules.allStopwords);
  const { next, stop } = asciiTrie(rules.allStopwords);
  let node = 0; // trie node of the current word's lower-cased prefix; -1 off the trie; -2 not ASCII
  let n = 0;
  let stops = 0;
  let caps = 0;
  let letters = 0;
  let hasCjk = false;
  let start = -1; // start of the current word, -1 between words
  let numbers = 0;
  let nonSpace = 0;
  let sentenceMarks = 0;
  let commas = 0;
  let headLetters = 0;
  let headUpper = 0;
  for (let i = 0; i <= end; i++) {
    let f = 0;
    let cp = 0;
    if (i < end) {
      cp = codePointAt(text, i, end);
      f = charFlags(cp);
      if ((f & CJK) !== 0) hasCjk = true;
      if ((f & NUMBER) !== 0) numbers++;
      if (cp > 0xffff) nonSpace += 2; // \s is all in the BMP: both code units count
      else {
        if ((f & SPACE) === 0) nonSpace++;
        if (cp === 0x2c) commas++;
        else if (isSentenceMark(cp) && (i + 1 === end || (charFlags(text.charCodeAt(i + 1)) & SPACE) !== 0)) sentenceMarks++;
      }
      // upperShare reads the first UPPER_SHARE_SPAN code units: a pair cut by that limit is a lone surrogate there.
      if (i < UPPER_SHARE_SPAN && (cp <= 0xffff || i + 1 < UPPER_SHARE_SPAN) && (f & LETTER) !== 0) {
        headLetters++;
        if ((f & UPPER) !== 0) headUpper++;
      }
    }
    if ((f & WORD) !== 0) {
      if (start < 0) {
        start = i;
        n++;
        if ((f & UPPER) !== 0) caps++;
        node = 0;
      }
      if (cp >= 0x80) node = -2; // not ASCII: the Set decides (even off the trie, its lower case may be a stopword)
      else if (node >= 0) node = next[node * 128 + (cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp)]! || -1;
    } else if (start >= 0) {
      letters += i - start;
      if (i - start <= maxStop && (node === -2 ? rules.allStopwords.has(text.slice(start, i).toLowerCase()) : node > 0 && stop[node] === 1)) stops++;
      start = -1;
    }
    if (cp > 0xffff) i++;
  }
  if (counts !== undefined) {
    counts.numbers = numbers;
    counts.nonSpace = nonSpace;
    counts.sentenceMarks = sentenceMarks;
    counts.commas = commas;
    counts.headLetters = headLetters;
    counts.headUpper = headUpper;
  }
  const stopShare = n ? stops / n : 0;
  const titleShare = n ? caps / n : 0;
  // Han and kana have no spaces: wordCount counts their characters as words (without them it
  // counts the same runs as above).
  const effWords = hasCjk ? wordCount(text) : n;
  const cjk = effWords > n * 2;
  const prose = effWords >= 12 && (stopShare >= 0.15 || cjk) && endsTerminalTrimmed(text);
  return { words: effWords, letters, stopShare, titleShare, prose, phrase: rules.matchPhrase(text, key) };
}

/**
 * Stopwords only speak for languages we have lists for. In a document whose words are almost
 * never our stopwords (Latin filler, Korean, Greek, …) every block would look like a menu: there
 * the stopword share is set to a neutral value and prose is recognised by length and punctuation.
 */
export function languageNeutral(stats: BlockStats[], blocks: Block[]): BlockStats[] {
  let words = 0;
  let stops = 0;
  for (const st of stats) {
    words += st.words;
    stops += st.stopShare * st.words;
  }
  if (words === 0 || stops / words >= UNKNOWN_LANGUAGE_STOP_SHARE) return stats;
  return stats.map((st, i) => ({
    ...st,
    stopShare: NEUTRAL_STOP_SHARE,
    prose: st.words >= 12 && endsTerminalTrimmed(blocks[i]!.text),
  }));
}
/** Below this share of stopwords over the whole document, its language is not one we know. */
const UNKNOWN_LANGUAGE_STOP_SHARE = 0.04;
/** A typical prose share, so that the scorer's stopword weight neither helps nor hurts. */
const NEUTRAL_STOP_SHARE = 0.25;

/** Boolean → 0/1. */
const b = (x: boolean): number => (x ? 1 : 0);

/**
 * The densest region of prose: the maximum-sum run of blocks where prose blocks count by their
 * length and everything else counts against (Finn et al.'s body text extraction, over blocks).
 */
export function denseRegion(stats: BlockStats[], blocks: Block[]): [number, number] {
  let best = 0;
  let bestRange: [number, number] = [0, -1];
  let sum = 0;
  let start = 0;
  for (let i = 0; i < stats.length; i++) {
    const s = stats[i]!;
    const boiler = s.phrase !== null || (blocks[i]?.dom?.linkDensity ?? 0) > 0.5;
    const v = boiler ? -3 : s.prose ? Math.log1p(s.words) : s.words >= 8 && s.stopShare > 0.2 ? 0.5 : -1;
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += v;
    if (sum > best) {
      best = sum;
      bestRange = [start, i];
    }
  }
  return bestRange;
}

export interface DocumentFeatures {
  stats: BlockStats[];
  region: [number, number];
  teaser: boolean[];
  vectors: number[][];
  /** comparisonKey of each block's text, and how many blocks of the document share each key. */
  keys: string[];
  keyCount: Map<string, number>;
}

/**
 * Teaser runs: a heading phrase ("Latest news", "Related") opens a run of short, title-like
 * items or "…" snippets that lasts until the next prose block.
 */
export function teaserRuns(blocks: Block[], stats: BlockStats[]): boolean[] {
  const out = new Array<boolean>(blocks.length).fill(false);
  let open = false;
  let lastNumber = -1; // the last "N." item outside a run: the article's own numbering
  for (let i = 0; i < blocks.length; i++) {
    const s = stats[i]!;
    const text = blocks[i]!.text;
    if (s.phrase?.heading) {
      open = true;
      out[i] = true;
      continue;
    }
    const numbered = NUMBERED_ITEM_RE.exec(text);
    const n = numbered ? Number(numbered[1]) : -1;
    // The article's next numbered item ("5. …" after "4. …") ends a teaser box placed inside a listicle.
    if (open && n >= 0 && n === lastNumber + 1) open = false;
    if (!open) {
      if (n >= 0) lastNumber = n;
      continue;
    }
    // A teaser is a title, maybe with a snippet; a list item of long prose is the article's own list.
    const teaserLike = endsWithEllipsis(text) || (!s.prose && s.words <= 25) || (blocks[i]!.kind === 'list-item' && !(s.prose && s.words > 25));
    if (teaserLike) out[i] = true;
    else open = false;
  }
  return out;
}

/** A numbered item or sub-heading: "5. Beware …", "5) …". */
const NUMBERED_ITEM_RE = /^(\d{1,2})[.)]\s/u;

/** Feature vectors for every block of a document. */
export function documentFeatures(blocks: Block[], rules: CompiledRules): DocumentFeatures {
  // Keys first: matchPhrase (in blockStats) reuses them.
  const keys = blocks.map((blk) => comparisonKey(blk.text));
  const counts = blocks.map(() => emptyCounts());
  const stats = languageNeutral(blocks.map((blk, i) => blockStats(blk, rules, keys[i], counts[i])), blocks);
  const region = denseRegion(stats, blocks);
  const teaser = teaserRuns(blocks, stats);
  const n = blocks.length;
  const keyCount = new Map<string, number>();
  for (const k of keys) keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
  const proseArr = stats.map((s) => (s.prose ? 1 : 0));
  // Prefix sums for windowed context averages.
  const prefix = [0];
  for (const p of proseArr) prefix.push(prefix[prefix.length - 1]! + p);
  const windowAvg = (i: number, r: number): number => {
    const lo = Math.max(0, i - r);
    const hi = Math.min(n, i + r + 1);
    const count = hi - lo - 1;
    return count > 0 ? (prefix[hi]! - prefix[lo]! - proseArr[i]!) / count : 0;
  };
  // Container prose share (HTML): prose words over all words of the block's container.
  const containerWords = new Map<number, [number, number]>();
  blocks.forEach((blk, i) => {
    if (!blk.dom) return;
    const c = containerWords.get(blk.dom.container) ?? [0, 0];
    c[1] += stats[i]!.words;
    if (stats[i]!.prose) c[0] += stats[i]!.words;
    containerWords.set(blk.dom.container, c);
  });

  let regionWords = 0;
  let totalWords = 0;
  stats.forEach((st, i) => {
    totalWords += st.words;
    if (i >= region[0] && i <= region[1]) regionWords += st.words;
  });
  const vectors = blocks.map((blk, i) => {
    const s = stats[i]!;
    const text = blk.text;
    const dom = blk.dom;
    const ws = s.words || 1;
    const c = counts[i]!;
    const letters = c.nonSpace || 1;
    const tokenLabels = tokenEvidence(dom?.tokens, rules);
    const boilerToken = tokenLabels.boiler;
    const bodyEvidence = dom ? dom.itemprop === 'articleBody' || dom.ancestors.some((a) => BODY_ANCESTORS.has(a)) || tokenLabels.body : false;
    const cw = dom ? containerWords.get(dom.container) : undefined;
    const prevShort = i > 0 && !stats[i - 1]!.prose;
    const nextShort = i < n - 1 && !stats[i + 1]!.prose;
    const meanLen = s.letters / ws;
    return [
      1,
      Math.log1p(s.words) / 5,
      s.prose ? 1 : 0,
      b(endsTerminal(text)),
      b(endsWithEllipsis(text)),
      s.stopShare,
      s.titleShare,
      Math.min(meanLen, 15) / 10,
      c.numbers / letters,
      b(s.phrase !== null),
      b(teaser[i]!),
      n > 1 ? i / (n - 1) : 0,
      b((keyCount.get(keys[i]!) ?? 0) > 1),
      b(blk.kind === 'list-item'),
      b(blk.kind === 'heading' || blk.kind === 'table-row'),
      windowAvg(i, 2),
      windowAvg(i, 5),
      b(i >= region[0] && i <= region[1]),
      b(i < region[0]),
      b(i > region[1]),
      Math.min(c.sentenceMarks / ws, 1),
      Math.min(c.commas / ws, 1),
      dom?.linkDensity ?? 0,
      b(dom ? dom.ancestors.some((a) => CHROME_ANCESTORS.has(a)) : false),
      b(boilerToken),
      b(bodyEvidence),
      b(dom?.hidden ?? false),
      b((dom?.headingLevel ?? 0) > 0),
      cw && cw[1] > 0 ? cw[0] / cw[1] : 0,
      b(dom ? dom.ancestors.includes('comments') || dom.ancestors.includes('form') : false),
      b(blk.glued === true),
      b(prevShort && nextShort),
      i > 0 ? Math.log1p(stats[i - 1]!.words) / 5 : 0,
      i < n - 1 ? Math.log1p(stats[i + 1]!.words) / 5 : 0,
      i > 0 ? stats[i - 1]!.stopShare : 0,
      i < n - 1 ? stats[i + 1]!.stopShare : 0,
      b(i > 0 && stats[i - 1]!.phrase !== null),
      b(i < n - 1 && stats[i + 1]!.phrase !== null),
      Math.min(i >= region[0] && i <= region[1] ? Math.min(i - region[0], region[1] - i) : -Math.min(Math.abs(i - region[0]), Math.abs(i - region[1])), 20) / 20,
      regionWords > 0 && totalWords > 0 ? regionWords / totalWords : 0,
      upperShare(c),
      b(startsWithClass(text, LOWER)),
    ];
  });
  return { stats, region, teaser, vectors, keys, keyCount };
}
