import { defaultSettings } from '../../core/settings';
import { useState, type ReactNode } from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { installOffice, OfficeMockObject } from '../../adapters/office/testing/office-mock';
import { createOutlookHost } from '../../adapters/office/host';
import type { AppServices } from '../../app/services';
import { categoryKey, ourCategoryNames } from '../../core/changes';
import { defaultTaxonomy } from '../../core/circles';
import type { CircleId } from '../../core/circles/types';
import type { Contact, Mailbox } from '../../core/model';
import type { NewContact } from '../../core/ports';
import type { Settings } from '../../core/settings';
import { I18nProvider } from '../i18n';
import { ServicesProvider } from '../servicesContext';
import { NetworkStateProvider, type NetworkState } from '../state/network';
import { MessageView } from './MessageView';

const contact = (id: string, name: string, address: string, categories: string[] = []): Contact => ({
  id,
  displayName: name,
  emailAddresses: [{ name, address }],
  businessPhones: ['+33 1 23 45 67 89'],
  homePhones: [],
  companyName: 'Acme',
  categories,
});

const owner = {
  displayName: 'Me',
  mail: 'me@owner.fr',
  profile: { employers: [], schools: [], trainings: [], clubs: [] },
};
const initial: Contact[] = [
  contact('alice', 'Alice Set', 'alice@acme.fr', ['Circle · Clients & partners']),
  contact('bob', 'Bob Suggested', 'bob@club.org'),
];

const settings: Settings = { ...defaultSettings('en', owner.profile), language: 'en', onboarding: 'done' };

/** A network over an in-memory list of contacts: applying and adding change it, like the real one. */
type Calls = { applied: unknown[]; added: NewContact[]; withdrawn: unknown[] };

function FakeNetwork({ children, calls }: { children: ReactNode; calls: Calls }) {
  const [contacts, setContacts] = useState(initial);
  const ours = ourCategoryNames(defaultTaxonomy, 'Circle · ');
  const mailbox: Mailbox = { owner, contacts, events: [], messages: [] };
  const circleOf = (c: Contact) => c.categories.map((x) => ours.get(categoryKey(x))).find(Boolean);
  const value = {
    status: 'ready',
    mailbox,
    suggestions: new Map([
      [
        'bob',
        {
          contactId: 'bob',
          circle: 'clubs',
          confidence: 0.82,
          reasons: [{ field: 'email', kind: 'club-domain', evidence: 'club.org', circle: 'clubs', weight: 1 }],
          alternatives: [],
        },
      ],
    ]),
    currentCircle: (id: string) => {
      const c = contacts.find((x) => x.id === id);
      return c ? circleOf(c) : undefined;
    },
    settings,
    feedback: [],
    saveSettings: async () => undefined,
    recordFeedback: () => undefined,
    applyAssignments: async (map: ReadonlyMap<string, CircleId | null>) => {
      calls.applied.push([...map]);
      const [[id, circle]] = [...map] as [[string, CircleId]];
      const label = defaultTaxonomy.find((c) => c.id === circle)!.labels.en;
      setContacts((list) => list.map((c) => (c.id === id ? { ...c, categories: [`Circle · ${label}`] } : c)));
      return { runId: 'r', applied: 1, unchanged: 0, conflicts: 0, failed: 0, skipped: 0 };
    },
    applyTag: async () => ({ runId: 'r', applied: 0, unchanged: 0, conflicts: 0, failed: 0, skipped: 0 }),
    undoLast: async () => ({ runId: 'r', applied: 0, unchanged: 0, conflicts: 0, failed: 0, skipped: 0 }),
    undoRun: async (runId: string) => ({ runId, applied: 0, unchanged: 0, conflicts: 0, failed: 0, skipped: 0 }),
    addContact: async (draft: NewContact) => {
      calls.added.push(draft);
      const created = {
        ...contact(`new-${calls.added.length}`, draft.displayName, draft.emailAddress.address),
        categories: [...draft.categories],
      };
      setContacts((list) => [...list, created]);
      return created;
    },
    reload: async () => undefined,
    withdrawFeedback: (entries: unknown[]) => calls.withdrawn.push(...entries),
    contactsRemoved: (ids: string[]) => setContacts((list) => list.filter((c) => !ids.includes(c.id))),
  } as unknown as NetworkState;
  return <NetworkStateProvider value={value}>{children}</NetworkStateProvider>;
}

const item = (id: string, from: [string, string], to: [string, string][]) => ({
  itemType: 'message',
  itemId: id,
  subject: `Subject ${id}`,
  from: { displayName: from[0], emailAddress: from[1] },
  to: to.map(([displayName, emailAddress]) => ({ displayName, emailAddress })),
  cc: [],
});

function outlook() {
  const handlers: (() => void)[] = [];
  const office = new OfficeMockObject({
    host: 'outlook',
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    context: {
      displayLanguage: 'en-GB',
      mailbox: {
        userProfile: { emailAddress: 'me@owner.fr' },
        addHandlerAsync(_type: unknown, handler: () => void, cb?: (r: unknown) => void) {
          handlers.push(handler);
          cb?.({ status: 'succeeded', value: undefined });
        },
      },
    },
  }) as unknown as { context: { mailbox: { item: unknown } } };
  const setItem = (data: Record<string, unknown>) => {
    office.context.mailbox.item = new OfficeMockObject(data, 'outlook' as never);
  };
  setItem(
    item(
      'm1',
      ['Alice Set', 'alice@acme.fr'],
      [
        ['Me', 'me@owner.fr'],
        ['Bob Suggested', 'bob@club.org'],
        ['Carol Stranger', 'carol@prospect.fr'],
      ],
    ),
  );
  return { handlers, setItem, uninstall: installOffice(office) };
}

function renderView() {
  const calls: Calls = { applied: [], added: [], withdrawn: [] };
  const services = {
    mode: 'outlook',
    language: 'en',
    office: createOutlookHost(),
    categories: { ensureCategories: jest.fn(async () => undefined) },
    creator: { createContact: jest.fn() },
    importer: { deleteContact: jest.fn(async () => true) },
  } as unknown as AppServices;
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language="en">
        <ServicesProvider services={services}>
          <FakeNetwork calls={calls}>
            <MessageView />
          </FakeNetwork>
        </ServicesProvider>
      </I18nProvider>
    </FluentProvider>,
  );
  return { calls, services };
}

const person = (address: string) =>
  screen.getAllByTestId('person').find((p) => p.getAttribute('data-address') === address)!;

describe('MessageView', () => {
  let office: ReturnType<typeof outlook>;
  beforeEach(() => {
    office = outlook();
  });
  afterEach(() => office.uninstall());

  it("lists the message's people other than the user, each with their circle", async () => {
    renderView();
    await waitFor(() => expect(screen.getAllByTestId('person')).toHaveLength(3));
    expect(
      screen
        .getAllByTestId('person')
        .map((p) => [p.getAttribute('data-address'), p.getAttribute('data-status'), p.getAttribute('data-circle')]),
    ).toEqual([
      ['alice@acme.fr', 'set', 'clients'],
      ['bob@club.org', 'suggested', 'clubs'],
      ['carol@prospect.fr', 'stranger', expect.any(String)],
    ]);
    expect(within(person('alice@acme.fr')).getByTestId('person-circle').textContent).toBe(
      'In the Clients & partners circle',
    );
    expect(within(person('bob@club.org')).getByTestId('person-suggestion').textContent).toBe(
      'Suggested: Networks & clubs (82%)',
    );
    expect(within(person('bob@club.org')).getByTestId('person-reasons').textContent).toContain('club.org');
  });

  it('accepts a suggested circle through the journaled apply', async () => {
    const { calls } = renderView();
    await waitFor(() => expect(screen.getAllByTestId('person')).toHaveLength(3));
    await userEvent.click(within(person('bob@club.org')).getByTestId('person-apply'));
    expect(calls.applied).toEqual([[['bob', 'clubs']]]);
    await waitFor(() => expect(person('bob@club.org').getAttribute('data-status')).toBe('set'));
  });

  it('adds a stranger to the contacts in the chosen circle, once', async () => {
    const { calls, services } = renderView();
    await waitFor(() => expect(screen.getAllByTestId('person')).toHaveLength(3));
    const carol = within(person('carol@prospect.fr'));
    await userEvent.selectOptions(carol.getByTestId('person-circle-select'), 'clients');
    await userEvent.click(carol.getByTestId('person-add'));
    await waitFor(() => expect(person('carol@prospect.fr').getAttribute('data-status')).toBe('set'));
    expect(calls.added).toEqual([
      expect.objectContaining({
        displayName: 'Carol Stranger',
        emailAddress: { name: 'Carol Stranger', address: 'carol@prospect.fr' },
        categories: ['Circle · Clients & partners'],
      }),
    ]);
    expect(services.categories.ensureCategories).toHaveBeenCalledWith([
      { displayName: 'Circle · Clients & partners', color: expect.any(String) },
    ]);
    expect(screen.getByTestId('message-notice').textContent).toContain('Carol Stranger is now one of your contacts');
  });

  it('takes back a contact it created from its notice: the contact is deleted and the person is a stranger again (review3 N15)', async () => {
    const { calls, services } = renderView();
    await waitFor(() => expect(screen.getAllByTestId('person')).toHaveLength(3));
    const carol = within(person('carol@prospect.fr'));
    await userEvent.selectOptions(carol.getByTestId('person-circle-select'), 'clients');
    await userEvent.click(carol.getByTestId('person-add'));
    const undo = await screen.findByRole('button', { name: 'Undo adding Carol Stranger to your contacts' });
    undo.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(person('carol@prospect.fr').getAttribute('data-status')).toBe('stranger'));
    expect(services.importer!.deleteContact).toHaveBeenCalledWith('new-1');
    expect(calls.withdrawn).toEqual([{ contactId: 'new-1', at: expect.any(String) }]);
    expect(screen.getByTestId('message-notice').textContent).toBe(
      'Undone: Carol Stranger is no longer one of your contacts.',
    );
    expect(screen.queryByTestId('message-undo-add')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('message-result')));
  });

  it('gives each person a heading, names the person in each button and says what the role badge means (review2 #34)', async () => {
    renderView();
    await waitFor(() => expect(screen.getAllByTestId('person')).toHaveLength(3));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Alice Set',
      'Bob Suggested',
      'Carol Stranger',
    ]);
    expect(within(person('bob@club.org')).getByTestId('person-apply').getAttribute('aria-label')).toBe(
      'Accept Networks & clubs for Bob Suggested',
    );
    expect(screen.getByRole('button', { name: 'Contact details: Alice Set' })).toBeTruthy();
    const carol = within(person('carol@prospect.fr'));
    await userEvent.selectOptions(carol.getByTestId('person-circle-select'), 'clients');
    expect(carol.getByRole('button', { name: 'Add to my contacts in this circle: Carol Stranger' })).toBeTruthy();
    expect(person('alice@acme.fr').textContent).toContain('sent this message');
    expect(person('bob@club.org').textContent).toContain('recipient');
  });

  it('shows contact details on demand', async () => {
    renderView();
    await waitFor(() => expect(screen.getAllByTestId('person')).toHaveLength(3));
    await userEvent.click(within(person('alice@acme.fr')).getByTestId('person-details'));
    expect(within(person('alice@acme.fr')).getByTestId('contact-details').textContent).toContain('+33 1 23 45 67 89');
  });

  it('follows the user to another message (ItemChanged), leaving the last message’s result behind', async () => {
    renderView();
    await waitFor(() => expect(screen.getAllByTestId('person')).toHaveLength(3));
    await userEvent.click(within(person('bob@club.org')).getByTestId('person-apply'));
    await waitFor(() => expect(screen.getByTestId('message-notice').textContent).toContain('Bob Suggested'));
    office.setItem(item('m2', ['Dan Other', 'dan@else.com'], [['Me', 'me@owner.fr']]));
    await act(async () => office.handlers.forEach((h) => h()));
    await waitFor(() =>
      expect(screen.getAllByTestId('person').map((p) => p.getAttribute('data-address'))).toEqual(['dan@else.com']),
    );
    expect(screen.getByTestId('message-subject').textContent).toBe('Subject: Subject m2');
    // The result said on the first message is about someone not in this one (review2 #14).
    expect(screen.queryByTestId('message-notice')).toBeNull();
  });
});
