import { act, render, screen } from '@testing-library/react';
import type { DemoHost } from '../../../adapters/office/demo';
import type { OpenMessage } from '../../../app/services';
import { deferredDemoHost } from '../../../app/demoHost';
import { I18nProvider } from '../../i18n';
import { MessagePicker } from './MessagePicker';

const sample: OpenMessage[] = ['Devis', 'Compte rendu', 'Holiday photos'].map((subject, i) => ({
  id: `m${i}`,
  subject,
  people: [{ name: `Person ${i}`, address: `p${i}@example.com`, role: 'from' }],
}));

/** The sample mailbox's host, whose messages are read once `arrive` is called. */
function slowDemoHost() {
  let arrive!: () => void;
  const callbacks = new Set<() => void>();
  const loaded: DemoHost = {
    kind: 'demo',
    currentMessage: async () => sample[0] ?? null,
    onItemChanged: (cb) => {
      callbacks.add(cb);
      return () => callbacks.delete(cb);
    },
    displayNewMessageForm: () => undefined,
    displayLanguage: () => 'en-US',
    theme: () => 'light',
    listMessages: () => sample,
    pickMessage: () => undefined,
    drafts: () => [],
  };
  const host = deferredDemoHost(() => new Promise<DemoHost>((resolve) => (arrive = () => resolve(loaded))), 'en-US');
  return { host, arrive: () => act(async () => arrive()) };
}

test('the picker lists the sample messages once they arrive, not only the open one (review4 A15)', async () => {
  const { host, arrive } = slowDemoHost();
  const { rerender } = render(
    <I18nProvider language="en">
      <MessagePicker host={host} currentId={undefined} />
    </I18nProvider>,
  );
  expect(screen.queryAllByRole('option')).toHaveLength(0);
  await arrive();
  // Outlook then says which message is open: the pane draws again with it.
  rerender(
    <I18nProvider language="en">
      <MessagePicker host={host} currentId="m2" />
    </I18nProvider>,
  );
  // Subjects and names are isolated (U+2066…U+2069) against right-to-left text.
  expect(screen.getAllByRole('option').map((o) => o.textContent?.replace(/[\u2066-\u2069]/g, ''))).toEqual([
    'Devis — Person 0',
    'Compte rendu — Person 1',
    'Holiday photos — Person 2',
  ]);
});
