/**
 * bytes → string. Order of evidence: a BOM; UTF-16 without BOM (NUL-byte pattern); valid UTF-8
 * (beats any declared charset: the bytes do not lie, headers often do); a declared charset in
 * <meta charset> or http-equiv content-type; mostly-valid UTF-8 (at least as many valid multi-byte
 * sequences as invalid bytes: only the invalid bytes are read as windows-1252); windows-1252 as
 * the web's de-facto fallback.
 * Legacy encodings are decoded by iconv-lite.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { THRESHOLDS } from '../options.js';
import { type Result, ok, fail } from '../result.js';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

/** How far into the file a <meta charset> declaration is looked for (the HTML spec prescans 1024 bytes). */
const PRESCAN_BYTES = 4096;
const META_CHARSET_RE = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** Aliases browsers apply: a page declaring latin-1 or ascii is decoded as windows-1252 (WHATWG Encoding). */
const CHARSET_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  gb2312: 'gbk',
  'x-sjis': 'shift_jis',
  'x-euc-jp': 'euc-jp',
};

/** Magic numbers of common binary formats a scraper might save by mistake. */
const BINARY_MAGIC: ReadonlyArray<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['gzip data', [0x1f, 0x8b]],
  ['zip archive', [0x50, 0x4b, 0x03, 0x04]],
  ['WebP/RIFF data', [0x52, 0x49, 0x46, 0x46]],
  ['ELF binary', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a BOM: ASCII text has a NUL in every other byte. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * The text when the bytes are valid UTF-8, else null. Validating with `isUtf8` and decoding with
 * Buffer (both SIMD in Node) is several times faster than a fatal TextDecoder; a BOM never
 * reaches here (decode strips it first), so the text is the same.
 */
function strictUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** A control character (not tab/newline/CR/form feed) or a replacement character: what controlShare counts. */
const CONTROL_OR_REPLACEMENT = /[\x00-\x08\x0b\x0e-\x1f\ufffd]/;

/** Share of control characters (not tab/newline/CR/form feed) in a decoded sample. */
function controlShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  // Almost every document has none: one native regex scan answers 0 about three times faster than the loop.
  if (!sample.length || !CONTROL_OR_REPLACEMENT.test(sample)) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / sample.length;
}

/**
 * Refuses text that is mostly control characters. Shared by decode (bytes) and the pipeline
 * (--jsonl records, whose text arrives decoded): the same content fails the same way either way.
 */
export function refuseBinaryText(text: string): Result<string> {
  if (controlShare(text) > THRESHOLDS.binaryControlShare) return fail('binary', 'binary data (control bytes), not text or HTML');
  return ok(text);
}

/** windows-1252 characters of the bytes 0x80–0xFF (iconv's table: the five undefined bytes give U+FFFD). */
const CP1252_HIGH = iconv.decode(Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i)), 'windows-1252');

/** Length of the valid UTF-8 sequence of two to four bytes starting at `i`, or 0 (RFC 3629: no overlongs, surrogates or code points past U+10FFFF). */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const lead = b[i]!;
  const cont = (k: number): boolean => {
    const c = b[i + k];
    return c !== undefined && c >= 0x80 && c <= 0xbf;
  };
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0;
  const second = b[i + 1];
  if (second === undefined) return 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const lo = lead === 0xe0 ? 0xa0 : 0x80; // E0 80–9F would be overlong
    const hi = lead === 0xed ? 0x9f : 0xbf; // ED A0–BF would be a surrogate
    return second >= lo && second <= hi && cont(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const lo = lead === 0xf0 ? 0x90 : 0x80; // F0 80–8F would be overlong
    const hi = lead === 0xf4 ? 0x8f : 0xbf; // F4 90–BF would be past U+10FFFF
    return second >= lo && second <= hi && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Walks the bytes as UTF-8: calls `onInvalid` with the offset of each byte that starts no valid
 * sequence, and returns how many valid multi-byte sequences there are.
 */
function walkUtf8(bytes: Uint8Array, onInvalid: (at: number) => void): number {
  let multiByte = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(bytes, i);
    if (n) {
      multiByte++;
      i += n;
    } else {
      onInvalid(i);
      i++;
    }
  }
  return multiByte;
}

/** Valid multi-byte UTF-8 sequences in the bytes, and the bytes that belong to none (counted, not listed: a legacy page may have millions). */
function scanUtf8(bytes: Uint8Array): { multiByte: number; invalid: number } {
  let invalid = 0;
  const multiByte = walkUtf8(bytes, () => invalid++);
  return { multiByte, invalid };
}

/** UTF-8 where the bytes are valid, each invalid byte as its windows-1252 character. */
function decodeMixed(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let from = 0;
  walkUtf8(bytes, (at) => {
    if (at > from) parts.push(buf.toString('utf8', from, at));
    parts.push(CP1252_HIGH[bytes[at]! - 0x80]!);
    from = at + 1;
  });
  if (from < buf.length) parts.push(buf.toString('utf8', from));
  return parts.join('');
}

/**
 * One line of a JSON Lines stream: UTF-8, with each stray legacy byte read as windows-1252 (as a
 * file would be), and how many such bytes there were, for a warning.
 */
export function decodeLine(bytes: Uint8Array): { text: string; invalid: number } {
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), invalid: 0 };
  return { text: decodeMixed(bytes), invalid: scanUtf8(bytes).invalid };
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const m = META_CHARSET_RE.exec(head);
  if (!m?.[1]) return null;
  const name = m[1].toLowerCase();
  return CHARSET_ALIASES[name] ?? name;
}

/** Decode a document's bytes. Fails only for binary data; a broken encoding decodes with a warning. */
export function decode(bytes: Uint8Array): Result<Decoded> {
  for (const [what, magic] of BINARY_MAGIC) {
    if (startsWith(bytes, magic)) return fail('binary', `binary data (${what}), not text or HTML`);
  }
  const warnings: string[] = [];
  let text: string;
  let encoding: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    text = iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be');
  } else {
    const utf16 = sniffUtf16(bytes);
    const strict = utf16 ? null : strictUtf8(bytes);
    if (utf16) {
      encoding = utf16;
      text = iconv.decode(Buffer.from(bytes), utf16);
    } else if (strict !== null) {
      encoding = 'utf-8';
      text = strict;
      const declared = declaredCharset(bytes);
      if (declared && declared !== 'utf-8' && declared !== 'utf8' && /[^\x00-\x7f]/.test(text.slice(0, 200000))) {
        warnings.push(`declared charset ${declared} ignored: the bytes are valid UTF-8`);
      }
    } else {
      const declared = declaredCharset(bytes);
      if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared)) {
        encoding = declared;
        text = iconv.decode(Buffer.from(bytes), declared);
      } else {
        // Undeclared, declared UTF-8, or an unknown charset, and not valid UTF-8.
        const { multiByte, invalid } = scanUtf8(bytes);
        if (multiByte > 0 && multiByte >= invalid) {
          // Mostly UTF-8 with stray legacy bytes (a latin-1 "é" pasted in): keep the UTF-8, and read
          // each stray byte as windows-1252, the usual culprit, rather than turn all of it into mojibake.
          encoding = 'utf-8';
          text = decodeMixed(bytes);
          warnings.push(`invalid UTF-8: ${invalid} byte(s) decoded as windows-1252`);
        } else {
          // No UTF-8 evidence, or less than the bytes against it: a legacy page, windows-1252 as the web's fallback.
          encoding = 'windows-1252';
          text = iconv.decode(Buffer.from(bytes), 'windows-1252');
          warnings.push('invalid UTF-8: decoded as windows-1252');
        }
      }
    }
  }
  const checked = refuseBinaryText(text);
  if (!checked.ok) return checked;
  return ok({ text, encoding, warnings });
}
