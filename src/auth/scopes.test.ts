import { BASE_SCOPES, SIGNAL_SCOPES } from '../adapters/graph/auth';
import { dialogScopes } from './scopes';

describe('the sign-in dialog scopes', () => {
  const config = { mailboxSignals: 'off' as const };

  it('asks for the scopes the pane names when they are the product’s', () => {
    expect(dialogScopes('User.Read Contacts.ReadWrite Mail.ReadBasic', config)).toEqual([
      'User.Read',
      'Contacts.ReadWrite',
      'Mail.ReadBasic',
    ]);
  });

  it('asks for the product’s scopes when the query names none', () => {
    expect(dialogScopes(null, config)).toEqual([...BASE_SCOPES]);
    expect(dialogScopes('', { mailboxSignals: 'on' })).toEqual([...BASE_SCOPES, ...SIGNAL_SCOPES]);
  });

  it.each(['Mail.Send', 'User.Read Files.ReadWrite.All', 'Contacts.ReadWrite offline_access Mail.ReadWrite'])(
    'refuses a query that names a scope outside the product: %s',
    (query) => {
      expect(dialogScopes(query, config)).toBeUndefined();
    },
  );

  it('accepts only the configured scopes when the deployment sets them', () => {
    expect(dialogScopes('User.Read', { scopes: ['User.Read'] })).toEqual(['User.Read']);
    expect(dialogScopes('Contacts.ReadWrite', { scopes: ['User.Read'] })).toBeUndefined();
  });
});
