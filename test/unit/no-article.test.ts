/**
 * Pages with no article (DESIGN: "a section front, a page of links … is a failed document with the
 * reason no-article"): a section front of teasers, a paywall notice, a consent wall. And the
 * articles that look a little like them, which must stay articles.
 */
import { DEFAULT_OPTIONS } from '../../src/options.js';
import { cleanDocument } from '../../src/pipeline.js';
import { builtinRules } from '../../src/rules/index.js';

const rules = builtinRules();
const clean = (page: string, format: 'html' | 'text') =>
  cleanDocument({ id: 'p', path: null, url: null, bytes: Buffer.from(page) }, { ...DEFAULT_OPTIONS, format, explain: true }, rules);

/** Invented teasers: a title, then a one-sentence standfirst. */
const TEASERS: Array<[string, string]> = [
  ['Lighthouse keepers gather for their annual meeting on the cliffs', 'Former keepers from six stations met to swap stories and plan a small museum for the lamps they once tended.'],
  ['Bakery on the quay wins the regional bread prize again', 'The judges praised a rye loaf baked with seawater, the third award for the family business in five years.'],
  ['Harbour master retires after thirty years of storms', 'She guided thousands of boats through the narrow entrance and says the winter of the great gale was the hardest.'],
  ['Choir raises funds for a new roof on the old chapel', 'Two sold-out concerts in the market hall brought in enough to start the repairs before the autumn rains.'],
  ['Ferry timetable to change when the summer season begins', 'Extra crossings will run on weekends, and the last boat back from the islands will leave an hour later.'],
  ['Fishermen report the best mackerel catch in a decade', 'Warm water along the coast brought large shoals close to the harbour, and prices at the market fell.'],
];

/** Invented article paragraphs, each longer than a standfirst. */
const PARAGRAPHS = [
  'The harbour council voted on Tuesday evening to restore the old lighthouse on the northern quay, ending a dispute that had divided the town for nearly a decade. Members agreed that the work would begin in the spring, once the winter storms had passed.',
  'Volunteers from the rowing club had campaigned for the repairs since the lamp was switched off, and several of them watched the vote from the public gallery. They said the lighthouse was part of the town and that visitors often asked why it stood dark.',
  'The cost of the project will be shared between the council and a regional heritage fund, which has promised to cover most of the materials. Engineers who surveyed the tower last summer found that the stone walls were sound, although the stairs needed work.',
];

describe('a section front is not an article', () => {
  test('text dump: title and standfirst pairs, and nothing longer', () => {
    const dump = ['Coastal Courier', 'Home | News | Sport | Weather', 'News', '', ...TEASERS.flatMap(([t, d]) => [t, d, '']), '© 2024 Coastal Courier'].join('\n');
    const r = clean(dump, 'text');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.code).toBe('no-article');
      expect(r.reason.message).toContain('section front');
    }
  });

  test('HTML: cards of a linked heading and a standfirst', () => {
    const cards = TEASERS.map(([t, d]) => `<article class="card"><h2><a href="/n">${t}</a></h2><p>${d}</p></article>`).join('');
    const r = clean(`<html><body><header><nav><a href="/">Home</a></nav></header><main><h1>News</h1>${cards}</main></body></html>`, 'html');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.code).toBe('no-article');
  });

  test('an article with sub-headings and paragraphs longer than a standfirst stays an article', () => {
    const dump = ['Council votes to restore the old lighthouse', 'By Jane Roe', ...PARAGRAPHS.flatMap((p, k) => [TEASERS[k]![0], p]), TEASERS[3]![0], TEASERS[3]![1]].join('\n');
    const r = clean(dump, 'text');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.article.body).toContain(PARAGRAPHS[1]);
  });

  test('an article of short one-sentence paragraphs without titles between them stays an article', () => {
    const dump = ['Council votes to restore the old lighthouse', 'By Jane Roe', ...TEASERS.map(([, d]) => d)].join('\n');
    const r = clean(dump, 'text');
    expect(r.ok).toBe(true);
  });
});

describe('a paywall notice or a consent wall alone is not an article', () => {
  test.each([
    'You have reached your limit of free articles this month. Subscribe now to get unlimited access to every story on the site.',
    "You've reached the monthly limit of free stories. Become a member to keep reading our reporting from the coast and the islands.",
    'This article is only available to subscribers. To continue reading, subscribe or log in with your account details below.',
    'Dieser Artikel ist nur für Abonnenten verfügbar. Jetzt abonnieren und alle Beiträge der Küstenzeitung ohne Einschränkung lesen.',
    'Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite et accéder à tous nos articles sur la côte et les îles.',
  ])('"%s"', (notice) => {
    const r = clean(['Subscribe to continue reading', notice, 'Already a subscriber? Log in'].join('\n'), 'text');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.code).toBe('no-article');
  });

  test('a consent wall', () => {
    const page = `<html><body><div class="consent"><h2>We value your privacy</h2><p>We and our partners use cookies and similar technologies to store and access information on your device, to measure the audience and to show personalised advertising and content.</p><button>Accept all</button><button>Reject all</button></div></body></html>`;
    const r = clean(page, 'html');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.code).toBe('no-article');
  });

  test('an article that ends with a paywall notice keeps its paragraphs and drops the notice', () => {
    const notice = 'You have reached your limit of free articles this month. Subscribe now to get unlimited access.';
    const r = clean(['Council votes to restore the old lighthouse', 'By Jane Roe', ...PARAGRAPHS, notice].join('\n'), 'text');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.article.body).toContain(PARAGRAPHS[2]);
      expect(r.value.article.body).not.toContain('limit of free articles');
    }
  });
});

describe('a photo essay', () => {
  test('slides that carry their captions go to images; the paragraphs between them are the body', () => {
    const slides = [
      'The ferryman has rowed the crossing since he was fourteen, in every season and most weathers. Photo: Jane Roe',
      'The bell on the quay still calls the boat across when the tide is high enough. Photo: Jane Roe',
      'Passengers wait on the stone steps with bicycles, dogs and the morning papers. Photo: Jane Roe',
      'The last crossing of the evening leaves as the lamps come on along the harbour wall. Photo: Jane Roe',
    ];
    const prose = [
      'The crossing from the village to the island takes seven minutes on a calm day, and nobody remembers a time when there was no boat to take it.',
      'For most of the last century the ferry was run by one family, who kept the timetable in a notebook that still hangs by the door of the hut.',
      'The council now pays for the service, but the ferryman says the job is the same as it always was: watch the water and keep the boat tidy.',
    ];
    const dump = ['The last ferryman of the harbour', 'By Mina Hart', ...slides.flatMap((s, k) => [`${k + 1}/4 ${s}`, prose[k] ?? ''])].filter(Boolean).join('\n');
    const r = clean(dump, 'text');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.value.article;
    for (const p of prose) expect(a.body).toContain(p);
    expect(a.images).toHaveLength(4);
    expect(a.images[0]).toEqual({ caption: slides[0]!.replace(' Photo: Jane Roe', ''), credit: 'Photo: Jane Roe' });
  });
});

describe('an auto-loaded next article', () => {
  test('ends this article at the "Next article" divider when a byline follows it', () => {
    const next = ['Next Article', 'School board picks an interim head for the harbour school', 'By Kevin Roe · March 9, 2025', PARAGRAPHS[1]!, PARAGRAPHS[2]!];
    const r = clean(['Council votes to restore the old lighthouse', 'By Jane Roe · March 10, 2025', PARAGRAPHS[0]!, ...next].join('\n'), 'text');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.article.body).toBe(PARAGRAPHS[0]);
    expect(r.value.article.authors).toEqual(['Jane Roe']);
  });

  test('a "Next article" link with no story under it ends nothing', () => {
    const r = clean(['Council votes to restore the old lighthouse', 'By Jane Roe', PARAGRAPHS[0]!, 'Next article', PARAGRAPHS[1]!, PARAGRAPHS[2]!].join('\n'), 'text');
    expect(r.ok && r.value.article.body).toContain(PARAGRAPHS[2]!);
  });
});
