/**
 * Property tests of the pipeline (in process): for arbitrary strings and byte arrays,
 * cleanDocument never throws, returns a schema-valid article or a failure with a known reason,
 * is deterministic, and never invents text.
 */
import { load } from 'cheerio/slim';
import fc from 'fast-check';
import { describe, expect, test } from '@jest/globals';
import { ArticleSchema } from '../../src/model/article.js';
import { DEFAULT_OPTIONS } from '../../src/options.js';
import { type DocumentInput, cleanDocument } from '../../src/pipeline.js';
import { REASON_CODES } from '../../src/result.js';
import { builtinRules } from '../../src/rules/index.js';
import { decode } from '../../src/stages/decode.js';
import { htmlDump, textDump } from '../helpers/synth.js';

const rules = builtinRules();
const NUM_RUNS = Number(process.env['ARTCLEAN_PROP_RUNS'] ?? 200);

/**
 * What the decoded input text becomes before any stage reads it (normalizeDocument's documented
 * job): zero-width characters and control characters dropped. Words may only come from this.
 */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const visible = (s: string): string => s.replace(INVISIBLE, '');
/**
 * The text a reader of the input sees. For HTML that is the parsed text content too: inline
 * markup joins letters ("A<b>x</b>" reads "Ax") and entities decode ("&eacute;" is "é").
 */
const readable = (decoded: string, format: 'html' | 'text'): string =>
  format === 'html' ? `${visible(decoded)}\n${visible(load(decoded).root().text())}` : visible(decoded);
const letterRuns = (s: string): string[] => s.match(/\p{L}+/gu) ?? [];

// ---------------------------------------------------------------------------------------------
// Generators: article-like lines mixed with junk, so that some runs produce articles
// ---------------------------------------------------------------------------------------------

const junkLine = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('Latest news', 'Most read', 'By ', 'By Jane Roe and', 'Photo: Getty Images', 'Share', 'Advertisement', '', '   ', '\t', '<p>', '</div>', '&amp;', 'Read more »', '© 2024'),
);

/** A generated dump (text or HTML), with lines dropped, replaced by junk, or junk inserted. */
const articleMix = fc
  .record({
    seed: fc.nat({ max: 10_000 }),
    html: fc.boolean(),
    edits: fc.array(fc.tuple(fc.nat({ max: 200 }), fc.constantFrom('drop', 'replace', 'insert'), junkLine), { maxLength: 12 }),
    crlf: fc.boolean(),
  })
  .map(({ seed, html, edits, crlf }) => {
    const linesOf = (html ? htmlDump(seed) : textDump(seed)).split('\n');
    for (const [at, op, junk] of edits) {
      const i = at % (linesOf.length + 1);
      if (op === 'insert') linesOf.splice(i, 0, junk);
      else if (i < linesOf.length) {
        if (op === 'drop') linesOf.splice(i, 1);
        else linesOf[i] = junk;
      }
    }
    return linesOf.join(crlf ? '\r\n' : '\n');
  });

const anyString = fc.oneof(
  { weight: 3, arbitrary: articleMix },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2000 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 2000 }) },
  { weight: 1, arbitrary: fc.array(junkLine, { maxLength: 60 }).map((ls) => ls.join('\n')) },
);

const anyBytes = fc.oneof(
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 4000 }) },
  { weight: 2, arbitrary: articleMix.map((s) => new Uint8Array(Buffer.from(s, 'utf8'))) },
  { weight: 1, arbitrary: articleMix.map((s) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]))) },
  {
    weight: 2,
    // valid text with random bytes spliced in (broken encodings, stray NULs and controls)
    arbitrary: fc.tuple(articleMix, fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })), { maxLength: 6 })).map(([s, splices]) => {
      let buf = Buffer.from(s, 'utf8');
      for (const [at, bytes] of splices) {
        const i = buf.length ? at % buf.length : 0;
        buf = Buffer.concat([buf.subarray(0, i), Buffer.from(bytes), buf.subarray(i)]);
      }
      return new Uint8Array(buf);
    }),
  },
);

// ---------------------------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------------------------

interface Tally {
  ok: number;
  failed: number;
}

/** Runs cleanDocument twice and checks every property; returns whether it produced an article. */
function check(input: DocumentInput, decodedText: string | null, tally: Tally): void {
  let first;
  let second;
  try {
    first = cleanDocument(input, DEFAULT_OPTIONS, rules);
    second = cleanDocument(input, DEFAULT_OPTIONS, rules);
  } catch (err) {
    throw new Error(`cleanDocument threw: ${(err as Error).stack ?? String(err)}`);
  }
  // deterministic
  expect(second).toEqual(first);
  if (!first.ok) {
    tally.failed++;
    expect(Object.keys(REASON_CODES)).toContain(first.reason.code);
    // "internal" is a bug (for instance a draft the schema refused), never an answer to input
    if (first.reason.code === 'internal') throw new Error(`internal failure: ${first.reason.message}`);
    expect(typeof first.reason.message).toBe('string');
    expect(first.reason.message.length).toBeGreaterThan(0);
    return;
  }
  tally.ok++;
  const { article } = first.value;
  const parsed = ArticleSchema.safeParse(article);
  if (!parsed.success) throw new Error(`article refused by the schema: ${JSON.stringify(parsed.error.issues[0])}`);
  expect(article.body.trim().length).toBeGreaterThan(0);
  // never invents text: every letter run of the body and headline is in the decoded input
  expect(decodedText).not.toBeNull();
  const source = readable(decodedText!, article.source.format);
  const invented = [...letterRuns(article.body), ...letterRuns(article.headline ?? '')].filter((w) => !source.includes(w));
  expect([...new Set(invented)].slice(0, 10)).toEqual([]);
}

describe('cleanDocument properties', () => {
  test('arbitrary strings (as --jsonl text records and as UTF-8 bytes)', () => {
    const tally: Tally = { ok: 0, failed: 0 };
    fc.assert(
      fc.property(anyString, fc.boolean(), (s, asRecord) => {
        const bytes = new Uint8Array(Buffer.from(s, 'utf8'));
        if (asRecord) {
          check({ id: 'prop', path: null, url: null, bytes, text: s }, s, tally);
        } else {
          const decoded = decode(bytes);
          check({ id: 'prop', path: 'prop.txt', url: null, bytes }, decoded.ok ? decoded.value.text : null, tally);
        }
      }),
      { numRuns: NUM_RUNS, seed: Number(process.env['ARTCLEAN_PROP_SEED'] ?? 20240611) },
    );
    // the generator is not vacuous: both outcomes happen
    expect(tally.ok).toBeGreaterThan(NUM_RUNS / 10);
    expect(tally.failed).toBeGreaterThan(NUM_RUNS / 10);
  });

  test('arbitrary byte arrays', () => {
    const tally: Tally = { ok: 0, failed: 0 };
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const decoded = decode(bytes);
        check({ id: 'prop', path: 'prop.txt', url: null, bytes }, decoded.ok ? decoded.value.text : null, tally);
      }),
      { numRuns: NUM_RUNS, seed: Number(process.env['ARTCLEAN_PROP_SEED'] ?? 42) },
    );
    expect(tally.ok).toBeGreaterThan(NUM_RUNS / 10);
    expect(tally.failed).toBeGreaterThan(NUM_RUNS / 10);
  });

  test('forced formats: text read as HTML and HTML read as text never crash either', () => {
    const tally: Tally = { ok: 0, failed: 0 };
    fc.assert(
      fc.property(articleMix, fc.constantFrom('html' as const, 'text' as const), (s, format) => {
        const bytes = new Uint8Array(Buffer.from(s, 'utf8'));
        let result;
        try {
          result = cleanDocument({ id: 'prop', path: null, url: null, bytes, format }, DEFAULT_OPTIONS, rules);
        } catch (err) {
          throw new Error(`cleanDocument threw: ${(err as Error).stack ?? String(err)}`);
        }
        if (result.ok) {
          tally.ok++;
          expect(ArticleSchema.safeParse(result.value.article).success).toBe(true);
          expect(result.value.article.source.format).toBe(format);
        } else {
          tally.failed++;
          expect(Object.keys(REASON_CODES)).toContain(result.reason.code);
          expect(result.reason.code).not.toBe('internal');
        }
      }),
      { numRuns: 60, seed: 7 },
    );
    expect(tally.ok).toBeGreaterThan(0);
  });
});
