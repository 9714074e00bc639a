/** Author names read from page metadata must be names: at least one letter. */
import { load } from 'cheerio/slim';
import { describe, expect, it } from '@jest/globals';
import { extractMeta } from '../../src/stages/html-meta.js';

const authorsOf = (head: string): readonly string[] => extractMeta(load(`<html><head>${head}</head><body><p>Quay notes</p></body></html>`)).authors ?? [];

describe('extractMeta: author names need a letter', () => {
  it.each([',', '\u200b', '&lt;', '<', ' - ', '123', '…', '| |'])('drops the meta author %j', (content) => {
    expect(authorsOf(`<meta name="author" content="${content}">`)).toEqual([]);
  });

  it('drops letterless JSON-LD authors and keeps the real ones', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'H', author: [',', { '@type': 'Person', name: '\u200b' }, 'Signe Halvorsen'] });
    expect(authorsOf(`<script type="application/ld+json">${ld}</script>`)).toEqual(['Signe Halvorsen']);
  });

  it('keeps names in any script, and names with digits or punctuation in them', () => {
    expect(authorsOf('<meta name="author" content="王小明">')).toEqual(['王小明']);
    expect(authorsOf('<meta name="author" content="Ørjan Ødegård">')).toEqual(['Ørjan Ødegård']);
    expect(authorsOf('<meta name="author" content="R2 Desk">')).toEqual(['R2 Desk']);
  });
});
