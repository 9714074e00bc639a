/**
 * Running the BUILT binary (`npm run build` first; `npm test` does it) and the file-system chores
 * around it: temporary folders under os.tmpdir(), trees of generated files, hashing, polling.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(ROOT, 'bin', 'artclean');

if (!existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) {
  throw new Error('dist/ is missing: run `npm run build` before these tests (npm test does)');
}

/** ANSI escape introducer (CSI); none may appear with --no-color, NO_COLOR=1, or when piped. */
export const ANSI = /\x1b\[/;
/** What a stack trace or an unhandled Node error looks like on stderr. */
export const STACK = /\n\s+at [^\n]+[(:]\d+|Unhandled|ERR_UNHANDLED|EPIPE|RangeError|Maximum call stack/;

/** The environment of a run: colour forcing from the test runner removed. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['NO_COLOR'];
  delete env['FORCE_COLOR'];
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
}

/** Run a program to completion with the test environment, and collect its output. */
function runSync(file: string, args: string[], opts: RunOptions): RunResult {
  const r = spawnSync(file, args, {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    env: cleanEnv(opts.env),
    maxBuffer: 256 * 1024 * 1024,
    timeout: opts.timeoutMs ?? 100_000,
  });
  if (r.error) throw r.error;
  return { code: r.status, signal: r.signal, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), stdoutBytes: r.stdout };
}

/** Run `node bin/artclean ...args` to completion. */
export function runCli(args: string[], opts: RunOptions = {}): RunResult {
  return runSync(process.execPath, [BIN, ...args], opts);
}

/** Run a shell command line (bash) to completion, e.g. a pipe into `head`. */
export function runShell(command: string, opts: RunOptions = {}): RunResult {
  return runSync('bash', ['-c', command], opts);
}

/** Quote for bash. */
export const sh = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** The command that runs the binary, for shell lines. */
export const CLI = `${sh(process.execPath)} ${sh(BIN)}`;

/** util-linux `script` gives a child a pseudo-terminal (to see what a TTY user would see). */
export const HAS_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

/** Run the binary on a pseudo-terminal (stdout and stderr both land in the returned text). */
export function runOnTty(args: string[], opts: RunOptions = {}): RunResult {
  const line = [CLI, ...args.map(sh)].join(' ');
  return runShell(`script -qec ${sh(line)} /dev/null`, opts);
}

export interface Spawned {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }>;
}

/** Start the binary without waiting (for signals). */
export function spawnCli(args: string[], opts: RunOptions = {}): Spawned {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: cleanEnv(opts.env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr, stdout }));
  });
  return { child, exited };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Poll until `check` returns true (or give up after `timeoutMs`; returns whether it became true). */
export async function waitFor(check: () => boolean, timeoutMs = 60_000, everyMs = 20): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (check()) return true;
    await sleep(everyMs);
  }
  return check();
}

export { sleep };

// ---------------------------------------------------------------------------------------------
// Temporary folders and trees
// ---------------------------------------------------------------------------------------------

const made: string[] = [];

/** A fresh folder under os.tmpdir(); removed by removeTempDirs(). */
export function tempDir(label = 't'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `artclean-${label}-`));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Write files given as { 'rel/path': content } under dir. */
export function writeTree(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, ...rel.split('/'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/** Every file under dir (recursive, symbolic links not followed), as sorted posix relative paths. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), rel);
      else if (e.isFile()) out.push(rel);
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return out.sort();
}

/** rel path → sha256 of content, for every file under dir. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of listFiles(dir)) out[rel] = createHash('sha256').update(readFileSync(path.join(dir, rel))).digest('hex');
  return out;
}

/** Non-empty lines of a text. */
export const lines = (s: string): string[] => s.split('\n').filter((l) => l.trim() !== '');

/** Parse JSON Lines (every non-empty line must parse). */
export const parseJsonl = (s: string): Array<Record<string, unknown>> => lines(s).map((l) => JSON.parse(l) as Record<string, unknown>);

/** Assert an exit code; on a mismatch the error shows stderr (the reason is usually there). */
export function expectExit(r: Pick<RunResult, 'code' | 'signal' | 'stderr'>, code: number): void {
  if (r.code !== code) throw new Error(`expected exit ${code}, got ${r.code}${r.signal ? ` (signal ${r.signal})` : ''}\n--- stderr ---\n${r.stderr.slice(0, 4000)}`);
}
