/** The ranked people with their reasons in plain words, each with "draft an intro". */
import { Badge, Button } from '@fluentui/react-components';
import { MailRegular, PeopleSwapRegular } from '@fluentui/react-icons';
import type { ShortlistEntry } from '../../../core/ambitions';
import type { CircleId, Taxonomy } from '../../../core/circles/types';
import type { Contact } from '../../../core/model';
import { useLanguage, useT } from '../../i18n';
import { introducersText } from '../../../sentences/shortlist/explain';
import { describeShortlistReason } from '../../../sentences/shortlist/reasons';
import { UserText, isolate } from '../common/UserText';
import { useShortlistStyles } from './Shortlist.styles';

export type ShortlistResultsProps = {
  readonly entries: readonly ShortlistEntry[];
  /** The relevance beside each person (`relevancePercents`); a person missing from it shows none. */
  readonly percents: ReadonlyMap<string, number>;
  readonly contacts: ReadonlyMap<string, Contact>;
  readonly taxonomy: Taxonomy;
  /** The circle a contact's categories put them in now (a circle reason says "in your circle" only then). */
  readonly placedIn?: (contactId: string) => CircleId | undefined;
  readonly onDraft: (contact: Contact) => void;
  /** Drafts a request to `introducer` to introduce the user to `target`. */
  readonly onAskIntro: (introducer: Contact, target: Contact) => void;
  /** The id of the heading that names the list (matches, or the closest people). */
  readonly labelledBy: string;
};

/** "2 messages en commun, 1 rendez-vous ensemble". */
export function ShortlistResults({
  entries,
  percents,
  contacts,
  taxonomy,
  placedIn,
  onDraft,
  onAskIntro,
  labelledBy,
}: ShortlistResultsProps) {
  const styles = useShortlistStyles();
  const t = useT();
  const language = useLanguage();
  return (
    <ol className={styles.list} aria-labelledby={labelledBy} data-testid="shortlist">
      {entries.map((entry) => {
        const contact = contacts.get(entry.contactId);
        if (!contact) return null;
        const name = contact.displayName || contact.emailAddresses[0]?.address || contact.id;
        const meta = [contact.jobTitle, contact.companyName].filter((x): x is string => Boolean(x));
        const percent = percents.get(entry.contactId);
        const introducers = (entry.introducers ?? []).flatMap((i) => {
          const c = contacts.get(i.contactId);
          return c ? [{ contact: c, intro: i }] : [];
        });
        return (
          <li
            key={entry.contactId}
            className={styles.item}
            data-testid="shortlist-entry"
            data-contact-id={entry.contactId}
          >
            <div className={styles.itemTop}>
              <span id={`shortlist-name-${entry.contactId}`} className={styles.name}>
                <UserText text={name} />
              </span>
              {percent !== undefined && (
                <Badge appearance="tint" color="brand" data-testid="shortlist-score">
                  {t('shortlist.score', { percent })}
                </Badge>
              )}
            </div>
            {meta.length > 0 && (
              <span className={styles.meta} data-testid="shortlist-meta">
                {meta.map((m, i) => (
                  <span key={i}>
                    {i > 0 && ' · '}
                    <UserText text={m} />
                  </span>
                ))}
              </span>
            )}
            <ul className={styles.reasons} data-testid="shortlist-reasons">
              {entry.reasons.slice(0, 4).map((r, i) => (
                <li key={`${r.kind}-${i}`}>
                  {describeShortlistReason(r, t, language, taxonomy, {
                    placed: r.kind === 'circle' && placedIn?.(entry.contactId) === r.circle,
                  })}
                </li>
              ))}
            </ul>
            {introducers.length > 0 && (
              <span className={styles.intro} data-testid="shortlist-introducers">
                {introducersText(
                  introducers.map(({ contact: c, intro }) => ({ name: isolate(c.displayName), intro })),
                  t,
                  language,
                )}
              </span>
            )}
            <div className={styles.row}>
              {introducers.slice(0, 1).map(({ contact: c }) => (
                <Button
                  key={c.id}
                  size="small"
                  icon={<PeopleSwapRegular />}
                  disabled={c.emailAddresses.length === 0}
                  title={t('shortlist.askIntroLabel', { name: c.displayName, target: name })}
                  onClick={() => onAskIntro(c, contact)}
                  data-testid="ask-intro"
                >
                  {t('shortlist.askIntro', { name: c.givenName || c.displayName })}
                </Button>
              ))}
              <Button
                size="small"
                icon={<MailRegular />}
                disabled={contact.emailAddresses.length === 0}
                // Starts with the visible text (WCAG 2.5.3) and names the person: 25 buttons read apart.
                aria-label={t('shortlist.draftLabel', { name })}
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
