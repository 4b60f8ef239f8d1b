/**
 * One contact in the review: who, where they work, the suggested circle with its confidence and reasons,
 * and the user's choices. Names, companies and evidence are untrusted: they are rendered as React text only.
 */
import { memo } from 'react';
import { Badge, Button, Select, mergeClasses } from '@fluentui/react-components';
import { ArrowUndoRegular, CheckmarkRegular, DismissRegular } from '@fluentui/react-icons';
import type { CircleDefinition, CircleId } from '../../../core/circles/types';
import { describeReasons } from '../../i18n/reasons';
import { useLanguage, useT } from '../../i18n';
import { circleLabel } from '../circles/labels';
import type { ReviewRow } from './model';
import { useContactRowStyles } from './ContactRow.styles';

export type ContactRowProps = {
  readonly row: ReviewRow;
  /** The circles a contact can be put in (enabled ones). */
  readonly circles: readonly CircleDefinition[];
  readonly onAccept: (contactId: string) => void;
  readonly onReject: (contactId: string) => void;
  readonly onChoose: (contactId: string, circle: CircleId) => void;
  readonly onForget: (contactId: string) => void;
  /** 'pending' while the engine has not answered yet: "no suggestion" would be premature. */
  readonly analysis?: 'pending' | 'ready';
};

const statusColor = { accepted: 'success', changed: 'brand', rejected: 'danger', 'in-place': 'informative' } as const;
const statusKey = {
  accepted: 'review.status.accepted',
  changed: 'review.status.changed',
  rejected: 'review.status.rejected',
  'in-place': 'review.status.inPlace',
} as const;

export const ContactRow = memo(function ContactRow({
  row,
  circles,
  onAccept,
  onReject,
  onChoose,
  onForget,
  analysis = 'ready',
}: ContactRowProps) {
  const styles = useContactRowStyles();
  const t = useT();
  const language = useLanguage();
  const { contact, suggestion, current, decision, circle, status } = row;
  const name = contact.displayName || contact.emailAddresses[0]?.address || contact.id;
  const percent = Math.round(row.confidence * 100);
  const reasons = suggestion ? describeReasons(suggestion.reasons, language) : [];
  const suggestedLabel = suggestion?.circle ? circleLabel(circles, suggestion.circle, language) : '';
  const meta = [contact.companyName, contact.jobTitle].filter(Boolean).join(' · ');

  return (
    <div
      className={mergeClasses(styles.row, decision && styles.decided)}
      data-testid="contact-row"
      data-contact-id={contact.id}
      data-status={status}
    >
      <div className={styles.top}>
        <span className={styles.name} data-testid="contact-name">
          {name}
        </span>
        {suggestion?.circle && (
          <Badge
            appearance="tint"
            color={percent >= 70 ? 'success' : percent >= 40 ? 'warning' : 'subtle'}
            data-testid="confidence"
          >
            {t('review.confidence', { percent })}
          </Badge>
        )}
      </div>
      {meta && (
        <span className={styles.meta} data-testid="contact-company">
          {meta}
        </span>
      )}
      {current && (
        <span className={styles.meta}>{t('review.current', { circle: circleLabel(circles, current, language) })}</span>
      )}
      <div className={styles.actions}>
        <Select
          className={styles.select}
          select={{ className: styles.native }}
          size="small"
          aria-label={t('review.changeLabel', { name })}
          value={circle ?? ''}
          onChange={(_, d) => d.value && onChoose(contact.id, d.value as CircleId)}
          data-testid="circle-select"
        >
          {!circle && (
            <option value="">{analysis === 'pending' ? t('review.analysing') : t('review.noSuggestion')}</option>
          )}
          {circles.map((c) => (
            <option key={c.id} value={c.id}>
              {c.labels[language]}
            </option>
          ))}
        </Select>
        {status === 'suggested' && (
          <>
            <Button
              size="small"
              appearance="primary"
              icon={<CheckmarkRegular />}
              aria-label={t('review.acceptLabel', { circle: suggestedLabel, name })}
              onClick={() => onAccept(contact.id)}
              data-testid="accept"
            >
              {t('review.accept')}
            </Button>
            <Button
              size="small"
              icon={<DismissRegular />}
              aria-label={t('review.rejectLabel', { name })}
              title={t('review.reject')}
              onClick={() => onReject(contact.id)}
              data-testid="reject"
            />
          </>
        )}
        {status !== 'suggested' && status !== 'none' && (
          <Badge appearance="filled" color={statusColor[status]} data-testid="status">
            {t(statusKey[status])}
          </Badge>
        )}
        {decision && (
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowUndoRegular />}
            aria-label={t('review.undoDecision', { name })}
            title={t('review.undoDecision', { name })}
            onClick={() => onForget(contact.id)}
          />
        )}
      </div>
      {suggestion?.circle && reasons.length > 0 && (
        <ul className={styles.reasons} data-testid="reasons">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {!suggestion?.circle && !current && analysis === 'ready' && (
        <span className={styles.meta}>{t('review.noReason')}</span>
      )}
    </div>
  );
});
