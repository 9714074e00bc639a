import { detectFormat } from '../../src/stages/detect-format.js';

const ARTICLE_HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Orchard fair</title></head>
<body><h1>Orchard fair returns</h1><p>The fair opens on Saturday.</p></body></html>`;

const TEXT_DUMP = [
  'Home',
  'Local',
  'Orchard fair returns to the valley',
  'By Jane Roe',
  'The fair opens on Saturday, and organisers expect more than 3 < 4 thousand visitors, a number',
  'they called "modest" given that the parking lot holds fewer than 500 cars when x < y.',
  'Children under 12 get in free; tickets for adults cost less than <10 at the gate.',
  'Latest news',
  'Bridge repairs delayed again',
].join('\n');

describe('detectFormat', () => {
  it('recognises a page that starts with a doctype as html', () => {
    expect(detectFormat(ARTICLE_HTML)).toBe('html');
    expect(detectFormat(ARTICLE_HTML, 'auto')).toBe('html');
  });

  it('recognises a page that starts with <html> (after white space) as html', () => {
    expect(detectFormat('\n\n  <html><body><p>Short page.</p></body></html>')).toBe('html');
  });

  it('recognises an XML prologue followed by html as html', () => {
    expect(detectFormat('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>')).toBe('html');
  });

  it('keeps a text dump that holds a few "<" characters as text', () => {
    expect(detectFormat(TEXT_DUMP)).toBe('text');
  });

  it('keeps a text dump with one stray <b> tag as text', () => {
    const dump = `${TEXT_DUMP}\nThe mayor said the <b>fair</b> would stay.\nMore lines follow here.`;
    expect(detectFormat(dump)).toBe('text');
  });

  it('keeps a text dump that opens with an HTML comment but has no real tags as text', () => {
    expect(detectFormat('<!-- saved by a scraper -->\nOrchard fair returns\nThe fair opens on Saturday.')).toBe('text');
  });

  it('lets the hint win over the content', () => {
    expect(detectFormat(ARTICLE_HTML, 'text')).toBe('text');
    expect(detectFormat(TEXT_DUMP, 'html')).toBe('html');
  });

  it('recognises an HTML fragment with many tags and no doctype as html', () => {
    const fragment = [
      '<div class="story">',
      '<h2>Orchard fair returns</h2>',
      '<p>The fair opens on <a href="/sat">Saturday</a>.</p>',
      '<p>Parking is limited.</p>',
      '<ul><li>Cider</li><li>Apples</li></ul>',
      '<p><span>Tickets</span> at the gate.</p>',
      '</div>',
    ].join('\n');
    expect(fragment.startsWith('<!')).toBe(false);
    expect(detectFormat(fragment)).toBe('html');
  });

  it('calls a long text with only a handful of tags among many lines text', () => {
    const lines = Array.from({ length: 60 }, (_, i) => `Line ${i} of an ordinary dump with words in it.`);
    lines[10] = 'A line with <p>one</p> and <br> and <span>two</span> tags.';
    expect(detectFormat(lines.join('\n'))).toBe('text');
  });
});
