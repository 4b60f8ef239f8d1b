/**
 * The emulated mailbox's state: contact folders, contacts with change keys, master categories, messages
 * and events, plus a change sequence that delta queries read.
 */
/** A contact as Graph returns it: the fields every contact has are typed, the rest is open. */
export type GraphContact = Record<string, unknown> & {
  id: string;
  '@odata.etag': string;
  parentFolderId: string;
  changeKey: string;
  displayName: string;
  categories: string[];
  emailAddresses: { name?: string; address: string }[];
};
export type GraphFolder = { id: string; displayName: string; parentFolderId: string };
export type GraphCategory = { id: string; displayName: string; color: string };

type Stored = { data: Record<string, unknown>; folderId: string; changeKey: string; seq: number };

/** A stored contact as Graph returns it, over `data` (a copy for callers, the stored object for a test). */
function shape(id: string, s: Stored, data: Record<string, unknown>): GraphContact {
  // Graph always returns these, empty when unset.
  return {
    '@odata.etag': `W/"${s.changeKey}"`,
    displayName: '',
    categories: [],
    emailAddresses: [],
    ...data,
    id,
    parentFolderId: s.folderId,
    changeKey: s.changeKey,
  } as GraphContact;
}

export const DEFAULT_FOLDER_ID = 'AAMkADdefault-contacts=';

/** The nested layout: a tree three levels deep under the default Contacts folder. */
const NESTED: readonly { key: string; name: string; parent: string | null }[] = [
  { key: 'work', name: 'Travail', parent: null },
  { key: 'clients', name: 'Clients', parent: 'work' },
  { key: 'key-accounts', name: 'Grands comptes', parent: 'clients' },
  { key: 'personal', name: 'Perso', parent: null },
  { key: 'family', name: 'Famille', parent: 'personal' },
  { key: 'events', name: 'Événements', parent: null },
];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export class MailboxStore {
  owner: Record<string, unknown> = {};
  folders: GraphFolder[] = [];
  categories: GraphCategory[] = [];
  messages: Record<string, unknown>[] = [];
  events: Record<string, unknown>[] = [];
  /** Microsoft To Do: the user's task lists (the default "Tasks" list) and their tasks by list id. */
  todoLists: Record<string, unknown>[] = [];
  todoTasks = new Map<string, Record<string, unknown>[]>();
  private contacts = new Map<string, Stored>();
  /** Deleted or moved-out contacts, for delta: id → folder it left and when. */
  private tombstones = new Map<string, { folderId: string; seq: number }>();
  seq = 0;
  /** Changes at each load, so delta tokens of an earlier load are refused (410) like forgotten sync states. */
  epoch = 0;
  private ids = 0;

  constructor(
    private readonly mailbox: unknown,
    private readonly layout: 'flat' | 'nested',
  ) {
    this.load();
  }

  load(): void {
    const doc = isObject(this.mailbox) ? this.mailbox : {};
    this.contacts.clear();
    this.tombstones.clear();
    this.seq = 0;
    this.epoch++;
    this.ids = 0;
    this.owner = isObject(doc.owner) ? structuredClone(doc.owner) : {};
    this.folders = this.layout === 'nested' ? this.nestedFolders() : [];
    const list = (v: unknown) => (Array.isArray(v) ? v.filter(isObject).map((x) => structuredClone(x)) : []);
    this.messages = list(doc.messages);
    this.events = list(doc.events);
    this.todoLists = [
      {
        id: 'AAMkADtasks-default=',
        displayName: 'Tasks',
        isOwner: true,
        isShared: false,
        wellknownListName: 'defaultList',
      },
    ];
    this.todoTasks = new Map();
    this.categories = list(doc.masterCategories).flatMap((c) =>
      typeof c.displayName === 'string'
        ? [{ id: this.newId('cat'), displayName: c.displayName, color: String(c.color ?? 'none') }]
        : [],
    );
    const contacts = list(doc.contacts);
    contacts.forEach((c, i) => {
      const id = typeof c.id === 'string' && c.id ? c.id : this.newId('contact');
      delete c['@odata.etag'];
      delete c.changeKey;
      this.contacts.set(id, {
        data: { ...c, id },
        folderId: this.folderFor(i),
        changeKey: this.newChangeKey(),
        seq: ++this.seq,
      });
    });
  }

  private nestedFolders(): GraphFolder[] {
    const byKey = new Map<string, string>();
    return NESTED.map((f) => {
      const id = `AAMkADfolder-${f.key}=`;
      byKey.set(f.key, id);
      return { id, displayName: f.name, parentFolderId: f.parent ? byKey.get(f.parent)! : DEFAULT_FOLDER_ID };
    });
  }

  /** Spreads contacts over the folders so every level of the tree holds some. */
  private folderFor(index: number): string {
    if (!this.folders.length) return DEFAULT_FOLDER_ID;
    const slot = index % (this.folders.length + 2);
    return slot < 2 ? DEFAULT_FOLDER_ID : this.folders[slot - 2]!.id;
  }

  newId(kind: string): string {
    this.ids++;
    return `AAMkAD${kind}-${this.ids.toString(36).padStart(6, '0')}=`;
  }

  private newChangeKey(): string {
    this.ids++;
    return `EQAAABYAAAA${(this.seq * 7919 + this.ids).toString(36)}`;
  }

  /** The contact as Graph returns it. */
  view(id: string): GraphContact | undefined {
    const s = this.contacts.get(id);
    return s ? shape(id, s, structuredClone(s.data)) : undefined;
  }

  all(): GraphContact[] {
    return [...this.contacts.keys()].map((id) => this.view(id)!);
  }

  inFolder(folderId: string): GraphContact[] {
    return this.idsInFolder(folderId).map((id) => this.view(id)!);
  }

  /**
   * The ids of a folder's contacts, optionally those a test on the stored data keeps: a page of a collection
   * then copies only its own contacts (copying all 10,000 for each page of 1,000 made the emulator, not the
   * pane, the slow part of a big mailbox's first read).
   */
  idsInFolder(folderId: string, keep?: (contact: Readonly<Record<string, unknown>>) => boolean): string[] {
    const ids: string[] = [];
    for (const [id, s] of this.contacts)
      if (s.folderId === folderId && (!keep || keep(shape(id, s, s.data)))) ids.push(id);
    return ids;
  }

  /** Contacts of a folder changed after `since`, and those that left it. */
  changedSince(folderId: string, since: number): { changed: GraphContact[]; removed: string[] } {
    const { changed, removed } = this.changedIdsSince(folderId, since);
    return { changed: changed.map((id) => this.view(id)!), removed };
  }

  /** The ids of `changedSince`, copied by no one. */
  changedIdsSince(folderId: string, since: number): { changed: string[]; removed: string[] } {
    const changed = [...this.contacts.entries()]
      .filter(([, s]) => s.folderId === folderId && s.seq > since)
      .map(([id]) => id);
    const removed = [...this.tombstones.entries()]
      .filter(([, t]) => t.folderId === folderId && t.seq > since)
      .map(([id]) => id);
    return { changed, removed };
  }

  etagOf(id: string): string | undefined {
    const s = this.contacts.get(id);
    return s ? `W/"${s.changeKey}"` : undefined;
  }

  /** Applies a patch: every change gets a new change key, as in Exchange. */
  update(id: string, patch: Record<string, unknown>): GraphContact | undefined {
    const s = this.contacts.get(id);
    if (!s) return undefined;
    const clean = { ...patch };
    for (const k of ['id', 'changeKey', '@odata.etag', 'parentFolderId', 'createdDateTime']) delete clean[k];
    s.data = { ...s.data, ...structuredClone(clean), lastModifiedDateTime: new Date().toISOString() };
    s.changeKey = this.newChangeKey();
    s.seq = ++this.seq;
    return this.view(id);
  }

  create(data: Record<string, unknown>, folderId = DEFAULT_FOLDER_ID): GraphContact {
    const id = this.newId('contact');
    const now = new Date().toISOString();
    const clean = { ...data };
    delete clean['@odata.etag'];
    delete clean.changeKey;
    this.contacts.set(id, {
      data: {
        categories: [],
        emailAddresses: [],
        businessPhones: [],
        homePhones: [],
        ...clean,
        id,
        createdDateTime: now,
        lastModifiedDateTime: now,
      },
      folderId,
      changeKey: this.newChangeKey(),
      seq: ++this.seq,
    });
    return this.view(id)!;
  }

  remove(id: string): boolean {
    const s = this.contacts.get(id);
    if (!s) return false;
    this.contacts.delete(id);
    this.tombstones.set(id, { folderId: s.folderId, seq: ++this.seq });
    return true;
  }

  folderExists(id: string): boolean {
    return id === DEFAULT_FOLDER_ID || this.folders.some((f) => f.id === id);
  }
}
