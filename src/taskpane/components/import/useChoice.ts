import { useCallback, useState } from 'react';

/** The items a user ticked in a list, by key: the set, a toggle, and a reset. */
export function useChoice<K>() {
  const [chosen, setChosen] = useState<ReadonlySet<K>>(new Set());
  const toggle = useCallback(
    (key: K, on: boolean) =>
      setChosen((s) => {
        const next = new Set(s);
        if (on) next.add(key);
        else next.delete(key);
        return next;
      }),
    [],
  );
  const clear = useCallback(() => setChosen(new Set()), []);
  return { chosen, toggle, clear };
}
