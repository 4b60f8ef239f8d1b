/**
 * Progress and outcome messages in the item's notification bar: the only UI a function command has.
 * One key is reused so each message replaces the previous one instead of stacking up.
 */
import { officeAsync } from './async';

/** What the command tells the user while and after it works. Tests pass a recording fake. */
export type Notifier = {
  progress(message: string): Promise<void>;
  info(message: string): Promise<void>;
  error(message: string): Promise<void>;
  clear(): Promise<void>;
};

// Outlook rejects notification messages longer than 150 characters.
export const MAX_NOTIFICATION_LENGTH = 150;

export const fitNotification = (message: string): string =>
  message.length <= MAX_NOTIFICATION_LENGTH ? message : `${message.slice(0, MAX_NOTIFICATION_LENGTH - 1)}…`;

// The run-time values of Office.MailboxEnums.ItemNotificationMessageType, usable where the enum object is
// absent (office-addin-mock).
const TYPE = {
  progress: 'progressIndicator',
  info: 'informationalMessage',
  error: 'errorMessage',
} as const;

type Item = { notificationMessages: Office.NotificationMessages };

function currentItem(): Item | null {
  if (typeof Office === 'undefined') return null;
  const item = Office.context?.mailbox?.item as unknown as Partial<Item> | null | undefined;
  return item?.notificationMessages ? (item as Item) : null;
}

/**
 * A notifier over `Office.context.mailbox.item.notificationMessages`. Without an item (nothing selected)
 * it does nothing: a missing notification must never make the command fail.
 */
export function createItemNotifier(key = 'circles-command'): Notifier {
  const replace = (type: (typeof TYPE)[keyof typeof TYPE], message: string): Promise<void> => {
    const item = currentItem();
    if (!item) return Promise.resolve();
    const details = {
      type: type as Office.MailboxEnums.ItemNotificationMessageType,
      message: fitNotification(message),
      // Informational messages need an icon (a bt:Image id of manifest.xml); the other types must not set one.
      ...(type === TYPE.info ? { icon: 'Categorise.16', persistent: false } : {}),
    } as Office.NotificationMessageDetails;
    return officeAsync<void>((cb) => item.notificationMessages.replaceAsync(key, details, cb));
  };
  return {
    progress: (m) => replace(TYPE.progress, m),
    info: (m) => replace(TYPE.info, m),
    error: (m) => replace(TYPE.error, m),
    clear: () => {
      const item = currentItem();
      if (!item) return Promise.resolve();
      return officeAsync<void>((cb) => item.notificationMessages.removeAsync(key, cb));
    },
  };
}
