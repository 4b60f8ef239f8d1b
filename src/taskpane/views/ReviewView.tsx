/** Review: the engine's suggestions grouped by circle, filters, one-by-one and bulk choices, and applying them. */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { CircleDefinition, Taxonomy } from '../../core/circles/types';
import type { Contact } from '../../core/model';
import { ApplyPanel, type ApplyPanelProps } from '../components/apply/ApplyPanel';
import { SignalsConsentNotice } from '../components/consent/SignalsConsentNotice';
import { useRun } from '../components/apply/useRun';
import {
  acceptableAbove,
  buildRows,
  countByCircle,
  emptyFilter,
  foldDuplicates,
  groupRanked,
  matcher,
  nameOrder,
  pendingOutside,
  pendingPeople,
  rankRows,
  stableOrder,
  type RankedRows,
  type ReviewFilter,
  type ReviewRow,
} from '../components/review/model';
import { activeFilters, ReviewFilters } from '../components/review/ReviewFilters';
import { ReviewList, type ReviewListProps } from '../components/review/ReviewList';
import { monthsToReach } from '../../core/usecases/older';
import { DEFAULT_SIGNALS_MONTHS } from '../../core/signals-window';
import { focusWhenReady } from '../hooks/focusWhenReady';
import { WidenNotice, type Widened } from '../components/review/WidenNotice';
import { SubcircleFilterBar } from '../components/groups/SubcircleFilterBar';
import { useT } from '../i18n';
import { pendingAssignments, useDecisions, type ChoiceKind } from '../state/decisions';
import { useTwinDecisions } from '../state/twins';
import { useNetwork } from '../state/network';
import type { EngineClient } from '../state/engine/client';
import { noFeedback, useEngineAnswer } from '../state/engine/useAnswer';
import { onlyMembers, useSubcircleFilter, type SubcircleFilter } from '../state/subcircleFilter';
import { useReviewViewStyles } from './ReviewView.styles';

const noContacts: readonly Contact[] = [];
const noGroups: readonly (readonly string[])[] = [];

/** The groups' members within the sub-circle, groups of one dropped. */
function inSubcircle(
  groups: readonly (readonly string[])[],
  subcircle: SubcircleFilter | undefined,
): readonly (readonly string[])[] {
  if (!subcircle) return groups;
  return groups.map((g) => g.filter((id) => subcircle.members.has(id))).filter((g) => g.length > 1);
}

/**
 * The review in stages, components of their own so that a transition (new suggestions: state/network.tsx)
 * renders them in separate slices of work, between which React yields to the browser: this one reads the
 * network and builds a row per contact; FoldedRows folds the possible duplicates; ReviewBody ranks the rows;
 * GroupedList filters, groups and sorts them; the list lays them out. Each is one pass over every row.
 */
export function ReviewView() {
  const network = useNetwork();
  const decided = useDecisions();
  const { decisions } = decided;
  // A sub-circle chosen on the map narrows the review to its people.
  const { filter: subcircle } = useSubcircleFilter();
  const everyone = network.mailbox?.contacts ?? noContacts;
  const contacts = useMemo(() => onlyMembers(everyone, subcircle, (c) => c.id), [everyone, subcircle]);
  const { suggestions, currentCircle, settings } = network;
  // Possible duplicates: one row, and one decision files every card (nothing is merged in Outlook). Found by
  // the engine off this thread, over the whole mailbox (the rows fold once it answers); a sub-circle keeps the
  // groups' members in it. They read the contacts alone: asked again when the contacts change, not when the
  // signals or the suggestions come (each answer folded the 10,000 rows again), and an answer that finds the
  // same groups keeps the ones on screen.
  const owner = network.mailbox?.owner;
  const askTwins = useCallback(
    (engine: EngineClient) =>
      owner
        ? engine.duplicates({ owner, contacts: everyone, messages: [], events: [], settings, userModel: noFeedback })
        : Promise.reject(new Error('The network is not loaded yet')),
    [owner, everyone, settings],
  );
  const twins = useEngineAnswer(owner ? askTwins : undefined, sameGroups).value;
  const groups = useMemo(() => inSubcircle(twins ?? noGroups, subcircle), [twins, subcircle]);
  const choices = useTwinDecisions(decided, groups, suggestions);
  const built = useMemo(
    () => buildRows(contacts, suggestions, currentCircle, decisions),
    [contacts, suggestions, currentCircle, decisions],
  );
  return <FoldedRows contacts={contacts} built={built} groups={groups} choices={choices} />;
}

type FoldedRowsProps = Omit<ReviewBodyProps, 'rows'> & {
  readonly built: readonly ReviewRow[];
  readonly groups: readonly (readonly string[])[];
};

/** Possible duplicates folded into one row each: a slice of its own (see ReviewView). */
function FoldedRows({ built, groups, ...body }: FoldedRowsProps) {
  const rows = useMemo(() => foldDuplicates(built, groups), [built, groups]);
  return <ReviewBody {...body} rows={rows} />;
}

type ReviewBodyProps = {
  readonly contacts: readonly Contact[];
  readonly rows: readonly ReviewRow[];
  readonly choices: ReturnType<typeof useTwinDecisions>;
};

function ReviewBody({ contacts, rows, choices }: ReviewBodyProps) {
  const styles = useReviewViewStyles();
  const t = useT();
  const network = useNetwork();
  const { decisions } = useDecisions();
  const run = useRun();
  const [filter, setFilter] = useState<ReviewFilter>(emptyFilter);
  // Typing in the search box stays instant; the 10,000-row filter catches up.
  const deferredFilter = useDeferredValue(filter);
  const { currentCircle, settings } = network;
  const circles = useMemo(() => settings.taxonomy.filter((c) => c.enabled), [settings.taxonomy]);
  const { accept, choose, reject, forget } = choices;
  // The names are put in order once per list of contacts, not at each slice of suggestions.
  const names = useMemo(() => nameOrder(contacts), [contacts]);
  // The list keeps its order while the user works through it (see stableOrder); leaving the view resets it.
  const [order] = useState(stableOrder);
  const analysed = (network.analysis ?? 'ready') === 'ready';
  // Ranked here, grouped in GroupedList: two slices; a new filter groups again without ranking again.
  const ranked = useMemo(() => {
    order.nextRound(analysed);
    return rankRows(rows, order, names);
  }, [order, analysed, rows, names]);
  const pending = useMemo(() => pendingAssignments(decisions, currentCircle), [decisions, currentCircle]);

  const onForget = useCallback((id: string) => forget([id]), [forget]);
  const onApply = useCallback(() => void run.apply(pending), [run, pending]);
  // One action: the window the contact's older evidence needs, saved as the user's choice (Settings shows it);
  // the notice says it holds for everyone, what changed, and goes back (WidenNotice).
  const [widened, setWidened] = useState<Widened>();
  const widen = useCallback(
    (id: string) => {
      const older = network.outside?.evidence.get(id);
      if (!older) return;
      const previous = network.settings.signalsMonths ?? DEFAULT_SIGNALS_MONTHS;
      const months = monthsToReach(new Date(), older.from);
      const step = { months, previous, before: network.suggestions };
      setWidened({ ...step, done: false });
      void network
        .saveSettings({ ...network.settings, signalsMonths: months })
        .then(() => setWidened((w) => (w?.before === step.before ? { ...step, done: true } : w)));
    },
    [network],
  );
  const unwiden = useCallback(() => {
    if (!widened) return;
    setWidened(undefined);
    // The notice and its button go: the focus goes to the review's title rather than to the page.
    focusWhenReady(() => document.getElementById('review-title'));
    void network.saveSettings({ ...network.settings, signalsMonths: widened.previous });
  }, [network, widened]);

  return (
    <section className={styles.root} aria-labelledby="review-title" data-testid="view-review">
      <h1 id="review-title" className={styles.title} tabIndex={-1}>
        {t('review.title')}
      </h1>
      <SubcircleFilterBar />
      {widened && <WidenNotice widened={widened} suggestions={network.suggestions} onUndo={unwiden} />}
      {/* Over a network painted from memory, the notice above says it is updating: the counts stay. */}
      {network.analysis === 'pending' && network.memory?.state !== 'updating' ? (
        <Spinner size="extra-tiny" labelPosition="after" label={t('review.analysing')} data-testid="analysing" />
      ) : (
        <ReviewSummary rows={rows} contacts={contacts.length} />
      )}
      {network.signalsConsent === 'declined' && (
        <SignalsConsentNotice {...(network.retrySignalsConsent ? { onRetry: network.retrySignalsConsent } : {})} />
      )}
      {network.signalsError && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('review.signalsError', { error: network.signalsError })}</MessageBarBody>
        </MessageBar>
      )}
      <FiltersOver
        rows={rows}
        filter={filter}
        deferredFilter={deferredFilter}
        circles={circles}
        onChange={setFilter}
        onAccept={accept}
      />
      <GroupedList
        ranked={ranked}
        filter={deferredFilter}
        taxonomy={settings.taxonomy}
        circles={circles}
        onAccept={accept}
        onReject={reject}
        onChoose={choose}
        onForget={onForget}
        analysis={network.analysis ?? 'ready'}
        // A search alone narrowing the list to nothing: say which words found nobody (review3 N16).
        {...(deferredFilter.query.trim() && activeFilters(deferredFilter) === 0
          ? { emptyText: t('review.emptySearch', { query: deferredFilter.query.trim() }) }
          : {})}
        {...(network.outside ? { outside: network.outside, onWiden: widen } : {})}
      />
      <ApplyOver
        rows={rows}
        pending={pending}
        onApply={onApply}
        run={run}
        {...(network.memory?.state === 'updating' ? { waitFor: 'update' as const } : {})}
      />
    </section>
  );
}

type GroupedListProps = Omit<ReviewListProps, 'items'> & {
  readonly ranked: RankedRows;
  readonly filter: ReviewFilter;
  readonly taxonomy: Taxonomy;
};

/** The ranked rows filtered, grouped and sorted, then laid out by the list: a slice of its own. */
function GroupedList({ ranked, filter, taxonomy, ...list }: GroupedListProps) {
  const items = useMemo(() => groupRanked(ranked, filter, taxonomy), [ranked, filter, taxonomy]);
  return <ReviewList {...list} items={items} />;
}

type ApplyOverProps = Omit<ApplyPanelProps, 'pending' | 'cards'> & {
  readonly rows: readonly ReviewRow[];
  readonly pending: ReadonlyMap<string, unknown>;
};

/** The apply bar, counting the people the pending changes are for: a pass over every row, in a slice apart. */
function ApplyOver({ rows, pending, ...panel }: ApplyOverProps) {
  const people = useMemo(() => pendingPeople(rows, pending), [rows, pending]);
  // Filtered on a group, the choices made outside it are still applied: the count says how many (review3 N23).
  const outside = useMemo(() => pendingOutside(rows, pending), [rows, pending]);
  return <ApplyPanel {...panel} pending={people} cards={pending.size} outside={outside} />;
}

/** Possible duplicates found again are the same groups when each holds the same cards in the same order. */
const sameGroups = (a: readonly (readonly string[])[], b: readonly (readonly string[])[]): boolean =>
  a.length === b.length && a.every((g, i) => g.length === b[i]!.length && g.every((id, j) => id === b[i]![j]));

/**
 * The summary, and below the filters with their counts: components of their own, so that new suggestions
 * render them in slices apart from the grouping of the list (each is a pass over every row).
 */
function ReviewSummary({ rows, contacts }: { readonly rows: readonly ReviewRow[]; readonly contacts: number }) {
  const styles = useReviewViewStyles();
  const t = useT();
  const suggested = useMemo(() => {
    let n = 0;
    for (const r of rows) if (r.suggestion?.circle) n++;
    return n;
  }, [rows]);
  return (
    <p className={styles.summary}>
      {t('review.summary', {
        suggestions: t('review.summary.suggestions', { count: suggested }),
        contacts: t('review.summary.contacts', { count: contacts }),
      })}
    </p>
  );
}

type FiltersOverProps = {
  readonly rows: readonly ReviewRow[];
  /** The filter as typed, and as the list follows it (the rows' passes catch up with the typing). */
  readonly filter: ReviewFilter;
  readonly deferredFilter: ReviewFilter;
  readonly circles: readonly CircleDefinition[];
  readonly onChange: (filter: ReviewFilter) => void;
  readonly onAccept: (ids: readonly string[], kind: ChoiceKind) => void;
};

function FiltersOver({ rows, filter, deferredFilter, circles, onChange, onAccept }: FiltersOverProps) {
  const [threshold, setThreshold] = useState(0.8);
  // The counts next to each circle follow the other filters ("only contacts in no circle", the search).
  const counts = useMemo(
    () => countByCircle(rows, matcher({ ...deferredFilter, circle: 'all' })),
    [rows, deferredFilter],
  );
  const above = useMemo(() => acceptableAbove(rows, deferredFilter, threshold), [rows, deferredFilter, threshold]);
  return (
    <ReviewFilters
      filter={filter}
      circles={circles}
      counts={counts}
      onChange={onChange}
      threshold={threshold}
      onThresholdChange={setThreshold}
      acceptableCount={above.length}
      onAcceptAbove={() => onAccept(above, 'bulk')}
    />
  );
}
