/**
 * End-to-end: corners of the CLI contract a user hits by accident: stdin with --out-dir, two inputs
 * with one name, paths given as empty strings, a report path that cannot be written, a full
 * stdout, Ctrl-C while --jsonl waits for input, options before a subcommand, and diagnostics that
 * stay on one line.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { BIN, STACK, cleanEnv, expectExit, listFiles, removeTempDirs, runCli, runShell, CLI, sh, tempDir, writeTree } from './helpers/cli.js';
import { textDump } from './helpers/synth.js';

type Json = Record<string, any>;
const parse = (s: string): Json => JSON.parse(s) as Json;

afterAll(removeTempDirs);

describe('outputs are never lost', () => {
  test('stdin with --out-dir is written to OUT/stdin.json', () => {
    const out = path.join(tempDir('stdin-out'), 'out');
    const r = runCli(['-', '--out-dir', out], { input: textDump(1) });
    expectExit(r, 0);
    expect(listFiles(out)).toEqual(['stdin.json']);
    expect(parse(readFileSync(path.join(out, 'stdin.json'), 'utf8')).id).toBe('stdin');
  });

  test('two folders holding the same file name give two outputs and two ids', () => {
    const dir = tempDir('twins');
    writeTree(dir, { 'a/page.txt': textDump(2), 'b/page.txt': textDump(3) });
    const out = path.join(dir, 'out');
    expectExit(runCli(['a', 'b', '--out-dir', out], { cwd: dir }), 0);
    expect(listFiles(out)).toEqual(['a/page.json', 'b/page.json']);
    const ids = runCli(['a', 'b'], { cwd: dir }).stdout.trim().split('\n').map((l) => parse(l).id);
    expect(ids).toEqual(['a/page.txt', 'b/page.txt']);
  });

  test('two files outside the working directory with one name keep distinct ids', () => {
    const dir = tempDir('outside');
    writeTree(dir, { 'x/a/page.txt': textDump(4), 'x/b/page.txt': textDump(5), 'run/.keep': '' });
    const r = runCli(['../x/a/page.txt', '../x/b/page.txt'], { cwd: path.join(dir, 'run') });
    expectExit(r, 0);
    const ids = r.stdout.trim().split('\n').map((l) => parse(l).id);
    expect(new Set(ids).size).toBe(2);
  });

  test('"-" given twice is a usage error, not a second empty document', () => {
    const r = runCli(['-', '-'], { input: textDump(6) });
    expectExit(r, 2);
    expect(r.stderr).toContain('once');
  });
});

describe('empty and unusable paths are errors, found before any work', () => {
  test.each([
    [[''], 'empty string'],
    [['page.txt', '--out-dir', ''], '--out-dir'],
    [['page.txt', '--report', ''], '--report'],
    [['page.txt', '--rules', ''], '--rules'],
    [['page.txt', '--config', ''], '--config'],
  ])('%j is a usage error', (args, mention) => {
    const dir = tempDir('empty-arg');
    writeTree(dir, { 'page.txt': textDump(7) });
    const r = runCli(args, { cwd: dir });
    expectExit(r, 2);
    expect(r.stderr).toContain(mention);
    expect(r.stdout).toBe('');
  });

  test('a --report path that is a folder, or under a file, is a usage error before the run', () => {
    const dir = tempDir('report-path');
    writeTree(dir, { 'page.txt': textDump(8), 'rdir/.keep': '' });
    const isDir = runCli(['page.txt', '--report', 'rdir'], { cwd: dir });
    expectExit(isDir, 2);
    expect(isDir.stderr).toContain('--report rdir: is a folder');
    expect(isDir.stdout).toBe(''); // nothing was cleaned
    const underFile = runCli(['page.txt', '--report', 'page.txt/r.json'], { cwd: dir });
    expectExit(underFile, 2);
    expect(underFile.stderr).toContain('is not a folder');
  });

  test('an --out-dir under a file is a usage error', () => {
    const dir = tempDir('outdir-path');
    writeTree(dir, { 'page.txt': textDump(9) });
    const r = runCli(['page.txt', '--out-dir', 'page.txt/sub'], { cwd: dir });
    expectExit(r, 2);
    expect(r.stderr).toContain('is not a folder');
  });

  test('a folder with no input files fails like a glob that matches nothing', () => {
    const dir = tempDir('empty-folder');
    mkdirSync(path.join(dir, 'nothing'));
    writeFileSync(path.join(dir, 'nothing', 'data.csv'), 'a,b\n');
    const r = runCli(['nothing'], { cwd: dir });
    expectExit(r, 1);
    expect(r.stderr).toMatch(/nothing: no input files in this folder .*\[not-found\]/);
  });

  test('numbers are digits only', () => {
    const dir = tempDir('numbers');
    writeTree(dir, { 'page.txt': textDump(10) });
    for (const n of ['0x10', '1e2', ' 5']) expectExit(runCli(['page.txt', '-j', n], { cwd: dir }), 2);
  });
});

describe('folder filters', () => {
  test('--include "*.txt" matches at any depth; the default extensions match in any case', () => {
    const dir = tempDir('include');
    writeTree(dir, { 'g/a.txt': textDump(11), 'g/sub/b.txt': textDump(12), 'g/sub/C.HTML': textDump(13) });
    const txt = runCli(['g', '--include', '*.txt'], { cwd: dir });
    expectExit(txt, 0);
    expect(txt.stdout.trim().split('\n').map((l) => parse(l).id)).toEqual(['a.txt', 'sub/b.txt']);
    const all = runCli(['g'], { cwd: dir });
    expect(all.stdout.trim().split('\n').map((l) => parse(l).id)).toEqual(['a.txt', 'sub/C.HTML', 'sub/b.txt']);
  });

  test('folder filters read as .gitignore: "drafts/" at any depth, "/keep/k.txt" anchored to the folder', () => {
    const dir = tempDir('gitignore');
    writeTree(dir, { 'g/a.txt': textDump(21), 'g/drafts/b.txt': textDump(22), 'g/sub/drafts/c.txt': textDump(23), 'g/keep/k.txt': textDump(24), 'g/sub/keep/k.txt': textDump(25) });
    const ids = (args: string[]): string[] => runCli(['g', ...args, '-q'], { cwd: dir }).stdout.trim().split('\n').map((l) => parse(l).id);
    expect(ids(['--exclude', 'drafts/'])).toEqual(['a.txt', 'keep/k.txt', 'sub/keep/k.txt']);
    expect(ids(['--exclude', '/keep/k.txt'])).toEqual(['a.txt', 'drafts/b.txt', 'sub/drafts/c.txt', 'sub/keep/k.txt']);
    expect(ids(['--include', '/keep/k.txt'])).toEqual(['keep/k.txt']);
  });

  test('--require can be repeated: every field it names is required', () => {
    const dir = tempDir('require');
    writeTree(dir, { 'page.txt': textDump(14, { byline: false }) });
    const r = runCli(['page.txt', '--require', 'headline', '--require', 'authors'], { cwd: dir });
    expectExit(r, 1);
    expect(r.stderr).toContain('authors');
  });

  test('--no-quiet, --no-pretty and --no-explain override a config file that sets them', () => {
    const dir = tempDir('config-no');
    writeTree(dir, { 'artclean.config.json': JSON.stringify({ quiet: true, pretty: true, explain: true }), 'page.txt': textDump(26) });
    const asConfigured = runCli(['page.txt'], { cwd: dir });
    expect(asConfigured.stderr).not.toContain('cleaned');
    expect(asConfigured.stdout.startsWith('{\n')).toBe(true);
    expect(parse(asConfigured.stdout).removed).toBeDefined();
    const overridden = runCli(['page.txt', '--no-quiet', '--no-pretty', '--no-explain'], { cwd: dir });
    expect(overridden.stderr).toContain('1 cleaned');
    expect(overridden.stdout.startsWith('{"schema"')).toBe(true);
    expect(parse(overridden.stdout).removed).toBeUndefined();
  });

  test('paths in a config file are relative to the file', () => {
    const dir = tempDir('config-rel');
    const promo = 'Zorblax weekly digest';
    writeTree(dir, {
      'cfg/rules.json': JSON.stringify({ boilerplate: [{ id: 'cfg-promo', label: 'promo', match: 'line', patterns: [promo], reason: 'test' }] }),
      'cfg/artclean.config.json': JSON.stringify({ rules: 'rules.json' }),
      'work/page.txt': textDump(15, { extraLines: [promo] }),
    });
    const r = runCli(['page.txt', '--config', '../cfg/artclean.config.json'], { cwd: path.join(dir, 'work') });
    expectExit(r, 0);
    expect(parse(r.stdout).body).not.toContain(promo);
  });
});

describe('diagnostics', () => {
  test('a file name with a newline stays on one line of stderr', () => {
    const dir = tempDir('newline');
    writeFileSync(path.join(dir, 'bad\nname.txt'), '');
    const r = runCli(['bad\nname.txt'], { cwd: dir, env: { NO_COLOR: '1' } });
    expectExit(r, 1);
    const line = r.stderr.split('\n').find((l) => l.includes('[empty]'));
    expect(line).toBe('artclean: bad\\u000aname.txt: empty input [empty]');
  });

  test('a record id cannot write terminal escapes to stderr', () => {
    const record = JSON.stringify({ id: 'a\u001b[31mred', text: '' });
    const r = runCli(['--jsonl'], { input: record + '\n', env: { NO_COLOR: '1' } });
    expectExit(r, 1);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain('a\\u001b[31mred');
  });

  test('stdout that cannot be written ends the run with one line and exit 3', () => {
    const dir = tempDir('full');
    writeTree(dir, { 'page.txt': textDump(16) });
    if (!existsSync('/dev/full')) return; // Linux only
    for (const args of [['page.txt'], ['schema']]) {
      const r = runShell(`${CLI} ${args.map(sh).join(' ')} > /dev/full`, { cwd: dir });
      expectExit(r, 3);
      expect(r.stderr).not.toMatch(STACK);
      expect(r.stderr.trim()).toBe('artclean: cannot write to stdout (ENOSPC)');
    }
  });
});

describe('explain', () => {
  const promo = 'Zorblax weekly digest';
  test('takes options given before the subcommand, the config file, and "-" for stdin', () => {
    const dir = tempDir('explain');
    writeTree(dir, {
      'rules.json': JSON.stringify({ boilerplate: [{ id: 'ex-promo', label: 'promo', match: 'line', patterns: [promo], reason: 'test' }] }),
      'page.txt': textDump(17, { extraLines: [promo] }),
    });
    const promoLine = (out: string): string | undefined => out.split('\n').find((l) => l.includes(promo));
    const before = runCli(['--rules', 'rules.json', 'explain', 'page.txt'], { cwd: dir });
    expectExit(before, 0);
    expect(promoLine(before.stdout)).toMatch(/^\s*\d+ promo\s+\S*ex-promo/);
    writeFileSync(path.join(dir, 'artclean.config.json'), JSON.stringify({ rules: 'rules.json' }));
    const fromConfig = runCli(['explain', '-'], { cwd: dir, input: readFileSync(path.join(dir, 'page.txt')) });
    expectExit(fromConfig, 0);
    expect(fromConfig.stdout.split('\n')[0]).toMatch(/^# - \(text/);
    expect(promoLine(fromConfig.stdout)).toMatch(/^\s*\d+ promo\s+\S*ex-promo/);
  });

  test('an empty file fails as it does when cleaned', () => {
    const dir = tempDir('explain-empty');
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const r = runCli(['explain', 'empty.txt'], { cwd: dir });
    expectExit(r, 1);
    expect(r.stderr).toContain('[empty]');
  });
});

describe('validate', () => {
  test('reads "-" from stdin', () => {
    const cleaned = runCli(['-'], { input: textDump(19) });
    expectExit(cleaned, 0);
    const ok = runCli(['validate', '-'], { input: cleaned.stdout });
    expectExit(ok, 0);
    expect(ok.stderr).toContain('1 valid, 0 invalid');
    const bad = runCli(['validate', '-'], { input: JSON.stringify({ ...parse(cleaned.stdout), published: '2024-99-99' }) });
    expectExit(bad, 1);
    expect(bad.stderr).toContain('published');
  });
});

describe('Ctrl-C while --jsonl waits for input', () => {
  test('stops promptly with exit 130 and keeps the lines already written', async () => {
    const child = spawn(process.execPath, [BIN, '--jsonl', '-j', '1'], { env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    child.stdin.write(JSON.stringify({ id: 'one', text: textDump(18) }) + '\n'); // stdin stays open
    const deadline = Date.now() + 60_000;
    while (!stdout.includes('\n') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    // No timing assertion: the run must end without stdin being closed; jest's timeout guards a hang.
    const code = await exited;
    expect(code).toBe(130);
    expect(stderr).not.toMatch(STACK);
    expect(parse(stdout.trim()).id).toBe('one');
    child.stdin.destroy();
  });
});

describe('a user\'s files are never overwritten (second audit)', () => {
  test('--report taken for a switch does not eat the dump after it', () => {
    const dir = tempDir('report-switch');
    writeTree(dir, { 'page1.txt': textDump(30), 'page2.txt': textDump(31) });
    const before = readFileSync(path.join(dir, 'page1.txt'), 'utf8');
    const r = runCli(['--report', 'page1.txt', 'page2.txt'], { cwd: dir });
    expectExit(r, 2);
    expect(r.stderr).toContain('not an artclean report');
    expect(readFileSync(path.join(dir, 'page1.txt'), 'utf8')).toBe(before);
  });

  test('an empty file made for the report (mktemp) is used', () => {
    const dir = tempDir('report-empty');
    writeTree(dir, { 'page.txt': textDump(27), 'empty.json': '' });
    expectExit(runCli(['page.txt', '--report', 'empty.json', '-q'], { cwd: dir }), 0);
    expect(parse(readFileSync(path.join(dir, 'empty.json'), 'utf8')).schema).toBe('artclean/report@1');
  });

  test('a report replaces an earlier report', () => {
    const dir = tempDir('report-again');
    writeTree(dir, { 'page.txt': textDump(32) });
    expectExit(runCli(['page.txt', '--report', 'run.json', '-q'], { cwd: dir }), 0);
    expectExit(runCli(['page.txt', '--report', 'run.json', '-q'], { cwd: dir }), 0);
  });

  test('the report is never an output file', () => {
    const dir = tempDir('report-output');
    writeTree(dir, { 'page.txt': textDump(33) });
    const r = runCli(['page.txt', '-o', 'out', '--report', 'out/page.json'], { cwd: dir });
    expectExit(r, 2);
    expect(r.stderr).toContain('where an output is written');
  });

  test('an out-dir given through a symbolic link to the input folder does not overwrite a user\'s JSON file', () => {
    const dir = tempDir('out-link');
    writeTree(dir, { 'in/page': textDump(34), 'in/page.json': '{"mine": true}\n' });
    symlinkSync("in", path.join(dir, "link"));
    const r = runCli(['in', '--include', '*', '-o', 'link'], { cwd: dir });
    expectExit(r, 1);
    expect(r.stderr).toContain('would-overwrite');
    expect(readFileSync(path.join(dir, 'in', 'page.json'), 'utf8')).toBe('{"mine": true}\n');
  });

  test('a second run into the input folder refreshes its own outputs', () => {
    const dir = tempDir('rerun');
    writeTree(dir, { 'in/page1': textDump(35) });
    expectExit(runCli(['in', '--include', '*', '-o', 'in', '-q'], { cwd: dir }), 0);
    expectExit(runCli(['in', '--include', '*', '-o', 'in', '-q'], { cwd: dir }), 0);
    expect(listFiles(path.join(dir, 'in'))).toEqual(['page1', 'page1.json']);
  });

  test('when two folders share a name, every output keeps its folder', () => {
    const dir = tempDir('mirror');
    writeTree(dir, { 'x1/page.txt': textDump(36), 'x1/page.html': `<html><body><article><h1>Harbour news</h1><p>${textDump(37).split('\n').join('</p><p>')}</p></article></body></html>`, 'x2/page.txt': textDump(38) });
    expectExit(runCli(['x1', 'x2', '-o', 'out', '-q'], { cwd: dir }), 0);
    expect(listFiles(path.join(dir, 'out'))).toEqual(['x1/page.html.json', 'x1/page.txt.json', 'x2/page.json']);
  });
});

describe('usage errors (second audit)', () => {
  test.each([
    [['page.txt', '--include', ''], '--include'],
    [['page.txt', '--exclude', ''], '--exclude'],
    [['page.txt', '--require', ''], '--require'],
    [['page.txt', '--require', ',,'], '--require'],
  ])('%p is refused', (args, flag) => {
    const r = runCli(args);
    expectExit(r, 2);
    expect(r.stderr).toContain(flag);
    expect(r.stderr).not.toMatch(STACK);
  });

  test('an unknown option is one line that starts with the program name', () => {
    const r = runCli(['--bogus']);
    expectExit(r, 2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^artclean: unknown option '--bogus'/);
  });

  test('a --rules regex that can backtrack exponentially is refused', () => {
    const dir = tempDir('redos');
    writeTree(dir, { 'r.json': JSON.stringify({ boilerplate: [{ id: 'slow', label: 'promo', match: 'regex', patterns: ['(a+)+$'], reason: 'test' }] }), 'page.txt': textDump(39) });
    const r = runCli(['page.txt', '--rules', 'r.json'], { cwd: dir });
    expectExit(r, 2);
    expect(r.stderr).toContain('exponential');
  });

  test('after "--", a file named like a subcommand is a path', () => {
    const dir = tempDir('dashdash');
    writeTree(dir, { 'schema/page.txt': textDump(40) });
    const r = runCli(['--', 'schema'], { cwd: dir });
    expectExit(r, 0);
    expect(parse(r.stdout).id).toBe('page.txt');
  });
});

describe('--jsonl records (second audit)', () => {
  test('a numeric id keeps its digits; a too-large record keeps its id', () => {
    const input = [
      `{"id":1234567890123456789,"text":${JSON.stringify(textDump(41))}}`,
      `{"id":"huge","text":"${'x'.repeat(30_000)}"}`,
    ].join('\n');
    const r = runCli(['--jsonl', '-j', '1', '--max-bytes', '5000'], { input });
    const lines = r.stdout.trim().split('\n').map(parse);
    expect(lines[0]!.id).toBe('1234567890123456789');
    expect(lines[1]).toMatchObject({ id: 'huge', error: { code: 'too-large' } });
  });

  test('a line with stray latin-1 bytes is read as windows-1252, with a warning', () => {
    const record = Buffer.from(JSON.stringify({ id: 'l1', text: `By Zoë Müller\n${textDump(42)}` }), 'latin1');
    const r = runCli(['--jsonl', '-j', '1'], { input: Buffer.concat([record, Buffer.from('\n')]) });
    const out = parse(r.stdout.trim());
    expect(out.authors).toEqual(['Zoë Müller']);
    expect(out.warnings.join(' ')).toContain('invalid UTF-8');
  });

  test('`schema --jsonl` describes error lines too, and validate knows the error codes', () => {
    const schema = parse(runCli(['schema', '--jsonl']).stdout);
    expect(JSON.stringify(schema)).toContain('too-large');
    const bad = runCli(['validate', '-'], { input: '{"id":"x","error":{"code":"nonsense","message":"m"}}\n' });
    expectExit(bad, 1);
  });
});

describe('signals (second audit)', () => {
  test('SIGTERM ends a batch like Ctrl-C: whole outputs, a report, exit 143', async () => {
    const dir = tempDir('sigterm');
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`in/p${String(i).padStart(3, '0')}.txt`] = textDump(100 + i);
    writeTree(dir, files);
    const child = spawn(process.execPath, [BIN, 'in', '-o', 'out', '--report', 'run.json', '-j', '1', '-q'], { cwd: dir, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const deadline = Date.now() + 60_000;
    while (!existsSync(path.join(dir, 'out')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGTERM');
    const code = await exited;
    expect(code === 143 || code === 0).toBe(true); // 0 only if the batch finished before the signal
    const report = parse(readFileSync(path.join(dir, 'run.json'), 'utf8'));
    expect(report.interrupted).toBe(code === 143);
    expect(listFiles(path.join(dir, 'out')).every((f) => f.endsWith('.json'))).toBe(true);
  });
});
