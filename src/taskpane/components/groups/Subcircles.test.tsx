import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { Mailbox, OwnerProfile } from '../../../core/model';
import { defaultSettings } from '../../../core/settings';
import { frenchSpacing } from '../../../core/text/typography';
import { contact, createFakeServices } from '../../testing/fakeServices';
import { renderWith, scriptedClassifier } from '../../testing/render';
import { MapView } from '../../views/MapView';
import { ReviewView } from '../../views/ReviewView';

// The owner left Vertigo Conseil; three of its people are in the address book, with a fourth contact elsewhere.
const profile: OwnerProfile = {
  employers: [{ name: 'Vertigo Conseil', domain: 'vertigo-conseil.fr' }],
  schools: [],
  trainings: [],
  clubs: [],
};
const mailbox: Mailbox = {
  owner: { displayName: 'Owner', mail: 'owner@acme.fr', profile },
  contacts: [
    contact('v1', 'Inès Roux', { emailAddresses: [{ address: 'ines.roux@vertigo-conseil.fr' }] }),
    contact('v2', 'Paul Henry', { companyName: 'VERTIGO CONSEIL' }),
    contact('v3', 'Léa Morel', { personalNotes: 'Ex-Vertigo Conseil' }),
    contact('x', 'Nora Blanc', { categories: ['Keep'] }),
  ],
  events: [],
  messages: [],
};
const former = { circle: 'former-colleagues' as const, confidence: 0.9 };
const classifier = () => scriptedClassifier({ v1: former, v2: former, v3: former, x: former });
// Two views, the engine and Louvain in one jsdom: slow on a busy machine, so every wait is generous.
jest.setTimeout(60_000);
const slow = { timeout: 15_000 };

const setup = (language: 'fr' | 'en' = 'en') =>
  createFakeServices(mailbox, { settings: defaultSettings(language, profile), language });

test('the map opens a circle into its named sub-circles, with counts, from the keyboard', async () => {
  const user = userEvent.setup();
  renderWith(<MapView />, setup(), classifier());
  const open = await screen.findByRole('button', { name: 'Sub-circles (1) · Former colleagues' }, slow);
  expect(open).toHaveAttribute('aria-expanded', 'false');
  open.focus();
  await user.keyboard('{Enter}');
  expect(open).toHaveAttribute('aria-expanded', 'true');
  const item = within(screen.getByTestId('subcircles')).getByTestId('subcircle');
  expect(item).toHaveTextContent('Former colleagues · Vertigo Conseil');
  expect(item).toHaveTextContent('3 people');
});

test('in French too', async () => {
  renderWith(<MapView />, setup('fr'), classifier(), 'fr');
  await userEvent.click(await screen.findByRole('button', { name: 'Sous-cercles (1) · Anciens collègues' }, slow));
  expect(screen.getByTestId('subcircle')).toHaveTextContent('Anciens collègues · Vertigo Conseil3 personnes');
});

/** The map and the review side by side, the former colleagues' sub-circles open. */
async function mapAndReview() {
  const user = userEvent.setup();
  renderWith(
    <>
      <MapView />
      <ReviewView />
    </>,
    setup(),
    classifier(),
  );
  await user.click(await screen.findByRole('button', { name: 'Sub-circles (1) · Former colleagues' }, slow));
  return { user, review: screen.getByTestId('view-review') };
}

test('a sub-circle filters the review to its people, until the filter is cleared', async () => {
  const { user, review } = await mapAndReview();
  await user.click(screen.getByRole('button', { name: /^Filter the views on Former colleagues · Vertigo Conseil/ }));
  await waitFor(() => expect(within(review).queryByText('Nora Blanc')).not.toBeInTheDocument(), slow);
  expect(within(review).getByText('Inès Roux')).toBeInTheDocument();
  expect(within(review).getByTestId('subcircle-filter')).toHaveTextContent(
    'Filtered on the sub-circle Former colleagues · Vertigo Conseil (3).',
  );
  within(review).getByRole('button', { name: 'Clear the filter' }).focus();
  await user.keyboard('{Enter}');
  expect(await within(review).findByText('Nora Blanc', {}, slow)).toBeInTheDocument();
  // The button left with the bar: the focus is on the view's heading, not the page, and the change is said.
  expect(document.activeElement).toBe(within(review).getByRole('heading', { level: 1 }));
  await waitFor(() =>
    expect(screen.getByTestId('announcer')).toHaveTextContent('Filter cleared: the views show everyone again.'),
  );
});

test('filtered on a group, the changes ready say how many the filter hides — Apply writes them too (review3 N23)', async () => {
  const { user, review } = await mapAndReview();
  await user.click(
    await within(review).findByRole('button', { name: 'Accept Former colleagues for Nora Blanc' }, slow),
  );
  await user.click(screen.getByRole('button', { name: /^Filter the views on Former colleagues · Vertigo Conseil/ }));
  await waitFor(() => expect(within(review).queryByText('Nora Blanc')).not.toBeInTheDocument(), slow);
  expect(within(review).getByTestId('pending-count')).toHaveTextContent('1 change ready, outside the filter');
  await user.click(within(review).getByRole('button', { name: 'Accept Former colleagues for Inès Roux' }));
  await waitFor(() =>
    expect(within(review).getByTestId('pending-count')).toHaveTextContent(
      '2 changes ready, 1 of them outside the filter',
    ),
  );
});

test('on the map, the filtering group’s button is pressed, and pressing it again clears the filter', async () => {
  const { user, review } = await mapAndReview();
  const toggle = screen.getByTestId('subcircle-filter-toggle');
  expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(toggle).toHaveTextContent('Views filtered');
  await waitFor(() => expect(within(review).queryByText('Nora Blanc')).not.toBeInTheDocument(), slow);
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(screen.getByTestId('subcircle-notice')).toHaveTextContent('Filter cleared: the views show everyone again.');
  expect(await within(review).findByText('Nora Blanc', {}, slow)).toBeInTheDocument();
});

// The map unmounts when the user goes to another view: back on it, the group that filters the views is in sight.
function MapOrReview() {
  const [view, setView] = useState<'map' | 'review'>('map');
  return (
    <>
      <button onClick={() => setView(view === 'map' ? 'review' : 'map')}>switch</button>
      {view === 'map' ? <MapView /> : <ReviewView />}
    </>
  );
}

test('back on the map, the group filtering the views has its list open, its button pressed', async () => {
  const user = userEvent.setup();
  renderWith(<MapOrReview />, setup(), classifier());
  await user.click(await screen.findByRole('button', { name: 'Sub-circles (1) · Former colleagues' }, slow));
  await user.click(screen.getByTestId('subcircle-filter-toggle'));
  await user.click(screen.getByRole('button', { name: 'switch' }));
  await screen.findByTestId('view-review', {}, slow);
  await user.click(screen.getByRole('button', { name: 'switch' }));
  const open = await screen.findByRole('button', { name: 'Sub-circles (1) · Former colleagues' }, slow);
  expect(open).toHaveAttribute('aria-expanded', 'true');
  expect(screen.getByTestId('subcircle-filter-toggle')).toHaveAttribute('aria-pressed', 'true');
});

test('a sub-circle is written as its own category, journaled, and undone', async () => {
  const user = userEvent.setup();
  const services = setup();
  renderWith(<MapView />, services, classifier());
  await user.click(await screen.findByRole('button', { name: 'Sub-circles (1) · Former colleagues' }, slow));
  await user.click(
    screen.getByRole('button', { name: 'Create the category “Circle · Former colleagues · Vertigo Conseil”' }),
  );
  expect(await screen.findByTestId('subcircle-notice', {}, slow)).toHaveTextContent(
    'Category “Circle · Former colleagues · Vertigo Conseil” set on 3 contacts.',
  );
  const categories = async () => new Map((await services.contacts.listContacts()).map((c) => [c.id, c.categories]));
  expect((await categories()).get('v1')).toEqual(['Circle · Former colleagues · Vertigo Conseil']);
  expect((await categories()).get('x')).toEqual(['Keep']);
  // Journaled as a sub-circle's run, so the journal and the undo notices say what it was.
  expect((await services.journal.list()).map((r) => [r.kind, r.origin])).toEqual([['apply', 'subcircle']]);
  // Written, the group says so rather than offering the same write again (which changed nothing and whose
  // notice replaced the first one's Undo with an Undo of a run never journaled).
  const carried = screen.getByTestId('subcircle-carried');
  expect(carried).toHaveTextContent('Category set');
  expect(carried).toHaveAttribute('aria-disabled', 'true');
  expect(carried).toHaveAccessibleName(
    'Category “Circle · Former colleagues · Vertigo Conseil” already set on all 3 people of the group',
  );
  expect(screen.queryByRole('button', { name: /^Create the category/ })).not.toBeInTheDocument();
  await user.click(
    screen.getByRole('button', { name: 'Undo: remove the category “Circle · Former colleagues · Vertigo Conseil”' }),
  );
  await waitFor(() => expect(screen.getByTestId('subcircle-notice')).toHaveTextContent('Category removed.'), slow);
  expect((await categories()).get('v1')).toEqual([]);
  expect((await categories()).get('x')).toEqual(['Keep']);
  // Undone, the offer comes back.
  expect(
    await screen.findByRole('button', { name: 'Create the category “Circle · Former colleagues · Vertigo Conseil”' }),
  ).toBeEnabled();
});

test('a group whose people all carry its category already says so, in French', async () => {
  const tagged = {
    ...mailbox,
    contacts: mailbox.contacts.map((c) =>
      c.id === 'x' ? c : { ...c, categories: ['Cercle · Anciens collègues · Vertigo Conseil'] },
    ),
  };
  renderWith(
    <MapView />,
    createFakeServices(tagged, { settings: defaultSettings('fr', profile), language: 'fr' }),
    classifier(),
    'fr',
  );
  await userEvent.click(await screen.findByRole('button', { name: 'Sous-cercles (1) · Anciens collègues' }, slow));
  expect(screen.getByTestId('subcircle-carried')).toHaveAccessibleName(
    frenchSpacing(
      'Catégorie « Cercle · Anciens collègues · Vertigo Conseil » déjà posée sur les 3 personnes du groupe',
    ),
  );
});

// Colleagues in three teams that meet every month; in the first, of eight, five meet every week too (and the
// other three as well): Louvain finds the eight and, nested, the five, both around the same person.
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const [eight, six, other] = [ids('a', 8), ids('b', 6), ids('c', 6)];
const names = ['Ada Roy', 'Ben Colin', 'Cléo Marin', 'Dan Petit', 'Eva Noël', 'Fanny Gros', 'Gus Martin', 'Hugo Blanc'];
const meet = (key: string, people: readonly string[], month: number, day: number) => ({
  id: `${key}-${month}-${day}`,
  subject: 'Point',
  start: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T10:00:00Z`,
  organizer: { address: 'owner@acme.fr' },
  attendees: people.map((x) => ({ address: `${x}@example.com` })),
});
const nestedMailbox: Mailbox = {
  owner: { displayName: 'Owner', mail: 'owner@acme.fr', profile },
  contacts: [...eight, ...six, ...other].map((id, i) => contact(id, names[i] ?? `Person ${id.toUpperCase()}`)),
  events: [
    ...Array.from({ length: 12 }, (_, m) => [
      meet('eight', eight, m + 1, 10),
      meet('six', six, m + 1, 10),
      meet('other', other, m + 1, 10),
      ...[0, 1, 2, 3].flatMap((w) => [
        meet('five', eight.slice(3), m + 1, 15 + w),
        meet('three', eight.slice(0, 3), m + 1, 11 + w),
      ]),
    ]).flat(),
    meet('across', ['a1', 'b1'], 6, 1),
    meet('across', ['b1', 'c1'], 6, 2),
  ],
  messages: [],
};

test('two groups around the same person get two names, and each writes its own category', async () => {
  const user = userEvent.setup();
  const colleague = { circle: 'colleagues' as const, confidence: 0.9 };
  const services = createFakeServices(nestedMailbox, { settings: defaultSettings('en', profile), language: 'en' });
  renderWith(
    <MapView />,
    services,
    scriptedClassifier(Object.fromEntries(nestedMailbox.contacts.map((c) => [c.id, colleague]))),
  );
  await user.click(await screen.findByRole('button', { name: /^Sub-circles \(\d+\) · Colleagues$/ }, slow));
  const titles = within(screen.getByTestId('subcircles'))
    .getAllByTestId('subcircle')
    .map((item) => item.firstElementChild!.firstElementChild!.textContent);
  expect(titles).toContain('Colleagues · around Dan Petit');
  expect(titles).toContain('Colleagues · around Dan Petit and Eva Noël');
  expect(new Set(titles).size).toBe(titles.length);
  const write = async (category: string) => {
    await user.click(screen.getByRole('button', { name: `Create the category “${category}”` }));
    expect(await screen.findByTestId('subcircle-notice', {}, slow)).toHaveTextContent(`Category “${category}” set`);
  };
  await write('Circle · Colleagues · around Dan Petit and Eva Noël');
  await write('Circle · Colleagues · around Dan Petit');
  const categories = new Map((await services.contacts.listContacts()).map((c) => [c.id, c.categories]));
  // The five have both categories; Ada Roy, of the eight only, has only theirs (one name for both groups had
  // put her in the five's category too).
  expect(categories.get('a5')).toEqual([
    'Circle · Colleagues · around Dan Petit and Eva Noël',
    'Circle · Colleagues · around Dan Petit',
  ]);
  expect(categories.get('a1')).toEqual(['Circle · Colleagues · around Dan Petit']);
});
