/**
 * What the user can do about a person to reconnect with: draft a note (in the pane's language, the other on request), snooze,
 * mark done, or create a To Do reminder (once they opted in). Marks are saved in the settings, per mailbox.
 */
import { useState } from 'react';
import type { Contact } from '../../../core/model';
import type { CircleId } from '../../../core/circles/types';
import type { Language } from '../../../core/model';
import {
  markDone,
  restoreMark,
  snooze,
  withReminders,
  withTask,
  type Drifting,
  type KeepMark,
} from '../../../core/ties';
import { translate, useLanguage, useT } from '../../i18n';
import { useServices } from '../../servicesContext';
import { useNetwork } from '../../state/network';
import { escapeHtml, longDate } from './sentences';

export type KeepNotice = {
  readonly intent: 'success' | 'error';
  readonly text: string;
  /** After a draft: the same draft in the other language. */
  readonly redraft?: { readonly language: Language; readonly open: () => void };
  /** After « Plus tard » or « C’est fait »: the person and their mark before it, which « Annuler » puts back. */
  readonly undo?: { readonly contact: Contact; readonly previous: KeepMark | undefined };
};

/**
 * The circles written to as friends (« tu », « À bientôt »): a note to family or a classmate in the formal
 * « Comment allez-vous ? … Bien à vous » read like a bank's (review2 #8).
 */
const informal: ReadonlySet<CircleId> = new Set<CircleId>(['family-friends', 'classmates', 'social-events']);

const DAY = 86_400_000;

export function useKeepActions() {
  const t = useT();
  const ui = useLanguage();
  const services = useServices();
  const network = useNetwork();
  const [busy, setBusy] = useState<string>();
  // People given a To Do task in this session: their button says so instead of offering a second task.
  const [reminded, setReminded] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<KeepNotice>();
  const { settings } = network;
  const save = (keepInTouch: typeof settings.keepInTouch) => network.saveSettings({ ...settings, keepInTouch });
  const fail = (error: unknown) =>
    setNotice({
      intent: 'error',
      text: t('keep.failed', { error: error instanceof Error ? error.message : String(error) }),
    });

  // A slip of the keyboard must not reset someone's rhythm for good: the notice offers to take the mark back.
  const mark = async (contact: Contact, next: typeof settings.keepInTouch, text: string) => {
    const previous = settings.keepInTouch?.marks[contact.id];
    try {
      await save(next);
      setNotice({ intent: 'success', text, undo: { contact, previous } });
    } catch (error) {
      fail(error);
    }
  };
  // Only that person's mark goes back; what was marked since stays.
  const undo = async () => {
    const taken = notice?.undo;
    if (!taken) return;
    try {
      await save(restoreMark(settings.keepInTouch, taken.contact.id, taken.previous));
      setNotice({ intent: 'success', text: t('keep.markUndone', { name: taken.contact.displayName }) });
    } catch (error) {
      fail(error);
    }
  };

  // In the pane's language, as the shortlist's drafts: the notice says which and offers the other (review2 #10).
  const draft = (contact: Contact, circle: CircleId, language: Language = ui): void => {
    const address = contact.emailAddresses[0]?.address;
    if (!address) return;
    const tone = informal.has(circle) ? 'keep.draft.bodyClose' : 'keep.draft.body';
    services.office.displayNewMessageForm({
      to: [{ name: contact.displayName, address }],
      subject: translate(language, 'keep.draft.subject'),
      htmlBody: translate(language, tone, {
        name: escapeHtml(contact.givenName ?? contact.displayName),
        me: escapeHtml(network.mailbox?.owner.displayName ?? ''),
      }),
    });
    const other: Language = language === 'fr' ? 'en' : 'fr';
    setNotice({
      intent: 'success',
      text: t('keep.drafted', { name: contact.displayName, language: t(`draft.language.${language}`) }),
      redraft: { language: other, open: () => draft(contact, circle, other) },
    });
  };

  return {
    busy,
    reminded,
    notice,
    draft,
    undo,
    snooze: (contact: Contact) =>
      mark(
        contact,
        snooze(settings.keepInTouch, contact.id, Date.now()),
        t('keep.snoozed', { name: contact.displayName }),
      ),
    done: (contact: Contact) =>
      mark(
        contact,
        markDone(settings.keepInTouch, contact.id, Date.now()),
        t('keep.doneSaved', { name: contact.displayName }),
      ),
    async answerReminders(answer: 'on' | 'off') {
      try {
        await save(withReminders(settings.keepInTouch, answer));
      } catch (error) {
        fail(error);
      }
    },
    async remind(contact: Contact, drifting: Drifting, why: string) {
      if (!services.reminders) return;
      setBusy(contact.id);
      try {
        const due = new Date(Date.now() + DAY).toISOString().slice(0, 10);
        const task = await services.reminders.createReminder({
          title: t('keep.task.title', { name: contact.displayName }),
          note: why,
          due,
        });
        await save(withTask(settings.keepInTouch, drifting.contactId, task.id));
        setReminded((r) => new Set(r).add(contact.id));
        setNotice({
          intent: 'success',
          text: t('keep.reminded', { name: contact.displayName, date: longDate(ui, Date.parse(due)) }),
        });
      } catch (error) {
        fail(error);
      } finally {
        setBusy(undefined);
      }
    },
  };
}
