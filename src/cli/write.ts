/**
 * The output edge. Files are written atomically (a temporary file in the same folder, then a
 * rename), so a reader or a killed run never sees half a JSON file. stdout is written with
 * backpressure, and a closed pipe (`artclean dir | head -1`) ends the run quietly.
 */
import { accessSync, closeSync, constants, mkdirSync, openSync, readSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../result.js';

let tmpCounter = 0;

/** Write a file atomically. The temporary name ends in .tmp so no folder run mistakes it for output. */
export function writeAtomic(file: string, data: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++tmpCounter}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'wx');
    writeSync(fd, data);
    // No fsync: the rename is what makes the file appear whole or not at all (a killed run leaves
    // no partial output). An fsync per file would only add power-loss durability, at ~1 ms a file.
    closeSync(fd);
    fd = null;
    renameSync(tmp, file);
  } catch (err) {
    if (fd !== null) closeSync(fd);
    rmSync(tmp, { force: true });
    // Name the file the user asked for, not the temporary one.
    const e = err as NodeJS.ErrnoException;
    throw Object.assign(new Error(`cannot write ${file} (${e.code ?? e.message})`), { code: e.code, syscall: e.syscall });
  }
}

/**
 * Checks, before any work, that `target` can be created: a file (--report) or a folder
 * (--out-dir). Its nearest existing ancestor must be a folder we may write in, and the target
 * itself must not be a folder (a file) or a file (a folder). A usage error names the flag.
 */
export function checkWritableTarget(flag: string, shown: string, target: string, kind: 'file' | 'folder'): void {
  const fail = (why: string): never => {
    throw new UsageError(`${flag} ${shown}: ${why}`);
  };
  const existing = (p: string): ReturnType<typeof statSync> | null => {
    try {
      return statSync(p);
    } catch {
      return null;
    }
  };
  const st = existing(target);
  if (st && kind === 'file' && st.isDirectory()) fail('is a folder');
  if (st && kind === 'folder' && !st.isDirectory()) fail('exists and is not a folder');
  let dir = st && kind === 'folder' ? target : path.dirname(target);
  for (;;) {
    const d = existing(dir);
    if (d) {
      if (!d.isDirectory()) fail(`${dir} is not a folder`);
      try {
        accessSync(dir, constants.W_OK);
      } catch {
        fail(`cannot write in ${dir} (permission denied)`);
      }
      return;
    }
    const up = path.dirname(dir);
    if (up === dir) return;
    dir = up;
  }
}

/**
 * Output file for each input: dir/page.txt → OUT/dir/page.json; when two inputs would share a
 * stem, each keeps its extension (page.txt.json, page.html.json).
 */
export function outputPaths(rels: string[], outDir: string): string[] {
  const stem = (rel: string): string => rel.replace(/\.[^./]+$/, '');
  const count = new Map<string, number>();
  for (const r of rels) count.set(stem(r), (count.get(stem(r)) ?? 0) + 1);
  // Inputs that keep their extension: those sharing a stem, plus any whose short name would still
  // collide with another output ("a.txt.md" → a.txt.json next to "a.txt" → a.txt.json). Full names
  // are unique, so this settles.
  const full = new Set(rels.filter((r) => (count.get(stem(r)) ?? 0) > 1));
  for (;;) {
    const names = rels.map((r) => (full.has(r) ? r : stem(r)));
    const seen = new Map<string, number>();
    for (const n of names) seen.set(n, (seen.get(n) ?? 0) + 1);
    const clash = rels.filter((r, i) => !full.has(r) && (seen.get(names[i]!) ?? 0) > 1);
    if (!clash.length) return names.map((n) => path.join(outDir, ...n.split('/')) + '.json');
    for (const r of clash) full.add(r);
  }
}

/**
 * The path `p` will have once created, with every symbolic link resolved: the real path of its
 * nearest existing ancestor plus the rest. Two spellings of one file (a link to the input folder
 * given as --out-dir) compare equal this way.
 */
export function realTarget(p: string): string {
  const rest: string[] = [];
  let at = path.resolve(p);
  for (;;) {
    try {
      return path.join(realpathSync(at), ...rest.reverse());
    } catch {
      const up = path.dirname(at);
      if (up === at) return path.resolve(p);
      rest.push(path.basename(at));
      at = up;
    }
  }
}

/**
 * Is there a file at `file` that artclean did not write? Its first bytes must name `schema` (the
 * output's or the report's) for artclean to replace it: a user's own file is never overwritten.
 */
export function foreignFile(file: string, schema: string): boolean {
  let fd: number;
  try {
    const st = statSync(file);
    // A folder in the way fails at the write, with its own reason; an empty file (`--report "$(mktemp)"`) holds nothing to lose.
    if (!st.isFile() || st.size === 0) return false;
    fd = openSync(file, 'r');
  } catch {
    return false; // nothing there (or unreadable: the write will say so)
  }
  try {
    const head = Buffer.alloc(256);
    const n = readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, n).toString('utf8');
    return !new RegExp(`^\\s*\\{\\s*"schema"\\s*:\\s*"${schema.replace(/[/.@]/g, '\\$&')}"`).test(text);
  } finally {
    closeSync(fd);
  }
}

/** Raised when stdout's reader went away; the run stops quietly. */
export class ClosedPipe extends Error {}

/** Raised when stdout cannot be written (a full disk, /dev/full): the run stops with one line, exit 3. */
export class StdoutFailed extends Error {}

let pipeClosed = false;
let stdoutError: NodeJS.ErrnoException | null = null;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') pipeClosed = true;
  else stdoutError ??= err;
});

function throwIfFailed(): void {
  if (stdoutError) throw new StdoutFailed(`cannot write to stdout (${stdoutError.code ?? stdoutError.message})`);
  if (pipeClosed) throw new ClosedPipe('stdout closed');
}

/** Write to stdout, waiting for drain when the buffer is full. */
export async function writeStdout(text: string): Promise<void> {
  throwIfFailed();
  const okToContinue = process.stdout.write(text);
  if (!okToContinue) {
    await new Promise<void>((resolve) => {
      const done = (): void => {
        process.stdout.off('drain', done);
        process.stdout.off('close', done);
        process.stdout.off('error', done);
        resolve();
      };
      process.stdout.once('drain', done);
      process.stdout.once('close', done);
      process.stdout.once('error', done);
    });
  }
  // A write to a file or a full device fails after the call: give its error event a turn.
  await new Promise((r) => setImmediate(r));
  throwIfFailed();
}

export function stdoutClosed(): boolean {
  return pipeClosed;
}
