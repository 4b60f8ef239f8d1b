import type { Contact } from '../../core/model';

/**
 * Where a contact folder's sync state is kept between sessions: the deltaLink of its last round and the
 * contacts it held then, so the next opening reads only what changed (Graph's delta query pattern).
 */
export type FolderSync = { readonly deltaLink: string; readonly contacts: readonly Contact[] };

export type DeltaLinkStore = {
  get(folderId: string): Promise<FolderSync | undefined>;
  set(folderId: string, state: FolderSync): Promise<void>;
  clear(): Promise<void>;
};

/** A DeltaLinkStore that lives as long as the page (or the process): the default when nothing durable is given. */
export function createMemoryDeltaLinks(): DeltaLinkStore {
  const states = new Map<string, FolderSync>();
  return {
    async get(key) {
      return states.get(key);
    },
    async set(key, state) {
      states.set(key, state);
    },
    async clear() {
      states.clear();
    },
  };
}

/** A stored value that is a folder state (older versions kept a bare link string: read again from scratch). */
export const isFolderSync = (v: unknown): v is FolderSync =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { deltaLink?: unknown }).deltaLink === 'string' &&
  Array.isArray((v as { contacts?: unknown }).contacts);
