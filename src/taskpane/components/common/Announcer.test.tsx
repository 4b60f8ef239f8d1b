import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { AnnouncerProvider, useAnnounced } from './Announcer';

type Notice = { readonly text: string };

function Result() {
  const [notice, setNotice] = useState<Notice | undefined>();
  useAnnounced(notice?.text, notice);
  return (
    <>
      <button onClick={() => setNotice({ text: 'Draft opened for Ana.' })}>draft</button>
      {notice && <p data-testid="notice">{notice.text}</p>}
    </>
  );
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test('a result is said once by the one polite live region, which was there before it', () => {
  render(
    <AnnouncerProvider>
      <Result />
    </AnnouncerProvider>,
  );
  const region = screen.getByTestId('announcer');
  expect(region).toHaveAttribute('aria-live', 'polite');
  expect(region).toBeEmptyDOMElement();
  act(() => screen.getByRole('button').click());
  act(() => jest.advanceTimersByTime(100));
  expect(region).toHaveTextContent('Draft opened for Ana.');
  expect(screen.getAllByText('Draft opened for Ana.')).toHaveLength(2);
});

test('the same sentence for a second action is said again: the region empties first', () => {
  render(
    <AnnouncerProvider>
      <Result />
    </AnnouncerProvider>,
  );
  const region = screen.getByTestId('announcer');
  act(() => screen.getByRole('button').click());
  act(() => jest.advanceTimersByTime(100));
  act(() => screen.getByRole('button').click());
  expect(region).toBeEmptyDOMElement();
  act(() => jest.advanceTimersByTime(100));
  expect(region).toHaveTextContent('Draft opened for Ana.');
});

test('a view rendered without the region still works', () => {
  render(<Result />);
  act(() => screen.getByRole('button').click());
  expect(screen.getByTestId('notice')).toHaveTextContent('Draft opened for Ana.');
});
