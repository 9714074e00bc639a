/**
 * The output edge. Files are written atomically (a temporary file in the same folder, fsync,
 * rename), so a reader or a killed run never sees half a JSON file. stdout is written with
 * backpressure, and a closed pipe (`artclean dir | head -1`) ends the run quietly.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

let tmpCounter = 0;

/** Write a file atomically. The temporary name ends in .tmp so no folder run mistakes it for output. */
export function writeAtomic(file: string, data: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++tmpCounter}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'wx');
    writeSync(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(tmp, file);
  } catch (err) {
    if (fd !== null) closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
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
  return rels.map((r) => path.join(outDir, ...((count.get(stem(r)) ?? 0) > 1 ? r : stem(r)).split('/')) + '.json');
}

/** Raised when stdout's reader went away; the run stops quietly. */
export class ClosedPipe extends Error {}

let pipeClosed = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') pipeClosed = true;
  else throw err;
});

/** Write to stdout, waiting for drain when the buffer is full. */
export async function writeStdout(text: string): Promise<void> {
  if (pipeClosed) throw new ClosedPipe('stdout closed');
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
  if (pipeClosed) throw new ClosedPipe('stdout closed');
}

export function stdoutClosed(): boolean {
  return pipeClosed;
}
