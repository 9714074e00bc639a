import { builtinRules } from '../../src/rules/index.js';
import { galleryRuns, languagePicker, numberedRuns, startsDoubled, tableOfContents } from '../../src/stages/classify.js';
import { documentFeatures } from '../../src/stages/features.js';
import { segmentText } from '../../src/stages/segment-text.js';

const rules = builtinRules();
describe('numberedRuns and galleryRuns', () => {
  const blocks = (lines: string[]) => segmentText(lines.join('\n'), rules).blocks;

  it('finds a numbered run with the lines between and after its items', () => {
    expect(numberedRuns(blocks(['Intro', '1) One', 'link', '2) Two', 'link', '3) Three', 'link', 'End of list', 'Footer']))).toEqual([[1, 6]]);
  });

  it('needs three items numbered one after the other', () => {
    expect(numberedRuns(blocks(['1) One', '2) Two', '4) Four']))).toEqual([]);
  });

  it('finds a gallery counted up to one total', () => {
    expect(galleryRuns(blocks(['1/4 a', 'x', '2/4 b', 'y', '3/4 c', 'z', '4/4 d', 'w', 'after']))).toEqual([[0, 7]]);
  });
});

describe('languagePicker', () => {
  it('finds a line naming four languages in their own words', () => {
    expect(languagePicker('Language English Deutsch Français Español 日本語')).toBe(true);
    expect(languagePicker('alternate Afrikaans Asturianu Bahasa Indonesia Català Dansk')).toBe(true);
  });
  it('leaves a sentence that mentions a few languages alone', () => {
    expect(languagePicker('The menu is printed in English, and the waiters also speak Deutsch and a little Français.')).toBe(false);
  });
});

describe('tableOfContents', () => {
  const para = (topic: string): string => `The committee spent most of the spring on ${topic}, and its members said in their report that the work had taken longer than anyone had planned for.`;
  const toc = (lines: string[]) => {
    const blocks = segmentText(lines.join('\n'), rules).blocks;
    const f = documentFeatures(blocks, rules);
    return tableOfContents(blocks, f.keys, f.stats).map((r) => [r.from, r.to, ...r.headings]);
  };
  const sections = ['Why the harbour matters', para('the harbour'), 'What the repairs will cost', para('the costs'), 'When the work begins', para('the timetable')];

  it('finds the run of items that name the sub-headings below, numbered or not', () => {
    expect(toc(['Harbour plan', 'Contents', 'Why the harbour matters', 'What the repairs will cost', 'When the work begins', ...sections])).toEqual([[2, 4, 5, 7, 9]]);
    expect(toc(['Contents', '1 Why the harbour matters', '2 What the repairs will cost', '3. When the work begins', ...sections])).toEqual([[1, 3, 4, 6, 8]]);
  });

  it('leaves a teaser list printed twice alone: no paragraph stands between the repeats', () => {
    const teasers = ['Ferry timetable changes for spring', 'Market stalls move to the quay', 'School choir wins a prize'];
    expect(toc([...teasers, para('the harbour'), 'More news', ...teasers, 'Footer'])).toEqual([]);
  });

  it('needs three items', () => {
    expect(toc(['Why the harbour matters', 'What the repairs will cost', ...sections])).toEqual([]);
  });
});

describe('startsDoubled', () => {
  it('finds a phrase of two or more words printed twice at the start', () => {
    expect(startsDoubled('Harbour at dawn Harbour at dawn')).toBe(true);
    expect(startsDoubled('Old quay - North side Old quay - North side Harbour Road')).toBe(true);
  });
  it('leaves titles that repeat one word or differ in punctuation alone', () => {
    expect(startsDoubled('Bye Bye Bye')).toBe(false);
    expect(startsDoubled('New York, New York')).toBe(false);
    expect(startsDoubled('Council votes to restore the old lighthouse')).toBe(false);
  });
});
