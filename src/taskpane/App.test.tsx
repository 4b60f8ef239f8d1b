import { defaultSettings } from '../core/settings';
import { screen, waitFor, within } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Mailbox } from '../core/model';
import type { Settings } from '../core/settings';
import { App } from './App';
import { contact, createFakeServices } from './testing/fakeServices';
import { goToView } from './testing/nav';

const mailbox: Mailbox = {
  owner: {
    displayName: 'Owner',
    mail: 'owner@acme.fr',
    companyName: 'Acme',
    profile: { employers: [{ name: 'Globex' }], schools: [], trainings: [], clubs: [] },
  },
  contacts: [contact('c1', 'Alice Martin', { companyName: 'Acme' }), contact('c2', 'Bruno Petit')],
  events: [],
  messages: [],
};

const done: Settings = { ...defaultSettings('en', mailbox.owner.profile), onboarding: 'done' };

function at(search: string) {
  window.history.replaceState(null, '', `/taskpane.html${search}`);
}

afterEach(() => at(''));

// Views and the navigation are lazy chunks (and the engine loads apart): the first render of each can take a
// moment under jest on a loaded machine.
const lazyView = { timeout: 8000 };
jest.setTimeout(20000);

describe('the taskpane shell', () => {
  test('opens on the onboarding the first time, then goes to the review and remembers it', async () => {
    const services = createFakeServices(mailbox);
    const user = userEvent.setup();
    render(<App services={services} />);
    const onboarding = await screen.findByTestId('view-onboarding', undefined, lazyView);
    // The path the user already gave is pre-filled.
    expect(within(onboarding).getByTestId('profile-employers')).toHaveTextContent('Globex');
    await user.click(screen.getByRole('switch', { name: 'Use mailbox signals' }));
    await user.click(screen.getByTestId('onboarding-done'));
    expect(await screen.findByTestId('view-review', undefined, lazyView)).toBeInTheDocument();
    expect(services.savedSettings()).toEqual(expect.objectContaining({ onboarding: 'done', mailboxSignals: 'off' }));
    expect(window.location.search).toContain('view=review');
  });

  test('opens on the message view when a message is open and onboarding is done', async () => {
    const services = createFakeServices(mailbox, { settings: done, message: { subject: 'Hello', people: [] } });
    render(<App services={services} />);
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Message' })).toHaveAttribute('aria-selected', 'true'));
  });

  test('opens on the review when no message is open', async () => {
    render(<App services={createFakeServices(mailbox, { settings: done })} />);
    expect(await screen.findByTestId('view-review', undefined, lazyView)).toBeInTheDocument();
  });

  test('honours ?view= from the address (the ribbon opens ?view=shortlist)', async () => {
    at('?view=map');
    render(<App services={createFakeServices(mailbox, { settings: done })} />);
    expect(await screen.findByTestId('view-map', undefined, lazyView)).toBeInTheDocument();
  });

  test('moves between views with the navigation, by keyboard too', async () => {
    const user = userEvent.setup();
    render(<App services={createFakeServices(mailbox, { settings: done })} />);
    await screen.findByTestId('view-review', undefined, lazyView);
    await goToView(user, 'Settings');
    expect(await screen.findByTestId('view-settings', undefined, lazyView)).toBeInTheDocument();
    // The views that do not fit are in the "More" menu: Enter opens it, the arrows and Enter pick a view.
    screen.getByTestId('nav-more').focus();
    await user.keyboard('{Enter}');
    const item = await screen.findByRole('menuitem', { name: 'Ambition' });
    item.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Ambition' })).toHaveAttribute('aria-selected', 'true'));
    expect(await screen.findByTestId('shortlist-view', undefined, lazyView)).toBeInTheDocument();
  });

  test('a view opened from « More » selects « More » and says which; it takes no tab of its own (review2 #7)', async () => {
    const user = userEvent.setup();
    render(<App services={createFakeServices(mailbox, { settings: done })} />);
    await screen.findByTestId('view-review', undefined, lazyView);
    await goToView(user, 'Settings');
    expect(await screen.findByTestId('view-settings', undefined, lazyView)).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Settings' })).toBeNull();
    const more = screen.getByTestId('nav-more');
    expect(more).toHaveAttribute('aria-selected', 'true');
    expect(more).toHaveAccessibleName('More, open view: Settings');
    await user.click(more);
    expect(await screen.findByRole('menuitem', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  });

  test('shows the demo banner in demo mode, in the chosen language', async () => {
    at('?lang=fr');
    render(<App services={createFakeServices(mailbox, { settings: done })} />);
    expect(await screen.findByTestId('demo-banner')).toHaveTextContent('Démo');
    // The navigation speaks French too (its "Plus" menu at 350 px: test/e2e/review.e2e.ts).
    expect(await screen.findByRole('tab', { name: 'Revue' })).toHaveAttribute('aria-selected', 'true');
  });

  test('the language setting overrides Office and the address', async () => {
    at('?lang=en');
    render(<App services={createFakeServices(mailbox, { settings: { ...done, language: 'fr' } })} />);
    expect(await screen.findByRole('tab', { name: 'Revue' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
  });

  test('says when the contacts cannot be read, and retries', async () => {
    const services = createFakeServices(mailbox, { settings: done });
    let fail = true;
    const list = services.contacts.listContacts;
    services.contacts.listContacts = async (o) => {
      if (fail) throw new Error('Graph is unreachable');
      return list(o);
    };
    const user = userEvent.setup();
    render(<App services={services} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Graph is unreachable');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('view-review', undefined, lazyView)).toBeInTheDocument();
  });
});
