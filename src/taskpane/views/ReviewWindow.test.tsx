/**
 * The review is honest about its window: a contact placed only by messages older than the window says so,
 * with one action to widen it; "nothing in the mailbox says" only when nothing does, as far as it was read.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ClassifyInput } from '../../core/circles/engine';
import type { Contact, Mailbox, MessageHeader } from '../../core/model';
import type { LookBack } from '../../core/ports';
import { monthsToReach } from '../../core/usecases/older';
import { contact, createFakeServices } from '../testing/fakeServices';
import { renderWith } from '../testing/render';
import type { Language } from '../../core/model';
import { ReviewView } from './ReviewView';

const owner = {
  displayName: 'Owner',
  mail: 'owner@acme.fr',
  profile: { employers: [], schools: [], trainings: [], clubs: [] },
};
const lou = contact('c1', 'Lou Kerneis', { emailAddresses: [{ address: 'lou@kerneis.example' }] });
const max = contact('c2', 'Max Penven', { emailAddresses: [{ address: 'max@penven.example' }] });
const SUBJECT = 'Compte rendu réunion Rotary Club';
const minutes = (id: string, sentDateTime: string): MessageHeader => ({
  id,
  subject: SUBJECT,
  sentDateTime,
  from: { address: owner.mail },
  toRecipients: [{ address: 'lou@kerneis.example' }],
  ccRecipients: [],
});
// Intl's year range: thin spaces around the dash in English (toHaveTextContent folds them to spaces), none in French.
const EN_YEARS = '2021 – 2022';
const older = [minutes('o2', '2022-09-13T09:15:00Z'), minutes('o1', '2021-03-09T09:15:00Z')];

/** An engine that places Lou in the clubs when it reads the minutes, and nobody else anywhere. */
const engine = (input: ClassifyInput) => ({
  suggestions: input.mailbox.contacts.map((c) => {
    const seen = c.id === 'c1' && input.mailbox.messages.some((m) => m.subject === SUBJECT);
    return {
      contactId: c.id,
      circle: seen ? ('clubs' as const) : null,
      confidence: seen ? 0.8 : 0,
      reasons: seen
        ? [
            {
              field: 'message' as const,
              kind: 'subject-keyword' as const,
              evidence: SUBJECT,
              circle: 'clubs' as const,
              weight: 1,
            },
          ]
        : [],
      alternatives: [],
    };
  }),
  profileCandidates: { employers: [], schools: [], trainings: [], clubs: [] },
});

/** A mailbox whose only evidence is older than the window; `lookBack` as the source reports it. */
async function setup(lookBack: LookBack | undefined, language: Language = 'en') {
  const mailbox: Mailbox = { owner, contacts: [lou, max] as Contact[], events: [], messages: older };
  const services = createFakeServices(mailbox);
  // The window decides what is read, as Graph's $filter does.
  services.interactions.listMessages = async (w) => older.filter((m) => m.sentDateTime! >= w.since);
  if (lookBack) services.interactions.lookBack = async () => lookBack;
  const user = userEvent.setup();
  renderWith(<ReviewView />, services, engine, language);
  await screen.findAllByTestId('contact-row');
  await waitFor(() => expect(screen.queryByTestId('analysing')).toBeNull());
  return { services, user };
}

const row = (name: string) => screen.getAllByTestId('contact-row').find((r) => r.textContent?.includes(name))!;
async function open(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(within(row(name)).getByTestId('contact-name'));
  return within(row(name)).getByTestId('details');
}

describe('the review and its window', () => {
  test('a contact placed only by older messages says so on its row, with the years', async () => {
    await setup({ messages: older, events: [] });
    await waitFor(() =>
      expect(within(row('Lou Kerneis')).getByTestId('older-evidence')).toHaveTextContent(`Older evidence, ${EN_YEARS}`),
    );
    expect(within(row('Max Penven')).queryByTestId('older-evidence')).toBeNull();
    expect(row('Lou Kerneis').dataset.circle).toBe('none');
  });

  test('its details say which circle and why it is not suggested, and one action widens the window', async () => {
    const { services, user } = await setup({ messages: older, events: [] });
    await waitFor(() => within(row('Lou Kerneis')).getByTestId('older-evidence'));
    const details = await open(user, 'Lou Kerneis');
    expect(within(details).getByTestId('older-details')).toHaveTextContent(
      `Messages or meetings from ${EN_YEARS} point to Networks & clubs. Circles reads only the last 24 months.`,
    );
    expect(within(details).queryByTestId('nothing-says')).toBeNull();
    await user.click(within(details).getByRole('button', { name: 'Read back to 2021 (for everyone)' }));
    const months = monthsToReach(new Date(), '2021-03-09T09:15:00Z');
    await waitFor(() => expect(services.savedSettings()?.signalsMonths).toBe(months));
    // The wider window is read: Lou now has the suggestion, and the focus is on Lou's row.
    await waitFor(() => expect(row('Lou Kerneis').dataset.circle).toBe('clubs'));
    await waitFor(() => expect(document.activeElement).toBe(within(row('Lou Kerneis')).getByTestId('contact-name')));
    // It is a setting for everyone: the review says so, what changed, and goes back (review2 #22).
    await waitFor(() =>
      expect(screen.getByTestId('widen-notice')).toHaveTextContent(
        `Circles now reads the last ${months} months, for all your contacts (Settings, “Period read”): 1 suggestion changed.`,
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Back to the last 24 months' }));
    await waitFor(() => expect(services.savedSettings()?.signalsMonths).toBe(24));
    await waitFor(() => expect(row('Lou Kerneis').dataset.circle).toBe('none'));
    expect(screen.queryByTestId('widen-notice')).toBeNull();
  }, 20_000);

  test('"nothing in the mailbox says" only once every older message was read', async () => {
    const { user } = await setup({ messages: older, events: [] });
    expect(within(await open(user, 'Max Penven')).getByTestId('nothing-says')).toHaveTextContent(
      'Circles finds no reliable sign of where you met.',
    );
  });

  test('a look-back that stopped short says since when', async () => {
    const first = await setup({ messages: older, events: [], since: '2021-03-09T09:15:00Z' });
    expect(within(await open(first.user, 'Max Penven')).getByTestId('nothing-says')).toHaveTextContent(
      'Since March 2021, Circles finds no reliable sign of where you met.',
    );
  });

  test('without a look-back the sentence is about the window it read', async () => {
    const { user } = await setup(undefined);
    expect(within(await open(user, 'Max Penven')).getByTestId('nothing-says')).toHaveTextContent(
      'In the last 24 months, Circles finds no reliable sign of where you met.',
    );
  });

  test('in French, the row, the details and the action read as French', async () => {
    const { user } = await setup({ messages: older, events: [], since: '2021-03-09T09:15:00Z' }, 'fr');
    await waitFor(() =>
      expect(within(row('Lou Kerneis')).getByTestId('older-evidence')).toHaveTextContent(
        'Indices plus anciens, 2021–2022',
      ),
    );
    const details = await open(user, 'Lou Kerneis');
    expect(within(details).getByTestId('older-details')).toHaveTextContent(
      'Des messages ou rendez-vous de 2021–2022 indiquent : Réseaux & clubs. Cercles ne lit que les 24 derniers mois.',
    );
    expect(within(details).getByRole('button', { name: 'Lire depuis 2021 (pour tous)' })).toBeTruthy();
    expect(within(await open(user, 'Max Penven')).getByTestId('nothing-says')).toHaveTextContent(
      'Depuis mars 2021, Cercles ne trouve aucun indice sûr de l’endroit où vous vous êtes rencontrés.',
    );
  });
});
