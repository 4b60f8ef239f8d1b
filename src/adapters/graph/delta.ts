/** Where delta links are kept between sessions, one per contact folder ("default" for the main one). */
export type DeltaLinkStore = {
  get(key: string): Promise<string | undefined>;
  set(key: string, link: string): Promise<void>;
  clear(): Promise<void>;
};

/** A DeltaLinkStore that lives as long as the page: the default when nothing durable is given. */
export function createMemoryDeltaLinks(): DeltaLinkStore {
  const links = new Map<string, string>();
  return {
    async get(key) {
      return links.get(key);
    },
    async set(key, link) {
      links.set(key, link);
    },
    async clear() {
      links.clear();
    },
  };
}
