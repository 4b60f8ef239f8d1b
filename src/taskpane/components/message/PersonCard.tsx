/**
 * One person of the open message: who they are, their circle (set, or suggested with reasons), and what
 * can be done: accept or change the circle, see the contact's details, or add a stranger to the contacts
 * in the chosen circle. Names, notes and evidence are untrusted: rendered as React text only.
 */
import { useState, type ReactNode } from 'react';
import { Badge, Button, Select } from '@fluentui/react-components';
import { CheckmarkRegular, PersonAddRegular } from '@fluentui/react-icons';
import type { CircleDefinition, CircleId } from '../../../core/circles/types';
import type { PersonPlacement } from '../../../core/people';
import { useLanguage, useT } from '../../i18n';
import { describeReasonsParts } from '../../../sentences/circleReasons';
import { ReasonLine } from '../common/ReasonLine';
import { UserText } from '../common/UserText';
import { colorToken } from '../circles/colors';
import { ContactDetails } from './ContactDetails';
import { usePersonCardStyles } from './PersonCard.styles';
import { circleLabel, circleName } from '../circles/labels';

export type PersonCardProps = {
  readonly placement: PersonPlacement;
  /** The circles a person can be put in (the enabled ones). */
  readonly circles: readonly CircleDefinition[];
  readonly busy: boolean;
  /** Puts a contact in a circle (accepting the suggestion, or another circle). */
  readonly onSetCircle: (placement: PersonPlacement, circle: CircleId) => void;
  /** Adds a person who is not a contact yet, in the chosen circle. */
  readonly onAdd: (placement: PersonPlacement, circle: CircleId) => void;
  /** What the mailbox says of the relationship (last exchange, rhythm), when the person is a contact. */
  readonly tie?: ReactNode;
};

export function PersonCard({ placement, circles, busy, onSetCircle, onAdd, tie }: PersonCardProps) {
  const styles = usePersonCardStyles();
  const t = useT();
  const language = useLanguage();
  const { person, status, contact, circle, suggestion } = placement;
  const [chosen, setChosen] = useState<CircleId | ''>(circle ?? '');
  const [details, setDetails] = useState<'shown' | 'hidden'>('hidden');
  const name = contact?.displayName || person.name || person.address;
  const byId = new Map(circles.map((c) => [c.id, c]));
  const label = (id: CircleId) => circleLabel(circles, id, language);
  const reasons = suggestion?.circle && status !== 'set' ? describeReasonsParts(suggestion.reasons, language) : [];
  const percent = Math.round((suggestion?.confidence ?? 0) * 100);
  const detailsId = `details-${person.address.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  // Each button's name starts with its visible text (WCAG 2.5.3) and names the person: five cards' buttons
  // must not all be read « Accepter ».
  const nameId = `${detailsId}-name`;

  return (
    <li
      className={styles.card}
      data-testid="person"
      data-address={person.address}
      data-status={status}
      data-circle={circle ?? ''}
    >
      <div className={styles.top}>
        {/* A heading per person, so a screen reader jumps from one to the next (h1 is the view's). */}
        <h2 id={nameId} className={styles.name} data-testid="person-name">
          <UserText text={name} />
        </h2>
        {/* « À » alone says nothing read aloud: the badge is seen, its meaning is heard. */}
        <Badge appearance="outline" size="small" aria-hidden>
          {t(`message.role.${person.role}`)}
        </Badge>
        <span className={styles.hidden}>{t(`message.roleSaid.${person.role}`)}</span>
      </div>
      <span className={styles.meta}>{person.address}</span>
      {tie}
      {status === 'set' && circle && (
        <span className={styles.circle} data-testid="person-circle">
          <span
            className={styles.swatch}
            style={{ backgroundColor: colorToken(byId.get(circle)?.color ?? 'none') }}
            aria-hidden
          />
          {t('message.inCircle', { circle: label(circle) })}
        </span>
      )}
      {status !== 'set' && circle && (
        <span className={styles.circle} data-testid="person-suggestion">
          <span
            className={styles.swatch}
            style={{ backgroundColor: colorToken(byId.get(circle)?.color ?? 'none') }}
            aria-hidden
          />
          {t('message.suggested', { circle: label(circle), percent })}
        </span>
      )}
      {status === 'stranger' && <span className={styles.meta}>{t('message.notContact')}</span>}
      {reasons.length > 0 && (
        <ul className={styles.reasons} data-testid="person-reasons">
          {reasons.map((r) => (
            <li key={`${r.before}${r.evidence}${r.after}`}>
              <ReasonLine parts={r} />
            </li>
          ))}
        </ul>
      )}
      {!circle && <span className={styles.meta}>{t('message.noSuggestion')}</span>}
      <div className={styles.actions}>
        <Select
          className={styles.select}
          size="small"
          aria-label={t('message.chooseCircle', { name })}
          value={chosen}
          onChange={(_, d) => setChosen(d.value as CircleId | '')}
          data-testid="person-circle-select"
        >
          {!chosen && <option value="">{t('message.pick')}</option>}
          {circles.map((c) => (
            <option key={c.id} value={c.id}>
              {circleName(c, language)}
            </option>
          ))}
        </Select>
        {status === 'stranger' ? (
          <Button
            size="small"
            appearance="primary"
            icon={<PersonAddRegular />}
            disabled={!chosen || busy}
            aria-label={busy ? undefined : t('message.addLabel', { name })}
            onClick={() => chosen && onAdd(placement, chosen)}
            data-testid="person-add"
          >
            {busy ? t('message.adding') : t('message.add')}
          </Button>
        ) : (
          <Button
            size="small"
            appearance={status === 'suggested' && chosen === circle ? 'primary' : 'secondary'}
            icon={<CheckmarkRegular />}
            disabled={!chosen || busy || (status === 'set' && chosen === circle)}
            aria-label={
              busy || !chosen
                ? undefined
                : t(status === 'suggested' && chosen === circle ? 'message.acceptLabel' : 'message.changeLabel', {
                    circle: label(chosen),
                    name,
                  })
            }
            onClick={() => chosen && onSetCircle(placement, chosen)}
            data-testid="person-apply"
          >
            {busy
              ? t('message.saving')
              : status === 'suggested' && chosen === circle
                ? t('message.accept')
                : t('message.change')}
          </Button>
        )}
        {contact && (
          <Button
            size="small"
            appearance="subtle"
            aria-expanded={details === 'shown'}
            aria-controls={detailsId}
            aria-label={t(details === 'shown' ? 'message.hideDetailsLabel' : 'message.detailsLabel', { name })}
            onClick={() => setDetails(details === 'shown' ? 'hidden' : 'shown')}
            data-testid="person-details"
          >
            {details === 'shown' ? t('message.hideDetails') : t('message.details')}
          </Button>
        )}
      </div>
      {contact && details === 'shown' && <ContactDetails id={detailsId} contact={contact} />}
    </li>
  );
}
