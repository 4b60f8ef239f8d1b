/**
 * One contact in the review, as one line: who, the circle the row stands for (its colour), the confidence,
 * and accept / reject. The company, the current circle, the reasons and the circle picker open on demand.
 * Names, companies and evidence are untrusted: they are rendered as React text only, isolated in their own
 * direction and shortened when huge (UserText), the whole value in their tooltip.
 *
 * The name is the row's button (it opens the details) and the one element of the row in the Tab order; the
 * list moves focus between rows with the arrow keys and turns letter keys into accept / reject (ReviewList).
 */
import { memo, useId } from 'react';
import { Badge, Button, Select, mergeClasses } from '@fluentui/react-components';
import {
  ArrowUndoRegular,
  CheckmarkRegular,
  ChevronDownRegular,
  ChevronRightRegular,
  DismissRegular,
  HistoryRegular,
} from '@fluentui/react-icons';
import type { CircleDefinition, CircleId } from '../../../core/circles/types';
import type { OlderEvidence, Reach } from '../../../core/usecases/older';
import { describeReasonsParts } from '../../../sentences/circleReasons';
import { ReasonLine } from '../common/ReasonLine';
import { SelectHint } from '../common/SelectHint';
import { useDeliberateSelect } from '../../hooks/deliberateSelect';
import { UserText } from '../common/UserText';
import { useLanguage, useT } from '../../i18n';
import { colorToken } from '../circles/colors';
// `circleName` is this row's own variable: the circle it is in.
import { circleLabel, circleName as shownName, findCircle } from '../circles/labels';
import type { ReviewRow } from './model';
import { KEYS_HINT_ID } from './keys';
import { nothingSays, olderNote, yearFrom, yearsOf } from './windowNote';
import { useContactRowStyles } from './ContactRow.styles';

export type ContactRowProps = {
  readonly row: ReviewRow;
  /** The circles a contact can be put in (enabled ones). */
  readonly circles: readonly CircleDefinition[];
  readonly onAccept: (contactId: string) => void;
  readonly onReject: (contactId: string) => void;
  readonly onChoose: (contactId: string, circle: CircleId) => void;
  readonly onForget: (contactId: string) => void;
  readonly onToggle: (contactId: string) => void;
  readonly expanded: boolean;
  /** The row holding the list's Tab stop: its details' controls are in the Tab order too. */
  readonly active: boolean;
  /** 'pending' while the engine has not answered yet: "no suggestion" would be premature. */
  readonly analysis?: 'pending' | 'ready';
  /** Evidence older than the signals window, for a contact without a suggestion. */
  readonly older?: OlderEvidence;
  /** How far back the pane read the mailbox (what "nothing says" can honestly claim). */
  readonly reach?: Reach;
  /** The signals window, in months. */
  readonly months?: number;
  /** Widens the window so that it reaches the contact's older evidence. */
  readonly onWiden?: (contactId: string) => void;
};

const statusColor = {
  accepted: 'success',
  changed: 'brand',
  rejected: 'danger',
  applied: 'success',
  'in-place': 'informative',
} as const;
const statusKey = {
  accepted: 'review.status.accepted',
  changed: 'review.status.changed',
  rejected: 'review.status.rejected',
  applied: 'review.status.applied',
  'in-place': 'review.status.inPlace',
} as const;

const allRead: Reach = { kind: 'all' };

/** A card as the user tells it from its twin: its name and first address. */
const cardName = (c: ReviewRow['contact']): string => {
  const address = c.emailAddresses[0]?.address;
  return address ? `${c.displayName || address} (${address})` : c.displayName;
};

const listOf = (language: 'fr' | 'en', items: readonly string[]): string =>
  new Intl.ListFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { type: 'conjunction' }).format(items);

/** The circle a row shows: none once the user rejected the suggestion. */
export const shownCircle = (row: ReviewRow): CircleId | null => (row.status === 'rejected' ? null : row.circle);

export const ContactRow = memo(function ContactRow({
  row,
  circles,
  onAccept,
  onReject,
  onChoose,
  onForget,
  onToggle,
  expanded,
  active,
  analysis = 'ready',
  older,
  reach = allRead,
  months,
  onWiden,
}: ContactRowProps) {
  const styles = useContactRowStyles();
  const t = useT();
  const language = useLanguage();
  const { contact, suggestion, current, decision, status } = row;
  const circle = shownCircle(row);
  const name = contact.displayName || contact.emailAddresses[0]?.address || contact.id;
  const percent = Math.round(row.confidence * 100);
  const reasons = suggestion?.circle && expanded ? describeReasonsParts(suggestion.reasons, language) : [];
  const suggestedLabel = suggestion?.circle ? circleLabel(circles, suggestion.circle, language) : '';
  const circleName = circle ? circleLabel(circles, circle, language) : t('circle.none');
  const meta = Boolean(contact.companyName || contact.jobTitle);
  const inner = active ? 0 : -1;
  const descId = `row-desc-${contact.id.replace(/[^\w-]/g, '_')}`;
  // Only a contact nobody placed yet: once a circle is chosen or in place, older messages change nothing.
  const unplaced = status === 'none' && !current && analysis === 'ready';
  const olderShown = unplaced ? older : undefined;
  const twins = row.twins ?? [];
  const cards = twins.length > 0 ? t('review.cards', { count: twins.length + 1 }) : '';
  const description = [
    circleName,
    cards,
    olderShown ? olderNote(language, olderShown) : '',
    suggestion?.circle && status === 'suggested' ? t('review.confidence', { percent }) : '',
    status !== 'suggested' && status !== 'none' ? t(statusKey[status]) : '',
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <div
      className={mergeClasses(styles.row, decision && styles.decided)}
      data-testid="contact-row"
      data-contact-id={contact.id}
      data-status={status}
      data-circle={circle ?? 'none'}
    >
      <div className={styles.line}>
        <span
          className={styles.swatch}
          style={{ backgroundColor: circle ? colorToken(findCircle(circles, circle)?.color ?? 'none') : 'transparent' }}
          aria-hidden="true"
        />
        <button
          type="button"
          className={styles.name}
          aria-expanded={expanded}
          aria-describedby={`${descId} ${KEYS_HINT_ID}`}
          aria-keyshortcuts={
            status === 'suggested' ? 'A R' : decision && status !== 'applied' ? 'Backspace' : undefined
          }
          tabIndex={active ? 0 : -1}
          data-focus-key={contact.id}
          data-testid="contact-name"
          onClick={() => onToggle(contact.id)}
        >
          {expanded ? (
            <ChevronDownRegular className={styles.chevron} aria-hidden="true" />
          ) : (
            <ChevronRightRegular className={styles.chevron} aria-hidden="true" />
          )}
          <UserText className={styles.nameText} text={name} />
        </button>
        {cards && (
          <span className={styles.cards} data-testid="cards" aria-hidden="true">
            {cards}
          </span>
        )}
        <span id={descId} className={styles.hidden}>
          {description}
        </span>
        {suggestion?.circle && status === 'suggested' && (
          <span className={styles.confidence} data-testid="confidence" aria-hidden="true">
            {t('review.percent', { percent })}
          </span>
        )}
        {status === 'suggested' && (
          <>
            <Button
              size="small"
              appearance="subtle"
              icon={<CheckmarkRegular />}
              aria-label={t('review.acceptLabel', { circle: suggestedLabel, name })}
              title={t('review.accept')}
              tabIndex={-1}
              onClick={() => onAccept(contact.id)}
              data-testid="accept"
            />
            <Button
              size="small"
              appearance="subtle"
              icon={<DismissRegular />}
              aria-label={t('review.rejectLabel', { name })}
              title={t('review.reject')}
              tabIndex={-1}
              onClick={() => onReject(contact.id)}
              data-testid="reject"
            />
          </>
        )}
        {status !== 'suggested' && status !== 'none' && (
          <Badge appearance="tint" color={statusColor[status]} data-testid="status" aria-hidden="true">
            {t(statusKey[status])}
          </Badge>
        )}
        {/* Once written to Outlook, a choice is undone with the run ("Undo the last apply"), not here. */}
        {decision && status !== 'applied' && (
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowUndoRegular />}
            aria-label={t('review.undoDecision', { name })}
            title={t('review.undoDecision', { name })}
            tabIndex={-1}
            onClick={() => onForget(contact.id)}
            data-testid="forget"
          />
        )}
      </div>
      {olderShown && (
        <span className={styles.older} data-testid="older-evidence" aria-hidden="true">
          {olderNote(language, olderShown)}
        </span>
      )}
      {expanded && (
        <div className={styles.details} data-testid="details">
          {meta && (
            <span className={styles.meta} data-testid="contact-company">
              {contact.companyName && <UserText text={contact.companyName} />}
              {contact.companyName && contact.jobTitle && ' · '}
              {contact.jobTitle && <UserText text={contact.jobTitle} />}
            </span>
          )}
          {twins.length > 0 && (
            <span className={styles.meta} data-testid="twins">
              {t('review.twins', { others: listOf(language, twins.map(cardName)) })}
            </span>
          )}
          {current && (
            <span className={styles.meta}>
              {t('review.current', { circle: circleLabel(circles, current, language) })}
            </span>
          )}
          <CircleSelect
            id={contact.id}
            circle={circle}
            circles={circles}
            tabIndex={inner}
            label={t('review.changeLabel', { name })}
            none={
              analysis === 'pending'
                ? t('review.analysing')
                : status === 'rejected'
                  ? t('circle.none')
                  : t('review.noSuggestion')
            }
            onChoose={onChoose}
          />
          {suggestion?.circle && reasons.length > 0 && (
            <ul className={styles.reasons} data-testid="reasons">
              {reasons.map((r) => (
                <li key={`${r.before}${r.evidence}${r.after}`}>
                  <ReasonLine parts={r} />
                </li>
              ))}
            </ul>
          )}
          {unplaced && olderShown && (
            <div className={styles.widen}>
              <span className={styles.meta} data-testid="older-details">
                {t('review.olderDetails', {
                  years: yearsOf(language, olderShown),
                  circle: circleLabel(circles, olderShown.circle, language),
                  period: t('review.period', { count: months ?? 0 }),
                })}
              </span>
              {onWiden && (
                <Button
                  size="small"
                  icon={<HistoryRegular />}
                  tabIndex={inner}
                  onClick={() => onWiden(contact.id)}
                  data-testid="widen"
                >
                  {t('review.widen', { year: yearFrom(language, olderShown) })}
                </Button>
              )}
            </div>
          )}
          {unplaced && !olderShown && (
            <span className={styles.meta} data-testid="nothing-says">
              {nothingSays(language, reach)}
            </span>
          )}
        </div>
      )}
    </div>
  );
});

type CircleSelectProps = {
  readonly id: string;
  readonly circle: CircleId | null;
  readonly circles: readonly CircleDefinition[];
  readonly tabIndex: number;
  readonly label: string;
  /** The first option's text while the row shows no circle. */
  readonly none: string;
  readonly onChoose: (contactId: string, circle: CircleId) => void;
};

/**
 * The row's circle picker: choosing moves the contact at once, so the arrows browse and Enter chooses
 * (hooks/deliberateSelect; the arrows moved the person through every circle, review2 #13).
 */
function CircleSelect({ id, circle, circles, tabIndex, label, none, onChoose }: CircleSelectProps) {
  const styles = useContactRowStyles();
  const language = useLanguage();
  const hint = useId();
  const select = useDeliberateSelect(circle ?? '', (value) => value && onChoose(id, value as CircleId));
  const pending = findCircle(circles, select.pending as CircleId | undefined);
  return (
    <>
      <Select
        className={styles.select}
        select={{ className: styles.native, tabIndex }}
        size="small"
        aria-label={label}
        aria-describedby={hint}
        {...select.props}
        data-testid="circle-select"
      >
        {!circle && <option value="">{none}</option>}
        {circles.map((c) => (
          <option key={c.id} value={c.id}>
            {shownName(c, language)}
          </option>
        ))}
      </Select>
      <SelectHint id={hint} pending={pending && shownName(pending, language)} />
    </>
  );
}
