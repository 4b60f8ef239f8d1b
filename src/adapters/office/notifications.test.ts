import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkNotification, strictNotificationMessages, type BarCall } from './testing/notificationBar';
import { installOffice, OfficeMockObject } from './testing/office-mock';
import { createItemNotifier, fitNotification, MAX_NOTIFICATION_LENGTH } from './notifications';

function officeWithItem(fail?: string) {
  const calls: BarCall[] = [];
  const answer = (cb?: (r: unknown) => void) =>
    cb?.(fail ? { status: 'failed', error: { message: fail } } : { status: 'succeeded', value: undefined });
  const office = new OfficeMockObject({
    host: 'outlook',
    context: { mailbox: {} },
  }) as unknown as {
    context: { mailbox: { item: unknown } };
  };
  office.context.mailbox.item = { notificationMessages: strictNotificationMessages(calls, answer) };
  return { office, calls };
}

describe('the test notification bar, as strict as Outlook', () => {
  it.each([
    ['a key over 32 characters', 'k'.repeat(33), { type: 'progressIndicator', message: 'x' }],
    ['a message over 150 characters', 'k', { type: 'errorMessage', message: 'x'.repeat(151) }],
    ['an informational message without an icon', 'k', { type: 'informationalMessage', message: 'x' }],
    ['an icon on a progress message', 'k', { type: 'progressIndicator', message: 'x', icon: 'Categorise.16' }],
    ['persistent on an error message', 'k', { type: 'errorMessage', message: 'x', persistent: false }],
  ])('refuses %s', (_label, key, details) => {
    expect(() => checkNotification(key, details)).toThrow();
  });
});

describe('createItemNotifier', () => {
  it('names as its informational icon an image of the manifest, on the message read surface', () => {
    const manifest = readFileSync(join(__dirname, '..', '..', '..', 'manifest.xml'), 'utf8');
    const ids = [...manifest.matchAll(/<bt:Image id="([^"]+)"/g)].map((m) => m[1]);
    const calls: BarCall[] = [];
    const bar = strictNotificationMessages(calls);
    const office = new OfficeMockObject({ host: 'outlook', context: { mailbox: {} } }) as unknown as {
      context: { mailbox: { item: unknown } };
    };
    office.context.mailbox.item = { notificationMessages: bar };
    const remove = installOffice(office);
    return createItemNotifier()
      .info('x'.repeat(400))
      .then(() => {
        remove();
        expect(ids).toContain(calls[0]?.details?.icon);
        expect(String(calls[0]?.details?.message)).toHaveLength(150);
      });
  });

  let uninstall = () => {};
  afterEach(() => uninstall());

  it('replaces one keyed message: progress, then information with an icon, then removal', async () => {
    const { office, calls } = officeWithItem();
    uninstall = installOffice(office);
    const n = createItemNotifier('k');
    await n.progress('Working');
    await n.info('Done');
    await n.error('Oops');
    await n.clear();
    expect(calls).toEqual([
      {
        op: 'replace',
        key: 'k',
        details: { type: 'progressIndicator', message: 'Working' },
      },
      {
        op: 'replace',
        key: 'k',
        details: {
          type: 'informationalMessage',
          message: 'Done',
          icon: 'Categorise.16',
          persistent: false,
        },
      },
      {
        op: 'replace',
        key: 'k',
        details: { type: 'errorMessage', message: 'Oops' },
      },
      { op: 'remove', key: 'k' },
    ]);
  });

  it('rejects when Outlook refuses the message', async () => {
    const { office } = officeWithItem('Too many');
    uninstall = installOffice(office);
    await expect(createItemNotifier().info('x')).rejects.toThrow('Too many');
  });

  it('does nothing when no item is selected', async () => {
    uninstall = installOffice(
      new OfficeMockObject({
        host: 'outlook',
        context: { mailbox: { item: undefined } },
      }),
    );
    await expect(createItemNotifier().progress('x')).resolves.toBeUndefined();
  });
});

describe('fitNotification', () => {
  it('keeps short messages and shortens long ones to the 150 characters Outlook accepts', () => {
    expect(fitNotification('short')).toBe('short');
    const long = fitNotification('x'.repeat(400));
    expect(long).toHaveLength(MAX_NOTIFICATION_LENGTH);
    expect(long.endsWith('…')).toBe(true);
  });
});
