import { describe, expect, it } from '@jest/globals';
import { parseRecord } from '../../src/cli/records.js';

const line = (record: unknown): string => JSON.stringify(record);

describe('parseRecord: bad-record messages name the field', () => {
  it('names a field of the wrong type by its path', () => {
    const t = parseRecord(line({ id: 'u', text: 'x', url: 5 }), 0);
    expect(t.error).toEqual({ code: 'bad-record', message: 'url: expected string, received number' });
    expect(t.id).toBe('u');
    expect(parseRecord(line({ id: 'h', html: ['<p>a</p>'] }), 0).error).toEqual({ code: 'bad-record', message: 'html: expected string, received array' });
  });

  it('a record that is not an object, or has neither or both of html/text, says so', () => {
    expect(parseRecord('[1,2]', 3)).toMatchObject({ id: 'line-4', error: { code: 'bad-record', message: 'record: expected object, received array' } });
    expect(parseRecord(line({ id: 'n' }), 0).error?.message).toBe('a record needs exactly one of "html" or "text"');
  });
});

describe('parseRecord: ids', () => {
  it('treats a null id as missing: the line-number id', () => {
    const t = parseRecord(line({ id: null, text: 'Tide tables for the week' }), 6);
    expect(t.error).toBeUndefined();
    expect(t.id).toBe('line-7');
    expect(t.text).toBe('Tide tables for the week');
  });

  it('treats an empty-string id as missing too (it used to fail later as an internal schema error)', () => {
    const t = parseRecord(line({ id: '', html: '<p>Kite festival moved to Sunday</p>' }), 1);
    expect(t.error).toBeUndefined();
    expect(t.id).toBe('line-2');
    expect(t.format).toBe('html');
  });

  it('keeps string and number ids', () => {
    expect(parseRecord(line({ id: 'k-9', text: 'a' }), 0).id).toBe('k-9');
    expect(parseRecord(line({ id: 77, text: 'a' }), 0).id).toBe('77');
  });

  it.each([
    [{ a: 1 }, 'object'],
    [[1], 'array'],
    [true, 'boolean'],
  ])('an id that is %j is a bad-record naming id, with the line-number id', (id, kind) => {
    const t = parseRecord(line({ id, text: 'a' }), 4);
    expect(t.id).toBe('line-5');
    expect(t.error).toEqual({ code: 'bad-record', message: `id: expected a string or a number, received ${kind}` });
  });
});
