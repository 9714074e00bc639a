import { builtinRules } from '../../src/rules/index.js';
import { galleryRuns, languagePicker, numberedRuns } from '../../src/stages/classify.js';
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
