/** The map of the network: circle sizes, the share of contacts in no circle, and each circle's strongest ties. */
import { useMemo, useRef } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { groupNames } from '../../core/groups/labels';
import { everyGroup } from '../../core/usecases/groups';
import { CircleBars } from '../components/map/CircleBars';
import { buildNetworkMap, percent, TIES_PER_CIRCLE } from '../components/map/model';
import { circleLabel } from '../components/circles/labels';
import { SubcircleDisclosure } from '../components/groups/SubcircleDisclosure';
import { SubcircleList, type SubcircleEntry } from '../components/groups/SubcircleList';
import { useSubcircleActions } from '../components/groups/useSubcircleActions';
import { useLanguage, useT } from '../i18n';
import { useServices } from '../servicesContext';
import { useNetwork } from '../state/network';
import { categoryLanguage } from '../state/runs';
import { useStrongestTies } from '../state/strongest';
import { useSubcircles } from '../state/subcircles';
import { useMapStyles } from './MapView.styles';
import { UserText } from '../components/common/UserText';
import { focusWhenReady } from '../hooks/focusWhenReady';
import { useAnnounced } from '../components/common/Announcer';

export function MapView() {
  const styles = useMapStyles();
  const t = useT();
  const language = useLanguage();
  const { mailbox, suggestions, currentCircle, settings } = useNetwork();
  // Found by the engine, off this thread (a pass over every message and event).
  const strongest = useStrongestTies(TIES_PER_CIRCLE);
  const map = useMemo(
    () => buildNetworkMap(mailbox?.contacts ?? [], currentCircle, suggestions, strongest, settings.taxonomy),
    [mailbox, currentCircle, suggestions, strongest, settings.taxonomy],
  );
  const withTies = map.circles.filter((c) => c.placed + c.suggested > 0);
  const services = useServices();
  const subcircles = useSubcircles();
  const actions = useSubcircleActions();
  // Errors are alerts where they show; other results are said by the pane's live region.
  useAnnounced(actions.notice?.intent === 'error' ? undefined : actions.notice?.text, actions.notice);
  const noticeRef = useRef<HTMLDivElement>(null);
  // Writing or undoing disables the buttons while it runs: then the result takes focus, on its "Undo" when
  // it has one (WAI-ARIA APG: the confirmation with its undo), else the message itself.
  const focusNotice = () =>
    focusWhenReady(() => noticeRef.current?.querySelector<HTMLElement>('button') ?? noticeRef.current);
  const write = (g: SubcircleEntry) => void actions.write(g).then(focusNotice);
  // Every named sub-circle under its circle, with the communities shown that sit inside one circle; the
  // communities that cross circles get their own list. Each carries the category it would be written as: its
  // name in the categories' language, unique among the groups listed (as its label is), so no two groups
  // write into one category.
  const groups = useMemo(() => {
    const byCircle = new Map<string, SubcircleEntry[]>();
    const across: SubcircleEntry[] = [];
    if (subcircles.status !== 'ready' || !mailbox) return { byCircle, across };
    const names = new Map(mailbox.contacts.map((c) => [c.id, c.displayName]));
    const all = everyGroup(subcircles.result);
    const categories = groupNames(all, categoryLanguage(settings, services.language), settings.taxonomy, names);
    for (const g of all) {
      const entry: SubcircleEntry = {
        ...g,
        title: g.label,
        category: `${settings.categoryPrefix}${categories.get(g.id)!}`,
      };
      if (g.circle === null) across.push(entry);
      else byCircle.set(g.circle, [...(byCircle.get(g.circle) ?? []), entry]);
    }
    return { byCircle, across };
  }, [subcircles, mailbox, settings, services.language]);

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
      {actions.notice && (
        <MessageBar
          intent={actions.notice.intent}
          {...(actions.notice.intent === 'error' ? { role: 'alert' } : {})}
          ref={noticeRef}
          tabIndex={-1}
          data-testid="subcircle-notice"
          layout="multiline"
        >
          <MessageBarBody>{actions.notice.text}</MessageBarBody>
          {actions.notice.undoRunId !== undefined && (
            <MessageBarActions>
              <Button
                size="small"
                disabled={actions.busy}
                {...(actions.notice.category
                  ? { 'aria-label': t('groups.undoLabel', { category: actions.notice.category }) }
                  : {})}
                onClick={() => void actions.undo(actions.notice!.undoRunId!).then(focusNotice)}
              >
                {t('groups.undo')}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {subcircles.status === 'loading' && (
        <Spinner size="extra-tiny" labelPosition="after" label={t('groups.loading')} />
      )}
      <CircleBars
        sizes={map.circles}
        total={map.total}
        taxonomy={settings.taxonomy}
        below={(circle, label) => {
          const list = groups.byCircle.get(circle);
          return list && list.length > 0 ? (
            <SubcircleDisclosure
              title={label}
              groups={list}
              busy={actions.busy}
              onFilter={actions.filter}
              onWrite={write}
            />
          ) : null;
        }}
      />
      {groups.across.length > 0 && (
        <section aria-labelledby="groups-across" data-testid="groups-across">
          <h3 id="groups-across" className={styles.heading}>
            {t('groups.across')}
          </h3>
          <SubcircleList groups={groups.across} busy={actions.busy} onFilter={actions.filter} onWrite={write} />
        </section>
      )}
      <div className={styles.ties}>
        <h3 className={styles.heading}>{t('map.ties')}</h3>
        {withTies.length === 0 && <p className={styles.hint}>{t('map.empty')}</p>}
        {withTies.length > 0 && !strongest && (
          <Spinner size="extra-tiny" labelPosition="after" label={t('map.tiesLoading')} data-testid="ties-loading" />
        )}
        {strongest &&
          withTies.map((c) => (
            <section
              key={c.circle}
              aria-label={t('map.tiesOf', { circle: circleLabel(settings.taxonomy, c.circle, language) })}
              data-testid="ties"
              data-circle={c.circle}
            >
              <h4 className={styles.circleTitle}>{circleLabel(settings.taxonomy, c.circle, language)}</h4>
              {!c.strongest?.length ? (
                <p className={styles.hint}>{t('map.noTies')}</p>
              ) : (
                <ol className={styles.tieList}>
                  {c.strongest.map(({ contact, tie }) => (
                    <li key={contact.id}>
                      <UserText text={contact.displayName} />{' '}
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
