/**
 * Regular-expression safety: every regex in the compiled rules runs on adversarial strings
 * (long runs of spaces, dots, letters, "a a a …", "By AAAA…", mixtures) and returns. A
 * catastrophically backtracking pattern would hang here and fail on the test timeout; there is
 * no timing assertion.
 */
import { describe, expect, test } from '@jest/globals';
import { BUILTIN_RULES, compileRules } from '../../src/rules/index.js';

const compiled = compileRules(BUILTIN_RULES);

/** Every regex of the rule set: boilerplate rules of match "regex" (compiled as the rules compile them) and the compiled helpers. */
const REGEXES: Array<[string, RegExp]> = [
  ...BUILTIN_RULES.boilerplate
    .filter((r) => r.match === 'regex')
    .flatMap((r) => r.patterns.map((p, i): [string, RegExp] => [`boilerplate ${r.id}[${i}]`, new RegExp(p, 'iu')])),
  ['trailingCredit', compiled.trailingCredit],
  ['creditOnly', compiled.creditOnly],
  ['bylinePrefix', compiled.bylinePrefix],
  ['bylineStop', compiled.bylineStop],
];

const N = 50_000;
const ADVERSARIAL: Record<string, string> = {
  spaces: ' '.repeat(N),
  dots: '.'.repeat(N),
  letters: 'a'.repeat(N),
  'a-space': 'a '.repeat(N / 2),
  'By AAAA': 'By ' + 'A'.repeat(20_000),
  'By A A A': 'By ' + 'A '.repeat(10_000),
  'more from': 'more from '.repeat(5_000),
  'photo markers': 'Photo: '.repeat(7_000) + 'x',
  'slash names': 'Jane Roe / '.repeat(5_000),
  'sentence then credit-ish': 'Word. '.repeat(8_000) + '(Getty',
  'agency repeats': 'Getty Images '.repeat(3_000) + '!',
  dashes: '- '.repeat(N / 2),
  mixed: Array.from({ length: 5_000 }, (_, i) => ['a', ' ', '.', '/', '|', 'By', ':', '’', '-', '('][i % 10]).join('').repeat(10),
  'newlines and tabs': 'a\n\t '.repeat(N / 4),
  unicode: 'é ü ß 字 '.repeat(N / 8),
  // The shape that made the old breadcrumb-trail rule backtrack exponentially (found by npm run bench).
  'breadcrumb trail then headline': 'Home | News | '.repeat(10) + 'A long headline about the latest events of the day',
  'separator runs': 'a | '.repeat(5_000) + 'x'.repeat(40),
};

describe('regex safety', () => {
  test('the rule set has regexes to check', () => {
    expect(REGEXES.length).toBeGreaterThan(4);
    expect(REGEXES.some(([name]) => name.startsWith('boilerplate'))).toBe(true);
  });

  test.each(REGEXES)('%s returns on adversarial input', (_name, re) => {
    for (const [kind, input] of Object.entries(ADVERSARIAL)) {
      const tested = re.test(input);
      expect([kind, typeof tested]).toEqual([kind, 'boolean']);
      re.lastIndex = 0;
      const m = re.exec(input);
      expect(m === null || Array.isArray(m)).toBe(true);
      re.lastIndex = 0;
    }
  });

  test('matchPhrase returns on adversarial blocks', () => {
    for (const input of Object.values(ADVERSARIAL)) {
      const hit = compiled.matchPhrase(input);
      expect(hit === null || typeof hit.rule === 'string').toBe(true);
      // short slices are under the length cut-off, so the regex rules really run on them
      const short = compiled.matchPhrase(input.slice(0, 390));
      expect(short === null || typeof short.rule === 'string').toBe(true);
    }
  });
});
