/**
 * Bylines → author names. "By A, B and C", "A | Reuters", "A, Associated Press", "by A for X",
 * roles and dates stripped, case kept.
 */
import type { CompiledRules } from '../rules/index.js';
import { BYLINE_DESK_WORDS } from '../rules/bylines.js';
import { charFlags, codePointAt, SPACE, UPPER } from './chars.js';

/** Conjunctions that join names, per language. */
const NAME_JOIN_RE = /\s*(?:,|;|\||&|\s\/\s|\/|(?<!\p{L})(?:and|And|AND|und|et|y|e|en)(?!\p{L}))\s*/u;
/** A byline after a date on the same line ("am 19. Dezember 2022 von Redaktion"). */
const DATED_BYLINE_RE = /\s(?:by|von|par|por)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*$/u;
/** A month or day name trailing a name once the date's digits are cut ("Nathan Willis March"). */
const TRAILING_CALENDAR_RE = /(?:\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?)+\s*$/i;
/** Month and day names are capitalised words that are never a name on their own. */
const CALENDAR_WORD_RE = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|updated|published)$/i;
/** One name: 1-5 words, each capitalised (or an initial, a particle like "de", "van", "al-"). */
const NAME_WORD_RE = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|(?:de|da|di|del|der|den|van|von|le|la|al|el|bin|ibn|dos|du|ter|ten|y|zu)|[\p{Ll}]+-\p{Lu}[\p{L}'’-]*)$/u;

/** Strip a byline prefix ("By", "Von:"): the rest, or null when the line has no prefix. */
export function stripBylinePrefix(text: string, rules: CompiledRules): string | null {
  // Decoration before the prefix ("// By …", "— By …") is not part of the byline.
  const t = text.trim().replace(LEADING_DECORATION_RE, '');
  const m = rules.bylinePrefix.exec(t);
  return m ? t.slice(m[0].length) : null;
}
const LEADING_DECORATION_RE = /^[\p{P}\p{S}\s]{1,4}(?=\p{L})/u;

/** Does this string look like one person's name? */
export function looksLikeName(part: string): boolean {
  const ws = part.trim().split(/\s+/);
  if (ws.length < 1 || ws.length > 5) return false;
  if (/\d|@|https?:|www\./i.test(part)) return false;
  const upper = ws.filter((w) => /^\p{Lu}/u.test(w)).length;
  return upper >= 1 && ws.every((w) => NAME_WORD_RE.test(w)) && (ws.length > 1 || /^\p{Lu}[\p{Ll}]/u.test(ws[0]!) || /^\p{Lu}+$/u.test(ws[0]!));
}

/**
 * The byline without a trailing e-mail address. Glued to the surname, the address is found where
 * its local part starts with one of the name's words in lower case ("Holm" + "karin.holm@…").
 */
export function withoutEmail(text: string): string {
  const at = text.lastIndexOf('@');
  if (at < 0) return text;
  const start = text.lastIndexOf(' ', at) + 1;
  const token = text.slice(start);
  if (!/^[^@\s]+@[\p{L}\d.-]+\.\p{L}{2,}$/u.test(token)) return text;
  const before = text.slice(0, start);
  // An address on its own ("jane.roe@…", "<jroe@…>"): drop it and the separator before it.
  if (!/^\p{Lu}/u.test(token)) return before.replace(/[\s,|·•–—-]+$/u, '');
  // Compared without accents, one character for one ("María" → "maria"), so positions still match.
  const plain = (x: string): string => Array.from(x.toLowerCase(), (c) => c.normalize('NFD')[0]!).join('');
  const lower = plain(token);
  const local = token.indexOf('@');
  let cut = -1;
  for (const w of before.split(/\s+/).filter((x) => x.length >= 2)) {
    const k = lower.indexOf(plain(w), 1);
    if (k > 0 && k < local && (cut < 0 || k < cut)) cut = k;
  }
  return cut > 0 ? (before + token.slice(0, cut)).trim() : text;
}

/**
 * Authors from a byline string. Names end at the first stop word (a role, a date, "for X"); parts
 * that are known organisations (wire services) are dropped; what remains must look like names.
 */
export function parseAuthors(byline: string, rules: CompiledRules): string[] {
  let text = withoutEmail(byline.replace(/\s+/g, ' ').trim());
  text = stripBylinePrefix(text, rules) ?? text;
  // "… 19. Dezember 2022 von Redaktion": a date line that ends with a prefixed byline.
  const tail = DATED_BYLINE_RE.exec(text);
  if (tail?.[1] && /\d/.test(text.slice(0, tail.index))) text = tail[1];
  // "Name (Role)" or "Name [Agency]": brackets hold roles and affiliations.
  text = text.replace(/\s*[([][^)\]]{0,80}[)\]]/g, ' ').trim();
  // Names hold no digits: a date or time after them ends the names ("By A 04 November 2020").
  text = text.replace(/\s*[-–—|,/•·]?\s*\d.*$/u, '');
  const stops = [rules.bylineStop.exec(text), rules.bylineStopShort.exec(text)].filter((m) => m !== null && m.index > 0);
  if (stops.length) {
    let cut = Math.min(...stops.map((m) => m!.index));
    // The words that qualify the role belong to it ("Jane Roe, Political Editor", "Chief Sports Writer").
    const qualifier = ROLE_QUALIFIER_RE.exec(text.slice(0, cut));
    if (qualifier) cut = qualifier.index;
    text = text.slice(0, cut);
  }
  // A date or time ends the names too.
  text = text.replace(/\s*(?:[–—|-]\s*)?\b(?:\d{1,2}[:./]\d{2}|\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$/i, '');
  const parts = text
    .split(NAME_JOIN_RE)
    .map((p) => p.replace(TRAILING_CALENDAR_RE, ''))
    .map((p) => p.replace(/^(?:by|von|par|por)\s+/i, '').replace(/[\s,.;:–—•·-]+$/u, '').trim())
    .filter(Boolean);
  const names: string[] = [];
  for (const p of parts) {
    if (rules.organisations.has(p.toLowerCase()) || rules.credentials.has(p.toLowerCase())) continue;
    if (!looksLikeName(p) || CALENDAR_WORD_RE.test(p) || rules.publicationNoun.test(p)) continue;
    if (!names.some((n) => n.toLowerCase() === p.toLowerCase())) names.push(p);
  }
  // A desk named after people is where they work ("A und B, Landesredaktion"); a desk alone signs for itself ("Von Redaktion").
  const people = names.filter((n) => !DESK_RE.test(n));
  return people.length ? people : names;
}

/**
 * Is this block a byline? A prefix ("By …") followed by names, or names followed by a wire
 * organisation ("A | Reuters", "A, Associated Press"). Returns the authors when it is.
 */
export function bylineAuthors(text: string, rules: CompiledRules): string[] | null {
  const t = withoutTrailingOrganisation(text.replace(/\s+/g, ' ').trim(), rules);
  if (t.length > 200) return null;
  // "Jane Roe By Jane Roe": an author box prints the photo's alt text (the name) before the byline.
  const doubled = DOUBLED_BYLINE_RE.exec(t);
  if (doubled && looksLikeName(doubled[1]!)) return bylineAuthors(t.slice(doubled[1]!.length + 1), rules);
  const rest = stripBylinePrefix(t, rules);
  if (rest !== null) {
    const names = parseAuthors(t, rules);
    // "By the numbers", "By 2030 …": the words after the prefix must start with names.
    return names.length && rest.startsWith(names[0]!) ? names : null;
  }
  // "Jane Roe-Smith · Follow": an author card, the name with its follow button.
  const follow = FOLLOW_CARD_RE.exec(t);
  if (follow && looksLikeName(follow[1]!) && follow[1]!.includes(' ') && !rules.publicationNoun.test(follow[1]!)) return [follow[1]!.trim()];
  // "한지우 기자": a name followed by a byline word, as East Asian sites write it.
  const sfx = rules.bylineSuffix.exec(t);
  if (sfx?.[1] && (looksLikeName(sfx[1]) || /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Katakana}]{2,6}$/u.test(sfx[1].trim()))) return [sfx[1].trim()];
  // "Published 19 December 2022 by A": a date line that ends with a prefixed byline.
  const dated = DATED_BYLINE_RE.exec(t);
  // (A date line is short before its "by": a paragraph that ends "… approved on Tuesday by Councillor Jane Roe." is prose.)
  if (dated?.[1] && /\d/.test(t.slice(0, dated.index)) && t.slice(0, dated.index).trim().split(' ').length <= 8) {
    const names = parseAuthors(dated[1], rules);
    if (names.length) return names;
  }
    // "Home | By A | 30 September 2018": a prefixed segment between separators.
  const segments = t.split(/\s[|•·]\s/);
  if (segments.length > 1) {
    for (const seg of segments) {
      const r = stripBylinePrefix(seg, rules);
      if (r === null) continue;
      const names = parseAuthors(seg, rules);
      if (names.length && r.startsWith(names[0]!)) return names;
    }
  }
  const m = /^(.{3,80}?)\s*(?:[|,/–—-]|\bfor\b)\s*(?:the\s+)?([\p{L} .-]{2,40})$/iu.exec(t);
  if (m && rules.organisations.has(m[2]!.trim().toLowerCase())) {
    const names = parseAuthors(m[1]!, rules);
    return names.length ? names : null;
  }
  // "［山田太郎，テックニュース］": a Japanese tech site's byline, the name and the outlet in full-width brackets.
  const jp = /^[［[]\s*([^，,／/］\]]{2,16})\s*[，,／/]\s*[^］\]]{1,30}[］\]]$/u.exec(t);
  if (jp && (CJK_NAME_RE.test(jp[1]!.trim()) || looksLikeName(jp[1]!.trim()))) return [jp[1]!.trim()];
  return labelledAuthors(t);
}

/**
 * A Chinese or Japanese article's info line, labels with colons: "2025-03-05 14:20 来源：江南日报
 * 作者：陈晓雯　周立新 字号：大 中 小". The names after the author label (the editor in charge
 * when no author is named), up to the next label.
 */
const CJK_AUTHOR_LABELS = [/(?:^|[\s\u3000])(?:作者|撰文|撰稿|记者|記者|著者|文)\s*[:：]\s*/u, /(?:责任编辑|責任編集|编辑|編集)\s*[:：]\s*/u];
const CJK_NAME_RE = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}·・]{2,8}$/u;
function labelledAuthors(t: string): string[] | null {
  if (!/[:：]/.test(t) || !/[\p{Script=Han}\p{Script=Hangul}]/u.test(t) || t.length > 160) return null;
  for (const label of CJK_AUTHOR_LABELS) {
    const at = label.exec(t);
    if (!at) continue;
    const rest = t.slice(at.index + at[0].length);
    // The value ends at the next label ("字号：", "来源：") or a bracket.
    const end = /[\s\u3000]*[^\s\u3000：:]{1,6}[:：]|[)）】]/u.exec(rest);
    const names = (end ? rest.slice(0, end.index) : rest).split(/[\s\u3000、,，]+/u).filter((n) => CJK_NAME_RE.test(n) || (n.includes(' ') && looksLikeName(n)));
    if (names.length) return names;
  }
  return null;
}

/**
 * A wire organisation printed after the names without a separator, as AP writes its bylines ("By
 * JANE ROE and JOHN DOE Associated Press"): the line without it. At least two words stay.
 */
function withoutTrailingOrganisation(t: string, rules: CompiledRules): string {
  // Cheap test first: the line's last word must end some organisation's name.
  const lastSpace = t.lastIndexOf(' ');
  if (lastSpace < 0 || !orgLastWords(rules).has(t.slice(lastSpace + 1).toLowerCase())) return t;
  if (!/^\S+\s+\S+\s+\S/u.test(t)) return t;
  const words = t.split(' ');
  for (let k = Math.min(4, words.length - 2); k >= 1; k--) {
    const tail = words.slice(-k).join(' ');
    // A role listed as an organisation ("Staff") stays: parseAuthors cuts it with its qualifier ("Jane Roe, Harbour Staff").
    if (rules.organisations.has(tail.toLowerCase()) && !/[,|/–—-]$/u.test(words[words.length - k - 1]!) && !isRoleWord(tail, rules)) return words.slice(0, -k).join(' ');
  }
  return t;
}

/** Is the whole of `text` one of the byline stop words (a role such as "Staff")? */
function isRoleWord(text: string, rules: CompiledRules): boolean {
  const m = rules.bylineStop.exec(text);
  return m !== null && m.index === 0 && m[0].length === text.length;
}

/** The last words of the organisations' names, per rule set: what withoutTrailingOrganisation looks for. */
const ORG_LAST_WORDS = new WeakMap<CompiledRules, Set<string>>();
function orgLastWords(rules: CompiledRules): Set<string> {
  let set = ORG_LAST_WORDS.get(rules);
  if (set === undefined) {
    set = new Set([...rules.organisations].map((o) => o.split(' ').pop()!));
    ORG_LAST_WORDS.set(rules, set);
  }
  return set;
}

/** A newsroom desk after the names ("Nordwelle-Landesredaktion", "Metro Desk"): not a person. */
const DESK_RE = new RegExp(`(?:${BYLINE_DESK_WORDS.join('|')})$`, 'iu');

/** A comma and up to two capitalised words before a role word: the role's qualifier ("…, Political | Editor", "…, | Staff Writer"). */
const ROLE_QUALIFIER_RE = /,\s*(?:\p{Lu}[\p{L}'’-]*\s*){0,2}$/u;

/** A name, a separator and a follow button ("Jane Roe · Follow", "Jane Roe | Folgen"). */
const FOLLOW_CARD_RE = /^(\S.{2,60}?)\s+[·•|]\s+(?:follow|folgen|suivre|seguir)$/iu;

/** A name, then "by" and the same name again. */
const DOUBLED_BYLINE_RE = /^(\S.{2,58}?) (?:by|von|par|por) \1$/iu;

const NAME_STOP_LANGS = ['en', 'de', 'fr', 'es'];

/** "Jean-Luc", "Hans-Peter": two capitalised parts of a given name's length. */
const HYPHENATED_GIVEN_RE = /^\p{Lu}\p{Ll}{1,8}-\p{Lu}\p{Ll}{1,8}$/u;

/** A trailing date, time or separator after a bare name ("Jane Roe - Apr 16, 2015 8:02 pm UTC"). */
const TRAILING_STAMP_RE = /\s*(?:[-–—|•·,]\s*|\s)(?:updated|published|posted|on\s)?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$/iu;

/**
 * A line that is only a person's name (sites often print the byline without "By"), possibly
 * followed by a date. Returns the name, or null. Stopwords rule out phrases and headings.
 */
export function bareName(text: string, rules: CompiledRules): string | null {
  if (!mayStartName(text)) return null;
  let t = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/\s[|•·/✓✔]\s/)[0]! // a badge after the name ("Jane Roe ✓ Verified Staff") ends it
    .replace(TRAILING_STAMP_RE, '')
    .replace(/\s+(?:le|la|el|am|um|on|at|den|der|del)$/iu, '') // the word that introduced the date ("le 3 mars")
    .replace(/,?\s+@[\w.]{2,30}$/u, '') // the author's social handle after the name ("Jane Roe, @janeroe")
    .trim();
  // A role after a comma, with its qualifier, ends the name ("Jane Roe, Staff Writer", "Jane Roe, Harbour Staff").
  const role = rules.bylineStop.exec(t);
  const q = role && role.index > 0 ? ROLE_QUALIFIER_RE.exec(t.slice(0, role.index + 1)) : null;
  if (q && q.index > 0) t = t.slice(0, q.index).trim();
  const ws = t.split(' ');
  if (ws.length < 2 || ws.length > 4 || t.length > 60) return null;
  // A particle introduces a surname ("Oskar van Brenner"): one at the end is a prefix ("Ein Beitrag von").
  if (/^(?:de|da|di|van|von|le|la|del|der)$/.test(ws[ws.length - 1]!)) return null;
  // Function words of the major Western languages mark a phrase, not a name ("Edit Your Profile");
  // other lists are left out because their short words are common given names ("Dan", "Ana").
  if (ws.some((w) => NAME_STOP_LANGS.some((l) => rules.stopwords.get(l)?.has(w.toLowerCase())) && !/^(?:de|da|di|van|von|le|la|del|der)$/i.test(w))) return null;
  // Each word capitalised; "DeFino", "McAllister" carry a second capital after their prefix,
  // "O'Reilly" after its apostrophe. A hyphen joins two short given names ("Jean-Luc") in first
  // place only: later, "Hafen-Rundfahrten" compounds look just like double surnames.
  if (!ws.every((w, k) => (k === 0 && HYPHENATED_GIVEN_RE.test(w)) || /^(?:\p{Lu}[\p{Ll}'’.-]*\p{Ll}?|\p{Lu}['’]\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}{1,3}\p{Lu}\p{Ll}+|\p{Lu}\.|\p{Lu}{2,}|de|da|di|van|von|le|la|del|der)$/u.test(w))) return null;
  if (rules.sections.has(t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim())) return null;
  if (ws.some((w) => rules.chromeWords.has(w.toLowerCase()))) return null;
  // A photo credit ("Fot. Jane Roe", "Photo: Jane Roe") names the photographer, not the author.
  if (rules.creditOnly.test(text.trim())) return null;
  return looksLikeName(t) ? t : null;
}

/**
 * A cheap test that bareName needs: its name keeps the line's first character (after white space),
 * and every word of a name starts with a capital or is a particle (de, da, di, van, von, le, la, del, der).
 */
function mayStartName(text: string): boolean {
  let i = 0;
  while (i < text.length && (charFlags(text.charCodeAt(i)) & SPACE) !== 0) i++; // \s is all in the BMP
  if (i === text.length) return false;
  const cp = codePointAt(text, i, text.length);
  return (charFlags(cp) & UPPER) !== 0 || cp === 0x64 || cp === 0x6c || cp === 0x76; // d, l, v
}

/** Two or more bare names joined like a byline's names ("A and B", "A, B und C"), or null. */
export function bareNames(text: string, rules: CompiledRules): string[] | null {
  const parts = text.split(NAME_JOIN_RE).filter(Boolean);
  if (parts.length < 2) return null;
  const names = parts.map((p) => bareName(p, rules));
  return names.every((n) => n !== null) ? (names as string[]) : null;
}
