import type { Reason, ReasonKind } from '../core/circles/types';
import { frenchSpacing } from '../core/text/typography';
import { describeReason, describeReasons, readableEvidence, sourceKey } from './circleReasons';

const reason = (r: Partial<Reason>): Reason => ({
  field: 'notes',
  kind: 'notes-keyword',
  evidence: 'promo 2012',
  circle: 'classmates',
  weight: 1,
  ...r,
});

describe('reasons in plain words', () => {
  test.each([
    ['fr', reason({}), 'Vos notes disent «\u00a0promo 2012\u00a0».'],
    ['en', reason({}), 'Your notes say “promo 2012”.'],
    ['en', reason({ kind: 'brand-new-kind' as ReasonKind, field: 'event' }), 'A meeting you shared: “promo 2012”.'],
    [
      'fr',
      reason({ kind: 'brand-new-kind' as ReasonKind, field: 'nonsense' as Reason['field'] }),
      'Indice trouvé\u00a0: «\u00a0promo 2012\u00a0».',
    ],
    ['en', reason({ kind: 'user-correct', field: 'learned', evidence: 'Ada' }), 'You chose this circle.'],
    [
      'fr',
      reason({ kind: 'similar-domain', field: 'learned', evidence: 'acme.fr' }),
      'Comme d’autres contacts que vous y avez placés (acme.fr).',
    ],
  ] as const)('in %s, %j reads %s', (language, r, expected) => {
    expect(describeReason(r, language)).toBe(expected);
  });

  test('long evidence is shortened to one readable line', () => {
    const text = describeReason(reason({ evidence: `${'word '.repeat(40)}\n\nmore` }), 'en');
    expect(text.length).toBeLessThan(110);
    expect(text).toContain('…');
    expect(text).not.toContain('\n');
  });

  // Every kind, checked by the compiler: a kind missing from this list makes `complete` fail to type-check.
  const kinds = [
    'keyword',
    'email-keyword',
    'company-keyword',
    'title-keyword',
    'department-keyword',
    'notes-keyword',
    'webpage-keyword',
    'category-keyword',
    'subject-keyword',
    'event-keyword',
    'dated-event',
    'mentions-current',
    'mentions-employer',
    'mentions-school',
    'mentions-training',
    'mentions-club',
    'ex-employer',
    'school-alumni',
    'company-alumni',
    'club-member',
    'owner-domain',
    'old-address',
    'employer-domain',
    'current-domain',
    'school-domain',
    'training-domain',
    'club-domain',
    'alumni-domain',
    'academic-domain',
    'circle-domain',
    'shared-domain',
    'current-employer',
    'former-employer',
    'company-current',
    'company-school',
    'company-training',
    'company-club',
    'linkedin-url',
    'social-url',
    'existing-category',
    'personal-category',
    'birthday',
    'work-card-birthday',
    'spouse',
    'private-address',
    'home-phone',
    'surname-match',
    'co-attendance',
    'user-confirm',
    'user-correct',
    'similar-domain',
    'similar-company',
    'similar-thread',
    'similar-word',
    'linkedin-left',
    'linkedin-joined',
    'linkedin-only',
  ] as const satisfies readonly ReasonKind[];
  const complete: [Exclude<ReasonKind, (typeof kinds)[number]>] extends [never] ? true : false = true;

  test.each(['fr', 'en'] as const)(
    'in %s, every kind but "keyword" has a sentence of its own, without its code',
    (language) => {
      expect(complete).toBe(true);
      const byField = describeReason(reason({ kind: 'keyword', field: 'email', evidence: 'x' }), language);
      for (const kind of kinds.filter((k) => k !== 'keyword')) {
        const text = describeReason(reason({ kind, field: 'email', evidence: 'x' }), language);
        expect([kind, text === byField, (kind.includes('-') && text.includes(kind)) || text.includes('{e}')]).toEqual([
          kind,
          false,
          false,
        ]);
      }
    },
  );

  test('evidence containing $ patterns is inserted literally', () => {
    expect(describeReason(reason({ evidence: "$& $' $1" }), 'en')).toBe("Your notes say “$& $' $1”.");
  });

  test('the strongest reasons come first, without repeating a sentence, up to the limit', () => {
    const list = [
      reason({ weight: 1, evidence: 'a' }),
      reason({ weight: 3, evidence: 'b' }),
      reason({ weight: 3, evidence: 'b' }),
      reason({ weight: 2, evidence: 'c' }),
    ];
    expect(describeReasons(list, 'en', 2)).toEqual(['Your notes say “b”.', 'Your notes say “c”.']);
  });
});

describe('one source is one reason', () => {
  test('a note read twice (a keyword and a training named in it) is one reason, the stronger', () => {
    const note = 'Rencontré à la formation Kanban de mars';
    const list = [
      reason({ kind: 'notes-keyword', evidence: note, circle: 'training', weight: 0.8 }),
      reason({ kind: 'mentions-training', evidence: note, circle: 'training', weight: 0.6 }),
    ];
    expect(describeReasons(list, 'fr')).toEqual([
      `${frenchSpacing('Vos notes disent « ')}${note}${frenchSpacing(' ».')}`,
    ]);
  });

  test('a domain and a company name of one organisation are one reason', () => {
    const list = [
      reason({
        field: 'email',
        kind: 'owner-domain',
        evidence: 'kerlouan-energies.fr',
        circle: 'colleagues',
        weight: 1,
      }),
      reason({
        field: 'company',
        kind: 'current-employer',
        evidence: 'Kerlouan Énergies',
        circle: 'colleagues',
        weight: 0.9,
      }),
      reason({ kind: 'notes-keyword', evidence: 'bureau 4', circle: 'colleagues', weight: 0.5 }),
    ];
    expect(describeReasons(list, 'en')).toEqual([
      'Their address is at your company’s domain (kerlouan-energies.fr).',
      'Your notes say “bureau 4”.',
    ]);
  });

  test.each([
    ['anne@kerlouan-energies.fr', 'kerlouanenergies'],
    ['kerlouan-energies.co.uk', 'kerlouanenergies'],
    ['mail.kerlouan-energies.fr', 'kerlouanenergies'],
    ['mail.bnp.fr', 'bnp'],
    ['Kerlouan Énergies', 'kerlouanenergies'],
    ['  ', ''],
  ])('the source of “%s” is %s', (evidence, key) => {
    expect(sourceKey(evidence)).toBe(key);
  });
});

describe('dates in reasons', () => {
  test.each([
    ['fr', 'Vous avez noté son anniversaire (7 août).'],
    ['en', 'You noted their birthday (7 August).'],
  ] as const)('a birthday is a day and a month in %s, never an ISO time stamp', (language, expected) => {
    const reason = {
      field: 'birthday',
      kind: 'birthday',
      evidence: '1962-08-07T11:59:00Z',
      circle: 'family',
      weight: 1,
    };
    expect(describeReason(reason as Reason, language)).toBe(expected);
  });

  test('a birthday without its year, as vCard writes it, is a day and a month too', () => {
    expect(readableEvidence('--0203', 'fr', 'birthday')).toBe('3 février');
    expect(readableEvidence('--02-03', 'en', 'work-card-birthday')).toBe('3 February');
    expect(readableEvidence('--1340', 'en', 'birthday')).toBe('--1340');
  });

  test("another date keeps its year, in the reader's language", () => {
    expect(readableEvidence('2024-03-01', 'fr')).toBe('1 mars 2024');
    expect(readableEvidence('2024-03-01', 'en')).toBe('1 March 2024');
    expect(readableEvidence('Rotary 2024-03', 'en')).toBe('Rotary 2024-03');
  });
});
