/** The contact's details as Outlook holds them, read-only, shown under the person. */
import type { Contact } from '../../../core/model';
import { useT } from '../../i18n';
import { usePersonCardStyles } from './PersonCard.styles';

export function ContactDetails({ id, contact }: { id: string; contact: Contact }) {
  const styles = usePersonCardStyles();
  const t = useT();
  const phones = [
    ...contact.businessPhones,
    ...(contact.mobilePhone ? [contact.mobilePhone] : []),
    ...contact.homePhones,
  ];
  const rows: [string, string | undefined][] = [
    ['message.field.emails', contact.emailAddresses.map((e) => e.address).join(', ')],
    ['message.field.company', contact.companyName],
    ['message.field.jobTitle', contact.jobTitle],
    ['message.field.department', contact.department],
    ['message.field.phone', phones.join(', ')],
    ['message.field.categories', contact.categories.join(', ')],
    ['message.field.notes', contact.personalNotes],
  ];
  return (
    <dl id={id} className={styles.details} data-testid="contact-details">
      {rows
        .filter(([, v]) => v)
        .map(([key, value]) => (
          <div key={key} className={styles.pair}>
            <dt className={styles.term}>{t(key)}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
