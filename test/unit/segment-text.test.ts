import type { Block } from '../../src/model/block.js';
import { builtinRules } from '../../src/rules/index.js';
import { detectWrapWidth, segmentText, withoutLynxLinkList } from '../../src/stages/segment-text.js';

const rules = builtinRules();

type Line = Parameters<typeof detectWrapWidth>[0][number];

/** Lines as segment-text reads them (raw without trailing space, indent, trimmed text). */
function lines(text: string): Line[] {
  return text.split('\n').map((raw) => {
    const r = raw.replace(/\s+$/, '');
    const t = r.trim();
    return { raw: r, indent: r.length - r.replace(/^\s+/, '').length, text: t };
  });
}

/** Hard-wrap a paragraph at `width` columns with an indent, as lynx -dump does. */
function wrap(text: string, width: number, indent = 3, firstPrefix = ''): string[] {
  const out: string[] = [];
  const pad = ' '.repeat(indent);
  let line = pad + firstPrefix;
  const contPad = pad + ' '.repeat(firstPrefix.length);
  let empty = true;
  for (const w of text.split(' ')) {
    if (!empty && line.length + 1 + w.length > width) {
      out.push(line);
      line = contPad + w;
    } else {
      line += (empty ? '' : ' ') + w;
    }
    empty = false;
  }
  out.push(line);
  return out;
}

function blockWith(blocks: Block[], text: string): Block {
  const block = blocks.find((b) => b.text === text);
  if (block === undefined) throw new Error(`no block "${text}" in ${JSON.stringify(blocks.map((b) => b.text))}`);
  return block;
}

const P1 =
  'The lantern festival on the northern quay drew a larger crowd than the organisers had planned for, and the ferry company added two late crossings so that visitors from the islands could get home before midnight without waiting in the cold.';
const P2 =
  'Volunteers from the rowing club spent most of the afternoon stringing paper lanterns between the old cranes, a job that the harbour master said would have been impossible a decade ago when the cranes were still fenced off from the public.';
const P3 =
  'Next year the council wants to move the market stalls closer to the water, although several traders have asked whether the wooden boardwalk can carry the weight of the carts and the generators they bring with them.';

describe('segmentText: innertext-style lines', () => {
  it('makes one block per line when paragraphs are long lines without blank lines', () => {
    const dump = ['Harbour news', 'Lanterns light up the quay', P1, P2, P3].join('\n');
    const seg = segmentText(dump, rules);
    expect(seg.format).toBe('text');
    expect(seg.layout).toBe('lines');
    expect(seg.blocks.map((b) => b.text)).toEqual(['Harbour news', 'Lanterns light up the quay', P1, P2, P3]);
    expect(seg.blocks.map((b) => b.index)).toEqual([0, 1, 2, 3, 4]);
    expect(seg.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });

  it('reports no wrap width for such a dump', () => {
    const dump = ['Harbour news', P1, P2, P3, P1, P2, P3, P1, P2].join('\n');
    expect(detectWrapWidth(lines(dump))).toBe(0);
  });
});

describe('segmentText: lynx-style wrapped dumps', () => {
  const dump = [
    '   #Harbour Herald » Feed Harbour Herald » Comments Feed',
    '',
    '   #Lanterns light up the quay',
    '',
    ...wrap(P1, 78),
    '',
    ...wrap(P2, 78),
    '',
    '   * Ferry timetable for the weekend',
    '   * Parking at the old cannery',
    '   * Lost and found at the harbour office',
    '',
    ...wrap(P3, 78),
    '',
  ].join('\n');

  it('detects the wrap width of a hard-wrapped dump', () => {
    const width = detectWrapWidth(lines(dump));
    expect(width).toBeGreaterThanOrEqual(70);
    expect(width).toBeLessThanOrEqual(78);
  });

  it('re-flows wrapped paragraphs into single blocks and turns bullets into list items', () => {
    // sanity: the paragraphs really are wrapped over several lines
    expect(wrap(P1, 78).length).toBeGreaterThanOrEqual(3);
    const seg = segmentText(dump, rules);
    expect(seg.layout).toBe('wrapped');
    expect(seg.blocks.map((b) => b.text)).toEqual([
      '#Harbour Herald » Feed Harbour Herald » Comments Feed', // the <link> bar keeps its '#' (classify: signal:link-bar)
      'Lanterns light up the quay',
      P1,
      P2,
      'Ferry timetable for the weekend',
      'Parking at the old cannery',
      'Lost and found at the harbour office',
      P3,
    ]);
    expect(blockWith(seg.blocks, P1).kind).toBe('paragraph');
    expect(blockWith(seg.blocks, 'Parking at the old cannery').kind).toBe('list-item');
    expect(seg.blocks.filter((b) => b.kind === 'list-item')).toHaveLength(3);
  });

  it('re-flows a long bullet item whose continuation lines are indented past the bullet', () => {
    const longItem = 'Ferry timetable for the weekend, with the extra late crossings to the islands and the changed departure times for the early boats';
    const d = [...wrap(P1, 78), '', ...wrap(longItem, 78, 3, '* '), '   * Parking at the old cannery', '', ...wrap(P2, 78)].join('\n');
    const seg = segmentText(d, rules);
    expect(seg.layout).toBe('wrapped');
    expect(blockWith(seg.blocks, longItem).kind).toBe('list-item');
    expect(blockWith(seg.blocks, 'Parking at the old cannery').kind).toBe('list-item');
  });

  it('starts a new paragraph after a short last line even without a blank line', () => {
    const p1 = wrap(P1, 78);
    // sanity: the last line of P1 is far from full, so P2 cannot continue it
    expect(p1[p1.length - 1]!.length).toBeLessThan(60);
    const d = [...p1, ...wrap(P2, 78), '', ...wrap(P3, 78)].join('\n');
    const seg = segmentText(d, rules);
    expect(seg.layout).toBe('wrapped');
    expect(seg.blocks.map((b) => b.text)).toEqual([P1, P2, P3]);
  });

  it('does not treat a list of 200 short lines as wrapped', () => {
    const items = Array.from({ length: 200 }, (_, i) => `Item ${i + 1}`);
    expect(detectWrapWidth(lines(items.join('\n')))).toBe(0);
    const seg = segmentText(items.join('\n'), rules);
    expect(seg.layout).toBe('lines');
    expect(seg.blocks).toHaveLength(200);
    expect(seg.blocks[0]?.text).toBe('Item 1');
    expect(seg.blocks[199]?.text).toBe('Item 200');
  });
});

describe('segmentText: normalisation and kinds', () => {
  it('normalises CRLF line endings and NBSP', () => {
    const seg = segmentText('Quay\u00a0lanterns\u00a0relit\r\nThe crowd  stayed late.\r\n\r\nFerry added.\r\n', rules);
    expect(seg.blocks.map((b) => b.text)).toEqual(['Quay lanterns relit', 'The crowd stayed late.', 'Ferry added.']);
    expect(seg.blocks.some((b) => /[\r\u00a0]/.test(b.text))).toBe(false);
  });

  it('turns tab-separated cells into a table row', () => {
    const seg = segmentText('Ferry times\nDeparture\tArrival\tPier\n09:15\t09:50\tNorth\nSee the office.', rules);
    const row = blockWith(seg.blocks, 'Departure Arrival Pier');
    expect(row.kind).toBe('table-row');
    expect(blockWith(seg.blocks, '09:15 09:50 North').kind).toBe('table-row');
    expect(blockWith(seg.blocks, 'Ferry times').kind).toBe('paragraph');
  });

  it('strips bullets in line layout and marks list items', () => {
    const seg = segmentText('Things to bring\n• A warm coat\n- A torch\nThat is all.', rules);
    expect(blockWith(seg.blocks, 'A warm coat').kind).toBe('list-item');
    expect(blockWith(seg.blocks, 'A torch').kind).toBe('list-item');
    expect(blockWith(seg.blocks, 'That is all.').kind).toBe('paragraph');
  });
});

describe('segmentText: glued breadcrumbs', () => {
  it('splits a breadcrumb glued to the headline when the headline repeats on its own line', () => {
    const dump = ['WorldEuropeRiver floods the old town', 'River floods the old town', P1, P2].join('\n');
    const seg = segmentText(dump, rules);
    expect(seg.blocks.slice(0, 4).map((b) => [b.text, b.glued === true])).toEqual([
      ['World', true],
      ['Europe', true],
      ['River floods the old town', true],
      ['River floods the old town', false],
    ]);
    expect(seg.blocks.map((b) => b.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('splits a known section name glued to the headline even when the headline does not repeat', () => {
    const dump = ['OpinionLanterns belong to the harbour', P1, P2].join('\n');
    const seg = segmentText(dump, rules);
    expect(seg.blocks.slice(0, 2).map((b) => [b.text, b.glued])).toEqual([
      ['Opinion', true],
      ['Lanterns belong to the harbour', true],
    ]);
  });

  it.each([
    ['TechRepublic Japan', 'a brand name: a section name glued to one word'],
    ['tvOS 13', 'a product name: a section name glued to two words'],
  ])('keeps "%s" whole (%s)', (line) => {
    const seg = segmentText([line, P1, P2].join('\n'), rules);
    expect(seg.blocks[0]?.text).toBe(line);
    expect(seg.blocks[0]?.glued).toBeUndefined();
  });

  it('does not split a camel-case word that stands alone', () => {
    const dump = ['JavaScript tips for the weekend', P1, P2].join('\n');
    const seg = segmentText(dump, rules);
    expect(seg.blocks[0]?.text).toBe('JavaScript tips for the weekend');
    expect(seg.blocks[0]?.glued).toBeUndefined();
    expect(seg.blocks).toHaveLength(3);
  });
});

describe('segmentText: sentences broken across lines', () => {
  const texts = (dump: string): string[] => segmentText(dump, rules).blocks.map((b) => b.text);

  it('joins a line that stops mid-sentence with the lower-case line that goes on', () => {
    expect(texts('The council voted on Tuesday to restore the old\nlighthouse on the northern quay after years of argument.')).toEqual([
      'The council voted on Tuesday to restore the old lighthouse on the northern quay after years of argument.',
    ]);
  });

  it('keeps a headline and its lower-case byline apart', () => {
    expect(texts('Council votes to restore the old lighthouse on the quay\nby Jane Roe and Tomas Berg')).toHaveLength(2);
  });

  it('keeps lines apart across a blank line, after a full stop, and for short menu lines', () => {
    expect(texts('The council voted on Tuesday to restore the old\n\nlighthouse on the northern quay after years.')).toHaveLength(2);
    expect(texts('The council voted on Tuesday to restore it.\nlighthouse work starts in the spring next year.')).toHaveLength(2);
    expect(texts('home and garden\nabout us and our team here')).toHaveLength(2);
  });
});

describe('segmentText: the modifier letter apostrophe lynx prints', () => {
  it('becomes a typographic apostrophe between letters, so "ʼs" is not glued to the word', () => {
    const { blocks } = segmentText('The councilʼs vote, and lʼaccord du port', rules);
    expect(blocks[0]!.text).toBe('The council’s vote, and l’accord du port');
  });
  it('is left alone elsewhere (a letter in its own right)', () => {
    expect(segmentText('ʼokina', rules).blocks[0]!.text).toBe('ʼokina');
  });
});

describe('segmentText: image file names a text browser prints', () => {
  it('are dropped from a block with other text', () => {
    const { blocks } = segmentText('The quay at dawn. (Jane Roe/AFP/Getty Images) [3f9c1d2e-ab07.png]\n\n[lamp.jpg?w=800] The lamp room', rules);
    expect(blocks.map((b) => b.text)).toEqual(['The quay at dawn. (Jane Roe/AFP/Getty Images)', 'The lamp room']);
  });
  it('stay when they are the whole block', () => {
    expect(segmentText('[lamp.jpg]', rules).blocks[0]!.text).toBe('[lamp.jpg]');
  });
  it('include the tail of an inline SVG data URI ("[svg%3E]")', () => {
    const { blocks } = segmentText('Harbour yoghurt [svg%3E] Plain, full fat', rules);
    expect(blocks.map((b) => b.text)).toEqual(['Harbour yoghurt Plain, full fat']);
  });
  it('include an avatar named by a bare UUID in front of a name', () => {
    const { blocks } = segmentText('[0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d] Jane Roe • 8h', rules);
    expect(blocks.map((b) => b.text)).toEqual(['Jane Roe • 8h']);
  });
});

describe('segmentText: a byline and its date glued to the text below', () => {
  it('is cut after the date and its time, in a wrapped dump', () => {
    const dump = ['   Council votes to restore the old lighthouse', '', ...wrap(`By Jane Roe Published in Harbour News March 3, 2025 9:05 pm ${P1}`, 78), '', ...wrap(P2, 78), ''].join('\n');
    const texts = segmentText(dump, rules).blocks.map((b) => b.text);
    expect(texts).toContain('By Jane Roe Published in Harbour News March 3, 2025 9:05 pm');
    expect(texts).toContain(P1);
  });
  it('is cut from a label glued in front of it', () => {
    const dump = ['Council votes to restore the old lighthouse', 'Harbour NewsEdited by Jane Roe (with agency reports)', P1].join('\n');
    expect(segmentText(dump, rules).blocks.map((b) => b.text)).toEqual(['Council votes to restore the old lighthouse', 'Harbour News', 'Edited by Jane Roe (with agency reports)', P1]);
  });
  it('is left alone when no byline comes before the date, or too little follows it', () => {
    const notByline = `Harbour News March 3, 2025 9:05 pm ${P1}`;
    expect(segmentText(notByline, rules).blocks.map((b) => b.text)).toEqual([notByline]);
    const short = 'By Jane Roe March 3, 2025 9:05 pm Updated today';
    expect(segmentText(short, rules).blocks.map((b) => b.text)).toEqual([short]);
  });
});

describe('lynx -dump with its link list (no -nolist)', () => {
  const page = ['   [1]Skip to content', '', '   Lanterns return to the quay', '', '   By [2]Jane Roe', '', `   ${P1}`, '', 'References', '', '   1. https://example.org/#content', '   2. https://example.org/authors/jane-roe-local-democracy-reporter-for-the-harbour-and-islands'].join('\n');

  it('is cut off, and the link numbers are dropped', () => {
    const out = withoutLynxLinkList(page);
    expect(out).not.toContain('References');
    expect(out).not.toContain('https://');
    expect(out).toContain('By Jane Roe');
    expect(out).toContain('Skip to content');
  });

  it('gives the blocks the same dump without the list gives', () => {
    const nolist = page.replace(/\[\d+\]/g, '').split('\nReferences')[0]!;
    expect(segmentText(page, rules).blocks.map((b) => b.text)).toEqual(segmentText(nolist, rules).blocks.map((b) => b.text));
  });

  it('leaves "[12]" alone when there is no link list (a footnote mark)', () => {
    const text = `The harbour was dredged in 1911.[12] ${P1}`;
    expect(withoutLynxLinkList(text)).toBe(text);
  });
});

describe('segmentText: Chinese and Japanese text a text browser broke mid-run', () => {
  // A lynx dump breaks a run of CJK characters (no spaces to break at) at the wrap width.
  const ja = '港の灯台は十年ぶりに明かりをともし、町の人々は夕方の岸壁に集まってその光を見守った。修理を担当した技師は、古いレンズを磨き直すのに三か月かかったと話した。市は来年、灯台の中を見学できる日を設ける予定で、地元の小学校も見学を申し込んでいる。';
  const chunk = (s: string, n: number): string[] => Array.from({ length: Math.ceil(s.length / n) }, (_, k) => '   ' + s.slice(k * n, (k + 1) * n));
  const dump = [
    ...wrap(P1, 78),
    '',
    ...chunk(ja, 74),
    '',
    ...wrap(P2, 78),
    '',
    ...wrap(P3, 78),
  ].join('\n');
  it('joins the broken lines without a space', () => {
    const seg = segmentText(dump, rules);
    expect(seg.layout).toBe('wrapped');
    expect(chunk(ja, 74).length).toBeGreaterThanOrEqual(2);
    expect(seg.blocks.map((b) => b.text)).toContain(ja);
  });
  it('still joins Latin lines with a space', () => {
    expect(segmentText(dump, rules).blocks.map((b) => b.text)).toContain(P1);
  });
});
