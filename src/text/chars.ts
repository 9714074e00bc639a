/**
 * Unicode character classes the stages count (letters, upper case, numbers, Han/kana, white
 * space), answered per code point from a table instead of a global regex match that allocates an
 * array of every hit. Each class is defined by the very regex it replaces, evaluated once per
 * distinct code point, so counts are exactly what `text.match(re).length` gives.
 */

export const LETTER = 1; // \p{L}
export const UPPER = 2; // \p{Lu}
export const LOWER = 4; // \p{Ll}
export const NUMBER = 8; // \p{N}
export const CJK = 16; // \p{Script=Han}, \p{Script=Hiragana}, \p{Script=Katakana}
export const SPACE = 32; // \s
export const WORD = 64; // [\p{L}\p{N}_]
const KNOWN = 128;

const CLASS_RES: ReadonlyArray<[number, RegExp]> = [
  [LETTER, /^\p{L}$/u],
  [UPPER, /^\p{Lu}$/u],
  [LOWER, /^\p{Ll}$/u],
  [NUMBER, /^\p{N}$/u],
  [CJK, /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u],
  [SPACE, /^\s$/u],
  [WORD, /^[\p{L}\p{N}_]$/u],
];

function computeFlags(cp: number): number {
  // A lone surrogate is no character: a /u regex never matches it as one.
  if (cp >= 0xd800 && cp <= 0xdfff) return KNOWN;
  const s = String.fromCodePoint(cp);
  let f = KNOWN;
  for (const [flag, re] of CLASS_RES) if (re.test(s)) f |= flag;
  return f;
}

/** Flags of the Basic Multilingual Plane, filled on first sight of each code point. */
const BMP = new Uint8Array(0x10000);
for (let cp = 0; cp < 0x80; cp++) BMP[cp] = computeFlags(cp);

/** Class flags of a code point. */
export function charFlags(cp: number): number {
  if (cp < 0x10000) {
    const f = BMP[cp]!;
    if (f !== 0) return f;
    return (BMP[cp] = computeFlags(cp));
  }
  return computeFlags(cp); // astral planes: rare enough to classify each time
}

/** The code point at `i` (a surrogate pair read as one, a lone surrogate as itself). */
export function codePointAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d < 0xe000) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  }
  return c;
}
