/**
 * The first view next to a message: its people (sender and recipients other than the user), each with
 * their circle, set or suggested with reasons, and the actions that place them. Follows ItemChanged.
 */
import { useMemo, useRef } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { classify } from '../../core/circles';
import { placePeople } from '../../core/people';
import { useLanguage, useT } from '../i18n';
import { useServices } from '../servicesContext';
import { useNetwork } from '../state/network';
import { MessagePicker } from '../components/message/MessagePicker';
import { PersonCard } from '../components/message/PersonCard';
import { useMessageActions, type ActionNotice } from '../components/message/useMessageActions';
import { isPickerHost, useOpenMessage } from '../components/message/useOpenMessage';
import { TieLine } from '../components/message/TieLine';
import { useTies } from '../state/useTies';
import { useMessageViewStyles } from './MessageView.styles';
import { InSentence, SLOT } from '../components/common/UserText';
import { circleLabel } from '../components/circles/labels';
import { focusWhenReady } from '../hooks/focusWhenReady';
import { useAnnounced } from '../components/common/Announcer';

export function MessageView() {
  const styles = useMessageViewStyles();
  const t = useT();
  const language = useLanguage();
  const services = useServices();
  const network = useNetwork();
  const open = useOpenMessage(services.office);
  const message = open.status === 'ready' ? open.message : null;
  // A result belongs to the message it was made on: it goes when another message is opened.
  const actions = useMessageActions(message);
  const { settings, mailbox, suggestions, feedback } = network;

  const placements = useMemo(
    () =>
      message && mailbox
        ? placePeople({
            people: message.people,
            mailbox,
            taxonomy: settings.taxonomy,
            prefix: settings.categoryPrefix,
            classify,
            feedback,
            signals: settings.mailboxSignals,
            suggestions,
          })
        : [],
    [message, mailbox, settings, suggestions, feedback],
  );
  const circles = useMemo(() => settings.taxonomy.filter((c) => c.enabled), [settings.taxonomy]);
  const report = useTies();
  const tieRows = useMemo(() => new Map((report?.rows ?? []).map((r) => [r.contactId, r])), [report]);
  const label = (id: string) => circleLabel(circles, id, language);
  const listRef = useRef<HTMLUListElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // A placed person's card is redrawn (its button turns "Change", disabled): focus goes on to the next person
  // still to place, as a keyboard user working down the message would, or to the result when nobody is left
  // or the action failed.
  const focusAfter = (address: string, done: Promise<ActionNotice>) =>
    void done.then((notice) =>
      focusWhenReady(() => {
        if (notice.kind === 'failed') return noticeRef.current;
        const cards = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-testid="person"]') ?? [])];
        const after = cards.slice(cards.findIndex((c) => c.dataset.address === address) + 1);
        const next = after
          .map((c) => c.querySelector<HTMLButtonElement>('[data-testid="person-apply"], [data-testid="person-add"]'))
          .find((b) => b && !b.disabled);
        return next ?? noticeRef.current;
      }),
    );

  return (
    <section className={styles.root} aria-labelledby="message-title" data-testid="message-view">
      <h1 id="message-title" className={styles.heading} tabIndex={-1}>
        {t('message.title')}
      </h1>
      {isPickerHost(services.office) && <MessagePicker host={services.office} currentId={message?.id} />}
      {open.status === 'loading' && <Spinner size="small" label={t('message.loading')} />}
      {open.status === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>{t('message.readError', { error: open.error })}</MessageBarBody>
        </MessageBar>
      )}
      {open.status === 'ready' && !message && <p>{t('message.none')}</p>}
      {message && (
        <>
          <span className={styles.subject} data-testid="message-subject">
            {message.subject ? (
              <InSentence sentence={t('message.subject', { subject: SLOT })} text={message.subject} />
            ) : (
              t('message.subject', { subject: t('message.noSubject') })
            )}
          </span>
          {placements.length === 0 && <p>{t('message.nobody')}</p>}
          <ul className={styles.list} aria-label={t('message.title')} data-testid="people" ref={listRef}>
            {placements.map((p) => (
              <PersonCard
                // A new message or a new placement resets the card's local choice.
                key={`${message.id ?? ''}|${p.person.address}|${p.status}|${p.circle ?? ''}`}
                placement={p}
                circles={circles}
                busy={actions.busy(p.person.address)}
                onSetCircle={(pl, c) => focusAfter(pl.person.address, actions.setCircle(pl, c))}
                onAdd={(pl, c) => focusAfter(pl.person.address, actions.add(pl, c))}
                tie={(() => {
                  const row = p.contact && tieRows.get(p.contact.id);
                  return row ? <TieLine row={row} className={styles.tie} /> : undefined;
                })()}
              />
            ))}
          </ul>
        </>
      )}
      <div ref={noticeRef} tabIndex={-1} data-testid="message-result">
        {actions.notice && (
          <Notice
            notice={actions.notice}
            label={label}
            onUndo={
              actions.undoAdd && ((n) => void actions.undoAdd?.(n).then(() => focusWhenReady(() => noticeRef.current)))
            }
          />
        )}
      </div>
    </section>
  );
}

type NoticeProps = {
  readonly notice: ActionNotice;
  readonly label: (id: string) => string;
  /** Deletes the contact an « Ajouter » created; absent when the contacts cannot be deleted. */
  readonly onUndo?: ((notice: ActionNotice) => void) | undefined;
};

function Notice({ notice, label, onUndo }: NoticeProps) {
  const t = useT();
  const done =
    notice.kind === 'failed'
      ? undefined
      : t(`message.${notice.kind}`, { name: notice.name, circle: label(notice.circle) });
  // The error is an alert where it shows; the result is said by the pane's live region.
  useAnnounced(done, notice);
  if (notice.kind === 'failed')
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{t('message.failed', { error: notice.error })}</MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent="success" data-testid="message-notice">
      <MessageBarBody>{done}</MessageBarBody>
      {notice.kind === 'added' && notice.created && onUndo && (
        <MessageBarActions>
          <Button
            size="small"
            aria-label={t('message.undoAddLabel', { name: notice.name })}
            onClick={() => onUndo(notice)}
            data-testid="message-undo-add"
          >
            {t('message.undoAdd')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
