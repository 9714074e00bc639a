/**
 * Page furniture that real templates print around an article, found by probing synthetic pages of
 * common templates: inline "see also" links without a separator, affiliate and press-release
 * notices, follower counters, share rows, the site's name and menu above the article, a table's
 * source line, wire bylines in AP style, roles after a bare name, reading times, and which date is
 * the article's. All text is invented.
 */
import { DEFAULT_OPTIONS } from '../../src/options.js';
import { cleanDocument } from '../../src/pipeline.js';
import { builtinRules } from '../../src/rules/index.js';
import { bareName, bylineAuthors } from '../../src/text/byline.js';
import { isDateLine, parseDate } from '../../src/text/dates.js';

const rules = builtinRules();
const clean = (page: string, format: 'html' | 'text') => {
  const r = cleanDocument({ id: 'p', path: null, url: null, bytes: Buffer.from(page) }, { ...DEFAULT_OPTIONS, format, explain: true }, rules);
  if (!r.ok) throw new Error(r.reason.message);
  return r.value.article;
};

const PARAGRAPHS = [
  'The county commission approved a budget on Tuesday night that trims library hours at two branches, saving about three hundred thousand a year in part-time wages.',
  'Library director Paul Amsel said no full-time employees would lose their jobs, though several part-time positions would not be filled when staff leave this year.',
  'Several residents spoke against the cuts at the meeting, including parents who rely on an after-school program at the Ridgeway branch on weekdays.',
  'Commissioner Dale Fortner said the county would revisit library funding next year if sales tax revenue improves as the county expects it to.',
];
const HEADLINE = 'Library branch hours cut to three days a week';
const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

describe('rules data', () => {
  it.each([
    ['À lire aussi Les internes de l’hôpital du port en grève', 'related'],
    ['Lire aussi | Le phare du port rouvre ses portes', 'related'],
    ['Lesen Sie auch Der Hafen bekommt eine neue Fähre', 'related'],
    ['Te puede interesar La junta aprueba el nuevo horario del ferry', 'related'],
    ['Explore more on these topics', 'related'],
    ['When you buy through links on our site, we may earn an affiliate commission.', 'legal'],
    ['This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.', 'legal'],
    ['FOR IMMEDIATE RELEASE', 'legal'],
    ['Media contact: Jane Roe, press office, +44 20 0000 0000', 'legal'],
    ['2.3K Followers · Writer for The Harbour Review', 'share'],
    ['Member-only story', 'ui-label'],
    ['8 min read · Mar 12, 2024', 'ui-label'],
    ['Lees ook: De haven krijgt een nieuwe veerboot', 'related'],
    ['【関連記事】港の新しいフェリーが就航', 'related'],
    ["Don't miss", 'related'],
    ['Condividi su Facebook Condividi su WhatsApp Invia per email', 'ui-label'],
    ['Deel dit artikel WhatsApp Facebook LinkedIn E-mail', 'ui-label'],
    ['Harbour Notes is a reader-supported publication. To receive new posts, consider becoming a subscriber.', 'newsletter'],
    ['Thanks for reading Harbour Notes! Subscribe for free to receive new posts.', 'newsletter'],
    ['Get new posts by email', 'newsletter'],
    ['Join 2,300 other readers. No spam, unsubscribe any time.', 'newsletter'],
    ['Subscribe now for just $1 for the first 3 months to keep reading', 'promo'],
    ['4 comments:', 'comments'], // a blog platform's comment count
    ['Got a story? Email tips@harbour.example', 'promo'],
    ["Have an event you'd like us to include? Email events@harbour.example", 'promo'],
    ['Heb je een tip? Mail naar tips@haven.example', 'promo'],
    ['Artikel teilen Facebook WhatsApp E-Mail', 'ui-label'],
  ])('"%s" is %s', (text, label) => {
    expect(rules.matchPhrase(text)?.label).toBe(label);
  });

  it.each([
    'Lire aussi le rapport du conseil, publié hier, qui détaille les coûts du chantier.', // a sentence, not a link
    'By Jane Roe on 3 March 2024 | This post may contain affiliate links.', // a byline line keeps its byline
  ])('"%s" is not furniture', (text) => {
    expect(rules.matchPhrase(text)).toBeNull();
  });

  it('"E-Mail" is not a publication noun; "Mail" in a masthead is', () => {
    expect(rules.publicationNoun.test('Artikel teilen E-Mail')).toBe(false);
    expect(rules.publicationNoun.test('The Harbour Mail')).toBe(true);
  });
});

describe('dates', () => {
  it.each(['Pubblicato il 5 marzo 2025 alle 14:20', '18 feb. 2025 om 16:45', 'Nov 3, 2024 • 4 min read'])('"%s" is a date line', (line) => {
    expect(isDateLine(line)).toBe(true);
  });

  it('a French "published …, modified …" line is a date line, dated by its first date', () => {
    const line = 'Publié le 5 mars 2025 à 18h12, modifié le 6 mars 2025 à 07h30';
    expect(isDateLine(line)).toBe(true);
    expect(parseDate(line)).toBe('2025-03-05');
  });

  it("the header's date is the article's, not a comment's timestamp below it", () => {
    const dump = [HEADLINE, 'By Hattie Brenner · Published: October 14, 2023', ...PARAGRAPHS, '3 Comments', 'Jane Roe', 'October 15, 2023 at 8:12 am', 'Lovely piece about the library, thank you for writing it.'].join('\n');
    expect(clean(dump, 'text').published).toBe('2023-10-14');
  });
});

describe('the header of an HTML page', () => {
  it("a site logo in the <h1> and a menu of links are not the headline: the metadata title is", () => {
    const page = `<html><head><title>${HEADLINE} - Westbury Gazette</title><meta property="og:title" content="${HEADLINE}"></head><body>
      <h1 class="logo"><a href="/">Westbury Gazette</a></h1><div class="topnav"><a href="/">Home</a> | <a href="/news/">News</a> | <a href="/sports/">Sports</a></div>
      <div class="story">${body}</div></body></html>`;
    expect(clean(page, 'html').headline).toBe(HEADLINE);
  });

  it('an <h1> that holds a link is still the headline', () => {
    const page = `<html><body><nav class="nav"><a href="/">Home</a></nav><article><h1><a href="/story">${HEADLINE}</a></h1><p class="byline">By Rhonda Kessler</p>${body}</article></body></html>`;
    expect(clean(page, 'html').headline).toBe(HEADLINE);
  });

  it('a table keeps its last row and its source line in the body; neither is a photo caption', () => {
    const table = '<table><tr><th>Branch</th><th>Days open</th></tr><tr><td>Court Square</td><td>7</td></tr><tr><td>Ridgeway</td><td>3</td></tr></table><p>Source: County Library</p>';
    const a = clean(`<html><body><article><h1>${HEADLINE}</h1><p class="byline">By Rhonda Kessler</p>${PARAGRAPHS.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}${table}${PARAGRAPHS.slice(2).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`, 'html');
    expect(a.images).toEqual([]);
    expect(a.body).toContain('Ridgeway\t3');
    expect(a.body).toContain('Source: County Library');
  });
});

describe('bylines and header lines', () => {
  it.each<[string, string[]]>([
    ['By JANE ROE and JOHN DOE Associated Press', ['JANE ROE', 'JOHN DOE']], // AP style: the agency without a comma
    ['By JOHN DOE Associated Press', ['JOHN DOE']],
    ['By Jane Roe, Reuters', ['Jane Roe']],
    ['Interview by Felix Marchbank', ['Felix Marchbank']],
    ['Mina Hart-Okafor · Follow', ['Mina Hart-Okafor']], // an author card with its follow button
    ['By Gareth Pryce, Political Editor', ['Gareth Pryce']], // a role's qualifier is not a second author
    ['By Jane Roe, Chief Sports Writer', ['Jane Roe']],
    ['11/19/2019 by Jane Roe', ['Jane Roe']],
    ['As told to Jane Roe', ['Jane Roe']],
  ])('"%s" → %j', (line, names) => {
    expect(bylineAuthors(line, rules)).toEqual(names);
  });

  it('a paragraph that ends "… by Councillor Name." is not a byline', () => {
    expect(bylineAuthors('Two cycle lanes costing 2 million pounds were approved on Tuesday by Councillor Ruth Pemberton.', rules)).toBeNull();
  });

  it('the outlet after the people in a byline is not an author', () => {
    const page = `<html><head><meta property="og:site_name" content="Harbour Star"></head><body><article><h1>${HEADLINE}</h1><p class="byline">By Jane Roe, Harbour Star</p>${body}</article></body></html>`;
    expect(clean(page, 'html').authors).toEqual(['Jane Roe']);
  });

  it('"Work for the Harbour Courier" is not a byline', () => {
    expect(bylineAuthors('Work for Reuters', rules)).toBeNull();
  });

  it.each([
    ['Rhonda Kessler, Staff Writer', 'Rhonda Kessler'],
    ['Jane Roe, Senior Editor', 'Jane Roe'],
  ])('a role after a bare name ends it: "%s"', (line, name) => {
    expect(bareName(line, rules)).toBe(name);
  });

  it('a blog that prints its date and author above the title: the title is the headline, not the menu item above', () => {
    const a = clean(['Soil', 'Contact', 'Posted on March 3, 2024 by Marta Quell', 'What three winters of cold composting taught me', ...PARAGRAPHS].join('\n'), 'text');
    expect(a.headline).toBe('What three winters of cold composting taught me');
    expect(a.authors).toEqual(['Marta Quell']);
    expect(a.body.startsWith(PARAGRAPHS[0]!)).toBe(true);
  });

  it('a Title Case headline of two sentences stands above its standfirst and the author card', () => {
    const title = 'We Moved the Harbour Ledger to a Queue. Here Is What Broke.';
    const dek = 'Six months of moving the harbour office ledger from a nightly job to a message queue, and the three surprises that came with it';
    const a = clean(['Member-only story', title, dek, 'Mina Hart-Okafor · Follow', 'Published in Harbour Notes', '8 min read · Mar 12, 2024', ...PARAGRAPHS].join('\n'), 'text');
    expect(a.headline).toBe(title);
    expect(a.dek).toBe(dek);
    expect(a.authors).toEqual(['Mina Hart-Okafor']);
    expect(a.body).not.toContain('min read');
  });

  it('a reading time with its date is not the dek', () => {
    const a = clean([HEADLINE, 'By Jane Roe', '8 min read · Mar 12, 2024', ...PARAGRAPHS].join('\n'), 'text');
    expect(a.dek).toBeNull();
  });
});

describe('photo credits', () => {
  it('"(Photo by Name / Outlet)" after a caption is its credit', () => {
    const m = rules.trailingCredit.exec('Volunteers fill sandbags near the quay. (Photo by Renata Sills / Valley Ledger)');
    expect(m?.[2]).toBe('Photo by Renata Sills / Valley Ledger');
    expect(rules.creditOnly.test('Photo by Jane Roe')).toBe(true);
  });
  it('a sentence that mentions an image by someone is not a credit', () => {
    expect(rules.trailingCredit.exec('The image by the artist shows a lighthouse on the quay at night.')).toBeNull();
  });
  it.each([
    ['Der Hafen am frühen Morgen. Bild: picture alliance/dpa | Jana Rose', 'Bild: picture alliance/dpa | Jana Rose'],
    ['Строительство моста через реку. Фото: ТАСС / Иван Петров', 'Фото: ТАСС / Иван Петров'],
    ['新しい灯台の外観。（写真：共同通信）', '写真：共同通信'],
    ['会見する港湾局長（出典：港湾局）', '出典：港湾局'],
  ])('the credit of %p is %p', (text, credit) => {
    expect(rules.trailingCredit.exec(text)?.[2]).toBe(credit);
  });
  it.each(['Fot. Jan Kowalski', 'Фото: Иван Петров', '사진=연합뉴스'])('%p alone is a credit line', (text) => {
    expect(rules.creditOnly.test(text)).toBe(true);
  });
  it('a photographer and outlet in brackets after a caption are its credit', () => {
    expect(rules.trailingCredit.exec('The old library on the quay at dusk. (Dana Whitcomb/Harbour Star)')?.[2]).toBe('Dana Whitcomb/Harbour Star');
    expect(rules.trailingCredit.exec('The fee is paid once a year. (input/output)')).toBeNull();
    expect(rules.creditOnly.test('Jane Roe/Harbour Star')).toBe(false);
  });
  it.each(['Credit...', 'Foto.com und Partner'])('%p is not', (text) => {
    expect(rules.creditOnly.test(text)).toBe(false);
  });
});
