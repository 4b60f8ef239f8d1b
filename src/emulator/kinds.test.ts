import { requestKind } from '../adapters/graph/http';
import { kindOf } from './kinds';

// The emulator names requests on its own; its statistics are compared with the client's, so the names must agree.
describe('the emulator names requests as the Graph client does', () => {
  it.each([
    ['GET', '/me/contactFolders/AAMk%3D/contacts'],
    ['GET', '/me/contactFolders/AAMk/childFolders'],
    ['GET', '/me/contactFolders/AAMk/childFolders/BBMk/contacts'],
    ['GET', '/me/contacts/delta'],
    ['GET', '/me/contactFolders/AAMk/contacts/delta'],
    ['PATCH', '/me/contacts/AAMk'],
    ['POST', '/me/outlook/masterCategories'],
    ['DELETE', '/me/outlook/masterCategories/abc-123'],
    ['GET', '/me/messages/AAMk'],
    ['GET', '/me/events/AAMk'],
    ['POST', '/$batch'],
    ['GET', '/me'],
  ])('%s %s', (method, path) => {
    expect(kindOf(method.toLowerCase(), path)).toBe(requestKind(method, path, ''));
  });
});
