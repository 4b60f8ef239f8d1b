/**
 * "Reset this browser's data" inside Outlook: the mailbox's IndexedDB stores are emptied (journal, settings,
 * corrections, delta links and cached contacts), and so is MSAL's cached sign-in of the fallback dialog (same
 * origin, localStorage), which would otherwise outlive the reset.
 */

/** MSAL's cache entries: its own "msal." keys and the credential keys named after the sign-in host. */
const isMsalKey = (key: string): boolean =>
  key.startsWith('msal.') || /-(login\.windows\.net|login\.microsoftonline\.[a-z.]+|login\.live\.com)-/.test(key);

function clearMsal(storage: Storage | undefined): void {
  if (!storage) return;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null && isMsalKey(key)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}

/** The stores' reset, then the cached sign-in. */
export const resetWithSignIn = (clearStores: () => Promise<void>) => async (): Promise<void> => {
  await clearStores();
  clearMsal(globalThis.localStorage);
  clearMsal(globalThis.sessionStorage);
};
