/** @jest-environment jsdom */
import type { MessageHeader } from '../../core/model';
import type { MessageDraft } from './types';
import { createDemoHost, DEMO_DRAFT_EVENT } from './demo';

const messages: MessageHeader[] = [
  {
    id: 'old',
    subject: 'Old',
    sentDateTime: '2024-01-01T10:00:00Z',
    from: { name: 'Ann', address: 'ann@a.com' },
    toRecipients: [{ address: 'me@me.com' }],
    ccRecipients: [],
  },
  {
    id: 'new',
    subject: 'New',
    sentDateTime: '2025-06-01T10:00:00Z',
    from: { address: 'me@me.com' },
    toRecipients: [{ name: 'Bob', address: 'bob@b.com' }],
    ccRecipients: [{ name: 'Ann', address: 'ANN@a.com' }],
  },
  // Only the user in it: nothing to show, so it is not offered.
  {
    id: 'self',
    subject: 'Note to self',
    from: { address: 'me@me.com' },
    toRecipients: [{ address: 'Me@me.com' }],
    ccRecipients: [],
  },
];

describe('createDemoHost', () => {
  afterEach(() => {
    delete window.__circlesDrafts;
  });

  it('opens on the most recent sample message with people other than the user', async () => {
    const host = createDemoHost({
      messages,
      ownerMail: 'me@me.com',
      language: 'fr-FR',
    });
    expect(host.kind).toBe('demo');
    expect(host.listMessages().map((m) => m.id)).toEqual(['new', 'old']);
    await expect(host.currentMessage()).resolves.toEqual({
      id: 'new',
      subject: 'New',
      people: [
        { name: 'Bob', address: 'bob@b.com', role: 'to' },
        { name: 'Ann', address: 'ANN@a.com', role: 'cc' },
      ],
    });
    expect(host.displayLanguage()).toBe('fr-FR');
  });

  it('fires ItemChanged when another message is picked, and the current message follows', async () => {
    const host = createDemoHost({ messages, ownerMail: 'me@me.com' });
    const changed = jest.fn();
    const stop = host.onItemChanged(changed);
    host.pickMessage('old');
    expect(changed).toHaveBeenCalledTimes(1);
    await expect(host.currentMessage()).resolves.toMatchObject({ id: 'old' });
    stop();
    host.pickMessage('new');
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('refuses to pick a message that does not exist', () => {
    const host = createDemoHost({ messages, ownerMail: 'me@me.com' });
    expect(() => host.pickMessage('nope')).toThrow('nope');
  });

  it('has no open message when the sample mailbox has none', async () => {
    const host = createDemoHost({ messages: [], ownerMail: 'me@me.com' });
    await expect(host.currentMessage()).resolves.toBeNull();
  });

  it('records each draft on window and announces it with an event', () => {
    const host = createDemoHost({ messages, ownerMail: 'me@me.com' });
    const heard: MessageDraft[] = [];
    const listener = (e: Event) => heard.push((e as CustomEvent<MessageDraft>).detail);
    window.addEventListener(DEMO_DRAFT_EVENT, listener);
    const draft = {
      to: [{ name: 'Bob', address: 'bob@b.com' }],
      subject: 'Hello',
      htmlBody: '<p>Hi</p>',
    };
    host.displayNewMessageForm(draft);
    window.removeEventListener(DEMO_DRAFT_EVENT, listener);
    expect(window.__circlesDrafts).toEqual([draft]);
    expect(heard).toEqual([draft]);
    expect(host.drafts()).toEqual([draft]);
  });
});
