import { classifyWords, day, tiesWords } from './cli';

describe('the command line’s figures read as the pane writes them', () => {
  test('counts have their thousands separator: « 1 200 » in French, "1,200" in English', () => {
    expect(classifyWords.fr.footer(931, 1200)).toBe(
      '931 contacts sur 1\u202f200 placés dans un cercle ; 269 laissés de côté.',
    );
    expect(classifyWords.en.footer(931, 1200)).toBe('931 of 1,200 contacts placed in a circle; 269 left alone.');
  });

  test('the day counted from is a date in words, not an ISO stamp after « le »', () => {
    expect(tiesWords.fr.footer(389, 1200, '2024-12-23')).toBe(
      '389 contacts sur 1\u202f200 avec au moins un échange depuis le 23 décembre 2024.',
    );
    expect(tiesWords.en.footer(389, 1200, '2024-12-23')).toBe(
      '389 of 1,200 contacts exchanged with since 23 December 2024.',
    );
    expect(day('fr', '2024-05-01T00:00:00Z')).toBe('1er mai 2024');
    expect(day('en', '2024-05-01')).toBe('1 May 2024');
  });
});
