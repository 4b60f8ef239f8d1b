/**
 * "Add to my contacts in this circle" against the Graph emulator over HTTP: the contact is created with
 * the circle's category (whose master category exists), and adding the same person again — even from a
 * fresh pane that has not seen the first add — creates no duplicate.
 */
import { createGraphServices } from '../../src/adapters/graph';
import { categoryNameFor, circleCategorySpecs } from '../../src/core/changes';
import { defaultTaxonomy } from '../../src/core/circles';
import { createContactAdder, type MessagePersonEntry } from '../../src/core/people';
import { okTokens, startEmulator, type Running } from './helpers';

const clients = defaultTaxonomy.find((c) => c.id === 'clients')!;
const spec = { displayName: categoryNameFor(clients, 'Cercle · ', 'fr'), color: clients.color };
const person: MessagePersonEntry = { name: 'Zoé Nouvelle', address: 'zoe.nouvelle@prospect.fr', role: 'from' };

describe('adding a person of the message to the contacts', () => {
  let running: Running;
  beforeEach(async () => {
    running = await startEmulator();
  });
  afterEach(() => running.close());

  /** A fresh adder, as a newly opened pane would have: it knows only what the server says. */
  function adder() {
    const graph = createGraphServices({ baseUrl: running.url, tokens: okTokens, sleep: async () => undefined });
    return createContactAdder({
      findByAddress: (address) => graph.creator.findContactByEmail(address),
      ensureCategory: async (s) => void (await graph.categories.ensureCategories([s])),
      create: (draft) => graph.creator.createContact(draft),
    });
  }

  const zoes = () =>
    running.emulator
      .contacts()
      .filter((c) =>
        (c.emailAddresses as { address: string }[]).some((e) => e.address.toLowerCase() === person.address),
      );

  it('creates the contact with its name, address and circle category, and the master category', async () => {
    const result = await adder()(person, spec);
    expect(result.status).toBe('created');
    const [created] = zoes();
    expect(created).toMatchObject({
      displayName: 'Zoé Nouvelle',
      givenName: 'Zoé',
      surname: 'Nouvelle',
      categories: ['Cercle · Clients & partenaires'],
    });
    expect(running.emulator.masterCategories()).toContainEqual(
      expect.objectContaining({ displayName: spec.displayName, color: clients.color }),
    );
  });

  it('creates no duplicate when the same person is added twice, whatever the address case', async () => {
    await adder()(person, spec);
    const again = await adder()({ ...person, address: 'Zoe.Nouvelle@Prospect.fr' }, spec);
    expect(again.status).toBe('existing');
    expect(zoes()).toHaveLength(1);
  });

  it('creates no duplicate on a double click', async () => {
    const add = adder();
    const results = await Promise.all([add(person, spec), add(person, spec)]);
    expect(results.map((r) => r.status).sort()).toEqual(['created', 'existing']);
    expect(zoes()).toHaveLength(1);
  });

  it('does not create the master category twice when it already exists', async () => {
    const specs = circleCategorySpecs(defaultTaxonomy, 'Cercle · ', 'fr');
    await adder()(person, spec);
    await adder()({ name: 'Yves', address: 'yves@prospect.fr', role: 'cc' }, spec);
    const named = running.emulator.masterCategories().filter((c) => c.displayName === spec.displayName);
    expect(named).toHaveLength(1);
    expect(specs.map((s) => s.displayName)).toContain(spec.displayName);
  });
});
