import { dateSpanEnd, isDateLine, parseDate } from '../../src/text/dates.js';

describe('parseDate: ISO 8601', () => {
  it.each([
    ['2025-03-03T14:05:09Z', '2025-03-03T14:05:09Z'],
    ['2025-03-03T14:05:09+01:00', '2025-03-03T14:05:09+01:00'],
    ['2025-03-03T14:05:09+0100', '2025-03-03T14:05:09+01:00'],
    ['2025-03-03T14:05:09.250-05:00', '2025-03-03T14:05:09-05:00'],
    ['2025-03-03T14:05Z', '2025-03-03T14:05Z'],
    ['2025-03-03 14:05', '2025-03-03T14:05'],
    ['2025-03-03', '2025-03-03'],
    ['published: 2024-02-29 (leap day)', '2024-02-29'],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });
});

describe('parseDate: written dates', () => {
  it.each([
    ['March 3, 2025', '2025-03-03'],
    ['Mar. 3, 2025', '2025-03-03'],
    ['December 21st, 2023', '2023-12-21'],
    ['3 March 2025', '2025-03-03'],
    ['18. März 2024', '2024-03-18'],
    ['2 septembre 2024', '2024-09-02'],
    ['1er août 2023', '2023-08-01'],
    ['2 de mayo de 2024', '2024-05-02'],
    ['18.03.2024', '2024-03-18'],
    ['2024.11.08', '2024-11-08'],
    ['2024/11/08', '2024-11-08'],
    ['2024年5月12日', '2024-05-12'],
    ['2024년 5월 12일', '2024-05-12'],
    ['Posted on Monday, March 3, 2025 at noon', '2025-03-03'],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });
});

describe('parseDate: invalid and absent dates', () => {
  it.each([
    'February 30, 2025',
    '30 February 2025',
    '2025-02-30',
    '30.02.2024',
    '2023-02-29',
    '2024.13.01',
    '2024年2月30日',
    '31 April 2024',
  ])('%s → null', (input) => {
    expect(parseDate(input)).toBeNull();
  });

  it('returns null for text without a date', () => {
    expect(parseDate('The harbour festival returns next spring')).toBeNull();
    expect(parseDate('Room 1204, floor 3')).toBeNull();
    expect(parseDate('')).toBeNull();
  });
});

describe('isDateLine', () => {
  it.each([
    'Updated 3:45 PM EST, Mon March 3, 2025',
    'Veröffentlicht am 18.03.2024, 06:30 Uhr',
    'Publié le 2 septembre 2024 à 07h15',
    '2025-03-03T14:05:09Z',
    'March 3, 2025',
    'Actualizado el 2 de mayo de 2024',
    '10:42 am',
  ])('true for "%s"', (line) => {
    expect(isDateLine(line)).toBe(true);
  });

  it.each([
    'The council approved the harbour budget on March 3, 2025 after a long and heated debate.',
    'Ferries will run until 11:30 pm while the lantern festival lasts this weekend.',
    'Lanterns light up the quay',
    'By Jane Roe',
  ])('false for "%s"', (line) => {
    expect(isDateLine(line)).toBe(false);
  });

  it('is false for a line longer than 120 characters even if it holds a date', () => {
    const line = `Updated March 3, 2025 ${'x'.repeat(120)}`;
    expect(isDateLine(line)).toBe(false);
  });
});

describe('dates glued to a time (text dumps join the two spans)', () => {
  it.each<[string, string]>([
    ['March 3, 20249:05 PM ET', '2024-03-03'],
    ['15. März 202410:30 Uhr', '2024-03-15'],
    ['18.03.202409:15', '2024-03-18'],
  ])('"%s" → %s, and is a date line', (line, iso) => {
    expect(parseDate(line)).toBe(iso);
    expect(isDateLine(line)).toBe(true);
  });
  it('does not read a five-digit number as a year', () => {
    expect(parseDate('Page 20163 of the report')).toBeNull();
  });
});

describe('isDateLine: an "Updated" stamp with a day and no year', () => {
  it.each(['Updated October 9 at 11:20 AM', 'Posted 3 March at 10:00'])('"%s" is a date line', (t) => {
    expect(isDateLine(t)).toBe(true);
  });
  it.each(['The October 9 vote was close', '29. Februar'])('"%s" is not (words left, or neither year nor time)', (t) => {
    expect(isDateLine(t)).toBe(false);
  });
});

describe('dateSpanEnd', () => {
  it('ends after the first date and the clock time that follows it', () => {
    const t = 'By Jane Roe Published March 3, 2025 9:05 pm The council voted';
    expect(t.slice(0, dateSpanEnd(t, 160))).toBe('By Jane Roe Published March 3, 2025 9:05 pm');
    const f = 'Par Jeanne Roux — 24 novembre 2017 à 18:42 Le conseil a voté';
    expect(f.slice(0, dateSpanEnd(f, 160))).toBe('Par Jeanne Roux — 24 novembre 2017 à 18:42');
  });
  it('is -1 without a date in the first characters', () => {
    expect(dateSpanEnd('By Jane Roe, staff writer', 160)).toBe(-1);
    expect(dateSpanEnd(`${'word '.repeat(40)}March 3, 2025`, 160)).toBe(-1);
  });
});

describe('date stamps with furniture beside them', () => {
  it.each([
    ['18. Februar 2025 · 9 Minuten Lesezeit · 7 Kommentare', '2025-02-18'],
    ['Nov 3, 2024 • 4 min read • 12 comments', '2024-11-03'],
    ['Posted on March 3, 2025 by admin', '2025-03-03'],
    ['Veröffentlicht am 3. März 2025 von vereinsadmin', '2025-03-03'],
  ])('%p is a date line of %p', (line, day) => {
    expect(isDateLine(line)).toBe(true);
    expect(parseDate(line)).toBe(day);
  });
  it.each(['Politik · 18. Februar 2025 · Harbour council votes on the ferry budget', 'Posted on March 3, 2025 by Jane Roe'])('%p is not a bare date line', (line) => {
    expect(isDateLine(line)).toBe(false);
  });
});

describe('dates in more languages, and a CMS that glues two dates', () => {
  it.each([
    ['Publicerad 5 mars 2025 kl. 14.20', '2025-03-05'],
    ['Publicerad 5 mars 2025 kl. 14.20 Uppdaterad 5 mars 2025 kl. 16.45', '2025-03-05'],
    ['Publiceret 5. marts 2025', '2025-03-05'],
    ['Publisert 5. desember 2024', '2024-12-05'],
    ['11 maja 2021, 11:49', '2021-05-11'],
    ['5 марта 2025, 14:20', '2025-03-05'],
    ['2024-11-08 08:15 来源：港口科学网', '2024-11-08T08:15'],
    ['3. März 20254. März 2025', '2025-03-03'],
    ['March 3, 2025March 4, 2025', '2025-03-03'],
  ])('%p is a date line of %p', (line, day) => {
    expect(isDateLine(line)).toBe(true);
    expect(parseDate(line)).toBe(day);
  });
});
