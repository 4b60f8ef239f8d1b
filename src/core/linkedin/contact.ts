/** A LinkedIn connection as a Circles contact (for a file read on its own) and as a draft to create in Outlook. */
import type { Contact } from '../model';
import type { Connection } from './types';

/** The connection's name as people write it: given name then surname. */
export const connectionName = (c: Connection): string =>
  [c.givenName, c.surname].filter((p): p is string => !!p).join(' ');

/** A contact read from a LinkedIn export: id `linkedin-<line>`, so the same file always gives the same ids. */
export function contactOfConnection(c: Connection): Contact {
  const contact: Contact = {
    id: `linkedin-${c.line}`,
    displayName: connectionName(c) || c.email || '',
    emailAddresses: c.email ? [{ address: c.email }] : [],
    businessPhones: [],
    homePhones: [],
    categories: [],
  };
  return {
    ...contact,
    ...(c.givenName ? { givenName: c.givenName } : {}),
    ...(c.surname ? { surname: c.surname } : {}),
    ...(c.company ? { companyName: c.company } : {}),
    ...(c.position ? { jobTitle: c.position } : {}),
    ...(c.url ? { businessHomePage: c.url } : {}),
  };
}
