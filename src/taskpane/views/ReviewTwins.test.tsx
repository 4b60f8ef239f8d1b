/** Possible duplicates in the review: shown together in one row, and one decision files every card. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Mailbox } from '../../core/model';
import { contact, createFakeServices } from '../testing/fakeServices';
import { renderWith, scriptedClassifier } from '../testing/render';
import { ReviewView } from './ReviewView';

const owner = {
  displayName: 'Owner',
  mail: 'owner@acme.fr',
  profile: { employers: [], schools: [], trainings: [], clubs: [] },
};
const cards = [
  contact('c1', 'Anne Le Goff', {
    companyName: 'Lemaire Conseil',
    emailAddresses: [{ address: 'anne@lemaire.example' }],
  }),
  contact('c2', 'Le Goff Anne', {
    companyName: 'Lemaire Conseils',
    emailAddresses: [{ address: 'anne.legoff@mail.example' }],
  }),
  contact('c3', 'Paul Roux', { emailAddresses: [{ address: 'paul@roux.example' }] }),
];
const mailbox: Mailbox = { owner, contacts: cards, events: [], messages: [] };
const script = {
  c1: { circle: 'clients' as const, confidence: 0.9 },
  c2: { circle: null, confidence: 0 },
  c3: { circle: 'clients' as const, confidence: 0.7 },
};

async function setup(language: 'en' | 'fr' = 'en') {
  const user = userEvent.setup();
  renderWith(<ReviewView />, createFakeServices(mailbox), scriptedClassifier(script), language);
  await screen.findAllByTestId('contact-row');
  await waitFor(() => expect(screen.queryByTestId('analysing')).toBeNull());
  return user;
}
const row = (name: string) => screen.getAllByTestId('contact-row').find((r) => r.textContent?.includes(name))!;

describe('possible duplicates in the review', () => {
  test('two cards of one person are one row that says so; the others stay apart', async () => {
    const user = await setup();
    // The possible duplicates are found by a job of their own, folded in a slice after the suggestions.
    await waitFor(() => expect(screen.getAllByTestId('contact-row')).toHaveLength(2));
    expect(within(row('Anne Le Goff')).getByTestId('cards')).toHaveTextContent('2 cards');
    expect(within(row('Paul Roux')).queryByTestId('cards')).toBeNull();
    // Every card still counts, and the other card is found by its own address.
    expect(screen.getByText('2 suggestions for 3 contacts')).toBeTruthy();
    await user.type(screen.getByTestId('search'), 'anne.legoff@mail');
    await waitFor(() => expect(screen.getAllByTestId('contact-row')).toHaveLength(1));
    await user.click(within(row('Anne Le Goff')).getByTestId('contact-name'));
    expect(within(row('Anne Le Goff')).getByTestId('twins')).toHaveTextContent(
      'Possibly the same person as Le Goff Anne (anne.legoff@mail.example): one choice files every card; nothing is merged in Outlook.',
    );
  });

  test('accepting the row files both cards; undoing the choice undoes both', async () => {
    const user = await setup();
    await user.click(within(row('Anne Le Goff')).getByTestId('accept'));
    // One person, two cards: counted as one change, as « Accept (1) » and « Accept all (1) » count it (review2 #3).
    await waitFor(() => expect(screen.getByTestId('pending-count')).toHaveTextContent('1 change ready (2 cards)'));
    await user.click(within(row('Anne Le Goff')).getByTestId('forget'));
    await waitFor(() => expect(screen.getByTestId('pending-count')).toHaveTextContent('0 changes ready'));
  });

  test('in French', async () => {
    const user = await setup('fr');
    await user.click(within(row('Anne Le Goff')).getByTestId('accept'));
    await waitFor(() => expect(screen.getByTestId('pending-count')).toHaveTextContent('1 changement prêt (2 fiches)'));
    expect(within(row('Anne Le Goff')).getByTestId('cards')).toHaveTextContent('2 fiches');
    await user.click(within(row('Anne Le Goff')).getByTestId('contact-name'));
    expect(within(row('Anne Le Goff')).getByTestId('twins')).toHaveTextContent(
      'Peut-être la même personne que Le Goff Anne (anne.legoff@mail.example) : un seul choix classe toutes ces fiches ; rien n’est fusionné dans Outlook.',
    );
  });
});
