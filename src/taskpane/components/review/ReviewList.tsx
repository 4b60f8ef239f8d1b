/**
 * The review list: group headers and contact rows in one virtualised scroller, so 10,000 contacts cost
 * only the rows on screen. Row heights vary (reasons), so each rendered item is measured.
 */
import { useCallback, useRef } from 'react';
import { Button } from '@fluentui/react-components';
import {
  measureElement,
  observeElementRect,
  useVirtualizer,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import type { CircleDefinition, CircleId } from '../../../core/circles/types';
import { useLanguage, useT } from '../../i18n';
import { colorToken } from '../circles/colors';
import { circleLabel, findCircle } from '../circles/labels';
import { ContactRow } from './ContactRow';
import type { ReviewItem } from './model';
import { useReviewListStyles } from './ReviewList.styles';

export type ReviewListProps = {
  readonly items: readonly ReviewItem[];
  readonly circles: readonly CircleDefinition[];
  readonly onAccept: (contactIds: readonly string[]) => void;
  readonly onReject: (contactId: string) => void;
  readonly onChoose: (contactId: string, circle: CircleId) => void;
  readonly onForget: (contactId: string) => void;
  readonly analysis?: 'pending' | 'ready';
};

const HEADER_HEIGHT = 44;
const ROW_HEIGHT = 128;
// Before the first measurement (and in jsdom, which never lays out) assume a taskpane-sized viewport.
const INITIAL_RECT = { width: 360, height: 720 };

// A scroller without layout (not yet shown, or jsdom) would draw no row at all: assume the initial size.
const observeOrAssume = (instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : INITIAL_RECT));

// Likewise an item measured at 0 would pull in ever more items: keep its estimate instead.
const measureOrEstimate: typeof measureElement = (element, entry, instance) => {
  const size = measureElement(element, entry, instance);
  return size > 0 ? size : element.getAttribute('data-kind') === 'header' ? HEADER_HEIGHT : ROW_HEIGHT;
};

export function ReviewList({
  items,
  circles,
  onAccept,
  onReject,
  onChoose,
  onForget,
  analysis = 'ready',
}: ReviewListProps) {
  const styles = useReviewListStyles();
  const t = useT();
  const language = useLanguage();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (items[i]?.kind === 'header' ? HEADER_HEIGHT : ROW_HEIGHT),
    getItemKey: (i) => {
      const item = items[i];
      if (!item) return i;
      return item.kind === 'header' ? `h:${item.circle ?? ''}` : item.row.contact.id;
    },
    overscan: 6,
    initialRect: INITIAL_RECT,
    observeElementRect: observeOrAssume,
    measureElement: measureOrEstimate,
  });
  const acceptOne = useCallback((id: string) => onAccept([id]), [onAccept]);

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="region"
      aria-label={t('review.list')}
      tabIndex={0}
      data-testid="review-list"
    >
      {items.length === 0 ? (
        <p className={styles.empty}>{t('review.empty')}</p>
      ) : (
        <div className={styles.inner} style={{ height: virtualizer.getTotalSize() }} role="list">
          {virtualizer.getVirtualItems().map((v) => {
            const item = items[v.index];
            if (!item) return null;
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
                    <h3 className={styles.headerTitle}>
                      <span
                        className={styles.swatch}
                        style={{ backgroundColor: colorToken(findCircle(circles, item.circle)?.color ?? 'none') }}
                        aria-hidden="true"
                      />
                      <span>
                        {item.circle
                          ? circleLabel(circles, item.circle, language)
                          : analysis === 'pending'
                            ? t('review.analysing')
                            : t('review.noSuggestion')}
                      </span>
                      <span className={styles.count}>{t('review.group.count', { count: item.count })}</span>
                    </h3>
                    {item.circle && item.acceptable.length > 0 && (
                      <Button
                        size="small"
                        onClick={() => onAccept(item.acceptable)}
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
                    row={item.row}
                    circles={circles}
                    onAccept={acceptOne}
                    onReject={onReject}
                    onChoose={onChoose}
                    onForget={onForget}
                    analysis={analysis}
                  />
                )}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
