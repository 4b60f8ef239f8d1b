import { screen, waitFor, within } from '@testing-library/react';
import type { Mailbox } from '../../core/model';
import { contact, createFakeServices } from '../testing/fakeServices';
import { renderWith, scriptedClassifier } from '../testing/render';
import { MapView } from './MapView';

const owner = {
  displayName: 'Owner',
  mail: 'owner@acme.fr',
  profile: { employers: [], schools: [], trainings: [], clubs: [] },
};
const at = (d: number) => `2026-05-${String(d).padStart(2, '0')}T10:00:00Z`;

const mailbox: Mailbox = {
  owner,
  contacts: [
    contact('a', 'Ada', { categories: ['Circle · Colleagues'] }),
    contact('b', 'Bob', { categories: ['Cercle · Collègues'] }),
    contact('c', 'Cy'),
    contact('d', 'Dee'),
  ],
  events: [],
  messages: [
    // Bob writes often and recently; Ada once, long ago.
    ...[1, 2, 3, 4, 5].map((d) => ({
      id: `m${d}`,
      subject: 'Point',
      sentDateTime: at(d),
      from: { address: 'b@example.com' },
      toRecipients: [{ address: 'owner@acme.fr' }],
      ccRecipients: [],
    })),
    {
      id: 'old',
      subject: 'Hello',
      sentDateTime: '2024-01-01T10:00:00Z',
      from: { address: 'a@example.com' },
      toRecipients: [{ address: 'owner@acme.fr' }],
      ccRecipients: [],
    },
  ],
};

test('the map shows circle sizes, the share in no circle and the strongest ties', async () => {
  const services = createFakeServices(mailbox);
  renderWith(<MapView />, services, scriptedClassifier({ c: { circle: 'clubs', confidence: 0.8 } }));
  expect(await screen.findByText('50% of your contacts are in no circle (2).')).toBeInTheDocument();
  const bars = screen.getByRole('list', { name: 'Circle sizes' });
  const colleagues = within(bars).getByText('Colleagues').closest('li')!;
  expect(colleagues).toHaveTextContent('2 (50%)');
  const clubs = within(bars).getByText('Networks & clubs').closest('li')!;
  // The suggestions come in once the engine has answered.
  await waitFor(() => expect(clubs).toHaveTextContent('0 (0%) +1 suggested'));
  // The ties follow, found by the engine too (off the pane's thread).
  const ties = await screen.findByRole('region', { name: 'Strongest ties: Colleagues' });
  expect(
    within(ties)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['Bob 5 messages, 0 meetings', 'Ada 1 message, 0 meetings']);
});
