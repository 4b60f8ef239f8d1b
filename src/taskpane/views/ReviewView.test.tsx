import { defaultSettings } from '../../core/settings';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReasonKind } from '../../core/circles/types';
import type { RunOrigin } from '../../core/changes/types';
import type { Contact, Mailbox } from '../../core/model';
import { contact, createFakeServices } from '../testing/fakeServices';
import { renderWith, scriptedClassifier, type Scripted } from '../testing/render';
import { ReviewView } from './ReviewView';

const owner = {
  displayName: 'Owner',
  mail: 'owner@acme.fr',
  profile: { employers: [], schools: [], trainings: [], clubs: [] },
};
const mailboxOf = (contacts: Contact[]): Mailbox => ({ owner, contacts, events: [], messages: [] });

const people = [
  contact('c1', 'Alice Martin', { companyName: 'Société Générale' }),
  contact('c2', 'Bruno Petit', { companyName: 'Acme' }),
  contact('c3', 'Chloé Durand', { companyName: 'Acme' }),
  contact('c4', 'David Roux', { companyName: 'Rotary Club' }),
  contact('c5', 'Emma Blanc', { companyName: 'Nowhere' }),
];
const script: Scripted = {
  c1: {
    circle: 'clients',
    confidence: 0.92,
    reasons: [{ field: 'notes', kind: 'notes-keyword', evidence: 'devis signé', circle: 'clients', weight: 2 }],
  },
  c2: {
    circle: 'colleagues',
    confidence: 0.95,
    reasons: [{ field: 'email', kind: 'owner-domain', evidence: 'acme.fr', circle: 'colleagues', weight: 3 }],
  },
  c3: { circle: 'colleagues', confidence: 0.55 },
  c4: {
    circle: 'clubs',
    confidence: 0.75,
    reasons: [
      { field: 'company', kind: 'some-new-kind' as ReasonKind, evidence: 'Rotary Club', circle: 'clubs', weight: 1 },
    ],
  },
  c5: { circle: null, confidence: 0 },
};

async function setup(contacts: Contact[] = people, table: Scripted = script, timeout?: number) {
  const services = createFakeServices(mailboxOf(contacts));
  const classifier = scriptedClassifier(table);
  const user = userEvent.setup();
  renderWith(<ReviewView />, services, classifier);
  await ready(timeout ?? 8000);
  return { services, classifier, user };
}

/** Rows drawn and the engine's answer in (`timeout`: for a big mailbox on a loaded machine). */
async function ready(timeout?: number) {
  const wait = timeout ? { timeout } : {};
  await screen.findAllByTestId('contact-row', {}, wait);
  await waitFor(() => expect(screen.queryByTestId('analysing')).toBeNull(), wait);
}

const row = (name: string) => screen.getAllByTestId('contact-row').find((r) => r.textContent?.includes(name))!;
const names = () => screen.queryAllByTestId('contact-name').map((n) => n.textContent);

/** Opens a row's details (company, reasons, circle picker), as a click on the name does. */
async function details(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(within(row(name)).getByTestId('contact-name'));
  return within(row(name)).getByTestId('details');
}

/** Opens the filters popover. */
async function filters(user: ReturnType<typeof userEvent.setup>) {
  if (!screen.queryByTestId('filters')) await user.click(screen.getByTestId('filters-button'));
  return screen.findByTestId('filters');
}

describe('the review list', () => {
  test('shows each contact on one line with its confidence; company, circle and reasons in plain words on demand', async () => {
    const { user } = await setup();
    const alice = row('Alice Martin');
    expect(within(alice).getByTestId('confidence')).toHaveTextContent('92%');
    expect(within(alice).queryByTestId('reasons')).toBeNull();
    expect(within(alice).getByTestId('contact-name')).toHaveAttribute('aria-expanded', 'false');
    const open = await details(user, 'Alice Martin');
    expect(within(alice).getByTestId('contact-name')).toHaveAttribute('aria-expanded', 'true');
    expect(within(open).getByTestId('contact-company')).toHaveTextContent('Société Générale');
    expect(within(open).getByTestId('circle-select')).toHaveValue('clients');
    expect(within(open).getByTestId('reasons')).toHaveTextContent('Your notes say “devis signé”.');
    // The row's description says the circle and the confidence to a screen reader.
    const described = within(alice).getByTestId('contact-name').getAttribute('aria-describedby')!.split(' ');
    expect(document.getElementById(described[0]!)).toHaveTextContent('Clients & partners · Confidence 92%');
  });

  test('turns an unknown reason kind into a sentence by field instead of showing the code', async () => {
    const { user } = await setup();
    const reasons = within(await details(user, 'David Roux')).getByTestId('reasons');
    expect(reasons).toHaveTextContent('Their company: Rotary Club.');
    expect(reasons.textContent).not.toContain('some-new-kind');
  });

  test('groups suggestions by circle with counts, strongest first, contacts without suggestion last', async () => {
    await setup();
    const headers = screen
      .getAllByTestId('group-header')
      .map((h) => [h.dataset.circle, h.querySelector('h2')?.textContent]);
    expect(headers).toEqual([
      ['colleagues', 'Colleagues22 contacts'],
      ['clubs', 'Networks & clubs11 contact'],
      ['clients', 'Clients & partners11 contact'],
      ['none', 'No suggestion11 contact'],
    ]);
    expect(names()).toEqual(['Bruno Petit', 'Chloé Durand', 'David Roux', 'Alice Martin', 'Emma Blanc']);
  });

  test('renders markup in names, companies and reasons as inert text', async () => {
    const evil = contact('x1', '<img src=x onerror="window.__pwned=1">Eve', {
      companyName: '<script>window.__pwned=1</script>',
    });
    const { user } = await setup([evil], {
      x1: {
        circle: 'online',
        confidence: 0.9,
        reasons: [{ field: 'notes', kind: 'notes-keyword', evidence: '<b>bold</b>', circle: 'online', weight: 1 }],
      },
    });
    await user.click(screen.getByTestId('contact-name'));
    const r = screen.getByTestId('contact-row');
    expect(r.querySelector('img, script, b')).toBeNull();
    expect(within(r).getByTestId('contact-name')).toHaveTextContent('<img src=x onerror="window.__pwned=1">Eve');
    expect(within(r).getByTestId('reasons')).toHaveTextContent('<b>bold</b>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('draws only a window of rows when there are 10,000 contacts', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => contact(`m${i}`, `Person ${String(i).padStart(5, '0')}`));
    const table: Record<string, { circle: 'colleagues'; confidence: number }> = {};
    for (const c of many) table[c.id] = { circle: 'colleagues', confidence: 0.9 };
    await setup(many, table, 25_000);
    const drawn = screen.getAllByTestId('contact-row').length;
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(40);
    expect(screen.getByText('10,000 suggestions for 10,000 contacts')).toBeInTheDocument();
  }, 30_000);

  test('says one suggestion and one contact in the singular', async () => {
    await setup([people[0]!]);
    expect(screen.getByText('1 suggestion for 1 contact')).toBeInTheDocument();
  });
});

describe('loading in two stages', () => {
  test('shows the contacts before the mailbox signals are read, then the suggestions', async () => {
    const services = createFakeServices(mailboxOf(people));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const list = services.interactions.listMessages;
    services.interactions.listMessages = async (w) => {
      await gate;
      return list(w);
    };
    renderWith(<ReviewView />, services, scriptedClassifier(script));
    await screen.findAllByTestId('contact-row');
    expect(screen.getByTestId('analysing')).toHaveTextContent('Analysing your mailbox…');
    expect(screen.getAllByTestId('group-header').map((h) => h.textContent)).toEqual([
      'Analysing your mailbox…55 contacts',
    ]);
    expect(screen.queryByText('Circles finds no reliable sign of where you met.')).toBeNull();
    await act(async () => release());
    await waitFor(() => expect(screen.queryByTestId('analysing')).toBeNull(), { timeout: 20000 });
    expect(row('Alice Martin').dataset.circle).toBe('clients');
  });

  test('when the signals cannot be read, suggests from the contacts alone and says so', async () => {
    const services = createFakeServices(mailboxOf(people));
    services.interactions.listEvents = async () => {
      throw new Error('throttled');
    };
    const classifier = scriptedClassifier(script);
    renderWith(<ReviewView />, services, classifier);
    await ready();
    expect(screen.getByText(/Messages and meetings could not be read \(throttled\)/)).toBeInTheDocument();
    expect(row('Alice Martin').dataset.circle).toBe('clients');
    expect(classifier.calls.at(-1)?.mailbox.events).toEqual([]);
  });

  test('with mailbox signals off, never reads messages or events', async () => {
    const services = createFakeServices(mailboxOf(people), {
      settings: { ...defaultSettings('en', owner.profile), mailboxSignals: 'off', onboarding: 'done' },
    });
    const read = jest.fn(async () => []);
    services.interactions.listMessages = read;
    services.interactions.listEvents = read;
    const classifier = scriptedClassifier(script);
    renderWith(<ReviewView />, services, classifier);
    await ready();
    expect(read).not.toHaveBeenCalled();
    expect(classifier.calls.at(-1)?.signals).toBe('off');
  });
});

describe('the review filters', () => {
  test('search finds a company without regard to accents or case', async () => {
    const { user } = await setup();
    await user.type(screen.getByRole('searchbox'), 'societe gen');
    await waitFor(() => expect(names()).toEqual(['Alice Martin']));
  });

  test('search matches names too', async () => {
    const { user } = await setup();
    await user.type(screen.getByRole('searchbox'), 'chloe');
    await waitFor(() => expect(names()).toEqual(['Chloé Durand']));
    // The search box's clear button says what it does, in the pane's language (was Fluent's "clear").
    await user.click(screen.getByRole('button', { name: 'Clear the search' }));
    await waitFor(() => expect(names()).toHaveLength(5));
  });

  test('the circle filter keeps one circle, and "no suggestion" keeps the abstentions', async () => {
    const { user } = await setup();
    await filters(user);
    await user.selectOptions(screen.getByTestId('filter-circle'), 'colleagues');
    await waitFor(() => expect(names()).toEqual(['Bruno Petit', 'Chloé Durand']));
    await user.selectOptions(screen.getByTestId('filter-circle'), 'none');
    await waitFor(() => expect(names()).toEqual(['Emma Blanc']));
  });

  test('the circle filter shows each circle with its count', async () => {
    const { user } = await setup();
    await filters(user);
    const options = [...screen.getByTestId('filter-circle').querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toContain('Colleagues (2)');
    expect(options).toContain('Family & friends (0)');
    expect(options).toContain('No suggestion (1)');
  });

  test('the confidence filter hides weaker suggestions', async () => {
    const { user } = await setup();
    await filters(user);
    await user.selectOptions(screen.getByTestId('filter-confidence'), '0.8');
    await waitFor(() => expect(names()).toEqual(['Bruno Petit', 'Alice Martin']));
  });

  test('"in no circle" hides contacts whose categories already put them in a circle', async () => {
    const placed = [
      ...people.slice(0, 4),
      contact('c5', 'Emma Blanc', { categories: ['Circle · Family & friends', 'VIP'] }),
    ];
    const { user } = await setup(placed);
    expect(names()).toContain('Emma Blanc');
    await filters(user);
    const noSuggestionCount = () =>
      [...screen.getByTestId('filter-circle').querySelectorAll('option')]
        .map((o) => o.textContent)
        .find((o) => o?.startsWith('No suggestion'));
    expect(noSuggestionCount()).toBe('No suggestion (1)');
    await user.click(screen.getByRole('checkbox', { name: 'Only contacts without a circle', hidden: true }));
    await waitFor(() => expect(names()).not.toContain('Emma Blanc'));
    expect(names()).toHaveLength(4);
    // The counts next to the circles follow: Emma, in a circle already, is no longer counted.
    expect(noSuggestionCount()).toBe('No suggestion (0)');
    expect(screen.getByTestId('filters-button')).toHaveTextContent('Filters (1)');
  });

  test('says so when nothing matches', async () => {
    const { user } = await setup();
    await user.type(screen.getByRole('searchbox'), 'zzzz');
    // A search alone: the sentence names it rather than « the filters » nobody set (review3 N16).
    expect(await screen.findByText('No contact matches “zzzz”.')).toBeInTheDocument();
    await filters(user);
    await user.selectOptions(screen.getByTestId('filter-circle'), 'clients');
    expect(await screen.findByText('No contact matches the filters.')).toBeInTheDocument();
  });
});

describe('choices and bulk actions', () => {
  test('accepting one contact marks it accepted, counts one change and records a confirmation', async () => {
    const { user, services } = await setup();
    await user.click(screen.getByRole('button', { name: 'Accept Clients & partners for Alice Martin' }));
    expect(within(row('Alice Martin')).getByTestId('status')).toHaveTextContent('Accepted');
    expect(screen.getByTestId('pending-count')).toHaveTextContent('1 change ready');
    await waitFor(() =>
      expect(services.savedModel().feedback).toEqual([
        expect.objectContaining({ contactId: 'c1', verdict: 'confirm', circle: 'clients' }),
      ]),
    );
  });

  test('rejecting records the rejected circle, writes nothing and shows no circle on the row', async () => {
    const { user, services } = await setup();
    await user.click(screen.getByRole('button', { name: 'Reject the suggestion for David Roux' }));
    expect(within(row('David Roux')).getByTestId('status')).toHaveTextContent('Rejected');
    expect(row('David Roux').dataset.circle).toBe('none');
    const open = await details(user, 'David Roux');
    expect(within(open).getByTestId('circle-select')).toHaveValue('');
    expect(within(open).getByTestId('circle-select')).toHaveDisplayValue('No circle');
    expect(screen.getByTestId('pending-count')).toHaveTextContent('0 changes ready');
    await waitFor(() =>
      expect(services.savedModel().feedback).toEqual([
        expect.objectContaining({ contactId: 'c4', verdict: 'reject', circle: 'clubs' }),
      ]),
    );
  });

  test('changing the circle moves the contact to that group and records a correction', async () => {
    const { user, services } = await setup();
    await details(user, 'Chloé Durand');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Circle of Chloé Durand' }), 'former-colleagues');
    await waitFor(() => expect(within(row('Chloé Durand')).getByTestId('status')).toHaveTextContent('Changed'));
    const headers = screen.getAllByTestId('group-header').map((h) => h.dataset.circle);
    expect(headers).toContain('former-colleagues');
    await waitFor(() =>
      expect(services.savedModel().feedback).toEqual([
        expect.objectContaining({ contactId: 'c3', verdict: 'correct', circle: 'former-colleagues' }),
      ]),
    );
  });

  test('the circle picker is browsed with the arrows without moving the contact; Enter moves it, Escape goes back (review2 #13)', async () => {
    const { user, services } = await setup();
    await details(user, 'Chloé Durand');
    const picker = screen.getByRole('combobox', { name: 'Circle of Chloé Durand' });
    // Chromium changes a closed select on ↓ and fires change at once.
    fireEvent.keyDown(picker, { key: 'ArrowDown' });
    fireEvent.change(picker, { target: { value: 'former-colleagues' } });
    expect(row('Chloé Durand').dataset.status).toBe('suggested');
    expect(within(row('Chloé Durand')).getByTestId('select-hint')).toHaveTextContent(
      'Enter to choose “Former colleagues”, Escape to go back.',
    );
    fireEvent.keyDown(picker, { key: 'Escape' });
    expect(picker).toHaveValue('colleagues');
    fireEvent.keyDown(picker, { key: 'ArrowDown' });
    fireEvent.change(picker, { target: { value: 'former-colleagues' } });
    fireEvent.keyDown(picker, { key: 'Enter' });
    await waitFor(() => expect(within(row('Chloé Durand')).getByTestId('status')).toHaveTextContent('Changed'));
    await waitFor(() =>
      expect(services.savedModel().feedback).toEqual([
        expect.objectContaining({ contactId: 'c3', verdict: 'correct', circle: 'former-colleagues' }),
      ]),
    );
  });

  test('R on an accepted row rejects it and A on a rejected row accepts it, without Backspace first (F6)', async () => {
    const { user, services } = await setup();
    await user.click(screen.getByRole('button', { name: 'Accept Clients & partners for Alice Martin' }));
    const focusable = () => row('Alice Martin').querySelector<HTMLElement>('[data-focus-key]')!;
    focusable().focus();
    await user.keyboard('r');
    expect(within(row('Alice Martin')).getByTestId('status')).toHaveTextContent('Rejected');
    expect(screen.getByTestId('pending-count')).toHaveTextContent('0 changes ready');
    focusable().focus();
    await user.keyboard('a');
    expect(within(row('Alice Martin')).getByTestId('status')).toHaveTextContent('Accepted');
    await waitFor(() =>
      expect(services.savedModel().feedback).toEqual([
        expect.objectContaining({ contactId: 'c1', verdict: 'confirm', circle: 'clients' }),
      ]),
    );
  }, 20_000);

  test('each choice made with the keys is said in the live region: accept, reject, undo, and A on a row without suggestion (review2 #27)', async () => {
    const { user } = await setup();
    const said = () => screen.getByTestId('announcer');
    const key = (name: string) => row(name).querySelector<HTMLElement>('[data-focus-key]')!;
    key('Alice Martin').focus();
    await user.keyboard('a');
    await waitFor(() => expect(said()).toHaveTextContent('Alice Martin: Clients & partners, accepted.'));
    key('David Roux').focus();
    await user.keyboard('r');
    await waitFor(() => expect(said()).toHaveTextContent('David Roux: suggestion rejected. Backspace to undo.'));
    key('David Roux').focus();
    await user.keyboard('{Backspace}');
    await waitFor(() => expect(said()).toHaveTextContent('David Roux: choice undone.'));
    key('Emma Blanc').focus();
    await user.keyboard('r');
    await waitFor(() =>
      expect(said()).toHaveTextContent('Emma Blanc: no suggestion to accept or reject. → to choose a circle.'),
    );
    await user.click(screen.getByRole('button', { name: 'Accept all (2): Colleagues' }));
    await waitFor(() => expect(said()).toHaveTextContent('2 suggestions accepted: Colleagues.'));
  }, 20_000);

  test('undoing a choice brings the suggestion back', async () => {
    const { user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Accept Clients & partners for Alice Martin' }));
    await user.click(screen.getByRole('button', { name: 'Undo my choice for Alice Martin' }));
    expect(within(row('Alice Martin')).getByTestId('accept')).toBeInTheDocument();
    expect(screen.getByTestId('pending-count')).toHaveTextContent('0 changes ready');
  });

  test('accepting a whole circle accepts every contact suggested in it and no other', async () => {
    const { user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Accept all (2): Colleagues' }));
    expect(within(row('Bruno Petit')).getByTestId('status')).toHaveTextContent('Accepted');
    expect(within(row('Chloé Durand')).getByTestId('status')).toHaveTextContent('Accepted');
    expect(within(row('Alice Martin')).queryByTestId('status')).toBeNull();
    expect(screen.getByTestId('pending-count')).toHaveTextContent('2 changes ready');
  });

  test.each([
    ['0.9', ['Bruno Petit', 'Alice Martin']],
    ['0.7', ['Bruno Petit', 'David Roux', 'Alice Martin']],
    ['0.5', ['Bruno Petit', 'Chloé Durand', 'David Roux', 'Alice Martin']],
  ])('accepting everything at or above %s accepts exactly %j', async (threshold, expected) => {
    const { user } = await setup();
    await filters(user);
    await user.selectOptions(screen.getByTestId('accept-threshold'), threshold);
    await user.click(screen.getByTestId('accept-above'));
    const accepted = screen
      .getAllByTestId('contact-row')
      .filter((r) => r.dataset.status === 'accepted')
      .map((r) => within(r).getByTestId('contact-name').textContent);
    expect(accepted).toEqual(expected);
  });

  test('a batch accepted (a whole circle, everything above) is not feedback: the engine learns only from rows the user chose one by one (review2 #3)', async () => {
    const { user, services, classifier } = await setup();
    const runs = classifier.calls.length;
    await user.click(screen.getByRole('button', { name: 'Accept all (2): Colleagues' }));
    await filters(user);
    await user.selectOptions(screen.getByTestId('accept-threshold'), '0.7');
    await user.click(screen.getByTestId('accept-above'));
    expect(screen.getByTestId('pending-count')).toHaveTextContent('4 changes ready');
    // One row chosen by itself after the batches is the only feedback, and the engine runs again for it only.
    await user.click(screen.getByRole('button', { name: 'Undo my choice for Alice Martin' }));
    await user.click(screen.getByRole('button', { name: 'Accept Clients & partners for Alice Martin' }));
    await waitFor(() =>
      expect(services.savedModel().feedback).toEqual([
        expect.objectContaining({ contactId: 'c1', verdict: 'confirm', circle: 'clients' }),
      ]),
    );
    await waitFor(() => expect(classifier.calls.length).toBe(runs + 1));
    // Undoing the batch still puts every row back.
    await user.click(screen.getByRole('button', { name: 'Undo my choice for Bruno Petit' }));
    expect(screen.getByTestId('pending-count')).toHaveTextContent('3 changes ready');
  }, 20_000);

  test('"accept everything above" respects the filters in place', async () => {
    const { user } = await setup();
    await filters(user);
    await user.selectOptions(screen.getByTestId('filter-circle'), 'clients');
    await user.selectOptions(screen.getByTestId('accept-threshold'), '0.5');
    await waitFor(() => expect(screen.getByTestId('accept-above')).toHaveTextContent('Accept (1)'));
    await user.click(screen.getByTestId('accept-above'));
    expect(screen.getByTestId('pending-count')).toHaveTextContent('1 change ready');
    // The popover closes and « Filters » has the focus back: the button, now "Accept (0)", is disabled
    // (review2 #28: the focus fell to the page with the popover still open).
    await waitFor(() => expect(screen.queryByTestId('filters')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('filters-button')));
  });
});

describe('applying and undoing', () => {
  test('applies accepted circles as categories, summarises, then undo restores the categories', async () => {
    const withOther = [contact('c2', 'Bruno Petit', { categories: ['VIP'] }), people[2]!];
    const { user, services } = await setup(withOther);
    await user.click(screen.getByRole('button', { name: 'Accept all (2): Colleagues' }));
    await user.click(screen.getByTestId('apply'));
    const summary = await screen.findByTestId('run-summary');
    expect(summary).toHaveTextContent('Done');
    expect(within(summary).getByTestId('summary-applied')).toHaveTextContent('2 contacts put in their circles');
    expect(within(summary).queryByTestId('summary-failed')).toBeNull();
    const byId = new Map(services.contactsNow().map((c) => [c.id, c.categories]));
    expect(byId.get('c2')).toEqual(['VIP', 'Circle · Colleagues']);
    expect(byId.get('c3')).toEqual(['Circle · Colleagues']);
    expect(services.ensured()).toEqual([{ displayName: 'Circle · Colleagues', color: 'preset7' }]);
    // Now in place: nothing left to apply.
    expect(screen.getByTestId('pending-count')).toHaveTextContent('0 changes ready');
    // Written by this run: "Applied", not "Already in place" (which is for circles the contact had before);
    // undoing it is the run's undo, not the row's.
    expect(within(row('Bruno Petit')).getByTestId('status')).toHaveTextContent('Applied');
    expect(within(row('Bruno Petit')).queryByTestId('forget')).toBeNull();

    await user.click(screen.getByTestId('undo-last'));
    await waitFor(() => expect(screen.getByTestId('run-summary').dataset.mode).toBe('undo'));
    // The undo says what it restored.
    expect(screen.getByTestId('run-summary')).toHaveTextContent('Undo done');
    expect(screen.getByTestId('summary-applied')).toHaveTextContent('2 contacts restored as they were');
    const after = new Map(services.contactsNow().map((c) => [c.id, c.categories]));
    expect(after.get('c2')).toEqual(['VIP']);
    expect(after.get('c3')).toEqual([]);

    // A second undo has nothing left to undo, and says so rather than undoing something else.
    await user.click(screen.getByTestId('undo-last'));
    expect(await screen.findByTestId('nothing-to-undo')).toHaveTextContent('Nothing to undo');
    expect(screen.queryByTestId('run-error')).toBeNull();
  });

  test('failures are counted and can be retried', async () => {
    const services = createFakeServices(mailboxOf(people), { failing: new Set(['c1']) });
    const user = userEvent.setup();
    renderWith(<ReviewView />, services, scriptedClassifier(script));
    await ready();
    await filters(user);
    await user.selectOptions(screen.getByTestId('accept-threshold'), '0.9');
    await user.click(screen.getByTestId('accept-above'));
    await user.keyboard('{Escape}');
    await user.click(screen.getByTestId('apply'));
    const summary = await screen.findByTestId('run-summary');
    expect(summary).toHaveTextContent('Done, with contacts left aside');
    expect(within(summary).getByTestId('summary-applied')).toHaveTextContent('1 contact put in its circle');
    expect(within(summary).getByTestId('summary-failed')).toHaveTextContent('1 contact could not be changed');
    expect(screen.getByTestId('pending-count')).toHaveTextContent('1 change ready');
    expect(within(summary).getByTestId('retry')).toBeInTheDocument();
  });

  test('shows the progress bar while a run is going', async () => {
    const services = createFakeServices(mailboxOf(people));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const write = services.writer.writeCategories;
    services.writer.writeCategories = async (changes, opts) => {
      await gate;
      return write(changes, opts);
    };
    const user = userEvent.setup();
    renderWith(<ReviewView />, services, scriptedClassifier(script));
    await ready();
    await user.click(screen.getByRole('button', { name: 'Accept all (2): Colleagues' }));
    await user.click(screen.getByTestId('apply'));
    expect(await screen.findByTestId('apply-progress')).toHaveTextContent('0 of 2');
    expect(screen.getByTestId('apply')).toHaveAttribute('aria-disabled', 'true');
    await act(async () => release());
    expect(await screen.findByTestId('run-summary')).toBeInTheDocument();
  });

  const interrupted = (status: 'pending' | 'applied', origin: RunOrigin = 'command') => ({
    runId: 'run-cut',
    kind: 'apply' as const,
    origin,
    startedAt: '2026-11-27T09:00:00.000Z',
    state: 'interrupted' as const,
    specs: [{ displayName: 'Circle · Clients & partners', color: 'preset0' as const }],
    entries: [
      {
        contactId: 'c1',
        etag: 'c1-v1',
        displayName: 'Alice Martin',
        before: [],
        after: ['Circle · Clients & partners'],
        status,
      },
    ],
  });

  test('offers to resume a run the journal says was interrupted, and finishes it', async () => {
    const services = createFakeServices(mailboxOf(people));
    await services.journal.save(interrupted('pending'));
    const user = userEvent.setup();
    renderWith(<ReviewView />, services, scriptedClassifier(script));
    await ready();
    expect(await screen.findByTestId('interrupted')).toHaveTextContent('1 contact was not processed.');
    await user.click(screen.getByTestId('resume'));
    const summary = await screen.findByTestId('run-summary');
    expect(within(summary).getByTestId('summary-applied')).toHaveTextContent('1 contact put in its circle');
    expect(services.contactsNow().find((c) => c.id === 'c1')?.categories).toEqual(['Circle · Clients & partners']);
    expect(screen.queryByTestId('interrupted')).toBeNull();
  });

  test('offers to undo what an interrupted run did', async () => {
    const applied = people.map((c) => (c.id === 'c1' ? { ...c, categories: ['Circle · Clients & partners'] } : c));
    const services = createFakeServices(mailboxOf(applied));
    await services.journal.save(interrupted('applied'));
    const user = userEvent.setup();
    renderWith(<ReviewView />, services, scriptedClassifier(script));
    await ready();
    await user.click(await screen.findByTestId('undo-interrupted'));
    await waitFor(() => expect(screen.getByTestId('run-summary').dataset.mode).toBe('undo'));
    expect(services.contactsNow().find((c) => c.id === 'c1')?.categories).toEqual([]);
  });

  test('an interrupted run says what it was: a sub-circle’s category, a shortlist’s tag, else a run', async () => {
    for (const [origin, title] of [
      ['subcircle', 'Writing a sub-circle’s category was interrupted'],
      ['shortlist', 'Tagging a shortlist was interrupted'],
      ['taskpane', 'A run was interrupted'],
    ] as const) {
      const services = createFakeServices(mailboxOf(people));
      await services.journal.save(interrupted('pending', origin));
      const view = renderWith(<ReviewView />, services, scriptedClassifier(script));
      await ready();
      expect(await screen.findByTestId('interrupted')).toHaveTextContent(title);
      view.unmount();
    }
  });

  test('shows a run the ribbon command is writing as in progress, and refuses to write beside it', async () => {
    const services = createFakeServices(mailboxOf(people));
    // The command's run, its heartbeat fresh: live, so neither interrupted nor undoable from here.
    await services.journal.save({
      ...interrupted('pending', 'command'),
      state: 'running',
      owner: 'w-command',
      heartbeatAt: new Date().toISOString(),
    });
    const user = userEvent.setup();
    renderWith(<ReviewView />, services, scriptedClassifier(script));
    await ready();
    expect(await screen.findByTestId('live-run')).toHaveTextContent(
      'From the ribbon’s “Categorise by origin”: 0 of 1 contact done.',
    );
    expect(screen.queryByTestId('interrupted')).toBeNull();
    await user.click(within(row('Alice Martin')).getByTestId('accept'));
    await user.click(screen.getByTestId('apply'));
    expect(await screen.findByTestId('run-busy')).toHaveTextContent(
      'Another run is writing categories (the ribbon’s “Categorise by origin”). Try again once it has finished; nothing was written.',
    );
    expect(services.contactsNow().every((c) => c.categories.length === 0)).toBe(true);
  });

  test('undo with nothing to undo says so plainly', async () => {
    const { user } = await setup();
    await user.click(screen.getByTestId('undo-last'));
    expect(await screen.findByTestId('nothing-to-undo')).toHaveTextContent('Nothing to undo: no run is left to undo.');
  });

  test('stopping a run leaves the rest unsent, says how many, and lets the user apply them later', async () => {
    const services = createFakeServices(mailboxOf(people));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const write = services.writer.writeCategories;
    services.writer.writeCategories = async (changes, opts) => {
      await gate;
      return write(changes, opts);
    };
    const user = userEvent.setup();
    renderWith(<ReviewView />, services, scriptedClassifier(script));
    await ready();
    await user.click(screen.getByRole('button', { name: 'Accept all (2): Colleagues' }));
    await user.click(screen.getByTestId('apply'));
    await user.click(await screen.findByTestId('cancel-run'));
    await act(async () => release());
    const summary = await screen.findByTestId('run-summary');
    // A stopped run is not "Done".
    expect(summary).toHaveTextContent('Stopped before the end');
    expect(summary).not.toHaveTextContent('Done');
    expect(within(summary).getByTestId('summary-skipped')).toHaveTextContent('2 contacts not sent yet, still ready');
    expect(services.contactsNow().filter((c) => c.categories.length > 0)).toEqual([]);
    expect(screen.getByTestId('pending-count')).toHaveTextContent('2 changes ready');
    expect(within(summary).getByTestId('retry')).toBeInTheDocument();
  });
});
