/**
 * Keep in touch: this week's few strong ties past their circle's rhythm, each with its why and what to do
 * (a note in their language, later, done, a To Do reminder), then the health of each circle. A sub-circle
 * chosen on the map (the shared filter) narrows both to its people: this week's few are picked among them.
 */
import { useMemo, useRef } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { circleHealth, rhythmDays, thisWeek } from '../../core/ties';
import type { CircleId } from '../../core/circles/types';
import { SubcircleFilterBar } from '../components/groups/SubcircleFilterBar';
import { CircleHealthList, outOfRhythm, shownHealth } from '../components/keep/CircleHealthList';
import { useKeepStyles } from '../components/keep/Keep.styles';
import { ReconnectCard } from '../components/keep/ReconnectCard';
import { DemoDraftPreview } from '../components/common/DemoDraftPreview';
import { focusWhenReady, itemAt } from '../hooks/focusWhenReady';
import { RemindersOptIn } from '../components/keep/RemindersOptIn';
import { whyLine } from '../components/keep/sentences';
import { useKeepActions } from '../components/keep/useKeepActions';
import { useLanguage, useT } from '../i18n';
import { useServices } from '../servicesContext';
import { useNetwork } from '../state/network';
import { onlyMembers, useSubcircleFilter } from '../state/subcircleFilter';
import { useTies } from '../state/useTies';
import { useAnnounced } from '../components/common/Announcer';
import { circleLabel } from '../components/circles/labels';

export function KeepInTouchView() {
  const styles = useKeepStyles();
  const t = useT();
  const language = useLanguage();
  const services = useServices();
  const network = useNetwork();
  const report = useTies();
  const actions = useKeepActions();
  useAnnounced(actions.notice?.text, actions.notice);
  const { settings, mailbox } = network;
  const contacts = useMemo(() => new Map((mailbox?.contacts ?? []).map((c) => [c.id, c])), [mailbox]);
  const rows = useMemo(() => new Map((report?.rows ?? []).map((r) => [r.contactId, r])), [report]);
  const circles = settings.taxonomy.filter((c) => c.enabled);
  const label = (id: string) => (circles.some((c) => c.id === id) ? circleLabel(circles, id, language) : '');
  const { filter: subcircle } = useSubcircleFilter();
  const drifting = useMemo(
    () => onlyMembers(report?.drifting ?? [], subcircle, (d) => d.contactId),
    [report, subcircle],
  );
  const health = useMemo(
    () =>
      report && subcircle ? circleHealth(onlyMembers(report.rows, subcircle, (r) => r.contactId)) : report?.health,
    [report, subcircle],
  );
  const week = report ? thisWeek(drifting, settings.keepInTouch, report.now) : [];
  const rhythmDaysOf = (c: CircleId) => rhythmDays(c, settings.rhythms ?? {});
  const outside = report ? outOfRhythm(shownHealth(health ?? report.health, circles, rhythmDaysOf)) : 0;
  const reminders = services.reminders ? (settings.keepInTouch?.reminders ?? 'ask') : 'unavailable';
  const listRef = useRef<HTMLUListElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const cards = () => [...(listRef.current?.querySelectorAll<HTMLElement>('[data-testid="keep-person"]') ?? [])];
  // A card that leaves this week's list (later, done) hands focus to the card that takes its place, or to the
  // message that says what happened when nobody is left; the message is also said by the pane's live region.
  const focusAfter = (contactId: string) => {
    const index = week.findIndex((d) => d.contactId === contactId);
    focusWhenReady(() => {
      const left = cards();
      if (left.some((c) => c.dataset.contact === contactId)) return null;
      return itemAt(left, index)?.querySelector('button') ?? noticeRef.current;
    });
  };

  return (
    <section className={styles.root} aria-labelledby="keep-title" data-testid="view-keep">
      <h1 id="keep-title" className={styles.title} tabIndex={-1}>
        {t('keep.title')}
      </h1>
      <SubcircleFilterBar />
      {settings.mailboxSignals !== 'on' && <p className={styles.intro}>{t('keep.signalsOff')}</p>}
      {settings.mailboxSignals === 'on' && !report && <Spinner size="small" label={t('keep.pending')} />}
      {/* Signals off: nothing was read, so no « personne ne s’éloigne » nor health figures of zeros (review3 N18). */}
      {settings.mailboxSignals === 'on' && report && (
        <>
          <p className={styles.intro} data-testid="keep-intro">
            {week.length > 0
              ? t('keep.intro', { count: week.length })
              : // Nobody drifting among the strong ties, yet people out of rhythm in the health below: say both,
                // « personne ne s’éloigne » above « 0 sur 2 dans le rythme » read as a contradiction (review2 #29).
                outside > 0
                ? subcircle
                  ? t('keep.noneButOutFiltered', { group: subcircle.label, count: outside })
                  : t('keep.noneButOut', { count: outside })
                : subcircle
                  ? t('keep.noneFiltered', { group: subcircle.label })
                  : t('keep.none')}
          </p>
          {reminders === 'ask' && week.length > 0 && (
            <RemindersOptIn
              onAnswer={(a) => {
                // The question goes away: focus goes on to the first person of the week.
                focusWhenReady(() => cards()[0]?.querySelector('button'));
                void actions.answerReminders(a);
              }}
            />
          )}
          {actions.notice && (
            <MessageBar intent={actions.notice.intent} ref={noticeRef} tabIndex={-1} data-testid="keep-notice">
              <MessageBarBody>{actions.notice.text}</MessageBarBody>
              {actions.notice.redraft && (
                <MessageBarActions>
                  <Button size="small" onClick={actions.notice.redraft.open} data-testid="keep-redraft">
                    {t(`draft.writeIn.${actions.notice.redraft.language}`)}
                  </Button>
                </MessageBarActions>
              )}
              {actions.notice.undo && (
                <MessageBarActions>
                  <Button
                    size="small"
                    aria-label={t('keep.undoMarkLabel', { name: actions.notice.undo.contact.displayName })}
                    onClick={() => {
                      // The person comes back in the list: the focus stays on the notice, which says so.
                      focusWhenReady(() => noticeRef.current);
                      void actions.undo();
                    }}
                    data-testid="keep-undo"
                  >
                    {t('keep.undoMark')}
                  </Button>
                </MessageBarActions>
              )}
            </MessageBar>
          )}
          {services.mode === 'demo' && <DemoDraftPreview />}
          {week.length > 0 && (
            <ul className={styles.list} aria-label={t('keep.people')} ref={listRef}>
              {week.map((d) => {
                const contact = contacts.get(d.contactId);
                const row = rows.get(d.contactId);
                if (!contact || !row) return null;
                const why = whyLine(t, language, d.why, label(d.why.circle), row.links);
                return (
                  <ReconnectCard
                    key={d.contactId}
                    contact={contact}
                    drifting={d}
                    links={row.links}
                    why={why}
                    reminders={reminders === 'on' ? 'on' : reminders === 'unavailable' ? 'unavailable' : 'off'}
                    busy={actions.busy === d.contactId}
                    reminded={actions.reminded.has(d.contactId)}
                    onDraft={() => actions.draft(contact, d.why.circle)}
                    onSnooze={() => {
                      focusAfter(d.contactId);
                      void actions.snooze(contact);
                    }}
                    onDone={() => {
                      focusAfter(d.contactId);
                      void actions.done(contact);
                    }}
                    onRemind={() => void actions.remind(contact, d, why)}
                  />
                );
              })}
            </ul>
          )}
          <h3 className={styles.heading}>{t('keep.health.title')}</h3>
          <CircleHealthList
            health={health ?? report.health}
            circles={circles}
            rhythmDaysOf={rhythmDaysOf}
            {...(subcircle ? { subcircle: subcircle.label } : {})}
          />
        </>
      )}
    </section>
  );
}
