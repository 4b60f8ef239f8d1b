/** The ranked people with their reasons in plain words, each with "draft an intro". */
import { Badge, Button } from '@fluentui/react-components';
import { MailRegular } from '@fluentui/react-icons';
import type { ShortlistEntry } from '../../../core/ambitions';
import type { Taxonomy } from '../../../core/circles/types';
import type { Contact } from '../../../core/model';
import { useLanguage, useT } from '../../i18n';
import { percentOf } from './percent';
import { describeShortlistReason } from './reasons';
import { useShortlistStyles } from './Shortlist.styles';

export type ShortlistResultsProps = {
  readonly entries: readonly ShortlistEntry[];
  readonly contacts: ReadonlyMap<string, Contact>;
  readonly taxonomy: Taxonomy;
  readonly onDraft: (contact: Contact) => void;
};

export function ShortlistResults({ entries, contacts, taxonomy, onDraft }: ShortlistResultsProps) {
  const styles = useShortlistStyles();
  const t = useT();
  const language = useLanguage();
  const best = entries[0]?.score ?? 0;
  return (
    <ol className={styles.list} aria-label={t('shortlist.results', { count: entries.length })} data-testid="shortlist">
      {entries.map((entry) => {
        const contact = contacts.get(entry.contactId);
        if (!contact) return null;
        const name = contact.displayName || contact.emailAddresses[0]?.address || contact.id;
        const meta = [contact.jobTitle, contact.companyName].filter(Boolean).join(' · ');
        return (
          <li
            key={entry.contactId}
            className={styles.item}
            data-testid="shortlist-entry"
            data-contact-id={entry.contactId}
          >
            <div className={styles.itemTop}>
              <span id={`shortlist-name-${entry.contactId}`} className={styles.name}>
                {name}
              </span>
              <Badge appearance="tint" color="brand">
                {t('shortlist.score', { percent: percentOf(entry.score, best) })}
              </Badge>
            </div>
            {meta && <span className={styles.meta}>{meta}</span>}
            <ul className={styles.reasons} data-testid="shortlist-reasons">
              {entry.reasons.slice(0, 4).map((r, i) => (
                <li key={`${r.kind}-${i}`}>{describeShortlistReason(r, t, language, taxonomy)}</li>
              ))}
            </ul>
            <div className={styles.row}>
              <Button
                size="small"
                icon={<MailRegular />}
                disabled={contact.emailAddresses.length === 0}
                // The visible text stays the name (WCAG 2.5.3); the person is the description.
                aria-describedby={`shortlist-name-${entry.contactId}`}
                onClick={() => onDraft(contact)}
                data-testid="draft-intro"
              >
                {t('shortlist.draft')}
              </Button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
