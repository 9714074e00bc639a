import { load } from 'cheerio/slim';
import { extractMeta, normalizeDate, stripSiteSuffix } from '../../src/stages/html-meta.js';
import { segmentHtml } from '../../src/stages/segment-html.js';
import type { PageMeta } from '../../src/model/block.js';

function meta(html: string): PageMeta {
  return extractMeta(load(html));
}

function ldPage(jsonLd: string, head = '', body = ''): string {
  return `<html><head>${head}<script type="application/ld+json">${jsonLd}</script></head><body>${body}</body></html>`;
}

describe('extractMeta: JSON-LD', () => {
  it('reads a NewsArticle inside @graph, resolving @id references', () => {
    const json = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': '#site', name: 'Valley Courier Site' },
        {
          '@type': 'NewsArticle',
          headline: 'Orchard growers expect early bloom',
          author: { '@id': '#mara' },
          datePublished: '2021-03-04T05:06:07Z',
          publisher: { '@id': '#org' },
          articleSection: ['Farming', 'Local'],
          description: 'Warm weeks push trees ahead.',
          inLanguage: 'en-GB',
        },
        { '@type': 'Person', '@id': '#mara', name: 'Mara Quill' },
        { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'Valley Courier' },
      ],
    });
    const m = meta(ldPage(json));
    expect(m.title).toBe('Orchard growers expect early bloom');
    expect(m.authors).toEqual(['Mara Quill']);
    expect(m.published).toBe('2021-03-04T05:06:07Z');
    expect(m.publisher).toBe('Valley Courier');
    expect(m.section).toEqual(['Farming', 'Local']);
    expect(m.description).toBe('Warm weeks push trees ahead.');
    expect(m.sources).toMatchObject({ title: 'json-ld', authors: 'json-ld', published: 'json-ld', publisher: 'json-ld', section: 'json-ld' });
  });

  it('reads an author given as a plain string', () => {
    expect(meta(ldPage('{"@type":"Article","headline":"H","author":"Tomas Brightwater"}')).authors).toEqual(['Tomas Brightwater']);
  });

  it('reads an author given as an object with a name', () => {
    expect(meta(ldPage('{"@type":"BlogPosting","headline":"H","author":{"@type":"Person","name":"Ines Marlow"}}')).authors).toEqual(['Ines Marlow']);
  });

  it('reads a list of authors mixing strings, Person objects and nested lists, deduplicated', () => {
    const json = '{"@type":"ReportageNewsArticle","headline":"H","author":["Ada Fenn",{"@type":"Person","name":"Bo Carrow"},[{"name":"Cy Dale"}],"ada fenn"]}';
    expect(meta(ldPage(json)).authors).toEqual(['Ada Fenn', 'Bo Carrow', 'Cy Dale']);
  });

  it('reads a top-level array of objects and a single articleSection string', () => {
    const json = '[{"@type":"BreadcrumbList"},{"@type":["NewsArticle"],"headline":"From an array","articleSection":"Weather"}]';
    const m = meta(ldPage(json));
    expect(m.title).toBe('From an array');
    expect(m.section).toEqual(['Weather']);
  });

  it('accepts a WebPage only when it carries a headline', () => {
    expect(meta(ldPage('{"@type":"WebPage","headline":"Page headline"}')).title).toBe('Page headline');
    expect(meta(ldPage('{"@type":"WebPage","name":"Just a page"}', '<title>Doc title</title>')).title).toBe('Doc title');
  });

  it('decodes entities and strips tags inside JSON-LD strings', () => {
    expect(meta(ldPage('{"@type":"NewsArticle","headline":"Salt &amp; <b>pepper</b> prices"}')).title).toBe('Salt & pepper prices');
  });

  it('ignores broken JSON-LD and falls back to other sources', () => {
    const html = ldPage('{"@type":"NewsArticle", "headline": "Broken', '<meta property="og:title" content="Fallback title">');
    const m = meta(html);
    expect(m.title).toBe('Fallback title');
    expect(m.sources['title']).toBe('og');
  });

  it('tolerates raw newlines inside JSON-LD strings and HTML comment wrappers', () => {
    const json = '<!-- {"@type":"NewsArticle","headline":"Line one\nline two","author":"Pia Stone"} -->';
    const m = meta(ldPage(json));
    expect(m.title).toBe('Line one line two');
    expect(m.authors).toEqual(['Pia Stone']);
  });
});

describe('extractMeta: OpenGraph, meta tags and page markup', () => {
  it('reads an OpenGraph-only page', () => {
    const html = `<html><head>
      <meta property="og:title" content="Lighthouse keepers gather">
      <meta property="og:site_name" content="Coastal Times">
      <meta property="og:description" content="An annual meeting on the cliffs.">
      <meta property="og:url" content="https://coastal.example/lighthouse">
      <meta property="article:published_time" content="2019-07-08T09:10:00+02:00">
      <meta property="article:author" content="https://social.example/profile/123">
      <meta property="article:author" content="Rhea Tallow">
      <meta property="article:section" content="Community">
      <meta property="og:locale" content="en_GB">
    </head><body><p>Text</p></body></html>`;
    const m = meta(html);
    expect(m.title).toBe('Lighthouse keepers gather');
    expect(m.publisher).toBe('Coastal Times');
    expect(m.description).toBe('An annual meeting on the cliffs.');
    expect(m.url).toBe('https://coastal.example/lighthouse');
    expect(m.published).toBe('2019-07-08T09:10:00+02:00');
    expect(m.authors).toEqual(['Rhea Tallow']);
    expect(m.section).toEqual(['Community']);
    expect(m.lang).toBe('en-GB');
    expect(m.sources).toMatchObject({ title: 'og', publisher: 'og', published: 'og', authors: 'og', url: 'og', lang: 'og' });
  });

  it('uses twitter:title when there is no OpenGraph or JSON-LD title', () => {
    const m = meta('<head><title>Doc | Site</title><meta name="twitter:title" content="Card title"></head>');
    expect(m.title).toBe('Card title');
    expect(m.sources['title']).toBe('twitter');
  });

  it('reads meta author tags, strips a "By" prefix and drops e-mail addresses', () => {
    expect(meta('<head><meta name="byl" content="By Orla Venn"></head>').authors).toEqual(['Orla Venn']);
    expect(meta('<head><meta name="author" content="desk@paper.example"></head>').authors).toBeUndefined();
    expect(meta('<head><meta name="parsely-author" content="Kit Harrow"></head>').authors).toEqual(['Kit Harrow']);
    expect(meta('<head><meta name="cXenseParse:author" value="Desk Staff Harrow"></head>').authors).toEqual(['Desk Staff Harrow']);
    expect(meta('<head><meta name="DCTERMS.creator" content="Orla Venn"></head>').authors).toEqual(['Orla Venn']);
  });

  it('splits one author string on and / comma / & only when every part is a name', () => {
    expect(meta('<head><meta name="author" content="Lena Ward, Omar Pike and Ruth Ames"></head>').authors).toEqual(['Lena Ward', 'Omar Pike', 'Ruth Ames']);
    expect(meta('<head><meta name="author" content="Lena Ward &amp; Omar Pike"></head>').authors).toEqual(['Lena Ward', 'Omar Pike']);
    expect(meta('<head><meta name="author" content="Ward, Lena"></head>').authors).toEqual(['Ward, Lena']);
    expect(meta('<head><meta name="author" content="Lena Ward and the newsroom team"></head>').authors).toEqual(['Lena Ward and the newsroom team']);
  });

  it('reads itemprop=author through a nested itemprop=name, skipping authors of comments', () => {
    const html = `<body><article itemscope itemtype="https://schema.org/NewsArticle">
      <span itemprop="author" itemscope itemtype="https://schema.org/Person">Written by <span itemprop="name">Gus Marr</span></span>
      <div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Angry Reader</span></div>
    </article></body>`;
    const m = meta(html);
    expect(m.authors).toEqual(['Gus Marr']);
    expect(m.sources['authors']).toBe('itemprop');
  });

  it('without item scopes, keeps only the authors next to the first one (not teaser bylines)', () => {
    const html = `<body><header><div class="byline"><span itemprop="author">Una Reyes</span> and <span itemprop="author">Vic Stroud</span></div></header>
      <ul><li><div class="teaser"><p itemprop="author">Other Writer</p></div></li></ul></body>`;
    expect(meta(html).authors).toEqual(['Una Reyes', 'Vic Stroud']);
  });

  it('accepts meta tags that put the value in a `value` attribute', () => {
    expect(meta('<head><meta name="article:published_time" value="2016-12-22T19:27:41+00:00"></head>').published).toBe('2016-12-22T19:27:41+00:00');
  });

  it('reads rel=author link text', () => {
    const m = meta('<body><p>By <a rel="author" href="/staff/nell">Nell Crane</a></p></body>');
    expect(m.authors).toEqual(['Nell Crane']);
    expect(m.sources['authors']).toBe('rel-author');
  });

  it('reads dates from itemprop, then the first <time datetime>', () => {
    expect(meta('<body><meta itemprop="datePublished" content="2018-02-03"><time datetime="2001-01-01">old</time></body>').published).toBe('2018-02-03');
    const fromTime = meta('<body><time datetime="2017-05-06T07:08">May 6</time><time datetime="2010-01-01">later</time></body>');
    expect(fromTime.published).toBe('2017-05-06T07:08');
    expect(fromTime.sources['published']).toBe('time');
  });

  it('reads meta date tags and drops dates it cannot normalise', () => {
    expect(meta('<head><meta name="pubdate" content="20160708"></head>').published).toBe('2016-07-08');
    expect(meta('<head><meta name="date" content="last Tuesday"></head>').published).toBeUndefined();
  });

  it('collects up to five <h1> texts in order, outside svg', () => {
    const h1s = Array.from({ length: 7 }, (_, i) => `<h1>Head <em>${i}</em></h1>`).join('');
    const m = meta(`<body><svg><title>Icon</title></svg>${h1s}</body>`);
    expect(m.h1).toEqual(['Head 0', 'Head 1', 'Head 2', 'Head 3', 'Head 4']);
    expect(m.documentTitle).toBeUndefined();
  });

  it('reads <html lang> and the canonical link, resolving a relative canonical against og:url', () => {
    const m = meta('<html lang="pt_BR"><head><link rel="canonical" href="/noticias/1"><meta property="og:url" content="https://jornal.example/x"></head></html>');
    expect(m.lang).toBe('pt-BR');
    expect(m.sources['lang']).toBe('html');
    expect(m.url).toBe('https://jornal.example/noticias/1');
  });

  it('never throws on malformed input', () => {
    const nasty = '<html><head><meta property="og:title"><script type="application/ld+json">[[[[{</script><meta name="author" content=""></head><body><time datetime="">x</time>' + '<div itemprop="author">'.repeat(5000);
    expect(() => meta(nasty)).not.toThrow();
    expect(meta(nasty).sources).toEqual({});
  });
});

describe('extractMeta and segmentHtml agree', () => {
  it('gives the same metadata whether collected on its own or during segmentation', () => {
    const html = `<html lang="de"><head><title>Brücke eröffnet | Stadtblatt</title>
      <meta property="og:site_name" content="Stadtblatt"><link rel="canonical" href="https://stadtblatt.example/bruecke">
      <script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Jana Kluge"},"datePublished":"2020-06-07"}</script></head>
      <body><svg><title>Logo</title></svg><h1>Brücke eröffnet</h1><span style="display:none" itemprop="datePublished">2020-06-06</span>
      <div itemscope itemtype="https://schema.org/Comment"><b itemprop="author">Leserin</b></div><p>Text <a rel="author" href="/jk">Jana Kluge</a></p>
      <time datetime="2020-06-07T08:00">heute</time></body></html>`;
    const alone = extractMeta(load(html));
    expect(segmentHtml(html).meta).toEqual(alone);
    expect(alone.title).toBe('Brücke eröffnet');
    expect(alone.authors).toEqual(['Jana Kluge']);
    expect(alone.url).toBe('https://stadtblatt.example/bruecke');
  });
});

describe('extractMeta: titles', () => {
  it('removes a site-name suffix from <title> when it matches og:site_name', () => {
    const m = meta('<head><title>Ferry service resumes | The Harbour Post</title><meta property="og:site_name" content="The Harbour Post"></head>');
    expect(m.title).toBe('Ferry service resumes');
    expect(m.documentTitle).toBe('Ferry service resumes | The Harbour Post');
    expect(m.sources['title']).toBe('title');
  });

  it('removes a suffix that looks like a domain', () => {
    expect(meta('<head><title>Ferry service resumes - harbourpost.example</title></head>').title).toBe('Ferry service resumes');
  });

  it('keeps a title whose last part is not the site name', () => {
    expect(meta('<head><title>Ferry service resumes - after storm</title></head>').title).toBe('Ferry service resumes - after storm');
  });

  it('compares site names ignoring case, spaces and punctuation', () => {
    expect(stripSiteSuffix('Rain at last — HARBOUR-POST', ['The Harbour Post', 'Harbour Post'])).toBe('Rain at last');
    expect(stripSiteSuffix('Rain at last :: Other Paper', ['Harbour Post'])).toBe('Rain at last :: Other Paper');
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2013-09-01', '2013-09-01'],
    ['2013-09-01T12:34:56Z', '2013-09-01T12:34:56Z'],
    ['2013-09-01T12:34:56.789+0530', '2013-09-01T12:34:56+05:30'],
    ['2013-09-01 12:34', '2013-09-01T12:34'],
    ['2013-09-01T12:34:56 GMT', '2013-09-01T12:34:56Z'],
    ['2013/9/1', '2013-09-01'],
    ['20130901', '2013-09-01'],
    ['September 1, 2013', '2013-09-01'],
    ['1 Sept. 2013', '2013-09-01'],
    ['Sun, 01 Sep 2013 08:05:00 GMT', '2013-09-01T08:05:00Z'],
    ['Sep 1, 2013 at 4:30 pm', '2013-09-01T16:30'],
    ['1378036800', '2013-09-01T12:00:00Z'],
    ['2018-10-29T10:15-500', '2018-10-29T10:15-05:00'],
    ['2013-09-01T25:00', '2013-09-01'],
  ])('normalises %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each(['', 'yesterday', '2013-13-01', '2013-02-30', '2013-02-30T10:00', 'Smarch 3, 2013', '0800-01-01'])('rejects %s', (input) => {
    expect(normalizeDate(input)).toBeUndefined();
  });
});
