/** The map of the network: circle sizes, the share of contacts in no circle, and each circle's strongest ties. */
import { useMemo } from 'react';
import { computeTies } from '../../core/ambitions';
import { latestDate } from '../../core/ambitions/ties';
import { CircleBars } from '../components/map/CircleBars';
import { buildNetworkMap, percent } from '../components/map/model';
import { circleLabel } from '../components/circles/labels';
import { useLanguage, useT } from '../i18n';
import { useNetwork } from '../state/network';
import { useMapStyles } from './MapView.styles';

export function MapView() {
  const styles = useMapStyles();
  const t = useT();
  const language = useLanguage();
  const { mailbox, suggestions, currentCircle, settings } = useNetwork();
  // Recency is measured from the mailbox's latest item, so an old export still shows who mattered most.
  const ties = useMemo(() => (mailbox ? computeTies(mailbox, latestDate(mailbox)) : new Map()), [mailbox]);
  const map = useMemo(
    () => buildNetworkMap(mailbox?.contacts ?? [], currentCircle, suggestions, ties, settings.taxonomy),
    [mailbox, currentCircle, suggestions, ties, settings.taxonomy],
  );
  const withTies = map.circles.filter((c) => c.placed + c.suggested > 0);

  return (
    <section className={styles.root} aria-labelledby="map-title" data-testid="view-map">
      <h1 id="map-title" className={styles.title} tabIndex={-1}>
        {t('map.title')}
      </h1>
      <p className={styles.unassigned} data-testid="unassigned">
        {t('map.unassigned', { percent: percent(map.unassigned, map.total), count: map.unassigned })}
      </p>
      <div>
        <h3 className={styles.heading}>{t('map.chart')}</h3>
        <p className={styles.hint}>{t('map.legend')}</p>
      </div>
      <CircleBars sizes={map.circles} total={map.total} taxonomy={settings.taxonomy} />
      <div className={styles.ties}>
        <h3 className={styles.heading}>{t('map.ties')}</h3>
        {withTies.length === 0 && <p className={styles.hint}>{t('map.empty')}</p>}
        {withTies.map((c) => (
          <section
            key={c.circle}
            aria-label={t('map.tiesOf', { circle: circleLabel(settings.taxonomy, c.circle, language) })}
            data-testid="ties"
            data-circle={c.circle}
          >
            <h4 className={styles.circleTitle}>{circleLabel(settings.taxonomy, c.circle, language)}</h4>
            {c.strongest.length === 0 ? (
              <p className={styles.hint}>{t('map.noTies')}</p>
            ) : (
              <ol className={styles.tieList}>
                {c.strongest.map(({ contact, tie }) => (
                  <li key={contact.id}>
                    <span>{contact.displayName}</span>{' '}
                    <span className={styles.tieMeta}>
                      {t('map.tie', {
                        messages: t('map.tie.messages', { count: tie.received + tie.sent + tie.shared }),
                        events: t('map.tie.events', { count: tie.events }),
                      })}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
