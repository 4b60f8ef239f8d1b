import { MAX_NOTIFICATION_LENGTH } from '../adapters/office/notifications';
import { commandText, outcomeText } from './messages';

describe('outcomeText', () => {
  it.each([
    {
      l: 'en' as const,
      f: {
        perCircle: [
          { label: 'Clients', count: 2 },
          { label: 'Colleagues', count: 5 },
        ],
        review: 3,
        conflicts: 1,
        failed: 0,
      },
      expected: 'Circles: 7 contacts categorised (Colleagues 5, Clients 2). 3 left for review in the pane, 1 conflict.',
    },
    {
      l: 'fr' as const,
      f: {
        perCircle: [{ label: 'Clients & partenaires', count: 1 }],
        review: 0,
        conflicts: 0,
        failed: 2,
      },
      expected: 'Cercles : 1 contact classé (Clients & partenaires 1). 2 échecs.',
    },
    {
      l: 'en' as const,
      f: { perCircle: [], review: 4, conflicts: 0, failed: 0 },
      expected: 'Circles: nothing new to categorise. 4 left for review in the pane.',
    },
    {
      l: 'fr' as const,
      f: { perCircle: [], review: 0, conflicts: 0, failed: 0 },
      expected: 'Cercles : rien de nouveau à classer.',
    },
  ])('$expected', ({ l, f, expected }) => {
    expect(outcomeText(l, f)).toBe(expected);
  });

  it('fits ten circles with big counts into the 150 characters Outlook shows, naming the biggest first', () => {
    const perCircle = Array.from({ length: 10 }, (_, i) => ({
      label: `Very long circle label ${i}`,
      count: 1000 + i,
    }));
    const text = outcomeText('en', {
      perCircle,
      review: 12345,
      conflicts: 67,
      failed: 8,
    });
    expect(text.length).toBeLessThanOrEqual(MAX_NOTIFICATION_LENGTH);
    expect(text).toContain('10,045 contacts categorised');
    expect(text).toMatch(/\+\d/);
  });
});

describe('commandText', () => {
  it.each(Object.keys(commandText) as (keyof typeof commandText)[])(
    '%s fits a notification in both languages',
    (key) => {
      for (const l of ['fr', 'en'] as const) {
        const text = (commandText[key] as (l: 'fr' | 'en', a: number, b: number) => string)(l, 10000, 10000);
        expect(text.length).toBeLessThanOrEqual(MAX_NOTIFICATION_LENGTH);
      }
    },
  );
});

test('a wait for Outlook’s request budget is said with its length, in both languages', () => {
  expect(commandText.pacing('en', 4)).toBe(
    'Circles: waiting for Outlook (10,000 requests per 10 minutes); goes on by itself in about 4 min.',
  );
  expect(commandText.pacing('fr', 4).replace(/\s/g, ' ')).toBe(
    'Cercles : pause imposée par Outlook (10 000 requêtes par 10 minutes), reprise seule dans 4 min environ.',
  );
});
