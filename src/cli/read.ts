/** The input edge: bytes of a file or of stdin, refused past --max-bytes without reading it all. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { type Result, fail, ok } from '../result.js';
import { decodeLine } from '../stages/decode.js';

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

/** A line of a JSON Lines stream (with the count of bytes that were not UTF-8), or the length and head of one too long to keep (its text is dropped as it streams by). */
export type StreamLine = { text: string; invalid: number } | { tooLong: number; head: string };

/** How much of a too-long line is kept: enough to find the record's id. */
const HEAD_BYTES = 4096;

/**
 * The lines of a stream, split at LF only (a CRLF ending loses its CR): JSON Lines separates
 * records with '\n', and a lone CR is white space inside a record, not the end of one (readline
 * would split there). A last line without a newline is a line too. Lines are split as bytes and
 * each is decoded on its own, as UTF-8 with stray legacy bytes read as windows-1252 (decodeLine).
 * A line longer than `maxBytes` is not held in memory: it comes out as `{ tooLong }` when it ends.
 */
export async function* jsonLines(input: AsyncIterable<string | Buffer>, maxBytes = Infinity): AsyncGenerator<StreamLine> {
  // The current line's pieces: each chunk is searched once, so a line of many chunks stays linear.
  let parts: Buffer[] = [];
  let length = 0;
  let head: Buffer[] = [];
  let headLength = 0;
  const add = (piece: Buffer): void => {
    if (headLength < HEAD_BYTES) {
      const h = piece.subarray(0, HEAD_BYTES - headLength);
      head.push(h);
      headLength += h.length;
    }
    length += piece.length;
    if (length > maxBytes) parts = [];
    else parts.push(piece);
  };
  const take = (): StreamLine => {
    let line: StreamLine;
    if (length > maxBytes) line = { tooLong: length, head: decodeLine(Buffer.concat(head)).text };
    else {
      let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
      if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
      // A UTF-8 BOM at the very start of the stream is a file mark, not part of record 1.
      if (first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      line = decodeLine(bytes);
    }
    first = false;
    parts = [];
    length = 0;
    head = [];
    headLength = 0;
    return line;
  };
  let first = true;
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    let nl = buf.indexOf(0x0a);
    while (nl !== -1) {
      add(buf.subarray(from, nl));
      yield take();
      from = nl + 1;
      nl = buf.indexOf(0x0a, from);
    }
    if (from < buf.length) add(buf.subarray(from));
  }
  if (length > 0) yield take();
}
