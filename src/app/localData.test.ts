/**
 * @jest-environment jsdom
 */
import { resetWithSignIn } from './localData';

describe('resetting this browser’s data inside Outlook', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('empties the stores, then removes MSAL’s cached sign-in and nothing else', async () => {
    localStorage.setItem('msal.account.keys', '["x"]');
    localStorage.setItem('uid.tid-login.windows.net-accesstoken-client-tid-user.read', '{}');
    localStorage.setItem('uid.tid-login.microsoftonline.com-idtoken-client-tid-', '{}');
    sessionStorage.setItem('msal.interaction.status', 'x');
    localStorage.setItem('another-app', 'kept');
    const clearStores = jest.fn(async () => undefined);
    await resetWithSignIn(clearStores)();
    expect(clearStores).toHaveBeenCalledTimes(1);
    expect(Object.keys(localStorage)).toEqual(['another-app']);
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps the sign-in when emptying the stores failed', async () => {
    localStorage.setItem('msal.account.keys', '["x"]');
    await expect(resetWithSignIn(async () => Promise.reject(new Error('blocked')))()).rejects.toThrow('blocked');
    expect(localStorage.getItem('msal.account.keys')).toBe('["x"]');
  });
});
