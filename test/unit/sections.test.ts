import { DEFAULT_OPTIONS } from '../../src/options.js';
import { cleanDocument } from '../../src/pipeline.js';
import { builtinRules } from '../../src/rules/index.js';
import { cleanSections, trailSections } from '../../src/text/sections.js';

const rules = builtinRules();

/** Invented paragraphs of an article. */
const PARAGRAPHS = [
  'The harbour council voted on Tuesday evening to approve a revised ferry timetable that adds two early crossings on weekdays and moves the last evening sailing forward by half an hour.',
  'Councillors said the change follows months of complaints from commuters who work in the town but live on the islands, and who had found the first morning crossing too late for their shifts.',
  'The operator has agreed to run the new schedule for a trial period of six months, after which the council will review passenger numbers and decide whether to keep it for good.',
  'Residents on the outer islands welcomed the decision but asked that the late sailing on Fridays be kept, since many of them rely on it to return from evening classes in the town.',
];
const HEADLINE = 'Harbour council approves new ferry timetable';

function article(html: string) {
  const r = cleanDocument({ id: 'p', path: null, url: null, bytes: Buffer.from(html) }, { ...DEFAULT_OPTIONS, explain: true }, rules);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.article;
}
const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

describe('trailSections: the crumbs of a breadcrumb trail that name sections', () => {
  it.each([
    [['You are here: Home', 'Travel', 'Islands'], ['Travel', 'Islands']], // the trail's label and its home page
    [['Sie sind hier: Startseite', 'Reise'], ['Reise']],
    [['首页', '教育', '正文'], ['教育']], // "main text": the page itself
    [['Home', 'Travel', HEADLINE], ['Travel']], // the headline at the trail's end
    [['Home', 'Travel', 'Harbour council approves new…'], ['Travel']], // the headline cut short
    [['Travel', 'Islands'], ['Travel', 'Islands']],
  ])('%j gives %j', (crumbs, sections) => {
    expect(trailSections(crumbs, HEADLINE)).toEqual(sections);
  });
});

describe('cleanSections: section names, not tags, dates or sentences', () => {
  it.each([
    [['Travel, Islands'], ['Travel', 'Islands']], // a comma-joined list
    [['Travel', 'travel', 'Islands'], ['Travel', 'Islands']], // each once
    [['» Travel'], ['Travel']], // a trail's arrow
    [['< Back', 'Travel'], ['Travel']], // a back link
    [['6. November 2023', '09:18 Uhr', 'Politik'], ['Politik']], // a date and a time
    [['The council met on Tuesday to vote on the new ferry timetable for the islands.'], []], // a description
    [['Ferries, Islands, Harbour, Council, Timetable, Commuters, Weather'], []], // a tag list
  ])('%j gives %j', (names, sections) => {
    expect(cleanSections(names)).toEqual(sections);
  });
});

describe('sections of an HTML page', () => {
  it('are not the site menu entries above the headline', () => {
    const page = `<html><body><header><div class="site-logo">The Coastal Courier</div>
      <nav class="main-menu"><ul><li class="menu-item"><a href="/news">News</a></li><li class="menu-item"><a href="/travel">Travel</a></li><li class="menu-item"><a href="/sport">Sport</a></li></ul></nav></header>
      <article><h1>${HEADLINE}</h1><p class="byline">By Mina Hart</p>${body}</article></body></html>`;
    const a = article(page);
    expect(a.headline).toBe(HEADLINE);
    expect(a.section).toEqual([]);
    expect(a.removed).toEqual(expect.arrayContaining([{ label: 'navigation', rule: 'section:site-menu', text: 'Sport' }]));
  });

  it('are the entries of a breadcrumb list, even inside a <nav>', () => {
    const page = `<html><body><header><nav class="nav"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/travel">Travel</a></li></ol></nav></header>
      <article><h1>${HEADLINE}</h1><p class="byline">By Mina Hart</p>${body}</article></body></html>`;
    expect(article(page).section).toEqual(['Travel']);
  });

  it('come from the metadata when the JSON-LD section holds a description instead', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: HEADLINE, articleSection: PARAGRAPHS[0] };
    const page = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="article:section" content="Islands"></head>
      <body><article><h1>${HEADLINE}</h1>${body}</article></body></html>`;
    expect(article(page).section).toEqual(['Islands']);
  });
});

describe('sections of a text dump', () => {
  it('are not a menu printed one item per line above the headline', () => {
    const dump = ['Coastal Courier', 'News', 'Sport', 'Opinion', 'Culture', 'Travel', HEADLINE, 'By Mina Hart', ...PARAGRAPHS].join('\n');
    const r = cleanDocument({ id: 't', path: null, url: null, bytes: Buffer.from(dump) }, { ...DEFAULT_OPTIONS, format: 'text' }, rules);
    expect(r.ok && r.value.article.section).toEqual([]);
  });
  it('are a breadcrumb printed one crumb per line', () => {
    const dump = ['Coastal Courier', 'Subscribe', 'Home', 'Travel', HEADLINE, 'By Mina Hart', ...PARAGRAPHS].join('\n');
    const r = cleanDocument({ id: 't', path: null, url: null, bytes: Buffer.from(dump) }, { ...DEFAULT_OPTIONS, format: 'text' }, rules);
    expect(r.ok && r.value.article.section).toEqual(['Travel']);
  });
});
