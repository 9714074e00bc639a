import { BOILERPLATE_LABELS } from '../../src/model/block.js';
import { BUILTIN_RULES, anchoredAtStart, builtinRules, compileRules, mergeRules, regexPrefilter, withoutWordBoundaries } from '../../src/rules/index.js';
import { RuleSetSchema } from '../../src/rules/types.js';

const rules = builtinRules();

describe('built-in rule data', () => {
  it('parses against RuleSetSchema', () => {
    const parsed = RuleSetSchema.safeParse(BUILTIN_RULES);
    expect(parsed.success).toBe(true);
    expect(BUILTIN_RULES.boilerplate.length).toBeGreaterThan(10);
    expect(BUILTIN_RULES.captions.agencies).toContain('Getty Images');
  });

  it('gives every boilerplate rule a unique id and a non-empty reason', () => {
    const ids = BUILTIN_RULES.boilerplate.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of BUILTIN_RULES.boilerplate) {
      expect(r.id).toMatch(/^[a-z0-9][a-z0-9:-]*$/);
      expect(r.reason.trim().length).toBeGreaterThan(0);
      expect(r.patterns.length).toBeGreaterThan(0);
    }
  });

  it('gives every class-token rule a unique id and a non-empty reason', () => {
    const ids = BUILTIN_RULES.classTokens.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of BUILTIN_RULES.classTokens) expect(r.reason.trim().length).toBeGreaterThan(0);
  });

  it('compiles every regex pattern with the iu flags', () => {
    for (const r of BUILTIN_RULES.boilerplate.filter((x) => x.match === 'regex')) {
      for (const p of r.patterns) expect(() => new RegExp(p, 'iu')).not.toThrow();
    }
  });
});

describe('matchPhrase: share rows and player prompts', () => {
  it('takes share buttons glued into one line and a text-to-speech prompt for controls', () => {
    expect(rules.matchPhrase('Share on Facebook Tweet Share Email')?.rule).toBe('ui:action-row');
    expect(rules.matchPhrase('Listen to this article with our audio player')?.rule).toBe('ui:listen');
  });
  it('leaves a title that uses one of the words alone', () => {
    expect(rules.matchPhrase('Lighthouse keepers share their memories on the quay')).toBeNull();
  });
  it.each(['Twitter Facebook', 'Feed Twitter Facebook YouTube', 'Facebook | Instagram | X', 'RSS · E-Mail'])('takes the network names %p alone for a share bar', (t) => {
    expect(rules.matchPhrase(t)?.rule).toBe('share:network-row');
  });
  it.each(['Facebook', 'Facebook and Twitter ban the harbour account', 'Instagram Stories'])('leaves %p', (t) => {
    expect(rules.matchPhrase(t)?.rule).not.toBe('share:network-row');
  });
});

describe('matchPhrase: an author photo\'s alternative text', () => {
  it('is a UI label; a title that mentions a headshot is not', () => {
    expect(rules.matchPhrase('Jane Roe headshot')?.rule).toBe('ui:author-photo');
    expect(rules.matchPhrase('Avatar of Jane Roe')?.rule).toBe('ui:author-photo');
    expect(rules.matchPhrase('Why the headshot matters to voters today')).toBeNull();
  });
});

describe('matchPhrase: a poll', () => {
  it('takes answers with their results for a widget; a sentence with a percentage is text', () => {
    expect(rules.matchPhrase('Restore the lamp (52%, 317 Votes)')?.rule).toBe('ui:poll');
    expect(rules.matchPhrase('Total Voters: 611')?.rule).toBe('ui:poll');
    expect(rules.matchPhrase('The council vote passed with 41% of the votes.')).toBeNull();
  });
});

describe('matchPhrase: a row of bracketed links', () => {
  it('is navigation; one bracketed aside in a sentence is not', () => {
    expect(rules.matchPhrase('[Home] [Print] [Feedback] [Archive]\nEditions: 01 02 03')?.label).toBe('navigation');
    expect(rules.matchPhrase('[Update] The council has since published the full report on the harbour.')).toBeNull();
  });
});

describe('matchPhrase', () => {
  it('marks "Latest news" as a related heading', () => {
    const hit = rules.matchPhrase('Latest news');
    expect(hit).not.toBeNull();
    expect(hit?.label).toBe('related');
    expect(hit?.heading).toBe(true);
    expect(hit?.rule.length).toBeGreaterThan(0);
  });

  it('ignores case and trailing punctuation of a heading', () => {
    expect(rules.matchPhrase('LATEST NEWS:')?.label).toBe('related');
    expect(rules.matchPhrase('  Latest news  ')?.heading).toBe(true);
  });

  it('marks "Share on Facebook" as share (a line rule, not a heading)', () => {
    const hit = rules.matchPhrase('Share on Facebook');
    expect(hit?.label).toBe('share');
    expect(hit?.heading).toBe(false);
  });

  it.each(['Lesen Sie auch', 'À lire aussi', 'Te puede interesar'])('marks "%s" as related', (text) => {
    const hit = rules.matchPhrase(text);
    expect(hit?.label).toBe('related');
    expect(hit?.heading).toBe(true);
  });

  it.each(['Advertisement', 'Anzeige', 'Publicité', 'Publicidad'])('marks "%s" as ad', (text) => {
    expect(rules.matchPhrase(text)?.label).toBe('ad');
  });

  it('marks "Enlarge Image" as ui-label', () => {
    expect(rules.matchPhrase('Enlarge Image')?.label).toBe('ui-label');
  });

  it('marks a copyright footer as legal', () => {
    expect(rules.matchPhrase('© 2024 Example Herald. All rights reserved.')?.label).toBe('legal');
  });

  it('returns null for a long prose sentence', () => {
    const prose =
      'The council met on Thursday evening to discuss the repairs to the old harbour wall, and after a long debate the members agreed to share the cost with the ferry company.';
    expect(rules.matchPhrase(prose)).toBeNull();
  });

  it('returns null for a short ordinary line and an empty one', () => {
    expect(rules.matchPhrase('Lanterns light up the quay')).toBeNull();
    expect(rules.matchPhrase('')).toBeNull();
  });

  it('gives only labels a phrase rule may give', () => {
    const allowed = new Set<string>([...BOILERPLATE_LABELS, 'caption', 'credit', 'author-bio', 'dateline']);
    for (const r of BUILTIN_RULES.boilerplate) expect(allowed.has(r.label)).toBe(true);
  });
});

describe('user rules', () => {
  const userRules = RuleSetSchema.parse({
    boilerplate: [{ id: 'my-promo', label: 'promo', match: 'line', patterns: ['Zorblax weekly digest'], reason: 'test' }],
  });

  it('are not matched by the built-in rules alone', () => {
    expect(rules.matchPhrase('Zorblax weekly digest')).toBeNull();
  });

  it('merged and compiled, match their line with their rule id', () => {
    const compiled = compileRules(mergeRules(BUILTIN_RULES, userRules));
    expect(compiled.matchPhrase('Zorblax weekly digest')).toEqual({ label: 'promo', rule: 'my-promo', heading: false });
    expect(compiled.matchPhrase('zorblax  weekly digest!')?.rule).toBe('my-promo');
    // a line rule matches the whole block only
    expect(compiled.matchPhrase('Zorblax weekly digest is out now with ten new puzzles')).toBeNull();
    // built-in rules still apply
    expect(compiled.matchPhrase('Latest news')?.label).toBe('related');
  });

  it('come first in the merged boilerplate list and keep every built-in rule', () => {
    const merged = mergeRules(BUILTIN_RULES, userRules);
    expect(merged.boilerplate[0]?.id).toBe('my-promo');
    expect(merged.boilerplate).toHaveLength(BUILTIN_RULES.boilerplate.length + 1);
    expect(merged.sections).toEqual(BUILTIN_RULES.sections);
  });

  it('win over a built-in rule of either kind that matches the same block: the first rule in order decides', () => {
    const first = RuleSetSchema.parse({
      boilerplate: [
        { id: 'my-line', label: 'promo', match: 'line', patterns: ['Latest news'], reason: 'test' },
        { id: 'my-regex', label: 'ad', match: 'regex', patterns: ['^skip to content$'], reason: 'test' },
      ],
    });
    const compiled = compileRules(mergeRules(BUILTIN_RULES, first));
    expect(compiled.matchPhrase('Latest news')?.rule).toBe('my-line'); // before the built-in heading rule
    expect(compiled.matchPhrase('Skip to content')?.rule).toBe('my-regex'); // before the built-in regex
    const regexBeforeLine = compileRules(
      mergeRules(BUILTIN_RULES, RuleSetSchema.parse({ boilerplate: [{ id: 'my-early', label: 'ad', match: 'regex', patterns: ['^latest'], reason: 'test' }] })),
    );
    expect(regexBeforeLine.matchPhrase('Latest news')?.rule).toBe('my-early'); // a regex rule listed before a line rule wins
  });

  it('do not change the built-in rule set', () => {
    const before = BUILTIN_RULES.boilerplate.length;
    mergeRules(BUILTIN_RULES, userRules);
    expect(BUILTIN_RULES.boilerplate.length).toBe(before);
    expect(BUILTIN_RULES.boilerplate.some((r) => r.id === 'my-promo')).toBe(false);
  });
});

describe('trailingCredit and creditOnly', () => {
  it('splits a caption from its trailing credit', () => {
    const m = rules.trailingCredit.exec('A crowd gathers in the square. Jane Roe/AFP via Getty Images');
    expect(m).not.toBeNull();
    expect(m?.[1]).toBe('A crowd gathers in the square.');
    expect(m?.[2]).toBe('Jane Roe/AFP via Getty Images');
  });

  it('splits a parenthesised credit', () => {
    const m = rules.trailingCredit.exec('Boats wait at the quay before dawn. (AP Photo/Oskar Brenner)');
    expect(m?.[1]).toBe('Boats wait at the quay before dawn.');
    expect(m?.[2]).toContain('AP Photo/Oskar Brenner');
  });

  it('does not match a caption without a credit', () => {
    expect(rules.trailingCredit.test('A crowd gathers in the square.')).toBe(false);
  });

  it('recognises a credit-only line', () => {
    expect(rules.creditOnly.test('Jane Roe/AFP via Getty Images')).toBe(true);
    expect(rules.creditOnly.test('Photo: Oskar Brenner')).toBe(true);
    expect(rules.creditOnly.test('A crowd gathers in the square.')).toBe(false);
  });

  test('does not take a caption sentence followed by its credit for a credit-only line', () => {
    expect(rules.creditOnly.test('A crowd gathers in the square. Jane Roe/AFP via Getty Images')).toBe(false);
  });
});

describe('RuleSetSchema', () => {
  it('accepts an empty object and fills the defaults', () => {
    const r = RuleSetSchema.parse({});
    expect(r.boilerplate).toEqual([]);
    expect(r.captions).toEqual({ agencies: [], markers: [] });
    expect(r.sections).toEqual([]);
  });

  it('rejects an unknown top-level key and names it', () => {
    const parsed = RuleSetSchema.safeParse({ boilerplate: [], zorblax: true });
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      expect(issue.code).toBe('unrecognized_keys');
      expect(issue.path).toEqual([]);
      expect((issue as { keys: string[] }).keys).toEqual(['zorblax']);
    }
  });

  it('rejects an unknown nested key with the path to its object', () => {
    const parsed = RuleSetSchema.safeParse({ captions: { agencies: ['Zorblax Photo'], colour: 'red' } });
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      expect(issue.code).toBe('unrecognized_keys');
      expect(issue.path).toEqual(['captions']);
      expect((issue as { keys: string[] }).keys).toEqual(['colour']);
    }
  });

  it('rejects a wrong type and names the key in the issue path', () => {
    const parsed = RuleSetSchema.safeParse({ sections: 'World' });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0]?.path).toEqual(['sections']);
  });

  it('rejects a wrong label inside a rule with the full path', () => {
    const parsed = RuleSetSchema.safeParse({
      boilerplate: [{ id: 'x-rule', label: 'banana', match: 'line', patterns: ['x'], reason: 'r' }],
    });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0]?.path).toEqual(['boilerplate', 0, 'label']);
  });

  it('rejects a rule without a reason and an upper-case id', () => {
    const noReason = RuleSetSchema.safeParse({ boilerplate: [{ id: 'x-rule', label: 'ad', match: 'line', patterns: ['x'] }] });
    expect(noReason.success).toBe(false);
    if (!noReason.success) expect(noReason.error.issues[0]?.path).toEqual(['boilerplate', 0, 'reason']);
    const badId = RuleSetSchema.safeParse({ boilerplate: [{ id: 'My Rule', label: 'ad', match: 'line', patterns: ['x'], reason: 'r' }] });
    expect(badId.success).toBe(false);
    if (!badId.success) expect(badId.error.issues[0]?.path).toEqual(['boilerplate', 0, 'id']);
  });
});

describe('regex prefilter', () => {
  it('drops word boundaries but keeps [\\b], escaped backslashes and negative lookarounds', () => {
    expect(withoutWordBoundaries('\\bcookies\\b')).toBe('cookies');
    expect(withoutWordBoundaries('a\\Bb')).toBe('ab');
    expect(withoutWordBoundaries('[\\b]x')).toBe('[\\b]x');
    expect(withoutWordBoundaries('\\\\b')).toBe('\\\\b');
    expect(withoutWordBoundaries('(?!\\bno)\\byes')).toBe('(?!\\bno)yes');
    expect(withoutWordBoundaries('(?<!\\bno)(?:\\bx)')).toBe('(?<!\\bno)(?:x)');
  });

  it('matches whenever one of the built-in phrase regexes does', () => {
    const patterns = BUILTIN_RULES.boilerplate.flatMap((r) => (r.match === 'regex' ? r.patterns : []));
    const prefilter = regexPrefilter(patterns);
    expect(prefilter).not.toBeNull();
    const samples = ['All rights reserved.', 'We use cookies to improve', 'Sign up for our newsletter today', '12 comments', 'Skip to content', 'plain prose that matches nothing at all.', 'ſign up for the newsletter', 'Ⅻ'];
    for (const s of samples) {
      const any = patterns.some((p) => new RegExp(p, 'iu').test(s));
      if (any) expect(prefilter!.test(s)).toBe(true);
    }
  });

  it('knows which patterns are anchored at the start', () => {
    expect(anchoredAtStart('^skip to content$')).toBe(true);
    expect(anchoredAtStart('^(?:a|b) c')).toBe(true);
    expect(anchoredAtStart('^[|x]y')).toBe(true);
    expect(anchoredAtStart('^a\\|b')).toBe(true);
    expect(anchoredAtStart('^a|b')).toBe(false);
    expect(anchoredAtStart('\\bcookies\\b')).toBe(false);
  });

  it('combines anchored and unanchored patterns without losing either', () => {
    const prefilter = regexPrefilter(['^skip$', '\\bcookies\\b', '^a|b'])!;
    expect(prefilter.test('skip')).toBe(true);
    expect(prefilter.test('we skip')).toBe(false);
    expect(prefilter.test('the harbour cookies stall')).toBe(true);
    expect(prefilter.test('xb')).toBe(true);
    expect(prefilter.test('nothing')).toBe(false);
  });

  it('is skipped for patterns with backreferences', () => {
    expect(regexPrefilter(['(a)\\1'])).toBeNull();
    expect(regexPrefilter([])).toBeNull();
  });
});

describe('share prompts of blog platforms', () => {
  it.each(['Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest', 'Teilen Sie dies mit:', 'Compartir esto:', 'Share to Pinterest'])('"%s" is a share prompt', (t) => {
    expect(rules.matchPhrase(t)?.label).toBe('share');
  });
});

describe("a blog platform's follow-by-email widget", () => {
  it.each(['Follow Blog via Email', 'Subscribe to Blog via Email', 'Blog per E-Mail folgen', 'Suivre ce blog par e-mail', 'Seguir el blog por correo electrónico'])('"%s" is a newsletter prompt', (t) => {
    expect(rules.matchPhrase(t)?.label).toBe('newsletter');
  });
  it('a sentence about following a blog is not', () => {
    expect(rules.matchPhrase('She decided to follow the blog via email after the storm knocked out the ferry radio.')).toBeNull();
  });
});

describe('previous/next links and visit counters', () => {
  it.each(['Next post: How the ferry got its name', 'Previous article » The old harbour wall', 'Nächster Artikel: Die neue Brücke', 'Article précédent Le phare du port'])('"%s" is navigation', (t) => {
    expect(rules.matchPhrase(t)?.rule).toBe('nav:prev-next');
  });
  it.each(['Views: 1,204', "Today's visits: 37", '累積人氣：1234'])('"%s" is a counter', (t) => {
    expect(rules.matchPhrase(t)?.rule).toBe('share:follow');
  });
  it.each(['Next, the council will vote on the budget.', 'The next article in this series looks at the quay.', 'Views: the readers write in about the lighthouse'])('"%s" is not', (t) => {
    expect(rules.matchPhrase(t)).toBeNull();
  });
});

describe('Russian related headings and byline prefixes', () => {
  it.each(['Похожие статьи', 'Читайте также'])('"%s" opens a run of teasers', (t) => {
    expect(rules.matchPhrase(t)).toMatchObject({ label: 'related', heading: true });
  });
});

describe('comments heading', () => {
  it.each(['Comments', 'Kommentare', 'Comment (4)', '[ 12 Comments ]'])('"%s" opens the comment section', (t) => {
    expect(rules.matchPhrase(t)?.label).toBe('comments');
  });
  it.each(['Comment', 'Kommentar'])('"%s" alone is an opinion label or a table column, not the comment section', (t) => {
    expect(rules.matchPhrase(t)?.label).not.toBe('comments');
  });
});

describe('ui:action-row', () => {
  it('takes a row of action words for a UI label', () => {
    expect(rules.matchPhrase('Copied copy raw download clone embed print report')?.rule).toBe('ui:action-row');
  });
  it('leaves a sentence with action words alone', () => {
    expect(rules.matchPhrase('Print this article and share it with a friend')).toBeNull();
  });
  it('takes other networks and an icon font\'s lone letter in a share row', () => {
    expect(rules.matchPhrase('Share on Facebook Mewe Share P Email Print')?.rule).toBe('ui:action-row');
    expect(rules.matchPhrase('Share on Tumblr Xing Pocket')?.rule).toBe('ui:action-row');
  });
});

describe('matchPhrase: furniture in more languages (paywalls, players, labels, end matter)', () => {
  it.each([
    ['Weiterlesen mit Plus', 'promo:paywall'],
    ['4 Wochen für 0,99 € testen', 'promo:paywall'],
    ['Il vous reste 62.4% de cet article à lire. La suite est réservée aux abonnés.', 'promo:paywall'],
    ['Article réservé aux abonnés', 'promo:paywall'],
    ['Audio: 3 Min', 'ui:listen'],
    ['Video abspielen', 'ui:listen'],
    ['Läs också: Nytt hotell planeras i hamnen', 'related:inline'],
    ['Читайте также Тарифы на паром вырастут', 'related:inline'],
    ['REKLAMA', 'ad:label'],
    ['広告', 'ad:label'],
    ['（责任编辑：王敏）', 'legal:end-matter'],
    ['This article appears in the April 2025 print edition with the headline “The Quay”.', 'legal:end-matter'],
    ["The views expressed in this post are the author's own.", 'legal:end-matter'],
    ['※当ブログはアフィリエイト広告を利用しています', 'legal:affiliate'],
    ['本件に関するお問い合わせ先', 'legal:press-release'],
    ['分享到：', 'share:buttons'],
    ['次のページへ', 'nav:prev-next'],
    ['＜ 1 / 2 ページ ＞', 'nav:prev-next'],
    ['読者になる', 'promo:subscribe'],
    ['Нашли ошибку? Выделите её и нажмите Ctrl+Enter', 'ui:form'],
    ['Artikel teilen: Facebook WhatsApp E-Mail Merken', 'ui:action-row'],
    ['Mara Lindqvist is a staff writer at the Harbour Star, where she covers the council and the port.', 'bio:staff-writer'],
    ['Webinar: The state of cold storage in 2025. Join our panel on March 12. Register now.', 'promo:webinar'],
    ['Sponsored Whitepaper: Right-sizing refrigeration for small grocers', 'promo:webinar'],
    ['Pressekontakt:', 'legal:press-release'],
    ['Ansprechpartner', 'legal:press-release'],
    ['Harbour Ferries Ltd Press office Jane Roe Tel.: +44 20 7946 0958 E-Mail: press@harbour-ferries.example', 'legal:press-release'],
    ['コメントを書く', 'comments:heading'],
    ['読者になる読者です12', 'promo:subscribe'],
    ['1 2 次のページへ', 'nav:prev-next'],
    ['シェアするXFacebookLINE', 'share:network-row'],
  ])('%p is %p', (text, rule) => {
    expect(rules.matchPhrase(text)?.rule).toBe(rule);
  });
  it.each([
    'Die Fähre fährt weiter, sagt der Bürgermeister, und das Abo für Pendler bleibt.',
    'The print edition of the harbour newsletter appears every month.',
    'Il vous reste des questions sur le port ?',
    '6 Wochen für den Umbau des Hafens',
    'The mayor is a former reporter, and she knows how the paper works.',
    'Our guide to the harbour festival: where to park and what to eat.',
    'The ferry office said it had taken 2,000 calls since Monday and would answer every e-mail by Friday.',
  ])('%p is prose', (text) => {
    expect(rules.matchPhrase(text)).toBeNull();
  });
});
