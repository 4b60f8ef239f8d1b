import { defaultSettings } from '../../core/settings';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Mailbox } from '../../core/model';
import type { Settings } from '../../core/settings';
import { contact, createFakeServices } from '../testing/fakeServices';
import { renderWith, scriptedClassifier } from '../testing/render';
import { SettingsView } from './SettingsView';

const owner = {
  displayName: 'Owner',
  mail: 'owner@acme.fr',
  profile: { employers: [{ name: 'Globex' }], schools: [], trainings: [], clubs: [] },
};
const mailbox: Mailbox = {
  owner,
  contacts: [contact('c1', 'Alice'), contact('c2', 'Bea', { categories: ['Circle · Networks & clubs', 'VIP'] })],
  events: [],
  messages: [],
};
const settings: Settings = { ...defaultSettings('en', owner.profile), onboarding: 'done' };

// A form with many fields: typing through Fluent inputs is slow on a busy machine. No assertion on time.
jest.setTimeout(30_000);

async function setup() {
  const services = createFakeServices(mailbox, { settings });
  const user = userEvent.setup({ delay: null });
  renderWith(<SettingsView />, services, scriptedClassifier({}));
  await screen.findByTestId('view-settings');
  return { services, user };
}

const save = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(screen.getByTestId('settings-save'));
  await screen.findByText('Settings saved.');
};

describe('settings', () => {
  test('renames a circle in both languages, recolours and disables it', async () => {
    const { services, user } = await setup();
    const clubs = screen.getByTestId('circle-clubs');
    await user.click(within(clubs).getByText('Networks & clubs'));
    const fr = within(clubs).getByRole('textbox', { name: 'Name in French' });
    await user.clear(fr);
    await user.type(fr, 'Associations');
    const en = within(clubs).getByRole('textbox', { name: 'Name in English' });
    await user.clear(en);
    await user.type(en, 'Associations');
    await user.selectOptions(within(clubs).getByRole('combobox', { name: 'Colour' }), 'preset4');
    await user.click(within(clubs).getByRole('switch', { name: 'Enabled' }));
    await save(user);
    expect(services.savedSettings()?.taxonomy.find((c) => c.id === 'clubs')).toEqual(
      expect.objectContaining({ labels: { fr: 'Associations', en: 'Associations' }, color: 'preset4', enabled: false }),
    );
  });

  test('renaming a circle carries its contacts over to the new category name', async () => {
    const { services, user } = await setup();
    const clubs = screen.getByTestId('circle-clubs');
    await user.click(within(clubs).getByText('Networks & clubs'));
    const en = within(clubs).getByRole('textbox', { name: 'Name in English' });
    await user.clear(en);
    await user.type(en, 'Associations');
    await user.click(screen.getByTestId('settings-save'));
    // Renaming categories in Outlook is asked first.
    const dialog = await screen.findByTestId('confirm-rename');
    expect(dialog).toHaveTextContent('Rename the category of one contact?');
    await user.click(within(dialog).getByTestId('confirm-rename-confirm'));
    await screen.findByText('Settings saved.');
    expect(services.contactsNow().find((c) => c.id === 'c2')?.categories).toEqual(['VIP', 'Circle · Associations']);
    expect(services.contactsNow().find((c) => c.id === 'c1')?.categories).toEqual([]);
  });

  test('two circles of the same name are not saved: Outlook would make them one category (review4 A12)', async () => {
    const { services, user } = await setup();
    await user.click(screen.getByTestId('add-circle'));
    const added = screen.getAllByTestId(/^circle-custom-/)[0]!;
    const en = within(added).getByRole('textbox', { name: 'Name in English' });
    await user.clear(en);
    await user.type(en, ' colleagues ');
    await user.click(screen.getByTestId('settings-save'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing was saved: two circles are called “colleagues”, and Outlook would make them one category. Rename one of them.',
    );
    expect(services.savedSettings()?.taxonomy.some((c) => c.id.startsWith('custom-'))).toBe(false);
    // Renamed, it saves.
    await user.clear(en);
    await user.type(en, 'Colleagues at the choir');
    await save(user);
    expect(services.savedSettings()?.taxonomy.some((c) => c.labels.en === 'Colleagues at the choir')).toBe(true);
  });

  test('adds a custom circle with its words and domains', async () => {
    const { services, user } = await setup();
    await user.click(screen.getByTestId('add-circle'));
    const added = screen.getAllByTestId(/^circle-custom-/)[0]!;
    const en = within(added).getByRole('textbox', { name: 'Name in English' });
    await user.clear(en);
    await user.type(en, 'Choir');
    await user.type(
      within(added).getByRole('textbox', { name: 'Words (comma-separated)' }),
      'choir, rehearsal,, concert',
    );
    await user.type(within(added).getByRole('textbox', { name: 'Domains (comma-separated)' }), 'Choir.ORG');
    await user.tab();
    await save(user);
    const custom = services.savedSettings()!.taxonomy.find((c) => c.id.startsWith('custom-'));
    expect(custom).toEqual(
      expect.objectContaining({
        builtIn: false,
        enabled: true,
        keywords: ['choir', 'rehearsal', 'concert'],
        domains: ['choir.org'],
      }),
    );
    expect(custom?.labels.en).toBe('Choir');
  });

  test('changes the category prefix and shows the resulting name', async () => {
    const { services, user } = await setup();
    const prefix = screen.getByTestId('settings-prefix');
    await user.clear(prefix);
    await user.type(prefix, 'Réseau - ');
    expect(screen.getByText('Outlook categories are named “Réseau - Colleagues”.')).toBeInTheDocument();
    await user.click(screen.getByTestId('settings-save'));
    const dialog = await screen.findByTestId('confirm-rename');
    expect(dialog).toHaveTextContent('“Circle · Colleagues” will become “Réseau - Colleagues”');
    await user.click(within(dialog).getByTestId('confirm-rename-confirm'));
    await screen.findByText('Settings saved.');
    expect(services.savedSettings()?.categoryPrefix).toBe('Réseau - ');
  });

  test('switching to French moves the default prefix to French and renames the categories after a confirmation', async () => {
    const { services, user } = await setup();
    await user.click(screen.getByRole('switch', { name: 'Use mailbox signals' }));
    await user.selectOptions(screen.getByTestId('settings-language'), 'fr');
    expect(screen.getByTestId('settings-prefix')).toHaveValue('Cercle · ');
    await user.click(screen.getByTestId('settings-save'));
    const dialog = await screen.findByTestId('confirm-rename');
    expect(dialog).toHaveTextContent('“Circle · Colleagues” will become “Cercle · Collègues”');
    // Cancel: nothing saved, nothing renamed.
    await user.click(within(dialog).getByTestId('confirm-rename-cancel'));
    await waitFor(() => expect(screen.queryByTestId('confirm-rename')).toBeNull());
    expect(services.savedSettings()?.language).toBe('auto');
    expect(services.contactsNow().find((c) => c.id === 'c2')?.categories).toEqual(['Circle · Networks & clubs', 'VIP']);
    // Confirm: saved and renamed.
    await user.click(screen.getByTestId('settings-save'));
    await user.click(within(await screen.findByTestId('confirm-rename')).getByTestId('confirm-rename-confirm'));
    await screen.findByText('Settings saved.');
    expect(services.savedSettings()).toEqual(
      expect.objectContaining({ mailboxSignals: 'off', language: 'fr', categoryPrefix: 'Cercle · ' }),
    );
    expect(services.contactsNow().find((c) => c.id === 'c2')?.categories).toEqual(['VIP', 'Cercle · Réseaux & clubs']);
  });

  test("a prefix of the user's own stays when the language changes", async () => {
    const { user } = await setup();
    const prefix = screen.getByTestId('settings-prefix');
    await user.clear(prefix);
    await user.type(prefix, 'Net: ');
    await user.selectOptions(screen.getByTestId('settings-language'), 'fr');
    expect(prefix).toHaveValue('Net: ');
  });

  test('"Reset this browser\'s data" asks first, then forgets and reloads', async () => {
    const reset = jest.fn(async () => undefined);
    const reload = jest.fn();
    const services = Object.assign(createFakeServices(mailbox, { settings }), { resetLocalData: reset });
    const user = userEvent.setup({ delay: null });
    renderWith(<SettingsView afterReset={reload} />, services, scriptedClassifier({}));
    await user.click(await screen.findByTestId('settings-reset'));
    const dialog = await screen.findByTestId('confirm-reset');
    expect(dialog).toHaveTextContent('Your contacts and their categories in Outlook do not change.');
    await user.click(within(dialog).getByTestId('confirm-reset-cancel'));
    expect(reset).not.toHaveBeenCalled();
    await user.click(screen.getByTestId('settings-reset'));
    await user.click(within(await screen.findByTestId('confirm-reset')).getByTestId('confirm-reset-confirm'));
    await waitFor(() => expect(reload).toHaveBeenCalled());
    expect(reset).toHaveBeenCalledTimes(1);
  });

  test('shows the employers the engine infers from the mailbox, marked as inferred, and saves them when confirmed (review2 #17)', async () => {
    const note = (id: string, personalNotes: string) =>
      contact(id, id, { emailAddresses: [{ address: `${id}@gmail.com` }], personalNotes });
    const inferring: Mailbox = {
      ...mailbox,
      contacts: [
        note('n1', 'On travaillait ensemble chez Kerlouan (2012-2015)'),
        note('n2', 'Travaillait avec moi chez Kerlouan'),
        contact('k1', 'K1', {
          companyName: 'Fonderies de Kerlouan',
          emailAddresses: [{ address: 'a@fonderies-kerlouan.example' }],
        }),
        contact('k2', 'K2', {
          companyName: 'Fonderies de Kerlouan',
          emailAddresses: [{ address: 'b@fonderies-kerlouan.example' }],
        }),
      ],
    };
    const services = createFakeServices(inferring, { settings });
    const user = userEvent.setup({ delay: null });
    renderWith(<SettingsView />, services, scriptedClassifier({}));
    await screen.findByTestId('view-settings');
    // Inferred once the mailbox is read and classified.
    expect(await screen.findByTestId('profile-inferred')).toHaveTextContent(
      'Entries marked “seen n times” are inferred from your mailbox: Circles already uses them. Save to confirm them.',
    );
    expect(screen.getByText('Fonderies de Kerlouan')).toBeInTheDocument();
    await save(user);
    await waitFor(() =>
      expect(services.savedSettings()?.profile.employers).toEqual([
        { name: 'Globex' },
        expect.objectContaining({ name: 'Fonderies de Kerlouan' }),
      ]),
    );
  });

  test('removing an employer the engine inferred keeps it declined, so the engine stops using it', async () => {
    const note = (id: string, personalNotes: string) =>
      contact(id, id, { emailAddresses: [{ address: `${id}@gmail.com` }], personalNotes });
    const at = (id: string) =>
      contact(id, id, {
        companyName: 'Fonderies de Kerlouan',
        emailAddresses: [{ address: `${id}@fonderies-kerlouan.example` }],
      });
    const inferring: Mailbox = {
      ...mailbox,
      contacts: [
        note('n1', 'On travaillait ensemble chez Kerlouan (2012-2015)'),
        note('n2', 'Travaillait avec moi chez Kerlouan'),
        at('k1'),
        at('k2'),
      ],
    };
    const services = createFakeServices(inferring, { settings });
    const user = userEvent.setup({ delay: null });
    renderWith(<SettingsView />, services, scriptedClassifier({}));
    await screen.findByTestId('profile-inferred');
    await user.click(screen.getByRole('button', { name: 'Remove Fonderies de Kerlouan' }));
    await save(user);
    await waitFor(() =>
      expect(services.savedSettings()?.profile).toEqual(
        expect.objectContaining({
          employers: [{ name: 'Globex' }],
          declined: [expect.objectContaining({ name: 'Fonderies de Kerlouan' })],
        }),
      ),
    );
  });

  test('edits the path: removes an employer and adds a school', async () => {
    const { services, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Remove Globex' }));
    await user.type(screen.getByRole('textbox', { name: 'Add to “Schools and universities”' }), 'INSA Lyon{Enter}');
    await save(user);
    await waitFor(() =>
      expect(services.savedSettings()?.profile).toEqual({
        employers: [],
        schools: [{ name: 'INSA Lyon' }],
        trainings: [],
        clubs: [],
      }),
    );
  });
});
