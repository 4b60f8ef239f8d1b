/**
 * Writing to the mailbox: master categories (created once), contact categories or the company and job title
 * (PATCH in JSON batches with If-Match, only what the change writes), new contacts.
 */
import type { Contact } from '../../core/model';
import type { CategoryStore, ChangeOutcome, ContactCreator, ContactWriter, NewContact } from '../../core/ports';
import type { CategorySpec, ContactFields, PlannedChange } from '../../core/changes/types';
import { fieldNames, writesCategories } from '../../core/changes/state';
import { GraphError, InteractionRequiredError } from './errors';
import { MAX_BATCH, type BatchRequest, type GraphHttp } from './http';
import { contactFromGraph } from './mapping';
import { CONTACT_FIELDS } from './read';

const enc = encodeURIComponent;
const key = (name: string) => name.trim().toLocaleLowerCase();

/** Graph's @odata.etag is W/"changeKey"; a bare changeKey (from files or older reads) is wrapped. */
export const ifMatch = (etag: string) => (etag.startsWith('W/') || etag.startsWith('"') ? etag : `W/"${etag}"`);

const chunk = <T>(list: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};

const errorCode = (body: unknown): string => {
  const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
  return typeof code === 'string' ? code : 'unknown';
};

/**
 * The body of a change's PATCH: its categories, or the fields it writes (an empty value clears the field,
 * as null does in Graph), and nothing else, so no other field of the card can be overwritten.
 */
export function patchBody(c: PlannedChange): Record<string, unknown> {
  const body: Record<string, unknown> = writesCategories(c) ? { categories: [...c.after] } : {};
  for (const name of fieldNames(c)) body[name] = c.fields?.after[name]?.trim() || null;
  return body;
}

/** The fields a run may write, as read with the categories. */
const WRITABLE_FIELDS = ['companyName', 'jobTitle'] as const;

export function createCategoryStore(http: GraphHttp): CategoryStore & { list(): Promise<CategorySpec[]> } {
  async function read(): Promise<(CategorySpec & { id?: string })[]> {
    const body = (await http.json('GET', '/me/outlook/masterCategories')) as { value?: unknown } | null;
    const value = Array.isArray(body?.value) ? (body.value as Record<string, unknown>[]) : [];
    return value
      .filter((c) => typeof c.displayName === 'string')
      .map((c) => ({
        displayName: c.displayName as string,
        color: (c.color ?? 'none') as CategorySpec['color'],
        ...(typeof c.id === 'string' ? { id: c.id } : {}),
      }));
  }
  const list = async (): Promise<CategorySpec[]> =>
    (await read()).map(({ displayName, color }) => ({ displayName, color }));
  return {
    list,
    /**
     * Creates only the missing ones and resolves with those it created; a 409 means another run (or the
     * user) created it first: fine, and not ours.
     */
    async ensureCategories(specs, options) {
      if (!specs.length) return [];
      const existing = new Set((await list()).map((c) => key(c.displayName)));
      const missing = specs.filter(
        (s, i) =>
          !existing.has(key(s.displayName)) && specs.findIndex((x) => key(x.displayName) === key(s.displayName)) === i,
      );
      if (!missing.length) return [];
      await options?.beforeCreate?.(missing.map((s) => s.displayName));
      const created = await Promise.all(
        missing.map(async (spec) => {
          const r = await http.send('POST', '/me/outlook/masterCategories', {
            body: { displayName: spec.displayName, color: spec.color },
          });
          if (r.status !== 201 && r.status !== 200 && r.status !== 409)
            throw new GraphError(`Graph answered ${r.status} when creating a category.`, r.status, errorCode(r.body));
          return r.status === 409 ? [] : [spec.displayName];
        }),
      );
      return created.flat();
    },
    /**
     * One `$top=1` query per name on the messages and one on the events, with the mail and calendar scopes
     * and never a prompt: an undo must not open a consent window. Without those scopes (the user turned
     * mailbox signals off, or refused them, or the admin blocked them) the answer is "cannot tell".
     */
    async usedOnItems(names) {
      try {
        const found = await Promise.all(
          names.flatMap((name) =>
            (['messages', 'events'] as const).map(async (kind) => {
              const filter = enc(`categories/any(c:c eq '${name.replace(/'/g, "''")}')`);
              const body = (await http.json('GET', `/me/${kind}?$filter=${filter}&$select=id&$top=1`, {
                access: 'signals',
                interaction: 'never',
              })) as { value?: unknown } | null;
              return Array.isArray(body?.value) && body.value.length > 0 ? key(name) : undefined;
            }),
          ),
        );
        return new Set(found.filter((k): k is string => k !== undefined));
      } catch (error) {
        // No silent token (InteractionRequiredError, and the 401 json() turns into one), or refused: a
        // SignalsConsentError is a 403 GraphError, as is an admin's block.
        if (error instanceof InteractionRequiredError || (error instanceof GraphError && error.status === 403))
          return undefined;
        throw error;
      }
    },
    /** DELETE /me/outlook/masterCategories/{id} for each name found; a name already gone is fine. */
    async removeCategories(names) {
      const wanted = new Set(names.map(key));
      const found = (await read()).filter((c) => c.id && wanted.has(key(c.displayName)));
      for (const c of found) {
        const r = await http.send('DELETE', `/me/outlook/masterCategories/${enc(c.id!)}`);
        if (r.status !== 204 && r.status !== 200 && r.status !== 404)
          throw new GraphError(`Graph answered ${r.status} when removing a category.`, r.status, errorCode(r.body));
      }
    },
  };
}

export type WriterOptions = { readonly maxInFlight: number };

export function createContactWriter(http: GraphHttp, opts: WriterOptions): ContactWriter {
  return {
    /**
     * PATCHes each contact, 20 to a batch, `maxInFlight` batches at a time. The body holds what the change
     * writes only (see patchBody); If-Match makes Graph refuse the change (412) when the contact changed
     * since it was read.
     */
    async writeCategories(changes, options = {}) {
      const outcomes: ChangeOutcome[] = [];
      const emit = (o: ChangeOutcome) => {
        outcomes.push(o);
        options.onOutcome?.(o);
      };
      const queue = chunk(changes, MAX_BATCH);
      const worker = async () => {
        for (let group = queue.shift(); group; group = queue.shift()) {
          if (options.signal?.aborted) return;
          const requests: BatchRequest[] = group.map((c, i) => ({
            id: String(i + 1),
            method: 'PATCH',
            url: `/me/contacts/${enc(c.contactId)}`,
            ...(c.etag ? { headers: { 'If-Match': ifMatch(c.etag) } } : {}),
            body: patchBody(c),
          }));
          let responses;
          try {
            responses = await http.batch(requests, options.signal);
          } catch (error) {
            // Retries exhausted for the whole batch: its changes may or may not have landed. Reported as
            // failed; the run's resume checks each contact before sending anything again.
            if (error instanceof GraphError && error.code === 'cancelled') return;
            const reason = error instanceof GraphError ? (error.code ?? `http-${error.status}`) : 'error';
            group.forEach((c) => emit({ contactId: c.contactId, status: 'failed', error: reason }));
            if (!(error instanceof GraphError)) throw error;
            continue;
          }
          group.forEach((c, i) => {
            const r = responses.get(String(i + 1));
            if (!r) return; // cancelled before this one was sent again: stays pending
            if (r.status >= 200 && r.status < 300) {
              const etag = (r.body as Record<string, unknown> | null)?.['@odata.etag'];
              emit({
                contactId: c.contactId,
                status: 'applied',
                ...(typeof etag === 'string' ? { etag } : r.headers.etag ? { etag: r.headers.etag } : {}),
              });
            } else if (r.status === 412) emit({ contactId: c.contactId, status: 'conflict' });
            else
              emit({
                contactId: c.contactId,
                status: 'failed',
                error: r.status === 404 ? 'not-found' : `${r.status} ${errorCode(r.body)}`,
              });
          });
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.maxInFlight, queue.length)) }, worker));
      return outcomes;
    },

    async readCategories(contactIds) {
      const result = new Map<string, { categories: string[]; etag?: string; fields: ContactFields }>();
      const queue = chunk([...new Set(contactIds)], MAX_BATCH);
      const worker = async () => {
        for (let group = queue.shift(); group; group = queue.shift()) {
          const responses = await http.batch(
            group.map((id, i) => ({
              id: String(i + 1),
              method: 'GET' as const,
              url: `/me/contacts/${enc(id)}?$select=categories,${WRITABLE_FIELDS.join(',')}`,
            })),
          );
          group.forEach((id, i) => {
            const r = responses.get(String(i + 1));
            if (!r) return;
            if (r.status === 404) return;
            if (r.status < 200 || r.status >= 300)
              throw new GraphError(
                `Graph answered ${r.status} when reading a contact's categories.`,
                r.status,
                errorCode(r.body),
              );
            const body = (r.body ?? {}) as Record<string, unknown>;
            const categories = Array.isArray(body.categories)
              ? body.categories.filter((c): c is string => typeof c === 'string')
              : [];
            const etag =
              typeof body['@odata.etag'] === 'string'
                ? body['@odata.etag']
                : typeof body.changeKey === 'string'
                  ? body.changeKey
                  : undefined;
            const fields: ContactFields = {};
            for (const name of WRITABLE_FIELDS) if (typeof body[name] === 'string') fields[name] = body[name];
            result.set(id, etag ? { categories, etag, fields } : { categories, fields });
          });
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.maxInFlight, queue.length)) }, worker));
      return result;
    },
  };
}

export function createContactCreator(
  http: GraphHttp,
): ContactCreator & { findContactByEmail(address: string): Promise<Contact | undefined> } {
  return {
    async createContact(draft: NewContact) {
      const body = await http.json('POST', '/me/contacts', {
        body: {
          displayName: draft.displayName,
          ...(draft.givenName ? { givenName: draft.givenName } : {}),
          ...(draft.surname ? { surname: draft.surname } : {}),
          emailAddresses: [{ address: draft.emailAddress.address, name: draft.emailAddress.name ?? draft.displayName }],
          ...(draft.companyName ? { companyName: draft.companyName } : {}),
          categories: [...draft.categories],
        },
      });
      return contactFromGraph(body as Record<string, unknown>);
    },
    /** Looks in the default Contacts folder, where Outlook files contacts created from a message. */
    async findContactByEmail(address) {
      const escaped = address.replace(/'/g, "''");
      const filter = enc(`emailAddresses/any(a:a/address eq '${escaped}')`);
      const body = (await http.json(
        'GET',
        `/me/contacts?$filter=${filter}&$select=${CONTACT_FIELDS.join(',')}&$top=1`,
      )) as { value?: unknown } | null;
      const first = Array.isArray(body?.value) ? (body.value[0] as Record<string, unknown> | undefined) : undefined;
      return first ? contactFromGraph(first) : undefined;
    },
  };
}
