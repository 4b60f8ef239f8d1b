import { defaultTaxonomy } from '../core/circles';
import type { Feedback, Suggestion } from '../core/circles/types';
import type { Contact } from '../core/model';
import { CONFIDENT, selectConfident } from './select';

const contact = (id: string, categories: string[] = []): Contact => ({
  id,
  displayName: id,
  emailAddresses: [{ address: `${id}@x.com` }],
  businessPhones: [],
  homePhones: [],
  categories,
});

const suggestion = (contactId: string, circle: Suggestion['circle'], confidence: number): Suggestion => ({
  contactId,
  circle,
  confidence,
  reasons: [],
  alternatives: [],
});

const fb = (contactId: string, verdict: Feedback['verdict'], circle: Feedback['circle'], at: string): Feedback => ({
  contactId,
  verdict,
  circle,
  at,
});

function select(contacts: Contact[], suggestions: Suggestion[], feedback: Feedback[] = []) {
  return selectConfident({
    contacts,
    suggestions: new Map(suggestions.map((s) => [s.contactId, s])),
    feedback,
    taxonomy: defaultTaxonomy,
    prefix: 'Cercle · ',
  });
}

describe('selectConfident', () => {
  it('writes confident suggestions and leaves the others for review', () => {
    const s = select(
      [contact('a'), contact('b'), contact('c')],
      [suggestion('a', 'clients', CONFIDENT), suggestion('b', 'clubs', CONFIDENT - 0.01), suggestion('c', null, 0)],
    );
    expect([...s.assignments]).toEqual([['a', 'clients']]);
    expect(s.review).toBe(1);
  });

  it('never touches a contact that already has one of our circle categories, in either language', () => {
    const s = select(
      [contact('a', ['Cercle · Clients & partenaires']), contact('b', ['circle · colleagues', 'VIP'])],
      [suggestion('a', 'clubs', 0.99), suggestion('b', 'clubs', 0.99)],
    );
    expect(s.assignments.size).toBe(0);
    expect(s.alreadySet).toBe(2);
  });

  it('never writes a circle the user rejected for that contact', () => {
    const s = select([contact('a')], [suggestion('a', 'clubs', 0.99)], [fb('a', 'reject', 'clubs', '2025-01-01')]);
    expect(s.assignments.size).toBe(0);
  });

  it('writes the circle the user chose in the pane even when the engine is unsure', () => {
    const s = select([contact('a')], [suggestion('a', 'clubs', 0.2)], [fb('a', 'correct', 'clients', '2025-01-01')]);
    expect([...s.assignments]).toEqual([['a', 'clients']]);
  });

  it('honours a confirmation given after a rejection of the same circle', () => {
    const s = select(
      [contact('a')],
      [suggestion('a', 'clubs', 0.99)],
      [fb('a', 'confirm', 'clubs', '2025-02-01'), fb('a', 'reject', 'clubs', '2025-01-01')],
    );
    expect([...s.assignments]).toEqual([['a', 'clubs']]);
  });

  it('skips circles the user disabled', () => {
    const taxonomy = defaultTaxonomy.map((c) => (c.id === 'clubs' ? { ...c, enabled: false } : c));
    const s = selectConfident({
      contacts: [contact('a')],
      suggestions: new Map([['a', suggestion('a', 'clubs', 0.99)]]),
      feedback: [],
      taxonomy,
      prefix: 'Cercle · ',
    });
    expect(s.assignments.size).toBe(0);
  });
});
