import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Contact, Mailbox } from '../../core/model';
import { contact, createFakeServices } from '../testing/fakeServices';
import { renderWith, scriptedClassifier, type Scripted } from '../testing/render';
import { ReviewView } from '../views/ReviewView';

const owner = {
  displayName: 'Owner',
  mail: 'owner@acme.fr',
  profile: { employers: [], schools: [], trainings: [], clubs: [] },
};
const people: Contact[] = [
  contact('c1', 'Alice Martin', { companyName: 'Société Générale' }),
  contact('c2', 'Bruno Petit', { companyName: 'Acme' }),
  contact('c4', 'David Roux', { companyName: 'Rotary Club' }),
];
const mailbox: Mailbox = { owner, contacts: people, events: [], messages: [] };
const script: Scripted = {
  c1: { circle: 'clients', confidence: 0.92 },
  c2: { circle: 'colleagues', confidence: 0.95 },
  c4: { circle: 'clubs', confidence: 0.75 },
};
const row = (name: string) => screen.getAllByTestId('contact-row').find((r) => r.textContent?.includes(name))!;
const slow = { timeout: 10_000 };

async function open(services: ReturnType<typeof createFakeServices>) {
  const view = renderWith(<ReviewView />, services, scriptedClassifier(script));
  await screen.findAllByTestId('contact-row', {}, slow);
  await waitFor(() => expect(screen.queryByTestId('analysing')).toBeNull(), slow);
  return view;
}

jest.setTimeout(30_000);

// Outlook reloads the pane each time it is opened: choices made and not applied must be there again.
test('the review’s choices not applied yet are there again when the pane is opened again', async () => {
  const services = createFakeServices(mailbox);
  const first = await open(services);
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Accept Clients & partners for Alice Martin' }));
  await user.click(screen.getByRole('button', { name: 'Reject the suggestion for David Roux' }));
  expect(screen.getByTestId('pending-count')).toHaveTextContent('1 change ready');
  await waitFor(async () => expect((await services.choicesMemory!.load())?.size).toBe(2));
  first.unmount();

  await open(services);
  await waitFor(() => expect(within(row('Alice Martin')).getByTestId('status')).toHaveTextContent('Accepted'), slow);
  expect(within(row('David Roux')).getByTestId('status')).toHaveTextContent('Rejected');
  expect(screen.getByTestId('pending-count')).toHaveTextContent('1 change ready');
  // Still undoable as a choice: undoing it is kept too.
  await user.click(within(row('Alice Martin')).getByRole('button', { name: /^Undo/ }));
  await waitFor(async () => expect([...((await services.choicesMemory!.load()) ?? new Map()).keys()]).toEqual(['c4']));
});

test('a kept choice about a contact gone from the mailbox is dropped', async () => {
  const services = createFakeServices(mailbox, {
    keptChoices: new Map([
      ['gone', { verdict: 'accept', circle: 'clients' }],
      ['c2', { verdict: 'accept', circle: 'colleagues' }],
    ]),
  });
  await open(services);
  await waitFor(() => expect(within(row('Bruno Petit')).getByTestId('status')).toHaveTextContent('Accepted'), slow);
  expect(screen.getByTestId('pending-count')).toHaveTextContent('1 change ready');
  await waitFor(async () => expect([...((await services.choicesMemory!.load()) ?? new Map()).keys()]).toEqual(['c2']));
});
