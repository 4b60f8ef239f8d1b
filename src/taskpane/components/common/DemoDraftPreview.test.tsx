import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createDemoHost } from '../../../adapters/office/demo';
import { I18nProvider } from '../../i18n';
import { DemoDraftPreview, draftText } from './DemoDraftPreview';

describe('draftText', () => {
  it('keeps paragraphs and line breaks, drops tags and decodes entities', () => {
    expect(draftText('<p>Dear Ana,</p><p>About &lt;b&gt; &amp; co</p><p>Kind regards,<br>Jo</p>')).toBe(
      'Dear Ana,\n\nAbout <b> & co\n\nKind regards,\nJo',
    );
  });
});

describe('DemoDraftPreview', () => {
  afterEach(() => {
    delete window.__circlesDrafts;
  });

  it('shows the draft the demo host recorded, as text', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider language="en">
          <DemoDraftPreview />
        </I18nProvider>
      </FluentProvider>,
    );
    expect(screen.queryByTestId('demo-draft')).toBeNull();
    const host = createDemoHost({ messages: [], ownerMail: 'me@x.com' });
    act(() =>
      host.displayNewMessageForm({
        to: [{ name: 'Ana', address: 'ana@x.com' }],
        subject: 'Hello',
        htmlBody: '<p>Dear Ana,</p><p><img src=x onerror=alert(1)>Hi</p>',
      }),
    );
    const panel = screen.getByTestId('demo-draft');
    expect(panel.textContent).toContain('To: Ana <ana@x.com>');
    expect(panel.textContent).toContain('Subject: Hello');
    expect(panel.querySelector('img')).toBeNull();
  });

  it('takes focus when a draft opens and gives it back to the button that asked, on Escape or ✕', async () => {
    const user = userEvent.setup();
    const host = createDemoHost({ messages: [], ownerMail: 'me@x.com' });
    const draft = { to: [{ address: 'ana@x.com' }], subject: 'Hello', htmlBody: '<p>Hi</p>' };
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider language="en">
          <DemoDraftPreview />
          <button onClick={() => host.displayNewMessageForm(draft)}>Draft an intro</button>
        </I18nProvider>
      </FluentProvider>,
    );
    const opener = screen.getByRole('button', { name: 'Draft an intro' });
    opener.focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Demo: the draft Outlook would open' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('demo-draft')).toBeNull();
    expect(document.activeElement).toBe(opener);

    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(document.activeElement).toBe(opener);
  });
});
