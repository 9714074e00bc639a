/**
 * HTML → blocks. The only stage that sees HTML (with html-meta): the page is parsed once with
 * cheerio's htmlparser2 build (about 5x faster than parse5 on real pages) and walked once, in
 * document order, into plain `Block`s carrying DOM evidence (tag, class/id tokens, semantic
 * ancestors, link density, hidden-ness). Later stages never touch the DOM.
 *
 * The walk is iterative (sibling and parent pointers, plus an explicit stack of element contexts)
 * because inputs can nest 100,000 elements deep; below `THRESHOLDS.maxDomDepth` the structure is
 * ignored and text is read as inline, which keeps the work linear. Per-element state that blocks
 * need (tokens, ancestors, hidden, list/table membership) is carried on that stack instead of
 * being looked up by walking ancestors.
 */
import { load } from 'cheerio/slim';
import type { Block, DomFeatures, Segmented } from '../model/block.js';
import { THRESHOLDS } from '../options.js';
import { collapseWhitespace, documentRoot, MetaCollector, type HtmlNode } from './html-meta.js';

// ---------------------------------------------------------------------------------------------
// Rules as data
// ---------------------------------------------------------------------------------------------

/** Elements whose subtree never yields text, grouped by why. */
const SKIPPED_TAGS = {
  /** Code, styles and inert markup: not visible text. `noscript` is fallback for script-less readers. */
  code: ['script', 'style', 'template', 'noscript'],
  /** Drawings and embedded media: their text is markup or a fallback, not prose (MathML is kept). */
  embedded: ['svg', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'picture', 'map', 'frameset'],
  /** Form controls: option lists, typed values and button labels are interface text. */
  controls: ['select', 'option', 'optgroup', 'datalist', 'textarea', 'input', 'button'],
  /**
   * Document metadata: html-meta reads it (`<title>` included); it is never body text. `<head>`
   * itself is not skipped: a parser leaves body content inside an unclosed head, which browsers
   * would show, so only these elements are dropped from it.
   */
  metadata: ['title', 'meta', 'link', 'base'],
} as const satisfies Record<string, readonly string[]>;

/** Block-level elements: each ends the inline run before it and owns the text directly inside it. */
const BLOCK_TAGS = {
  /** Paragraph-like units. */
  text: ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'listing', 'xmp', 'plaintext', 'blockquote', 'address', 'figcaption', 'caption', 'dt', 'dd', 'li', 'summary', 'legend'],
  /** Sectioning and grouping containers: loose text between their block children becomes blocks. */
  containers: ['html', 'head', 'body', 'article', 'section', 'main', 'aside', 'nav', 'header', 'footer', 'div', 'center', 'hgroup', 'figure', 'details', 'dialog', 'fieldset', 'form', 'search', 'noframes'],
  /** List and table scaffolding: text never runs across them. */
  structure: ['ul', 'ol', 'menu', 'dl', 'table', 'thead', 'tbody', 'tfoot'],
} as const satisfies Record<string, readonly string[]>;

/** A table row is one block whose cells are joined, unless a cell holds blocks of its own. */
const ROW_TAGS = ['tr'] as const;
/** Table cells: joined into their row's text with a tab. */
const CELL_TAGS = ['td', 'th'] as const;
/** `<br>`: a line break inside the current block, not a new block. */
const LINE_BREAK_TAGS = ['br'] as const;
/** `<hr>`: a thematic break, ending the paragraph before it. */
const RULE_TAGS = ['hr'] as const;

/** Heading levels by tag. */
const HEADING_LEVELS: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** WAI-ARIA: `role=heading` without a valid `aria-level` is a level-2 heading. */
const DEFAULT_ARIA_HEADING_LEVEL = 2;
const MAX_HEADING_LEVEL = 6;

/** Elements whose text keeps its white space (HTML's preformatted family, obsolete ones included). */
const PREFORMATTED_TAGS: ReadonlySet<string> = new Set(['pre', 'listing', 'xmp', 'plaintext']);
/** Elements that make their content "in a list". */
const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'menu', 'li']);
/** Elements that make their content "in a table cell" (a joined row counts too). */
const TABLE_CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th', 'tr']);
const LIST_ITEM_TAG = 'li';
const LINK_TAG = 'a';

/** Semantic ancestors by tag: the sectioning and grouping elements the classifier weighs. */
const SEMANTIC_TAGS: Readonly<Record<string, string>> = {
  article: 'article', main: 'main', aside: 'aside', nav: 'nav', header: 'header', footer: 'footer',
  figure: 'figure', form: 'form', blockquote: 'blockquote', table: 'table',
};

/** Semantic ancestors by ARIA landmark role, for div-based layouts that declare them. */
const SEMANTIC_ROLES: Readonly<Record<string, string>> = {
  navigation: 'nav', complementary: 'aside', contentinfo: 'footer', banner: 'header', main: 'main',
  article: 'article', form: 'form', figure: 'figure', table: 'table',
};

/** class/id tokens that mark a reader-comments region (WordPress `#respond`, Disqus embeds). */
const COMMENT_TOKENS: ReadonlySet<string> = new Set(['comment', 'comments', 'commentlist', 'disqus', 'respond']);
const COMMENTS_ANCESTOR = 'comments';
/**
 * class tokens of a kicker (overline) printed inside a heading ("<h1><span class=kicker>Hafen</span>
 * Stadtrat stimmt …</h1>"): it labels the story, it is not part of the title, so it is a block of its own.
 */
const KICKER_TOKENS: ReadonlySet<string> = new Set(['kicker', 'dachzeile', 'overline', 'eyebrow', 'topline', 'roofline', 'spitzmarke', 'supertitle', 'kicker-title']);

/** Inline `style` that hides an element (the page's stylesheets are not evaluated). */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Token lists keep this many class/id tokens, nearest element first, so deep nesting stays cheap. */
const MAX_TOKENS = 64;

/** Loose text at the document root (fragments without `<body>`) is reported as if in `<body>`. */
const ROOT_TAG = 'body';

/** How pieces of one block are joined: `<br>` gives a line break, a table cell a tab. */
const JOIN = { none: '', line: '\n', cell: '\t' } as const;
type Join = (typeof JOIN)[keyof typeof JOIN];
/** A cell boundary outranks a line break when both fall between the same two pieces. */
const JOIN_RANK: Readonly<Record<Join, number>> = { '': 0, '\n': 1, '\t': 2 };

type TagRole = 'skip' | 'block' | 'row' | 'cell' | 'break' | 'rule';

/** One lookup per element: the role of each tag named in the tables above. */
const TAG_ROLES: ReadonlyMap<string, TagRole> = new Map<string, TagRole>([
  ...Object.values(SKIPPED_TAGS).flat().map((tag): [string, TagRole] => [tag, 'skip']),
  ...Object.values(BLOCK_TAGS).flat().map((tag): [string, TagRole] => [tag, 'block']),
  ...ROW_TAGS.map((tag): [string, TagRole] => [tag, 'row']),
  ...CELL_TAGS.map((tag): [string, TagRole] => [tag, 'cell']),
  ...LINE_BREAK_TAGS.map((tag): [string, TagRole] => [tag, 'break']),
  ...RULE_TAGS.map((tag): [string, TagRole] => [tag, 'rule']),
]);

const CLASS_SEPARATOR = /\s+/;
/** A text that ends with a lower-case letter, and one that starts with a capital (glued inline elements). */
const LOWER_END_RE = /\p{Ll}$/u;
const UPPER_START_RE = /^\p{Lu}/u;
const CAMEL_LOWER_UPPER = /([a-z0-9])([A-Z])/g;
const CAMEL_ACRONYM = /([A-Z])([A-Z][a-z])/g;
const TOKEN_PARTS = /[-_\s]+/;
const TRAILING_SPACE = /\s+$/;
const LINE_ENDINGS = /\r\n?/g;
const EMPTY: readonly string[] = [];

// ---------------------------------------------------------------------------------------------
// Element contexts
// ---------------------------------------------------------------------------------------------

/** What the walk knows about an open element; children inherit from it. */
interface Ctx {
  node: HtmlNode | null;
  /** Pre-order index of the element (0 = document root). */
  id: number;
  tag: string;
  parent: Ctx | null;
  /** This element's raw class and id attributes, tokenized only if a block needs them. */
  cls: string | undefined;
  idAttr: string | undefined;
  /** Own plus ancestors' tokens, nearest first; computed on demand, once. */
  tokens: readonly string[] | null;
  ancestors: readonly string[];
  hidden: boolean;
  inList: boolean;
  inTable: boolean;
  itemprop: string | undefined;
  kind: Block['kind'];
  headingLevel: number;
  /** Id of the nearest block-level element, this one included. */
  containerId: number;
  /** Id of the nearest block-level element strictly above this one. */
  parentContainerId: number;
  /** The block-level context that collects the inline text read here. */
  owner: Ctx;
  /** A table row whose cells are joined into one block. */
  row: boolean;
  /** The cell of the owning row that text read here belongs to. */
  cell: Ctx | null;
  /** A block-level child was opened, so this element's loose text forms anonymous blocks. */
  hasBlockChild: boolean;
  /** A kicker inside a heading, read as a block of its own (KICKER_TOKENS). */
  kicker: boolean;
}

/** class/id tokens: each whole (lower-cased) and split on - _ and camelCase boundaries, deduplicated. */
function tokenize(cls: string | undefined, id: string | undefined): readonly string[] {
  const seen = new Set<string>();
  for (const raw of [cls, id]) {
    if (raw === undefined) continue;
    for (const word of raw.split(CLASS_SEPARATOR)) {
      if (word === '') continue;
      const lower = word.toLowerCase();
      seen.add(lower);
      let parts: string[] | undefined;
      if (word !== lower) parts = word.replace(CAMEL_ACRONYM, '$1 $2').replace(CAMEL_LOWER_UPPER, '$1 $2').toLowerCase().split(TOKEN_PARTS);
      else if (lower.includes('-') || lower.includes('_')) parts = lower.split(TOKEN_PARTS);
      if (parts !== undefined && parts.length > 1) for (const part of parts) if (part !== '') seen.add(part);
    }
  }
  return seen.size === 0 ? EMPTY : [...seen];
}

/**
 * Tokens of class strings, shared across documents: class strings repeat within a page and
 * across pages of one site. Cleared when full, so memory stays bounded in long batch runs.
 */
const CLASS_TOKEN_CACHE = new Map<string, readonly string[]>();
const CLASS_TOKEN_CACHE_LIMIT = 20000;

function classTokens(cls: string): readonly string[] {
  let tokens = CLASS_TOKEN_CACHE.get(cls);
  if (tokens === undefined) {
    if (CLASS_TOKEN_CACHE.size >= CLASS_TOKEN_CACHE_LIMIT) CLASS_TOKEN_CACHE.clear();
    tokens = tokenize(cls, undefined);
    CLASS_TOKEN_CACHE.set(cls, tokens);
  }
  return tokens;
}

/**
 * Token lists for one document. Class strings repeat (fifty `<p class="para">` siblings), so
 * both the tokenization of a class and its merge with a given inherited list are cached.
 */
class TokenTable {
  private readonly merged = new WeakMap<readonly string[], Map<string, readonly string[]>>();

  /** Tokens of a context and its ancestors, memoised up the chain without recursion. */
  of(ctx: Ctx): readonly string[] {
    if (ctx.tokens !== null) return ctx.tokens;
    const chain: Ctx[] = [];
    let current: Ctx | null = ctx;
    while (current !== null && current.tokens === null) {
      chain.push(current);
      current = current.parent;
    }
    let inherited = current?.tokens ?? EMPTY;
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i] as Ctx;
      link.tokens = this.merge(link, inherited);
      inherited = link.tokens;
    }
    return inherited;
  }

  private merge(ctx: Ctx, inherited: readonly string[]): readonly string[] {
    // ids are unique per page, so only class-only elements are worth caching.
    const own = (): readonly string[] => (ctx.cls === undefined ? EMPTY : classTokens(ctx.cls));
    if (ctx.idAttr !== undefined) return mergeTokens(mergeTokens(own(), tokenize(undefined, ctx.idAttr)), inherited);
    const key = ctx.cls ?? '';
    let byClass = this.merged.get(inherited);
    if (byClass === undefined) {
      byClass = new Map();
      this.merged.set(inherited, byClass);
    }
    let tokens = byClass.get(key);
    if (tokens === undefined) {
      tokens = mergeTokens(own(), inherited); // the class is tokenized (a cache lookup) only on a miss
      byClass.set(key, tokens);
    }
    return tokens;
  }
}

/**
 * Comment tokens without their first letter: a cheap substring filter on raw class/id text that
 * also catches camelCase ("userComments") without lower-casing every attribute. A hit is confirmed
 * on real tokens, so "responsive" does not count as "respond".
 */
const COMMENT_STEMS = new RegExp([...new Set([...COMMENT_TOKENS].map((t) => t.slice(1)))].join('|'));

/** Whether an element's class/id holds a comment token, without tokenizing every element. */
function marksComments(cls: string | undefined, id: string | undefined): boolean {
  if (!((cls !== undefined && COMMENT_STEMS.test(cls)) || (id !== undefined && COMMENT_STEMS.test(id)))) return false;
  const own = cls === undefined ? EMPTY : classTokens(cls);
  return own.some((t) => COMMENT_TOKENS.has(t)) || (id !== undefined && tokenize(undefined, id).some((t) => COMMENT_TOKENS.has(t)));
}

const LINEAR_LOOKUP_MAX = 8;

/** Own tokens first, then inherited ones not already present, capped at MAX_TOKENS. */
function mergeTokens(own: readonly string[], inherited: readonly string[]): readonly string[] {
  if (own.length === 0) return inherited;
  if (inherited.length === 0) return own.length > MAX_TOKENS ? own.slice(0, MAX_TOKENS) : own;
  // Usually no own token is inherited too: then the merge is a concatenation, and a few native
  // `includes` scans of the inherited list prove it more cheaply than one lookup per inherited token.
  if (own.length <= LINEAR_LOOKUP_MAX && !own.some((token) => inherited.includes(token))) {
    const joined = own.concat(inherited);
    if (joined.length > MAX_TOKENS) joined.length = MAX_TOKENS;
    return joined;
  }
  // Own lists are usually short and already distinct, so a linear `includes` beats building a
  // Set; long ones (utility-class soup) get a Set, as each inherited token is looked up in them.
  const out = own.slice(0, MAX_TOKENS);
  const ownSet = own.length > LINEAR_LOOKUP_MAX ? new Set(own) : null;
  for (let i = 0; i < inherited.length && out.length < MAX_TOKENS; i++) {
    const token = inherited[i] as string;
    if (!(ownSet === null ? own.includes(token) : ownSet.has(token))) out.push(token);
  }
  return out;
}

function withAncestor(list: readonly string[], name: string | undefined): readonly string[] {
  return name === undefined || list.includes(name) ? list : [name, ...list];
}

/** Attributes that give an element's descendants features (tokens, roles, itemprop, hidden-ness). */
const FEATURE_ATTRIBUTES = ['class', 'id', 'role', 'itemprop', 'aria-hidden', 'hidden', 'style'] as const;

function carriesFeatures(attribs: Record<string, string>): boolean {
  for (const name of FEATURE_ATTRIBUTES) if (attribs[name] !== undefined) return true;
  return false;
}

function isHiddenElement(attribs: Record<string, string>): boolean {
  if (attribs['hidden'] !== undefined) return true;
  const style = attribs['style'];
  return style !== undefined && HIDDEN_STYLE.test(style);
}

function headingLevelOf(tag: string, attribs: Record<string, string>): number {
  const level = HEADING_LEVELS[tag];
  if (level !== undefined) return level;
  if (attribs['role']?.toLowerCase() !== 'heading') return 0;
  const aria = Number.parseInt(attribs['aria-level'] ?? '', 10);
  return aria >= 1 && aria <= MAX_HEADING_LEVEL ? aria : DEFAULT_ARIA_HEADING_LEVEL;
}

/** White space that `collapseText` must rewrite: a run of two, or any space other than U+0020. */
const UNCOLLAPSED_SPACE = /\s\s|[^\S ]/;

/**
 * `collapseWhitespace` with fast paths: most text pieces are indentation between tags (empty once
 * trimmed) or already single-spaced, and need no regex replacement.
 */
function collapseText(raw: string): string {
  const trimmed = raw.trim();
  return trimmed === '' || !UNCOLLAPSED_SPACE.test(trimmed) ? trimmed : collapseWhitespace(trimmed);
}

/** Preformatted text: line endings unified, trailing spaces and blank lines dropped, indentation kept. */
function normalizePre(raw: string): string {
  const lines: string[] = [];
  for (const line of raw.replace(LINE_ENDINGS, '\n').split('\n')) {
    const kept = line.replace(TRAILING_SPACE, '');
    if (kept.trim() !== '') lines.push(kept);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------

class Segmenter {
  readonly blocks: Block[] = [];
  /** Page metadata, collected during the same walk. */
  readonly meta = new MetaCollector();
  private readonly tokens = new TokenTable();
  private readonly stack: Ctx[];
  private top: Ctx;
  /** Open inline elements with features whose contexts are not built yet (outermost first). */
  private readonly pending: { el: HtmlNode; id: number; selfHidden: boolean }[] = [];
  private nextId = 1;
  private linkDepth = 0;
  /** An element started or ended since the last text node. */
  private crossedTag = false;
  /** Raw text of the current piece (since the last line or cell break). */
  private segText = '';
  /** Raw text read inside links during the current run. */
  private linkText = '';
  /** Normalised text of the current run so far, and the join owed before the next piece. */
  private runText = '';
  private pendingJoin: Join = JOIN.none;
  /** Distinct cells that gave text to the current run (a row with one cell is a paragraph). */
  private runCells = 0;
  private runCell: Ctx | null | undefined = undefined;

  constructor() {
    const root: Ctx = {
      node: null, id: 0, tag: ROOT_TAG, parent: null, cls: undefined, idAttr: undefined, tokens: EMPTY, ancestors: EMPTY,
      hidden: false, inList: false, inTable: false, itemprop: undefined, kind: 'paragraph', headingLevel: 0,
      containerId: 0, parentContainerId: 0, owner: undefined as unknown as Ctx, row: false, cell: null, hasBlockChild: false, kicker: false,
    };
    root.owner = root;
    this.stack = [root];
    this.top = root;
  }

  run(root: HtmlNode): void {
    const maxDepth = THRESHOLDS.maxDomDepth;
    let depth = 0;
    let node: HtmlNode | null = root.children?.[0] ?? null;
    while (node !== null) {
      if (node.type === 'text') {
        const data = node.data ?? '';
        // Two inline elements with nothing between them ("…Kessler</a></span><span>Staff Writer"):
        // a page shows them apart (its style sheet does), so a lower-case letter meeting a capital
        // across a tag gets a space.
        if (this.crossedTag && this.segText !== '' && data !== '' && LOWER_END_RE.test(this.segText) && UPPER_START_RE.test(data)) this.segText += ' ';
        this.crossedTag = false;
        this.segText += data;
        if (this.linkDepth > 0) this.linkText += data;
      } else if (node.type === 'tag') {
        this.crossedTag = true;
        if (this.open(node, depth >= maxDepth || this.top.kind === 'preformatted')) {
          this.meta.enter(node, true);
          node = (node.children as HtmlNode[])[0] as HtmlNode;
          depth++;
          continue;
        }
        // Subtrees this walk skips (head, scripts, hidden inline) may still hold metadata.
        this.meta.scan(node);
      } else if (node.type === 'script') {
        this.meta.scan(node);
      }
      // Next sibling, or climb, closing each element left behind.
      let current: HtmlNode = node;
      node = null;
      while (current !== root) {
        if (current.next !== null) {
          node = current.next;
          break;
        }
        const parent: HtmlNode | null = current.parent;
        if (parent === null || parent === root) break;
        depth--;
        this.crossedTag = true;
        this.close(parent);
        this.meta.leave(parent);
        current = parent;
      }
    }
    const rootCtx = this.stack[0] as Ctx;
    this.flush(rootCtx, rootCtx.hasBlockChild);
  }

  /** Handles an element's start; returns true when the walk should descend into its children. */
  private open(el: HtmlNode, flat: boolean): boolean {
    const id = this.nextId++;
    const tag = el.name ?? '';
    const attribs = el.attribs ?? {};
    const cls = attribs['class'];
    const kicker = cls !== undefined && this.top.owner.headingLevel > 0 && !TAG_ROLES.has(tag) && classTokens(cls).some((t) => KICKER_TOKENS.has(t));
    const role = kicker ? 'block' : TAG_ROLES.get(tag);
    const hasChildren = (el.children?.length ?? 0) > 0;
    if (role === 'skip') return false;
    if (role === 'break') {
      if (this.top.kind === 'preformatted') this.segText += JOIN.line;
      else this.finishPiece(JOIN.line);
      return false;
    }
    const selfHidden = isHiddenElement(attribs);
    // Hidden inline text inside a visible block is not part of what a reader sees.
    if (selfHidden && (flat || role === undefined) && !this.top.owner.hidden) return false;
    if (flat) {
      // No structure here: block boundaries become spaces (lines inside <pre>).
      if (role !== undefined) this.segText += this.top.kind === 'preformatted' ? JOIN.line : ' ';
      if (hasChildren && tag === LINK_TAG) this.linkDepth++;
      return hasChildren;
    }
    if (role === undefined && !carriesFeatures(attribs)) {
      // Plain inline markup (<a href>, <b>, <span>) changes nothing a block records: no context.
      if (hasChildren && tag === LINK_TAG) this.linkDepth++;
      return hasChildren;
    }
    if (role === undefined) {
      // Inline markup with features (<span class="x">) matters only if a block opens inside it:
      // its context is built then, and most inline elements never need one.
      if (!hasChildren) return false;
      this.pending.push({ el, id, selfHidden });
      if (tag === LINK_TAG) this.linkDepth++;
      return true;
    }
    if (this.pending.length > 0) this.materializePending();
    const parent = this.top;
    if (role === 'rule') {
      this.flush(parent.owner, true);
      parent.owner.hasBlockChild = true;
      return false;
    }
    const joinsRow = role === 'cell' && parent.owner.row;
    if (joinsRow) {
      this.finishPiece(JOIN.cell);
    } else if (role !== undefined) {
      this.flush(parent.owner, true);
      parent.owner.hasBlockChild = true;
    }
    const ctx = this.makeCtx(el, id, tag, attribs, role, parent, selfHidden, joinsRow);
    ctx.kicker = kicker;
    this.stack.push(ctx);
    this.top = ctx;
    if (!hasChildren) {
      this.closeCtx(ctx);
      return false;
    }
    if (tag === LINK_TAG) this.linkDepth++;
    return true;
  }

  /** Builds the contexts of the open inline elements around a block that is about to open. */
  private materializePending(): void {
    for (const { el, id, selfHidden } of this.pending) {
      const ctx = this.makeCtx(el, id, el.name ?? '', el.attribs ?? {}, undefined, this.top, selfHidden, false);
      this.stack.push(ctx);
      this.top = ctx;
    }
    this.pending.length = 0;
  }

  private makeCtx(el: HtmlNode, id: number, tag: string, attribs: Record<string, string>, role: TagRole | undefined, parent: Ctx, selfHidden: boolean, joinsRow: boolean): Ctx {
    const cls = attribs['class'];
    const idAttr = attribs['id'];
    const hasTokens = cls !== undefined || idAttr !== undefined;
    const ariaRole = attribs['role']?.toLowerCase();
    let ancestors = withAncestor(parent.ancestors, SEMANTIC_TAGS[tag] ?? (ariaRole === undefined ? undefined : SEMANTIC_ROLES[ariaRole]));
    if (hasTokens && marksComments(cls, idAttr)) ancestors = withAncestor(ancestors, COMMENTS_ANCESTOR);
    const blockLevel = role !== undefined;
    const headingLevel = blockLevel ? headingLevelOf(tag, attribs) : 0;
    const ownItemprop = attribs['itemprop']?.trim();
    const ctx: Ctx = {
      node: el,
      id,
      tag,
      parent,
      cls,
      idAttr,
      tokens: hasTokens ? null : parent.tokens,
      ancestors,
      hidden: parent.hidden || selfHidden || attribs['aria-hidden']?.toLowerCase() === 'true',
      inList: parent.inList || LIST_TAGS.has(tag),
      inTable: parent.inTable || TABLE_CELL_TAGS.has(tag),
      itemprop: ownItemprop ? ownItemprop : parent.itemprop,
      kind: headingLevel > 0 ? 'heading' : tag === LIST_ITEM_TAG ? 'list-item' : PREFORMATTED_TAGS.has(tag) ? 'preformatted' : role === 'row' ? 'table-row' : 'paragraph',
      headingLevel,
      containerId: blockLevel ? id : parent.containerId,
      parentContainerId: parent.containerId,
      owner: parent.owner,
      row: role === 'row',
      cell: joinsRow ? null : blockLevel ? null : parent.cell,
      hasBlockChild: false,
      kicker: false,
    };
    if (joinsRow) ctx.cell = ctx;
    else if (blockLevel) ctx.owner = ctx;
    return ctx;
  }

  /** Handles an element's end, reached when the walk climbs out of it. */
  private close(el: HtmlNode): void {
    if (el.name === LINK_TAG && this.linkDepth > 0) this.linkDepth--;
    if (this.pending[this.pending.length - 1]?.el === el) {
      this.pending.pop();
    } else if (this.top.node === el) {
      this.closeCtx(this.top);
    } else if (TAG_ROLES.has(el.name ?? '')) {
      // A flattened block (too deep, or inside <pre>) still separates words.
      this.segText += this.top.kind === 'preformatted' ? JOIN.line : ' ';
    }
  }

  private closeCtx(ctx: Ctx): void {
    if (ctx.cell === ctx) this.finishPiece(JOIN.cell);
    else if (ctx.owner === ctx) this.flush(ctx, ctx.hasBlockChild);
    this.stack.pop();
    this.top = this.stack[this.stack.length - 1] as Ctx;
  }

  /** Ends the current piece of text (at a line or cell break) and records the join it owes. */
  private finishPiece(join: Join): void {
    if (this.segText !== '') {
      const piece = collapseText(this.segText);
      this.segText = '';
      if (piece !== '') {
        const cell = this.top.cell;
        if (cell !== this.runCell) {
          this.runCell = cell;
          this.runCells++;
        }
        this.runText = this.runText === '' ? piece : this.runText + (this.pendingJoin === JOIN.none ? ' ' : this.pendingJoin) + piece;
        this.pendingJoin = JOIN.none;
      }
    }
    if (this.runText !== '' && JOIN_RANK[join] > JOIN_RANK[this.pendingJoin]) this.pendingJoin = join;
  }

  /**
   * Emits the run of text collected for `owner`. `anonymous` is true when the run sits between
   * block children of the owner: its container is then the owner itself, not the owner's parent.
   */
  private flush(owner: Ctx, anonymous: boolean): void {
    let text: string;
    if (owner.kind === 'preformatted') {
      text = normalizePre(this.segText);
      this.segText = '';
    } else {
      this.finishPiece(JOIN.none);
      text = this.runText;
    }
    const linkText = this.linkText;
    const cells = this.runCells;
    const onlyCell = this.runCell;
    this.runText = '';
    this.linkText = '';
    this.pendingJoin = JOIN.none;
    this.runCells = 0;
    this.runCell = undefined;
    if (text === '') return;

    let source = owner;
    let kind = owner.kind;
    let container = anonymous ? owner.id : owner.parentContainerId;
    if (owner.row && cells === 1 && onlyCell) {
      // A row with a single filled cell is a layout cell holding a paragraph, not tabular data.
      source = onlyCell;
      kind = onlyCell.kind;
      container = onlyCell.parentContainerId;
    }
    const linkChars = linkText === '' ? 0 : collapseText(linkText).length;
    const dom: DomFeatures = {
      tag: source.tag,
      headingLevel: source.headingLevel,
      // Shared, not copied: blocks of one context get the same (never mutated) lists, which also
      // lets features memoise what the tokens say per list.
      tokens: this.tokens.of(source) as string[],
      ancestors: source.ancestors as string[],
      linkDensity: Math.min(1, linkChars / text.length),
      hidden: source.hidden,
      inList: source.inList,
      inTable: source.inTable,
      container,
    };
    if (source.itemprop !== undefined) dom.itemprop = source.itemprop;
    this.blocks.push(source.kicker ? { index: this.blocks.length, text, kind, dom, kicker: true } : { index: this.blocks.length, text, kind, dom });
  }
}

/**
 * Segments an HTML page into blocks (one per paragraph-like unit, in document order) plus the
 * page metadata, parsing the document once and walking it once (the metadata collector that
 * `extractMeta` uses is fed from this walk). Classify and assemble work only on the result, so
 * they need no HTML to test and cannot depend on DOM quirks.
 */
export function segmentHtml(html: string): Segmented {
  const $ = load(html);
  const segmenter = new Segmenter();
  const root = documentRoot($);
  if (root !== undefined) segmenter.run(root);
  return { format: 'html', layout: 'dom', blocks: segmenter.blocks, meta: segmenter.meta.result() };
}
