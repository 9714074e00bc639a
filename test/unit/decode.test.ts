import iconv from 'iconv-lite';
import { decode, refuseBinaryText, type Decoded } from '../../src/stages/decode.js';

const enc = new TextEncoder();

/** The decoded value; fails the test with the reason when decode failed. */
function decoded(bytes: Uint8Array): Decoded {
  const r = decode(bytes);
  if (!r.ok) throw new Error(`decode failed: ${r.reason.code}: ${r.reason.message}`);
  return r.value;
}

function concat(...parts: ArrayLike<number>[]): Uint8Array {
  const n = parts.reduce((a, p) => a + p.length, 0);
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** ASCII text as UTF-16 code units in the given byte order. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const hi = c >> 8;
    const lo = c & 0xff;
    out[2 * i] = order === 'le' ? lo : hi;
    out[2 * i + 1] = order === 'le' ? hi : lo;
  }
  return out;
}

const ASCII_PAGE = 'Harbour lanterns relit\nThe old quay glows again after the volunteers finished the repairs.\n';

describe('decode: UTF-8', () => {
  it('decodes UTF-8 without a BOM, non-ASCII letters intact, no warnings', () => {
    const text = 'Crème brûlée at the Gärtnerei — 5 € each, naïve café “specials”.';
    const d = decoded(enc.encode(text));
    expect(d.text).toBe(text);
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings).toEqual([]);
  });

  it('strips a UTF-8 BOM', () => {
    const text = 'Zoë’s orchard report';
    const d = decoded(concat([0xef, 0xbb, 0xbf], enc.encode(text)));
    expect(d.text).toBe(text);
    expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(d.encoding).toBe('utf-8');
  });
});

describe('decode: UTF-16', () => {
  it('decodes UTF-16LE with a BOM', () => {
    const d = decoded(concat([0xff, 0xfe], utf16(ASCII_PAGE, 'le')));
    expect(d.text).toBe(ASCII_PAGE);
    expect(d.encoding).toBe('utf-16le');
  });

  it('decodes UTF-16BE with a BOM', () => {
    const d = decoded(concat([0xfe, 0xff], utf16(ASCII_PAGE, 'be')));
    expect(d.text).toBe(ASCII_PAGE);
    expect(d.encoding).toBe('utf-16be');
  });

  it('sniffs UTF-16LE without a BOM from the NUL-byte pattern (ASCII text)', () => {
    const d = decoded(utf16(ASCII_PAGE, 'le'));
    expect(d.text).toBe(ASCII_PAGE);
    expect(d.encoding).toBe('utf-16le');
    expect(d.text).not.toContain('\u0000');
  });
});

describe('decode: UTF-16BE sniffing', () => {
  it('sniffs UTF-16BE without a BOM from the NUL-byte pattern (ASCII text)', () => {
    const d = decoded(utf16(ASCII_PAGE, 'be'));
    expect(d.text).toBe(ASCII_PAGE);
    expect(d.encoding).toBe('utf-16be');
  });
});

describe('decode: declared legacy charsets', () => {
  it('decodes windows-1252 bytes declared with <meta charset>: é, €, curly quotes', () => {
    const head = enc.encode('<html><head><meta charset="windows-1252"><title>x</title></head><body><p>');
    // "Caf\xe9 menu: \x80 4, \x93fresh\x94 and \x91local\x92"
    const body = new Uint8Array([
      ...enc.encode('Caf'), 0xe9, ...enc.encode(' menu: '), 0x80, ...enc.encode(' 4, '),
      0x93, ...enc.encode('fresh'), 0x94, ...enc.encode(' and '), 0x91, ...enc.encode('local'), 0x92,
    ]);
    const tail = enc.encode('</p></body></html>');
    const d = decoded(concat(head, body, tail));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toContain('Café menu: € 4, “fresh” and ‘local’');
    expect(d.text).not.toContain('\ufffd');
  });

  it('lets valid UTF-8 win over a declared iso-8859-1, with a warning', () => {
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Übermorgen öffnet die Bäckerei am Fluss.</p></body></html>';
    const d = decoded(enc.encode(page));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('Übermorgen öffnet die Bäckerei');
    expect(d.text).not.toContain('Ã');
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toMatch(/declared charset .*ignored.*UTF-8/i);
  });

  it('decodes Shift_JIS declared by http-equiv', () => {
    const jp = '港の灯台が再び点灯しました。ボランティアの皆さんに感謝します。';
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>灯台</title></head><body><p>${jp}</p></body></html>`;
    const bytes = new Uint8Array(iconv.encode(html, 'shift_jis'));
    // Sanity: the bytes are not valid UTF-8, so the declaration has to be honoured.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const d = decoded(bytes);
    expect(d.encoding).toBe('shift_jis');
    expect(d.text).toContain(jp);
    expect(d.text).not.toContain('\ufffd');
  });
});

describe('decode: binary and broken input', () => {
  const magic: Array<[string, number[]]> = [
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['PDF', [...enc.encode('%PDF-1.7\n')]],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00]],
  ];
  it.each(magic)('refuses %s data with code binary', (_name, head) => {
    const bytes = concat(head, enc.encode(' followed by what looks like plain ordinary text for a while.'));
    const r = decode(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.code).toBe('binary');
      expect(r.reason.message.length).toBeGreaterThan(0);
    }
  });

  it('decodes invalid UTF-8 without a declaration with a warning and does not throw', () => {
    // Mostly ASCII prose with two stray Latin-1 bytes (é as 0xE9) that are not valid UTF-8.
    const bytes = new Uint8Array([
      ...enc.encode('The caf'), 0xe9, ...enc.encode(' by the river reopened on Monday after a long winter, and the '),
      ...enc.encode('owners said the new menu was a success with the visitors from the village. R'), 0xe9,
      ...enc.encode('sum'), 0xe9, ...enc.encode(' follows.'),
    ]);
    let result: ReturnType<typeof decode> | undefined;
    expect(() => {
      result = decode(bytes);
    }).not.toThrow();
    expect(result?.ok).toBe(true);
    if (result?.ok) {
      expect(result.value.warnings.length).toBeGreaterThan(0);
      expect(result.value.warnings.join(' ')).toMatch(/invalid UTF-8/i);
      expect(result.value.text).toContain('by the river reopened on Monday');
      // The stray bytes are Latin-1 é: the windows-1252 fallback recovers them.
      expect(result.value.text).toContain('The café by the river');
      expect(result.value.text).toContain('Résumé follows.');
    }
  });

  it('keeps UTF-8 for a long valid UTF-8 text with one broken byte, reading that byte as windows-1252', () => {
    const prose = 'Über den Fluss führt die neue Brücke, sagen die Planer im Rathaus. '.repeat(40);
    const bytes = concat(enc.encode(prose), [0xff], enc.encode(' Ende.'));
    const d = decoded(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('Über den Fluss führt die neue Brücke');
    expect(d.text.endsWith('Rathaus. \u00ff Ende.')).toBe(true);
    expect(d.warnings).toEqual(['invalid UTF-8: 1 byte(s) decoded as windows-1252']);
  });
});

describe('decode: mixed encodings (UTF-8 with stray legacy bytes)', () => {
  it('keeps the UTF-8 of a short page with curly quotes and one stray latin-1 é, warning once', () => {
    // “Smörgåsbord” night at the pier — the caf\xe9 stays open late.
    const bytes = concat(
      enc.encode('<p>\u201cSmörgåsbord\u201d night at the pier \u2014 the caf'),
      [0xe9],
      enc.encode(' stays open late.</p>'),
    );
    const d = decoded(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('<p>\u201cSmörgåsbord\u201d night at the pier \u2014 the café stays open late.</p>');
    expect(d.text).not.toContain('\u00e2\u20ac'); // "â€", the mojibake of a curly quote
    expect(d.warnings).toEqual(['invalid UTF-8: 1 byte(s) decoded as windows-1252']);
  });

  it('does the same when the page declares UTF-8', () => {
    const bytes = concat(
      enc.encode('<html><head><meta charset="utf-8"></head><body><p>Ferry \u2018Njörður\u2019 docks at 9'),
      [0xb0], // a latin-1 degree sign
      enc.encode(' north</p></body></html>'),
    );
    const d = decoded(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('Ferry \u2018Njörður\u2019 docks at 9° north');
    expect(d.warnings).toEqual(['invalid UTF-8: 1 byte(s) decoded as windows-1252']);
  });

  it('reads a truncated multi-byte sequence byte by byte, and windows-1252 quote bytes as quotes', () => {
    // Five UTF-8 letters, then \x93 … \x94 (windows-1252 curly quotes), then a euro sign cut to its first two bytes.
    const bytes = concat(enc.encode('Brücke über Straße, Größe: '), [0x93], enc.encode('new'), [0x94], enc.encode(' price '), [0xe2, 0x82]);
    const d = decoded(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('Brücke über Straße, Größe: \u201cnew\u201d price \u00e2\u201a');
    expect(d.warnings).toEqual(['invalid UTF-8: 4 byte(s) decoded as windows-1252']);
  });

  it('decodes the whole document as windows-1252 when invalid bytes outnumber valid multi-byte sequences', () => {
    // Three latin-1 letters against one UTF-8 "ü" (two bytes that are also "Ã¼" in windows-1252).
    const bytes = concat(enc.encode('Gar'), [0xe7], enc.encode('on, fa'), [0xe7], enc.encode('ade, na'), [0xef], enc.encode('ve; '), enc.encode('ü'));
    const d = decoded(bytes);
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe('Garçon, façade, naïve; \u00c3\u00bc');
    expect(d.warnings).toEqual(['invalid UTF-8: decoded as windows-1252']);
  });

  it('leaves a valid UTF-8 document untouched by the mixed path', () => {
    const text = '\u201cQuoted\u201d Ærø — 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and 中文 too';
    const d = decoded(enc.encode(text));
    expect(d.text).toBe(text);
    expect(d.warnings).toEqual([]);
  });
});

describe('refuseBinaryText', () => {
  it('refuses text that is mostly control characters with the message decode gives bytes', () => {
    const controls = Array.from({ length: 400 }, (_, i) => String.fromCharCode(i % 8)).join('');
    const r = refuseBinaryText(`${controls}some words`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toEqual({ code: 'binary', message: 'binary data (control bytes), not text or HTML' });
    const fromBytes = decode(enc.encode(`${controls}some words`));
    expect(fromBytes.ok).toBe(false);
    if (!fromBytes.ok && !r.ok) expect(fromBytes.reason).toEqual(r.reason);
  });

  it('passes ordinary text, tabs and newlines included', () => {
    expect(refuseBinaryText('Line one\tcolumn\r\nLine two\f')).toEqual({ ok: true, value: 'Line one\tcolumn\r\nLine two\f' });
  });
});
