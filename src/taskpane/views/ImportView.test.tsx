import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Mailbox } from '../../core/model';
import { defaultSettings, type Settings } from '../../core/settings';
import { contact, createFakeServices } from '../testing/fakeServices';
import { renderWith, scriptedClassifier } from '../testing/render';
import { ImportView } from './ImportView';

const owner = {
  displayName: 'Owner',
  mail: 'owner@acme.fr',
  profile: { employers: [], schools: [], trainings: [], clubs: [] },
};
const mailbox: Mailbox = {
  owner,
  contacts: [contact('c1', 'Alice Martin', { companyName: 'Acme' }), contact('c2', 'Bruno Petit')],
  events: [],
  messages: [],
};
const settings: Settings = { ...defaultSettings('en', owner.profile), onboarding: 'done' };

// Built by hand from LinkedIn's documented columns; the preamble as the export writes it.
const csv = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Alice,Martin,https://www.linkedin.com/in/alice,c1@example.com,Initech,"Head of Data, Europe",07 Mar 2024',
].join('\n');

jest.setTimeout(30_000);

const render = (services: ReturnType<typeof createFakeServices>) =>
  renderWith(<ImportView />, services, scriptedClassifier({}));

describe('import view: positions kept across sessions', () => {
  test('positions used from a file are shown again after a remount, and "Forget them" forgets them', async () => {
    const services = createFakeServices(mailbox, { settings });
    const user = userEvent.setup({ delay: null });
    const first = render(services);
    await screen.findByTestId('import-view');
    await waitFor(() => expect(screen.getByTestId('import-file')).toBeTruthy());
    const file = new File([csv], 'Connections.csv', { type: 'text/csv' });
    // jsdom's File may lack arrayBuffer(); the browser's has it.
    if (!file.arrayBuffer) Object.assign(file, { arrayBuffer: async () => new TextEncoder().encode(csv).buffer });
    await waitFor(async () => {
      await user.upload(screen.getByTestId('import-file'), file);
      await screen.findByTestId('import-preview', undefined, { timeout: 200 });
    });
    await user.click(await screen.findByTestId('import-use-positions'));
    await screen.findByTestId('import-kept');
    first.unmount();

    render(services);
    const line = await screen.findByTestId('import-kept');
    expect(line.textContent).toMatch(
      /^Positions from Connections\.csv, imported on \d{1,2} [A-Z][a-z]+ \d{4}Forget them$/,
    );
    expect((await services.importMemory?.loadPositions())?.positions).toEqual([
      ['c1', expect.objectContaining({ company: 'Initech', position: 'Head of Data, Europe', source: 'linkedin' })],
    ]);
    await user.click(screen.getByTestId('import-forget'));
    await waitFor(() => expect(screen.queryByTestId('import-kept')).toBeNull());
    expect(await services.importMemory?.loadPositions()).toBeUndefined();
  });

  test('in French, with the date written out', async () => {
    const services = createFakeServices(mailbox, {
      settings,
      language: 'fr',
      keptPositions: {
        file: 'Connections.csv',
        importedAt: '2026-12-07T10:00:00.000Z',
        positions: [['c1', { company: 'Initech', source: 'linkedin' }]],
      },
    });
    renderWith(<ImportView />, services, scriptedClassifier({}), 'fr');
    const line = await screen.findByTestId('import-kept');
    expect(line.textContent).toBe('Postes tirés de Connections.csv, importés le 7 décembre 2026Les oublier');
    await act(async () => undefined);
  });
});

describe('import view: what a file holds, in words (F35)', () => {
  async function summaryOf(name: string, text: string): Promise<string> {
    const services = createFakeServices(mailbox, { settings });
    const user = userEvent.setup({ delay: null });
    render(services);
    await waitFor(() => expect(screen.getByTestId('import-file')).toBeTruthy());
    const file = new File([text], name, { type: 'text/csv' });
    if (!file.arrayBuffer) Object.assign(file, { arrayBuffer: async () => new TextEncoder().encode(text).buffer });
    await waitFor(async () => {
      await user.upload(screen.getByTestId('import-file'), file);
      await screen.findByTestId('import-preview', undefined, { timeout: 200 });
    });
    return screen.getByTestId('import-summary').textContent ?? '';
  }

  test('a file of headers only says it holds no contact, not three zeros', async () => {
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
    await expect(summaryOf('empty.csv', header)).resolves.toBe('This file holds no contact (LinkedIn export).');
  });

  test('nobody already in Outlook reads "none of them", not "0 are already in Outlook. 2 are not."', async () => {
    const rows = [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Zoé,Nouvelle,https://www.linkedin.com/in/zoe,zoe@example.com,Initech,CFO,07 Mar 2024',
      'Yann,Autre,https://www.linkedin.com/in/yann,yann@example.com,Initech,CTO,07 Mar 2024',
    ].join('\n');
    await expect(summaryOf('Connections.csv', rows)).resolves.toBe(
      '2 people read (LinkedIn export). None of them is in Outlook yet.',
    );
  });
});
