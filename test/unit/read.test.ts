import { describe, expect, it } from '@jest/globals';
import { jsonLines, type StreamLine } from '../../src/cli/read.js';

async function lines(chunks: Array<string | Buffer>, maxBytes?: number): Promise<StreamLine[]> {
  async function* source(): AsyncGenerator<string | Buffer> {
    for (const c of chunks) yield c;
  }
  const out: StreamLine[] = [];
  for await (const line of jsonLines(source(), maxBytes)) out.push(line);
  return out;
}

/** The lines' texts, and `{ tooLong }` for a line too long to keep. */
async function collect(chunks: Array<string | Buffer>, maxBytes?: number): Promise<Array<string | { tooLong: number }>> {
  return (await lines(chunks, maxBytes)).map((l) => ('tooLong' in l ? { tooLong: l.tooLong } : l.text));
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

  it('strips a UTF-8 BOM at the very start of the stream, even when its bytes are split across chunks', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(await collect([Buffer.concat([bom, Buffer.from('{"id":"q"}\n{"id":"r"}\n')])])).toEqual(['{"id":"q"}', '{"id":"r"}']);
    expect(await collect([bom.subarray(0, 1), bom.subarray(1), Buffer.from('{"id":"q"}')])).toEqual(['{"id":"q"}']);
    expect(await collect(['\ufeff{"id":"q"}\n'])).toEqual(['{"id":"q"}']);
  });

  it('keeps a U+FEFF that is not at the start of the stream', async () => {
    expect(await collect(['{"id":"q"}\n', '\ufeff{"id":"r"}\n'])).toEqual(['{"id":"q"}', '\ufeff{"id":"r"}']);
  });

  it('drops a line longer than maxBytes as it streams by and reports its length', async () => {
    expect(await collect(['ab', 'cdef', 'gh\nok\n'], 5)).toEqual([{ tooLong: 8 }, 'ok']);
  });

  it('keeps the head of a line too long to keep, where its id is', async () => {
    const [line] = await lines(['{"id":"big","text":"', 'x'.repeat(50), '"}\n'], 20);
    expect(line).toMatchObject({ tooLong: 72 });
    expect((line as { head: string }).head.startsWith('{"id":"big"')).toBe(true);
  });

  it('reads stray legacy bytes in a line as windows-1252 and counts them', async () => {
    const latin1 = Buffer.from('{"text":"By Zo\xeb M\xfcller"}\n', 'latin1');
    expect(await lines([latin1, Buffer.from('{"text":"ok €"}\n')])).toEqual([
      { text: '{"text":"By Zoë Müller"}', invalid: 2 },
      { text: '{"text":"ok €"}', invalid: 0 },
    ]);
  });
});
