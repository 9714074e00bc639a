/**
 * "Never lose data" on the file system: symbolic link loops, unreadable and missing paths, an
 * output folder inside (or equal to) the input folder, outputs that would overwrite inputs, and
 * inputs that are never written to.
 */
import { chmodSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { STACK, expectExit, hashTree, lines, listFiles, parseJsonl, removeTempDirs, runCli, tempDir, writeTree } from '../helpers/cli.js';
import { htmlDump, synthArticle, textDump } from '../helpers/synth.js';

type Json = Record<string, any>;
const SCHEMA = 'artclean/article@1';
const isRoot = process.getuid?.() === 0;

afterAll(removeTempDirs);

describe('folders', () => {
  test('a symbolic link loop: the run completes and the files are cleaned', () => {
    const dir = tempDir('loop');
    writeTree(dir, { 'a.txt': textDump(80), 'sub/b.txt': textDump(81), 'sub/deeper/c.html': htmlDump(82) });
    symlinkSync(dir, path.join(dir, 'loop'));
    symlinkSync(path.join(dir, 'sub'), path.join(dir, 'sub', 'deeper', 'up'));
    symlinkSync('self.txt', path.join(dir, 'self.txt')); // a link to itself
    const r = runCli([dir, '-j', '2'], { timeoutMs: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.stderr).not.toMatch(STACK);
    // links to folders are not followed; the self-link is listed, cannot be read, and says so
    expectExit(r, 1);
    const ids = parseJsonl(r.stdout).map((a) => a.id);
    expect(ids).toEqual(['a.txt', 'sub/b.txt', 'sub/deeper/c.html']);
    const loopLines = lines(r.stderr).filter((l) => l.includes('self.txt'));
    expect(loopLines).toHaveLength(1);
    expect(loopLines[0]).toContain('symbolic link loop [unreadable]');
    // a looping link named on the command line is one failed input, not a crash
    const direct = runCli([path.join(dir, 'self.txt'), path.join(dir, 'a.txt')]);
    expectExit(direct, 1);
    expect(parseJsonl(direct.stdout)).toHaveLength(1);
    expect(lines(direct.stderr).filter((l) => l.includes('self.txt'))).toHaveLength(1);
  });

  test('symbolic links to files are inputs; a broken one is reported; links to folders are not followed', () => {
    const dir = tempDir('links');
    const elsewhere = tempDir('links-target');
    writeTree(elsewhere, { 'kept.html': htmlDump(86), 'inner/deep.txt': textDump(87) });
    writeTree(dir, { 'a.txt': textDump(85) });
    symlinkSync(path.join(elsewhere, 'kept.html'), path.join(dir, 'linked.html'));
    symlinkSync(path.join(elsewhere, 'missing.txt'), path.join(dir, 'broken.txt'));
    symlinkSync(path.join(elsewhere, 'inner'), path.join(dir, 'inner'));
    for (const args of [[dir], [path.join(dir, '*')]]) {
      const r = runCli([...args, '-j', '1']);
      expect(r.stderr).not.toMatch(STACK);
      expectExit(r, 1);
      expect(parseJsonl(r.stdout).map((a) => path.basename(a.id))).toEqual(['a.txt', 'linked.html']);
      const broken = lines(r.stderr).filter((l) => l.includes('broken.txt'));
      expect(broken).toHaveLength(1);
      expect(broken[0]).toContain('broken symbolic link [not-found]');
      expect(r.stderr).not.toContain('deep.txt');
    }
  });

  test('an unreadable file fails on its own line; the rest is cleaned', () => {
    const dir = tempDir('unreadable');
    writeTree(dir, { 'locked.txt': textDump(83), 'open.txt': textDump(84) });
    chmodSync(path.join(dir, 'locked.txt'), 0o000);
    try {
      const r = runCli(['locked.txt', 'open.txt'], { cwd: dir });
      expect(r.stderr).not.toMatch(STACK);
      const docs = parseJsonl(r.stdout);
      expect(docs.map((a) => a.id)).toContain('open.txt');
      if (!isRoot) {
        // root reads anything: only an ordinary user can see the permission error
        expectExit(r, 1);
        expect(docs.map((a) => a.id)).toEqual(['open.txt']);
        const mentions = lines(r.stderr).filter((l) => l.includes('locked.txt'));
        expect(mentions).toHaveLength(1);
        expect(mentions[0]).toContain('[unreadable]');
      }
    } finally {
      chmodSync(path.join(dir, 'locked.txt'), 0o644);
    }
  });

  test('a folder that cannot be listed is reported, not silently skipped', () => {
    const dir = tempDir('lockeddir');
    writeTree(dir, { 'open.txt': textDump(96), 'closed/inside.txt': textDump(97) });
    chmodSync(path.join(dir, 'closed'), 0o000);
    try {
      const r = runCli(['.'], { cwd: dir });
      expect(r.stderr).not.toMatch(STACK);
      const ids = parseJsonl(r.stdout).map((a) => a.id);
      expect(ids).toContain('open.txt');
      if (!isRoot) {
        expectExit(r, 1);
        expect(ids).toEqual(['open.txt']);
        expect(lines(r.stderr).filter((l) => l.includes('closed'))).toEqual([expect.stringContaining('[unreadable]')]);
      } else {
        expect(ids).toEqual(['closed/inside.txt', 'open.txt']);
      }
    } finally {
      chmodSync(path.join(dir, 'closed'), 0o755);
    }
  });

  test('a path that does not exist, and a glob that matches nothing', () => {
    const dir = tempDir('missing');
    writeTree(dir, { 'here.txt': textDump(85) });
    const r = runCli(['nowhere/at-all.txt', 'here.txt', 'nothing-*.html'], { cwd: dir });
    expectExit(r, 1);
    expect(parseJsonl(r.stdout).map((a) => a.id)).toEqual(['here.txt']);
    expect(lines(r.stderr).filter((l) => l.includes('nowhere/at-all.txt'))).toEqual([expect.stringContaining('[not-found]')]);
    expect(lines(r.stderr).filter((l) => l.includes('nothing-*.html'))).toEqual([expect.stringContaining('[not-found]')]);
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe('outputs and inputs', () => {
  test('--out-dir inside the input folder: a second run does not read its own outputs back', () => {
    const dir = tempDir('inside');
    writeTree(dir, { 'a.txt': textDump(86), 'b.html': htmlDump(87), 'sub/c.txt': textDump(88) });
    const before = hashTree(dir);
    const out = path.join(dir, 'clean');
    for (const include of [[], ['--include', '**/*']]) {
      for (let run = 0; run < 2; run++) {
        const r = runCli([dir, '--out-dir', out, ...include]);
        expectExit(r, 0);
        expect(listFiles(out)).toEqual(['a.json', 'b.json', 'sub/c.json']);
      }
    }
    const after = hashTree(dir);
    for (const [rel, hash] of Object.entries(before)) expect(after[rel]).toBe(hash);
    // the same with a relative --out-dir, from inside the folder
    const rel = runCli(['.', '--out-dir', 'clean', '--include', '**/*'], { cwd: dir });
    expectExit(rel, 0);
    expect(listFiles(out)).toEqual(['a.json', 'b.json', 'sub/c.json']);
  });

  test('--out-dir equal to the input folder: inputs are still cleaned, not skipped', () => {
    const dir = tempDir('same');
    writeTree(dir, { 'a.txt': textDump(89), 'sub/b.txt': textDump(90) });
    const before = hashTree(dir);
    const r = runCli([dir, '--out-dir', dir]);
    expectExit(r, 0);
    expect(listFiles(dir)).toEqual(['a.json', 'a.txt', 'sub/b.json', 'sub/b.txt']);
    expect(JSON.parse(readFileSync(path.join(dir, 'sub/b.json'), 'utf8')).schema).toBe(SCHEMA);
    expect(hashTree(dir)['a.txt']).toBe(before['a.txt']);
  });

  test('an output that would overwrite an input is refused (would-overwrite), the input unchanged', () => {
    const dir = tempDir('overwrite');
    // x.json is an input (a text dump that happens to be named .json): its mirrored output is x.json itself
    writeTree(dir, { 'x.json': textDump(91), 'a.txt': textDump(92) });
    const before = hashTree(dir);
    const r = runCli([dir, '--include', '**/*', '--out-dir', dir]);
    expectExit(r, 1);
    const mentions = lines(r.stderr).filter((l) => l.includes('x.json'));
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toContain('[would-overwrite]');
    expect(readFileSync(path.join(dir, 'x.json'), 'utf8')).toBe(textDump(91));
    expect(hashTree(dir)['x.json']).toBe(before['x.json']);
    // the other input is still cleaned
    expect(JSON.parse(readFileSync(path.join(dir, 'a.json'), 'utf8')).body).toContain(synthArticle(92).paragraphs[0]);

    // the same through a glob, with the output folder as the working directory
    const g = runCli(['*', '--out-dir', '.'], { cwd: dir });
    expectExit(g, 1);
    expect(g.stderr).toMatch(/x\.json: .*\[would-overwrite\]/);
    expect(hashTree(dir)['x.json']).toBe(before['x.json']);
    expect(g.stderr).not.toMatch(STACK);
  });

  test('two inputs whose outputs would collide get distinct output files', () => {
    const dir = tempDir('collide');
    // a.txt and a.html share the stem "a" (→ a.txt.json, a.html.json); a.txt.md would naively become a.txt.json too
    writeTree(dir, { 'in/a.txt': textDump(93), 'in/a.html': htmlDump(94), 'in/a.txt.md': textDump(95) });
    const out = path.join(dir, 'out');
    const r = runCli([path.join(dir, 'in'), '--out-dir', out]);
    expectExit(r, 0);
    const files = listFiles(out);
    expect(files).toHaveLength(3);
    const ids = files.map((f) => JSON.parse(readFileSync(path.join(out, f), 'utf8')).id as string).sort();
    expect(ids).toEqual(['a.html', 'a.txt', 'a.txt.md']);
  });

  test('inputs are never modified by a run (every mode)', () => {
    const dir = tempDir('pristine');
    const files: Record<string, string | Buffer> = { 'empty.txt': '', 'bin.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) };
    for (let i = 0; i < 12; i++) files[`s${i % 3}/doc${i}.${i % 2 ? 'html' : 'txt'}`] = i % 2 ? htmlDump(200 + i) : textDump(200 + i);
    writeTree(dir, files);
    const before = hashTree(dir);
    const out = path.join(dir, 'out');
    expect([0, 1]).toContain(runCli([dir, '--out-dir', out, '-j', '2']).code);
    expect([0, 1]).toContain(runCli([dir, '--explain', '--pretty']).code);
    expect([0, 1]).toContain(runCli(['validate', path.join(dir, 's0', 'doc0.txt')]).code);
    expect([0, 1]).toContain(runCli(['explain', path.join(dir, 's1', 'doc1.html')]).code);
    const after = hashTree(dir);
    for (const [rel, hash] of Object.entries(before)) expect(after[rel]).toBe(hash);
    expect(Object.keys(after).filter((f) => !f.startsWith('out/')).sort()).toEqual(Object.keys(before).sort());
  });
});
