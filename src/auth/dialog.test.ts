import { send } from './dialog';

function fakeOffice(dialogOrigin: boolean) {
  const sent: unknown[][] = [];
  const office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => dialogOrigin && name === 'DialogOrigin' && version === '1.1',
      },
      ui: { messageParent: (...args: unknown[]) => sent.push(args) },
    },
  } as unknown as typeof Office;
  return { office, sent };
}

describe('the sign-in dialog hands its result to the pane', () => {
  it('pins the recipient to our origin where the host has DialogOrigin 1.1', () => {
    const { office, sent } = fakeOffice(true);
    send({ status: 'failure', code: 'user_cancelled' }, office, 'https://addin.example');
    expect(sent).toEqual([
      [JSON.stringify({ status: 'failure', code: 'user_cancelled' }), { targetOrigin: 'https://addin.example' }],
    ]);
  });

  it('makes the one-argument call on hosts without it, as the Outlook NAA sample does', () => {
    const { office, sent } = fakeOffice(false);
    send({ status: 'success', accessToken: 't' }, office, 'https://addin.example');
    expect(sent).toEqual([[JSON.stringify({ status: 'success', accessToken: 't' })]]);
  });
});
