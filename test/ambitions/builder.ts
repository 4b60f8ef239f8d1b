/**
 * A small mailbox builder for the ambition tests: contacts with only the fields a test cares about,
 * and messages or events that give a contact a tie of a chosen strength.
 */
import type { CalendarEvent, Contact, Mailbox, MessageHeader } from '../../src/core/model';

export const OWNER = 'owner@example-owner.com';

export type ContactSpec = Partial<Omit<Contact, 'id' | 'emailAddresses'>> & { email?: string | string[] };

export class MailboxBuilder {
  private readonly contacts: Contact[] = [];
  private readonly messages: MessageHeader[] = [];
  private readonly events: CalendarEvent[] = [];
  private seq = 0;

  /** Adds a contact; the id is given so tests can name the expected order. */
  contact(id: string, spec: ContactSpec = {}): this {
    const { email, ...rest } = spec;
    const emails = (Array.isArray(email) ? email : [email ?? `${id}@personal-mail.test`]).map((address) => ({
      address,
    }));
    this.contacts.push({
      id,
      displayName: id,
      emailAddresses: emails,
      businessPhones: [],
      homePhones: [],
      categories: [],
      ...rest,
    });
    return this;
  }

  /** `received` messages from the contact and `sent` to it, the last on `last` (ISO date). */
  exchange(id: string, received: number, sent: number, last = '2026-10-01T09:00:00Z'): this {
    const c = this.contacts.find((x) => x.id === id);
    if (!c) throw new Error(`no contact ${id}`);
    const address = c.emailAddresses[0]!.address;
    for (let i = 0; i < received; i++)
      this.messages.push({
        id: `m${this.seq++}`,
        subject: 'Re: hello',
        sentDateTime: last,
        from: { address },
        toRecipients: [{ address: OWNER }],
        ccRecipients: [],
      });
    for (let i = 0; i < sent; i++)
      this.messages.push({
        id: `m${this.seq++}`,
        subject: 'Hello',
        sentDateTime: last,
        from: { address: OWNER },
        toRecipients: [{ address }],
        ccRecipients: [],
      });
    return this;
  }

  meeting(ids: string[], start = '2026-10-01T09:00:00Z'): this {
    const attendees = ids.map((id) => ({
      address: this.contacts.find((x) => x.id === id)!.emailAddresses[0]!.address,
    }));
    this.events.push({ id: `e${this.seq++}`, subject: 'Meeting', start, attendees });
    return this;
  }

  build(): Mailbox {
    return {
      owner: { displayName: 'Owner', mail: OWNER, profile: { employers: [], schools: [], trainings: [], clubs: [] } },
      contacts: [...this.contacts],
      messages: [...this.messages],
      events: [...this.events],
    };
  }
}
