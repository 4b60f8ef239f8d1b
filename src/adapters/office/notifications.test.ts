import { installOffice, OfficeMockObject } from './testing/office-mock';
import { createItemNotifier, fitNotification, MAX_NOTIFICATION_LENGTH } from './notifications';

type Call = { op: string; key: string; details?: Record<string, unknown> };

function officeWithItem(fail?: string) {
  const calls: Call[] = [];
  const answer = (cb?: (r: unknown) => void) =>
    cb?.(fail ? { status: 'failed', error: { message: fail } } : { status: 'succeeded', value: undefined });
  const office = new OfficeMockObject({
    host: 'outlook',
    context: { mailbox: {} },
  }) as unknown as {
    context: { mailbox: { item: unknown } };
  };
  office.context.mailbox.item = {
    notificationMessages: {
      replaceAsync: (key: string, details: Record<string, unknown>, cb?: (r: unknown) => void) => {
        calls.push({ op: 'replace', key, details });
        answer(cb);
      },
      removeAsync: (key: string, cb?: (r: unknown) => void) => {
        calls.push({ op: 'remove', key });
        answer(cb);
      },
    },
  };
  return { office, calls };
}

describe('createItemNotifier', () => {
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
