import { act, render, screen } from '@testing-library/react';
import { useLayoutEffect, type ReactElement } from 'react';
import { chunk, useChunk, type Chunk } from './viewChunks';

const Hello = () => <p>hello</p>;

/** Draws the chunk's view, or "waiting" while it is not in; notes what each commit showed. */
function Host({ view, commits }: { view: Chunk<() => ReactElement>; commits: string[] }) {
  const View = useChunk(view);
  useLayoutEffect(() => void commits.push(View ? 'view' : 'waiting'));
  // eslint-disable-next-line react-hooks/static-components -- a module's component, the same at each render
  return View ? <View /> : <p>waiting</p>;
}

test('a chunk already in is drawn in the first commit: nothing suspends, no fallback shows first', async () => {
  const view = chunk(async () => Hello);
  await view.load();
  const commits: string[] = [];
  render(<Host view={view} commits={commits} />);
  expect(screen.getByText('hello')).toBeInTheDocument();
  expect(commits).toEqual(['view']);
});

test('a chunk not in yet: the caller waits, then the view is drawn once it is in, fetched once', async () => {
  let arrive = (_: () => ReactElement) => undefined as void;
  const fetch = jest.fn(() => new Promise<() => ReactElement>((resolve) => (arrive = resolve)));
  const view = chunk(fetch);
  const commits: string[] = [];
  render(<Host view={view} commits={commits} />);
  expect(screen.getByText('waiting')).toBeInTheDocument();
  void view.load();
  await act(async () => arrive(Hello));
  expect(screen.getByText('hello')).toBeInTheDocument();
  expect(commits).toEqual(['waiting', 'view']);
  expect(fetch).toHaveBeenCalledTimes(1);
});

test('a chunk that could not be fetched is fetched again when asked next', async () => {
  const fetch = jest
    .fn<Promise<string>, []>()
    .mockRejectedValueOnce(new Error('network down'))
    .mockResolvedValueOnce('code');
  const c = chunk(fetch);
  await expect(c.load()).rejects.toThrow('network down');
  expect(c.value).toBeUndefined();
  await expect(c.load()).resolves.toBe('code');
  expect(c.value).toBe('code');
  expect(fetch).toHaveBeenCalledTimes(2);
});
