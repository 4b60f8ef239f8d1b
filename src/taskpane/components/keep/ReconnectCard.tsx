/** One person to get back in touch with: why, where the rhythm stands, give and take, and the actions. */
import { Button } from '@fluentui/react-components';
import { TaskListAddRegular, CheckmarkRegular, ClockRegular, MailEditRegular } from '@fluentui/react-icons';
import type { Contact } from '../../../core/model';
import type { Drifting, Links } from '../../../core/ties';
import { useT } from '../../i18n';
import { useKeepStyles } from './Keep.styles';
import { everyLabel } from './sentences';
import { UserText } from '../common/UserText';

export type ReconnectCardProps = {
  readonly contact: Contact;
  readonly drifting: Drifting;
  readonly links: Links;
  /** The one-line why, already written (the To Do task's note repeats it). */
  readonly why: string;
  readonly reminders: 'on' | 'off' | 'unavailable';
  readonly busy: boolean;
  /** A To Do task was made for this person in this session. */
  readonly reminded?: boolean;
  readonly onDraft: () => void;
  readonly onSnooze: () => void;
  readonly onDone: () => void;
  readonly onRemind: () => void;
};

export function ReconnectCard(props: ReconnectCardProps) {
  const styles = useKeepStyles();
  const t = useT();
  const { contact, drifting, links } = props;
  const { standing } = drifting;
  const nameId = `keep-${contact.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const name = contact.givenName ?? contact.displayName;
  const times = (count: number) => (count === 0 ? t('keep.never') : t('keep.times', { count }));
  return (
    <li className={styles.card} aria-labelledby={nameId} data-testid="keep-person" data-contact={contact.id}>
      <span id={nameId} className={styles.name}>
        <UserText text={contact.displayName} />
      </span>
      <p className={styles.why} data-testid="keep-why">
        {props.why}
      </p>
      <p className={styles.line}>
        {t('keep.rhythm', {
          every: everyLabel(t, standing.rhythmDays ?? 0),
          late: t('keep.late', { count: standing.overdueDays ?? 0 }),
        })}
      </p>
      {links.startedByYou + links.startedByThem > 0 && (
        <p className={styles.line}>
          {t('keep.started', { you: times(links.startedByYou), name, them: times(links.startedByThem) })}
        </p>
      )}
      {links.introducedByYou + links.introducedByThem > 0 && (
        <p className={styles.line}>
          {t('keep.intros', { byYou: links.introducedByYou, name, byThem: links.introducedByThem })}
        </p>
      )}
      <div className={styles.actions}>
        {/* Each name starts with the visible text (WCAG 2.5.3) and names the person: five cards' « C’est fait »
            must not all be read alike (review2 #24). */}
        <Button
          size="small"
          icon={<MailEditRegular />}
          onClick={props.onDraft}
          aria-label={t('keep.draftLabel', { name: contact.displayName })}
          data-testid="keep-draft"
        >
          {t('keep.draft')}
        </Button>
        <Button
          size="small"
          icon={<ClockRegular />}
          onClick={props.onSnooze}
          aria-label={t('keep.snoozeLabel', { name: contact.displayName })}
        >
          {t('keep.snooze')}
        </Button>
        <Button
          size="small"
          icon={<CheckmarkRegular />}
          onClick={props.onDone}
          aria-label={t('keep.doneLabel', { name: contact.displayName })}
        >
          {t('keep.done')}
        </Button>
        {props.reminders === 'on' && (
          <Button
            size="small"
            icon={<TaskListAddRegular />}
            onClick={props.onRemind}
            // Focusable while it works and once done: a disabled button would drop the keyboard focus to the page.
            disabledFocusable={props.busy || props.reminded === true}
            aria-label={t(
              props.busy ? 'keep.remindingLabel' : props.reminded ? 'keep.remindedLabel' : 'keep.remindLabel',
              { name: contact.displayName },
            )}
            data-testid="keep-remind"
          >
            {props.busy ? t('keep.reminding') : props.reminded ? t('keep.remindedShort') : t('keep.remind')}
          </Button>
        )}
      </div>
    </li>
  );
}
