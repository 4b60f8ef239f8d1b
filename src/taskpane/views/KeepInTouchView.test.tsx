import { defaultSettings } from '../../core/settings';
import { useEffect } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { installOffice, OfficeMockObject } from '../../adapters/office/testing/office-mock';
import { createOutlookHost } from '../../adapters/office/host';
import type { AppServices } from '../../app/services';
import type { Contact, Mailbox, MessageHeader } from '../../core/model';
import type { ReminderSink } from '../../core/ports';
import type { Settings } from '../../core/settings';
import { I18nProvider } from '../i18n';
import { ServicesProvider } from '../servicesContext';
import { NetworkStateProvider, type NetworkState } from '../state/network';
import { frenchSpacing } from '../../core/text/typography';
import { snooze } from '../../core/ties';
import { SubcircleFilterProvider, useSubcircleFilter } from '../state/subcircleFilter';
import { KeepInTouchView } from './KeepInTouchView';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

const person = (id: string, displayName: string, address: string): Contact => ({
  id,
  displayName,
  givenName: displayName.split(' ')[0],
  emailAddresses: [{ address }],
  businessPhones: [],
  homePhones: [],
  categories: [],
});

const exchange = (i: number, from: string, to: string, subject: string, days: number): MessageHeader => ({
  id: `m${i}`,
  subject,
  sentDateTime: ago(days),
  from: { address: from },
  toRecipients: [{ address: to }],
  ccRecipients: [],
});

// Ana, a client, wrote and was written to often, in French, and nothing for 200 days: a drifting strong tie.
// Bob, a client too, wrote last week: within rhythm.
const mailbox: Mailbox = {
  owner: {
    displayName: 'Jeanne Owner',
    mail: 'me@x.example',
    profile: { employers: [], schools: [], trainings: [], clubs: [] },
  },
  contacts: [person('ana', 'Ana Lopez', 'ana@client.example'), person('bob', 'Bob Baker', 'bob@client.example')],
  messages: [
    ...[0, 1, 2, 3, 4, 5].map((i) =>
      exchange(i, 'me@x.example', 'ana@client.example', `Devis pour le projet ${i}`, 220 + i),
    ),
    ...[6, 7, 8, 9, 10].map((i) =>
      exchange(i, 'ana@client.example', 'me@x.example', `RE: Devis pour le projet ${i - 6}`, 194 + i),
    ),
    exchange(11, 'bob@client.example', 'me@x.example', 'Hello', 7),
  ],
  events: [
    { id: 'e', subject: 'Déjeuner', start: ago(210).slice(0, 19), attendees: [{ address: 'ana@client.example' }] },
  ],
};

const baseSettings: Settings = { ...defaultSettings('en', mailbox.owner.profile), language: 'en', onboarding: 'done' };

function network(settings: Settings, saveSettings = jest.fn(async () => undefined)): NetworkState {
  return {
    status: 'ready',
    mailbox,
    suggestions: new Map(),
    currentCircle: () => 'clients',
    settings,
    saveSettings,
    recordFeedback: jest.fn(),
    feedback: [],
    applyAssignments: jest.fn(),
    applyTag: jest.fn(),
    undoLast: jest.fn(),
    undoRun: jest.fn(),
    addContact: jest.fn(),
    reload: jest.fn(),
  } as unknown as NetworkState;
}

function outlook() {
  const forms: { subject: string; htmlBody: string; toRecipients: unknown }[] = [];
  const office = new OfficeMockObject({
    host: 'outlook',
    context: {
      displayLanguage: 'en-GB',
      mailbox: { displayNewMessageForm: (p: (typeof forms)[number]) => void forms.push(p) },
    },
  });
  return { forms, uninstall: installOffice(office) };
}

/** Sets the shared sub-circle filter as the map's "Filter the views" does. */
function FilterOn({ members }: { members: readonly string[] }) {
  const { setFilter } = useSubcircleFilter();
  useEffect(
    () => setFilter({ id: 'g', label: 'Clients · Baker & co', members: new Set(members) }),
    [members, setFilter],
  );
  return null;
}

function renderView(state: NetworkState, reminders?: ReminderSink) {
  const services = {
    mode: 'outlook',
    language: 'en',
    office: createOutlookHost(),
    ...(reminders ? { reminders } : {}),
  } as unknown as AppServices;
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language="en">
        <ServicesProvider services={services}>
          <NetworkStateProvider value={state}>
            <KeepInTouchView />
          </NetworkStateProvider>
        </ServicesProvider>
      </I18nProvider>
    </FluentProvider>,
  );
}

// The ties are computed by the engine (on this thread under jest); its code is loaded once, before the tests.
beforeAll(() => import('../state/engine/jobs'));

/** Waits for the engine's ties report to be on screen. */
const ties = () => screen.findByTestId('keep-intro');

describe('KeepInTouchView', () => {
  it('lists the drifting strong tie with its why, and not the one within rhythm', async () => {
    renderView(network(baseSettings));
    await ties();
    expect(screen.getByTestId('keep-intro').textContent).toBe('This week, 1 person to get back in touch with.');
    expect(screen.getAllByTestId('keep-person')).toHaveLength(1);
    expect(screen.getByTestId('keep-why').textContent).toMatch(
      /^Clients & partners — 11 messages and 1 meeting in \d{4}, nothing since \d{1,2} [A-Z][a-z]+ \d{4}\.$/,
    );
    expect(screen.getByText('Who writes first: you 6 times, Ana never.')).toBeTruthy();
  });

  it('keeps to the sub-circle chosen on the map, health included, until the filter is cleared', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider language="en">
          <ServicesProvider services={{ mode: 'outlook', language: 'en' } as unknown as AppServices}>
            <NetworkStateProvider value={network(baseSettings)}>
              <SubcircleFilterProvider>
                <FilterOn members={['bob']} />
                <KeepInTouchView />
              </SubcircleFilterProvider>
            </NetworkStateProvider>
          </ServicesProvider>
        </I18nProvider>
      </FluentProvider>,
    );
    await ties();
    expect(await screen.findByTestId('subcircle-filter')).toHaveTextContent(
      'Filtered on the sub-circle Clients · Baker & co (1).',
    );
    expect(screen.queryAllByTestId('keep-person')).toHaveLength(0);
    expect(screen.getByTestId('keep-intro').textContent).toBe(
      'Nobody in the sub-circle Clients · Baker & co is drifting away this week.',
    );
    expect(screen.getByTestId('keep-health').textContent).toMatch(/1 of 1 within rhythm/);
    await userEvent.click(screen.getByRole('button', { name: 'Clear the filter' }));
    expect(screen.queryByTestId('subcircle-filter')).toBeNull();
    // The button goes with the filter: the focus goes to the view's title, not to the page (review3 N11).
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })));
    expect(screen.getAllByTestId('keep-person')).toHaveLength(1);
    expect(screen.getByTestId('keep-health').textContent).toMatch(/1 of 2 within rhythm/);
  });

  it('drafts a note in the pane’s language, says which, and writes it in the other on request (review2 #10)', async () => {
    const { forms, uninstall } = outlook();
    try {
      renderView(network(baseSettings));
      await ties();
      await userEvent.click(screen.getByRole('button', { name: /^Write a note to / }));
      expect(forms).toHaveLength(1);
      expect(forms[0]!.subject).toBe('Catching up');
      expect(forms[0]!.htmlBody).toMatch(/^Hello Ana,<br>/);
      expect(forms[0]!.htmlBody).toContain('Jeanne Owner');
      expect(await screen.findByTestId('keep-notice')).toHaveTextContent('Draft opened for Ana Lopez, in English.');
      await userEvent.click(screen.getByRole('button', { name: 'Write it in French' }));
      expect(forms).toHaveLength(2);
      expect(forms[1]!.subject).toBe('Des nouvelles');
      expect(forms[1]!.htmlBody).toMatch(/^Bonjour Ana,<br>/);
      expect(screen.getByTestId('keep-notice')).toHaveTextContent('Draft opened for Ana Lopez, in French.');
    } finally {
      uninstall();
    }
  });

  it('writes to family and friends as to friends, « tu » in French (review2 #8)', async () => {
    const { forms, uninstall } = outlook();
    try {
      renderView({ ...network(baseSettings), currentCircle: () => 'family-friends' });
      await ties();
      await userEvent.click(screen.getByRole('button', { name: /^Write a note to / }));
      expect(forms[0]!.htmlBody).toMatch(/^Hi Ana,<br>.*Talk soon,<br>Jeanne Owner$/);
      await userEvent.click(screen.getByRole('button', { name: 'Write it in French' }));
      expect(forms[1]!.htmlBody).toContain(frenchSpacing('Comment vas-tu ?'));
      expect(forms[1]!.htmlBody).toMatch(/^Salut Ana,<br>.*À bientôt,<br>Jeanne Owner$/);
    } finally {
      uninstall();
    }
  });

  it('with nobody to write to this week but people out of rhythm, says both (review2 #29)', async () => {
    // Ana is put off for two weeks: not this week's, still out of rhythm in the health below.
    renderView(network({ ...baseSettings, keepInTouch: snooze(undefined, 'ana', Date.now()) }));
    await ties();
    expect(screen.queryAllByTestId('keep-person')).toHaveLength(0);
    expect(screen.getByTestId('keep-health').textContent).toMatch(/1 of 2 within rhythm/);
    expect(screen.getByTestId('keep-intro').textContent).toBe(
      'No strong tie to get back in touch with this week; 1 person in your circles is out of rhythm (Circle health, below).',
    );
  });

  it('saves "done" in the settings', async () => {
    const save = jest.fn(async () => undefined);
    renderView(network(baseSettings, save));
    await ties();
    await userEvent.click(screen.getByRole('button', { name: /^Done for / }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    const saved = (save.mock.calls[0] as unknown as [Settings])[0];
    expect(saved.keepInTouch?.marks.ana?.done).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('takes "done" back from its notice: the mark as it was before (review3 N6)', async () => {
    const save = jest.fn(async () => undefined);
    renderView(network(baseSettings, save));
    await ties();
    await userEvent.click(screen.getByRole('button', { name: /^Done for / }));
    const undo = await screen.findByTestId('keep-undo');
    expect(undo).toHaveAccessibleName(/^Undo for /);
    await userEvent.click(undo);
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    const restored = (save.mock.calls[1] as unknown as [Settings])[0];
    expect(restored.keepInTouch?.marks.ana).toBeUndefined();
    await waitFor(() => expect(screen.getByTestId('keep-notice').textContent).toMatch(/: undone, as before\.$/));
  });

  it('asks once about To Do, then creates a reminder and keeps its id', async () => {
    const save = jest.fn(async () => undefined);
    const sink = { createReminder: jest.fn(async () => ({ id: 'task-1' })) };
    const { rerender } = renderView(network(baseSettings, save), sink);
    await ties();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, use To Do' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    const optedIn = (save.mock.calls[0] as unknown as [Settings])[0];
    expect(optedIn.keepInTouch?.reminders).toBe('on');
    rerender(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider language="en">
          <ServicesProvider
            services={
              {
                mode: 'outlook',
                language: 'en',
                office: createOutlookHost(),
                reminders: sink,
              } as unknown as AppServices
            }
          >
            <NetworkStateProvider value={network(optedIn, save)}>
              <KeepInTouchView />
            </NetworkStateProvider>
          </ServicesProvider>
        </I18nProvider>
      </FluentProvider>,
    );
    expect(screen.queryByTestId('keep-optin')).toBeNull();
    // Each button names its person: five cards' buttons are not all read « To Do reminder » (review2 #24).
    await userEvent.click(screen.getByRole('button', { name: 'To Do reminder for Ana Lopez' }));
    await waitFor(() => expect(sink.createReminder).toHaveBeenCalledTimes(1));
    expect(sink.createReminder.mock.calls[0]).toEqual([
      expect.objectContaining({
        title: 'Get back in touch with Ana Lopez',
        note: expect.stringMatching(/^Clients & partners — /),
      }),
    ]);
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect((save.mock.calls[1] as unknown as [Settings])[0].keepInTouch?.marks.ana?.taskId).toBe('task-1');
    expect(screen.getByTestId('keep-notice').textContent).toMatch(
      /^Task created in Microsoft To Do for Ana Lopez, due \d+ [A-Z][a-z]+ \d{4}\.$/,
    );
    // The button says the task exists and makes no second one, and keeps the focus (review2 #24).
    const button = screen.getByTestId('keep-remind');
    await waitFor(() => expect(button.textContent).toBe('Reminder created'));
    expect(button).toHaveAccessibleName('Reminder created for Ana Lopez');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    await userEvent.click(button);
    expect(sink.createReminder).toHaveBeenCalledTimes(1);
  });
});
