import { interpretAmbition } from '../../../core/ambitions';
import type { Contact } from '../../../core/model';
import { askSentence, introDraft, introRequestDraft } from './draft';
import { frenchSpacing } from '../../../core/text/typography';

const contact: Contact = {
  id: 'c1',
  displayName: 'Alice Martin',
  givenName: 'Alice',
  emailAddresses: [{ address: 'alice@acme.fr' }],
  companyName: 'Acme <Énergie>',
  businessPhones: [],
  homePhones: [],
  categories: [],
};

const read = interpretAmbition;

describe('askSentence', () => {
  it.each([
    [
      'fr',
      'Me lancer dans les énergies renouvelables',
      frenchSpacing(
        'Je souhaite travailler dans le secteur « Énergies renouvelables », et votre regard sur ce milieu m’aiderait beaucoup.',
      ),
    ],
    ['en', 'Open an office in Berlin', 'We are preparing to set up in Germany.'],
    ['en', 'Move into product management', 'I am looking for a new role in “Product”.'],
    ['fr', 'Trouver un mentor en product management', frenchSpacing('Je cherche un mentor en « Produit ».')],
    ['fr', 'Recruter un CTO', frenchSpacing('Je cherche à recruter un profil « Ingénierie & tech ».')],
    ['fr', 'Trouver un premier client aux États-Unis', 'Je cherche mes premiers clients aux États-Unis.'],
    [
      'en',
      'Raise a seed round in the UK',
      'I am preparing a funding round in the United Kingdom and would like to meet investors.',
    ],
    ['fr', 'blablabla', 'J’aimerais avoir votre avis sur un projet professionnel.'],
  ] as const)('in %s, "%s" asks %j', (language, ambition, expected) => {
    expect(askSentence(read(ambition), language)).toBe(expected);
  });
});

describe('introDraft', () => {
  it('greets in the recipient’s language, recalls how the user knows them, and asks from the goal', () => {
    const d = introDraft({
      contact,
      interpretation: read('Me lancer dans l’éolien'),
      ownerName: 'Jean',
      language: 'fr',
      known: { circle: 'conferences', event: 'Salon Pollutec 2025' },
    });
    expect(d.to).toEqual([{ name: 'Alice Martin', address: 'alice@acme.fr' }]);
    expect(d.subject).toBe('Une question de Jean');
    expect(d.htmlBody).toContain('<p>Bonjour Alice,</p>');
    expect(d.htmlBody).toContain(
      frenchSpacing(
        frenchSpacing(
          '<p>Nous nous sommes rencontrés lors d’une conférence (« Salon Pollutec 2025 »). Je souhaite travailler dans le secteur « Énergies renouvelables »',
        ),
      ),
    );
    expect(d.htmlBody).not.toContain('l’éolien');
    expect(d.htmlBody).toContain('chez Acme &lt;Énergie&gt;');
    expect(d.htmlBody).toContain('Bien cordialement,<br>Jean');
  });

  it('writes in English to an English-speaking recipient and escapes what came from the card', () => {
    const d = introDraft({
      contact: { ...contact, companyName: '<script>x</script>' },
      interpretation: read('Trouver un premier client au Japon'),
      ownerName: 'Jo & co',
      language: 'en',
      known: { circle: 'former-colleagues' },
    });
    expect(d.htmlBody).toContain('<p>Dear Alice,</p>');
    expect(d.htmlBody).toContain('We used to work together. I am looking for my first clients in Japan.');
    expect(d.htmlBody).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(d.htmlBody).not.toContain('<script>');
    expect(d.htmlBody).toContain('Kind regards,<br>Jo &amp; co');
  });

  it('greets by display name when the given name is unknown, and says nothing of a company it does not know', () => {
    const d = introDraft({
      contact: { ...contact, givenName: undefined, companyName: undefined },
      interpretation: read('x'),
      ownerName: 'Me',
      language: 'en',
    });
    expect(d.htmlBody).toContain('<p>Dear Alice Martin,</p>');
    expect(d.htmlBody).toContain('I hope you do not mind me writing to you directly.');
    expect(d.htmlBody).not.toContain(' at ');
  });
});

describe('introRequestDraft', () => {
  it('asks a close contact to introduce the user, naming the person and the ask', () => {
    const target: Contact = {
      ...contact,
      id: 't',
      displayName: 'Tom Weber',
      jobTitle: 'Head of Partnerships',
      companyName: 'Neoen',
    };
    const d = introRequestDraft({
      contact: { ...contact, displayName: 'Bea Roy', givenName: 'Bea' },
      target,
      interpretation: read('Me lancer dans les énergies renouvelables'),
      ownerName: 'Jean',
      language: 'fr',
      known: { circle: 'classmates' },
    });
    expect(d.subject).toBe(frenchSpacing('Pourriez-vous me présenter à Tom Weber ?'));
    expect(d.htmlBody).toContain('<p>Bonjour Bea,</p><p>Nous avons fait nos études ensemble.</p>');
    expect(d.htmlBody).toContain('<p>Je crois que vous connaissez Tom Weber (Head of Partnerships, Neoen).</p>');
    expect(d.htmlBody).toContain(frenchSpacing('Accepteriez-vous de nous mettre en relation ?'));
  });
});
