import { describe, expect, it } from '@jest/globals';
import { jsonLines, type StreamLine } from '../../src/cli/read.js';

async function collect(chunks: Array<string | Buffer>, maxChars?: number): Promise<StreamLine[]> {
  async function* source(): AsyncGenerator<string | Buffer> {
    for (const c of chunks) yield c;
  }
  const out: StreamLine[] = [];
  for await (const line of jsonLines(source(), maxChars)) out.push(line);
  return out;
}

describe('jsonLines: the lines of a JSON Lines stream', () => {
  it('splits at LF only: a lone CR stays inside its line, a CRLF ending loses its CR', async () => {
    expect(await collect(['{"a":\r1}\r\n{"b":2}\n'])).toEqual(['{"a":\r1}', '{"b":2}']);
  });

  it('keeps a last line without a newline, and blank lines as lines', async () => {
    expect(await collect(['a\n\nb'])).toEqual(['a', '', 'b']);
    expect(await collect(['a\n'])).toEqual(['a']);
    expect(await collect([])).toEqual([]);
  });

  it('joins a line split across chunks, including a CRLF and a UTF-8 character cut in two', async () => {
    const euro = Buffer.from('€', 'utf8'); // three bytes
    expect(await collect([Buffer.from('x'), euro.subarray(0, 1), euro.subarray(1), Buffer.from('y\r'), Buffer.from('\nz')])).toEqual(['x€y', 'z']);
  });

  it('drops a line longer than maxChars as it streams by and reports its length', async () => {
    expect(await collect(['ab', 'cdef', 'gh\nok\n'], 5)).toEqual([{ tooLong: 8 }, 'ok']);
  });
});
