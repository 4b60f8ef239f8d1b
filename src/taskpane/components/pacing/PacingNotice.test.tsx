import { act, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createPacingSignal } from '../../../app/pacing';
import type { Language } from '../../../core/model';
import { I18nProvider } from '../../i18n';
import { PacingNotice, waitText } from './PacingNotice';

function setup(language: Language) {
  let clock = 1_000_000;
  const now = () => clock;
  const signal = createPacingSignal(now);
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={language}>
        <PacingNotice signal={signal} now={now} />
      </I18nProvider>
    </FluentProvider>,
  );
  return { signal, advance: (ms: number) => (clock += ms) };
}

afterEach(() => jest.useRealTimers());

test('nothing is shown while no run waits for the budget', () => {
  setup('en');
  expect(screen.queryByTestId('pacing-notice')).toBeNull();
});

test('a wait reported by the Graph adapter is said, in English, with how long it lasts', () => {
  const { signal } = setup('en');
  act(() => signal.report(185_000));
  const notice = screen.getByTestId('pacing-notice');
  expect(notice).toHaveTextContent('Waiting for Outlook');
  expect(notice).toHaveTextContent('10,000 requests in any 10 minutes');
  expect(notice).toHaveTextContent('in about 4 minutes');
  expect(notice).toHaveAttribute('role', 'status');
});

test('the same in French', () => {
  const { signal } = setup('fr');
  act(() => signal.report(42_000));
  const notice = screen.getByTestId('pacing-notice');
  expect(notice).toHaveTextContent('Pause imposée par Outlook');
  expect(notice).toHaveTextContent('10 000 requêtes');
  expect(notice).toHaveTextContent('dans 42 secondes environ');
});

test('the notice goes away by itself once the wait is over', () => {
  jest.useFakeTimers();
  const { signal, advance } = setup('en');
  act(() => signal.report(1_500));
  expect(screen.getByTestId('pacing-notice')).toBeInTheDocument();
  act(() => {
    advance(1_600);
    jest.advanceTimersByTime(1_600);
  });
  expect(screen.queryByTestId('pacing-notice')).toBeNull();
});

test.each([
  ['en', 1, '1 second'],
  ['en', 59_400, '1 minute'],
  ['en', 61_000, '2 minutes'],
  ['fr', 600_000, '10 minutes'],
  ['fr', 1_000, '1 seconde'],
] as const)('waitText(%s, %d ms) reads "%s"', (language, ms, text) => {
  // French separates the number with a narrow no-break space.
  expect(waitText(language, ms).replace(/\s/g, ' ')).toBe(text);
});
