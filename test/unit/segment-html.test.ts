import { segmentHtml } from '../../src/stages/segment-html.js';
import type { Block } from '../../src/model/block.js';
import { DEFAULT_OPTIONS, THRESHOLDS } from '../../src/options.js';
import { cleanDocument } from '../../src/pipeline.js';
import { builtinRules } from '../../src/rules/index.js';

/** The block whose text is exactly `text`; fails the test when there is none. */
function blockWith(blocks: Block[], text: string): Block {
  const block = blocks.find((b) => b.text === text);
  if (block === undefined) throw new Error(`no block "${text}" in ${JSON.stringify(blocks.map((b) => b.text))}`);
  return block;
}

function texts(html: string): string[] {
  return segmentHtml(html).blocks.map((b) => b.text);
}

describe('segmentHtml: blocks and order', () => {
  it('returns html format, dom layout, and blocks in document order with consecutive indexes', () => {
    const result = segmentHtml('<body><h1>Moon harvest</h1><p>First paragraph.</p><ul><li>One</li><li>Two</li></ul><p>Last words.</p></body>');
    expect(result.format).toBe('html');
    expect(result.layout).toBe('dom');
    expect(result.blocks.map((b) => b.text)).toEqual(['Moon harvest', 'First paragraph.', 'One', 'Two', 'Last words.']);
    expect(result.blocks.map((b) => b.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('gives kinds: heading, list-item, paragraph, preformatted, table-row', () => {
    const { blocks } = segmentHtml(
      '<h2>Sub head</h2><p>Plain prose.</p><ol><li>Step</li></ol><pre>x = 1</pre><table><tr><td>a</td><td>b</td></tr></table><div role="heading" aria-level="3">Aria head</div>',
    );
    expect(blockWith(blocks, 'Sub head').kind).toBe('heading');
    expect(blockWith(blocks, 'Sub head').dom?.headingLevel).toBe(2);
    expect(blockWith(blocks, 'Plain prose.').kind).toBe('paragraph');
    expect(blockWith(blocks, 'Plain prose.').dom?.headingLevel).toBe(0);
    expect(blockWith(blocks, 'Step').kind).toBe('list-item');
    expect(blockWith(blocks, 'x = 1').kind).toBe('preformatted');
    expect(blockWith(blocks, 'a\tb').kind).toBe('table-row');
    expect(blockWith(blocks, 'Aria head').kind).toBe('heading');
    expect(blockWith(blocks, 'Aria head').dom?.headingLevel).toBe(3);
  });

  it('treats role=heading without aria-level as level 2', () => {
    const { blocks } = segmentHtml('<div role="heading">Untitled level</div>');
    expect(blocks[0]?.dom?.headingLevel).toBe(2);
  });

  it('keeps inline markup inside one block and collapses white space, NBSP included', () => {
    const { blocks } = segmentHtml('<p>  The <b>quick</b>\n\t<i>brown</i>&nbsp;&nbsp;fox\u2003jumps  </p>');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.text).toBe('The quick brown fox jumps');
  });

  it('turns <br> into a line break inside a single block, without blank lines', () => {
    const { blocks } = segmentHtml('<p>12 Garden Lane<br>Smalltown<br><br>  <br>North Shire</p>');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.text).toBe('12 Garden Lane\nSmalltown\nNorth Shire');
  });

  it('splits loose text between block children of a container into its own blocks', () => {
    const { blocks } = segmentHtml('<div class="story">Opening words <em>here</em><p>Middle paragraph.</p>Closing words</div>');
    expect(blocks.map((b) => b.text)).toEqual(['Opening words here', 'Middle paragraph.', 'Closing words']);
    expect(blocks[0]?.dom?.tag).toBe('div');
    expect(blocks[2]?.dom?.tag).toBe('div');
    expect(blocks[1]?.dom?.tag).toBe('p');
  });

  it('drops empty blocks', () => {
    expect(texts('<div><p>   </p><p>&nbsp;</p><p>Real</p><div>\n\n</div></div>')).toEqual(['Real']);
  });

  it('treats text at the document root as a body block', () => {
    const { blocks } = segmentHtml('just some words');
    expect(blocks[0]?.text).toBe('just some words');
    expect(blocks[0]?.dom?.tag).toBe('body');
  });

  it('keeps white space and indentation in <pre>, dropping blank lines and trailing spaces', () => {
    const { blocks } = segmentHtml('<pre>\nfunction grow() {\n    return  seeds;   \n\n}\n</pre>');
    expect(blocks[0]?.text).toBe('function grow() {\n    return  seeds;\n}');
    expect(blocks[0]?.kind).toBe('preformatted');
  });

  it('gives blockquote paragraphs their own blocks with a blockquote ancestor', () => {
    const { blocks } = segmentHtml('<blockquote><p>Said one thing.</p><p>Then another.</p></blockquote>');
    expect(blocks.map((b) => b.text)).toEqual(['Said one thing.', 'Then another.']);
    expect(blocks.every((b) => b.dom?.ancestors.includes('blockquote'))).toBe(true);
  });

  it('emits dt and dd as separate blocks', () => {
    expect(texts('<dl><dt>Term</dt><dd>Meaning of it</dd></dl>')).toEqual(['Term', 'Meaning of it']);
  });
});

describe('segmentHtml: text that is never content', () => {
  it('produces no text from scripts, styles, templates, svg, noscript, forms controls, iframes or comments', () => {
    const html = `<head><title>Tab title</title><style>p{color:red}</style></head><body>
      <script>document.write("scripted words")</script>
      <template><p>templated words</p></template>
      <svg><text>drawn words</text><title>svg title</title></svg>
      <noscript><p>fallback words</p></noscript>
      <select><option>optional words</option></select>
      <textarea>typed words</textarea>
      <button>Press me</button>
      <iframe>framed words</iframe>
      <!-- commented words -->
      <p>Visible words</p></body>`;
    expect(texts(html)).toEqual(['Visible words']);
  });

  it('keeps MathML text', () => {
    expect(texts('<p>Area is <math><mi>r</mi><mo>²</mo></math> times pi</p>')[0]).toContain('r²');
  });

  it('keeps a skipped element from eating the text around it', () => {
    expect(texts('<p>Before <button>Share</button>after</p>')).toEqual(['Before after']);
  });
});

describe('segmentHtml: DOM features', () => {
  it('collects class and id tokens of the element and its ancestors, whole and split, nearest first', () => {
    const { blocks } = segmentHtml('<div id="mainContent" class="article-body"><p class="lead_para">Text here</p></div>');
    const tokens = blocks[0]?.dom?.tokens ?? [];
    expect(tokens).toEqual(expect.arrayContaining(['lead_para', 'lead', 'para', 'article-body', 'article', 'body', 'maincontent', 'main', 'content']));
    expect(tokens.indexOf('lead_para')).toBeLessThan(tokens.indexOf('article-body'));
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('caps the token list so deep nesting stays cheap', () => {
    const depth = 100;
    let html = '';
    for (let i = 0; i < depth; i++) html += `<div class="level${i}-box">`;
    html += 'deep text' + '</div>'.repeat(depth);
    const tokens = segmentHtml(html).blocks[0]?.dom?.tokens ?? [];
    expect(tokens.length).toBeLessThanOrEqual(64);
    expect(tokens[0]).toBe(`level${depth - 1}-box`);
  });

  it('records semantic ancestors from tags and ARIA roles', () => {
    const html = `<nav><p>Nav link text</p></nav><div role="navigation"><p>Role nav text</p></div>
      <aside><p>Aside text</p></aside><div role="complementary"><p>Role aside text</p></div>
      <footer><p>Footer text</p></footer><div role="contentinfo"><p>Role footer text</p></div>
      <div role="banner"><p>Banner text</p></div><main><article><p>Story text</p></article></main>
      <figure><figcaption>Caption text</figcaption></figure><form><p>Form text</p></form>`;
    const { blocks } = segmentHtml(html);
    expect(blockWith(blocks, 'Nav link text').dom?.ancestors).toContain('nav');
    expect(blockWith(blocks, 'Role nav text').dom?.ancestors).toContain('nav');
    expect(blockWith(blocks, 'Aside text').dom?.ancestors).toContain('aside');
    expect(blockWith(blocks, 'Role aside text').dom?.ancestors).toContain('aside');
    expect(blockWith(blocks, 'Footer text').dom?.ancestors).toContain('footer');
    expect(blockWith(blocks, 'Role footer text').dom?.ancestors).toContain('footer');
    expect(blockWith(blocks, 'Banner text').dom?.ancestors).toContain('header');
    expect(blockWith(blocks, 'Story text').dom?.ancestors).toEqual(expect.arrayContaining(['article', 'main']));
    expect(blockWith(blocks, 'Caption text').dom?.ancestors).toContain('figure');
    expect(blockWith(blocks, 'Caption text').dom?.tag).toBe('figcaption');
    expect(blockWith(blocks, 'Form text').dom?.ancestors).toContain('form');
    expect(blockWith(blocks, 'Story text').dom?.ancestors).not.toContain('nav');
  });

  it('marks comment regions from class/id tokens, but not look-alikes such as "responsive"', () => {
    const { blocks } = segmentHtml(
      '<div id="comments"><p>Reader one says hi</p></div><section class="userCommentList"><p>Reader two</p></section><div class="img-responsive"><p>Photo text</p></div><div class="disqus_thread"><p>Reader three</p></div>',
    );
    expect(blockWith(blocks, 'Reader one says hi').dom?.ancestors).toContain('comments');
    expect(blockWith(blocks, 'Reader two').dom?.ancestors).toContain('comments');
    expect(blockWith(blocks, 'Reader three').dom?.ancestors).toContain('comments');
    expect(blockWith(blocks, 'Photo text').dom?.ancestors).not.toContain('comments');
  });

  it('computes link density as the share of characters inside links', () => {
    const { blocks } = segmentHtml('<p><a href="/a">abcde</a>fghij</p><ul><li><a href="/b">All linked</a></li></ul><p>No links at all</p>');
    expect(blockWith(blocks, 'abcdefghij').dom?.linkDensity).toBeCloseTo(0.5, 5);
    expect(blockWith(blocks, 'All linked').dom?.linkDensity).toBe(1);
    expect(blockWith(blocks, 'No links at all').dom?.linkDensity).toBe(0);
  });

  it('counts block-level content inside a link as linked', () => {
    const { blocks } = segmentHtml('<a href="/story"><h3>Teaser title</h3><p>Teaser text</p></a>');
    expect(blockWith(blocks, 'Teaser title').dom?.linkDensity).toBe(1);
    expect(blockWith(blocks, 'Teaser text').dom?.linkDensity).toBe(1);
  });

  it('flags hidden blocks (hidden attribute, aria-hidden, inline style) on the element or an ancestor', () => {
    const html = `<p hidden>Attr hidden</p><div aria-hidden="true"><p>Aria hidden</p></div>
      <p style="display: none">Style hidden</p><div style="visibility:hidden"><p>Ancestor hidden</p></div><p>Shown</p>`;
    const { blocks } = segmentHtml(html);
    for (const text of ['Attr hidden', 'Aria hidden', 'Style hidden', 'Ancestor hidden']) {
      expect(blockWith(blocks, text).dom?.hidden).toBe(true);
    }
    expect(blockWith(blocks, 'Shown').dom?.hidden).toBe(false);
  });

  it('drops CSS-hidden inline text inside a visible block', () => {
    expect(texts('<p>Seen <span style="display:none">unseen</span>text</p>')).toEqual(['Seen text']);
  });

  it('sets inList and inTable', () => {
    const { blocks } = segmentHtml('<ul><li><p>Listed para</p></li></ul><table><tr><td><p>Cell para</p></td></tr></table><p>Free para</p>');
    expect(blockWith(blocks, 'Listed para').dom?.inList).toBe(true);
    expect(blockWith(blocks, 'Listed para').dom?.inTable).toBe(false);
    expect(blockWith(blocks, 'Cell para').dom?.inTable).toBe(true);
    expect(blockWith(blocks, 'Free para').dom?.inList).toBe(false);
    expect(blockWith(blocks, 'Free para').dom?.inTable).toBe(false);
  });

  it('gives sibling blocks the same container and blocks of another container a different one', () => {
    const { blocks } = segmentHtml('<div id="a"><p>A one</p><p>A two</p></div><div id="b"><p>B one</p></div>');
    const a1 = blockWith(blocks, 'A one').dom?.container;
    expect(blockWith(blocks, 'A two').dom?.container).toBe(a1);
    expect(blockWith(blocks, 'B one').dom?.container).not.toBe(a1);
    expect(Number.isInteger(a1)).toBe(true);
  });

  it('gives the same container ids on repeated runs', () => {
    const html = '<main><div><p>One</p></div><div><p>Two</p></div></main>';
    expect(segmentHtml(html).blocks.map((b) => b.dom?.container)).toEqual(segmentHtml(html).blocks.map((b) => b.dom?.container));
  });

  it('records the nearest itemprop', () => {
    const { blocks } = segmentHtml('<div itemprop="articleBody"><p>Body para</p></div><p itemprop="description">Desc para</p><p>No prop</p>');
    expect(blockWith(blocks, 'Body para').dom?.itemprop).toBe('articleBody');
    expect(blockWith(blocks, 'Desc para').dom?.itemprop).toBe('description');
    expect(blockWith(blocks, 'No prop').dom?.itemprop).toBeUndefined();
  });
});

describe('segmentHtml: tables and figures', () => {
  it('joins the cells of a row with a tab and gives one block per row', () => {
    const { blocks } = segmentHtml('<table><caption>Harvest totals</caption><tr><th>Crop</th><th>Tonnes</th></tr><tr><td>Barley</td><td> 12 </td></tr></table>');
    expect(blocks.map((b) => b.text)).toEqual(['Harvest totals', 'Crop\tTonnes', 'Barley\t12']);
    expect(blocks[1]?.kind).toBe('table-row');
    expect(blocks[1]?.dom?.tag).toBe('tr');
    expect(blocks[1]?.dom?.ancestors).toContain('table');
    expect(blocks[0]?.dom?.tag).toBe('caption');
  });

  it('skips empty cells when joining', () => {
    expect(texts('<table><tr><td>Left</td><td> </td><td>Right</td></tr></table>')).toEqual(['Left\tRight']);
  });

  it('treats a single filled cell (layout table) as a paragraph', () => {
    const { blocks } = segmentHtml('<table><tr><td></td><td class="copy">A layout cell holding prose.</td></tr></table>');
    expect(blocks[0]?.kind).toBe('paragraph');
    expect(blocks[0]?.dom?.tag).toBe('td');
    expect(blocks[0]?.dom?.tokens).toContain('copy');
  });

  it('lets cells holding paragraphs produce paragraph blocks', () => {
    expect(texts('<table><tr><td><p>First cell para.</p><p>Second cell para.</p></td></tr></table>')).toEqual(['First cell para.', 'Second cell para.']);
  });

  it('gives a figure caption its own block after the figure content', () => {
    const { blocks } = segmentHtml('<p>Before figure.</p><figure><img src="x.jpg" alt="ignored alt"><figcaption>A red barn at dusk. Photo: Jo Lane</figcaption></figure><p>After figure.</p>');
    expect(blocks.map((b) => b.text)).toEqual(['Before figure.', 'A red barn at dusk. Photo: Jo Lane', 'After figure.']);
  });
});

describe('segmentHtml: depth and robustness', () => {
  it('segments a document nested 100,000 elements deep without throwing and keeps its text', () => {
    const depth = 100000;
    const html = '<div>'.repeat(depth) + 'x' + '</div>'.repeat(depth);
    const { blocks } = segmentHtml(html);
    expect(blocks.map((b) => b.text)).toEqual(['x']);
  });

  it('below maxDomDepth still reads text, as inline, with word breaks at block boundaries', () => {
    const depth = THRESHOLDS.maxDomDepth + 10;
    const html = '<section>'.repeat(depth) + '<p>alpha</p><p>beta<br>gamma</p><script>no()</script>' + '</section>'.repeat(depth);
    const { blocks } = segmentHtml(html);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.text).toBe('alpha beta\ngamma');
  });

  it('handles unclosed and mis-nested tags', () => {
    const result = segmentHtml('<div><p>Open para<p>Next para <b>bold <i>both</b> italic</i></div><li>stray item');
    expect(result.blocks.map((b) => b.text)).toEqual(['Open para', 'Next para bold both italic', 'stray item']);
  });

  it('reads body content that a parser leaves inside an unclosed <head>, but not head elements', () => {
    const { blocks, meta } = segmentHtml('<html><head><title>Tab</title><style>p{}</style><p>Lost paragraph found</p></html>');
    expect(blocks.map((b) => b.text)).toEqual(['Lost paragraph found']);
    expect(meta.documentTitle).toBe('Tab');
  });

  it('returns no blocks for an empty document', () => {
    expect(segmentHtml('').blocks).toEqual([]);
  });

  it('returns page metadata together with the blocks', () => {
    const result = segmentHtml('<html lang="fr"><head><title>Le titre</title></head><body><p>Texte</p></body></html>');
    expect(result.meta.documentTitle).toBe('Le titre');
    expect(result.meta.lang).toBe('fr');
    expect(result.blocks.map((b) => b.text)).toEqual(['Texte']);
  });
});

describe('segmentHtml: a kicker printed inside a heading', () => {
  it('is a block of its own, marked as a kicker, and the heading keeps only its title', () => {
    const { blocks } = segmentHtml('<article><h1><span class="story-kicker">Harbour</span> <span class="title">Council votes to restore the lamp</span></h1><p>Text.</p></article>');
    expect(blocks.map((b) => [b.text, b.kicker ?? false])).toEqual([
      ['Harbour', true],
      ['Council votes to restore the lamp', false],
      ['Text.', false],
    ]);
    expect(blocks[1]!.dom?.headingLevel).toBe(1);
  });
  it('only inside a heading: a kicker class elsewhere changes nothing', () => {
    const { blocks } = segmentHtml('<p><span class="kicker">Harbour</span> news from the quay</p>');
    expect(blocks.map((b) => b.text)).toEqual(['Harbour news from the quay']);
  });
});

describe('segmentHtml: inline elements with nothing between them', () => {
  it('a lower-case letter meeting a capital across a tag gets a space (the page shows them apart)', () => {
    const { blocks } = segmentHtml('<p class="byline"><span>By <a href="/a">Jane Roe</a></span><span class="role">Staff Writer</span><time>May 30, 2024</time></p>');
    expect(blocks[0]!.text).toBe('By Jane Roe Staff Writer May 30, 2024');
  });
  it('text within one element, and lower-case joins across tags, stay as written', () => {
    expect(segmentHtml('<p>The <b>harbour</b>s of the <i>coast</i>line and McDonald</p>').blocks[0]!.text).toBe('The harbours of the coastline and McDonald');
  });
});

describe('classify: boxes that pass for the article', () => {
  const para = (n: number): string => `<p>${'The harbour council met again on Tuesday to talk about the ferry timetable and the repairs to the old quay wall. '.repeat(3)}Paragraph ${n}.</p>`;
  const page = (box: string): string => `<html><body><article><h1>Council votes on the quay</h1>${para(1)}${para(2)}${para(3)}${box}${para(4)}</article></body></html>`;
  it.each([
    ['<div class="author-bio"><p>Mara Lindqvist is a staff writer who has covered the harbour council for the paper since 2015 and lives near the quay with her two dogs.</p></div>', 'author-bio'],
    ['<aside class="c-inline-newsletter"><p>Every Friday morning our harbour newsletter brings you the week of the town council, the ferry and the quay, written by our reporters.</p></aside>', 'newsletter'],
    ['<div class="native-ad"><p>The quay wall of your own house deserves the best repairs too, and our builders have worked along the coast for three generations of families.</p></div>', 'ad'],
  ])('%#: a box with a class naming it is %p, not body', (box, label) => {
    const r = cleanDocument({ id: 'p.html', path: null, url: null, bytes: Buffer.from(page(box)) }, { ...DEFAULT_OPTIONS, format: 'html' }, builtinRules());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const boxText = box.replace(/<[^>]+>/g, '');
    expect(r.value.article.body).not.toContain(boxText.slice(0, 40));
    expect(r.value.blocks.find((b) => b.text.startsWith(boxText.slice(0, 20)))?.label).toBe(label);
  });
  it('a byline inside the author box is still the byline', () => {
    const box = '<div class="author-box"><p>By Mara Lindqvist</p><p>Mara Lindqvist is a staff writer who has covered the harbour council for years.</p></div>';
    const r = cleanDocument({ id: 'p.html', path: null, url: null, bytes: Buffer.from(page(box)) }, { ...DEFAULT_OPTIONS, format: 'html' }, builtinRules());
    expect(r.ok && r.value.article.authors).toEqual(['Mara Lindqvist']);
  });
});

describe('classify: a page that is all one such box', () => {
  it('keeps its text as the body', () => {
    const text = 'The harbour council met again on Tuesday to talk about the ferry timetable and the repairs to the old quay wall. ';
    const html = `<html><body><div class="author-bio"><h1>About Mara Lindqvist</h1><p>${text.repeat(3)}</p><p>${text.repeat(2)}</p></div></body></html>`;
    const r = cleanDocument({ id: 'p.html', path: null, url: null, bytes: Buffer.from(html) }, { ...DEFAULT_OPTIONS, format: 'html' }, builtinRules());
    expect(r.ok && r.value.article.body.includes('ferry timetable')).toBe(true);
  });
});
