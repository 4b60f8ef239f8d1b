/** To Do reminders through the Graph adapter against the emulator's documented shapes. */
import { generateMailbox } from '../../src/emulator/generate';
import { graphFor, startEmulator, type Running } from './graph-helpers';

describe('To Do reminders (Graph adapter ⇄ emulator)', () => {
  let run: Running;
  beforeAll(async () => {
    run = await startEmulator({ mailbox: generateMailbox({ contacts: 5, seed: 1 }) });
  });
  afterAll(() => run.close());

  it('creates a task in the default list, with its note and due date, and reuses the list id', async () => {
    const { services } = graphFor(run.url);
    const first = await services.reminders.createReminder({
      title: 'Get back in touch with Ana',
      note: 'Clients — 4 messages in 2024.',
      due: '2026-12-08',
    });
    await services.reminders.createReminder({ title: 'Get back in touch with Bo', note: '…', due: '2026-12-09' });
    const auth = { headers: { Authorization: 'Bearer test' } };
    const res = await fetch(`${run.url}/me/todo/lists`, auth);
    const lists = (await res.json()) as { value: { id: string; wellknownListName: string }[] };
    const list = lists.value.find((l) => l.wellknownListName === 'defaultList')!;
    const tasks = (await (
      await fetch(`${run.url}/me/todo/lists/${encodeURIComponent(list.id)}/tasks`, auth)
    ).json()) as {
      value: {
        id: string;
        title: string;
        status: string;
        body: { content: string };
        dueDateTime: { dateTime: string; timeZone: string };
      }[];
    };
    expect(tasks.value).toHaveLength(2);
    expect(tasks.value[0]).toMatchObject({
      id: first.id,
      title: 'Get back in touch with Ana',
      status: 'notStarted',
      body: { content: 'Clients — 4 messages in 2024.' },
      dueDateTime: { dateTime: '2026-12-08T09:00:00', timeZone: 'UTC' },
    });
    // One look-up of the list for both tasks.
    const kinds = Object.entries(services.stats().byKind);
    expect(kinds.filter(([k]) => k.startsWith('GET')).reduce((n, [, v]) => n + v, 0)).toBe(1);
    expect(kinds.filter(([k]) => k.startsWith('POST')).reduce((n, [, v]) => n + v, 0)).toBe(2);
  });

  it('answers 400 to a task without a title, as Graph does', async () => {
    const { services } = graphFor(run.url);
    await expect(services.reminders.createReminder({ title: ' ', note: '', due: '2026-12-08' })).rejects.toThrow(/400/);
  });
});
