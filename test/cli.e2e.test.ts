/**
 * End-to-end: the built binary (`node bin/artclean`), its stdout, stderr and exit code, against
 * the CLI contract in DESIGN.md. Inputs are generated in code into temporary folders.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  ANSI,
  expectExit,
  CLI,
  HAS_SCRIPT,
  STACK,
  hashTree,
  lines,
  listFiles,
  parseJsonl,
  removeTempDirs,
  runCli,
  runOnTty,
  runShell,
  sh,
  spawnCli,
  tempDir,
  waitFor,
  writeTree,
} from './helpers/cli.js';
import { htmlDump, synthArticle, textDump } from './helpers/synth.js';

const SCHEMA = 'artclean/article@1';
const LABEL_RE = /^\s*\d+ (headline|dek|byline|dateline|publisher|section|summary|body|caption|credit|author-bio|related|navigation|promo|share|newsletter|ad|legal|comments|ui-label)\s/;

type Json = Record<string, any>;
const parse = (s: string): Json => JSON.parse(s) as Json;

let work: string;
/** d/: page.txt, page.html (same stem), sub/deep.txt, skip/me.txt, nobyline.txt; data.csv is not a default input. */
let d: string;
/** many/: 30 generated dumps in a few sub-folders. */
let many: string;

beforeAll(() => {
  work = tempDir('e2e');
  d = path.join(work, 'd');
  many = path.join(work, 'many');
  writeTree(d, {
    'page.txt': textDump(1),
    'page.html': htmlDump(2),
    'sub/deep.txt': textDump(3),
    'skip/me.txt': textDump(4),
    'nobyline.txt': textDump(5, { byline: false }),
    'data.csv': 'a,b\n1,2\n',
  });
  const files: Record<string, string> = {};
  for (let i = 0; i < 30; i++) {
    const folder = `g${i % 4}`;
    files[`${folder}/dump-${String(i).padStart(2, '0')}.${i % 3 === 0 ? 'html' : 'txt'}`] = i % 3 === 0 ? htmlDump(100 + i) : textDump(100 + i, { byline: i % 5 !== 0 });
  }
  writeTree(many, files);
});

afterAll(removeTempDirs);

describe('inputs and stdout', () => {
  test('one file → one JSON object on stdout, exit 0', () => {
    const r = runCli(['d/page.txt'], { cwd: work });
    expectExit(r, 0);
    expect(lines(r.stdout)).toHaveLength(1);
    const a = parse(r.stdout);
    expect(a.schema).toBe(SCHEMA);
    expect(a.id).toBe('d/page.txt');
    expect(a.source.format).toBe('text');
    const synth = synthArticle(1);
    expect(a.headline).toBe(synth.headline);
    expect(a.body).toContain(synth.paragraphs[0]);
    expect(a.body).not.toContain('Latest news');
    expect(r.stderr).not.toMatch(STACK);
  });

  test('-q is --quiet: no summary on stderr, the output unchanged', () => {
    const loud = runCli(['d/page.txt'], { cwd: work });
    const quiet = runCli(['d/page.txt', '-q'], { cwd: work });
    expectExit(quiet, 0);
    expect(loud.stderr).toMatch(/cleaned/);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(loud.stdout);
  });

  test('several files → JSON Lines, in argument order', () => {
    const r = runCli(['d/page.txt', 'd/page.html'], { cwd: work });
    expectExit(r, 0);
    const docs = parseJsonl(r.stdout);
    expect(docs.map((x) => x.id)).toEqual(['d/page.txt', 'd/page.html']);
    expect(docs.map((x) => (x.source as Json).format)).toEqual(['text', 'html']);
    for (const x of docs) expect(x.schema).toBe(SCHEMA);
  });

  test('a folder is searched recursively, sorted, with the default include set', () => {
    const r = runCli(['d'], { cwd: work });
    expectExit(r, 0);
    expect(parseJsonl(r.stdout).map((x) => x.id)).toEqual(['nobyline.txt', 'page.html', 'page.txt', 'skip/me.txt', 'sub/deep.txt']);
  });

  test('--exclude and --include filter a folder', () => {
    const ex = runCli(['d', '--exclude', '**/skip/**'], { cwd: work });
    expectExit(ex, 0);
    expect(parseJsonl(ex.stdout).map((x) => x.id)).toEqual(['nobyline.txt', 'page.html', 'page.txt', 'sub/deep.txt']);
    const inc = runCli(['d', '--include', '**/*.html'], { cwd: work });
    expectExit(inc, 0);
    expect(parseJsonl(inc.stdout).map((x) => x.id)).toEqual(['page.html']);
  });

  test('a glob (expanded by artclean, not the shell)', () => {
    const r = runCli(['d/**/*.txt'], { cwd: work });
    expectExit(r, 0);
    expect(parseJsonl(r.stdout).map((x) => x.id)).toEqual(['d/nobyline.txt', 'd/page.txt', 'd/skip/me.txt', 'd/sub/deep.txt']);
  });

  test('"-" reads one document from stdin', () => {
    const r = runCli(['-'], { cwd: work, input: textDump(7) });
    expectExit(r, 0);
    const a = parse(r.stdout);
    expect(a.schema).toBe(SCHEMA);
    expect(a.source.path).toBeNull();
    expect(a.body).toContain(synthArticle(7).paragraphs[1]);
  });

  test('--pretty indents one object; several inputs stay JSON Lines', () => {
    const pretty = runCli(['d/page.txt', '--pretty'], { cwd: work });
    const compact = runCli(['d/page.txt'], { cwd: work });
    expectExit(pretty, 0);
    expect(pretty.stdout).toMatch(/^\{\n {2}"schema": /);
    expect(parse(pretty.stdout)).toEqual(parse(compact.stdout));
    const several = runCli(['d/page.txt', 'd/page.html', '--pretty'], { cwd: work });
    expect(parseJsonl(several.stdout)).toHaveLength(2);
  });

  test('--format text treats an HTML-looking input as text', () => {
    const auto = parse(runCli(['d/page.html'], { cwd: work }).stdout);
    expect(auto.source.format).toBe('html');
    expect(auto.body).not.toContain('<p>');
    const r = runCli(['d/page.html', '--format', 'text'], { cwd: work });
    expect([0, 1]).toContain(r.code);
    if (r.code === 0) {
      const a = parse(r.stdout);
      expect(a.source.format).toBe('text');
      expect(a.body).toContain('<p>');
    } else {
      expect(lines(r.stderr).filter((l) => l.includes('page.html'))).toHaveLength(1);
    }
  });

  test('--explain adds "removed" with label, rule and text', () => {
    const plain = parse(runCli(['d/page.txt'], { cwd: work }).stdout);
    expect(plain).not.toHaveProperty('removed');
    const a = parse(runCli(['d/page.txt', '--explain'], { cwd: work }).stdout);
    expect(Array.isArray(a.removed)).toBe(true);
    expect(a.removed.length).toBeGreaterThan(0);
    for (const r of a.removed) {
      expect(typeof r.label).toBe('string');
      expect(typeof r.rule).toBe('string');
      expect(r.rule.length).toBeGreaterThan(0);
      expect(typeof r.text).toBe('string');
    }
    expect(a.removed).toContainEqual(expect.objectContaining({ label: 'related', text: 'Latest news' }));
  });
});

describe('--out-dir', () => {
  test('mirrors relative paths; a shared stem keeps each extension', () => {
    const out = path.join(tempDir('out'), 'clean');
    const r = runCli(['d', '--out-dir', out], { cwd: work });
    expectExit(r, 0);
    expect(r.stdout).toBe('');
    expect(listFiles(out)).toEqual(['nobyline.json', 'page.html.json', 'page.txt.json', 'skip/me.json', 'sub/deep.json']);
    for (const rel of listFiles(out)) {
      const a = parse(readFileSync(path.join(out, rel), 'utf8'));
      expect(a.schema).toBe(SCHEMA);
    }
    expect(parse(readFileSync(path.join(out, 'sub/deep.json'), 'utf8')).id).toBe('sub/deep.txt');
    expect(parse(readFileSync(path.join(out, 'page.html.json'), 'utf8')).source.format).toBe('html');
  });
});

describe('subcommands', () => {
  test('schema prints a JSON Schema with properties.headline', () => {
    const r = runCli(['schema']);
    expectExit(r, 0);
    const s = parse(r.stdout);
    expect(s.type).toBe('object');
    expect(s.properties.headline).toBeDefined();
    expect(s.properties.schema.const).toBe(SCHEMA);
  });

  test('validate: a good file exits 0, a broken one exits 1 naming the file and the zod path', () => {
    const dir = tempDir('validate');
    const good = parse(runCli(['d/page.txt'], { cwd: work }).stdout);
    writeFileSync(path.join(dir, 'good.json'), JSON.stringify(good));
    writeFileSync(path.join(dir, 'bad-headline.json'), JSON.stringify({ ...good, headline: 5 }));
    const { schema: _drop, ...noSchema } = good;
    writeFileSync(path.join(dir, 'no-schema.json'), JSON.stringify(noSchema));
    writeFileSync(path.join(dir, 'lines.jsonl'), `${JSON.stringify(good)}\n${JSON.stringify({ id: 'x', error: { code: 'empty', message: 'empty input' } })}\n`);

    const ok = runCli(['validate', 'good.json', 'lines.jsonl'], { cwd: dir });
    expectExit(ok, 0);

    const bad = runCli(['validate', 'good.json', 'bad-headline.json'], { cwd: dir });
    expectExit(bad, 1);
    const badLines = lines(bad.stderr).filter((l) => l.includes('bad-headline.json'));
    expect(badLines).toHaveLength(1);
    expect(badLines[0]).toMatch(/\bheadline\b/);
    expect(bad.stderr).not.toMatch(/good\.json/);

    const missing = runCli(['validate', 'no-schema.json'], { cwd: dir });
    expectExit(missing, 1);
    expect(lines(missing.stderr).find((l) => l.includes('no-schema.json'))).toMatch(/\bschema\b/);
  });

  test('explain prints one line per block with a label, plain when piped', () => {
    const r = runCli(['explain', 'd/page.txt'], { cwd: work });
    expectExit(r, 0);
    expect(r.stdout).not.toMatch(ANSI);
    const [head, ...blocks] = lines(r.stdout);
    expect(head).toContain('d/page.txt');
    expect(blocks.length).toBeGreaterThan(5);
    for (const l of blocks) expect(l).toMatch(LABEL_RE);
    const labels = blocks.map((l) => LABEL_RE.exec(l)![1]);
    expect(labels).toContain('headline');
    expect(labels).toContain('body');
    // one line per block: as many lines as the header announces, each paragraph on exactly one line
    expect(blocks).toHaveLength(Number(/(\d+) blocks/.exec(head!)?.[1]));
    for (const p of synthArticle(1).paragraphs) expect(blocks.filter((l) => l.includes(p.slice(0, 80)))).toHaveLength(1);
  });

  test('explain on a missing file: exit 1, one line naming it', () => {
    const r = runCli(['explain', 'd/nope.txt'], { cwd: work });
    expectExit(r, 1);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([expect.stringContaining('d/nope.txt')]);
  });
});

describe('colour', () => {
  test('piped output never carries ANSI escapes', () => {
    const r = runCli(['d/page.txt', 'nope.txt'], { cwd: work });
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stderr).not.toMatch(ANSI);
  });

  (HAS_SCRIPT ? test : test.skip)('on a terminal: colour by default, none with --no-color or NO_COLOR=1', () => {
    // the control: a terminal does get colour, so the checks below can fail
    expect(runOnTty(['explain', 'd/page.txt'], { cwd: work }).stdout).toMatch(ANSI);
    expect(runOnTty(['d/page.txt', 'nope.txt'], { cwd: work }).stdout).toMatch(ANSI);

    for (const args of [
      ['explain', '--no-color', 'd/page.txt'],
      ['--no-color', 'd/page.txt', 'nope.txt'],
      ['validate', '--no-color', 'nope.json'],
    ]) {
      const r = runOnTty(args, { cwd: work });
      expect(r.stdout).toMatch(/\S/);
      expect(r.stdout).not.toMatch(ANSI);
    }
    for (const args of [['explain', 'd/page.txt'], ['d/page.txt', 'nope.txt'], ['d'], ['validate', 'nope.json']]) {
      const r = runOnTty(args, { cwd: work, env: { NO_COLOR: '1' } });
      expect(r.stdout).toMatch(/\S/);
      expect(r.stdout).not.toMatch(ANSI);
    }
  });
});

describe('progress bar', () => {
  (HAS_SCRIPT ? test : test.skip)('on a terminal: drawn with --out-dir, not when the articles themselves go to the terminal', () => {
    const out = path.join(tempDir('progress'), 'out');
    expect(runOnTty(['d', '--out-dir', out], { cwd: work }).stdout).toContain('docs/s');
    const toTerminal = runOnTty(['d'], { cwd: work });
    expect(toTerminal.stdout).toContain('"schema"');
    expect(toTerminal.stdout).not.toContain('docs/s');
  });
});

describe('errors and exit codes', () => {
  test('a missing path: one line naming it, exit 1, the other files still cleaned', () => {
    const r = runCli(['d/page.txt', 'nope.txt', 'd/page.html'], { cwd: work });
    expectExit(r, 1);
    expect(parseJsonl(r.stdout).map((x) => x.id)).toEqual(['d/page.txt', 'd/page.html']);
    const mentions = lines(r.stderr).filter((l) => l.includes('nope.txt'));
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatch(/not-found|no such file/);
    expect(r.stderr).not.toMatch(STACK);
  });

  test('an unknown flag is a usage error: exit 2', () => {
    const r = runCli(['--bogus', 'd'], { cwd: work });
    expectExit(r, 2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--bogus');
  });

  test('bad flag values are usage errors: exit 2', () => {
    expectExit(runCli(['d', '--jobs', '0'], { cwd: work }), 2);
    expectExit(runCli(['d', '--format', 'xml'], { cwd: work }), 2);
    expectExit(runCli(['d', '--require', 'colour'], { cwd: work }), 2);
    expectExit(runCli([], { cwd: work }), 2);
    const file = runCli(['d', '--out-dir', 'd/page.txt'], { cwd: work });
    expectExit(file, 2);
    expect(file.stderr).not.toMatch(STACK);
    const jsonlOut = runCli(['--jsonl', '--out-dir', 'x'], { cwd: work, input: '{"text":"a"}\n' });
    expectExit(jsonlOut, 2);
    expect(jsonlOut.stderr).not.toMatch(STACK);
  });
});

describe('determinism and parallelism', () => {
  test('-j 1 and -j 4 give byte-identical stdout and --out-dir trees', () => {
    const one = runCli([many, '-j', '1']);
    const four = runCli([many, '-j', '4']);
    expectExit(one, 0);
    expectExit(four, 0);
    expect(parseJsonl(one.stdout)).toHaveLength(30);
    expect(Buffer.compare(one.stdoutBytes, four.stdoutBytes)).toBe(0);

    const base = tempDir('jobs');
    const o1 = path.join(base, 'o1');
    const o4 = path.join(base, 'o4');
    expectExit(runCli([many, '-j', '1', '--out-dir', o1]), 0);
    expectExit(runCli([many, '-j', '4', '--out-dir', o4]), 0);
    const h1 = hashTree(o1);
    expect(Object.keys(h1)).toHaveLength(30);
    expect(hashTree(o4)).toEqual(h1);
  });
});

describe('--jsonl', () => {
  test('one output line per input line, same order, failures as {id, error}', () => {
    const good = textDump(11);
    const input = [
      JSON.stringify({ id: 'a', text: good }),
      JSON.stringify({ id: 'b', html: htmlDump(12) }),
      'this is not json',
      JSON.stringify({ id: 'd', url: 'https://example.test/x' }),
      JSON.stringify({ id: 'e', text: '' }),
      '',
      JSON.stringify({ text: textDump(13) }),
    ].join('\n') + '\n';
    const r = runCli(['--jsonl', '-j', '1'], { input });
    expectExit(r, 1);
    const out = r.stdout.split('\n');
    expect(out.pop()).toBe('');
    expect(out).toHaveLength(7);
    const recs = out.map(parse);
    expect(recs[0]).toMatchObject({ schema: SCHEMA, id: 'a' });
    expect(recs[0]!.body).toContain(synthArticle(11).paragraphs[0]);
    expect(recs[1]).toMatchObject({ schema: SCHEMA, id: 'b', source: { format: 'html' } });
    for (const i of [2, 3, 4, 5]) {
      expect(Object.keys(recs[i]!).sort()).toEqual(['error', 'id']);
      expect(typeof recs[i]!.error.code).toBe('string');
      expect(typeof recs[i]!.error.message).toBe('string');
    }
    expect(recs[2]!.error.code).toBe('bad-record');
    expect(recs[3]).toMatchObject({ id: 'd', error: { code: 'bad-record' } });
    expect(recs[4]).toMatchObject({ id: 'e', error: { code: 'empty' } });
    expect(recs[6]).toMatchObject({ schema: SCHEMA });
    // the order does not depend on the number of workers
    const parallel = runCli(['--jsonl', '-j', '3'], { input });
    expect(Buffer.compare(parallel.stdoutBytes, r.stdoutBytes)).toBe(0);
  });

  test('a record far over --max-bytes fails on its own line without being held whole; the next record is cleaned', () => {
    const big = JSON.stringify({ id: 'big', text: 'word '.repeat(300_000) }); // 1.5 MB: over twice --max-bytes plus the 1 MB allowance
    const input = `${big}\n${JSON.stringify({ id: 'ok', text: textDump(16) })}\n`;
    const r = runCli(['--jsonl', '-j', '1', '--max-bytes', '100000'], { input });
    expectExit(r, 1);
    const recs = lines(r.stdout).map(parse);
    // The id is read from the head of the line, which is kept while the rest streams by.
    expect(recs.map((x) => x.id)).toEqual(['big', 'ok']);
    expect(recs[0]!.error.code).toBe('too-large');
    expect(recs[1]!.schema).toBe(SCHEMA);
  });

  test('records end at LF only: CRLF endings and a CR inside a record (JSON white space) keep one line per record', () => {
    const a = JSON.stringify({ id: 'a', text: textDump(14) }).replace('"text":', '\r"text":');
    const input = `${a}\r\n${JSON.stringify({ id: 'b', text: textDump(15) })}`; // no newline after the last record
    const r = runCli(['--jsonl', '-j', '1'], { input });
    expectExit(r, 0);
    expect(lines(r.stdout).map((l) => parse(l).id)).toEqual(['a', 'b']);
  });
});

describe('pipes', () => {
  test('`artclean DIR | head -1` ends quietly: no stack trace, no EPIPE', () => {
    for (const jobs of ['1', '2']) {
      const r = runShell(`${CLI} ${sh(many)} -j ${jobs} | head -1; exit \${PIPESTATUS[0]}`);
      expect(lines(r.stdout)).toHaveLength(1);
      expect(parse(r.stdout).schema).toBe(SCHEMA);
      expect(r.stderr).not.toMatch(STACK);
      expect(r.stderr).not.toMatch(/EPIPE|internal error/);
      expectExit(r, 0);
    }
  });
});

describe('quality gates and --report', () => {
  test('--min-words 100000 fails with reason "gate" in the report', () => {
    const report = path.join(tempDir('report'), 'r.json');
    const r = runCli(['d/page.txt', '--min-words', '100000', '--report', report], { cwd: work });
    expectExit(r, 1);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr).filter((l) => l.includes('d/page.txt'))).toHaveLength(1);
    const rep = parse(readFileSync(report, 'utf8'));
    expect(rep.inputs).toHaveLength(1);
    expect(rep.inputs[0]).toMatchObject({ id: 'd/page.txt', status: 'failed', reason: { code: 'gate' } });
    expect(rep.totals).toMatchObject({ inputs: 1, ok: 0, failed: 1 });
  });

  test('--require headline,authors fails a dump without a byline', () => {
    const without = runCli(['d/nobyline.txt', '--require', 'headline,authors'], { cwd: work });
    expectExit(without, 1);
    expect(without.stdout).toBe('');
    expect(without.stderr).toMatch(/nobyline\.txt.*\[gate\]/);
    const withByline = runCli(['d/page.txt', '--require', 'headline,authors'], { cwd: work });
    expectExit(withByline, 0);
  });

  test('--report writes totals and one entry per input', () => {
    const report = path.join(tempDir('report'), 'sub', 'r.json');
    const r = runCli(['d', 'nope.txt', '--report', report], { cwd: work });
    expectExit(r, 1);
    const rep = parse(readFileSync(report, 'utf8'));
    expect(rep.totals).toMatchObject({ inputs: 6, ok: 5, failed: 1 });
    expect(rep.interrupted).toBe(false);
    expect(rep.inputs).toHaveLength(6);
    const byId = Object.fromEntries((rep.inputs as Json[]).map((e) => [e.id, e]));
    expect(byId['nope.txt']).toMatchObject({ status: 'failed', reason: { code: 'not-found' } });
    expect(byId['page.html']).toMatchObject({ status: 'ok', reason: null });
  });
});

describe('--rules and config', () => {
  const promo = 'Zorblax weekly digest';
  let rulesDir: string;
  beforeAll(() => {
    rulesDir = tempDir('rules');
    writeTree(rulesDir, {
      'unknown.json': JSON.stringify({ boilerplate: [], colours: ['red'] }),
      'wrongtype.json': JSON.stringify({ boilerplate: 'x' }),
      'promo.json': JSON.stringify({ boilerplate: [{ id: 'my-promo', label: 'promo', match: 'line', patterns: [promo], reason: 'test' }] }),
      'promo-dump.txt': textDump(21, { extraLines: [promo] }),
    });
  });

  test('an unknown key is a usage error naming the key', () => {
    const r = runCli(['promo-dump.txt', '--rules', 'unknown.json'], { cwd: rulesDir });
    expectExit(r, 2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('colours');
  });

  test('a wrong type is a usage error naming the key', () => {
    const r = runCli(['promo-dump.txt', '--rules', 'wrongtype.json'], { cwd: rulesDir });
    expectExit(r, 2);
    expect(r.stderr).toContain('boilerplate');
  });

  test('a valid rules file adds a boilerplate phrase', () => {
    const before = runCli(['promo-dump.txt'], { cwd: rulesDir });
    expectExit(before, 0);
    expect(parse(before.stdout).body).toContain(promo);
    const after = runCli(['promo-dump.txt', '--rules', 'promo.json', '--explain'], { cwd: rulesDir });
    expectExit(after, 0);
    const a = parse(after.stdout);
    expect(a.body).not.toContain(promo);
    expect(a.body).toContain(synthArticle(21).paragraphs[4]);
    expect(a.removed).toContainEqual(expect.objectContaining({ label: 'promo', text: promo, rule: expect.stringContaining('my-promo') }));
    // options after a subcommand belong to it: `explain --rules` uses the rules file
    const explained = runCli(['explain', '--rules', 'promo.json', 'promo-dump.txt'], { cwd: rulesDir });
    expectExit(explained, 0);
    expect(lines(explained.stdout).find((l) => l.includes(promo))).toMatch(/^\s*\d+ promo\s+\S*my-promo/);
    expectExit(runCli(['explain', '--rules', 'unknown.json', 'promo-dump.txt'], { cwd: rulesDir }), 2);
  });

  test('artclean.config.json in the working directory sets options; a flag overrides it', () => {
    const dir = tempDir('config');
    writeTree(dir, { 'page.txt': textDump(31), 'artclean.config.json': JSON.stringify({ minWords: 100000 }) });
    const gated = runCli(['page.txt'], { cwd: dir });
    expectExit(gated, 1);
    expect(gated.stderr).toContain('[gate]');
    const overridden = runCli(['page.txt', '--min-words', '10'], { cwd: dir });
    expectExit(overridden, 0);
    expect(parse(overridden.stdout).schema).toBe(SCHEMA);
  });

  test('a config file with an unknown key is a usage error', () => {
    const dir = tempDir('config');
    writeTree(dir, { 'page.txt': textDump(32), 'artclean.config.json': JSON.stringify({ minwords: 10 }) });
    const r = runCli(['page.txt'], { cwd: dir });
    expectExit(r, 2);
    expect(r.stderr).toContain('minwords');
    expect(r.stdout).toBe('');
  });
});

describe('SIGINT', () => {
  test('Ctrl-C mid-run: exit 130, the report is written, every output is whole', async () => {
    const base = tempDir('sigint');
    const input = path.join(base, 'in');
    const out = path.join(base, 'out');
    const report = path.join(base, 'report.json');
    const files: Record<string, string> = {};
    for (let i = 0; i < 2000; i++) files[`f${i % 20}/doc-${String(i).padStart(4, '0')}.txt`] = textDump(1000 + i);
    writeTree(input, files);
    const before = hashTree(input);

    const run = spawnCli([input, '--out-dir', out, '--report', report, '-j', '2']);
    const anyOutput = (): boolean => existsSync(out) && readdirSync(out, { recursive: true }).some((f) => String(f).endsWith('.json'));
    const started = await waitFor(anyOutput, 60_000);
    expect(started).toBe(true);
    run.child.kill('SIGINT');
    const res = await run.exited;

    expectExit(res, 130);
    expect(res.stderr).not.toMatch(STACK);
    const rep = parse(readFileSync(report, 'utf8'));
    expect(rep.interrupted).toBe(true);
    const written = listFiles(out);
    expect(written.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const outputs = written.filter((f) => f.endsWith('.json'));
    expect(outputs.length).toBeGreaterThan(0);
    expect(outputs.length).toBeLessThan(2000);
    expect(rep.totals.ok).toBe(outputs.length);
    for (const f of outputs) expect(parse(readFileSync(path.join(out, f), 'utf8')).schema).toBe(SCHEMA);
    expect(hashTree(input)).toEqual(before);
  });
});
