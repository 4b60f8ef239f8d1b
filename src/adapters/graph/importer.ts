/**
 * Creating contacts from an imported file in the folder the user picks, and deleting them on undo:
 * POST /me/contacts (the main Contacts folder) or POST /me/contactFolders/{id}/contacts, DELETE
 * /me/contacts/{id}. Only fields the person's file gave are sent; categories are left to the circles run.
 */
import {
  DEFAULT_CONTACT_FOLDER,
  type ContactDraft,
  type ContactFolderChoice,
  type ContactImporter,
} from '../../core/ports';
import { GraphError } from './errors';
import type { GraphHttp } from './http';
import { contactFromGraph } from './mapping';

const enc = encodeURIComponent;

/** The Graph body of a new contact: the draft's fields, absent ones left out. */
export function contactBody(draft: ContactDraft): Record<string, unknown> {
  return {
    displayName: draft.displayName,
    ...(draft.givenName ? { givenName: draft.givenName } : {}),
    ...(draft.surname ? { surname: draft.surname } : {}),
    emailAddresses: draft.emailAddresses.map((e) => ({ address: e.address, name: e.name ?? draft.displayName })),
    ...(draft.companyName ? { companyName: draft.companyName } : {}),
    ...(draft.jobTitle ? { jobTitle: draft.jobTitle } : {}),
    ...(draft.businessHomePage ? { businessHomePage: draft.businessHomePage } : {}),
  };
}

export function createContactImporter(http: GraphHttp): ContactImporter {
  return {
    async listFolders() {
      // The main Contacts folder's own name is localised by Outlook: the UI names it.
      const main: ContactFolderChoice = { id: DEFAULT_CONTACT_FOLDER, displayName: '' };
      const { items } = await http.pages('/me/contactFolders?$top=100&$select=id,displayName');
      const others = items.flatMap((f) =>
        typeof f.id === 'string' ? [{ id: f.id, displayName: String(f.displayName ?? '') }] : [],
      );
      return [main, ...others];
    },
    async createContactIn(folderId, draft) {
      const url = folderId === DEFAULT_CONTACT_FOLDER ? '/me/contacts' : `/me/contactFolders/${enc(folderId)}/contacts`;
      const body = await http.json('POST', url, { body: contactBody(draft) });
      return contactFromGraph(body as Record<string, unknown>);
    },
    async deleteContact(contactId) {
      try {
        await http.json('DELETE', `/me/contacts/${enc(contactId)}`);
        return true;
      } catch (error) {
        // Already deleted by hand: nothing left to undo.
        if (error instanceof GraphError && error.status === 404) return false;
        throw error;
      }
    },
  };
}
