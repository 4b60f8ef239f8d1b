import { restartUrl } from './routing';

describe('restartUrl', () => {
  it('drops ?view= so the reload after an erase opens the onboarding, and keeps the rest (review3 N14)', () => {
    expect(restartUrl('https://localhost:3000/taskpane.html?lang=fr&view=settings')).toBe(
      'https://localhost:3000/taskpane.html?lang=fr',
    );
    expect(restartUrl('https://localhost:3000/taskpane.html?view=settings')).toBe(
      'https://localhost:3000/taskpane.html',
    );
  });
});
