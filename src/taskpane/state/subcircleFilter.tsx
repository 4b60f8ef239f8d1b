/**
 * The sub-circle the user chose on the map, shared by the views that list contacts (review, shortlist,
 * keep-in-touch): each keeps only the members. Small on purpose — a view needs `useSubcircleFilter()` and
 * `onlyMembers()`, and shows <SubcircleFilterBar /> so the user sees the filter and can clear it.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type SubcircleFilter = {
  readonly id: string;
  readonly label: string;
  readonly members: ReadonlySet<string>;
};

export type SubcircleFilterState = {
  readonly filter: SubcircleFilter | undefined;
  setFilter(filter: SubcircleFilter | undefined): void;
};

// Outside the provider (a view's own tests) there is no filter and setting one does nothing.
const none: SubcircleFilterState = { filter: undefined, setFilter: () => undefined };
const FilterContext = createContext<SubcircleFilterState>(none);

export function useSubcircleFilter(): SubcircleFilterState {
  return useContext(FilterContext);
}

export function SubcircleFilterProvider({ children }: { children: ReactNode }) {
  const [filter, setFilter] = useState<SubcircleFilter | undefined>();
  const value = useMemo(() => ({ filter, setFilter }), [filter]);
  return <FilterContext.Provider value={value}>{children}</FilterContext.Provider>;
}

/** The items whose contact is in the sub-circle; all of them when there is no filter. */
export function onlyMembers<T>(
  items: readonly T[],
  filter: SubcircleFilter | undefined,
  idOf: (item: T) => string,
): readonly T[] {
  return filter ? items.filter((x) => filter.members.has(idOf(x))) : items;
}
