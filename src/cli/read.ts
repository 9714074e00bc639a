/** The input edge: bytes of a file or of stdin, refused past --max-bytes without reading it all. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { type Result, fail, ok } from '../result.js';
import { StringDecoder } from 'node:string_decoder';

/** Read a file whole, unless it is larger than maxBytes (checked before reading, and while reading). */
export function readInput(path: string, maxBytes: number): Result<Uint8Array> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('not-found', 'no such file or directory');
    if (code === 'EACCES' || code === 'EPERM') return fail('unreadable', 'permission denied');
    if (code === 'EISDIR') return fail('unreadable', 'is a directory');
    if (code === 'ELOOP') return fail('unreadable', 'symbolic link loop');
    return fail('unreadable', `cannot open (${code ?? 'error'})`);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return fail('unreadable', 'is a directory');
    if (st.size > maxBytes) return fail('too-large', `${st.size} bytes, over --max-bytes ${maxBytes}`);
    // Read in chunks up to maxBytes + 1: a file that grows, or a device without a size, is still bounded.
    const chunks: Buffer[] = [];
    let total = 0;
    const chunkSize = 1 << 20;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(chunkSize, maxBytes + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
      if (total > maxBytes) return fail('too-large', `over --max-bytes ${maxBytes}`);
    }
    return ok(Buffer.concat(chunks, total));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return fail('unreadable', 'is a directory');
    return fail('unreadable', `read failed (${code ?? 'error'})`);
  } finally {
    closeSync(fd);
  }
}

/** Read all of stdin, bounded by maxBytes. */
export async function readStdin(maxBytes: number): Promise<Result<Uint8Array>> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buf = chunk as Buffer;
    total += buf.length;
    if (total > maxBytes) return fail('too-large', `stdin over --max-bytes ${maxBytes}`);
    chunks.push(buf);
  }
  return ok(Buffer.concat(chunks, total));
}

/**
 * The lines of a stream, split at LF only (a CRLF ending loses its CR): JSON Lines separates
 * records with '\n', and a lone CR is white space inside a record, not the end of one (readline
 * would split there). A last line without a newline is a line too.
 */
export async function* jsonLines(input: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const strip = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let nl = pending.indexOf('\n');
    let from = 0;
    while (nl !== -1) {
      yield strip(pending.slice(from, nl));
      from = nl + 1;
      nl = pending.indexOf('\n', from);
    }
    pending = pending.slice(from);
  }
  pending += decoder.end();
  if (pending.length) yield strip(pending);
}
