import { OfficeMockObject } from './testing/office-mock';
import { createOutlookHost, detectHost, officeThemeKind, readCurrentMessage } from './host';

type Handler = () => void;

// office-addin-mock turns nested objects into mocks (and cannot hold a null one), so the item is built
// separately, in Outlook mode where properties need no load().
const itemMock = (item: Record<string, unknown>) =>
  new OfficeMockObject(item, 'outlook' as unknown as ConstructorParameters<typeof OfficeMockObject>[1]);

/** An Outlook read-mode item as office-addin-mock plays it; `handlers` records addHandlerAsync calls. */
function outlookMock(item: Record<string, unknown> | null, extra: Record<string, unknown> = {}) {
  const handlers: { type: unknown; handler: Handler }[] = [];
  const shown: unknown[] = [];
  const data = {
    host: 'outlook',
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    onReady: async () => ({ host: 'Outlook', platform: 'OfficeOnline' }),
    context: {
      displayLanguage: 'fr-FR',
      officeTheme: { bodyBackgroundColor: '#ffffff' },
      mailbox: {
        userProfile: { emailAddress: 'Me@Example.com', displayName: 'Me' },
        addHandlerAsync(type: unknown, handler: Handler, cb?: (r: unknown) => void) {
          handlers.push({ type, handler });
          cb?.({ status: 'succeeded', value: undefined });
        },
        displayNewMessageForm(params: unknown) {
          shown.push(params);
        },
      },
      ...extra,
    },
  };
  const mock = new OfficeMockObject(data) as unknown as {
    context: { mailbox: Record<string, unknown> };
  };
  mock.context.mailbox.item = item === null ? null : itemMock(item);
  (globalThis as unknown as { Office: unknown }).Office = mock;
  return { mock, handlers, shown };
}

const readItem = {
  itemType: 'message',
  itemId: 'AAMk-1',
  subject: 'Devis salon',
  from: { displayName: 'Alice Martin', emailAddress: 'alice@acme.fr' },
  to: [
    { displayName: 'Me', emailAddress: 'me@example.com' },
    { displayName: 'bob@beta.io', emailAddress: 'bob@beta.io' },
  ],
  cc: [
    { displayName: 'Alice again', emailAddress: 'ALICE@acme.fr' },
    { displayName: 'Chloé', emailAddress: 'chloe@gamma.org' },
  ],
};

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('readCurrentMessage', () => {
  it('lists the sender then the recipients of a read-mode message, without the user and without repeats', async () => {
    outlookMock(readItem);
    await expect(readCurrentMessage()).resolves.toEqual({
      id: 'AAMk-1',
      subject: 'Devis salon',
      people: [
        { name: 'Alice Martin', address: 'alice@acme.fr', role: 'from' },
        { address: 'bob@beta.io', role: 'to' },
        { name: 'Chloé', address: 'chloe@gamma.org', role: 'cc' },
      ],
    });
  });

  it('reads compose-mode recipients through getAsync', async () => {
    const getAsync = (value: unknown) => (cb: (r: unknown) => void) => cb({ status: 'succeeded', value });
    outlookMock({
      itemType: 'message',
      subject: { getAsync: getAsync('Draft') },
      from: {
        getAsync: getAsync({
          displayName: 'Me',
          emailAddress: 'me@example.com',
        }),
      },
      to: {
        getAsync: getAsync([{ displayName: 'Dan', emailAddress: 'dan@delta.com' }]),
      },
      cc: { getAsync: getAsync([]) },
    });
    await expect(readCurrentMessage()).resolves.toEqual({
      subject: 'Draft',
      people: [{ name: 'Dan', address: 'dan@delta.com', role: 'to' }],
    });
  });

  it('rejects when Outlook fails to give the recipients', async () => {
    const fail = (cb: (r: unknown) => void) => cb({ status: 'failed', error: { message: 'Item gone', code: 9030 } });
    outlookMock({
      itemType: 'message',
      subject: 's',
      to: { getAsync: fail },
      cc: [],
    });
    await expect(readCurrentMessage()).rejects.toThrow('Item gone');
  });

  it('answers null when the pane is not next to a message', async () => {
    outlookMock(null);
    await expect(readCurrentMessage()).resolves.toBeNull();
  });

  it('answers null for an appointment', async () => {
    outlookMock({ ...readItem, itemType: 'appointment' });
    await expect(readCurrentMessage()).resolves.toBeNull();
  });
});

describe('createOutlookHost', () => {
  it('calls every subscriber when Outlook fires ItemChanged, and no longer after unsubscribing', async () => {
    const { handlers } = outlookMock(readItem);
    const host = createOutlookHost();
    const first = jest.fn();
    const second = jest.fn();
    const stopFirst = host.onItemChanged(first);
    host.onItemChanged(second);
    await Promise.resolve();
    // One Office handler serves every subscriber.
    expect(handlers).toHaveLength(1);
    expect(handlers[0]!.type).toBe('olkItemSelectedChanged');
    handlers[0]!.handler();
    stopFirst();
    handlers[0]!.handler();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
  });

  it('reads the new item after ItemChanged', async () => {
    const { handlers, mock } = outlookMock(readItem);
    const host = createOutlookHost();
    const seen: (string | undefined)[] = [];
    host.onItemChanged(() => {
      void host.currentMessage().then((m) => seen.push(m?.people[0]?.address));
    });
    mock.context.mailbox.item = itemMock({
      ...readItem,
      itemId: 'AAMk-2',
      from: { displayName: 'Eve', emailAddress: 'eve@epsilon.de' },
    });
    handlers[0]!.handler();
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['eve@epsilon.de']);
  });

  it('opens a new-message form with the draft recipients, subject and body', () => {
    const { shown } = outlookMock(readItem);
    createOutlookHost().displayNewMessageForm({
      to: [{ name: 'Alice Martin', address: 'alice@acme.fr' }],
      subject: 'Bonjour',
      htmlBody: '<p>Hi</p>',
    });
    expect(shown).toEqual([
      {
        toRecipients: [{ displayName: 'Alice Martin', emailAddress: 'alice@acme.fr' }],
        subject: 'Bonjour',
        htmlBody: '<p>Hi</p>',
      },
    ]);
  });

  it('reports the display language and the theme', () => {
    outlookMock(readItem, { officeTheme: { bodyBackgroundColor: '#1f1f1f' } });
    const host = createOutlookHost();
    expect(host.displayLanguage()).toBe('fr-FR');
    expect(host.theme()).toBe('dark');
  });
});

describe('officeThemeKind', () => {
  it.each([
    ['#ffffff', 'light'],
    ['#F3F2F1', 'light'],
    ['#262626', 'dark'],
    ['not a colour', 'light'],
  ])('reads %s as %s', (bodyBackgroundColor, expected) => {
    outlookMock(readItem, { officeTheme: { bodyBackgroundColor } });
    expect(officeThemeKind()).toBe(expected);
  });
});

describe('detectHost', () => {
  it('answers none when office.js is not loaded', async () => {
    await expect(detectHost()).resolves.toBe('none');
  });

  it('answers outlook inside Outlook', async () => {
    outlookMock(readItem);
    await expect(detectHost()).resolves.toBe('outlook');
  });

  it('answers none when Office is ready outside any host', async () => {
    (globalThis as unknown as { Office: unknown }).Office = {
      onReady: async () => ({ host: null, platform: null }),
    };
    await expect(detectHost()).resolves.toBe('none');
  });

  it('answers none when office.js never becomes ready within the timeout', async () => {
    (globalThis as unknown as { Office: unknown }).Office = {
      onReady: () => new Promise(() => {}),
    };
    await expect(detectHost({ timeoutMs: 10 })).resolves.toBe('none');
  });
});
