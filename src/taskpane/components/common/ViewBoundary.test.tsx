import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import type { Language } from '../../../core/model';
import { I18nProvider } from '../../i18n';
import { chunk, useChunk, type Chunk } from '../../viewChunks';
import { isFetchFailure, ViewBoundary } from './ViewBoundary';

/** webpack's error for a chunk whose fetch failed. */
function chunkLoadError(): Error {
  const error = new Error('Loading chunk 966 failed.\n(error: http://localhost:3000/966.714adf44.js)');
  error.name = 'ChunkLoadError';
  return error;
}

/** A view whose code fails to come the first `failures` times it is fetched. */
function flakyView(failures: number) {
  let fetches = 0;
  const view = chunk(async () => {
    fetches++;
    if (fetches <= failures) throw chunkLoadError();
    return () => <h1>The map</h1>;
  });
  return { view, fetches: () => fetches };
}

function Slot({ view }: { view: Chunk<() => ReactElement> }) {
  const View = useChunk(view);
  // eslint-disable-next-line react-hooks/static-components -- a module's component, the same at each render
  return View ? <View /> : <p>loading</p>;
}

function Pane({ view, language = 'en' }: { view: Chunk<() => ReactElement>; language?: Language }) {
  return (
    <I18nProvider language={language}>
      <nav>tabs</nav>
      <ViewBoundary>
        <Slot view={view} />
      </ViewBoundary>
    </I18nProvider>
  );
}

beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

test('a view whose code cannot be fetched says so in place, the rest of the pane stays, and « Try again » fetches it again', async () => {
  const { view, fetches } = flakyView(1);
  render(<Pane view={view} />);
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('This view could not be shown');
  expect(alert).toHaveTextContent('Its code could not be loaded: the connection may be down');
  expect(screen.getByText('tabs')).toBeInTheDocument();
  await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findByRole('heading', { name: 'The map' })).toBeInTheDocument();
  expect(screen.queryByRole('alert')).toBeNull();
  expect(fetches()).toBe(2);
});

test('says it in French', async () => {
  const { view } = flakyView(1);
  render(<Pane view={view} language="fr" />);
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Cette vue n’a pas pu s’afficher');
  expect(alert).toHaveTextContent('Son code n’a pas pu être chargé');
  expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
});

test('a view that fails while drawing is told apart from one that could not be fetched', async () => {
  const Broken = () => {
    throw new TypeError('x is undefined');
  };
  render(
    <I18nProvider language="en">
      <ViewBoundary>
        <Broken />
      </ViewBoundary>
    </I18nProvider>,
  );
  expect(await screen.findByRole('alert')).toHaveTextContent('An error stopped it. The other views still work.');
});

test.each([
  [chunkLoadError(), true],
  [new TypeError('Failed to fetch dynamically imported module: http://localhost/966.js'), true],
  [new TypeError('x is undefined'), false],
  ['Loading chunk 3 failed', false],
])('isFetchFailure(%p) is %p', (error, expected) => {
  expect(isFetchFailure(error)).toBe(expected);
});
