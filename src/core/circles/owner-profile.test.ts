/**
 * The onboarding's pre-filled path, as a person would accept it: one entry per organisation, named as the
 * cards name it, and no common word or bare town taken for an organisation. Names are invented here.
 */
import { contact, emptyProfile, mailbox, message, owner } from '../testing/builders';
import { classify } from './engine';
import { inferProfile, withoutDeclined } from './owner-profile';

const bare = { ...owner, profile: emptyProfile };
const infer = (over: Parameters<typeof mailbox>[0]) => inferProfile(mailbox({ owner: bare, ...over }));
const notes = (...lines: string[]) => lines.map((n) => contact({ email: `${n.length}x@gmail.com`, personalNotes: n }));

describe('the inferred profile', () => {
  it('takes an employer named by its town for the company on the cards whose name holds it', () => {
    const employers = infer({
      contacts: [
        ...notes('On travaillait ensemble chez Kerlouan (2012-2015)', 'Travaillait avec moi chez Kerlouan'),
        contact({ email: 'a@fonderies-kerlouan.example', companyName: 'Fonderies de Kerlouan' }),
        contact({ email: 'b@fonderies-kerlouan.example', companyName: 'Fonderies de Kerlouan' }),
      ],
    }).employers;
    expect(employers).toEqual([
      expect.objectContaining({ name: 'Fonderies de Kerlouan', domain: 'fonderies-kerlouan.example' }),
    ]);
  });

  it('offers no school for a common word ("Annuaire des anciens")', () => {
    const people = [contact({ email: 'p@corp.example' }), contact({ email: 'q@corp.example' })];
    const schools = infer({
      contacts: people,
      messages: people.map((p, i) => message(`m${i}`, 'Annuaire des anciens', p.emailAddresses[0]!.address)),
    }).schools;
    expect(schools).toEqual([]);
  });

  it('gives one entry for a school and its alumni domain, named as people write it', () => {
    const schools = infer({
      contacts: [
        ...notes('Promo 2011 de l’ISEN Lorient', 'Class of 2011, ISEN Lorient', 'Promo 2010 ISEN Lorient'),
        contact({ email: 'x@alumni-isen-lorient.fr' }),
        contact({ email: 'y@alumni-isen-lorient.fr' }),
      ],
    }).schools;
    expect(schools).toEqual([expect.objectContaining({ name: 'ISEN Lorient', domain: 'alumni-isen-lorient.fr' })]);
  });

  it('gives one entry for a training and its sessions ("… de mars")', () => {
    const trainings = infer({
      contacts: notes(
        'Rencontré à la formation Kanban',
        'Vu à la formation Kanban',
        'Rencontré à la formation Kanban de mars',
        'Vu à la formation Kanban de mars !',
      ),
    }).trainings;
    expect(trainings).toHaveLength(1);
    expect(trainings[0]).toMatchObject({ support: 4 });
  });

  it('gives one entry for a club named in French and in English', () => {
    const clubs = infer({
      contacts: notes(
        'Membre du Cercle des navigateurs de Concarneau',
        'Membre du Cercle des navigateurs de Concarneau, bureau',
        'Member of the Concarneau navigators’ circle',
        'Member of the Concarneau navigators circle since 2019',
      ),
    }).clubs;
    expect(clubs).toEqual([expect.objectContaining({ name: 'Cercle des navigateurs de Concarneau', support: 4 })]);
  });
});

describe('an organisation the user removed from their path', () => {
  const kerlouan = [
    ...notes('On travaillait ensemble chez Kerlouan (2012-2015)', 'Travaillait avec moi chez Kerlouan'),
    contact({ email: 'a@fonderies-kerlouan.example', companyName: 'Fonderies de Kerlouan' }),
    contact({ email: 'b@fonderies-kerlouan.example', companyName: 'Fonderies de Kerlouan' }),
  ];
  const reasons = (declined?: { name: string; domain?: string }[]) => {
    const m = mailbox({
      owner: { ...bare, profile: { ...emptyProfile, ...(declined ? { declined } : {}) } },
      contacts: kerlouan,
    });
    const { suggestions } = classify({ mailbox: m });
    return [...suggestions.values()].flatMap((s) => s.reasons.map((r) => r.kind));
  };

  it('is no longer taken as a past employer, by name or by domain', () => {
    expect(reasons()).toEqual(expect.arrayContaining(['employer-domain', 'mentions-employer']));
    expect(withoutDeclined(infer({ contacts: kerlouan }), [{ name: 'fonderies de kerlouan' }]).employers).toEqual([]);
    for (const declined of [
      [{ name: 'Fonderies de Kerlouan' }],
      [{ name: 'Kerlouan SA', domain: 'fonderies-kerlouan.example' }],
    ])
      expect(reasons(declined).filter((k) => k.includes('employer'))).toEqual([]);
  });
});
