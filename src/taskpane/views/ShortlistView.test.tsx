import { defaultSettings } from '../../core/settings';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { installOffice, OfficeMockObject } from '../../adapters/office/testing/office-mock';
import { createOutlookHost } from '../../adapters/office/host';
import type { AppServices } from '../../app/services';
import type { Contact, Mailbox } from '../../core/model';
import type { Settings } from '../../core/settings';
import { I18nProvider } from '../i18n';
import { ServicesProvider } from '../servicesContext';
import { NetworkStateProvider, type NetworkState } from '../state/network';
import { ShortlistView } from './ShortlistView';
import { frenchSpacing } from '../../core/text/typography';
import { useEffect, type ReactNode } from 'react';
import { SubcircleFilterProvider, useSubcircleFilter, type SubcircleFilter } from '../state/subcircleFilter';

const contact = (id: string, displayName: string, companyName: string, jobTitle: string, address: string): Contact => ({
  id,
  displayName,
  givenName: displayName.split(' ')[0],
  companyName,
  jobTitle,
  emailAddresses: [{ address }],
  businessPhones: [],
  homePhones: [],
  categories: [],
});

const mailbox: Mailbox = {
  owner: {
    displayName: 'Jeanne Owner',
    mail: 'me@x.fr',
    profile: { employers: [], schools: [], trainings: [], clubs: [] },
  },
  contacts: [
    contact('ana', 'Ana Lopez', 'Voltalia', 'Directrice des achats', 'ana@voltalia.com'),
    contact('bob', 'Bob Baker', 'Boulangerie Martin', 'Boulanger', 'bob@gmail.com'),
    // A name that would be a formula in Excel: the CSV must neutralise it.
    contact('cyd', '@Cyd Wind', 'Parc Éolien du Nord', 'Chef de projet', 'cyd@eolien-nord.fr'),
    // A Paris lawyer: no door for a career move, the closest adviser for an office abroad.
    contact('dan', 'Dan Roux', 'Roux Avocats', 'Avocat', 'dan@roux-avocats.fr'),
  ],
  events: [],
  messages: [],
};

const settings: Settings = {
  ...defaultSettings('fr', mailbox.owner.profile),
  language: 'fr',
  onboarding: 'done',
  savedAmbitions: ['Trouver un premier client au Japon'],
};

function fakeNetwork(over: Partial<NetworkState> = {}): NetworkState {
  const circles: Record<string, 'clients' | 'clubs'> = { ana: 'clients', cyd: 'clubs' };
  return {
    status: 'ready',
    mailbox,
    suggestions: new Map(),
    currentCircle: (id) => circles[id],
    settings,
    saveSettings: jest.fn(async () => undefined),
    recordFeedback: jest.fn(),
    feedback: [],
    applyAssignments: jest.fn(),
    applyTag: jest.fn(async (ids: readonly string[]) => ({
      runId: 'tag-run',
      applied: ids.length,
      unchanged: 0,
      conflicts: 0,
      failed: 0,
      skipped: 0,
    })),
    undoLast: jest.fn(),
    undoRun: jest.fn(),
    addContact: jest.fn(),
    reload: jest.fn(),
    ...over,
  } as NetworkState;
}

/** Outlook as office-addin-mock plays it: displayNewMessageForm records its arguments. */
function outlook() {
  const forms: unknown[] = [];
  const office = new OfficeMockObject({
    host: 'outlook',
    context: {
      displayLanguage: 'fr-FR',
      mailbox: {
        displayNewMessageForm(params: unknown) {
          forms.push(params);
        },
      },
    },
  });
  return { forms, uninstall: installOffice(office) };
}

/** The views filtered on one group of the map, as « Filtrer les vues » leaves them. */
function Filtered({ filter, children }: { filter: SubcircleFilter; children: ReactNode }) {
  const { setFilter } = useSubcircleFilter();
  useEffect(() => setFilter(filter), [filter, setFilter]);
  return children;
}

function renderView(network: NetworkState, filter?: SubcircleFilter) {
  const services = { mode: 'outlook', language: 'fr', office: createOutlookHost() } as unknown as AppServices;
  const view = filter ? (
    <SubcircleFilterProvider>
      <Filtered filter={filter}>
        <ShortlistView />
      </Filtered>
    </SubcircleFilterProvider>
  ) : (
    <ShortlistView />
  );
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language="fr">
        <ServicesProvider services={services}>
          <NetworkStateProvider value={network}>{view}</NetworkStateProvider>
        </ServicesProvider>
      </I18nProvider>
    </FluentProvider>,
  );
}

/** jsdom's Blob has no text(); FileReader reads it. */
const readBlob = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });

async function search(text: string) {
  const input = screen.getByTestId('ambition-input');
  await userEvent.type(input, text);
  await userEvent.click(screen.getByTestId('ambition-run'));
  // The engine ranks off the pane's thread (on this one under jest, after a turn).
  await screen.findByTestId('shortlist-count');
}

// The engine's code is loaded once, before the tests.
beforeAll(() => import('../state/engine/jobs'));

describe('ShortlistView', () => {
  let office: ReturnType<typeof outlook>;
  beforeEach(() => {
    office = outlook();
  });
  afterEach(() => office.uninstall());

  it('ranks who could open the door, with reasons in words and the circles as a chart', async () => {
    renderView(fakeNetwork());
    await search('Me lancer dans les énergies renouvelables');

    const entries = screen.getAllByTestId('shortlist-entry');
    expect(entries.map((e) => e.getAttribute('data-contact-id'))).toEqual(['ana', 'cyd']);
    expect(within(entries[0]!).getByTestId('shortlist-reasons').textContent).toContain(
      frenchSpacing('Son entreprise, Voltalia, relève du secteur « Énergies renouvelables ».'),
    );
    expect(within(entries[0]!).getByTestId('shortlist-reasons').textContent).toContain(
      frenchSpacing('Dans votre cercle « Clients & partenaires ».'),
    );
    const bars = within(screen.getByTestId('circle-chart')).getAllByTestId('chart-bar');
    expect(bars.map((b) => b.getAttribute('data-circle'))).toEqual(['clients', 'clubs']);
    expect(bars[0]!.textContent).toContain('100 %');
    // Each bar says why: how many of its people fit, and how many are warm ties.
    expect(bars[0]!.textContent).toContain('1 personne qui correspond, aucune proche pour l’instant');
    expect(screen.getByTestId('shortlist-lead').textContent).toBe(
      frenchSpacing(
        frenchSpacing(
          frenchSpacing(
            'Cercle à privilégier : Clients & partenaires (1 personne qui correspond, aucune proche pour l’instant).',
          ),
        ),
      ),
    );
    // The chart is a titled figure: its name is what a screen reader announces.
    expect(screen.getByRole('figure', { name: 'Les cercles à privilégier pour cette ambition' })).toBeInTheDocument();
    // What was understood is one line, the goal first; it opens for editing.
    expect(screen.getByTestId('interpretation-summary').textContent).toBe(
      'Entrer dans un secteur · Énergies renouvelables',
    );
    expect(screen.queryByTestId('chip')).toBeNull();
    await userEvent.click(screen.getByTestId('interpretation-summary'));
    expect(screen.getAllByTestId('chip').map((c) => c.textContent)).toContain('Énergies renouvelables');
  });

  it('drafts a polite intro in Outlook through displayNewMessageForm', async () => {
    renderView(fakeNetwork());
    await search('Me lancer dans les énergies renouvelables');
    await userEvent.click(within(screen.getAllByTestId('shortlist-entry')[0]!).getByTestId('draft-intro'));

    expect(office.forms).toHaveLength(1);
    const form = office.forms[0] as { toRecipients: unknown; subject: string; htmlBody: string };
    expect(form.toRecipients).toEqual([{ displayName: 'Ana Lopez', emailAddress: 'ana@voltalia.com' }]);
    expect(form.subject).toBe('Une question de Jeanne Owner');
    expect(form.htmlBody).toContain('<p>Bonjour Ana,</p>');
    // Ana's circle is Clients & partners; the ask is built from what was understood.
    expect(form.htmlBody).toContain(
      frenchSpacing(
        frenchSpacing(
          frenchSpacing(
            'Nous avons travaillé ensemble sur un projet. Je souhaite travailler dans le secteur « Énergies renouvelables »',
          ),
        ),
      ),
    );
    expect(form.htmlBody).toContain('chez Voltalia');
    expect(form.htmlBody).toContain('Jeanne Owner');
    // In the pane's language, said, and the other one a click away (review2 #10).
    expect(screen.getByTestId('shortlist-notice').textContent).toContain(
      'Brouillon ouvert pour Ana Lopez, en français.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Rédiger en anglais' }));
    expect(office.forms).toHaveLength(2);
    expect((office.forms[1] as { subject: string }).subject).toBe('A question from Jeanne Owner');
    expect(screen.getByTestId('shortlist-notice').textContent).toContain(
      'Brouillon ouvert pour Ana Lopez, en anglais.',
    );
  });

  it('re-ranks when a chip is removed, and says when nobody fits', async () => {
    renderView(fakeNetwork());
    await search('Me lancer dans les énergies renouvelables');
    expect(screen.getAllByTestId('shortlist-entry')).toHaveLength(2);
    await userEvent.click(screen.getByTestId('interpretation-summary'));
    const chip = screen.getAllByTestId('chip').find((c) => c.textContent === 'Énergies renouvelables')!;
    await userEvent.click(chip);
    // Without the sector, seniors of any sector are doors for entering one: the director first.
    await waitFor(() => expect(screen.getAllByTestId('shortlist-reasons')[0]!.textContent).not.toContain('secteur'));
    expect(screen.getAllByTestId('shortlist-entry').map((e) => e.getAttribute('data-contact-id'))).toEqual([
      'ana',
      'cyd',
    ]);
    // A goal alone is something understood.
    expect(screen.getByTestId('interpretation').textContent).not.toContain('Rien de précis compris');
    expect(screen.getByTestId('interpretation-summary').textContent).toBe('Entrer dans un secteur');
  });

  it('« Ajouter… » lists are browsed with the arrows without adding; Enter adds; a removed chip gives the focus to the next (review2 #13)', async () => {
    renderView(fakeNetwork());
    await search('Me lancer dans les énergies renouvelables');
    await userEvent.click(screen.getByTestId('interpretation-summary'));
    const places = screen.getByRole('combobox', { name: frenchSpacing('Ajouter : Pays et régions') });
    // Chromium changes a closed select on ↓ and fires change: that shows the option, and adds nothing yet.
    fireEvent.keyDown(places, { key: 'ArrowDown' });
    fireEvent.change(places, { target: { value: 'regions:africa' } });
    expect(screen.getAllByTestId('chip').map((c) => c.textContent)).not.toContain('Afrique');
    expect(within(places.closest('[role="group"]')!).getByTestId('select-hint').textContent).toBe(
      frenchSpacing('Entrée pour choisir « Afrique », Échap pour revenir.'),
    );
    fireEvent.keyDown(places, { key: 'Enter' });
    await waitFor(() => expect(screen.getAllByTestId('chip').map((c) => c.textContent)).toContain('Afrique'));
    // A chip already there is not offered again.
    const regions = screen.getByRole('combobox', { name: frenchSpacing('Ajouter : Pays et régions') });
    expect(within(regions).queryByRole('option', { name: 'Afrique' })).toBeNull();
    // One name per chip, saying what Enter does; removing it puts the focus on the chip now in its place.
    const goals = screen.getByRole('group', { name: 'Objectifs' });
    expect(within(goals).getAllByTestId('chip')[0]).toHaveAccessibleName('Retirer Entrer dans un secteur');
    const sectors = () => within(screen.getByRole('group', { name: 'Secteurs' }));
    const chip = sectors().getByRole('button', { name: 'Retirer Énergies renouvelables' });
    chip.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(sectors().queryAllByTestId('chip')).toHaveLength(0));
    await waitFor(() => expect(document.activeElement).toBe(sectors().getByRole('combobox')));
  }, 20_000);

  it('ranks nobody for an ambition it read nothing in, and says what to add', async () => {
    renderView(fakeNetwork());
    await search('Me lancer dans les énergies renouvelables');
    expect(screen.getAllByTestId('shortlist-entry').length).toBeGreaterThan(0);
    await userEvent.clear(screen.getByTestId('ambition-input'));
    await userEvent.type(screen.getByTestId('ambition-input'), 'azerty');
    await userEvent.click(screen.getByTestId('ambition-run'));
    await waitFor(() =>
      expect(screen.getByTestId('interpretation').textContent).toContain(
        frenchSpacing('Rien de précis compris : ajoutez un secteur, un pays, une fonction ou une entreprise.'),
      ),
    );
    // Not the most senior people "fitting" an ambition nobody understood, nor a "nobody fits" either.
    expect(screen.queryAllByTestId('shortlist-entry')).toEqual([]);
    expect(screen.queryByTestId('shortlist-count')).toBeNull();
    expect(screen.queryByTestId('shortlist-tag')).toBeNull();
  });

  it('says which words it did not understand when it read only a goal (review2 #32)', async () => {
    renderView(fakeNetwork());
    await search('Je veux devenir astronaute');
    await waitFor(() =>
      expect(screen.getByTestId('not-understood').textContent).toBe(
        frenchSpacing(
          'Pas compris : « astronaute ». Ajoutez un secteur, une fonction, un pays ou une entreprise pour préciser.',
        ),
      ),
    );
    expect(screen.getByTestId('interpretation-summary').textContent).toBe('Trouver un poste');
  });

  it('with nobody at all, says what to do next instead of an empty chart', async () => {
    renderView(fakeNetwork());
    await search('Rejoindre une ONG humanitaire');
    await waitFor(() =>
      expect(screen.getByTestId('shortlist-count').textContent).toBe(
        'Personne dans vos contacts ne correspond encore à cette ambition.',
      ),
    );
    expect(screen.getByTestId('shortlist-widen').textContent).toMatch(/importez vos relations LinkedIn/);
    expect(screen.queryByText(/Aucun cercle ne compte encore/)).toBeNull();
  });

  it('says nobody is in the country asked, then lists the closest', async () => {
    renderView(fakeNetwork());
    await search('Ouvrir un bureau en Allemagne');
    expect(screen.getByTestId('shortlist-shortfall').textContent).toBe(
      frenchSpacing('Personne en Allemagne parmi vos contacts ; voici les plus proches.'),
    );
    expect(screen.getByTestId('shortlist-count').textContent).toBe('La personne la plus proche');
    // The list is named by that heading, not « 1 personne peut vous ouvrir la porte » (review3 N7).
    expect(screen.getByRole('list', { name: 'La personne la plus proche' })).toBe(screen.getByTestId('shortlist'));
    expect(screen.getAllByTestId('shortlist-entry').map((e) => e.getAttribute('data-contact-id'))).toEqual(['dan']);
    // The closest person is not a fit: no "Pertinence 100 %" under a notice that says nobody fits.
    expect(screen.queryAllByTestId('shortlist-score')).toEqual([]);
    expect(screen.getByTestId('shortlist').textContent).not.toContain('%');
    // Nobody fits, so no circle is shown as promising.
    expect(screen.queryAllByTestId('chart-bar')).toEqual([]);
    expect(screen.getByTestId('circle-chart').textContent).toContain(
      'Aucun cercle ne compte encore de personne qui corresponde à cette ambition.',
    );
    // Nor is the list tagged with an ambition it just said they do not match; it can still be exported (review2 #30).
    expect(screen.queryByTestId('shortlist-tag')).toBeNull();
    expect(screen.getByTestId('shortlist-export')).toBeInTheDocument();
  });

  it('filtered on a group, says nobody of that group fits — not nobody among the contacts (review3 N12)', async () => {
    const group = { id: 'g', label: 'Autour de Dan Roux', members: new Set(['dan', 'bob']) };
    renderView(fakeNetwork(), group);
    await search('Ouvrir un bureau en Allemagne');
    expect(screen.getByTestId('shortlist-shortfall').textContent).toBe(
      frenchSpacing('Personne en Allemagne dans le groupe « Autour de Dan Roux » ; voici les plus proches du groupe.'),
    );
    await userEvent.clear(screen.getByTestId('ambition-input'));
    await search('Rejoindre une ONG humanitaire');
    await waitFor(() =>
      expect(screen.getByTestId('shortlist-count').textContent).toBe(
        frenchSpacing('Personne du groupe « Autour de Dan Roux » ne correspond encore à cette ambition.'),
      ),
    );
    expect(screen.getByTestId('shortlist-widen').textContent).toBe(
      frenchSpacing('Seul ce groupe a été cherché : retirez le filtre pour chercher parmi tous vos contacts.'),
    );
  });

  it('tags the list with an "Ambition · …" category through the undoable apply, after asking (F34)', async () => {
    const network = fakeNetwork();
    renderView(network);
    await search('Me lancer dans les énergies renouvelables');
    // First a question that names how many people get the category; Cancel writes nothing.
    await userEvent.click(screen.getByTestId('shortlist-tag'));
    const dialog = await screen.findByTestId('confirm-tag');
    expect(within(dialog).getByRole('heading', { hidden: true }).textContent).toBe(
      frenchSpacing('Étiqueter 2 personnes ?'),
    );
    expect(dialog.textContent).toContain(
      frenchSpacing(
        'La catégorie « Ambition · Me lancer dans les énergies renouvelables » sera ajoutée dans Outlook aux 2 personnes de la liste, les moins pertinentes comprises.',
      ),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuler', hidden: true }));
    await waitFor(() => expect(screen.queryByTestId('confirm-tag')).toBeNull());
    expect(network.applyTag).not.toHaveBeenCalled();
    await userEvent.click(screen.getByTestId('shortlist-tag'));
    await userEvent.click(await screen.findByTestId('confirm-tag-confirm'));
    // The write starts once the question has closed (a frame later).
    await waitFor(() =>
      expect(network.applyTag).toHaveBeenCalledWith(
        ['ana', 'cyd'],
        'Ambition · Me lancer dans les énergies renouvelables',
      ),
    );
    await waitFor(() => expect(screen.getByTestId('shortlist-notice').textContent).toContain('ajoutée à 2 contacts'));
    // The result takes focus on its "Undo", which takes the category back off.
    const undo = screen.getByRole('button', {
      name: frenchSpacing('Annuler : retirer la catégorie « Ambition · Me lancer dans les énergies renouvelables »'),
    });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    await userEvent.keyboard('{Enter}');
    // The tag's own run, not whatever ran last.
    expect(network.undoRun).toHaveBeenCalledWith('tag-run');
    expect(network.undoLast).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(screen.getByTestId('shortlist-notice').textContent).toBe(
        frenchSpacing('Catégorie « Ambition · Me lancer dans les énergies renouvelables » retirée.'),
      ),
    );
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('shortlist-notice')));
  }, 30_000);

  it('tagging again changes nothing and keeps the Undo of the tag that did (no Undo of a run never written)', async () => {
    const written = { runId: 'tag-run', applied: 2, unchanged: 0, conflicts: 0, failed: 0, skipped: 0 };
    const nothing = { runId: 'never-journaled', applied: 0, unchanged: 2, conflicts: 0, failed: 0, skipped: 0 };
    const network = fakeNetwork({
      applyTag: jest.fn().mockResolvedValueOnce(written).mockResolvedValueOnce(nothing),
    });
    renderView(network);
    await search('Me lancer dans les énergies renouvelables');
    const tagOnce = async () => {
      await userEvent.click(screen.getByTestId('shortlist-tag'));
      await userEvent.click(await screen.findByTestId('confirm-tag-confirm'));
    };
    await tagOnce();
    await waitFor(() => expect(screen.getByTestId('shortlist-notice').textContent).toContain('ajoutée à 2 contacts'));
    await tagOnce();
    await waitFor(() =>
      expect(screen.getByTestId('shortlist-notice').textContent).toContain(
        frenchSpacing(
          'La catégorie « Ambition · Me lancer dans les énergies renouvelables » était déjà sur ces 2 contacts : rien n’a été écrit.',
        ),
      ),
    );
    await userEvent.click(
      screen.getByRole('button', {
        name: frenchSpacing('Annuler : retirer la catégorie « Ambition · Me lancer dans les énergies renouvelables »'),
      }),
    );
    expect(network.undoRun).toHaveBeenCalledWith('tag-run');
    expect(network.undoRun).not.toHaveBeenCalledWith('never-journaled');
  }, 30_000);

  it('exports the list as a CSV whose cells cannot run as formulas', async () => {
    const blobs: Blob[] = [];
    const create = jest.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:x';
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() });
    // jsdom cannot navigate to a download; the link's attributes are what matter.
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    renderView(fakeNetwork());
    await search('Me lancer dans les énergies renouvelables');
    fireEvent.click(screen.getByTestId('shortlist-export'));
    expect(blobs).toHaveLength(1);
    click.mockRestore();
    expect(clicked[0]!.download).toBe('circles-shortlist-me-lancer-dans-les-energies-renouvelables.csv');
    const text = await readBlob(blobs[0]!);
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    // French Excel splits on ";" (the BOM is checked in csv.test.ts: FileReader drops it); the percentage
    // is the one on screen.
    expect(lines[0]).toBe('Rang;Nom;Adresse;Entreprise;Fonction;Cercle;Pertinence (%);Raisons');
    expect(lines[1]).toMatch(/^1;Ana Lopez;ana@voltalia.com;Voltalia;Directrice des achats;Clients & partenaires;100;/);
    expect(lines[2]).toMatch(/^2;'@Cyd Wind;/);
    const shown = screen.getAllByText(/^Pertinence \d+ %$/).map((b) => b.textContent!.replace(/\D/g, ''));
    expect(lines.slice(1, 3).map((l) => l.split(';')[6])).toEqual(shown);
    expect(lines[1]).toContain(
      frenchSpacing('Son entreprise, Voltalia, relève du secteur « Énergies renouvelables ».'),
    );
  });

  it('saves an ambition and runs a saved one', async () => {
    const network = fakeNetwork();
    renderView(network);
    await userEvent.type(screen.getByTestId('ambition-input'), 'Devenir DAF dans l’industrie');
    await userEvent.click(screen.getByTestId('ambition-save'));
    expect(network.saveSettings).toHaveBeenCalledWith(
      expect.objectContaining({
        savedAmbitions: ['Devenir DAF dans l’industrie', 'Trouver un premier client au Japon'],
      }),
    );
    await userEvent.click(
      screen.getByRole('button', {
        name: frenchSpacing('Reprendre l’ambition « Trouver un premier client au Japon »'),
      }),
    );
    expect(screen.getByTestId('interpretation-summary').textContent).toContain('Japon');
  });
});
