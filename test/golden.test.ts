/**
 * Golden cases: fixtures/golden/<case>/source.{txt,html} (or a sample named by expect.json's
 * "source") with expect.json, written by us (synthetic
 * pages modelled on real site patterns). expect.json pins the fields a reviewer checked by hand;
 * each pinned field is one assertion. The full output is also compared with expected.json when
 * that file exists (UPDATE_GOLDEN=1 rewrites it: review the diff before committing).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_OPTIONS } from '../src/options.js';
import { cleanDocument } from '../src/pipeline.js';
import { builtinRules } from '../src/rules/index.js';

const ROOT = path.join(process.cwd(), 'fixtures', 'golden');
const cases = readdirSync(ROOT).filter((d) => existsSync(path.join(ROOT, d, 'expect.json'))).sort();

interface Expect {
  description: string;
  format: 'text' | 'html';
  /** Path of the input relative to the case folder, when it is not the case's own source.* file. */
  source?: string;
  knownGaps?: string[];
  expect: Record<string, unknown> & {
    error?: string;
    bodyStartsWith?: string;
    bodyEndsWith?: string;
    bodyIncludes?: string[];
    bodyExcludes?: string[];
  };
}

const FIELDS = ['headline', 'dek', 'byline', 'authors', 'publisher', 'section', 'published', 'lang', 'images'] as const;
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe.each(cases)('%s', (name) => {
  const dir = path.join(ROOT, name);
  const spec = JSON.parse(readFileSync(path.join(dir, 'expect.json'), 'utf8')) as Expect;
  // A case may pin a sample dump instead of carrying its own copy ("source": "../../samples/x.html").
  const source = spec.source ?? readdirSync(dir).find((f) => f.startsWith('source.'))!;
  const bytes = readFileSync(path.join(dir, source));
  const result = cleanDocument({ id: `${name}/${source}`, path: `${name}/${source}`, url: null, bytes }, DEFAULT_OPTIONS, builtinRules());
  const e = spec.expect;
  // Known gaps: pinned expectations the engine does not meet yet. They run as test.failing, so
  // each one still asserts (it fails CI the day it starts passing: then remove it from the list).
  const gaps = new Set(spec.knownGaps ?? []);
  const check = (title: string, fn: () => void): void => (gaps.has(title) ? test.failing(`known gap: ${title}`, fn) : test(title, fn));

  if (e.error) {
    test(`fails with ${e.error}`, () => {
      expect(result.ok ? 'ok' : result.reason.code).toBe(e.error);
    });
    return;
  }

  test('is cleaned', () => {
    expect(result.ok ? 'ok' : `${result.reason.code}: ${result.reason.message}`).toBe('ok');
  });
  if (!result.ok) return;
  const a = result.value.article;

  test('format', () => expect(a.source.format).toBe(spec.format));
  for (const field of FIELDS) {
    if (!(field in e)) continue;
    check(field, () => {
      const got = a[field];
      const want = e[field];
      if (field === 'published' && typeof want === 'string' && typeof got === 'string') expect(got.slice(0, want.length)).toBe(want);
      else if (field === 'lang' && typeof want === 'string') expect(String(got).slice(0, 2)).toBe(want);
      else expect(got).toEqual(want);
    });
  }
  const body = squash(a.body);
  if (e.bodyStartsWith) check('body starts with', () => expect(body.startsWith(squash(e.bodyStartsWith!))).toBe(true));
  if (e.bodyEndsWith) check('body ends with', () => expect(body.endsWith(squash(e.bodyEndsWith!))).toBe(true));
  for (const s of e.bodyIncludes ?? []) check(`body includes "${s.slice(0, 40)}"`, () => expect(body).toContain(squash(s)));
  // A snippet of invisible characters only (a BOM, a no-break space) is checked as written.
  for (const s of e.bodyExcludes ?? []) check(`body excludes "${s.slice(0, 40)}"`, () => expect(squash(s) ? body : a.body).not.toContain(squash(s) || s));

  // Whole-output snapshot, for cases that have one (a new case starts with its pinned fields only).
  const goldenFile = path.join(dir, 'expected.json');
  const actual = JSON.stringify(a, null, 2) + '\n';
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(goldenFile, actual);
  if (existsSync(goldenFile)) test('matches expected.json', () => expect(actual).toBe(readFileSync(goldenFile, 'utf8')));
});
