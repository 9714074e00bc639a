import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SCHEMA_ID } from '../../src/model/article.js';
import { UsageError } from '../../src/result.js';
import { loadConfig, loadRules } from '../../src/cli/config.js';
import { formatPath, validateArticle } from '../../src/stages/validate.js';

function article(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schema: SCHEMA_ID,
    id: 'harbour/lanterns.txt',
    source: { path: 'harbour/lanterns.txt', format: 'text', bytes: 1234, url: null },
    headline: 'Lanterns light up the quay',
    dek: null,
    byline: 'By Jane Roe',
    authors: ['Jane Roe'],
    publisher: null,
    section: ['Local'],
    published: '2025-03-03',
    summary: null,
    body: 'First paragraph.\n\nSecond paragraph.',
    images: [{ caption: 'Lanterns on the quay.', credit: 'Jane Roe/AFP' }],
    lang: 'en',
    stats: { words: 4, paragraphs: 2, removedBlocks: 0 },
    warnings: [],
    ...overrides,
  };
}

describe('validateArticle', () => {
  it('accepts a well-formed article', () => {
    const r = validateArticle(article());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.headline).toBe('Lanterns light up the quay');
  });

  it('rejects a wrong schema id and names the path', () => {
    const r = validateArticle(article({ schema: 'artclean/article@0' }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.code).toBe('internal');
      expect(r.reason.message).toMatch(/at schema:/);
    }
  });

  it('rejects a numeric headline and names the path', () => {
    const r = validateArticle(article({ headline: 5 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.message).toMatch(/at headline:/);
  });

  it('names a nested path in array notation', () => {
    const r = validateArticle(article({ images: [{ caption: 'x', credit: 7 }] }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.message).toContain('images[0].credit');
  });

  it('rejects an unknown key and a non-ISO date', () => {
    expect(validateArticle(article({ extra: 1 })).ok).toBe(false);
    const r = validateArticle(article({ published: 'March 3, 2025' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.message).toContain('published');
  });

  it('rejects an empty-string headline (null is the absent value)', () => {
    expect(validateArticle(article({ headline: '' })).ok).toBe(false);
    expect(validateArticle(article({ headline: null })).ok).toBe(true);
  });
});

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [['images', 0, 'credit'], 'images[0].credit'],
    [['headline'], 'headline'],
    [['stats', 'words'], 'stats.words'],
    [['boilerplate', 2, 'patterns', 0], 'boilerplate[2].patterns[0]'],
    [[], '(root)'],
  ])('%j → %s', (p, expected) => {
    expect(formatPath(p)).toBe(expected);
  });
});

describe('loadConfig and loadRules', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'artclean-config-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const write = (name: string, value: unknown): string => {
    const file = path.join(dir, name);
    writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
    return file;
  };

  it('parses a valid config file', () => {
    write('artclean.config.json', { format: 'text', minWords: 50, require: ['headline', 'authors'], pretty: true, jobs: 2 });
    const { config, file } = loadConfig(undefined, dir);
    expect(file).toBe(path.join(dir, 'artclean.config.json'));
    expect(config).toEqual({ format: 'text', minWords: 50, require: ['headline', 'authors'], pretty: true, jobs: 2 });
  });

  it('returns an empty config when no config file is present', () => {
    expect(loadConfig(undefined, dir)).toEqual({ config: {}, file: null });
  });

  it('throws a UsageError naming an unknown config key', () => {
    const file = write('custom.json', { format: 'text', minWordz: 5 });
    expect(() => loadConfig('custom.json', dir)).toThrow(UsageError);
    expect(() => loadConfig('custom.json', dir)).toThrow(/minWordz/);
    expect(() => loadConfig('custom.json', dir)).toThrow(file);
  });

  it('throws a UsageError naming a config key of the wrong type', () => {
    write('custom.json', { minWords: 'many' });
    expect(() => loadConfig('custom.json', dir)).toThrow(UsageError);
    expect(() => loadConfig('custom.json', dir)).toThrow(/minWords/);
  });

  it('throws a UsageError for an explicit config file that does not exist, and for invalid JSON', () => {
    expect(() => loadConfig('missing.json', dir)).toThrow(UsageError);
    write('broken.json', '{ "format": ');
    expect(() => loadConfig('broken.json', dir)).toThrow(UsageError);
    expect(() => loadConfig('broken.json', dir)).toThrow(/not valid JSON/);
  });

  it('loads a valid rules file and applies its rule', () => {
    const file = write('rules.json', {
      boilerplate: [{ id: 'my-promo', label: 'promo', match: 'line', patterns: ['Zorblax weekly digest'], reason: 'test' }],
      sections: ['Zorblax'],
    });
    const compiled = loadRules(file);
    expect(compiled.matchPhrase('Zorblax weekly digest')?.rule).toBe('my-promo');
    expect(compiled.sections.has('zorblax')).toBe(true);
  });

  it('returns the built-in rules when no rules file is given', () => {
    const compiled = loadRules(undefined);
    expect(compiled.matchPhrase('Latest news')?.label).toBe('related');
    expect(compiled.matchPhrase('Zorblax weekly digest')).toBeNull();
  });

  it('throws a UsageError naming an unknown key in a rules file', () => {
    const file = write('rules.json', { boilerplate: [], widgets: [] });
    expect(() => loadRules(file)).toThrow(UsageError);
    expect(() => loadRules(file)).toThrow(/widgets/);
  });

  it('throws a UsageError naming a nested unknown key with its path', () => {
    const file = write('rules.json', { bylines: { prefixes: ['per'], sufixes: ['x'] } });
    expect(() => loadRules(file)).toThrow(UsageError);
    expect(() => loadRules(file)).toThrow(/bylines\.sufixes/);
  });

  it('throws a UsageError naming the pattern of a bad regex in a user rule', () => {
    const file = write('rules.json', {
      boilerplate: [{ id: 'bad-regex', label: 'promo', match: 'regex', patterns: ['(unclosed'], reason: 'test' }],
    });
    expect(() => loadRules(file)).toThrow(UsageError);
    expect(() => loadRules(file)).toThrow('boilerplate[0].patterns[0]');
  });

  it('names the second pattern of the second rule when that one is bad', () => {
    const file = write('rules.json', {
      boilerplate: [
        { id: 'ok-regex', label: 'promo', match: 'regex', patterns: ['^fine$'], reason: 'test' },
        { id: 'bad-regex', label: 'promo', match: 'regex', patterns: ['^ok$', '[z-a]'], reason: 'test' },
      ],
    });
    expect(() => loadRules(file)).toThrow('boilerplate[1].patterns[1]');
  });

  it('throws a UsageError naming a wrong type in a rules file', () => {
    const file = write('rules.json', { sections: 'World' });
    expect(() => loadRules(file)).toThrow(UsageError);
    expect(() => loadRules(file)).toThrow(/sections/);
  });
});
