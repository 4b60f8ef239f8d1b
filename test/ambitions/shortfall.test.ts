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
