import type { DriftWhy } from '../../../core/ties';
import { addStrings, translate } from '../../../sentences/translate';
import { keep } from '../../i18n/keep';
import { longDate, whyLine } from './sentences';
import { frenchSpacing } from '../../../core/text/typography';

addStrings([keep]);

const t = (language: 'fr' | 'en') => (key: string, params?: Record<string, string | number>) =>
  translate(language, key, params);
const why: DriftWhy = {
  circle: 'clients',
  peakYear: 2025,
  peakMessages: 4,
  peakMeetings: 0,
  lastExchange: Date.UTC(2026, 0, 20, 9),
};

describe('keep in touch, the why line', () => {
  it('names the day of the last exchange, not only its month (F24)', () => {
    expect(whyLine(t('fr'), 'fr', why, 'Clients & partenaires', { sent: 0, received: 4, meetings: 0 })).toBe(
      'Clients & partenaires — 4 messages en 2025, plus rien depuis le 20 janvier 2026.',
    );
    expect(whyLine(t('en'), 'en', why, 'Clients & partners', { sent: 0, received: 4, meetings: 0 })).toBe(
      'Clients & partners — 4 messages in 2025, nothing since 20 January 2026.',
    );
  });

  it('gives the total when the busiest year is not all there was (F24: 2026 was hidden)', () => {
    const links = { sent: 2, received: 4, meetings: 1 };
    expect(whyLine(t('fr'), 'fr', why, 'Clients & partenaires', links)).toBe(
      frenchSpacing(
        'Clients & partenaires — 6 messages et 1 réunion, dont 4 messages en 2025 ; plus rien depuis le 20 janvier 2026.',
      ),
    );
    expect(whyLine(t('en'), 'en', why, 'Clients & partners', links)).toBe(
      'Clients & partners — 6 messages and 1 meeting, including 4 messages in 2025; nothing since 20 January 2026.',
    );
  });

  it('says « messages » once when the total and the busiest year are both messages (review2 #9)', () => {
    const links = { sent: 2, received: 4, meetings: 0 };
    expect(whyLine(t('fr'), 'fr', why, 'Famille & amis', links)).toBe(
      frenchSpacing('Famille & amis — 6 messages, dont 4 en 2025 ; plus rien depuis le 20 janvier 2026.'),
    );
    expect(whyLine(t('en'), 'en', why, 'Family & friends', links)).toBe(
      'Family & friends — 6 messages, including 4 in 2025; nothing since 20 January 2026.',
    );
  });

  it('writes the first of the month the French way', () => {
    expect(longDate('fr', Date.UTC(2025, 2, 1))).toBe('1er mars 2025');
    expect(longDate('fr', Date.UTC(2025, 2, 11))).toBe('11 mars 2025');
    expect(longDate('en', Date.UTC(2025, 2, 1))).toBe('1 March 2025');
  });
});
