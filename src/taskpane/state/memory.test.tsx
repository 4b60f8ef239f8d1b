import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { Contact, Mailbox } from '../../core/model';
import type { KeptNetwork, NetworkMemory } from '../../core/ports';
import { defaultSettings } from '../../core/settings';
import { MemoryNotice } from '../components/memory/MemoryNotice';
import { contact, createFakeServices, type FakeServices } from '../testing/fakeServices';
import { renderWith, scriptedClassifier } from '../testing/render';
import { ReviewView } from '../views/ReviewView';
import { SettingsView } from '../views/SettingsView';
import { useNetwork } from './network';

const profile = { employers: [], schools: [], trainings: [], clubs: [] };
const owner = { displayName: 'Owner', mail: 'owner@acme.fr', profile };
const mailboxOf = (contacts: Contact[]): Mailbox => ({ owner, contacts, events: [], messages: [] });
const settings = { ...defaultSettings('en', profile), onboarding: 'done' as const, mailboxSignals: 'off' as const };
const classifier = () =>
  scriptedClassifier({ c1: { circle: 'clients', confidence: 0.92 }, c2: { circle: 'colleagues', confidence: 0.9 } });

/** The browser's kept network, as the IndexedDB store holds it (one per mailbox). */
function memoryStore(): NetworkMemory & { kept(): KeptNetwork | undefined } {
  let kept: KeptNetwork | undefined;
  return {
    load: async () => kept,
    save: async (k) => {
      kept = JSON.parse(JSON.stringify(k)) as KeptNetwork; // stored as a copy, like IndexedDB
    },
    forget: async () => {
      kept = undefined;
    },
    kept: () => kept,
  };
}

/** A mailbox whose contacts read waits for release(): the fresh read is still under way meanwhile. */
function slowServices(mailbox: Mailbox, memory: NetworkMemory) {
  const services = createFakeServices(mailbox, { settings });
  const read = services.contacts.listContacts;
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const slow: FakeServices = {
    ...services,
    networkMemory: memory,
    contacts: { listContacts: (options) => gate.then(() => read(options)) },
  };
  return { services: slow, release: () => act(async () => release()) };
}

function Probe() {
  const network = useNetwork();
  const [result, setResult] = useState('');
  const apply = () =>
    void network
      .applyAssignments(new Map([['c1', 'clubs']]), 'taskpane')
      .then((s) => setResult(`applied ${s.applied}, conflicts ${s.conflicts}`));
  return (
    <>
      <button onClick={apply}>apply c1</button>
      <output data-testid="result">{result}</output>
    </>
  );
}

const ui = (
  <>
    <MemoryNotice />
    <ReviewView />
    <Probe />
  </>
);
const rowNames = () => screen.queryAllByTestId('contact-row').map((r) => r.textContent ?? '');

/** A first visit with Alice and Bruno: read, classified, and kept for the next opening. */
async function firstVisit(memory: ReturnType<typeof memoryStore>) {
  const services = { ...createFakeServices(mailboxOf([contact('c1', 'Alice'), contact('c2', 'Bruno')]), { settings }) };
  const view = renderWith(ui, { ...services, networkMemory: memory }, classifier());
  await waitFor(() => expect(screen.queryByTestId('analysing')).toBeNull(), { timeout: 10_000 });
  await waitFor(() => expect(memory.kept()?.suggestions).toHaveLength(2));
  // A first visit has nothing to paint from.
  expect(screen.queryByTestId('from-memory')).toBeNull();
  view.unmount();
}

describe('painting from memory', () => {
  test('a second opening paints the last network at once, says so, then shows the fresh one', async () => {
    const memory = memoryStore();
    await firstVisit(memory);
    const { services, release } = slowServices(
      mailboxOf([contact('c1', 'Alice'), contact('c2', 'Bruno'), contact('c3', 'Chloé')]),
      memory,
    );
    renderWith(ui, services, classifier());
    expect(await screen.findByTestId('from-memory')).toHaveTextContent('From your last visit · updating…');
    expect(rowNames().some((n) => n.includes('Alice'))).toBe(true);
    expect(rowNames().some((n) => n.includes('Chloé'))).toBe(false);
    await release();
    expect(await screen.findByTestId('memory-updated')).toHaveTextContent('Up to date');
    expect(screen.queryByTestId('from-memory')).toBeNull();
    expect(rowNames().some((n) => n.includes('Chloé'))).toBe(true);
    // The fresh network is kept for the next opening.
    await waitFor(() => expect(memory.kept()?.contacts.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']));
  });

  test('says it in French too', async () => {
    const memory = memoryStore();
    await firstVisit(memory);
    const { services } = slowServices(mailboxOf([contact('c1', 'Alice')]), memory);
    renderWith(ui, services, classifier(), 'fr');
    expect(await screen.findByTestId('from-memory')).toHaveTextContent(
      'Réseau de votre dernière visite · mise à jour…',
    );
  });

  test('applying waits for the fresh read and writes over the categories Outlook has now', async () => {
    const memory = memoryStore();
    await firstVisit(memory);
    // Since the last visit, Alice got a category of the user's own in Outlook (and a new etag).
    const alice = contact('c1', 'Alice', { categories: ['VIP'], etag: 'c1-v9' });
    const { services, release } = slowServices(mailboxOf([alice, contact('c2', 'Bruno')]), memory);
    renderWith(ui, services, classifier());
    await screen.findByTestId('from-memory');
    const user = userEvent.setup({ delay: null });
    // The review's own apply button waits, and says why.
    const row = screen.getAllByTestId('contact-row').find((r) => r.textContent?.includes('Alice'))!;
    await user.click(within(row).getByRole('button', { name: /accept/i }));
    expect(screen.getByTestId('apply')).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByTestId('apply-wait')).toHaveTextContent('You can apply once the update is done.');
    // A write asked for meanwhile waits for the fresh contacts rather than planning from the kept ones.
    await user.click(screen.getByText('apply c1'));
    expect(services.contactsNow().find((c) => c.id === 'c1')?.categories).toEqual(['VIP']);
    await release();
    await waitFor(() => expect(screen.getByTestId('result')).toHaveTextContent('applied 1, conflicts 0'));
    expect(services.contactsNow().find((c) => c.id === 'c1')?.categories).toEqual(['VIP', 'Circle · Networks & clubs']);
    await waitFor(() => expect(screen.queryByTestId('apply-wait')).toBeNull());
  });

  test('a memory read ahead is painted first: the mailbox is read again once the view is drawn', async () => {
    const memory = memoryStore();
    await firstVisit(memory);
    const services = createFakeServices(mailboxOf([contact('c1', 'Alice'), contact('c3', 'Chloé')]), { settings });
    const read = jest.spyOn(services.contacts, 'listContacts');
    function Drawn() {
      const { viewDrawn } = useNetwork();
      return <button onClick={() => viewDrawn?.()}>drawn</button>;
    }
    renderWith(
      <>
        {ui}
        <Drawn />
      </>,
      { ...services, networkMemory: { ...memory, readingAhead: true } },
      classifier(),
    );
    expect(await screen.findByTestId('from-memory')).toBeInTheDocument();
    expect(rowNames().some((n) => n.includes('Bruno'))).toBe(true);
    // Nothing read from the mailbox while the view painted from memory is being drawn.
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(read).not.toHaveBeenCalled();
    await userEvent.setup({ delay: null }).click(screen.getByText('drawn'));
    expect(await screen.findByTestId('memory-updated')).toBeInTheDocument();
    expect(read).toHaveBeenCalledTimes(1);
    expect(rowNames().some((n) => n.includes('Chloé'))).toBe(true);
  });

  test('a damaged memory is logged and ignored: the pane reads the mailbox as on a first visit', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const damaged: NetworkMemory = {
      load: () => Promise.reject(new Error('unreadable')),
      save: async () => undefined,
      forget: async () => undefined,
    };
    const services = {
      ...createFakeServices(mailboxOf([contact('c1', 'Alice')]), { settings }),
      networkMemory: damaged,
    };
    renderWith(ui, services, classifier());
    await waitFor(() => expect(rowNames().some((n) => n.includes('Alice'))).toBe(true));
    expect(screen.queryByTestId('from-memory')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ignored'), expect.any(Error));
    warn.mockRestore();
  });

  test('Settings offers the path the whole mailbox shows, not one inferred from the network kept (review4 A2)', async () => {
    // Colleagues' notes and two cards at the same company: the engine infers a past employer from them.
    const pastEmployer = (company: string, town: string): Contact[] => [
      contact(`${town}1`, `${town} 1`, { personalNotes: `On travaillait ensemble chez ${town} (2012-2015)` }),
      contact(`${town}2`, `${town} 2`, { personalNotes: `Travaillait avec moi chez ${town}` }),
      contact(`${town}3`, `${town} 3`, { companyName: company, emailAddresses: [{ address: `a@${town}.example` }] }),
      contact(`${town}4`, `${town} 4`, { companyName: company, emailAddresses: [{ address: `b@${town}.example` }] }),
    ];
    const memory = memoryStore();
    const first = createFakeServices(mailboxOf(pastEmployer('Fonderies de Kerlouan', 'kerlouan')), { settings });
    const view = renderWith(<ReviewView />, { ...first, networkMemory: memory }, classifier());
    await waitFor(() => expect(memory.kept()?.contacts).toHaveLength(4));
    view.unmount();
    // Since then the mailbox changed: the kept network no longer says what the mailbox says.
    const { services, release } = slowServices(mailboxOf(pastEmployer('Optique Lannion', 'lannion')), memory);
    renderWith(<SettingsView />, services, classifier());
    await screen.findByTestId('view-settings');
    // Painted from memory: nothing is inferred from a network without its messages.
    expect(screen.queryByText('Fonderies de Kerlouan')).toBeNull();
    expect(screen.queryByTestId('profile-inferred')).toBeNull();
    await release();
    expect(await screen.findByText('Optique Lannion')).toBeInTheDocument();
    expect(screen.getByTestId('profile-inferred')).toBeInTheDocument();
    expect(screen.queryByText('Fonderies de Kerlouan')).toBeNull();
  });
});
