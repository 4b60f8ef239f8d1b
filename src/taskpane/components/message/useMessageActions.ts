/**
 * What the message view does: put a contact in a circle (the same journaled apply as the review, so it
 * can be undone) and add a stranger to the contacts in a circle (never twice; the contact it created can be
 * deleted again from its notice). Both teach the learner.
 */
import { useEffect, useRef, useState } from 'react';
import type { CircleId } from '../../../core/circles/types';
import { categoryNameFor, categoryKey } from '../../../core/changes';
import { contactsByAddress, createContactAdder, normaliseAddress, type PersonPlacement } from '../../../core/people';
import { useServices } from '../../servicesContext';
import { useNetwork } from '../../state/network';
import { categoryLanguage } from '../../state/runs';

export type ActionNotice =
  | {
      readonly kind: 'added' | 'existing' | 'saved' | 'removed';
      readonly name: string;
      readonly circle: CircleId;
      /** A contact this view created (and the feedback it taught): « Annuler » deletes it again. */
      readonly created?: { readonly contactId: string; readonly address: string; readonly at: string };
    }
  | { readonly kind: 'failed'; readonly error: string };

/**
 * `scope` is what the actions are about (the open message): a notice belongs to the scope it was made in and
 * is no longer shown once another message is open.
 */
export function useMessageActions(scope?: unknown) {
  const services = useServices();
  const network = useNetwork();
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState<{ readonly notice: ActionNotice; readonly scope: unknown } | undefined>();
  const setNotice = (notice: ActionNotice) => setShown({ notice, scope });
  const language = categoryLanguage(network.settings, services.language);

  // The network changes after every add; the adder (one per services, so it can serialise adds per
  // address) reads the latest one through a ref.
  const latest = useRef(network);
  useEffect(() => {
    latest.current = network;
  });
  // One adder for the view's lifetime, so two quick clicks on the same person share one creation.
  const adder = useRef<ReturnType<typeof createContactAdder> | null>(null);
  const getAdder = () =>
    (adder.current ??= createContactAdder({
      findByAddress: async (address) => {
        const known = contactsByAddress(latest.current.mailbox?.contacts ?? []).get(normaliseAddress(address));
        if (known) return known;
        // The Graph creator can also ask the server (a contact added elsewhere since the pane loaded).
        return services.creator.findContactByEmail?.(address);
      },
      ensureCategory: async (spec) => void (await services.categories.ensureCategories([spec])),
      create: (draft) => latest.current.addContact(draft),
    }));

  /** Runs an action on a person; resolves to the notice it showed, for the view to move focus by it. */
  const track = async (address: string, work: () => Promise<ActionNotice>): Promise<ActionNotice> => {
    const key = normaliseAddress(address);
    setBusy((b) => new Set(b).add(key));
    try {
      const done = await work();
      setNotice(done);
      return done;
    } catch (e) {
      const failed: ActionNotice = { kind: 'failed', error: e instanceof Error ? e.message : String(e) };
      setNotice(failed);
      return failed;
    } finally {
      setBusy((b) => {
        const next = new Set(b);
        next.delete(key);
        return next;
      });
    }
  };

  const feedback = (contactId: string, placement: PersonPlacement, circle: CircleId) => {
    const at = new Date().toISOString();
    network.recordFeedback({
      contactId,
      verdict: placement.suggestion?.circle === circle ? 'confirm' : 'correct',
      circle,
      at,
    });
    return at;
  };
  const importer = services.importer;

  return {
    busy: (address: string) => busy.has(normaliseAddress(address)),
    notice: shown && shown.scope === scope ? shown.notice : undefined,
    setCircle: (placement: PersonPlacement, circle: CircleId) =>
      track(placement.person.address, async () => {
        const contact = placement.contact;
        if (!contact) throw new Error('not a contact');
        const summary = await network.applyAssignments(new Map([[contact.id, circle]]), 'taskpane');
        if (summary.failed || summary.conflicts) throw new Error(summary.conflicts ? 'conflict' : 'failed');
        feedback(contact.id, placement, circle);
        return { kind: 'saved', name: contact.displayName, circle };
      }),
    add: (placement: PersonPlacement, circle: CircleId) =>
      track(placement.person.address, async () => {
        const def = network.settings.taxonomy.find((c) => c.id === circle);
        if (!def) throw new Error(circle);
        const spec = { displayName: categoryNameFor(def, network.settings.categoryPrefix, language), color: def.color };
        const result = await getAdder()(placement.person, spec);
        const name = result.contact.displayName;
        if (result.status === 'existing') {
          const has = result.contact.categories.some((c) => categoryKey(c) === categoryKey(spec.displayName));
          return { kind: has ? 'added' : 'existing', name, circle };
        }
        const at = feedback(result.contact.id, placement, circle);
        // Creating a contact is an Outlook write: it can be taken back when the contacts can be deleted.
        return {
          kind: 'added',
          name,
          circle,
          ...(importer ? { created: { contactId: result.contact.id, address: placement.person.address, at } } : {}),
        };
      }),
    /** Deletes the contact an « Ajouter » created (already deleted by hand counts as done) and its feedback. */
    undoAdd: importer
      ? (notice: ActionNotice) =>
          track(notice.kind === 'added' ? (notice.created?.address ?? '') : '', async () => {
            if (notice.kind !== 'added' || !notice.created) throw new Error('nothing to undo');
            const { contactId, at } = notice.created;
            await importer.deleteContact(contactId);
            network.withdrawFeedback([{ contactId, at }]);
            network.contactsRemoved?.([contactId]);
            return { kind: 'removed', name: notice.name, circle: notice.circle };
          })
      : undefined,
  };
}
