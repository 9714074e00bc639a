/** What cleanDocument refuses before segmenting: binary --jsonl records and JSON documents. */
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_OPTIONS } from '../../src/options.js';
import { type DocumentInput, cleanDocument } from '../../src/pipeline.js';
import { builtinRules } from '../../src/rules/index.js';
import { randomBytes, synthArticle, textDump } from '../helpers/synth.js';

const rules = builtinRules();
const enc = new TextEncoder();

const fileInput = (bytes: Uint8Array): DocumentInput => ({ id: 'doc.txt', path: 'doc.txt', url: null, bytes });
/** As processTask builds a --jsonl record's input: the text, and its UTF-8 bytes. */
const recordInput = (text: string, format: 'html' | 'text' = 'text'): DocumentInput => ({ id: 'r1', path: null, url: null, bytes: enc.encode(text), text, format });
const clean = (input: DocumentInput) => cleanDocument(input, DEFAULT_OPTIONS, rules);

describe('--jsonl records go through the binary check', () => {
  it('a record of 4000 random latin-1 characters fails as binary, with the message the same bytes as a file get', () => {
    const bytes = randomBytes(4, 4000);
    const asFile = clean(fileInput(bytes));
    const asRecord = clean(recordInput(Buffer.from(bytes).toString('latin1')));
    expect(asFile.ok).toBe(false);
    expect(asRecord.ok).toBe(false);
    if (!asFile.ok && !asRecord.ok) {
      expect(asFile.reason.code).toBe('binary');
      expect(asRecord.reason).toEqual(asFile.reason);
    }
  });

  it('an ordinary text record is still cleaned', () => {
    const r = clean(recordInput(textDump(81)));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.article.body).toContain(synthArticle(81).paragraphs[0]!);
  });
});

describe('a JSON document is not a dump', () => {
  const message = 'JSON data, not a text or HTML dump (records go through --jsonl)';

  it('refuses an article JSON (artclean output) given as an input file', () => {
    const first = clean(fileInput(enc.encode(textDump(82))));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = clean(fileInput(enc.encode(JSON.stringify(first.value.article, null, 2) + '\n')));
    expect(again).toEqual({ ok: false, reason: { code: 'not-text', message } });
  });

  it('refuses a JSON array, and JSON after a BOM and white space', () => {
    const list = JSON.stringify([{ headline: 'Lighthouse keeper retires', body: 'After forty winters on the rock, the keeper hands over the lamp.' }]);
    expect(clean(fileInput(enc.encode(list)))).toEqual({ ok: false, reason: { code: 'not-text', message } });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(`\n  ${list}\n\n`)]);
    expect(clean(fileInput(withBom))).toEqual({ ok: false, reason: { code: 'not-text', message } });
  });

  it('refuses a --jsonl record whose text is JSON, without the --jsonl hint', () => {
    const r = clean(recordInput('{"title":"Ferry timetable","stops":["North Quay","Gull Point"]}'));
    expect(r).toEqual({ ok: false, reason: { code: 'not-text', message: 'JSON data, not a text or HTML dump' } });
  });

  it('keeps a text dump that starts with "{" or "[" but is not JSON', () => {
    const a = synthArticle(83);
    const dump = `{Breaking} ${textDump(83)}\n{Corrections are listed below}`; // opens and closes with braces: parsed, and not JSON
    const r = clean(fileInput(enc.encode(dump)));
    if (!r.ok) expect(r.reason.code).not.toBe('not-text');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.article.body).toContain(a.paragraphs[1]!);
    const bracketed = clean(fileInput(enc.encode(`[${textDump(84)}]`)));
    expect(bracketed.ok || bracketed.reason.code !== 'not-text').toBe(true);
  });
});

describe('a line of megabytes', () => {
  it('is cleaned with a warning that it is not a text dump layout', () => {
    const r = clean(fileInput(enc.encode(`${'harbour '.repeat(200_000)}\n`)));
    expect(r.ok && r.value.article.warnings.some((w) => /^a line of \d{7} characters/.test(w))).toBe(true);
  });
  it('an ordinary dump has no such warning', () => {
    const r = clean(fileInput(enc.encode(textDump(3))));
    expect(r.ok && r.value.article.warnings.some((w) => w.startsWith('a line of'))).toBe(false);
  });
});
