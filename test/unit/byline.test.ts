import { builtinRules } from '../../src/rules/index.js';
import { bareName, bylineAuthors, looksLikeName, parseAuthors } from '../../src/text/byline.js';

const rules = builtinRules();

describe('parseAuthors', () => {
  it.each<[string, string[]]>([
    ['By Jane Roe, Oskar Brenner and Priya Whitlow', ['Jane Roe', 'Oskar Brenner', 'Priya Whitlow']],
    ['By Jane Roe | Reuters', ['Jane Roe']],
    ['Jane Roe, Associated Press', ['Jane Roe']],
    ['By Jane Roe and John Doe, Staff Writers', ['Jane Roe', 'John Doe']],
    ['By Jane Roe 04 November 2020', ['Jane Roe']],
    ['By Jane Roe/June 12, 2020 9:49 am EST', ['Jane Roe']],
    ['Par Loïc Le Clerc', ['Loïc Le Clerc']],
    ['Par Renée Dürrbach', ['Renée Dürrbach']],
    ['Von Anna Weber', ['Anna Weber']],
    ['Por María López', ['María López']],
    ['Von Anna Weber und Lena Marsh', ['Anna Weber', 'Lena Marsh']],
    ['By Jane Roe (Harbour Correspondent)', ['Jane Roe']],
    ['By Jane Roe, Updated March 3, 2025', ['Jane Roe']],
    ['By JANE ROE', ['JANE ROE']],
  ])('%s → %j', (line, names) => {
    expect(parseAuthors(line, rules)).toEqual(names);
  });

  it('drops duplicate names, case-insensitively', () => {
    expect(parseAuthors('By Jane Roe and jane roe', rules)).toEqual(['Jane Roe']);
  });
});

describe('bylineAuthors', () => {
  it.each<[string, string[]]>([
    ['By Jane Roe, Oskar Brenner and Priya Whitlow', ['Jane Roe', 'Oskar Brenner', 'Priya Whitlow']],
    ['By Jane Roe | Reuters', ['Jane Roe']],
    ['Jane Roe, Associated Press', ['Jane Roe']],
    ['Jane Roe | Reuters', ['Jane Roe']],
    ['By Jane Roe and John Doe, Staff Writers', ['Jane Roe', 'John Doe']],
    ['By Jane Roe 04 November 2020', ['Jane Roe']],
    ['By Jane Roe/June 12, 2020 9:49 am EST', ['Jane Roe']],
    ['Par Loïc Le Clerc', ['Loïc Le Clerc']],
    ['Renée Dürrbach, AFP', ['Renée Dürrbach']],
    ['Von Anna Weber', ['Anna Weber']],
    ['Por María López', ['María López']],
    ['Text: Anna Weber', ['Anna Weber']],
    ['한지우 기자', ['한지우']],
    ['Home | Par Loïc Le Clerc | 30 septembre 2018', ['Loïc Le Clerc']],
  ])('"%s" is a byline of %j', (line, names) => {
    expect(bylineAuthors(line, rules)).toEqual(names);
  });

  it.each([
    'Text Only',
    'By the numbers',
    'By 2030 the harbour will have doubled in size',
    'Lanterns light up the quay',
    'The council approved the budget on Monday.',
    '',
  ])('"%s" is not a byline', (line) => {
    expect(bylineAuthors(line, rules)).toBeNull();
  });

  it('is null for a very long line even with a prefix', () => {
    expect(bylineAuthors(`By Jane Roe ${'and more words '.repeat(20)}`, rules)).toBeNull();
  });
});

describe('bareName', () => {
  it.each<[string, string]>([
    ['Jane Roe - Apr 16, 2015 8:02 pm UTC', 'Jane Roe'],
    ['Jane Roe', 'Jane Roe'],
    ['Oskar van Brenner', 'Oskar van Brenner'],
    ['Jane Roe | 3 March 2025', 'Jane Roe'],
    ['Jane Roe, @janeroe', 'Jane Roe'], // the author's social handle
    ['Jane Roe @jane.roe / 2 days', 'Jane Roe'],
  ])('"%s" → "%s"', (line, name) => {
    expect(bareName(line, rules)).toBe(name);
  });

  test('strips a French "le <date>" after a bare name', () => {
    expect(bareName('Marie Dupont le 3 mars 2024', rules)).toBe('Marie Dupont');
  });

  it.each(['Edit Your Profile', 'Jane', 'Real Estate', 'Lanterns light up the quay', 'Share This Story Now Please Today'])('"%s" → null', (line) => {
    expect(bareName(line, rules)).toBeNull();
  });
});

describe('looksLikeName', () => {
  it.each(['Jane Roe', 'Loïc Le Clerc', 'Renée Dürrbach', 'J. R. Okafor', 'Ahmed al-Rashid', 'Ingrid'])('"%s" looks like a name', (s) => {
    expect(looksLikeName(s)).toBe(true);
  });

  it.each(['jane roe', 'Jane Roe 2', 'jane@example.com', 'the numbers', 'One Two Three Four Five Six', 'www.Example'])('"%s" does not', (s) => {
    expect(looksLikeName(s)).toBe(false);
  });
});

describe('credentials after a name', () => {
  const rules = builtinRules();
  it('drops "MD", "PhD" and "MA" parts instead of taking them for authors', () => {
    expect(bylineAuthors('By Brenda Lowe, MA', rules)).toEqual(['Brenda Lowe']);
    expect(bylineAuthors('By Jane Roe, MD, and John Doe, PhD', rules)).toEqual(['Jane Roe', 'John Doe']);
  });
  it('keeps a surname that only looks like a credential in lower case', () => {
    expect(bylineAuthors('By Jack Ma and Ana Ma', rules)).toEqual(['Jack Ma', 'Ana Ma']);
  });
});

describe('more byline forms', () => {
  it.each<[string, string[]]>([
    ['Publié par Jeanne Roy à 08:00', ['Jeanne Roy']],
    ['About the Author - Mara Lindqvist', ['Mara Lindqvist']],
    ['Edited by Priya Whitlow', ['Priya Whitlow']],
    ['Von Jonas Weber um 10:30 Uhr', ['Jonas Weber']],
  ])('%s', (text, names) => {
    expect(bylineAuthors(text, rules)).toEqual(names);
  });
});

describe('bareName: names with a second capital', () => {
  it.each(['Jessica DeFino', 'Mary McAllister', 'Ruth MacArthur'])('%s is a name', (n) => {
    expect(bareName(n, rules)).toBe(n);
  });
  it.each(["Tim O'Brannigan", 'D’Arcy Lowell', 'Jean-Luc Moreau', 'Hans-Peter Vogt'])('%s is a name (apostrophe, hyphenated given name)', (n) => {
    expect(bareName(n, rules)).toBe(n);
  });
  it.each(['Ein Beitrag von', 'Fotos von'])('"%s" ends with a particle: a prefix, not a name', (n) => {
    expect(bareName(n, rules)).toBeNull();
  });
  it.each(['Main Site Navigation', 'Harbour Menu', 'Edition Suche'])('%s is page chrome, not a name', (n) => {
    expect(bareName(n, rules)).toBeNull();
  });
  it.each(['Neue Hafen-Rundfahrten', 'Sommerfest-Programm Kleinhafen'])('%s is a compound noun, not a name', (n) => {
    expect(bareName(n, rules)).toBeNull();
  });
  it('still rejects a phrase', () => {
    expect(bareName('Edit Your Profile', rules)).toBeNull();
  });
});

describe('bylineAuthors: a name printed before its own byline', () => {
  it('takes "Jane Roe By Jane Roe" (an author photo\'s alt text, then the byline)', () => {
    expect(bylineAuthors('Mara Lindqvist By Mara Lindqvist', rules)).toEqual(['Mara Lindqvist']);
  });
  it('needs the same name twice', () => {
    expect(bylineAuthors('Mara Lindqvist By Jane Roe', rules)).toBeNull();
    expect(bylineAuthors('Side by side', rules)).toBeNull();
  });
});

describe('bylineAuthors: a Russian "Текст:" byline with a date', () => {
  it('takes the name', () => {
    expect(bylineAuthors('Текст: Мария Лебедева·11 октября 2018', rules)).toEqual(['Мария Лебедева']);
  });
});

describe('bylineAuthors: roles, desks and Scandinavian prefixes', () => {
  it.each([
    ['By Jane Roe, Harbour Staff', ['Jane Roe']],
    ['Von Lena Brandt und Tom Keller, Nordkanal-Landesredaktion', ['Lena Brandt', 'Tom Keller']],
    ['Av Karin Holm', ['Karin Holm']],
    ['Af Mette Lund', ['Mette Lund']],
  ])('%p gives %p', (line, authors) => {
    expect(bylineAuthors(line, rules)).toEqual(authors);
  });
  it('a desk that signs alone is kept', () => {
    expect(parseAuthors('Von Redaktion', rules)).toEqual(['Redaktion']);
  });
  it.each([
    ['Av Karin Holmkarin.holm@example.se', ['Karin Holm']],
    ['Por María Luisa Reinamaria.reina@example.com', ['María Luisa Reina']],
    ['By Jane Roe, jane.roe@example.com', ['Jane Roe']],
  ])('an e-mail address after the name, glued or not: %p', (line, authors) => {
    expect(bylineAuthors(line, rules)).toEqual(authors);
  });
  it.each(['Universität Hohenfeld', 'Harbour Institute'])('an institution is not a bare name: %p', (line) => {
    expect(bareName(line, rules)).toBeNull();
  });
  it('a photo credit is not a bare name', () => {
    expect(bareName('Fot. Jan Kowalski', rules)).toBeNull();
  });
});

describe('bylineAuthors: an East Asian article\'s info line', () => {
  it.each([
    ['2025-03-05 14:20 来源：海港日报 作者：林晓雯　周海 字号：大 中 小', ['林晓雯', '周海']],
    ['2024-11-08 08:15来源：港口科学网作者：责任编辑：王海燕', ['王海燕']],
    ['作者：山田太郎', ['山田太郎']],
    ['［山田太郎，テックニュース］', ['山田太郎']],
  ])('%p gives %p', (line, authors) => {
    expect(bylineAuthors(line, rules)).toEqual(authors);
  });
  it('a sentence with a colon is not an info line', () => {
    expect(bylineAuthors('港务局负责人表示：工程总投资约一亿元，分段推进。', rules)).toBeNull();
  });
});

describe('bareName: a role with its qualifier, and a badge', () => {
  it.each([
    ['Jane Roe, Harbour Staff ✓ Verified Harbour Staff', 'Jane Roe'],
    ['Jane Roe, Senior Editor', 'Jane Roe'],
  ])('%p is %p', (line, name) => {
    expect(bareName(line, rules)).toBe(name);
  });
  it('a paper called "Echo" is a publication, not an author', () => {
    expect(parseAuthors('By Jane Roe and Tom Keller, Harbour Echo', rules)).toEqual(['Jane Roe', 'Tom Keller']);
  });
});
