/**
 * An engine answer for a view: asked again whenever `ask` changes (callers memoise it on what it reads), the
 * previous answer kept on screen meanwhile, a superseded one ignored, a failure kept as its message.
 */
import { useEffect, useState } from 'react';
import { Superseded, type EngineClient } from './client';
import { useEngine } from './context';
import type { UserModel } from '../../../core/settings';

export type Answer<T> = {
  readonly status: 'idle' | 'pending' | 'ready' | 'error';
  /** The latest answer, also while the next one is computed. */
  readonly value?: T;
  readonly error?: string;
};

/** The user model for jobs whose answer the user's corrections do not change: a click does not ask again. */
export const noFeedback: UserModel = { feedback: [] };

type Ask<T> = (engine: EngineClient) => Promise<T>;
type Got<T> = { readonly ask: Ask<T>; readonly value?: T; readonly error?: string };

/**
 * `ask` undefined: nothing to ask yet (the network is loading), and nothing shown. `same`: an answer equal to the
 * one on screen keeps that one, so that what is drawn from it is not drawn again.
 */
export function useEngineAnswer<T>(ask: Ask<T> | undefined, same?: (a: T, b: T) => boolean): Answer<T> {
  const engine = useEngine();
  const [got, setGot] = useState<Got<T>>();
  useEffect(() => {
    if (!ask) return;
    let live = true;
    ask(engine).then(
      (value) =>
        live &&
        setGot((before) =>
          same && before && 'value' in before && same(before.value as T, value)
            ? { ask, value: before.value as T }
            : { ask, value },
        ),
      (e: unknown) => {
        if (live && !(e instanceof Superseded)) setGot({ ask, error: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [engine, ask, same]);
  if (!ask) return { status: 'idle' };
  const value = got && 'value' in got ? { value: got.value as T } : {};
  if (got?.ask !== ask) return { status: 'pending', ...value };
  return got.error !== undefined ? { status: 'error', error: got.error } : { status: 'ready', ...value };
}
