/**
 * Synthetic article dumps, generated in code from a seed: invented words and prose only (no text
 * from the corpus or the web). Deterministic for a given seed.
 */

import { prng } from '../../src/dev/prng.js';

/** mulberry32, shared with the benchmark: generated inputs are the same on every run. */
export const rng = prng;

export function randomBytes(seed: number, n: number): Uint8Array {
  const r = rng(seed);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(r() * 256);
  return out;
}

const NOUNS = ['council', 'harbour', 'orchard', 'committee', 'bridge', 'library', 'festival', 'river', 'market', 'school', 'museum', 'railway', 'garden', 'village', 'factory', 'theatre', 'clinic', 'forest', 'workshop', 'lantern'];
const VERBS = ['approved', 'delayed', 'announced', 'reviewed', 'expanded', 'restored', 'questioned', 'funded', 'opened', 'repaired', 'celebrated', 'measured'];
const ADJS = ['quiet', 'northern', 'ambitious', 'modest', 'crowded', 'wooden', 'seasonal', 'gradual', 'local', 'careful', 'unusual', 'generous'];
const FILLER = ['residents', 'officials', 'volunteers', 'engineers', 'teachers', 'farmers', 'visitors', 'planners'];
const FIRST = ['Jane', 'Marta', 'Oskar', 'Lena', 'Tobias', 'Priya', 'Ingrid', 'Samuel'];
const LAST = ['Roe', 'Calloway', 'Brenner', 'Whitlow', 'Okafor', 'Lindqvist', 'Marsh', 'Delacroix'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function sentence(r: () => number): string {
  const words = [
    'The', pick(r, ADJS), pick(r, NOUNS), pick(r, VERBS), 'a', pick(r, ADJS), 'plan', 'for', 'the', pick(r, NOUNS),
    'after', pick(r, FILLER), 'asked', 'whether', 'the', pick(r, NOUNS), 'could', 'stay', 'open', 'through', 'the', pick(r, ADJS), 'season',
  ];
  return words.join(' ') + '.';
}

/** A paragraph of at least `minWords` words of invented prose. */
export function paragraph(r: () => number, minWords = 45): string {
  const out: string[] = [];
  let n = 0;
  while (n < minWords) {
    const s = sentence(r);
    out.push(s);
    n += s.split(' ').length;
  }
  return out.join(' ');
}

export interface SynthArticle {
  headline: string;
  byline: string | null;
  paragraphs: string[];
  related: string[];
}

export function synthArticle(seed: number, opts: { byline?: boolean; paragraphs?: number } = {}): SynthArticle {
  const r = rng(seed);
  const headline = `${cap(pick(r, ADJS))} ${pick(r, NOUNS)} ${pick(r, VERBS)} in ${pick(r, ['Bramford', 'Eastwick', 'Holloway', 'Kestrel Bay'])} ${seed}`;
  const byline = opts.byline === false ? null : `By ${pick(r, FIRST)} ${pick(r, LAST)}`;
  const paragraphs = Array.from({ length: opts.paragraphs ?? 8 }, () => paragraph(r));
  const related = Array.from({ length: 5 }, () => `${cap(pick(r, ADJS))} ${pick(r, NOUNS)} ${pick(r, VERBS)} again`);
  return { headline, byline, paragraphs, related };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** An innerText-style text dump: headline, byline, body paragraphs one per line, a "Latest news" list. */
export function textDump(seed: number, opts: { byline?: boolean; paragraphs?: number; extraLines?: string[] } = {}): string {
  const a = synthArticle(seed, opts);
  const lines = ['Home', 'News', a.headline];
  if (a.byline) lines.push(a.byline);
  lines.push('', ...a.paragraphs.flatMap((p, i) => (i === 3 && opts.extraLines ? [p, ...opts.extraLines] : [p])), '', 'Latest news', ...a.related, '', 'Privacy policy', 'Terms of use');
  return lines.join('\n') + '\n';
}

/** The same article as an HTML page. */
export function htmlDump(seed: number, opts: { byline?: boolean; paragraphs?: number } = {}): string {
  const a = synthArticle(seed, opts);
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${esc(a.headline)}</title></head><body>`,
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>',
    '<article>',
    `<h1>${esc(a.headline)}</h1>`,
    a.byline ? `<p class="byline">${esc(a.byline)}</p>` : '',
    ...a.paragraphs.map((p) => `<p>${esc(p)}</p>`),
    '</article>',
    '<aside><h2>Latest news</h2><ul>',
    ...a.related.map((t) => `<li><a href="/x">${esc(t)}</a></li>`),
    '</ul></aside>',
    '<footer><p>Privacy policy</p></footer>',
    '</body></html>',
  ].join('\n');
}

/** Words (\p{L}+ runs) of a string. */
export function words(s: string): string[] {
  return s.match(/\p{L}+/gu) ?? [];
}
