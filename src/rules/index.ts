/**
 * Rule tables → one compiled, read-only rule set. Compiled once per process (and once per
 * --rules file); stages never build regular expressions per block.
 */
import type { BoilerplateLabel, Label } from '../model/block.js';
import { comparisonKey } from '../text/normalize.js';
import { BOILERPLATE_RULES } from './boilerplate.js';
import { BYLINE_CHROME_WORDS, BYLINE_WORD_NAMES, BYLINE_COLON_PREFIXES, BYLINE_CREDENTIALS, BYLINE_ORGANISATIONS, BYLINE_PREFIXES, BYLINE_STOP_WORDS, BYLINE_SUFFIXES, PUBLICATION_NOUNS } from './bylines.js';
import { CAPTION_AGENCIES, CAPTION_MARKERS } from './captions.js';
import { CLASS_TOKEN_RULES } from './class-tokens.js';
import { SECTION_NAMES } from './sections.js';
import { STOPWORDS } from './stopwords.js';
import { type PhraseRule, type RuleSet, type RuleSetInput, RuleSetSchema } from './types.js';

export interface PhraseHit {
  label: PhraseRule['label'];
  rule: string;
  /** The phrase is a heading that opens a run of teaser items (related lists, comments). */
  heading: boolean;
}

export interface TokenHit {
  label: Label;
  rule: string;
}

export interface CompiledRules {
  /**
   * The first phrase rule that matches the whole block, in table order. `key` is the text's
   * comparisonKey when the caller already has it (the key of a text and of its trimmed text agree).
   */
  matchPhrase(text: string, key?: string): PhraseHit | null;
  /** The class-token rule a token belongs to, if any. */
  tokenRule(token: string): TokenHit | undefined;
  /** Matches a credit at the end of a caption; group 1 is the caption, group 2 the credit. */
  trailingCredit: RegExp;
  /** Matches a line that is only a credit (agency, "Photo: X/AP"). */
  creditOnly: RegExp;
  /** Matches a byline prefix at the start of a line ("By ", "Von ", "Par "); the rest is the names. */
  bylinePrefix: RegExp;
  bylinePrefixOnly: RegExp;
  /** Matches the first byline stop word: the names end before it. */
  bylineStop: RegExp;
  /** A name followed by a byline suffix ("한지우 기자"); group 1 is the name. */
  bylineSuffix: RegExp;
  /** Short byline stop words, matched in lower case only. */
  bylineStopShort: RegExp;
  /** A word that publication names are made of ("Times", "Zeitung"). */
  publicationNoun: RegExp;
  /** Organisations that may follow names in a byline, lower-cased. */
  organisations: Set<string>;
  credentials: Set<string>;
  /** Page-chrome words, lower-cased: never in a bare name. */
  chromeWords: Set<string>;
  /** Given names that are also lower-case words (BYLINE_WORD_NAMES), lower-cased. */
  wordNames: Set<string>;
  /** Section names, as comparison keys. */
  sections: Set<string>;
  /** Lower-cased stopwords per language, and all of them together. */
  stopwords: Map<string, Set<string>>;
  allStopwords: Set<string>;
}

/** The built-in rule set as data (what a user's --rules file extends). */
export const BUILTIN_RULES: RuleSet = RuleSetSchema.parse({
  boilerplate: BOILERPLATE_RULES,
  captions: { agencies: CAPTION_AGENCIES, markers: CAPTION_MARKERS },
  bylines: { prefixes: BYLINE_PREFIXES, suffixes: BYLINE_SUFFIXES, colonPrefixes: BYLINE_COLON_PREFIXES, stopWords: BYLINE_STOP_WORDS, organisations: BYLINE_ORGANISATIONS, publicationNouns: PUBLICATION_NOUNS, credentials: BYLINE_CREDENTIALS, chromeWords: BYLINE_CHROME_WORDS, wordNames: BYLINE_WORD_NAMES },
  classTokens: CLASS_TOKEN_RULES,
  sections: SECTION_NAMES,
} satisfies RuleSetInput);

/** Append a user's rules to a base set (lists are concatenated; nothing built-in is removed). */
export function mergeRules(base: RuleSet, extra: RuleSet): RuleSet {
  return {
    boilerplate: [...extra.boilerplate, ...base.boilerplate], // user rules first: they win ties
    captions: {
      agencies: [...base.captions.agencies, ...extra.captions.agencies],
      markers: [...base.captions.markers, ...extra.captions.markers],
    },
    bylines: {
      prefixes: [...base.bylines.prefixes, ...extra.bylines.prefixes],
      colonPrefixes: [...base.bylines.colonPrefixes, ...extra.bylines.colonPrefixes],
      suffixes: [...base.bylines.suffixes, ...extra.bylines.suffixes],
      stopWords: [...base.bylines.stopWords, ...extra.bylines.stopWords],
      organisations: [...base.bylines.organisations, ...extra.bylines.organisations],
      publicationNouns: [...base.bylines.publicationNouns, ...extra.bylines.publicationNouns],
      credentials: [...base.bylines.credentials, ...extra.bylines.credentials],
      chromeWords: [...base.bylines.chromeWords, ...extra.bylines.chromeWords],
      wordNames: [...base.bylines.wordNames, ...extra.bylines.wordNames],
    },
    classTokens: [...extra.classTokens, ...base.classTokens],
    sections: [...base.sections, ...extra.sections],
  };
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so that "Getty Images" wins over "Getty" in an alternation. */
const alternation = (xs: string[]): string =>
  [...new Set(xs)].sort((a, b) => b.length - a.length).map(escapeRe).join('|');

/**
 * `\b` and `\B` outside character classes, dropped from a pattern. Removing an assertion can only
 * add matches, except under a negative lookaround, where it is kept; `[\b]` (backspace) is kept.
 */
export function withoutWordBoundaries(pattern: string): string {
  let out = '';
  let inClass = false;
  const negative: boolean[] = []; // open groups: is each a negative lookaround?
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && (next === 'b' || next === 'B') && !negative.includes(true)) {
        i++;
        continue;
      }
      out += c + next;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') negative.push(pattern.startsWith('(?!', i) || pattern.startsWith('(?<!', i));
    else if (c === ')') negative.pop();
    out += c;
  }
  return out;
}

/**
 * Whether a pattern can only match at the start of the text: it opens with `^` and has no `|`
 * outside groups and classes (a top-level alternative would not be anchored).
 */
export function anchoredAtStart(pattern: string): boolean {
  if (!pattern.startsWith('^')) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 1; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

/** A cheap test that is true whenever one of a set of regexes could match. */
export interface Prefilter {
  test(text: string): boolean;
}

/**
 * One test that is true whenever any of `patterns` (flags iu) could match: their alternation
 * without word boundaries. V8 runs `\b` under the iu flags about 25x slower than without, and most
 * blocks match no rule, so this test skips the ~90 phrase regexes for them. The patterns anchored
 * at the start go into one `^(?:…)` regex, which V8 tries at the first position only; the others
 * into a second one, scanned along the text. Null (no prefilter) when patterns use backreferences,
 * which an alternation would renumber, or do not combine.
 */
export function regexPrefilter(patterns: string[]): Prefilter | null {
  if (patterns.length === 0 || patterns.some((p) => /\\(?:[1-9]|k<)/.test(p))) return null;
  const combine = (ps: string[], anchored: boolean): RegExp | null =>
    ps.length === 0
      ? null
      : new RegExp(`${anchored ? '^' : ''}(?:${ps.map((p) => `(?:${withoutWordBoundaries(anchored ? p.slice(1) : p)})`).join('|')})`, 'iu');
  try {
    const start = combine(patterns.filter(anchoredAtStart), true);
    const anywhere = combine(patterns.filter((p) => !anchoredAtStart(p)), false);
    return { test: (text) => (start !== null && start.test(text)) || (anywhere !== null && anywhere.test(text)) };
  } catch {
    return null;
  }
}

interface CompiledPhrase {
  rule: PhraseRule;
  keys: Set<string>;
  regexes: PhraseRegex[];
}

/** A phrase regex, and the same without word boundaries when it has any (fast to rule it out). */
interface PhraseRegex {
  re: RegExp;
  quick: RegExp | null;
}

function phraseRegex(pattern: string): PhraseRegex {
  const stripped = withoutWordBoundaries(pattern);
  return { re: new RegExp(pattern, 'iu'), quick: stripped === pattern ? null : new RegExp(stripped, 'iu') };
}

function phraseRegexTest({ re, quick }: PhraseRegex, text: string): boolean {
  return (quick === null || quick.test(text)) && re.test(text);
}

/** Compile a rule set. Throws only on a bad regex in the data, which the rules loader reports. */
export function compileRules(rules: RuleSet): CompiledRules {
  const phrases: CompiledPhrase[] = rules.boilerplate.map((rule) => ({
    rule,
    keys: rule.match === 'regex' ? new Set() : new Set(rule.patterns.map(comparisonKey)),
    regexes: rule.match === 'regex' ? rule.patterns.map(phraseRegex) : [],
  }));
  const prefixPhrases = phrases.filter((p) => p.rule.match === 'prefix');
  const anyRegex = regexPrefilter(rules.boilerplate.flatMap((r) => (r.match === 'regex' ? r.patterns : [])));
  // The first line or heading rule (by position in `phrases`) that holds each key: one lookup
  // instead of a Set per rule. Regex rules before it still get their turn, in order.
  const firstKeyed = new Map<string, number>();
  phrases.forEach((p, at) => {
    if (p.rule.match === 'regex' || p.rule.match === 'prefix') return;
    for (const k of p.keys) if (!firstKeyed.has(k)) firstKeyed.set(k, at);
  });
  const regexAt = phrases.flatMap((p, at) => (p.rule.match === 'regex' ? [at] : []));
  const hitOf = (rule: PhraseRule): PhraseHit => ({ label: rule.label, rule: rule.id, heading: rule.match === 'heading' });

  const tokenMap = new Map<string, TokenHit>();
  for (const r of rules.classTokens) {
    for (const t of r.tokens) if (!tokenMap.has(t.toLowerCase())) tokenMap.set(t.toLowerCase(), { label: r.label, rule: r.id });
  }

  const agencies = alternation(rules.captions.agencies);
  const markers = alternation(rules.captions.markers);
  // A credit: an agency name possibly preceded by "Name/" or "Photo: Name /", and possibly
  // followed by "/Name"; or a marker word followed by a short name; or "©" and a name. Bounded quantifiers only.
  // A name is at most five words (a sentence before a credit is a caption, not a name).
  const name = `[\\p{L}.'’-]{1,25}(?: [\\p{L}.'’-]{1,25}){0,4}`;
  // A photographer's name of two to four words before "/Outlet" in brackets: "(Jane Roe/Harbour Star)".
  const name2 = `[\\p{L}.'’-]{1,25}(?: [\\p{L}.'’-]{1,25}){1,3}`;
  // (An agency may be followed by up to two more parts: "picture alliance/dpa | Jane Roe". A marker
  // takes a colon, a full-width colon, "=", "by", or the full stop of an abbreviation: "Fot. Jane Roe".)
  const credit = `(?:(?:${markers})\\s*[:：]?\\s*)?(?:${name}\\s*[/|]\\s*)?(?:${agencies})(?:\\s*(?:/|\\||via|for)\\s*${name}){0,2}|(?:${markers})\\s*(?:[:：=]|by|\\.(?=\\s+\\p{L}))\\s*${name}(?:\\s*[/|]\\s*${name})?|©\\s*${name}(?:\\s*/\\s*${name})?|${name2}\\s*/\\s*${name}(?=\\))`; // "Photo: Name", "Photo by Name / Outlet", "© Agency / Photographer", "(Jane Roe/Outlet)"
  // The caption ends with a full stop or a closing mark (also the CJK 。 and ）), the credit may sit in brackets, ASCII or full-width.
  // A credit in full-width brackets needs no stop before it, as East Asian captions print it ("会見する社長（写真：共同通信）").
  const trailingCredit = new RegExp(`^(.{10,}?[.!?”"')\\]。）」]|.{4,}?(?=\\s*（))\\s*[(（]?(${credit})[)）]?\\s*\\.?$`, 'iu');
  const creditOnly = new RegExp(`^[(（]?(?:${credit})[)）]?\\.?$`, 'iu');

  const stopwords = new Map<string, Set<string>>();
  const allStopwords = new Set<string>();
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    stopwords.set(lang, new Set(list));
    for (const w of list) allStopwords.add(w);
  }

  return {
    matchPhrase(text: string, known?: string): PhraseHit | null {
      const trimmed = text.trim();
      if (trimmed.length > 400) return null; // boilerplate phrases are short; long blocks are prose
      const key = known !== undefined && trimmed === text ? known : comparisonKey(trimmed);
      const keyedAt = key.length > 0 ? (firstKeyed.get(key) ?? Infinity) : Infinity;
      if (anyRegex === null || anyRegex.test(trimmed)) {
        for (const at of regexAt) {
          if (at > keyedAt) break;
          const p = phrases[at]!;
          if (p.regexes.some((re) => phraseRegexTest(re, trimmed))) return hitOf(p.rule);
        }
      }
      if (keyedAt !== Infinity) return hitOf(phrases[keyedAt]!.rule);
      for (const p of prefixPhrases) {
        for (const k of p.keys) if (key.startsWith(k + ' ') || key === k) return { label: p.rule.label, rule: p.rule.id, heading: false };
      }
      return null;
    },
    tokenRule: (token) => tokenMap.get(token),
    trailingCredit,
    creditOnly,
    bylinePrefix: new RegExp(
      `^(?:(?:${alternation(rules.bylines.prefixes)})\\s*[:–—-]?\\s+|(?:${alternation(rules.bylines.colonPrefixes)})\\s*:\\s*)(?=\\p{L})`,
      'iu',
    ),
    // A line that is only the prefix ("By", "Autor:"): the name is on the next line.
    bylinePrefixOnly: new RegExp(`(?:^|\\s)(?:(?:${alternation(rules.bylines.prefixes)})\\s*:?|(?:${alternation(rules.bylines.colonPrefixes)})\\s*:)$`, 'iu'),
    bylineStop: new RegExp(`(?:^|[\\s,;|–—-])(?:${alternation(rules.bylines.stopWords.filter((w) => w.length > 3))})(?=$|[\\s:,.])`, 'iu'),
    // Short stop words ("on", "le") stop names only in lower case: "Loïc Le Clerc" keeps its particle.
    bylineStopShort: new RegExp(`(?:^|[\\s,;|–—-])(?:${alternation(rules.bylines.stopWords.filter((w) => w.length <= 3))})(?=$|[\\s:,.])`, 'u'),
    bylineSuffix: new RegExp(`^(\\S.{0,30}?)\\s*(?:${alternation(rules.bylines.suffixes)})$`, 'u'),
    publicationNoun: new RegExp(`(?<![\\p{L}-])(?:${alternation(rules.bylines.publicationNouns)})(?!\\p{L})`, 'iu'), // not the "mail" of "E-Mail"
    organisations: new Set(rules.bylines.organisations.map((o) => o.toLowerCase())),
    credentials: new Set(rules.bylines.credentials.map((c) => c.toLowerCase())),
    chromeWords: new Set(rules.bylines.chromeWords.map((c) => c.toLowerCase())),
    wordNames: new Set(rules.bylines.wordNames.map((c) => c.toLowerCase())),
    sections: new Set(rules.sections.map(comparisonKey)),
    stopwords,
    allStopwords,
  };
}

let builtin: CompiledRules | undefined;
/** The built-in rules, compiled on first use and shared. */
export function builtinRules(): CompiledRules {
  builtin ??= compileRules(BUILTIN_RULES);
  return builtin;
}

export type { BoilerplateLabel };
