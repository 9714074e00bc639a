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

/** A line of a JSON Lines stream, or the length of one too long to keep (its text is dropped as it streams by). */
export type StreamLine = string | { tooLong: number };

/**
 * The lines of a stream, split at LF only (a CRLF ending loses its CR): JSON Lines separates
 * records with '\n', and a lone CR is white space inside a record, not the end of one (readline
 * would split there). A last line without a newline is a line too. A line longer than `maxChars`
 * is not held in memory: it comes out as `{ tooLong }` when it ends.
 */
export async function* jsonLines(input: AsyncIterable<string | Buffer>, maxChars = Infinity): AsyncGenerator<StreamLine> {
  const decoder = new StringDecoder('utf8');
  // The current line's pieces: each chunk is searched once, so a line of many chunks stays linear.
  let parts: string[] = [];
  let length = 0;
  const add = (piece: string): void => {
    length += piece.length;
    if (length > maxChars) parts = [];
    else parts.push(piece);
  };
  const take = (): StreamLine => {
    const line = length > maxChars ? { tooLong: length } : parts.join('');
    parts = [];
    length = 0;
    return typeof line === 'string' && line.endsWith('\r') ? line.slice(0, -1) : line;
  };
  // A UTF-8 BOM (U+FEFF) at the very start of the stream is a file mark, not part of record 1.
  let atStart = true;
  for await (const chunk of input) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (atStart && text.length) {
      atStart = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let from = 0;
    let nl = text.indexOf('\n');
    while (nl !== -1) {
      add(text.slice(from, nl));
      yield take();
      from = nl + 1;
      nl = text.indexOf('\n', from);
    }
    if (from < text.length) add(text.slice(from));
  }
  add(decoder.end());
  if (length > 0) yield take();
}
