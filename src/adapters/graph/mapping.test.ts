import { contactFromGraph, mailboxFromJson } from './mapping';

describe('Graph mapping', () => {
  it('maps a Graph contact with nulls, empty lists and empty addresses to a clean Contact', () => {
    const c = contactFromGraph({
      id: 'AAMk1=',
      '@odata.etag': 'W/"abc"',
      displayName: 'Alex Wilber',
      emailAddresses: [{ name: 'Alex', address: 'alex@contoso.com' }, { address: '' }],
      companyName: null,
      businessPhones: [],
      homeAddress: {},
      categories: ['Red category'],
    });
    expect(c).toEqual({
      id: 'AAMk1=',
      etag: 'W/"abc"',
      displayName: 'Alex Wilber',
      emailAddresses: [{ name: 'Alex', address: 'alex@contoso.com' }],
      businessPhones: [],
      homePhones: [],
      imAddresses: [],
      categories: ['Red category'],
      children: [],
    });
  });

  it('rejects a document that is not a circles mailbox with a clear message', () => {
    expect(() => mailboxFromJson({ format: 'other' })).toThrow(/Not a circles-mailbox\/1 document/);
    expect(() => mailboxFromJson([])).toThrow(/expected a JSON object/);
  });

  it('reads message recipients and event attendees through emailAddress', () => {
    const m = mailboxFromJson({
      format: 'circles-mailbox/1',
      owner: { mail: 'me@x.com' },
      contacts: [],
      messages: [
        {
          id: 'm1',
          subject: 'Hi',
          from: { emailAddress: { address: 'a@x.com' } },
          toRecipients: [{ emailAddress: { address: 'b@x.com' } }],
        },
      ],
      events: [
        {
          id: 'e1',
          subject: 'Forum',
          start: { dateTime: '2024-01-01T10:00:00', timeZone: 'UTC' },
          location: { displayName: 'Lyon' },
          attendees: [{ type: 'required', emailAddress: { address: 'c@x.com' } }],
        },
      ],
    });
    expect(m.messages[0]).toEqual({
      id: 'm1',
      subject: 'Hi',
      from: { address: 'a@x.com' },
      toRecipients: [{ address: 'b@x.com' }],
      ccRecipients: [],
    });
    expect(m.events[0]).toMatchObject({
      start: '2024-01-01T10:00:00',
      location: 'Lyon',
      attendees: [{ address: 'c@x.com' }],
    });
  });
});
