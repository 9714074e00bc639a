/**
 * Block[] → LabelledBlock[]. Order of decisions, strongest evidence first:
 * 1. phrase rules and teaser runs (data in rules/), hidden DOM blocks;
 * 2. the body scorer (learned weights over block features) with context smoothing;
 * 3. header furniture before the body: headline, dek, byline, dateline, section, publisher,
 *    a summary that repeats the body's opening;
 * 4. captions and credits inside the body;
 * 5. every other block gets the boilerplate kind its rule, class token or position suggests.
 */
import type { Block, Label, LabelledBlock, PageMeta, Segmented } from '../model/block.js';
import { THRESHOLDS } from '../options.js';
import type { CompiledRules } from '../rules/index.js';
import { bareName, bareNames, bylineAuthors, stripBylinePrefix } from '../text/byline.js';
import { LANGUAGE_ENDONYMS } from '../rules/languages.js';
import { CRUMB_TOKENS, MENU_TOKENS } from '../rules/sections.js';
import { STRONG_BOX_TOKENS } from '../rules/class-tokens.js';
import { READING_TIME } from '../rules/boilerplate.js';
import { titleSiteSplit } from './html-meta.js';
import { isDateLine, parseDate } from '../text/dates.js';
import { addWords, comparisonKey, wordCount, words } from '../text/normalize.js';
import { type BlockStats, documentFeatures, tokenEvidence } from './features.js';
import { HEADLINE_FEATURES, headlineWeights, linear, score, sigmoid, weightsFor } from './score.js';
import { isLinkBar } from './segment-text.js';


/** What joins the crumbs of a trail: › » > / or a doubled >> »», with a space either side. */
export const CRUMB_SEPARATOR_RE = /\s(?:[›»>/]|>>|»»)\s/u;
/** A breadcrumb trail: two to six short items joined by CRUMB_SEPARATOR_RE (what assemble splits into sections). */
export const BREADCRUMB_RE = new RegExp(`^[^›»>/|]{1,40}(?:${CRUMB_SEPARATOR_RE.source}[^›»>/|]{1,40}){1,5}$`, 'u');
/** The first crumb of most trails is the home page, which is not a section. */

export interface Classified {
  blocks: LabelledBlock[];
  /** Index of the first and last body block (-1 when none). */
  bodyRange: [number, number];
}

const b = (x: boolean): number => (x ? 1 : 0);

interface Work {
  label: Label | null;
  rule: string;
  score: number;
}

/** The lower-cased words of a that are no stopword and longer than two characters. */
function contentWords(a: string, rules: CompiledRules): string[] {
  return words(a.toLowerCase()).filter((w) => !rules.allStopwords.has(w) && w.length > 2);
}

/** Token-set overlap of content words `ws` (contentWords) found in b (0–1). */
function overlap(ws: string[], bKeys: Set<string>): number {
  if (!ws.length) return 0;
  let n = 0;
  for (const w of ws) if (bKeys.has(w)) n++;
  return n / ws.length;
}

/** Distinct content words (contentWords) found in the body. */
function overlapCount(ws: string[], bKeys: Set<string>): number {
  let n = 0;
  for (const w of new Set(ws)) if (bKeys.has(w)) n++;
  return n;
}

/** Character bigrams of Han/kana/Hangul text: the overlap measure for scripts without spaces. */
function cjkBigrams(text: string): Set<string> {
  const out = new Set<string>();
  const chars = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? [];
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Bigrams (cjkBigrams of a block) found in the body's; `body` is only built when there are any. */
function bigramCount(grams: Set<string>, body: () => Set<string>): number {
  if (grams.size === 0) return 0;
  let n = 0;
  const set = body();
  for (const g of grams) if (set.has(g)) n++;
  return n;
}

function bigramOverlap(grams: Set<string>, body: () => Set<string>): number {
  if (grams.size < 2) return 0;
  return bigramCount(grams, body) / grams.size;
}

/**
 * The words of the texts joined by spaces, lower-cased: `new Set(words(texts.join(' ').toLowerCase()))`
 * block by block, without the joined copy (a space ends every word, and no case mapping looks across it).
 */
function lowerWordSet(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) addWords(t.toLowerCase(), out);
  return out;
}

/** A word standing on its own: not part of an address, a handle, a file name or a hyphenated compound. */
const STANDALONE_WORD_RE = /(?<![\p{L}\p{N}@._/#-])[\p{L}'’]{2,}(?![\p{L}\p{N}@_/-]|\.\p{L})/gu;

/** The words the page writes in lower case (standalone words only, so "jane.roe@…" and "@janeroe" do not count). */
function lowerCaseWords(blocks: Block[]): Set<string> {
  const out = new Set<string>();
  for (const blk of blocks) {
    for (const m of blk.text.matchAll(STANDALONE_WORD_RE)) {
      const w = m[0];
      if (w === w.toLowerCase() && w !== w.toUpperCase()) out.add(w);
    }
  }
  return out;
}

/**
 * A name-shaped line made of the page's own vocabulary ("Video Game", "Neuer Bereich", "Marketing
 * Strategy"): every word of it, or its first word (the given name's place), appears in lower case
 * elsewhere on the page, which a person's name does not, unless that given name is also a common
 * word (rules.wordNames: "Will", "Grace").
 */
function nameFromVocabulary(name: string, lower: Set<string>, rules: CompiledRules): boolean {
  const ws = name.split(' ').map((w) => w.replace(/[^\p{L}'’]+/gu, '').toLowerCase()).filter((w) => w.length > 1);
  if (!ws.length) return false;
  if (ws.every((w) => lower.has(w))) return true;
  return lower.has(ws[0]!) && !rules.wordNames.has(ws[0]!);
}

/** A value computed on first use (the body's bigrams are only needed for CJK candidates). */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/**
 * Teaser cards: a linked heading (the card's title, a link to another page) that the scorer does
 * not find body, then a short description, in runs of THRESHOLDS.teaserCardMinRun or more
 * cards with no other body text between them. Returns the cards' body blocks: the descriptions, headings and
 * lines between them that grew into the body, and a kicker of a few words right above a heading.
 * An article's own sub-headings are not links, and a listicle's linked headings score as body.
 */
export function teaserCards(blocks: Block[], work: ReadonlyArray<{ label: Label | null; score: number }>, stats: BlockStats[]): number[] {
  // Cards follow the article's first paragraph: above it, a linked headline and its dek or byline are the header.
  const start = work.findIndex((w, i) => w.label === 'body' && stats[i]!.prose);
  if (start < 0) return [];
  const linkedHeading = (k: number): boolean => {
    const dom = blocks[k]!.dom;
    return dom !== undefined && dom.headingLevel >= 1 && dom.linkDensity >= 0.9 && work[k]!.score < THRESHOLDS.bodyThreshold;
  };
  /** The card's heading for a description at i, or -1. */
  const headingOf = (i: number): number => {
    if (stats[i]!.words > THRESHOLDS.teaserCardMaxWords) return -1; // the loop never asks for a heading itself
    // Right below the heading, or below one short line of the card (a source, a date, a count).
    if (i - 1 > start && linkedHeading(i - 1)) return i - 1;
    if (i - 2 > start && linkedHeading(i - 2) && stats[i - 1]!.words <= 10 && !stats[i - 1]!.prose) return i - 2;
    return -1;
  };
  const out: number[] = [];
  let run: Array<[number, number]> = [];
  const flush = (): void => {
    if (new Set(run.map(([h]) => h)).size >= THRESHOLDS.teaserCardMinRun) { // cards, not their lines
      for (const [h, i] of run) {
        const from = h > 0 && work[h - 1]!.label === 'body' && stats[h - 1]!.words <= 4 ? h - 1 : h; // a kicker
        for (let k = from; k <= i; k++) if (work[k]!.label === 'body') out.push(k);
      }
    }
    run = [];
  };
  for (let i = start + 1; i < blocks.length; i++) {
    if (linkedHeading(i)) continue;
    const h = headingOf(i);
    if (h >= 0) {
      // A card, whether or not its description made the body; cards of one list sit close together.
      const last = run[run.length - 1];
      if (last !== undefined && h > last[1] + 3) flush();
      run.push([h, i]);
    }
    else if (work[i]!.label === 'body' && stats[i]!.words > 4) flush(); // body text ends the run; a kicker does not
  }
  flush();
  return out;
}

/**
 * An ingredient line: a quantity, then a unit or a size ("250 g flour", "1½ cups rice", "2 EL Öl",
 * "1 large onion"). Units of English, German, French and Spanish recipes.
 */
const INGREDIENT_RE = /^(?:\d+(?:[.,/]\d+)?|\d*\s?[½¼¾⅓⅔⅛])(?:\s?[-–]\s?\d+(?:[.,]\d+)?)?\s*(?:g|kg|mg|ml|cl|dl|l|oz|lbs?|cups?|tbsp|tsp|tablespoons?|teaspoons?|pinch(?:es)?|cloves?|cans?|el|tl|prise|pck\.?|päckchen|becher|dosen?|dose\/n|stück|bund|zehen?|msp\.?|cuill(?:e|è)res?|tasses?|cucharadas?|cucharaditas?|tazas?|large|medium|small|whole)(?![\p{L}])/iu;

/**
 * The blocks of a recipe's ingredient lists: runs of three or more ingredient lines (INGREDIENT_RE),
 * with at most one short line between two of them (THRESHOLDS.listMinItems lines or more) (a sub-heading such as "For the filling:").
 */
function ingredientLines(blocks: Block[], stats: BlockStats[]): number[] {
  const isItem = (i: number): boolean => stats[i]!.words <= THRESHOLDS.ingredientMaxWords && INGREDIENT_RE.test(blocks[i]!.text);
  const out: number[] = [];
  let run: number[] = [];
  let items = 0;
  const flush = (): void => {
    if (items >= THRESHOLDS.listMinItems) out.push(...run);
    run = [];
    items = 0;
  };
  for (let i = 0; i < blocks.length; i++) {
    if (isItem(i)) {
      run.push(i);
      items++;
    } else if (items > 0 && stats[i]!.words <= 6 && /:\s*$/u.test(blocks[i]!.text) && i + 1 < blocks.length && isItem(i + 1)) run.push(i); // "For the filling:"
    else flush();
  }
  flush();
  return out;
}

/** The shape of a list item: how it starts (a number, a month, a bullet) and the separator it uses. */
function itemShape(text: string): string {
  const first = /^\S+/u.exec(text)?.[0] ?? '';
  const start = /^\d/u.test(first) ? 'number' : MONTH_START_RE.test(first) ? 'month' : /^[•*·–-]$/u.test(first) ? 'bullet' : '';
  return start === '' ? '' : `${start}${/ -- | – | — | \| |: /u.exec(text)?.[0] ?? ''}`;
}
const MONTH_START_RE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|jän|mär|okt|dez|janv|févr|avr|mai|juin|juil|août|sept|déc|ene|abr|ago|dic)/iu;

/**
 * The list a body paragraph ending with a colon introduces: the unlabelled blocks right below it
 * (or ones a teaser run took) that all start alike (a number, a month, a bullet) and share a
 * separator, when there are THRESHOLDS.listMinItems or more.
 */
function colonList(blocks: Block[], work: ReadonlyArray<{ label: Label | null; rule: string }>, stats: BlockStats[], i: number): number[] {
  if (!/:\s*$/u.test(blocks[i]!.text) || i + 1 >= blocks.length) return [];
  const shape = itemShape(blocks[i + 1]!.text);
  if (shape === '') return [];
  const out: number[] = [];
  for (let k = i + 1; k < blocks.length; k++) {
    const w = work[k]!;
    if (!(w.label === null || w.rule === 'signal:teaser-run') || stats[k]!.words > THRESHOLDS.listItemMaxWords || itemShape(blocks[k]!.text) !== shape) break;
    out.push(k);
  }
  return out.length >= THRESHOLDS.listMinItems ? out : [];
}

/**
 * Whether blocks [from, to] hold several posts, as a thread does: their words sit in two or more
 * containers and no one container holds 80% of them. An article's paragraphs share one container.
 */
function severalPosts(blocks: Block[], stats: BlockStats[], from: number, to: number): boolean {
  const words = new Map<number, number>();
  let total = 0;
  for (let i = from; i <= to; i++) {
    const c = blocks[i]!.dom?.container ?? -1;
    words.set(c, (words.get(c) ?? 0) + stats[i]!.words);
    total += stats[i]!.words;
  }
  let most = 0;
  for (const w of words.values()) most = Math.max(most, w);
  return words.size >= 2 && most < total * 0.8;
}

/** Maximal runs [from, to] of blocks inside a reader-comments container (segment-html's 'comments' ancestor). */
export function commentContainerRuns(blocks: Block[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i <= blocks.length; i++) {
    const inside = i < blocks.length && (blocks[i]!.dom?.ancestors.includes('comments') ?? false);
    if (inside && start < 0) start = i;
    else if (!inside && start >= 0) {
      runs.push([start, i - 1]);
      start = -1;
    }
  }
  return runs;
}

/** Lines that label media rather than title a page ("Image: …", "Photo by …"). */
const CAPTION_LIKE_RE = /^(?:image|photo|picture|video|foto|bild|imagen|illustration|graphic)s?\s*(?::|by\b|credit|of\b)/iu;
/** A caption that ends with its player's toggle ("… Chuck Burton/AP hide caption"). */
const CAPTION_TOGGLE_RE = /(?:^|\s)(?:hide|toggle|show) caption$/iu;

function shingles(text: string, n = 4): Set<string> {
  const ws = words(text.toLowerCase());
  const out = new Set<string>();
  for (let i = 0; i + n <= ws.length; i++) {
    let g = ws[i]!; // concatenated: no slice and join per shingle
    for (let k = 1; k < n; k++) g += ' ' + ws[i + k]!;
    out.add(g);
  }
  return out;
}

/** Similarity of two short strings as token F1 on comparison keys. */
export function titleSimilarity(a: string, b: string): number {
  return tokenSimilarity(titleTokens(a), titleTokens(b));
}

function titleTokens(text: string): string[] {
  const key = comparisonKey(text);
  return key === '' ? [] : key.split(' '); // a key is runs joined by single spaces: no empty token but in ''
}

/** titleSimilarity over titleTokens (the page title's are split once per document, not per candidate). */
function tokenSimilarity(ta: string[], tb: string[]): number {
  if (!ta.length || !tb.length) return 0;
  const left = new Map<string, number>();
  for (const t of ta) left.set(t, (left.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const c = left.get(t) ?? 0;
    if (c > 0) {
      common++;
      left.set(t, c - 1);
    }
  }
  return (2 * common) / (ta.length + tb.length);
}

/** The first class token that names a boilerplate kind (memoised per shared token list). */
function boilerplateFromTokens(block: Block, rules: CompiledRules): { label: Label; rule: string } | null {
  return tokenEvidence(block.dom?.tokens, rules).firstBoiler;
}

/** A class token that names a box written as prose to pass for the article, with no body token beside it. */
function strongBoilerToken(block: Block, rules: CompiledRules): { label: Label; rule: string } | null {
  const tokens = block.dom?.tokens;
  if (!tokens?.length) return null;
  let hit: { label: Label; rule: string } | null = null;
  for (const t of tokens) {
    const h = STRONG_BOX_TOKENS.get(t);
    if (h) hit ??= h;
  }
  return hit && !tokenEvidence(tokens, rules).body ? hit : null;
}

/** Whether some class/id token of the block labels it `label` (memoised per shared token list). */
function hasTokenLabel(block: Block, label: Label, rules: CompiledRules): boolean {
  return tokenEvidence(block.dom?.tokens, rules).labels.has(label);
}

/**
 * The block with its label. Spelled out per block shape (HTML blocks carry `dom`, text blocks may
 * carry `glued`; the rare kicker block takes the spread) instead of `{ ...blk }`: V8 copies a spread property by property on a slow path,
 * and it was the most expensive line of classify. Same fields, in the same order, as the spread.
 */
function labelledBlock(blk: Block, label: Label, rule: string, score: number): LabelledBlock {
  const { index, text, kind, dom, glued } = blk;
  if (dom !== undefined) return glued === undefined && blk.kicker === undefined ? { index, text, kind, dom, label, rule, score } : { ...blk, label, rule, score };
  if (glued !== undefined) return { index, text, kind, glued, label, rule, score };
  return { index, text, kind, label, rule, score };
}

/** Indices of the blocks labelled body, in order (one pass, no intermediate arrays). */
function bodyIndices(work: Work[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < work.length; i++) if (work[i]!.label === 'body') out.push(i);
  return out;
}

/** Classify the blocks of one document. */
/** A headline candidate: block index, features (HEADLINE_FEATURES) and score; exposed for training. */
export interface HeadlineCandidate {
  index: number;
  x: number[];
  score: number;
}

export function classify(
  seg: Segmented,
  rules: CompiledRules,
  model?: { weights: number[]; source: string; headline?: number[] },
  observe?: (candidates: HeadlineCandidate[]) => void,
): Classified {
  const { blocks, meta } = seg;
  const feats = documentFeatures(blocks, rules);
  const { weights, source } = model ?? weightsFor(seg.format);
  const work: Work[] = blocks.map((_, i) => ({ label: null, rule: '', score: score(feats.vectors[i]!, weights) }));

  // 1. Phrase rules, teaser runs, hidden blocks, language pickers, blog excerpts.
  blocks.forEach((blk, i) => {
    const s = feats.stats[i]!;
    const w = work[i]!;
    if (blk.dom?.hidden) {
      w.label = 'ui-label';
      w.rule = 'dom:hidden';
    } else if (blk.kicker) {
      // A kicker labels the story above its title; it is neither the title nor body text.
      w.label = 'ui-label';
      w.rule = 'dom:kicker';
    } else if (s.phrase && s.phrase.label !== 'caption' && s.phrase.label !== 'credit') {
      w.label = s.phrase.label;
      w.rule = `phrase:${s.phrase.rule}`;
    } else if (feats.teaser[i]) {
      w.label = 'related';
      w.rule = 'signal:teaser-run';
    } else if (!s.prose && languagePicker(blk.text)) {
      // A line naming four or more languages in their own words is a language picker (no sentence).
      w.label = 'navigation';
      w.rule = 'signal:language-picker';
    } else if (MATH_MARKUP_RE.test(blk.text)) {
      // A formula a text browser printed as its MathML source ("[MATH: <semantics> <mrow> …"):
      // markup, not words, however long.
      w.label = 'ui-label';
      w.rule = 'signal:math-markup';
    } else if (EXCERPT_MARKER_RE.test(blk.text)) {
      // An excerpt that ends with a bracketed ellipsis ("… […]") is a blog's teaser for another post.
      w.label = 'related';
      w.rule = 'signal:excerpt-marker';
    }
  });

  // A text browser prints the page's <link> elements (feeds, "alternate", "next") as a first line
  // that starts with '#' ("#Site » Feed Site » Comments Feed"): page metadata, not text.
  if (seg.format === 'text' && blocks.length > 0 && work[0]!.label === null && isLinkBar(blocks[0]!.text)) {
    work[0]!.label = 'navigation';
    work[0]!.rule = 'signal:link-bar';
  }

  // A table of contents links to the sub-headings below: its items are navigation, and never
  // the headline.
  const tocs = tableOfContents(blocks, feats.keys, feats.stats);
  for (const { from, to } of tocs) {
    for (let i = from; i <= to; i++) {
      if (work[i]!.label === null || work[i]!.label === 'related') {
        work[i]!.label = 'navigation';
        work[i]!.rule = 'signal:table-of-contents';
      }
    }
  }

  // A recipe's ingredient list ("250 g flour", "2 tablespoons oil", three or more lines, with
  // "For the filling:" between them) is the article, however short and unlike prose its lines are.
  for (const i of ingredientLines(blocks, feats.stats)) {
    const w = work[i]!;
    if (w.label === null || w.rule === 'signal:teaser-run') {
      w.label = 'body';
      w.rule = 'signal:ingredient-list';
    }
  }

  // A photo gallery: slides counted "3/50 …" with one total; the slides and the captions between
  // them belong to the gallery, not to the article text.
  // When the counted blocks carry their captions themselves ("1/6 The ferry at dawn. Photo: …"),
  // those are the captions and the paragraphs between them are a photo essay's text: only the
  // slides are taken, as captions.
  for (const [from, to] of galleryRuns(blocks)) {
    const slides: number[] = [];
    for (let i = from; i <= to; i++) if (SLIDE_COUNTER_RE.test(blocks[i]!.text)) slides.push(i);
    const captioned = slides.every((i) => feats.stats[i]!.words >= THRESHOLDS.gallerySlideCaptionWords);
    for (let i = from; i <= to; i++) {
      if (work[i]!.label !== null) continue;
      if (captioned && !slides.includes(i)) continue;
      work[i]!.label = captioned ? 'caption' : 'related';
      work[i]!.rule = captioned ? 'caption:gallery-slide' : 'signal:gallery-run';
    }
  }

  // The same long block twice in a row is an image's alternative text followed by its caption
  // (text dumps render both); article paragraphs are never repeated back to back.
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (blocks[i]!.dom || work[i]!.label !== null || work[i + 1]!.label !== null || feats.stats[i]!.words < THRESHOLDS.duplicateCaptionMinWords) continue; // HTML never renders alt text as a block
    if (feats.keys[i] !== feats.keys[i + 1]) continue;
    // A headline repeated back to back is short and has no full stop.
    if (!/[.!?]["'”’»)]*$/.test(blocks[i]!.text.trim()) && feats.stats[i]!.words < THRESHOLDS.headlineMaxWords) continue;
    work[i]!.label = 'ui-label';
    work[i]!.rule = 'signal:adjacent-duplicate';
    work[i + 1]!.label = 'caption';
    work[i + 1]!.rule = 'caption:repeated-alt-text';
  }

  // A comments heading after most of the prose opens the comment section: it runs to the end.
  const totalProse = feats.stats.reduce((a, st) => a + (st.prose ? st.words : 0), 0);
  let proseSoFar = 0;
  for (let i = 0; i < blocks.length; i++) {
    const st = feats.stats[i]!;
    // A table's "Comment" column header is not the comment section.
    if (st.phrase?.label === 'comments' && st.phrase.rule === 'comments:heading' && !blocks[i]!.dom?.inTable && blocks[i]!.kind !== 'table-row' && totalProse > 0 && proseSoFar >= Math.min(THRESHOLDS.commentsAfterWords, totalProse * 0.5)) {
      for (let k = i; k < blocks.length; k++) {
        const w = work[k]!;
        if (w.label === null || w.label === 'comments') {
          w.label = 'comments';
          w.rule = k === i ? `phrase:${st.phrase.rule}` : 'signal:comment-section';
        }
      }
      break;
    }
    if (st.prose) proseSoFar += st.words;
  }

  // A reader-comments container (class/id comment, disqus, respond) after the article holds the
  // comment thread, whatever its posts' prose looks like (a long thread can outweigh the article).
  // It follows an article's worth of prose, most of the prose outside it (or 150 words); one that
  // opens before that, or holds the page's <h1>, is a wrapper named after a feature ("post
  // has-comments"), not the thread.
  // Prose words and <h1> blocks in blocks [0, i), so that each run costs O(1) (a hostile page can hold thousands of runs).
  const proseBefore: number[] = [0];
  const h1Before: number[] = [0];
  feats.stats.forEach((st, i) => {
    proseBefore.push(proseBefore[i]! + (st.prose ? st.words : 0));
    h1Before.push(h1Before[i]! + (blocks[i]!.dom?.tag === 'h1' ? 1 : 0));
  });
  for (const [from, to] of commentContainerRuns(blocks)) {
    const inside = proseBefore[to + 1]! - proseBefore[from]!;
    const before = proseBefore[from]!;
    if (before < THRESHOLDS.minArticleWords || before < Math.min(THRESHOLDS.commentsAfterWords, (totalProse - inside) * 0.5)) continue;
    if (h1Before[to + 1]! > h1Before[from]! || !severalPosts(blocks, feats.stats, from, to)) continue;
    for (let k = from; k <= to; k++) {
      const w = work[k]!;
      if (w.label === null) {
        w.label = 'comments';
        w.rule = 'signal:comment-container';
      }
    }
  }

  // 2. Body: scorer above threshold, then short blocks between body blocks (sub-headings).
  // A list item that is all link text is a link list (related stories), whatever its words say.
  const linkItem = (i: number): boolean => blocks[i]!.kind === 'list-item' && (blocks[i]!.dom?.linkDensity ?? 0) >= 0.9;
  blocks.forEach((blk, i) => {
    const w = work[i]!;
    if (w.label === null && w.score >= THRESHOLDS.bodyThreshold && !linkItem(i)) {
      // A class that names a newsletter box, an ad, a promotion or an author's bio outranks the
      // scorer: such boxes are written as prose to read like the article (unless a token also says body).
      // (A byline in the author's box stays: it may be the page's only one.)
      const tok = blk.dom ? strongBoilerToken(blk, rules) : null;
      const box = tok && !bylineAuthors(blk.text, rules) ? tok : null;
      w.label = box ? box.label : 'body';
      w.rule = box ? box.rule : source;
    }
  });
  // A page whose whole text sits in such a box (an advertorial, a bio page) is that text: it stays body.
  if (!work.some((w) => w.label === 'body')) {
    for (const w of work) {
      if (w.rule.startsWith('class:box-')) {
        w.label = 'body';
        w.rule = source;
      }
    }
  }
  // A short article scores lower than a long one: when no prose block reaches the body threshold
  // (at most a stray line or two, too short to be an article), the prose blocks above the grow
  // threshold are the body (a page of links has none).
  const bodyProse = work.reduce((a, w, i) => a + (w.label === 'body' && feats.stats[i]!.prose ? feats.stats[i]!.words : 0), 0);
  if (bodyProse < THRESHOLDS.minArticleWords) {
    blocks.forEach((_, i) => {
      const w = work[i]!;
      if (w.label === null && w.score >= THRESHOLDS.bodyGrowThreshold && feats.stats[i]!.prose && feats.stats[i]!.words >= THRESHOLDS.proseMinWords) {
        w.label = 'body';
        w.rule = 'signal:short-article';
      }
    });
  }
  const bodyIdx = (): number[] => bodyIndices(work);
  // Hysteresis: body grows into adjacent unlabelled blocks that score above a lower threshold.
  for (const seed of bodyIdx()) {
    for (const dir of [-1, 1]) {
      for (let i = seed + dir; i >= 0 && i < blocks.length; i += dir) {
        const w = work[i]!;
        if (w.label === 'body') break;
        if (w.label !== null || w.score < THRESHOLDS.bodyGrowThreshold || feats.stats[i]!.words < THRESHOLDS.bodyGrowMinWords || linkItem(i)) break;
        if (blocks[i]!.dom?.headingLevel === 1) break; // the page title is not body
        w.label = 'body';
        w.rule = 'signal:grows-from-body';
      }
    }
  }
  // Paragraphs that score nearly as body between body blocks are body too, however long the gap
  // (a list article's items under their product headings), as long as the body resumes after them.
  let idx = bodyIdx();
  for (let i = (idx[0] ?? 0) + 1; i < (idx[idx.length - 1] ?? 0); i++) {
    const w = work[i]!;
    if (w.label === null && w.score >= THRESHOLDS.bodyGrowThreshold && feats.stats[i]!.prose && feats.stats[i]!.words >= THRESHOLDS.proseMinWords && (blocks[i]!.dom?.linkDensity ?? 0) < 0.5) {
      w.label = 'body';
      w.rule = 'signal:inside-body';
    }
  }
  idx = bodyIdx();
  for (let k = 0; k + 1 < idx.length; k++) {
    const a = idx[k]!;
    const z = idx[k + 1]!;
    if (z - a > 4) continue; // only short gaps: a long gap is an aside, not a sub-heading
    for (let i = a + 1; i < z; i++) {
      const w = work[i]!;
      if (w.label === null && w.score >= THRESHOLDS.bodyInsideThreshold && !linkItem(i)) {
        w.label = 'body';
        w.rule = 'signal:between-body';
      }
    }
  }
  idx = bodyIdx();

  // A paragraph that ends with a colon introduces the list below it ("The tour dates:", then
  // "June 9 -- Arena, City" …): three or more short items of one shape are the article's list.
  for (const i of bodyIdx()) {
    for (const k of colonList(blocks, work, feats.stats, i)) {
      work[k]!.label = 'body';
      work[k]!.rule = 'signal:colon-list';
    }
  }
  idx = bodyIdx();

  // A numbered list that the body runs into ("1) …", "2) …") is the article's list, with the lines
  // between its items.
  for (const [from, to] of numberedRuns(blocks)) {
    let touchesBody = false;
    for (let i = Math.max(0, from - 2); i <= to && !touchesBody; i++) touchesBody = work[i]!.label === 'body';
    if (!touchesBody) continue;
    for (let i = from; i <= to; i++) {
      if (work[i]!.label === null) {
        work[i]!.label = 'body';
        work[i]!.rule = 'signal:numbered-list';
      }
    }
  }
  idx = bodyIdx();

  // HTML: a block whose container is mostly body text is body too, unless a rule said otherwise
  // (list items and short paragraphs of an article that the scorer alone finds too plain).
  if (seg.format === 'html') {
    const cont = new Map<number, [number, number]>();
    blocks.forEach((blk, i) => {
      if (!blk.dom) return;
      const c = cont.get(blk.dom.container) ?? [0, 0];
      c[1] += feats.stats[i]!.words;
      if (work[i]!.label === 'body') c[0] += feats.stats[i]!.words;
      cont.set(blk.dom.container, c);
    });
    const [firstBody, lastBody] = [idx[0] ?? -1, idx[idx.length - 1] ?? -1];
    blocks.forEach((blk, i) => {
      const w = work[i]!;
      const c = blk.dom ? cont.get(blk.dom.container) : undefined;
      // A sub-heading (h2–h6) between body paragraphs of the container is the article's, however
      // plainly it scores.
      const subHeading = (blk.dom?.headingLevel ?? 0) >= 2 && i > firstBody && i < lastBody;
      if (w.label === null && c && c[1] > 0 && c[0] / c[1] >= THRESHOLDS.bodyContainerShare && (w.score >= THRESHOLDS.bodyInsideThreshold || subHeading) && blk.dom?.headingLevel !== 1 && feats.stats[i]!.words >= 2 && !linkItem(i)) {
        w.label = 'body';
        w.rule = 'signal:body-container';
      }
    });
    idx = bodyIdx();
  }

  // The headings a table of contents names are the article's sub-headings: body where a body
  // paragraph follows them.
  for (const { headings } of tocs) {
    for (const h of headings) {
      if (work[h]!.label === null && work[h + 1]?.label === 'body') {
        work[h]!.label = 'body';
        work[h]!.rule = 'signal:toc-heading';
      }
    }
  }
  idx = bodyIdx();

  // HTML teaser cards: a linked heading and a short description, again and again. The
  // descriptions read like prose, but an article's sub-headings are not links to other pages.
  if (seg.format === 'html') {
    for (const i of teaserCards(blocks, work, feats.stats)) {
      work[i]!.label = 'related';
      work[i]!.rule = 'signal:teaser-cards';
    }
    idx = bodyIdx();
  }

  // 3. Header furniture.
  const bodyStart = idx[0] ?? -1;
  detectHeader(observe, model?.headline ?? headlineWeights(seg.format), blocks, feats.stats, feats.keys, feats.keyCount, work, bodyStart, meta, rules);
  idx = bodyIdx();

  // A date-only line is never a body paragraph.
  blocks.forEach((blk, i) => {
    const w = work[i]!;
    if ((w.label === 'body' || w.label === null) && feats.stats[i]!.words <= 20 && isDateLine(blk.text)) {
      w.label = 'dateline';
      w.rule = 'dateline:date-line';
    }
  });

  // 4. Captions and credits among and around body blocks.
  detectCaptions(blocks, feats.stats, work, rules);
  sectionFront(blocks, feats.stats, work);
  nextArticle(blocks, feats.stats, work, rules);
  idx = bodyIdx();
  const first = idx[0] ?? -1;
  const last = idx[idx.length - 1] ?? -1;

  // 5. Everything left: boilerplate by class token or position.
  const labelled: LabelledBlock[] = blocks.map((blk, i) => {
    const w = work[i]!;
    if (w.label === null) {
      const tok = boilerplateFromTokens(blk, rules);
      if (tok) {
        w.label = tok.label;
        w.rule = tok.rule;
      } else if (first === -1 || i < first) {
        w.label = 'navigation';
        w.rule = 'position:before-body';
      } else if (i > last) {
        w.label = 'related';
        w.rule = 'position:after-body';
      } else {
        w.label = 'promo';
        w.rule = 'signal:low-score-in-body';
      }
    }
    return labelledBlock(blk, w.label, w.rule, Math.round(w.score * 1000) / 1000);
  });
  return { blocks: labelled, bodyRange: [first, last] };
}

/**
 * Start of the main body run: body blocks joined across gaps of a few blocks, the run with the
 * most words. The article proper starts there even when a stray prose block (a cookie notice, a
 * site blurb) was taken for body further up.
 */
function mainRunStart(work: Work[], stats: BlockStats[]): number {
  let best = -1;
  let bestWords = 0;
  let start = -1;
  let last = -1;
  let words = 0;
  const close = (): void => {
    if (start >= 0 && words > bestWords) {
      best = start;
      bestWords = words;
    }
  };
  for (let i = 0; i < work.length; i++) {
    if (work[i]!.label !== 'body') continue;
    if (start < 0 || i - last > THRESHOLDS.bodyRunGap) {
      close();
      start = i;
      words = 0;
    }
    words += stats[i]!.words;
    last = i;
  }
  close();
  return best;
}

const LIST_NUMBER_RE = /^\s*(\d{1,3})[.)]\s+\S/;

/**
 * Numbered runs: at least three blocks numbered one after the other ("1) …", "2. …"), with at
 * most two other blocks between consecutive items; returns the span of each run, the lines that
 * follow its last item included.
 */
export function numberedRuns(blocks: Block[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  let last = -1;
  let lastNo = 0;
  let count = 0;
  let gap = 1;
  // The last item keeps as many lines after it as the items before it had (a link, a price).
  const close = (): void => {
    if (count >= 3) runs.push([start, Math.min(blocks.length - 1, last + gap - 1)]);
  };
  blocks.forEach((blk, i) => {
    const m = blk.text.length <= 400 ? LIST_NUMBER_RE.exec(blk.text) : null;
    if (!m) return;
    const no = Number(m[1]);
    if (start >= 0 && no === lastNo + 1 && i - last <= 3) {
      gap = i - last;
      last = i;
      lastNo = no;
      count++;
      return;
    }
    close();
    [start, last, lastNo, count, gap] = [i, i, no, 1, 1];
  });
  close();
  return runs;
}

/** A table of contents' item number ("1", "2.3", "4."), stripped before matching the heading. */
const TOC_NUMBER_RE = /^\d{1,2}(?: \d{1,2}){0,2} /;

/**
 * A table of contents: a run of at least three short blocks, each repeated further down the page
 * as a block of its own (the sub-headings it links to), in the same order and with text between
 * them. Returns each run's span and the indices of the headings it names.
 */
export function tableOfContents(blocks: Block[], keys: string[], stats: BlockStats[]): Array<{ from: number; to: number; headings: number[] }> {
  // Prefix sums of the paragraphs (blocks of 15 words or more): is there text between a and b?
  const paras = [0];
  stats.forEach((st, i) => paras.push(paras[i]! + (st.words >= THRESHOLDS.tocSectionWords ? 1 : 0)));
  const textBetween = (a: number, b: number): boolean => paras[b]! - paras[a + 1]! > 0;
  const later = new Map<string, number[]>(); // key → indices of the blocks with that key
  keys.forEach((k, i) => {
    if (k) (later.get(k) ?? later.set(k, []).get(k)!).push(i);
  });
  const target = (i: number, after: number): number => {
    const k = keys[i]!.replace(TOC_NUMBER_RE, '');
    if (k.length < 4 || blocks[i]!.text.length > 150) return -1;
    const at = later.get(k);
    if (!at) return -1;
    // The first index past `after` (and not i itself), by binary search: a page may repeat a line thousands of times.
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! > after) hi = mid;
      else lo = mid + 1;
    }
    if (at[lo] === i) lo++;
    return lo < at.length ? at[lo]! : -1;
  };
  const runs: Array<{ from: number; to: number; headings: number[] }> = [];
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    const headings = [target(i, i)];
    while (headings[headings.length - 1]! >= 0 && j + 1 < blocks.length) {
      // Each heading opens a section: a paragraph stands between two headings (a teaser list
      // printed twice repeats its items with at most a name and a date between).
      const prev = headings[headings.length - 1]!;
      const next = target(j + 1, Math.max(prev, j + 1));
      if (next < 0 || !textBetween(prev, next)) break;
      headings.push(next);
      j++;
    }
    // Items and their headings do not overlap: the run ends before the first heading it names.
    if (headings[0]! > j && headings.length >= THRESHOLDS.tocMinItems) runs.push({ from: i, to: j, headings });
    i = j + 1;
  }
  return runs;
}

const ENDONYMS = new Set(LANGUAGE_ENDONYMS.map((l) => l.toLowerCase()));
/** First words of the endonyms written in two words ("bahasa" of "Bahasa Indonesia"). */
const ENDONYM_FIRST_WORDS = new Set(LANGUAGE_ENDONYMS.filter((l) => l.includes(' ')).map((l) => l.toLowerCase().split(' ')[0]!));

/** Does this block list at least four languages by their own names? */
export function languagePicker(text: string): boolean {
  if (text.length < 20 || text.length > 5000) return false; // a picker is a line of names, not a page
  const ws = text.toLowerCase().split(/\s+/);
  if (ws.length < 4) return false;
  const seen = new Set<string>();
  for (let i = 0; i < ws.length && seen.size < 4; i++) {
    const w = ws[i]!;
    if (ENDONYMS.has(w)) seen.add(w);
    else if (ENDONYM_FIRST_WORDS.has(w) && i + 1 < ws.length && ENDONYMS.has(`${w} ${ws[i + 1]}`)) seen.add(`${w} ${ws[i + 1]}`);
  }
  return seen.size >= 4;
}

/** The marker blog engines put at the end of an excerpt: "[…]", "[...]". */
const EXCERPT_MARKER_RE = /\[(?:…|\.\.\.|&hellip;)\]\s*$/u;

const SLIDE_COUNTER_RE = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})(?!\d)/;

/**
 * Gallery runs: at least four blocks that open with a slide counter of the same total, counting
 * up; the run spans the first counter to the block after the last one (its caption).
 */
export function galleryRuns(blocks: Block[]): Array<[number, number]> {
  const byTotal = new Map<number, number[]>();
  blocks.forEach((blk, i) => {
    const m = SLIDE_COUNTER_RE.exec(blk.text);
    if (!m || blk.text.length > 300) return;
    const [k, n] = [Number(m[1]), Number(m[2])];
    if (n < 4 || k < 1 || k > n) return;
    const list = byTotal.get(n) ?? [];
    list.push(i);
    byTotal.set(n, list);
  });
  const runs: Array<[number, number]> = [];
  for (const idx of byTotal.values()) {
    if (idx.length < 4) continue;
    const counts = idx.map((i) => Number(SLIDE_COUNTER_RE.exec(blocks[i]!.text)![1]));
    if (!counts.every((c, j) => j === 0 || c > counts[j - 1]!)) continue; // slides count up
    runs.push([idx[0]!, Math.min(blocks.length - 1, idx[idx.length - 1]! + 1)]);
  }
  return runs;
}

/**
 * A photo credit ("Jane Roe/AP") under its caption: the caption above ends with the same credit
 * or with its player's "hide caption" toggle, or the credit is printed twice nearby. It names
 * the photographer, not the author.
 */
function creditAfterCaption(blocks: Block[], i: number, rules: CompiledRules): boolean {
  const t = blocks[i]!.text.trim();
  if (i === 0 || t.length > 80 || !rules.creditOnly.test(t)) return false;
  const above = blocks[i - 1]!.text.trim();
  if (above.includes(t) || CAPTION_TOGGLE_RE.test(above)) return true;
  // The same credit printed twice nearby (the caption repeated for another layout).
  for (let k = Math.max(0, i - 6); k < Math.min(blocks.length, i + 7); k++) if (k !== i && blocks[k]!.text.trim() === t) return true;
  return false;
}

/**
 * Does another block, not next to this one, contain this block's text inside a longer text ("Home
 * › World › <title>", "<title> | Site", "Share: <title>")? Compared on comparison keys.
 */
function quotedElsewhere(blocks: Block[], i: number, keys: string[]): boolean {
  const key = keys[i]!;
  if (key.length < 12) return false;
  for (let k = 0; k < blocks.length; k++) {
    if (Math.abs(k - i) <= 1) continue;
    const other = keys[k]!;
    if (other.length > key.length && other.length <= key.length + 200 && other.includes(key)) return true;
  }
  return false;
}

const CAPTION_LIKE = HEADLINE_FEATURES.indexOf('captionLike');
/** MathML source printed by a text browser, or a formula that is only its TeX source ("{\displaystyle …}"). */
const MATH_MARKUP_RE = /^\s*(?:\[MATH:\s*<(?:semantics|mrow|math|mstyle|mi|mo|mn)\b|\{\\displaystyle\b[^\n]*\}\s?[.,;:]?$)/;

/**
 * A form control as a text browser prints it: a blank ("Your name ____________"), a checkbox or
 * radio button ("[ ] Keep me posted", "(*) Weekly"), or an image's alt text in brackets ("[Sign up for …]").
 */
const FORM_FIELD_RE = /_{3,}|^\s*(?:\[[ xX*]\]|\([ xX*]\))\s|^\s*\[[^\]]{2,300}\]\s*$/u;
/** A menu innerText printed as one line of short items joined by bare pipes ("Home|News|Sport|…"). */
const PIPE_MENU_RE = /^(?:[^|\s]{1,12}\|){5}/u;
/** Menu links printed without spaces ("The Valley CourierNews Business SportsSubscribe"): two places where a word runs into a capitalised one. */
const GLUED_MENU_RE = /\p{Ll}{3}\p{Lu}\p{Ll}.*\p{Ll}{3}\p{Lu}\p{Ll}/u;
/** Where the post appeared ("Published in Harbour Notes", "Erschienen in …"): a header line, never the title. */
const PUBLISHED_IN_RE = /^(?:published|posted|erschienen|veröffentlicht|publié|paru|publicado) (?:in|on|im|in der|dans|sur|en) \S/iu;
/** A site logo's alternative text ("Logo Harbour Courier", "Logo der Hafenzeitung"): an image, never the title. */
const LOGO_ALT_RE = /^\s*(?:\(BUTTON\)\s*)?logo(?:tipo)?\b(?:\s+\S+){0,7}\s*$/iu;

/**
 * Does the text open with a phrase of two or more words printed twice ("Lanterns on the quay
 * Lanterns on the quay …")? A text browser prints an image's alternative text and title that
 * way; a headline never repeats itself.
 */
export function startsDoubled(text: string): boolean {
  const ws = text.trim().split(/\s+/);
  for (let k = 2; 2 * k <= ws.length; k++) {
    let same = true;
    for (let j = 0; j < k && same; j++) same = ws[j] === ws[k + j];
    if (same) return true;
  }
  return false;
}

/** A URL slug ("why-the-council-voted-for-the-lamp"): the address of a title, never one on the page. */
const SLUG_RE = /^[\p{Ll}\d]+(?:-[\p{Ll}\d]+){3,}$/u;
/** A web address, or the query part of one wrapped onto its own line ("=320&mode=grid&theme="): no headline prints one. */
const URL_IN_TEXT_RE = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\.[a-z]|=[^\s&=]*&[\w.-]+=/i;

/**
 * Is this block, right above a dek-shaped winner, the title? Four words or more like the winner,
 * and title-shaped: not a caption, not a sentence ending in a full stop, not a kicker in capitals
 * or a numbered item, not a menu (a title has a function word), not a teaser with its comment
 * count ("… (12)"); and neither holds the other (a crumb glued on).
 */
function titleOverDek(text: string, st: BlockStats, winner: BlockStats, captionLike: boolean, differs: boolean): boolean {
  const t = text.trim();
  // (Alt text printed twice never gets here: titleShaped keeps it out of the candidates.)
  // A full stop marks a sentence, unless the words are in Title Case ("We Moved to a Queue. Here's What Broke.").
  return differs && !captionLike && st.words >= 4 && winner.words >= 4 && st.stopShare > 0 && (!/[.]$/.test(t) || st.titleShare >= 0.7) && t.toUpperCase() !== t && !/^\d+[.)]\s/.test(t) && !/\(\d+\)$/.test(t) && /^["'“‘«„]?[\p{L}\p{N}]/u.test(t);
}

/** Labels that rule a block out as the headline, whatever its shape. */
const NOT_TITLE_RULES = new Set(['signal:table-of-contents', 'signal:toc-heading', 'phrase:nav:skip', 'signal:link-bar']);

/** A follow button next to an author's name. */
const FOLLOW_RE = /^(?:follow|folgen|suivre|seguir|segui)$/i;
/** A reading time under an author's name ("14 min read", "5 Min. Lesezeit"). */
const READING_TIME_RE = new RegExp(`^${READING_TIME}$`, 'iu');

/** Find headline, dek, byline, dateline, section, publisher and summary before the body. */
/**
 * How many section names run together around `i` (one per line), up the page and down to `stop`:
 * a menu printed one item per line, where a breadcrumb printed that way has one or two.
 */
function sectionNameRun(keys: string[], rules: CompiledRules, i: number, stop: number): number {
  const named = (k: number): boolean => rules.sections.has(keys[k]!);
  let from = i;
  while (from > 0 && named(from - 1)) from--;
  let to = i;
  while (to + 1 < stop && named(to + 1)) to++;
  return to - from + 1;
}

/**
 * An entry of the site's menu in HTML: a list item under a menu's class tokens or a <nav>, with no
 * breadcrumb token. A menu's last entries often sit right above the headline, as a trail's do.
 */
function inSiteMenu(blk: Block): boolean {
  const dom = blk.dom;
  if (dom === undefined || !dom.inList || dom.tokens.some((t) => CRUMB_TOKENS.has(t))) return false;
  return dom.ancestors.includes('nav') || dom.tokens.some((t) => MENU_TOKENS.has(t));
}

/** The divider a site prints above the next story it loads under an article. */
const NEXT_ARTICLE_RE = /^(?:next|up next|read next)\s*(?:article|story|post)?\s*:?$/iu;

/**
 * An auto-loaded next article: after the article's prose, a "Next article" divider followed
 * within three blocks by a byline ("By Jane Roe · March 9, 2025") starts another story; its
 * blocks are not this article's body (`signal:next-article`).
 */
function nextArticle(blocks: Block[], stats: BlockStats[], work: Work[], rules: CompiledRules): void {
  let prose = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (work[i]!.label === 'body' && stats[i]!.prose) prose += stats[i]!.words;
    if (prose < THRESHOLDS.minArticleWords || !NEXT_ARTICLE_RE.test(blocks[i]!.text.trim())) continue;
    let byline = -1;
    for (let k = i + 1; k < Math.min(blocks.length, i + 4) && byline < 0; k++) if (stats[k]!.words <= 20 && bylineAuthors(blocks[k]!.text, rules)) byline = k;
    if (byline < 0) continue;
    for (let k = i; k < blocks.length; k++) {
      if (work[k]!.label !== 'body' && work[k]!.label !== null && k !== i) continue;
      work[k]!.label = 'related';
      work[k]!.rule = 'signal:next-article';
    }
    return;
  }
}

/** A sentence's end, with a closing quote or bracket after it. */
const SENTENCE_END_RE = /[.!?。！？]["'”’»)]*$/u;
/** A sentence's end inside a text: a full stop, exclamation or question mark (and a closing quote) before a space or the end (not "3.2" or "Dr.X"). */
const SENTENCE_BREAK_RE = /[.!?。！？]["'”’»)]*(?=\s|$)/gu;

/**
 * A section front: the "body" is a run of teasers, each a title (no full stop) and a standfirst of
 * one or two sentences, and holds no paragraph longer than a standfirst. Those are headlines of
 * other pages, not an article: they become related (`signal:section-front`), and the document
 * fails as no-article. An article's paragraphs run longer, so a news brief or a listicle stays.
 */
function sectionFront(blocks: Block[], stats: BlockStats[], work: Work[]): void {
  // The body and the teaser cards found after its start: on a front page both are teasers.
  const seq: number[] = [];
  const body: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (work[i]!.label === 'body') body.push(i);
    if (work[i]!.label === 'body' || work[i]!.rule === 'signal:teaser-cards') seq.push(i);
  }
  if (body.length === 0 || seq.length < 2 * THRESHOLDS.sectionFrontMinTeasers) return;
  let total = 0;
  for (const i of body) {
    total += stats[i]!.words;
    if (stats[i]!.words > THRESHOLDS.sectionFrontMaxDekWords && SENTENCE_END_RE.test(blocks[i]!.text.trim())) return;
  }
  let pairs = 0;
  let bodyPairWords = 0;
  for (let k = 0; k + 1 < seq.length; k++) {
    const [a, b] = [seq[k]!, seq[k + 1]!];
    const title = blocks[a]!.text.trim();
    const dek = blocks[b]!.text.trim();
    const tw = stats[a]!.words;
    const dw = stats[b]!.words;
    const titleLike = tw >= 3 && tw <= THRESHOLDS.headlineMaxWords && !SENTENCE_END_RE.test(title);
    const dekLike = dw >= 8 && SENTENCE_END_RE.test(dek) && (dek.match(SENTENCE_BREAK_RE)?.length ?? 0) <= 2;
    if (titleLike && dekLike) {
      pairs++;
      if (work[a]!.label === 'body') bodyPairWords += tw;
      if (work[b]!.label === 'body') bodyPairWords += dw;
      k++;
    }
  }
  if (pairs < THRESHOLDS.sectionFrontMinTeasers || bodyPairWords < total * THRESHOLDS.sectionFrontShare) return;
  for (const i of body) {
    work[i]!.label = 'related';
    work[i]!.rule = 'signal:section-front';
  }
}

/**
 * Keys of the site's name as the page's metadata gives it: the publisher (og:site_name, JSON-LD),
 * and the last part of a <title> such as "Headline words here | Site Name" (titleSiteSplit).
 */
function siteNameKeys(meta: PageMeta): Set<string> {
  const keys = new Set<string>();
  if (meta.publisher) keys.add(comparisonKey(meta.publisher));
  const site = titleSiteSplit(meta.documentTitle)?.site;
  if (site) keys.add(comparisonKey(site));
  keys.delete('');
  return keys;
}

function detectHeader(
  observe: ((c: HeadlineCandidate[]) => void) | undefined,
  hw: number[],
  blocks: Block[],
  stats: BlockStats[],
  keys: string[],
  keyCount: Map<string, number>,
  work: Work[],
  initialBodyStart: number,
  meta: PageMeta,
  rules: CompiledRules,
): void {
  let bodyStart = initialBodyStart;
  let end = bodyStart < 0 ? Math.min(blocks.length, THRESHOLDS.headerWindow) : Math.min(blocks.length, bodyStart + 3);
  // Header furniture may sit inside a teaser run that a heading opened above the headline.
  const free = (i: number): boolean => {
    const l = work[i]!.label;
    return l === null || (l === 'navigation' && work[i]!.rule !== 'signal:table-of-contents') || (l === 'body' && i < bodyStart + 3 && work[i]!.rule !== 'signal:toc-heading') || (l === 'related' && work[i]!.rule === 'signal:teaser-run');
  };
  const set = (i: number, label: Label | null, rule: string): void => {
    work[i]!.label = label;
    work[i]!.rule = rule;
  };

  // Byline: strongest, it anchors the rest.
  let byline = -1;
  const bylineEnd = Math.min(blocks.length, Math.max(end, bodyStart + 6));
  for (let i = 0; i < bylineEnd; i++) {
    if (!free(i) && work[i]!.label !== 'body') continue;
    if (blocks[i]!.dom && blocks[i]!.dom!.linkDensity > 0.9 && !hasTokenLabel(blocks[i]!, 'byline', rules)) continue;
    if (creditAfterCaption(blocks, i, rules)) continue;
    const authors = bylineAuthors(blocks[i]!.text, rules);
    if (authors) {
      set(i, 'byline', 'byline:pattern');
      byline = i;
      break;
    }
  }

  // No byline in the header: a prefixed one ("By …", "Text: …") may close the article instead.
  if (byline < 0) {
    for (let i = bylineEnd; i < blocks.length; i++) {
      if (!free(i) && work[i]!.label !== 'body') continue;
      if (stats[i]!.words > 12 || (stripBylinePrefix(blocks[i]!.text, rules) === null && !rules.bylineSuffix.test(blocks[i]!.text.trim()))) continue;
      if (bylineAuthors(blocks[i]!.text, rules)) {
        set(i, 'byline', 'byline:pattern-after-body');
        byline = i;
        break;
      }
    }
  }

  // A byline near the top marks where the body starts: "body" blocks above it are header
  // furniture (a dek, a teaser that repeats the opening, the publisher), unless most of the
  // prose is above it (a byline at the end of the article).
  const bodyWordsTotal = work.reduce((a, w, i) => a + (w.label === 'body' ? stats[i]!.words : 0), 0);
  if (byline >= 0) {
    const above = work.reduce((a, w, i) => a + (w.label === 'body' && i < byline ? stats[i]!.words : 0), 0);
    if (above > 0 && above < bodyWordsTotal * 0.25) {
      for (let i = 0; i < byline; i++) if (work[i]!.label === 'body') set(i, null, '');
    }
  }
  bodyStart = work.findIndex((w, i) => w.label === 'body' && (stats[i]!.prose || i > byline));
  if (byline >= 0 && bodyStart >= 0 && bodyStart < byline) {
    const afterByline = work.findIndex((w, i) => i > byline && w.label === 'body');
    if (afterByline >= 0 && afterByline - byline <= 3 && work.slice(0, byline).filter((w) => w.label === 'body').length <= 2) bodyStart = afterByline;
  }
  end = bodyStart < 0 ? Math.min(blocks.length, THRESHOLDS.headerWindow) : Math.min(blocks.length, bodyStart + 1);
  const firstBodyShingles = lazy(() => (bodyStart >= 0 ? shingles(blocks[bodyStart]!.text) : new Set<string>()));
  // The body and its lead as they stand once the header is cut off, for the headline's overlap.
  const bodyParts: string[] = [];
  const leadParts: string[] = [];
  for (let i = Math.max(0, bodyStart); i < blocks.length; i++) {
    if (work[i]!.label !== 'body') continue;
    bodyParts.push(blocks[i]!.text);
    if (stats[i]!.prose && leadParts.length < 3) leadParts.push(blocks[i]!.text);
  }
  const bodyWords = lowerWordSet(bodyParts);
  const bodyBigrams = lazy(() => cjkBigrams(bodyParts.join(' '))); // bigrams run across blocks: joined
  const leadWords = lowerWordSet(leadParts);
  const leadBigrams = lazy(() => cjkBigrams(leadParts.join(' ')));

  // Headline: the best-scoring title-like block before the body (learned weights over
  // HEADLINE_FEATURES; the candidates and their features are reported to `observe` for training).
  // Candidates come from two windows: around the first body block and around the start of the
  // main body run, since a cookie notice or a teaser above the article can open the "body" early.
  const mainStart = mainRunStart(work, stats);
  const mainProse = mainStart < 0 ? -1 : work.findIndex((w, i) => i >= mainStart && w.label === 'body' && stats[i]!.prose && stats[i]!.words >= 15);
  // A prefix on a line of its own ("By", "Autor:", "… 11:46 von") names the author on the next
  // line; an author box after the article counts too, a comment section does not.
  if (byline < 0) {
    for (let i = 0; i + 1 < blocks.length; i++) {
      const t = blocks[i]!.text.trim();
      const m = t.length <= 120 ? rules.bylinePrefixOnly.exec(t) : null; // a prefix line is short
      if (!m || (m.index > 0 && !isDateLine(t.slice(0, m.index)))) continue;
      const k = i + 1;
      if (work[k]!.label === 'comments' || (!free(k) && work[k]!.label !== 'promo') || stats[k]!.words > 6) continue;
      if (bylineAuthors(`${m[0].trim()} ${blocks[k]!.text}`, rules)) {
        set(k, 'byline', 'byline:after-prefix-line');
        if (free(i)) set(i, 'ui-label', 'byline:prefix-line');
        byline = k;
        break;
      }
    }
  }

  // A bare name next to a date line (a reading time, a "Follow" button), or sharing a line with a
  // date, above the article's first paragraph: around the main body run first, then the first
  // body block. An author box after the article does not stop the search: the header's byline
  // comes first in reading order.
  const bylineBelowBody = byline >= 0 && mainProse >= 0 && byline > mainProse;
  if ((byline < 0 || bylineBelowBody) && (mainStart >= 0 || bodyStart >= 0)) {
    const ranges: Array<[number, number]> = [];
    // Up to two blocks past the first paragraph: that "paragraph" may be a photo caption.
    // With an author box below, only the header above the first body block is searched.
    if (bylineBelowBody) ranges.push([bodyStart - THRESHOLDS.bareNameBeforeBody, bodyStart]);
    else {
      if (mainStart >= 0) ranges.push([mainStart - THRESHOLDS.bareNameBeforeBody, mainProse >= 0 ? mainProse + 2 : mainStart + 3]);
      if (bodyStart >= 0) ranges.push([bodyStart - THRESHOLDS.bareNameBeforeBody, bodyStart + 3]);
    }
    const dateOrFollow = (k: number): boolean => k >= 0 && k < blocks.length && stats[k]!.words <= 20 && (isDateLine(blocks[k]!.text) || FOLLOW_RE.test(blocks[k]!.text.trim()) || READING_TIME_RE.test(blocks[k]!.text.trim()));
    search: for (const [from, stop] of ranges) {
      for (let i = Math.max(0, from); i < Math.min(stop, blocks.length); i++) {
        // Header furniture, or a short line the body rules took in (not prose).
        if (!(free(i) || (work[i]!.label === 'body' && !stats[i]!.prose)) || (work[i]!.label === 'body' && stats[i]!.prose)) continue;
        const ownDate = /\s[|•·]\s/.test(blocks[i]!.text) && parseDate(blocks[i]!.text) !== null; // "Name | 3. März 2024 | Blog"
        if (!ownDate && !dateOrFollow(i - 1) && !dateOrFollow(i + 1)) continue;
        if (rules.publicationNoun.test(blocks[i]!.text) || blocks[i]!.dom) continue;
        if (bareName(blocks[i]!.text, rules) || (ownDate && bareNames(blocks[i]!.text.split(/\s[|•·]\s/)[0]!, rules))) {
          set(i, 'byline', 'byline:name-by-date');
          byline = i;
          break search;
        }
      }
    }
  }

  const metaTitle = meta.title ?? meta.h1?.[0];
  const siteKeys = siteNameKeys(meta);
  const metaTokens = metaTitle ? titleTokens(metaTitle) : null;
  const candidates: HeadlineCandidate[] = [];
  const inWindow = (i: number, anchor: number, stop: number): boolean => anchor < 0 ? i < THRESHOLDS.headerWindow : i >= anchor - THRESHOLDS.headerWindow && i < stop + THRESHOLDS.headlineAfterBodyStart;
  const anchorsOf = (i: number): boolean => inWindow(i, bodyStart, end) || (mainStart >= 0 && inWindow(i, mainStart, mainStart + 1));
  const titleShaped = (i: number): boolean => {
    const s = stats[i]!;
    // Scripts without spaces count characters as words: a 40-character Japanese headline is normal.
    const cjk = s.words > words(blocks[i]!.text).length * 2;
    return s.words >= 1 && (s.words <= THRESHOLDS.headlineMaxWords || (cjk && blocks[i]!.text.length <= THRESHOLDS.headlineMaxCjkChars)) && blocks[i]!.text.length <= 250 && !isDateLine(blocks[i]!.text) && !BREADCRUMB_RE.test(blocks[i]!.text) && !URL_IN_TEXT_RE.test(blocks[i]!.text) && !SLUG_RE.test(blocks[i]!.text.trim()) && !FORM_FIELD_RE.test(blocks[i]!.text) && !PIPE_MENU_RE.test(blocks[i]!.text) && !LOGO_ALT_RE.test(blocks[i]!.text) && !PUBLISHED_IN_RE.test(blocks[i]!.text) && !GLUED_MENU_RE.test(blocks[i]!.text) && !startsDoubled(blocks[i]!.text) && !/[>›»|/]\s*$/u.test(blocks[i]!.text); // a crumb ends with its separator
  };
  const isCandidate = (i: number): boolean => {
    const l = work[i]!.label;
    const teaserOnly = l === 'related' && work[i]!.rule === 'signal:teaser-run';
    // The first block of a body run that does not end like a sentence may be the headline itself.
    const openingLine = l === 'body' && (i === bodyStart || i === mainStart) && !/[.,;:!]["'”’»)]*$/.test(blocks[i]!.text.trim());
    // Navigation by its wording ("Skip to content", "[Home] [Print] [Archive]") or a table of contents
    // is never the title; navigation by position only may be.
    if (i === byline || NOT_TITLE_RULES.has(work[i]!.rule) || (l !== null && l !== 'navigation' && !teaserOnly && !openingLine && !(l === 'body' && (i < bodyStart || !stats[i]!.prose)))) return false;
    // The site's own name (a logo in an <h1>) is never the article's title.
    if (siteKeys.has(keys[i]!)) return false;
    // HTML: a block of links inside a <nav> or a menu's class ("topnav") is a menu ("Home | News | Sports"), whatever its wording;
    const dom = blocks[i]!.dom;
    // (Not a heading: an <h1> holding a link is a headline, and class tokens come down from every ancestor.)
    // A block of several lines of links is a list of them ("This week / Bridge repairs start …").
    if (dom && dom.headingLevel === 0 && dom.linkDensity > 0.6 && (dom.ancestors.includes('nav') || dom.tokens.some((t) => MENU_TOKENS.has(t)) || blocks[i]!.text.includes('\n'))) return false;
    return titleShaped(i); // dates and breadcrumb trails are not titles
  };
  const nextText = (i: number): number => {
    for (let k = i + 1; k < blocks.length && k <= i + 2; k++) if (stats[k]!.words > 0) return k;
    return -1;
  };
  for (let i = 0; i < blocks.length; i++) {
    if (!anchorsOf(i) || !isCandidate(i)) continue;
    const blk = blocks[i]!;
    const s = stats[i]!;
    const n = s.words;
    const trimmed = blk.text.trim();
    const nx = nextText(i);
    const pv = i > 0 ? i - 1 : -1;
    const l = work[i]!.label;
    const teaserOnly = l === 'related' && work[i]!.rule === 'signal:teaser-run';
    const cjk = s.words > words(blk.text).length * 2; // mostly Han/kana: wordCount counted characters
    const grams = cjkBigrams(blk.text);
    const content = cjk ? [] : contentWords(blk.text, rules);
    const x = [
      1,
      // Scripts without spaces have no words to compare: their overlap is measured on character pairs.
      cjk ? bigramOverlap(grams, bodyBigrams) : overlap(content, bodyWords),
      cjk ? Math.min(bigramCount(grams, bodyBigrams), 16) / 16 : Math.min(overlapCount(content, bodyWords), 8) / 8,
      cjk ? bigramOverlap(grams, leadBigrams) : overlap(content, leadWords),
      bigramOverlap(grams, bodyBigrams),
      b(CAPTION_LIKE_RE.test(blk.text) || CAPTION_TOGGLE_RE.test(trimmed) || rules.creditOnly.test(blk.text.trim()) || rules.trailingCredit.test(blk.text.trim())),
      b((keyCount.get(keys[i]!) ?? 0) > 1),
      b(n >= 4 && n <= 20),
      b(n <= 2),
      b(/[.。]$/u.test(trimmed) && !/\.\.\.$/.test(trimmed)), // a full stop, Latin or CJK
      b(/(?:\.\.\.|…)$/.test(trimmed)),
      s.titleShare,
      b(blk.glued === true),
      b(blk.dom?.headingLevel === 1),
      b((blk.dom?.headingLevel ?? 0) > 1),
      b((blk.dom?.linkDensity ?? 0) > 0.5),
      b(blk.dom?.ancestors.some((a) => a === 'nav' || a === 'footer' || a === 'aside') ?? false),
      b(hasTokenLabel(blk, 'headline', rules)),
      metaTokens ? tokenSimilarity(titleTokens(blk.text), metaTokens) : 0,
      b(byline >= 0 && i < byline && byline - i <= 4),
      bodyStart >= 0 ? Math.min(Math.abs(bodyStart - i), 30) / 30 : 1,
      b(bodyStart >= 0 && bodyStart - i >= 1 && bodyStart - i <= 2),
      b(bodyStart >= 0 && bodyStart - i >= 1 && bodyStart - i <= 6),
      b(blk.kind === 'list-item'),
      b(rules.sections.has(keys[i]!) || rules.publicationNoun.test(blk.text) && n <= 4),
      Math.log1p(n) / 3,
      s.stopShare,
      blocks.length > 1 ? i / (blocks.length - 1) : 0,
      b(/\s[|•·»–—-]\s|:\s/.test(blk.text)),
      work[i]!.score,
      b(i > bodyStart && bodyStart >= 0),
      b(l === 'navigation' || teaserOnly),
    ];
    x.push(
      b(bareName(blk.text, rules) !== null),
      // Around the main body run.
      mainStart >= 0 ? Math.min(Math.abs(mainStart - i), 30) / 30 : 1,
      b(mainStart >= 0 && mainStart - i >= 1 && mainStart - i <= 6),
      // Neighbours: a headline is followed by a longer dek or the text, and may sit under a short kicker.
      b(nx >= 0 && stats[nx]!.words >= Math.max(8, n * 1.3)),
      b(nx >= 0 && /[.!?。！？]["'”’»)]*$/u.test(blocks[nx]!.text.trim())),
      b(pv >= 0 && stats[pv]!.words >= 1 && stats[pv]!.words <= 3),
      b([i + 1, i + 2, i + 3].some((k) => k < blocks.length && stats[k]!.words <= 20 && isDateLine(blocks[k]!.text))),
      b(bodyStart >= 0 && mainStart > bodyStart && i > bodyStart && i < mainStart),
      b(mainProse >= 0 && i > mainProse), // under the first paragraph: a sub-heading or caption
      b(parseDate(blk.text) !== null), // a byline or dateline with its date, not a title
      b(n >= 3 && quotedElsewhere(blocks, i, keys)), // the title bar, a breadcrumb or a share text repeats the headline
      b(/\p{Lu}{2}/u.test(trimmed) && trimmed === trimmed.toUpperCase()), // kickers are often in capitals
      b(/^["'“”„«‘]/u.test(trimmed) && /["'“”»’]$/u.test(trimmed)), // a quote pulled out as a kicker
      b((trimmed.match(/[,|•·]/g)?.length ?? 0) >= 2 && !/[.!?]$/.test(trimmed)), // a tag list
    );
    candidates.push({ index: i, x, score: 0 });
  }
  // Relative features: is this the candidate whose words recur most in the body, in the lead?
  const maxCount = Math.max(0, ...candidates.map((c) => c.x[2]!));
  const maxLead = Math.max(0, ...candidates.map((c) => c.x[3]! * c.x[2]!));
  const byIndex = new Map(candidates.map((c) => [c.index, c]));
  const relative = candidates.map((c) => {
    const below = byIndex.get(c.index + 1);
    const above = byIndex.get(c.index - 1);
    return [
      // Title-like neighbours of four words or more: a headline opens such a pair, a dek closes it.
      b(above !== undefined && stats[above.index]!.words >= 4),
      b(below !== undefined && stats[below.index]!.words >= 4),
      // A neighbour that recurs more in the body: this one is its kicker (above it) or dek (below).
      b(below !== undefined && below.x[2]! > c.x[2]!),
      b(above !== undefined && above.x[2]! > c.x[2]!),
      maxCount > 0 ? c.x[2]! / maxCount : 0,
      b(maxCount > 0 && c.x[2] === maxCount),
      b(maxLead > 0 && c.x[3]! * c.x[2]! === maxLead),
    ];
  });
  candidates.forEach((c, k) => {
    c.x.push(...relative[k]!);
    c.score = linear(c.x, hw); // ranked on the linear score: the sigmoid saturates
  });
  observe?.(candidates);
  let best = -1;
  let bestScore = -Infinity;
  for (const c of candidates) {
    if (c.score > bestScore) {
      bestScore = c.score;
      best = c.index;
    }
  }
  // A winner below the whole body (a closing note) loses to a metadata title that the page does
  // not print as a block of its own: assemble uses that title.
  const lastBody = work.reduce((last, w, k) => (w.label === 'body' ? k : last), -1);
  if (best >= 0 && lastBody >= 0 && best >= lastBody && best > mainProse && metaTitle && !keys.includes(comparisonKey(metaTitle))) best = -1;
  // Otherwise a winner below the whole body that is a person's name, or names (a contact, the
  // authors' sign-off), gives way to the best candidate just above the body: an article's title
  // comes before its text, and a name is no title.
  const signOff = (text: string): boolean => {
    const t = text.replace(/\s*\((?:[^()]|\([^()]*\))*\)/g, '');
    return bareName(t, rules) !== null || bareNames(t, rules) !== null;
  };
  if (best >= 0 && lastBody >= 0 && best >= lastBody && best > mainProse && signOff(blocks[best]!.text)) {
    const firstBody = work.findIndex((w) => w.label === 'body');
    // (Not a line the page repeats: a search box's hint printed in every menu is no title.)
    const above = candidates
      .filter((c) => c.index < firstBody && c.index >= firstBody - THRESHOLDS.titleAboveBodyWindow && (keyCount.get(keys[c.index]!) ?? 0) < 3)
      .reduce<HeadlineCandidate | null>((m, c) => (m === null || c.score > m.score ? c : m), null);
    if (above && sigmoid(above.score) >= THRESHOLDS.headlineMinScore) {
      best = above.index;
      bestScore = above.score;
    }
  }
  if (best >= 0 && sigmoid(bestScore) >= THRESHOLDS.headlineMinScore) {
    // A news header runs title, dek, byline (or title, byline, dek): a winner that sits right on
    // the byline or its date, or right under the byline, with a title-shaped block of its own
    // length just above (above the byline in the second case) is the dek, and that block the title.
    const onByline = byline === best + 1 || (best + 1 < blocks.length && stats[best + 1]!.words <= 20 && isDateLine(blocks[best + 1]!.text));
    // (The bare-name byline search runs after the ranking: a bare name right above counts.)
    const bylineAbove = best >= 2 && (byline === best - 1 || (free(best - 1) && !blocks[best - 1]!.dom && bareName(blocks[best - 1]!.text, rules) !== null));
    const title = onByline ? best - 1 : bylineAbove ? best - 2 : -1;
    const above = title >= 0 ? candidates.find((c) => c.index === title) : undefined;
    // Only a close runner-up: a block the ranking all but rejected stays rejected.
    const runnerUp = candidates.reduce((m, c) => (c.index !== best && c.score > m ? c.score : m), -Infinity);
    if (above && above.score === runnerUp && titleOverDek(blocks[title]!.text, stats[title]!, stats[best]!, above.x[CAPTION_LIKE]! > 0, !keys[title]!.includes(keys[best]!) && !keys[best]!.includes(keys[title]!))) best = title;
    // Some blog themes print the post's date and author above its title ("Posted on … by Jane
    // Roe", then the title): a one- or two-word winner above that byline (a menu item) gives way to
    // a title-shaped candidate right under it.
    else if (byline > best && stats[best]!.words <= 2) {
      const under = candidates.find((c) => c.index === byline + 1 && stats[c.index]!.words >= 3 && stats[c.index]!.words <= THRESHOLDS.headlineMaxWords && !SENTENCE_END_RE.test(blocks[c.index]!.text.trim()));
      if (under) best = under.index;
    }
    const key = keys[best]!;
    for (let i = 0; i < Math.max(end, best + 1); i++) {
      if (i === best) set(i, 'headline', 'headline:best-candidate');
      else if (keys[i] === key && work[i]!.rule === 'signal:teaser-run') set(i, 'ui-label', 'headline:repeat');
      else if (keys[i] === key && free(i)) set(i, 'ui-label', 'headline:repeat');
    }
  } else best = -1;

  // The article starts at its headline: a little "body" above it (a site's about box, a notice)
  // is page furniture, unless most of the prose is above it.
  // Not when the headline sits under the main run's first paragraph: that is a sub-heading taken for it.
  if (best >= 0 && best > bodyStart && bodyStart >= 0 && (mainProse < 0 || best <= mainProse)) {
    const total = work.reduce((a, w, i) => a + (w.label === 'body' ? stats[i]!.words : 0), 0);
    const above = work.reduce((a, w, i) => a + (w.label === 'body' && i < best ? stats[i]!.words : 0), 0);
    if (above > 0 && above < total * THRESHOLDS.bodyAboveHeadlineShare) {
      for (let i = 0; i < best; i++) if (work[i]!.label === 'body') set(i, null, '');
    }
  }

  // No "By" line: a bare name (optionally with a date) right around the headline is the byline.
  if (byline < 0 && best >= 0) {
    const pageLowerWords = lazy(() => lowerCaseWords(blocks));
    const lo = Math.max(0, best - 3);
    const hi = Math.min(blocks.length, best + THRESHOLDS.bareNameAfterHeadline + 1);
    const order = [...Array(hi - lo).keys()].map((k) => lo + k).sort((x, y) => Math.abs(x - best) - Math.abs(y - best) || x - y);
    for (const i of order) {
      if (i === best || !free(i) || (work[i]!.label === 'body' && stats[i]!.prose)) continue;
      const dom = blocks[i]!.dom;
      // In HTML a bare name needs markup that says "author": a class token or itemprop.
      if (dom && (dom.headingLevel > 0 || dom.ancestors.includes('nav') || !(dom.itemprop === 'author' || hasTokenLabel(blocks[i]!, 'byline', rules)))) continue;
      if (rules.publicationNoun.test(blocks[i]!.text)) continue;
      const name = bareName(blocks[i]!.text, rules);
      if (name && !nameFromVocabulary(name, pageLowerWords(), rules)) {
        set(i, 'byline', 'byline:bare-name');
        byline = i;
        break;
      }
    }
  }

  // Summary: a block before the body that repeats its opening words (a site teaser).
  for (let i = 0; i < Math.max(0, bodyStart); i++) {
    if (!free(i) || work[i]!.label === 'body' || i === best) continue;
    const sh = shingles(blocks[i]!.text);
    if (sh.size < 4) continue;
    let common = 0;
    const first = firstBodyShingles();
    for (const x of sh) if (first.has(x)) common++;
    if (common / sh.size >= 0.5) set(i, 'summary', 'signal:repeats-body-start');
  }

  // Sections: glued breadcrumb pieces, a breadcrumb trail ("News › Local") and known section
  // names before the headline.
  const headStop = best >= 0 ? best : end;
  for (let i = 0; i < headStop; i++) {
    if (!free(i) || work[i]!.label === 'body') continue;
    const blk = blocks[i]!;
    // A date and time printed with a slash ("6. November 2023 / 09:18 Uhr") is not a trail.
    if (best - i <= 4 && BREADCRUMB_RE.test(blk.text) && blk.text.length <= 120 && !isDateLine(blk.text)) {
      set(i, 'section', 'section:breadcrumb-trail');
      continue;
    }
    // A known section name counts only right above the headline (a breadcrumb), not in a menu.
    const nearHeadline = best >= 0 && best - i <= 4;
    if (nearHeadline && rules.sections.has(keys[i]!) && (inSiteMenu(blk) || sectionNameRun(keys, rules, i, best) >= THRESHOLDS.menuMinSections)) set(i, 'navigation', 'section:site-menu');
    else if ((blk.glued && stats[i]!.words <= 8) || (nearHeadline && rules.sections.has(keys[i]!))) set(i, 'section', blk.glued ? 'section:glued-breadcrumb' : 'section:known-name');
  }

  // Between headline and body: dek, publisher, dateline.
  const from = best >= 0 ? best + 1 : 0;
  const until = bodyStart >= 0 ? bodyStart : end;
  let dekSet = false;
  for (let i = from; i < Math.min(until + 1, blocks.length); i++) {
    if (i === byline || !free(i)) continue;
    const blk = blocks[i]!;
    const s = stats[i]!;
    if (isDateLine(blk.text)) {
      set(i, 'dateline', 'dateline:date-line');
      continue;
    }
    // A masthead name has no date and no role word ("Jane Roe Twitter News & Culture Writer" is an author card).
    if (s.words >= 1 && s.words <= 6 && s.titleShare >= 0.6 && rules.publicationNoun.test(blk.text) && !/[.!?]$/.test(blk.text) && !/\d/.test(blk.text) && !rules.bylineStop.test(blk.text) && Math.abs(i - (byline >= 0 ? byline : i)) <= 2) {
      set(i, 'publisher', 'publisher:publication-noun');
      continue;
    }
    if (!dekSet && best >= 0 && i < until && s.words >= 6 && s.words <= 60 && i - best <= 4 && work[i]!.label !== 'body') {
      set(i, 'dek', 'dek:after-headline');
      dekSet = true;
    }
  }
  // Date lines right around the byline are datelines even when they follow the body start.
  if (byline >= 0) {
    for (const i of [byline - 1, byline + 1, byline + 2]) {
      if (i >= 0 && i < blocks.length && free(i) && work[i]!.label !== 'body' && isDateLine(blocks[i]!.text)) set(i, 'dateline', 'dateline:near-byline');
    }
  }
}

/**
 * Captions: a block that ends with an agency credit, a block followed by a credit-only line, or
 * a block after an image label ("Enlarge Image", "Photo"). Applies to short blocks only, so a
 * paragraph that merely mentions Reuters is not taken.
 */
function detectCaptions(blocks: Block[], stats: BlockStats[], work: Work[], rules: CompiledRules): void {
  const captionWindow = 60; // a caption has at most this many words
  for (let i = 0; i < blocks.length; i++) {
    const w = work[i]!;
    const blk = blocks[i]!;
    // A table's row is data, never a caption.
    if (blk.kind === 'table-row') continue;
    const s = stats[i]!;
    const domCaption = blk.dom && (blk.dom.tag === 'figcaption' || blk.dom.ancestors.includes('figure') || hasTokenLabel(blk, 'caption', rules));
    const domCredit = hasTokenLabel(blk, 'credit', rules);
    // A sentence followed by a credit is a caption with its credit, not a credit line.
    const captionWithCredit = s.words <= captionWindow ? rules.trailingCredit.exec(blk.text.trim()) : null; // captions are short; never run it on a huge block
    const sentenceFirst = captionWithCredit !== null && wordCount(captionWithCredit[1]!) >= 4;
    // "Source: …" under a table is the table's source note, not a photo credit.
    const underTable = i > 0 && blocks[i - 1]!.kind === 'table-row';
    if (!underTable && (s.phrase?.label === 'credit' || (domCredit && s.words <= 15 && !sentenceFirst) || (s.words <= 15 && !sentenceFirst && rules.creditOnly.test(blk.text.trim())))) {
      if (w.label === null || w.label === 'body' || w.label === 'promo' || w.label === 'ui-label') {
        w.label = 'credit';
        w.rule = domCredit ? 'caption:credit-class' : 'caption:credit-line';
        const prev = i - 1;
        if (prev >= 0 && (work[prev]!.label === 'body' || work[prev]!.label === null) && stats[prev]!.words <= captionWindow && !stats[prev]!.prose) {
          work[prev]!.label = 'caption';
          work[prev]!.rule = 'caption:before-credit';
        }
      }
      continue;
    }
    if (domCaption && (w.label === null || w.label === 'body' || w.label === 'promo')) {
      w.label = 'caption';
      w.rule = 'caption:figure';
      continue;
    }
    // captionWithCredit is that very test's result (same text, same word limit).
    // Three sentences or more before the credit are a paragraph with a caption glued on (a text
    // browser runs a figure into the paragraph before it): the block stays body, not to lose the paragraph.
    // (A caption printed twice, as its image's text and as itself, is still a caption.)
    const gluedOntoParagraph = captionWithCredit !== null && s.words >= 40 && (captionWithCredit[1]!.match(SENTENCE_BREAK_RE)?.length ?? 0) >= 3 && !startsDoubled(blk.text);
    if ((w.label === 'body' || w.label === null) && captionWithCredit !== null && !(gluedOntoParagraph && w.label === 'body')) {
      w.label = 'caption';
      w.rule = 'caption:trailing-credit';
      continue;
    }
    const prevLabel = i > 0 ? stats[i - 1]!.phrase : null;
    if (prevLabel?.label === 'ui-label' && /image|photo|foto|bild|picture|gallery|enlarge|agrandir|ampliar/i.test(blocks[i - 1]!.text) && (w.label === 'body' || w.label === null) && s.words <= captionWindow) {
      w.label = 'caption';
      w.rule = 'caption:after-image-label';
    }
  }
}
