import type { DemoHost } from '../adapters/office/demo';
import type { OpenMessage } from './services';
import { deferredDemoHost } from './demoHost';

function fakeDemoHost(message: OpenMessage): DemoHost & { fire(): void } {
  const callbacks = new Set<() => void>();
  return {
    kind: 'demo',
    currentMessage: async () => message,
    onItemChanged: (cb) => {
      callbacks.add(cb);
      return () => callbacks.delete(cb);
    },
    displayNewMessageForm: () => undefined,
    displayLanguage: () => 'fr-FR',
    theme: () => 'light',
    listMessages: () => [message],
    pickMessage: () => undefined,
    drafts: () => [],
    fire: () => callbacks.forEach((cb) => cb()),
  };
}

const message: OpenMessage = { id: 'm1', subject: 'Devis', people: [] };

describe('the deferred demo host', () => {
  test('answers at once, then serves the open message once the sample messages are read', async () => {
    let resolve!: (h: DemoHost) => void;
    const host = deferredDemoHost(() => new Promise((r) => (resolve = r)), 'fr-FR');
    expect(host.displayLanguage()).toBe('fr-FR');
    expect(host.listMessages()).toEqual([]);
    const current = host.currentMessage();
    resolve(fakeDemoHost(message));
    await expect(current).resolves.toEqual(message);
    expect(host.listMessages()).toEqual([message]);
  });

  test('tells early listeners when the messages arrive, and forwards later changes', async () => {
    let resolve!: (h: DemoHost) => void;
    const host = deferredDemoHost(() => new Promise((r) => (resolve = r)), 'en-US');
    const heard: string[] = [];
    host.onItemChanged(() => heard.push('changed'));
    const inner = fakeDemoHost(message);
    resolve(inner);
    await host.currentMessage();
    expect(heard).toEqual(['changed']);
    inner.fire();
    expect(heard).toEqual(['changed', 'changed']);
  });

  test('an unsubscribed early listener hears nothing', async () => {
    let resolve!: (h: DemoHost) => void;
    const host = deferredDemoHost(() => new Promise((r) => (resolve = r)), 'en-US');
    const heard: string[] = [];
    const off = host.onItemChanged(() => heard.push('changed'));
    off();
    const inner = fakeDemoHost(message);
    resolve(inner);
    await host.currentMessage();
    inner.fire();
    expect(heard).toEqual([]);
  });

  test('reads the messages when first asked for, once', async () => {
    const load = jest.fn(async () => fakeDemoHost(message));
    const host = deferredDemoHost(load, 'fr-FR');
    expect(host.displayLanguage()).toBe('fr-FR');
    expect(host.theme()).toBe('light');
    expect(load).not.toHaveBeenCalled();
    const off = host.onItemChanged(() => undefined);
    await expect(host.currentMessage()).resolves.toEqual(message);
    off();
    expect(host.listMessages()).toEqual([message]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('the picker asking for the list starts the read, and hears when it is there', async () => {
    let resolve!: (h: DemoHost) => void;
    const load = jest.fn(() => new Promise<DemoHost>((r) => (resolve = r)));
    const host = deferredDemoHost(load, 'en-US');
    expect(host.listMessages()).toEqual([]);
    expect(load).toHaveBeenCalledTimes(1);
    resolve(fakeDemoHost(message));
    await host.currentMessage();
    expect(host.listMessages()).toEqual([message]);
  });

  test('when the messages cannot be read there is simply no open message', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const host = deferredDemoHost(() => Promise.reject(new Error('offline')), 'en-US');
    await expect(host.currentMessage()).resolves.toBeNull();
    expect(host.listMessages()).toEqual([]);
    warn.mockRestore();
  });
});
