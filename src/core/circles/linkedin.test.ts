import { contact, mailbox, owner } from '../testing/builders';
import { classify } from './engine';
import type { CurrentPosition } from '../linkedin/types';

const at = (company: string): CurrentPosition => ({ source: 'linkedin', company, position: 'Engineer' });

describe('LinkedIn evidence in the engine', () => {
  it("reads a card at the owner's company with LinkedIn elsewhere as a former colleague", () => {
    const c = contact({
      displayName: 'Paul Girard',
      companyName: 'Acme Énergie',
      email: 'paul.girard@acme-energie.fr',
    });
    const input = { mailbox: mailbox({ contacts: [c] }) };
    expect(classify(input).suggestions[0]?.circle).toBe('colleagues');
    const [s] = classify({ ...input, current: new Map([[c.id, at('Northwind Traders')]]) }).suggestions;
    expect(s?.circle).toBe('former-colleagues');
    expect(s?.reasons.map((r) => r.kind)).toContain('linkedin-left');
    expect(s?.reasons.map((r) => r.kind)).not.toContain('owner-domain');
  });

  it('reads "connected on LinkedIn" as the online circle only when nothing else shows where they met', () => {
    const bare = contact({ displayName: 'Zoé Petit' });
    const known = contact({ displayName: 'Yann Le Bihan', email: 'yann@esgn.edu' });
    const current = new Map([
      [bare.id, at('Tailspin Toys')],
      [known.id, at('Tailspin Toys')],
    ]);
    const withoutLinkedIn = classify({ mailbox: mailbox({ contacts: [bare, known] }) }).suggestions;
    const [b, k] = classify({ mailbox: mailbox({ contacts: [bare, known] }), current }).suggestions;
    expect(withoutLinkedIn[0]?.circle).toBeNull();
    expect(b?.circle).toBe('online');
    expect(k?.circle).toBe(withoutLinkedIn[1]?.circle);
    expect(k?.reasons.some((r) => r.field === 'linkedin')).toBe(false);
  });

  it("reads LinkedIn at the owner's company as a colleague now", () => {
    const c = contact({ displayName: 'Inès Martín', companyName: 'Litware' });
    const [s] = classify({
      mailbox: mailbox({ contacts: [c] }),
      current: new Map([[c.id, at(owner.companyName!)]]),
    }).suggestions;
    expect(s?.reasons.map((r) => [r.kind, r.circle])).toContainEqual(['linkedin-joined', 'colleagues']);
  });
});
