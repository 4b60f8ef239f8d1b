/**
 * The banner above the list ("nobody in the sector …; here are the closest") and the cards below it must not
 * contradict each other: someone whose job title places them in the sector counts as someone in it.
 */
import { interpretAmbition, rankShortlist } from '../../src/core/ambitions/index';
import { MailboxBuilder } from './builder';

const shortfalls = (m: ReturnType<MailboxBuilder['build']>, text: string) =>
  rankShortlist({ mailbox: m, interpretation: interpretAmbition(text) }).shortfalls.map((s) => s.kind);

describe('what the shortlist says nobody matches', () => {
  it('a job title in the sector is someone in the sector', () => {
    const m = new MailboxBuilder()
      .contact('expert', { companyName: 'Agence nationale', jobTitle: 'Experte cybersécurité' })
      .contact('baker', { companyName: 'Boulangerie Dupain', jobTitle: 'Gérant' })
      .build();
    expect(shortfalls(m, 'Me reconvertir dans la cybersécurité')).not.toContain('place');
  });

  it('a company whose second business is the sector is someone in it (the card says « Their company … is in »)', () => {
    // Alstom: transport first, manufacturing second, in the list of known companies.
    const m = new MailboxBuilder()
      .contact('buyer', { companyName: 'Alstom', jobTitle: 'Acheteuse' })
      .contact('baker', { companyName: 'Boulangerie Dupain', jobTitle: 'Gérant' })
      .build();
    const ranked = rankShortlist({
      mailbox: m,
      interpretation: interpretAmbition('Trouver des clients dans l’industrie'),
    });
    expect(ranked.contacts[0]?.reasons.map((r) => r.kind)).toContain('company-sector');
    expect(ranked.shortfalls.map((s) => s.kind)).not.toContain('place');
  });

  it('a word in the notes alone is not', () => {
    const m = new MailboxBuilder()
      .contact('friend', {
        companyName: 'Boulangerie Dupain',
        jobTitle: 'Gérant',
        personalNotes: 'parle de cybersécurité',
      })
      .build();
    expect(shortfalls(m, 'Me reconvertir dans la cybersécurité')).toContain('place');
  });
});
