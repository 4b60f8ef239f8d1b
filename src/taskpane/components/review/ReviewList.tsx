/**
 * The review list: group headers and one-line contact rows in one virtualised scroller, so 10,000 contacts
 * cost only the rows on screen. A row grows when its details are opened, so each drawn item is measured.
 *
 * Keyboard: the list is one Tab stop (a roving tabindex over the rows' name buttons and the groups' "accept
 * all" buttons). Up/Down, Page Up/Down, Home/End move, scrolling the virtualised list so the target exists
 * before it is focused; Right/Left open and close the details; A accepts, R (or Delete) rejects, Backspace
 * undoes the choice, on the focused row or group. Fluent's arrow-navigation group (tabster) moves only
 * between elements already in the page, which a virtualised list does not have: hence this small roving
 * focus of its own.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { Button } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import {
  measureElement,
  observeElementRect,
  useVirtualizer,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import type { CircleDefinition, CircleId } from '../../../core/circles/types';
import { formatNumber, useLanguage, useT } from '../../i18n';
import { colorToken } from '../circles/colors';
import { circleLabel, findCircle } from '../circles/labels';
import { ContactRow } from './ContactRow';
import { KEYS_HINT_ID } from './keys';
import type { ReviewItem } from './model';
import type { ChoiceKind } from '../../state/decisions';
import type { OutsideWindow } from '../../../core/usecases/older';
import { useReviewListStyles } from './ReviewList.styles';
import { useAnnounce } from '../common/Announcer';

export type ReviewListProps = {
  readonly items: readonly ReviewItem[];
  readonly circles: readonly CircleDefinition[];
  /** 'bulk': a whole group accepted at once, which the engine does not learn from (see ChoiceKind). */
  readonly onAccept: (contactIds: readonly string[], kind?: ChoiceKind) => void;
  readonly onReject: (contactId: string) => void;
  readonly onChoose: (contactId: string, circle: CircleId) => void;
  readonly onForget: (contactId: string) => void;
  readonly analysis?: 'pending' | 'ready';
  /** What the mailbox says outside the signals window (older evidence, how far back it was read). */
  readonly outside?: OutsideWindow;
  /** Widens the signals window to reach a contact's older evidence. */
  readonly onWiden?: (contactId: string) => void;
  /** What to say when no row matches (the search typed, when only a search narrows the list). */
  readonly emptyText?: string;
};

// The heights items are drawn at (a header: 36 px and its border; a row: one line), so that a first measurement
// finds nothing to correct: a correction redraws the list at once, in the commit that drew it.
const HEADER_HEIGHT = 37;
const ROW_HEIGHT = 37;
const PAGE = 8;
// Before the first measurement (and in jsdom, which never lays out) assume a taskpane-sized viewport.
const INITIAL_RECT = { width: 360, height: 720 };

// A scroller without layout (not yet shown, or jsdom) would draw no row at all: assume the initial size.
const observeOrAssume = (instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : INITIAL_RECT));

// An item just drawn (React's commit calls the ref) takes the size already known for it, else its estimate,
// without reading the layout: reading it there laid the whole page out inside the commit, the longest part of
// the task that draws 10,000 new suggestions. The ResizeObserver then reports each item's real size once the
// browser has laid it out (before the paint), and again whenever it changes (a row's details opened). An item
// measured at 0 (not laid out: jsdom) would pull in ever more items: it keeps its estimate.
const measureOrEstimate: typeof measureElement = (element, entry, instance) => {
  const estimate = element.getAttribute('data-kind') === 'header' ? HEADER_HEIGHT : ROW_HEIGHT;
  if (!entry) {
    const known = instance.itemSizeCache.get(instance.options.getItemKey(instance.indexFromElement(element)));
    return known ?? estimate;
  }
  const size = measureElement(element, entry, instance);
  return size > 0 ? size : estimate;
};

/** The focus key of an item: a contact's id, or `h:<circle>` for a group that can be accepted whole. */
export function focusKeyOf(item: ReviewItem | undefined): string | undefined {
  if (!item) return undefined;
  if (item.kind === 'row') return item.contact.id;
  return item.circle && item.acceptable.length > 0 ? `h:${item.circle}` : undefined;
}

/** The index the key moves to from `from`, skipping items that take no focus; undefined for other keys. */
export function moveIndex(keys: readonly (string | undefined)[], from: number, key: string): number | undefined {
  const focusable = keys.flatMap((k, i) => (k ? [i] : []));
  const here = focusable.indexOf(from);
  if (here < 0) return undefined;
  const step: Record<string, number> = {
    ArrowDown: here + 1,
    ArrowUp: here - 1,
    PageDown: here + PAGE,
    PageUp: here - PAGE,
    Home: 0,
    End: focusable.length - 1,
  };
  const to = step[key];
  return to === undefined ? undefined : focusable[Math.max(0, Math.min(focusable.length - 1, to))];
}

export function ReviewList({
  items,
  circles,
  onAccept,
  onReject,
  onChoose,
  onForget,
  analysis = 'ready',
  outside,
  onWiden,
  emptyText,
}: ReviewListProps) {
  const styles = useReviewListStyles();
  const t = useT();
  const language = useLanguage();
  const scroller = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [activeKey, setActiveKey] = useState<string>();
  const [focusInside, setFocusInside] = useState(false);
  const keys = useMemo(() => items.map(focusKeyOf), [items]);
  const active = activeKey !== undefined && keys.includes(activeKey) ? activeKey : keys.find(Boolean);
  // The same functions while the items hold: the virtualiser lays every item out again (10,000 keys and sizes)
  // whenever they change, and a render of the list for anything else (the focus, a row opened) need not.
  const estimateSize = useCallback((i: number) => (items[i]?.kind === 'header' ? HEADER_HEIGHT : ROW_HEIGHT), [items]);
  const getItemKey = useCallback(
    (i: number): string | number => {
      const item = items[i];
      if (!item) return i;
      return item.kind === 'header' ? `h:${item.circle ?? ''}` : item.contact.id;
    },
    [items],
  );

  // The virtualiser's methods are called from the key handlers (scrollToIndex before focusing a row that is
  // not drawn yet); React Compiler leaves this component unmemoised, which the list does not need.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize,
    getItemKey,
    overscan: 6,
    initialRect: INITIAL_RECT,
    observeElementRect: observeOrAssume,
    measureElement: measureOrEstimate,
  });

  const toggle = useCallback(
    (id: string) =>
      setExpanded((prev) => {
        const next = new Set(prev);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  // Each choice is said in the pane's live region: the changes counter alone said « 1 changement prêt » for an
  // accept and nothing for a reject or an undo (review2 #27). The rows are read through a ref so that the
  // callbacks, passed to every memoised row, stay the same while the list changes.
  const announce = useAnnounce();
  const itemsNow = useRef(items);
  useEffect(() => {
    itemsNow.current = items;
  }, [items]);
  const say = useCallback(
    (id: string, key: 'accepted' | 'chosen' | 'rejected' | 'forgotten' | 'nothing', circle?: CircleId | null) => {
      const item = itemsNow.current.find((i) => i.kind === 'row' && i.contact.id === id);
      if (item?.kind !== 'row') return;
      const { contact } = item;
      const name = contact.displayName || contact.emailAddresses[0]?.address || contact.id;
      const shown = circle ?? item.suggestion?.circle;
      announce(t(`review.said.${key}`, { name, circle: shown ? circleLabel(circles, shown, language) : '' }));
    },
    [announce, t, circles, language],
  );
  const acceptOne = useCallback(
    (id: string) => {
      onAccept([id]);
      say(id, 'accepted');
    },
    [onAccept, say],
  );
  const rejectOne = useCallback(
    (id: string) => {
      onReject(id);
      say(id, 'rejected');
    },
    [onReject, say],
  );
  const forgetOne = useCallback(
    (id: string) => {
      onForget(id);
      say(id, 'forgotten');
    },
    [onForget, say],
  );
  const chooseOne = useCallback(
    (id: string, circle: CircleId) => {
      onChoose(id, circle);
      say(id, 'chosen', circle);
    },
    [onChoose, say],
  );

  // Widening re-reads the mailbox and the row moves to the circle it now has, possibly out of the drawn
  // part of the list: its name takes the focus at once, and again once the suggestions are back.
  const widened = useRef<string | undefined>(undefined);
  const widen = useCallback(
    (id: string) => {
      widened.current = id;
      scroller.current?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(id)}"]`)?.focus();
      onWiden?.(id);
    },
    [onWiden],
  );

  // Where the focus was in the list, to give it back when a choice takes away the focused element (a row's
  // reject button goes once the row is rejected; a row can leave the filtered list): without this it falls
  // to the page's body and the next arrow key or shortcut does nothing.
  const lastFocus = useRef<{ key: string; index: number } | undefined>(undefined);

  /** Moves the list's Tab stop to item `index` and focuses it once the virtualiser has drawn it. */
  const focusIndex = (index: number) => {
    const key = keys[index];
    if (!key) return;
    setActiveKey(key);
    // The row being left is unmounted as the list scrolls away from it, dropping the focus to the page: the
    // focus is given back to where it is going, not to that row (End went back to it, review2 #23).
    lastFocus.current = { key, index };
    virtualizer.scrollToIndex(index, { align: 'auto' });
    let frames = 0;
    const attempt = () => {
      const el = scroller.current?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
      if (el) el.focus();
      else if (frames++ < 30) requestAnimationFrame(attempt);
    };
    attempt();
  };

  const acceptGroup = (index: number) => {
    const item = items[index];
    if (item?.kind !== 'header') return;
    onAccept(item.acceptable, 'bulk');
    if (item.circle)
      announce(
        t('review.said.group', { count: item.acceptable.length, circle: circleLabel(circles, item.circle, language) }),
      );
    // The group's button goes away with nothing left to accept: its first contact takes the focus.
    const next = keys.findIndex((k, i) => i > index && k);
    if (next >= 0) focusIndex(next);
  };

  const wasPending = useRef(analysis === 'pending');
  useEffect(() => {
    const settled = wasPending.current && analysis === 'ready';
    wasPending.current = analysis === 'pending';
    const id = widened.current;
    if (!settled || !id) return;
    widened.current = undefined;
    const index = keys.indexOf(id);
    if (index >= 0) focusIndex(index);
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const key = target.getAttribute('data-focus-key');
    if (!key || e.altKey || e.ctrlKey || e.metaKey) return;
    const index = keys.indexOf(key);
    const item = items[index];
    if (!item) return;
    const moved = moveIndex(keys, index, e.key);
    if (moved !== undefined) {
      e.preventDefault();
      if (moved !== index) focusIndex(moved);
      return;
    }
    const letter = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (item.kind === 'header') {
      if (letter === 'a') {
        e.preventDefault();
        acceptGroup(index);
      }
      return;
    }
    const row = item;
    const id = row.contact.id;
    // A and R also turn a choice not yet applied into the other one (an accepted row rejected with R), instead
    // of being ignored until Backspace takes the first choice back.
    if (letter === 'a' && (row.status === 'suggested' || row.status === 'rejected')) {
      if (row.status === 'rejected') onForget(id);
      acceptOne(id);
    } else if (
      (letter === 'r' || letter === 'Delete') &&
      (row.status === 'suggested' || row.status === 'accepted' || row.status === 'changed')
    ) {
      if (row.status !== 'suggested') onForget(id);
      rejectOne(id);
    } else if (letter === 'Backspace' && row.decision && row.status !== 'applied') forgetOne(id);
    // The hint line promises A and R: on a row with nothing to accept, say so rather than nothing.
    else if ((letter === 'a' || letter === 'r') && row.status === 'none') say(id, 'nothing');
    else if (letter === 'ArrowRight' && !expanded.has(id)) toggle(id);
    else if (letter === 'ArrowLeft' && expanded.has(id)) toggle(id);
    else return;
    e.preventDefault();
  };

  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    setFocusInside(true);
    const target = e.target as HTMLElement;
    const key = target.getAttribute('data-focus-key');
    if (key) setActiveKey(key);
    const item = target.closest<HTMLElement>('[data-index]');
    const own = key ?? item?.querySelector<HTMLElement>('[data-focus-key]')?.getAttribute('data-focus-key');
    if (item && own) {
      // A row's other controls (its reject button, its circle picker) make that row the list's Tab stop too.
      if (!key) setActiveKey(own);
      lastFocus.current = { key: own, index: Number(item.getAttribute('data-index')) };
    }
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
    setFocusInside(false);
    // Focus moved elsewhere on purpose (another control, another window): nothing to give back. A focused
    // element removed from the page blurs with no next target and is no longer connected.
    const left = e.target as HTMLElement;
    if (e.relatedTarget || left.isConnected) lastFocus.current = undefined;
  };
  useEffect(() => {
    const last = lastFocus.current;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (!last || !lost) return;
    // New rows under the focus (the fresh network replacing the one painted from memory, a row moving to another
    // circle) can move or unmount the focused row's element: the focus goes back to the same contact, wherever its
    // row now is; if it left the list, to the row now in its place (or the last one), as in a mail list.
    const same = keys.indexOf(last.key);
    const next = keys.findIndex((k, i) => i >= last.index && k);
    const index = same >= 0 ? same : next >= 0 ? next : keys.findLastIndex(Boolean);
    if (index >= 0) focusIndex(index);
  });

  return (
    <div className={styles.root}>
      <div
        ref={scroller}
        className={styles.scroller}
        role="region"
        aria-label={t('review.list')}
        data-testid="review-list"
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        {items.length === 0 ? (
          <p className={styles.empty}>{emptyText ?? t('review.empty')}</p>
        ) : (
          <div className={styles.inner} style={{ height: virtualizer.getTotalSize() }} role="list">
            {virtualizer.getVirtualItems().map((v) => {
              const item = items[v.index];
              if (!item) return null;
              const focusKey = keys[v.index];
              return (
                <div
                  key={v.key}
                  ref={virtualizer.measureElement}
                  data-index={v.index}
                  data-kind={item.kind}
                  className={styles.item}
                  style={{ transform: `translateY(${v.start}px)` }}
                  role="listitem"
                >
                  {item.kind === 'header' ? (
                    <div className={styles.header} data-testid="group-header" data-circle={item.circle ?? 'none'}>
                      <h2 className={styles.headerTitle}>
                        <span
                          className={styles.swatch}
                          style={{ backgroundColor: colorToken(findCircle(circles, item.circle)?.color ?? 'none') }}
                          aria-hidden="true"
                        />
                        <span className={styles.headerName}>
                          {item.circle
                            ? circleLabel(circles, item.circle, language)
                            : analysis === 'pending'
                              ? t('review.analysing')
                              : t('review.noSuggestion')}
                        </span>
                        <span className={styles.count} aria-hidden="true">
                          {formatNumber(language, item.count)}
                        </span>
                        <span className={styles.hidden}>{t('review.group.count', { count: item.count })}</span>
                      </h2>
                      {item.circle && item.acceptable.length > 0 && (
                        <Button
                          size="small"
                          appearance="subtle"
                          icon={<CheckmarkRegular />}
                          className={styles.headerButton}
                          tabIndex={focusKey === active ? 0 : -1}
                          data-focus-key={focusKey}
                          aria-keyshortcuts="A"
                          aria-describedby={KEYS_HINT_ID}
                          onClick={() => acceptGroup(v.index)}
                          aria-label={t('review.acceptCircleLabel', {
                            count: item.acceptable.length,
                            circle: circleLabel(circles, item.circle, language),
                          })}
                          data-testid="accept-circle"
                        >
                          {t('review.acceptCircle', { count: item.acceptable.length })}
                        </Button>
                      )}
                    </div>
                  ) : (
                    <ContactRow
                      row={item}
                      circles={circles}
                      onAccept={acceptOne}
                      onReject={rejectOne}
                      onChoose={chooseOne}
                      onForget={forgetOne}
                      onToggle={toggle}
                      expanded={expanded.has(item.contact.id)}
                      active={focusKey === active}
                      analysis={analysis}
                      {...(outside
                        ? {
                            reach: outside.reach,
                            months: outside.months,
                            ...(outside.evidence.has(item.contact.id)
                              ? { older: outside.evidence.get(item.contact.id)! }
                              : {}),
                          }
                        : {})}
                      {...(onWiden ? { onWiden: widen } : {})}
                    />
                  )}
                </div>
              );
            })}
          </div>
        )}
      </div>
      <p id={KEYS_HINT_ID} className={focusInside ? styles.keys : styles.hidden} data-testid="review-keys">
        {t('review.keys')}
      </p>
    </div>
  );
}
