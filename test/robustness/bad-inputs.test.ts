/**
 * "Never crash, never lose data": bad inputs through the built binary. Each bad input gets a
 * one-line reason naming the file (or decodes and cleans), never a stack trace, and a batch goes
 * on past it. Inputs are generated in temporary folders.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { STACK, expectExit, hashTree, lines, listFiles, removeTempDirs, runCli, tempDir, writeTree } from '../helpers/cli.js';
import { htmlDump, paragraph, randomBytes, rng, synthArticle, textDump } from '../helpers/synth.js';

type Json = Record<string, any>;
const SCHEMA = 'artclean/article@1';

afterAll(removeTempDirs);

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = endian === 'le' ? le : Buffer.from(le).swap16();
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), body]) : body;
}

/** A text dump with a few bytes that are not UTF-8 in the middle of the first paragraph's line. */
function invalidUtf8(seed: number): Buffer {
  const text = textDump(seed);
  const a = synthArticle(seed);
  const cut = text.indexOf(a.paragraphs[0]!) + 20;
  return Buffer.concat([Buffer.from(text.slice(0, cut)), Buffer.from([0xff, 0xc3, 0x28, 0xfe]), Buffer.from(text.slice(cut))]);
}

/** An article with NUL bytes inside a paragraph. */
function withNuls(seed: number): string {
  const a = synthArticle(seed);
  return textDump(seed).replace(a.paragraphs[5]!, `${a.paragraphs[5]!} \u0000\u0000 trailing clause here.\u0000`);
}

const navigationPageHtml = (): string =>
  `<!doctype html><html><head><title>Sections</title></head><body><nav><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('')}</ul></nav><footer><a href="/privacy">Privacy policy</a></footer></body></html>`;
const navigationPageText = (): string => ['Home', 'News', 'Sport', 'Weather', 'Business', 'Culture', 'Opinion', 'Travel', 'Contact us', 'Privacy policy', 'Terms of use'].join('\n') + '\n';

describe('a batch of bad and oddly encoded inputs', () => {
  let dir: string;
  let out: string;
  let report: Json;
  let stderr: string;
  let code: number | null;
  let inputHashes: Record<string, string>;

  // The first paragraph each encoded case must keep, by file.
  const mustContain: Record<string, string> = {};

  beforeAll(() => {
    const base = tempDir('bad');
    dir = path.join(base, 'in');
    out = path.join(base, 'out');
    const text = textDump(50);
    const p = synthArticle(50).paragraphs[2]!;
    const latin = textDump(51, { extraLines: ['A naïve café owner said the façade would be repainted before the summer crowds arrive in town.'] });
    writeTree(dir, {
      'empty.txt': '',
      'whitespace.txt': '  \n\t\n   \r\n  \n',
      'png.txt': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(1, 2000)]),
      'pdf.txt': Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(2, 2000)]),
      'gzip.txt': Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), randomBytes(3, 2000)]),
      'random.txt': randomBytes(4, 8192),
      'nul.txt': withNuls(52),
      'invalid-utf8.txt': invalidUtf8(53),
      'latin1.txt': iconv.encode(latin, 'windows-1252'),
      'utf16le-bom.txt': utf16(text, 'le', true),
      'utf16le.txt': utf16(text, 'le', false),
      'utf16be-bom.txt': utf16(text, 'be', true),
      'utf16be.txt': utf16(text, 'be', false),
      'utf16le-bom.html': utf16(htmlDump(54), 'le', true),
      'nav.html': navigationPageHtml(),
      'nav.txt': navigationPageText(),
      'good.txt': textDump(55),
    });
    for (const f of ['utf16le-bom.txt', 'utf16le.txt', 'utf16be-bom.txt', 'utf16be.txt']) mustContain[f] = p;
    mustContain['utf16le-bom.html'] = synthArticle(54).paragraphs[2]!;
    mustContain['nul.txt'] = synthArticle(52).paragraphs[1]!;
    mustContain['invalid-utf8.txt'] = synthArticle(53).paragraphs[1]!;
    mustContain['latin1.txt'] = 'A naïve café owner said the façade would be repainted';
    mustContain['good.txt'] = synthArticle(55).paragraphs[0]!;
    inputHashes = hashTree(dir);
    const reportFile = path.join(base, 'report.json');
    const r = runCli([dir, '--out-dir', out, '--report', reportFile, '-j', '2']);
    code = r.code;
    stderr = r.stderr;
    report = JSON.parse(readFileSync(reportFile, 'utf8')) as Json;
  });

  const entry = (id: string): Json => (report.inputs as Json[]).find((e) => e.id === id)!;

  test('the run finishes with exit 1 (some documents failed), no stack trace', () => {
    expect(code).toBe(1);
    expect(stderr).not.toMatch(STACK);
    expect(report.totals.inputs).toBe(17);
  });

  test.each([
    ['empty.txt', 'empty'],
    ['whitespace.txt', 'empty'],
    ['png.txt', 'binary'],
    ['pdf.txt', 'binary'],
    ['gzip.txt', 'binary'],
    ['random.txt', 'binary'],
    ['nav.html', 'no-article'],
    ['nav.txt', 'no-article'],
  ])('%s fails with reason %s, on one stderr line naming it, and writes no output', (file, reason) => {
    expect(entry(file)).toMatchObject({ status: 'failed', reason: { code: reason } });
    const mentions = lines(stderr).filter((l) => l.includes(file));
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toContain(`[${reason}]`);
    expect(listFiles(out).filter((f) => f.startsWith(file.replace(/\.[a-z]+$/, '.')))).toEqual([]);
  });

  test.each(['nul.txt', 'invalid-utf8.txt', 'latin1.txt', 'utf16le-bom.txt', 'utf16le.txt', 'utf16be-bom.txt', 'utf16be.txt', 'utf16le-bom.html', 'good.txt'])(
    '%s is decoded and cleaned: the body holds its text',
    (file) => {
      expect(entry(file)).toMatchObject({ status: 'ok' });
      const outputs = listFiles(out).filter((f) => f === file.replace(/\.[a-z]+$/, '.json') || f === `${file}.json`);
      expect(outputs).toHaveLength(1);
      const a = JSON.parse(readFileSync(path.join(out, outputs[0]!), 'utf8')) as Json;
      expect(a.schema).toBe(SCHEMA);
      expect(a.body).toContain(mustContain[file]);
      expect(a.body).not.toContain('\u0000');
    },
  );

  test('broken encodings decode with a warning', () => {
    expect(entry('invalid-utf8.txt').warnings.join(' ')).toMatch(/UTF-8/i);
    expect(entry('latin1.txt').warnings.join(' ')).toMatch(/UTF-8|windows-1252/i);
  });

  test('the inputs are unchanged', () => {
    expect(hashTree(dir)).toEqual(inputHashes);
  });
});

describe('size limits', () => {
  test('a file over --max-bytes is refused with reason too-large', () => {
    const dir = tempDir('size');
    const doc = textDump(60).padEnd(5000, '\n');
    writeTree(dir, { 'big.txt': doc, 'small.txt': 'x' });
    expect(Buffer.byteLength(doc)).toBe(5000);
    const r = runCli(['big.txt', '--max-bytes', '1000'], { cwd: dir });
    expectExit(r, 1);
    expect(r.stdout).toBe('');
    const mentions = lines(r.stderr).filter((l) => l.includes('big.txt'));
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toContain('[too-large]');
    // the same through stdin
    const s = runCli(['-', '--max-bytes', '1000'], { cwd: dir, input: doc });
    expectExit(s, 1);
    expect(s.stderr).toContain('[too-large]');
    expect(s.stderr).not.toMatch(STACK);
    // and in --jsonl mode, as an error record on its line
    const j = runCli(['--jsonl', '--max-bytes', '1000'], { input: `${JSON.stringify({ id: 'big', text: doc })}\n` });
    expect(JSON.parse(j.stdout)).toMatchObject({ id: 'big', error: { code: 'too-large' } });
  });

  test('a 10 MB single line: no crash, exit 0 or 1 with a one-line reason', () => {
    const dir = tempDir('line');
    const r0 = rng(61);
    const parts: string[] = [];
    let size = 0;
    while (size < 10 * 1024 * 1024) {
      const p = paragraph(r0, 200);
      parts.push(p);
      size += p.length + 1;
    }
    writeFileSync(path.join(dir, 'one-line.txt'), parts.join(' '));
    const r = runCli(['one-line.txt'], { cwd: dir });
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).not.toMatch(STACK);
    if (r.code === 0) {
      const a = JSON.parse(r.stdout) as Json;
      expect(a.schema).toBe(SCHEMA);
      expect(a.source.bytes).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    } else {
      expect(r.stdout).toBe('');
      expect(lines(r.stderr).filter((l) => l.includes('one-line.txt'))).toHaveLength(1);
    }
  });
});

describe('pathological structure', () => {
  test('HTML nested 100,000 elements deep (closed and unclosed) completes without a stack overflow', () => {
    const dir = tempDir('deep');
    const a = synthArticle(70);
    const article = `<h1>${a.headline}</h1>${a.paragraphs.map((p) => `<p>${p}</p>`).join('')}`;
    const N = 100_000;
    writeTree(dir, {
      'closed.html': `<!doctype html><html><body>${'<div>'.repeat(N)}${article}${'</div>'.repeat(N)}</body></html>`,
      'unclosed.html': `<!doctype html><html><body>${article}${'<div><span>'.repeat(N / 2)}tail</body></html>`,
    });
    const r = runCli(['closed.html', 'unclosed.html', '-j', '2'], { cwd: dir });
    expect(r.stderr).not.toMatch(STACK);
    expect([0, 1]).toContain(r.code);
    const docs = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Json);
    const failures = lines(r.stderr).filter((l) => /\.html: .*\[[a-z-]+\]$/.test(l));
    expect(docs.length + failures.length).toBe(2);
    for (const d of docs) {
      expect(d.schema).toBe(SCHEMA);
      // the prose is read even below the depth where structure is ignored
      expect(d.body).toContain(a.paragraphs[3]!.slice(0, 60));
    }
  });

  test('100,000 tiny blocks complete', () => {
    const dir = tempDir('tiny');
    const r0 = rng(71);
    const words = ['alpha', 'beta', 'gamma', 'delta', 'omega'];
    const rows = Array.from({ length: 100_000 }, () => words[Math.floor(r0() * words.length)]);
    writeTree(dir, {
      'lines.txt': rows.join('\n'),
      'blocks.html': `<!doctype html><html><body>${rows.map((w) => `<p>${w}</p>`).join('')}</body></html>`,
    });
    const r = runCli(['.', '-j', '2', '--report', 'r.json'], { cwd: dir });
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).not.toMatch(STACK);
    const rep = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')) as Json;
    expect(rep.totals.inputs).toBe(2);
    for (const e of rep.inputs as Json[]) if (e.status === 'failed') expect(e.reason.code).not.toBe('internal');
  });
});

describe('records and data files through the CLI', () => {
  test('--jsonl: a binary record fails as binary like the same bytes as a file; a BOM does not spoil line 1; bad fields are named', () => {
    const dir = tempDir('records');
    const noise = randomBytes(4, 4000);
    writeTree(dir, { 'noise.txt': Buffer.from(noise) });
    const asFile = runCli(['noise.txt'], { cwd: dir });
    expectExit(asFile, 1);
    const fileLine = lines(asFile.stderr).find((l) => l.includes('noise.txt'))!;
    expect(fileLine).toContain('[binary]');
    const input = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(
        [
          JSON.stringify({ id: 'first', text: textDump(90) }),
          JSON.stringify({ id: 'noise', text: Buffer.from(noise).toString('latin1') }),
          JSON.stringify({ id: 'u', text: 'x', url: 5 }),
          JSON.stringify({ id: null, text: textDump(91) }),
          JSON.stringify({ id: '', text: textDump(92) }),
          JSON.stringify({ id: { nested: true }, text: 'x' }),
        ].join('\n') + '\n',
      ),
    ]);
    const r = runCli(['--jsonl', '-j', '1'], { input });
    expectExit(r, 1);
    expect(r.stderr).not.toMatch(STACK);
    const recs = lines(r.stdout).map((l) => JSON.parse(l) as Json);
    expect(recs).toHaveLength(6);
    expect(recs[0]).toMatchObject({ schema: SCHEMA, id: 'first' });
    expect(recs[1]).toEqual({ id: 'noise', error: { code: 'binary', message: 'binary data (control bytes), not text or HTML' } });
    expect(fileLine).toContain('binary data (control bytes), not text or HTML');
    expect(recs[2]).toEqual({ id: 'u', error: { code: 'bad-record', message: 'url: expected string, received number' } });
    expect(recs[3]).toMatchObject({ schema: SCHEMA, id: 'line-4' });
    expect(recs[4]).toMatchObject({ schema: SCHEMA, id: 'line-5' });
    expect(recs[5]).toEqual({ id: 'line-6', error: { code: 'bad-record', message: 'id: expected a string or a number, received object' } });
  });

  test('a JSON document given as an input (artclean output included) fails with reason not-text; a dump in braces does not', () => {
    const dir = tempDir('json-input');
    const first = runCli(['-'], { input: textDump(93) });
    expectExit(first, 0);
    writeTree(dir, {
      'out/page.json': first.stdout,
      'list.json': '\ufeff [ {"title": "Quay notes"} ]\n',
      'braces.txt': `{Live} ${textDump(94)}\n{More to follow}`,
    });
    const r = runCli(['out/page.json', 'list.json', 'braces.txt', '-j', '1'], { cwd: dir });
    expectExit(r, 1);
    expect(r.stderr).not.toMatch(STACK);
    for (const f of ['out/page.json', 'list.json']) {
      const mentions = lines(r.stderr).filter((l) => l.includes(f));
      expect(mentions).toHaveLength(1);
      expect(mentions[0]).toContain('JSON data, not a text or HTML dump (records go through --jsonl)');
      expect(mentions[0]).toContain('[not-text]');
    }
    const docs = lines(r.stdout).map((l) => JSON.parse(l) as Json);
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ schema: SCHEMA, id: 'braces.txt' });
    expect(docs[0]!.body).toContain(synthArticle(94).paragraphs[0]!);
  });
});
