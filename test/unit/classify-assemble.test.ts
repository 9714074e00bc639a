import type { LabelledBlock } from '../../src/model/block.js';
import { ArticleSchema } from '../../src/model/article.js';
import { DEFAULT_OPTIONS, type CleanOptions } from '../../src/options.js';
import { cleanDocument, type DocumentInput } from '../../src/pipeline.js';
import { builtinRules } from '../../src/rules/index.js';
import { assemble, breadcrumbTrail, withoutGluedKicker } from '../../src/stages/assemble.js';
import { classify } from '../../src/stages/classify.js';
import { FEATURE_NAMES, documentFeatures } from '../../src/stages/features.js';
import { HEADLINE_FEATURES, weightsFor } from '../../src/stages/score.js';
import { segmentText } from '../../src/stages/segment-text.js';
import { segmentHtml } from '../../src/stages/segment-html.js';

const rules = builtinRules();

/** Six invented paragraphs of 40+ words each. */
const PARAGRAPHS = [
  'The harbour council voted on Tuesday evening to restore the old lighthouse on the northern quay, ending a dispute that had divided the town for nearly a decade. Members agreed that the work would begin in the spring, once the winter storms had passed and the scaffolding could be put up safely.',
  'Volunteers from the rowing club had campaigned for the repairs since the lamp was switched off, and several of them watched the vote from the public gallery. They said the lighthouse was part of the town and that visitors often asked why it stood dark above the water every night.',
  'The cost of the project will be shared between the council and a regional heritage fund, which has promised to cover most of the materials. Engineers who surveyed the tower last summer found that the stone walls were sound, although the iron stairs and the lantern room needed careful attention.',
  'Some residents questioned whether the money would be better spent on the ferry terminal, where the waiting room has leaked for several winters. The mayor replied that both projects were on the list and that the terminal would be repaired before the next tourist season began in the summer.',
  'Local schools have been invited to follow the restoration, and teachers plan to take their classes to the quay when the new lamp is lifted into place. The council also hopes to open the gallery at the top of the tower to visitors on a few weekends every year after the work is done.',
  'The keeper who tended the light until it was switched off still lives in a small cottage near the harbour. She said she was glad the tower would shine again and that she would like to see the lamp turned on once more before she finally leaves the town for good next year.',
];

const HEADLINE = 'Council votes to restore the old lighthouse';
const DEK = 'The tower on the northern quay has stood dark for nearly ten years while the town argued about the cost of the repairs.';
const TEASERS = ['Ferry timetable changes for the spring', 'Market stalls move closer to the water', 'School choir wins regional prize', 'Bridge repairs delayed again'];
const CREDIT = 'Jane Roe/AFP via Getty Images';
const SHORT_CAPTION = 'The lighthouse on the northern quay at dusk.';
const LONG_CAPTION =
  'Workers lift the new lamp into the lantern room of the restored tower on the northern quay during a cold and windy morning.';
const FOOTER = '© 2024 Example Herald';

interface DumpOptions {
  byline?: boolean;
  caption?: string;
}

/** A synthetic innertext-style dump: nav, breadcrumb, headline, dek, byline, body with a photo, teasers, footer. */
function makeDump({ byline = true, caption = SHORT_CAPTION }: DumpOptions = {}): string {
  return [
    'Skip to content',
    'Home',
    'Local',
    'Weather',
    'Subscribe',
    'News › Local',
    HEADLINE,
    DEK,
    ...(byline ? ['By Jane Roe'] : []),
    'March 3, 2025',
    PARAGRAPHS[0]!,
    PARAGRAPHS[1]!,
    'Enlarge Image',
    `${caption} ${CREDIT}`,
    ...PARAGRAPHS.slice(2),
    'Latest news',
    ...TEASERS,
    FOOTER,
  ].join('\n');
}

function run(dump: string): { blocks: LabelledBlock[]; assembled: ReturnType<typeof assemble> } {
  const seg = segmentText(dump, rules);
  const { blocks } = classify(seg, rules);
  return { blocks, assembled: assemble(blocks, seg.meta, rules) };
}

function blockWith(blocks: LabelledBlock[], text: string): LabelledBlock {
  const block = blocks.find((b) => b.text === text);
  if (block === undefined) throw new Error(`no block "${text}" in ${JSON.stringify(blocks.map((b) => b.text))}`);
  return block;
}

function draft(dump: string) {
  const { assembled } = run(dump);
  if (!assembled.ok) throw new Error(`assemble failed: ${assembled.reason.code}: ${assembled.reason.message}`);
  return assembled.value;
}

describe('classify: labels of a synthetic text dump', () => {
  const { blocks } = run(makeDump());

  it('labels the headline, the byline and the footer', () => {
    expect(blockWith(blocks, HEADLINE).label).toBe('headline');
    expect(blockWith(blocks, 'By Jane Roe').label).toBe('byline');
    expect(blockWith(blocks, FOOTER).label).toBe('legal');
  });

  it('labels every paragraph body', () => {
    for (const p of PARAGRAPHS) expect(blockWith(blocks, p).label).toBe('body');
  });

  it('labels the "Latest news" heading and its teaser titles related', () => {
    expect(blockWith(blocks, 'Latest news').label).toBe('related');
    for (const t of TEASERS) {
      const b = blockWith(blocks, t);
      expect(b.label).toBe('related');
      expect(b.rule).toMatch(/^(?:signal:teaser-run|phrase:.+)$/);
    }
  });

  it('labels page chrome as boilerplate, not content', () => {
    expect(blockWith(blocks, 'Skip to content').label).toBe('navigation');
    expect(blockWith(blocks, 'Enlarge Image').label).toBe('ui-label');
  });

  it('gives every block a label with a non-empty rule', () => {
    expect(blocks.length).toBeGreaterThan(15);
    for (const b of blocks) {
      expect(b.label.length).toBeGreaterThan(0);
      expect(typeof b.rule).toBe('string');
      expect(b.rule.length).toBeGreaterThan(0);
    }
  });

  it('labels a long caption that follows "Enlarge Image" and ends with a credit as caption', () => {
    const { blocks: withLong } = run(makeDump({ caption: LONG_CAPTION }));
    expect(blockWith(withLong, `${LONG_CAPTION} ${CREDIT}`).label).toBe('caption');
  });

  test('labels a short caption that ends with a credit as caption', () => {
    expect(blockWith(blocks, `${SHORT_CAPTION} ${CREDIT}`).label).toBe('caption');
  });
});

describe('assemble: the article from labelled blocks', () => {
  const article = draft(makeDump());

  it('takes the headline and parses the authors from the byline', () => {
    expect(article.headline).toBe(HEADLINE);
    expect(article.byline).toBe('By Jane Roe');
    expect(article.authors).toEqual(['Jane Roe']);
  });

  it('joins the body paragraphs in order with one blank line', () => {
    expect(article.body).toBe(PARAGRAPHS.join('\n\n'));
    expect(article.stats.paragraphs).toBe(PARAGRAPHS.length);
    expect(article.stats.words).toBeGreaterThanOrEqual(6 * 40);
  });

  it('keeps teaser titles, the footer and chrome out of the body', () => {
    for (const t of [...TEASERS, 'Latest news', FOOTER, 'Enlarge Image', 'Skip to content', HEADLINE]) {
      expect(article.body).not.toContain(t);
    }
    expect(article.body).not.toContain(CREDIT);
  });

  it('finds the date and the language', () => {
    expect(article.published).toBe('2025-03-03');
    expect(article.lang).toBe('en');
  });

  it('lists dropped boilerplate blocks with their label, rule and text', () => {
    expect(article.stats.removedBlocks).toBe(article.removed.length);
    expect(article.removed).toEqual(expect.arrayContaining([{ label: 'legal', rule: 'phrase:legal:copyright', text: FOOTER }]));
    const related = article.removed.filter((r) => r.label === 'related').map((r) => r.text);
    expect(related).toEqual(['Latest news', ...TEASERS]);
  });

  it('splits the credit off a long caption into images', () => {
    const withLong = draft(makeDump({ caption: LONG_CAPTION }));
    expect(withLong.images).toEqual([{ caption: LONG_CAPTION, credit: CREDIT }]);
    expect(withLong.body).toBe(PARAGRAPHS.join('\n\n'));
  });

  test('splits the credit off a short caption into images', () => {
    expect(article.images).toEqual([{ caption: SHORT_CAPTION, credit: CREDIT }]);
  });

  it('fails with no-article for a page of short link lines', () => {
    const links = [
      'Home', 'Local', 'Sport', 'Weather', 'Ferry timetable changes for the spring', 'Market stalls move closer to the water',
      'School choir wins regional prize', 'Bridge repairs delayed again', 'Harbour lights festival dates announced',
      'New bakery opens on the quay', 'Rowing club elects a captain', 'Library extends opening hours', 'Contact us', FOOTER,
    ];
    const { assembled } = run(links.join('\n'));
    expect(assembled.ok).toBe(false);
    if (!assembled.ok) expect(assembled.reason.code).toBe('no-article');
  });
});

describe('cleanDocument', () => {
  const enc = new TextEncoder();
  const input = (text: string): DocumentInput => ({ id: 'local/lighthouse.txt', path: 'local/lighthouse.txt', url: null, bytes: enc.encode(text) });
  const opts = (o: Partial<CleanOptions> = {}): CleanOptions => ({ ...DEFAULT_OPTIONS, ...o });

  it('cleans the dump into an article that passes ArticleSchema', () => {
    const r = cleanDocument(input(makeDump()), opts(), rules);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { article } = r.value;
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    expect(article.schema).toBe('artclean/article@1');
    expect(article.id).toBe('local/lighthouse.txt');
    expect(article.source).toEqual({ path: 'local/lighthouse.txt', format: 'text', bytes: enc.encode(makeDump()).length, url: null });
    expect(article.headline).toBe(HEADLINE);
    expect(article.authors).toEqual(['Jane Roe']);
    expect(article.removed).toBeUndefined();
  });

  it('fails the min-words gate when minWords is above the body length', () => {
    const r = cleanDocument(input(makeDump()), opts({ minWords: 5000 }), rules);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.code).toBe('gate');
      expect(r.reason.message).toMatch(/min-words 5000/);
    }
    // …and passes it when the body is long enough
    expect(cleanDocument(input(makeDump()), opts({ minWords: 200 }), rules).ok).toBe(true);
  });

  it('fails the require gate for a byline on a dump without one', () => {
    const noByline = makeDump({ byline: false });
    const r = cleanDocument(input(noByline), opts({ require: ['byline'] }), rules);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.code).toBe('gate');
      expect(r.reason.message).toContain('byline');
    }
    // the same dump passes without the gate, and with the byline it passes the gate
    expect(cleanDocument(input(noByline), opts(), rules).ok).toBe(true);
    expect(cleanDocument(input(makeDump()), opts({ require: ['byline', 'headline', 'authors'] }), rules).ok).toBe(true);
  });

  it('adds removed entries with label, rule and text when explain is on', () => {
    const r = cleanDocument(input(makeDump()), opts({ explain: true }), rules);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const removed = r.value.article.removed;
    expect(removed).toBeDefined();
    expect(removed!.length).toBeGreaterThan(0);
    for (const entry of removed!) {
      expect(Object.keys(entry).sort()).toEqual(['label', 'rule', 'text']);
      expect(entry.label.length).toBeGreaterThan(0);
      expect(entry.rule.length).toBeGreaterThan(0);
      expect(typeof entry.text).toBe('string');
    }
    expect(removed!.map((x) => x.text)).toEqual(expect.arrayContaining([...TEASERS, FOOTER]));
    expect(ArticleSchema.safeParse(r.value.article).success).toBe(true);
  });

  it('is deterministic: the same input twice gives deep-equal output', () => {
    const a = cleanDocument(input(makeDump()), opts({ explain: true }), rules);
    const b = cleanDocument(input(makeDump()), opts({ explain: true }), rules);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b.value.article).toEqual(a.value.article);
    expect(JSON.stringify(b.value.article)).toBe(JSON.stringify(a.value.article));
  });

  it('fails with no-article for a page of short link lines', () => {
    const r = cleanDocument(input(['Home', 'Local', ...TEASERS, 'Contact us', FOOTER].join('\n')), opts(), rules);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.code).toBe('no-article');
  });
});

/** The same page with the byline written in other ways: a custom header between nav and body. */
function dumpWithHeader(header: string[], extra: { before?: string[]; after?: string[] } = {}): string {
  return ['Skip to content', 'Home', 'Local', ...(extra.before ?? []), HEADLINE, ...header, ...PARAGRAPHS, ...(extra.after ?? []), FOOTER].join('\n');
}

describe('classify: bylines without a "By …" line', () => {
  it('takes the name on the line after a prefix that stands alone', () => {
    const a = draft(dumpWithHeader(['By', 'Mara Lindqvist', 'March 3, 2025']));
    expect(a.authors).toEqual(['Mara Lindqvist']);
  });

  it('takes the name after a date line that ends with the prefix ("… 11:46 von")', () => {
    const a = draft(dumpWithHeader(['21.01.2022 11:46 von', 'Jonas Weber']));
    expect(a.authors).toEqual(['Jonas Weber']);
  });

  it('takes a bare name next to a date line above the first paragraph', () => {
    const a = draft(['Skip to content', 'Home', 'Local', 'Weather', 'Council news', 'Mara Lindqvist', 'March 3, 2025', ...PARAGRAPHS, FOOTER].join('\n'));
    expect(a.authors).toEqual(['Mara Lindqvist']);
  });

  it('does not take a prefix line inside the comment section', () => {
    const a = draft(dumpWithHeader(['March 3, 2025'], { after: ['Comments', 'By', 'Tomas Berg', 'Great article, thanks for writing it.'] }));
    expect(a.authors).toEqual([]);
  });
});

describe('classify: photo galleries', () => {
  const slides = ['1/5 Harbour at dawn', 'Boats wait for the tide to turn in the early light of the morning.', '2/5 Market day', 'Stalls line the quay.', '3/5 The ferry', 'The ferry leaves for the island.', '4/5 Lighthouse', 'The tower before the repairs.', '5/5 Evening', 'The quay lit up at night.'];

  it('labels slides counted "k/N" and their captions as a gallery, not body', () => {
    const { blocks } = run(dumpWithHeader(['March 3, 2025'], { after: ['Town life in pictures', ...slides] }));
    for (const s of slides) {
      const b = blockWith(blocks, s);
      expect(b.label).toBe('related');
      expect(b.rule).toBe('signal:gallery-run');
    }
    for (const p of PARAGRAPHS) expect(blockWith(blocks, p).label).toBe('body');
  });

  it('leaves counters that do not count up alone', () => {
    const { blocks } = run(dumpWithHeader(['March 3, 2025'], { after: ['3/5 one', '1/5 two', '4/5 three', '2/5 four'] }));
    expect(blocks.filter((b) => b.rule === 'signal:gallery-run')).toHaveLength(0);
  });
});

describe('classify: headline candidates', () => {
  it('does not take a caption that ends with its "hide caption" toggle as the headline', () => {
    const a = draft(dumpWithHeader(['March 3, 2025', 'The keeper stands below the dark tower on the northern quay. Jane Roe/AP hide caption']));
    expect(a.headline).toBe(HEADLINE);
  });
});

describe('classify: repeated blocks and list articles', () => {
  const ALT = 'The restored lamp is lifted into the lantern room by a crane on a cold morning at the quay.';

  it('takes a long sentence repeated back to back (alt text, then caption) out of the body', () => {
    const dump = dumpWithHeader(['March 3, 2025'], {}).replace(PARAGRAPHS[2]!, `${ALT}\n${ALT}\n${PARAGRAPHS[2]!}`);
    const { blocks, assembled } = run(dump);
    const labels = blocks.filter((b) => b.text === ALT).map((b) => `${b.label}/${b.rule}`);
    expect(labels).toEqual(['ui-label/signal:adjacent-duplicate', 'caption/caption:repeated-alt-text']);
    expect(assembled.ok && assembled.value.body.includes('crane')).toBe(false);
  });

  it('keeps a headline that the page repeats back to back as the headline', () => {
    const a = draft(['Skip to content', 'Home', HEADLINE, HEADLINE, 'March 3, 2025', ...PARAGRAPHS, FOOTER].join('\n'));
    expect(a.headline).toBe(HEADLINE);
  });

  it('keeps the item paragraphs of a list article between their short product lines', () => {
    const items = [
      ['Harbour Lamp Mk II for $120', 'See it now: Example Shop', 'The second version of the harbour lamp is brighter than the first, and it runs for a whole night on one charge, which is why we liked it.'],
      ['Quay Boots for $80', 'See it now: Example Shop', 'These boots kept our feet dry through a whole winter on the quay, and the soles still grip well on wet stone after many months of use.'],
      ['Rowing Gloves for $25', 'See it now: Example Shop', 'The gloves are thin enough to feel the oar and warm enough for early mornings, and they dry quickly when they are hung up after a session.'],
    ].flat();
    const dump = [HEADLINE, 'By Jane Roe', PARAGRAPHS[0]!, PARAGRAPHS[1]!, ...items, PARAGRAPHS[2]!, PARAGRAPHS[3]!, FOOTER].join('\n');
    // A scorer on length alone: the long paragraphs score as body, the item paragraphs just under
    // the body threshold (above the grow threshold), the short product lines well below it.
    const seg = segmentText(dump, rules);
    const k = FEATURE_NAMES.indexOf('logWords');
    const lw = (text: string): number => documentFeatures(seg.blocks, rules).vectors[seg.blocks.findIndex((b) => b.text === text)]![k]!;
    const logit = (p: number): number => Math.log(p / (1 - p));
    const [long, medium] = [lw(PARAGRAPHS[0]!), lw(items[2]!)];
    const a = (logit(0.9) - logit(0.42)) / (long - medium);
    const weights = FEATURE_NAMES.map((n) => (n === 'bias' ? logit(0.42) - a * medium : n === 'logWords' ? a : 0));
    const { blocks } = classify(seg, rules, { weights, source: 'test' });
    const paragraphs = items.filter((x) => x.split(' ').length > 12);
    for (const t of paragraphs) {
      const b = blockWith(blocks, t);
      expect(b.score).toBeLessThan(0.5);
      expect(b.label).toBe('body');
    }
    expect(blockWith(blocks, paragraphs[1]!).rule).toBe('signal:inside-body');
  });
});

describe('classify: numbered lists and blog excerpts', () => {
  it('keeps a numbered list that the body runs into, with the lines between its items', () => {
    const list = ['1) A lamp for the porch', 'http://example.com/l1', '2) Boots for the quay', 'http://example.com/l2', '3) Gloves for rowing', 'http://example.com/l3', '4) A map of the harbour', 'http://example.com/l4'];
    const { blocks } = run([HEADLINE, 'By Jane Roe', PARAGRAPHS[0]!, PARAGRAPHS[1]!, ...list, FOOTER].join('\n'));
    for (const t of list) expect(blockWith(blocks, t).label).toBe('body');
  });

  it('leaves a numbered list far from the body alone', () => {
    const list = ['1. Home', '2. News', '3. Sport', '4. Weather'];
    const { blocks } = run([...list, 'Menu', 'Search', 'Subscribe', 'Sign in', 'Latest', HEADLINE, 'By Jane Roe', ...PARAGRAPHS, FOOTER].join('\n'));
    for (const t of list) expect(blockWith(blocks, t).label).not.toBe('body');
  });

  it('labels an excerpt that ends with "[…]" a teaser', () => {
    const excerpt = 'I want to tell you about another change to the harbour lamp that we made over the winter […]';
    const { blocks } = run([HEADLINE, 'By Jane Roe', ...PARAGRAPHS, excerpt, FOOTER].join('\n'));
    expect(blockWith(blocks, excerpt)).toMatchObject({ label: 'related', rule: 'signal:excerpt-marker' });
  });
});

describe('classify: HTML structure that only looks like boilerplate', () => {
  const htmlRun = (body: string): LabelledBlock[] => classify(segmentHtml(`<html><body><article><h1>${HEADLINE}</h1>${body}</article></body></html>`), rules).blocks;
  const paras = (ps: string[]): string => ps.map((p) => `<p>${p}</p>`).join('');

  it('does not open the comment section at a table column called "Comment"', () => {
    const cell = (tag: string, t: string): string => `<${tag}><p>${t}</p></${tag}>`;
    const table = `<table><tr>${cell('th', 'State')}${cell('th', 'Comment')}</tr><tr>${cell('td', 'started')}${cell('td', 'The task has been claimed by a worker and is running.')}</tr></table>`;
    const blocks = htmlRun(paras(PARAGRAPHS.slice(0, 3)) + table + paras(PARAGRAPHS.slice(3)));
    for (const p of PARAGRAPHS.slice(3)) expect(blockWith(blocks, p).label).toBe('body');
  });

  it('takes a comment container after the article for the comment thread, even when its posts outweigh the article', () => {
    const posts = [
      'I walked past the quay last night and the scaffolding is already up, which surprised me because nobody told us the work would start so soon.',
      'My grandfather kept that light for twenty years and he always said the lens was the best thing the town ever bought, so I am glad it will shine again.',
      'The cost is far too high for a building that nobody needs any more now that every boat has a satellite receiver, and I said so at the meeting.',
      'Will the tower be open to visitors after the repairs, or will it stay locked like it was before the council closed it for safety reasons?',
    ];
    const thread = `<div id="comments"><h3>Reader posts</h3>${posts.map((t) => `<div class="comment-body"><p>${t}</p><p>${t}</p></div>`).join('')}</div>`;
    const blocks = htmlRun(paras(PARAGRAPHS.slice(0, 3)) + thread);
    for (const p of PARAGRAPHS.slice(0, 3)) expect(blockWith(blocks, p).label).toBe('body');
    for (const t of posts) expect(blockWith(blocks, t)).toMatchObject({ label: 'comments', rule: 'signal:comment-container' });
  });

  it('keeps the article when a wrapper named after comments holds the whole page', () => {
    const blocks = classify(segmentHtml(`<html><body><div class="page-with-comments"><h1>${HEADLINE}</h1>${paras(PARAGRAPHS)}</div></body></html>`), rules).blocks;
    for (const p of PARAGRAPHS) expect(blockWith(blocks, p).label).toBe('body');
  });

  it('keeps the article when its text sits in one element named after comments below the headline and an intro', () => {
    const page = `<html><body><h1>${HEADLINE}</h1><p>${PARAGRAPHS[0]}</p><div class="entry comments-enabled">${paras(PARAGRAPHS.slice(1))}</div></body></html>`;
    const blocks = classify(segmentHtml(page), rules).blocks;
    for (const p of PARAGRAPHS.slice(1)) expect(blockWith(blocks, p).label).toBe('body');
  });

  it('keeps the article when its own element is named after comments, even below a long notice', () => {
    const notice = paras(PARAGRAPHS.slice(3, 6)); // 150 words of prose above the article
    const page = `<html><body><div class="notice">${notice}</div><article class="post has-comments"><h1>${HEADLINE}</h1>${paras(PARAGRAPHS.slice(0, 3))}</article></body></html>`;
    const blocks = classify(segmentHtml(page), rules).blocks;
    for (const p of PARAGRAPHS.slice(0, 3)) expect(blockWith(blocks, p).label).toBe('body');
  });

  const CARDS = [
    ['TRAVEL', 'Ferry timetable changes for the spring', 'The first boat leaves half an hour earlier from April, and the last one returns after the concert on Saturdays.'],
    ['TOWN', 'Market stalls move closer to the water', 'Traders say the new places by the quay bring more visitors, although the wind makes the awnings hard to keep up.'],
    ['SCHOOLS', 'School choir wins regional prize', 'Forty pupils sang in the final at the cathedral, and their teacher says the prize money will pay for a trip abroad.'],
  ] as const;

  it('takes a grid of teaser cards (kicker, linked heading, description) after the article for related stories', () => {
    const grid = `<section class="grid">${CARDS.map(([k, h, d]) => `<div class="col"><div class="label">${k}</div><h2><a href="/story">${h}</a></h2><p>${d}</p></div>`).join('')}</section>`;
    const blocks = classify(segmentHtml(`<html><body><article><h1>${HEADLINE}</h1>${paras(PARAGRAPHS.slice(0, 4))}</article>${grid}</body></html>`), rules).blocks;
    for (const p of PARAGRAPHS.slice(0, 4)) expect(blockWith(blocks, p).label).toBe('body');
    for (const [k, h, d] of CARDS) for (const t of [k, h, d]) expect(blockWith(blocks, t).label).not.toBe('body');
    expect(blocks.filter((b) => b.rule === 'signal:teaser-cards').length).toBeGreaterThan(0);
  });

  it('keeps a listicle whose linked headings are part of the article', () => {
    const items = CARDS.map(([, h, d]) => `<h3><a href="https://shop.example/item">${h}</a></h3><p>${d}</p>`).join('');
    const blocks = htmlRun(paras(PARAGRAPHS.slice(0, 2)) + items + paras(PARAGRAPHS.slice(2, 4)));
    for (const [, , d] of CARDS) expect(blockWith(blocks, d).label).toBe('body');
  });

  it('keeps the first paragraph under a linked headline: cards only follow the article\'s first paragraph', () => {
    const blocks = classify(segmentHtml(`<html><body><article><h2><a href="/self">${HEADLINE}</a></h2><p>${DEK}</p>${paras(PARAGRAPHS.slice(0, 4))}</article></body></html>`), rules).blocks;
    expect(blocks.some((b) => b.rule === 'signal:teaser-cards')).toBe(false);
  });

  it('never takes a list item that is all link text for body', () => {
    const links = ['The harbour council votes again on the ferry terminal after a long winter of leaks in the waiting room', 'Volunteers from the rowing club repaint the lifeboat station before the summer season begins'];
    const blocks = htmlRun(paras(PARAGRAPHS.slice(0, 4)) + '<ul>' + links.map((t) => `<li><a href="/x">${t}</a></li>`).join('') + '</ul>');
    for (const t of links) expect(blockWith(blocks, t).label).not.toBe('body');
  });

  it('ends a teaser run at a list item of long prose: the article\'s own list', () => {
    const items = [PARAGRAPHS[4]!, PARAGRAPHS[5]!];
    const blocks = htmlRun(paras(PARAGRAPHS.slice(0, 3)) + '<h2>Most popular</h2><ul>' + items.map((t) => `<li>${t}</li>`).join('') + '</ul>' + paras([PARAGRAPHS[3]!]));
    for (const t of items) expect(blockWith(blocks, t).rule).not.toBe('signal:teaser-run');
  });
});

describe('classify: the headline above the main body run', () => {
  it('finds the headline right above the article when a prose notice opens the page', () => {
    // A site's "about us" box: two prose paragraphs that the scorer takes for body.
    const about = [
      'The Example Herald has reported on the harbour towns of the northern coast since 1890, and its reporters still walk the quays every morning to find out what the fishermen, the ferry crews and the shopkeepers are talking about.',
      'Our newsroom is owned by its readers, and every member can vote at the annual meeting on how the paper spends its money, which stories it follows and which new reporters it hires for the coming year.',
    ];
    const nav = ['Home', 'Local', 'Weather', 'Sport', 'Business', 'Culture', 'Travel', 'Opinion', 'Podcasts', 'Video'];
    const a = draft([...about, ...nav, HEADLINE, 'March 3, 2025', ...PARAGRAPHS, FOOTER].join('\n'));
    expect(a.headline).toBe(HEADLINE);
    expect(a.body).not.toContain('newsroom');
  });

  it('takes a Japanese headline of more than thirty characters as a candidate', () => {
    const ja = '港の灯台が十年ぶりに再び点灯し、町の人々が夜の岸壁に集まって新しい光を見上げた';
    const seg = segmentText(['ホーム', 'ニュース', ja, ...PARAGRAPHS].join('\n'), rules);
    let texts: string[] = [];
    classify(seg, rules, undefined, (c) => (texts = c.map((x) => seg.blocks[x.index]!.text)));
    expect(ja.length).toBeGreaterThan(30);
    expect(texts).toContain(ja);
  });
});

describe('captions with a © credit', () => {
  it('splits "… © Agency / Photographer" into caption and credit', () => {
    const m = rules.trailingCredit.exec('The minister opens the harbour forum on Tuesday. © Example Ministry / Photodesk');
    expect(m?.[1]).toBe('The minister opens the harbour forum on Tuesday.');
    expect(m?.[2]).toBe('© Example Ministry / Photodesk');
  });

  it('does not take a copyright footer with a year for a credit', () => {
    expect(rules.creditOnly.test('© 2024 Example Herald')).toBe(false);
  });
});

describe('classify: a photo credit is not a byline', () => {
  it('does not take the credit under a caption and its "toggle caption" line for the byline', () => {
    const caption = 'The keeper stands below the dark tower on the northern quay.';
    const a = draft(['Home', HEADLINE, 'March 3, 2025', 'Enlarge this image', caption, 'toggle caption', 'Jane Roe/AP', ...PARAGRAPHS, FOOTER].join('\n'));
    expect(a.authors).not.toContain('Jane Roe');
  });
});

describe('classify: a short article that scores under the body threshold', () => {
  it('takes its prose blocks above the grow threshold as the body when nothing else is body', () => {
    const seg = segmentText(['Home', 'News', HEADLINE, PARAGRAPHS[0]!, PARAGRAPHS[1]!, 'Share', FOOTER].join('\n'), rules);
    const logit = (p: number): number => Math.log(p / (1 - p));
    const weights = FEATURE_NAMES.map((n) => (n === 'bias' ? logit(0.4) : 0)); // every block scores 0.4
    const { blocks } = classify(seg, rules, { weights, source: 'test' });
    expect(blockWith(blocks, PARAGRAPHS[0]!)).toMatchObject({ label: 'body', rule: 'signal:short-article' });
    expect(blockWith(blocks, 'Share').label).not.toBe('body');
  });

  it('does so too when a stray short line is the only block above the body threshold', () => {
    const stray = 'Weekend Market Opens Early';
    const seg = segmentText(['Home', 'News', HEADLINE, PARAGRAPHS[0]!, PARAGRAPHS[1]!, 'Share', stray, FOOTER].join('\n'), rules);
    const logit = (p: number): number => Math.log(p / (1 - p));
    // prose (few capitals) scores about 0.42; a title-case line about 0.9
    const weights = FEATURE_NAMES.map((n) => (n === 'bias' ? logit(0.4) : n === 'titleCaseShare' ? 2.6 : 0));
    const { blocks } = classify(seg, rules, { weights, source: 'test' });
    expect(blockWith(blocks, stray).score).toBeGreaterThan(0.5);
    expect(blockWith(blocks, PARAGRAPHS[0]!)).toMatchObject({ label: 'body', rule: 'signal:short-article' });
    expect(blockWith(blocks, PARAGRAPHS[1]!).label).toBe('body');
  });
});

describe('classify: a bare name by a reading time', () => {
  it('takes the name above "14 min read" for the byline', () => {
    const a = draft(['Home', 'Mara Lindqvist', '14 min read', HEADLINE, ...PARAGRAPHS, FOOTER].join('\n'));
    expect(a.authors).toEqual(['Mara Lindqvist']);
  });
});

describe('a Swedish article (stopwords of a language the prose signal needs)', () => {
  const sv = [
    'Kommunen vill lägga ned färjelinjen till ön och i stället erbjuda en båttaxi som de boende kan beställa när de behöver den. Förslaget finns med i den besparingslista som presenterades på tisdagen.',
    'Enligt kommunens beräkningar skulle det spara flera miljoner kronor om året, men de som bor på ön är oroliga för att det blir svårare att ta sig till jobbet och till skolan på fastlandet.',
    'Det är inte första gången som linjen hotas. För tio år sedan fanns ett liknande förslag, som drogs tillbaka efter protester från de bofasta och från de företag som har sin verksamhet på ön.',
    'Oppositionen har redan sagt att den kommer att rösta emot förslaget. Kommunfullmäktige ska fatta beslut om budgeten i slutet av april, och fram till dess fortsätter färjan att gå som vanligt.',
    'På ön har beskedet tagits emot med ilska. Många säger att de inte vill flytta, men att det blir svårt att bo kvar om man måste ringa och boka en båt varje gång man ska till affären.',
  ];
  it('keeps every paragraph and reads the byline and the date', () => {
    const a = draft(['Nyheter', 'Färjelinjen till ön kan läggas ned', 'Av Karin Holm', 'Publicerad 5 mars 2025 kl. 14.20', ...sv, 'Mest läst'].join('\n'));
    expect(a.body.split('\n\n')).toHaveLength(sv.length);
    expect(a.authors).toEqual(['Karin Holm']);
    expect(a.published).toBe('2025-03-05');
    expect(a.lang).toBe('sv');
  });
});

describe('captions: a figure run into the paragraph before it', () => {
  const glued = `${PARAGRAPHS[2]} The quay at dusk. Photo: Jane Roe/AFP`;
  it('a paragraph with a caption glued on stays body', () => {
    const a = draft(['Home', HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], glued, PARAGRAPHS[3], PARAGRAPHS[4], FOOTER].join('\n'));
    expect(a.body).toContain(PARAGRAPHS[2]!.slice(0, 60));
  });
  it('a two-sentence caption with its credit is still a caption', () => {
    const caption = 'Workers lift the new lamp into the lantern room of the tower. The work took three weeks. Photo: Jane Roe/AFP';
    const a = draft(['Home', HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], caption, PARAGRAPHS[3], PARAGRAPHS[4], FOOTER].join('\n'));
    expect(a.body).not.toContain('Workers lift the new lamp');
    expect(a.images.map((im) => im.credit)).toContain('Photo: Jane Roe/AFP');
  });
});

describe('classify: a name below the article is no title', () => {
  it('a contact block\'s name after the body gives way to the title above the body', () => {
    // (A synthetic press release from our page audit: the name in the text pulls the ranking to the contact.)
    const title = 'Bodenbakterien als Klimaschützer: Forschende entdecken neuen Stoffwechselweg';
    const text = 'Die Arbeitsgruppe von Prof. Dr. Henrike Mallow am Institut für Bodenökologie hat nun in Proben aus dem Venner Moor eine Bakterienart identifiziert, die Methan auch unter extrem sauerstoffarmen Bedingungen verwerten kann. Bisher ging man davon aus, dass dafür deutlich mehr Sauerstoff nötig ist.';
    const a = draft(['Kontakt Pressestelle', title, text, 'Prof. Dr. Henrike Mallow'].join('\n'));
    expect(a.headline).toBe(title);
  });
  it('the title above the text stays the headline when the authors sign off below it', () => {
    const title = 'In the harbour town, the closing of the ferry office divides the council';
    const text = 'The member for the district has asked the minister for a pause. But in the harbour town the decision is already taken, and the staff of the ferry office were told on Monday that the counter will close at the end of the month.';
    const a = draft([title, 'Share on LinkedIn', text, 'Mara Lindqvist (in the harbour town, special correspondent) and Tom Keller'].join('\n'));
    expect(a.headline).toBe(title);
  });
});

describe('classify: a bare name made of the page\'s own words', () => {
  // The paragraphs use "harbour", "council", "ferry" and "winter" in lower case.
  const dump = (line: string): string => ['Home', HEADLINE, line, ...PARAGRAPHS, FOOTER].join('\n');
  it.each(['Harbour Council', 'FERRY TERMINAL', 'Winter Volunteers', 'Neueste Kommentare', 'Site Logo'])('does not take %p for a byline', (line) => {
    expect(draft(dump(line)).authors).toEqual([]);
  });
  it('takes a name whose words the page does not use in lower case', () => {
    expect(draft(dump('Mara Lindqvist')).authors).toEqual(['Mara Lindqvist']);
  });
  it('takes a given name that is also a common word ("Rose") when the page uses the word', () => {
    const flood = 'The water rose over the northern quay twice last winter, and the harbour master closed the gates to the car park until the tide had turned again in the early morning.';
    const withFlood = ['Home', HEADLINE, 'Rose Harrow', ...PARAGRAPHS, flood, FOOTER].join('\n');
    expect(draft(withFlood).authors).toEqual(['Rose Harrow']);
  });
  it('ignores the name\'s words in an e-mail address or a handle', () => {
    const withContact = ['Home', HEADLINE, 'Mara Lindqvist', ...PARAGRAPHS, 'Write to mara.lindqvist@example.org or @mara_lindqvist', FOOTER].join('\n');
    expect(draft(withContact).authors).toEqual(['Mara Lindqvist']);
  });
});

describe('classify: a header byline with an author box below the article', () => {
  const dump = (box: string): string => ['Home', HEADLINE, "Tim O'Brannigan", 'Follow', '14 min read', ...PARAGRAPHS, 'Written by', box, FOOTER].join('\n');
  it('takes the name by the reading time above the body, not only the box', () => {
    const { blocks } = run(dump("Tim O'Brannigan"));
    expect(blockWith(blocks, "Tim O'Brannigan")).toMatchObject({ label: 'byline', rule: 'byline:name-by-date' });
  });
  it('reports the header byline first when the box names someone else', () => {
    expect(draft(dump('Mara Lindqvist')).authors).toEqual(["Tim O'Brannigan"]);
  });
});

describe('classify: title, dek, byline', () => {
  const title = 'Why the harbour council finally voted for the lighthouse';
  const dek = 'Restoring the lamp turned out cheaper than leaving it dark';
  // A ranking of four-to-twenty-word blocks by their closeness to the body: the one on the byline
  // wins, the block above it is a close second.
  const weights = HEADLINE_FEATURES.map((n) => (n === 'distanceToBody' ? -1 : n === 'words4to20' ? 3 : 0));
  const model = { ...weightsFor('text'), headline: weights };
  const labels = (above: string) => classify(segmentText(['Home', above, dek, 'By Jane Roe', ...PARAGRAPHS, FOOTER].join('\n'), rules), rules, model).blocks;

  it('takes the title-shaped block above a winner that sits on the byline', () => {
    const blocks = labels(title);
    expect(blockWith(blocks, title).label).toBe('headline');
    expect(blockWith(blocks, dek).label).toBe('dek');
  });

  it('takes the title above a bare-name byline when the winner sits under it (title, byline, dek)', () => {
    const { blocks } = { blocks: classify(segmentText(['Home', title, 'Jane Roe', dek, ...PARAGRAPHS, FOOTER].join('\n'), rules), rules, model).blocks };
    expect(blockWith(blocks, title).label).toBe('headline');
  });

  it('keeps the winner under a kicker in capitals or a sentence', () => {
    expect(blockWith(labels('HARBOUR NEWS FROM THE QUAY TODAY'), dek).label).toBe('headline');
    expect(blockWith(labels('The council met on the quay at noon.'), dek).label).toBe('headline');
  });
});

describe('classify: a list a paragraph introduces with a colon', () => {
  const stops = ['May 3 -- Old Quay, Kestrel Bay', 'May 10 -- Harbour Hall, Northmoor', 'May 17 -- Fish Market, Wexham', 'May 24 -- Lighthouse Green, Aldbury'];
  it('is the article\'s list when its items share a shape', () => {
    const { blocks } = run([HEADLINE, 'By Jane Roe', ...PARAGRAPHS, 'The choir will sing at these stops:', ...stops, 'Latest news', ...TEASERS, FOOTER].join('\n'));
    for (const t of stops) expect(blockWith(blocks, t)).toMatchObject({ label: 'body', rule: 'signal:colon-list' });
    expect(blockWith(blocks, TEASERS[0]!).label).not.toBe('body');
  });
  it('is not taken when the lines below do not look like one list', () => {
    const { blocks } = run([HEADLINE, 'By Jane Roe', ...PARAGRAPHS, 'The choir will sing at these stops:', ...TEASERS, FOOTER].join('\n'));
    for (const t of TEASERS) expect(blockWith(blocks, t).rule).not.toBe('signal:colon-list');
  });
});

describe('classify: a recipe\'s ingredient list', () => {
  const items = ['250 g plain flour', '2 tablespoons sunflower oil', '1 large onion, chopped', '1½ cups warm water'];
  it('is body, with a sub-heading between its lines, however unlike prose', () => {
    const { blocks } = run([HEADLINE, 'By Jane Roe', PARAGRAPHS[0]!, 'Latest news', ...items, 'For the glaze:', '2 tbsp honey', '1 tsp lemon juice', PARAGRAPHS[1]!, PARAGRAPHS[2]!, FOOTER].join('\n'));
    for (const t of [...items, 'For the glaze:', '2 tbsp honey']) expect(blockWith(blocks, t)).toMatchObject({ label: 'body', rule: 'signal:ingredient-list' });
  });
  it('needs three lines or more', () => {
    const { blocks } = run([HEADLINE, 'By Jane Roe', PARAGRAPHS[0]!, 'Latest news', ...items.slice(0, 2), ...TEASERS, PARAGRAPHS[1]!, FOOTER].join('\n'));
    for (const t of items.slice(0, 2)) expect(blockWith(blocks, t).rule).not.toBe('signal:ingredient-list');
  });
});

describe('classify: a teaser box inside a numbered article', () => {
  it('ends at the article\'s next numbered item', () => {
    const dump = [
      HEADLINE, 'By Jane Roe',
      '1. Check the lamp before the storm season', PARAGRAPHS[0]!,
      '2. Keep the stairs dry', PARAGRAPHS[1]!,
      'Read more', 'Ferry timetable changes for the spring', 'Market stalls move closer to the water',
      '3. Paint the lantern room every year', PARAGRAPHS[2]!, PARAGRAPHS[3]!,
    ].join('\n');
    const { blocks } = run(dump);
    expect(blockWith(blocks, 'Ferry timetable changes for the spring').rule).toBe('signal:teaser-run');
    expect(blockWith(blocks, '3. Paint the lantern room every year').rule).not.toBe('signal:teaser-run');
  });
});

describe('withoutGluedKicker', () => {
  const lb = (text: string): LabelledBlock => ({ index: 0, text, kind: 'paragraph', label: 'related', rule: 'x', score: 0 }) as unknown as LabelledBlock;
  it('drops a kicker that another block prints apart after a colon or a dash', () => {
    expect(withoutGluedKicker('Lighthouse Council votes to restore the lamp', [lb('3 comments on "Lighthouse: Council votes to restore the lamp"')])).toBe('Council votes to restore the lamp');
    expect(withoutGluedKicker('Harbour news Council votes to restore the lamp', [lb('More on: Harbour news - Council votes to restore the lamp')])).toBe('Council votes to restore the lamp');
  });
  it('keeps the headline when no block prints a kicker apart', () => {
    expect(withoutGluedKicker('Lighthouse Council votes to restore the lamp', [lb('Council votes to restore the lamp'), lb('Lighthouse Council votes to restore the lamp')])).toBe('Lighthouse Council votes to restore the lamp');
  });
});

describe('breadcrumbTrail', () => {
  it.each([
    ['Home / Guides / Council votes to restore the lamp', 'Council votes to restore the lamp', ['Home', 'Guides']],
    ['Startseite » Hafen » Stadtrat stimmt für den Leuchtturm', 'Stadtrat stimmt für den Leuchtturm', ['Startseite', 'Hafen']],
    ['News › Local › Council votes to restore the lamp', 'Council votes to restore the lamp', ['News', 'Local']],
    ['> Council votes to restore the lamp', 'Council votes to restore the lamp', []],
    ['Home >> Harbour >> Council votes to restore the lamp', 'Council votes to restore the lamp', ['Home', 'Harbour']],
  ])('"%s" → "%s"', (h, title, crumbs) => {
    expect(breadcrumbTrail(h)).toEqual({ title, crumbs });
  });
  it.each([
    'Fish / Chips / The quay is busy again', // a slash trail only counts after a home crumb
    'Council votes » restore', // two words left: not a title
    'Why the harbour council, after ten long years of argument » finally agreed',
  ])('"%s" is kept', (h) => {
    expect(breadcrumbTrail(h)).toEqual({ title: h, crumbs: [] });
  });
  it('gives the section of the article', () => {
    const a = draft(['Skip to content', 'Home / Harbour / Council votes to restore the old lighthouse', 'By Jane Roe', ...PARAGRAPHS, FOOTER].join('\n'));
    expect(a.headline).toBe('Council votes to restore the old lighthouse');
    expect(a.section).toEqual(['Harbour']);
  });
});

describe('headline candidates: form controls, image alt text and menus a text dump prints', () => {
  it.each([
    '[ ] I agree to receive the harbour newsletter by email',
    '(*) Send me the weekly digest of harbour news',
    '[Get the harbour newsletter delivered to your inbox every morning]',
    'Home|News|Sport|Weather|Culture|Travel|Opinion',
    'The Harbour CourierNews Business SportsSubscribe Log In', // menu links printed without spaces
    'Logo Harbour Courier', // a logo's alternative text
    'Logo der Hafenzeitung',
  ])('"%s" is never the headline', (line) => {
    const a = draft(['Skip to content', line, HEADLINE, 'By Jane Roe', ...PARAGRAPHS, FOOTER].join('\n'));
    expect(a.headline).toBe(HEADLINE);
    // with no other title above the byline, it would be the only candidate left
    expect(blockWith(run(['Skip to content', line, 'By Jane Roe', ...PARAGRAPHS].join('\n')).blocks, line).label).not.toBe('headline');
  });
  it('reads a trail with doubled separators as a breadcrumb, home crumb and the "main text" crumb left out of the section', () => {
    const a = draft(['Skip to content', '首页 >> 教育 >> 正文', HEADLINE, 'By Jane Roe', ...PARAGRAPHS, FOOTER].join('\n'));
    expect(a.headline).toBe(HEADLINE);
    expect(a.section).toEqual(['教育']);
  });
});

describe('assemble (HTML): a kicker inside the <h1>', () => {
  it('is left out of the headline, with the separator between them', () => {
    const page = `<html><body><article><h1><span class="dachzeile">Hafen</span><span>: </span><span>${HEADLINE}</span></h1><p class="byline">By Jane Roe</p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const r = cleanDocument({ id: 'k', path: null, url: null, bytes: Buffer.from(page) }, DEFAULT_OPTIONS, rules);
    expect(r.ok && r.value.article.headline).toBe(HEADLINE);
  });
});

describe('classify (text): the <link> bar a text browser prints first', () => {
  it('is navigation and never the headline, even when it holds the title', () => {
    const dump = [`#Harbour Herald » Feed Harbour Herald » ${HEADLINE} Comments Feed`, '', HEADLINE, '', 'By Jane Roe', '', ...PARAGRAPHS.flatMap((p) => [p, ''])].join('\n');
    const { blocks } = run(dump);
    expect(blocks[0]).toMatchObject({ label: 'navigation', rule: 'signal:link-bar' });
    expect(draft(dump).headline).toBe(HEADLINE);
  });
  it('a query string wrapped onto its own line is never the headline', () => {
    const dump = ['=320&mode=grid&theme=dark&lang=en', HEADLINE, 'By Jane Roe', ...PARAGRAPHS].join('\n');
    expect(blockWith(run(dump).blocks, '=320&mode=grid&theme=dark&lang=en').label).not.toBe('headline');
    expect(draft(dump).headline).toBe(HEADLINE);
  });
});

describe('assemble: a character reference in a text dump\'s headline', () => {
  it('is decoded', () => {
    const a = draft(['Home', 'Council votes to restore the old lighthouse &mdash; at last', 'By Jane Roe', ...PARAGRAPHS, FOOTER].join('\n'));
    expect(a.headline).toBe('Council votes to restore the old lighthouse — at last');
  });
});

describe('classify (HTML): a sub-heading between the body paragraphs of the article container', () => {
  it('is body however plainly it scores', () => {
    const html = `<html><body><article><h1>${HEADLINE}</h1>${PARAGRAPHS.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}<h2>What the engineers found</h2>${PARAGRAPHS.slice(2).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const weights = FEATURE_NAMES.map((n) => (n === 'bias' ? -3 : n === 'prose' ? 6 : 0)); // prose 0.95, anything else 0.05
    const { blocks } = classify(segmentHtml(html), rules, { weights, source: 'test' });
    expect(blockWith(blocks, 'What the engineers found').label).toBe('body');
  });
});

describe('classify: MathML source a text browser printed', () => {
  it('is markup, never body, so the prose around it stays the main run', () => {
    const math = '[MATH: <semantics> <mrow> <mi>a</mi> <mo>=</mo> <mi>b</mi> </mrow> </semantics> :MATH] '.repeat(8);
    const { blocks } = run(['Home', HEADLINE, 'By Jane Roe', ...PARAGRAPHS, math, math, FOOTER].join('\n'));
    expect(blocks.filter((b) => b.text.startsWith('[MATH:')).every((b) => b.rule === 'signal:math-markup')).toBe(true);
    expect(blockWith(blocks, PARAGRAPHS[0]!).label).toBe('body');
  });
  it('takes a block that is only a TeX formula for markup too, not one with words after it', () => {
    const tex = '{\\displaystyle A=\\overline{A^{\\mathsf{T}}}} .';
    const mixed = '{\\displaystyle A^{H}} , then the property of the lighthouse keeper can be written more briefly as follows';
    const { blocks } = run(['Home', HEADLINE, 'By Jane Roe', PARAGRAPHS[0]!, tex, mixed, ...PARAGRAPHS.slice(1), FOOTER].join('\n'));
    expect(blockWith(blocks, tex).rule).toBe('signal:math-markup');
    expect(blockWith(blocks, mixed).rule).not.toBe('signal:math-markup');
  });
});

describe('classify: a web address', () => {
  it('is never the headline', () => {
    const seg = segmentText(['Home', 'https://www.example.org/news/council-votes-to-restore-the-old-lighthouse-1234.php', 'By Jane Roe', ...PARAGRAPHS, FOOTER].join('\n'), rules);
    let got: string[] = [];
    classify(seg, rules, undefined, (c) => (got = c.map((x) => seg.blocks[x.index]!.text)));
    expect(got.some((t) => t.includes('https://'))).toBe(false);
  });
  it('nor is a form line or alt text printed twice', () => {
    const seg = segmentText(['Home', 'Send to e-mail ____________ Your name ____________', 'Harbour at dawn Harbour at dawn', HEADLINE, 'By Jane Roe', ...PARAGRAPHS, FOOTER].join('\n'), rules);
    let got: string[] = [];
    classify(seg, rules, undefined, (c) => (got = c.map((x) => seg.blocks[x.index]!.text)));
    expect(got).toEqual(expect.arrayContaining([HEADLINE]));
    expect(got.some((t) => t.includes('____') || t.startsWith('Harbour at dawn'))).toBe(false);
  });
  it('nor is its slug', () => {
    const seg = segmentText(['Home', 'council-votes-to-restore-the-old-lighthouse', HEADLINE, 'By Jane Roe', ...PARAGRAPHS, FOOTER].join('\n'), rules);
    let got: string[] = [];
    classify(seg, rules, undefined, (c) => (got = c.map((x) => seg.blocks[x.index]!.text)));
    expect(got).toContain(HEADLINE);
    expect(got).not.toContain('council-votes-to-restore-the-old-lighthouse');
  });
});

describe('assemble: a headline broken over two lines', () => {
  it('is printed on one line', () => {
    const html = `<html><body><article><h1>Council votes to restore<br>the old lighthouse</h1><p class="byline">By Jane Roe</p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const r = cleanDocument({ id: 'x.html', path: null, url: null, bytes: Buffer.from(html) }, DEFAULT_OPTIONS, rules);
    expect(r.ok && r.value.article.headline).toBe(HEADLINE);
  });
});

describe('classify: a table of contents under the headline', () => {
  it('never takes one of its items for the headline', () => {
    const subs = ['Why the quay needs a light', 'What the lantern room needs', 'Who pays for the work'];
    const body = subs.flatMap((h, k) => [h, PARAGRAPHS[k]!]);
    const { blocks, assembled } = run(['Home', HEADLINE, 'Contents', ...subs, 'By Jane Roe', ...body, FOOTER].join('\n'));
    expect(blockWith(blocks, HEADLINE).label).toBe('headline');
    expect(blocks.filter((b) => b.rule === 'signal:table-of-contents').map((b) => b.text)).toEqual(subs);
    // The sub-heading it names above the first paragraph opens the body.
    expect(assembled.ok && assembled.value.body.startsWith(`${subs[0]}\n\n${PARAGRAPHS[0]}`)).toBe(true);
  });
});

describe('classify: a headline quoted elsewhere on the page', () => {
  it('marks the candidate that a breadcrumb or title bar repeats', () => {
    const seg = segmentText(['Home', `Home › Local › ${HEADLINE}`, 'Weather', 'Harbour news today', HEADLINE, 'By Jane Roe', ...PARAGRAPHS, FOOTER].join('\n'), rules);
    let got: Array<{ text: string; quoted: number }> = [];
    const k = HEADLINE_FEATURES.indexOf('quotedElsewhere');
    classify(seg, rules, undefined, (c) => (got = c.map((x) => ({ text: seg.blocks[x.index]!.text, quoted: x.x[k]! }))));
    expect(got.find((c) => c.text === HEADLINE)?.quoted).toBe(1);
    expect(got.find((c) => c.text === 'Harbour news today')?.quoted).toBe(0);
  });
});

describe('classify: a sub-heading ranked as the headline', () => {
  it('does not drop the paragraphs above it from the body', () => {
    const sub = 'What the keeper remembers';
    const seg = segmentText(['Home', HEADLINE, 'By Jane Roe', PARAGRAPHS[0]!, PARAGRAPHS[1]!, sub, ...PARAGRAPHS.slice(2), FOOTER].join('\n'), rules);
    // A ranking that prefers candidates under the first paragraph: the sub-heading wins.
    const headline = HEADLINE_FEATURES.map((n) => (n === 'afterMainProse' ? 5 : 0));
    const { blocks } = classify(seg, rules, { ...weightsFor('text'), headline });
    expect(blockWith(blocks, sub).label).toBe('headline');
    expect(blockWith(blocks, PARAGRAPHS[0]!).label).toBe('body');
  });
});
