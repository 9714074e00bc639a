/** The output schema's `published`: only real ISO 8601 days, in every form the pipeline emits. */
import { describe, expect, it } from '@jest/globals';
import { ArticleSchema, SCHEMA_ID } from '../../src/model/article.js';
import { normalizeDate } from '../../src/stages/html-meta.js';
import { parseDate } from '../../src/text/dates.js';

const article = (published: string | null) => ({
  schema: SCHEMA_ID,
  id: 'notes/tides.txt',
  source: { path: 'notes/tides.txt', format: 'text', bytes: 120, url: null },
  headline: 'Spring tides arrive early',
  dek: null,
  byline: null,
  authors: [],
  publisher: null,
  section: [],
  published,
  summary: null,
  body: 'The harbour master posted new tide tables on the quay.',
  images: [],
  lang: 'en',
  stats: { words: 10, paragraphs: 1, removedBlocks: 0 },
  warnings: [],
});

const accepts = (published: string | null): boolean => ArticleSchema.safeParse(article(published)).success;

describe('ArticleSchema: published', () => {
  it.each(['2024-99-99', '2024-13-01', '2024-00-10', '2024-04-31', '2023-02-29', '2100-02-29', '2024-06-00', '2024-02-30T08:00:00Z'])('refuses %s (no such day)', (value) => {
    expect(accepts(value)).toBe(false);
  });

  it.each(['2024-1-5', '24-01-05', '2024-01-05T8:00', '2024-01-05 08:00', '2024-01-05T08:00+0530', 'yesterday'])('refuses %s (not the ISO form)', (value) => {
    expect(accepts(value)).toBe(false);
  });

  it.each(['2024-02-29', '2000-02-29', '2013-09-01T00:00:00Z', '2021-03-04T05:06', '2021-03-04T05:06:07.250+05:30', '2021-12-31T23:59:59-08:00'])('accepts %s', (value) => {
    expect(accepts(value)).toBe(true);
  });

  it.each(['2024-01-05T24:00', '2024-01-05T25:99', '2024-01-05T08:60:00Z', '2024-01-05T08:00:61'])('refuses %s (no such time)', (value) => {
    expect(accepts(value)).toBe(false);
  });

  it('a dateline with an impossible time gives the day alone', () => {
    expect(parseDate('Updated 2024-01-05 25:99')).toBe('2024-01-05');
    expect(parseDate('Updated 2024-01-05 23:59')).toBe('2024-01-05T23:59');
  });

  it('accepts null', () => {
    expect(accepts(null)).toBe(true);
  });

  it('accepts every form the date readers emit', () => {
    const emitted = [
      normalizeDate('2019-07-14T18:30:00+02:00'),
      normalizeDate('2019-07-14T18:30:00.123Z'),
      normalizeDate('2019-07-14 9:05 +5'),
      normalizeDate('20190714'),
      normalizeDate('2019/7/4'),
      normalizeDate('1563121800'),
      normalizeDate('1563121800123'),
      normalizeDate('Sun, 14 Jul 2019 18:30:00 GMT'),
      normalizeDate('July 4, 2019 at 6:30 pm'),
      normalizeDate('2020-02-29T10:00 EDT-ish'),
      parseDate('Posted 2016-02-29 14:05 +0100'),
      parseDate('March 3, 2025'),
      parseDate('18.03.2024'),
      parseDate('2024年5月12日'),
    ];
    for (const value of emitted) {
      expect(typeof value).toBe('string');
      expect([value, accepts(value!)]).toEqual([value, true]);
    }
  });
});
