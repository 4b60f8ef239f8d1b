/**
 * The review's search and filters on one line: the search box, and a "Filters" button that opens the
 * circle, minimum confidence, "in no circle" filters and "accept everything above" in a popover. The line
 * is two Tab stops, the box then the button: an arrow-key group made → move to the button instead of the
 * caret in the box, and Tab skip the button, with nothing on screen to say so.
 */
import {
  Button,
  Checkbox,
  Field,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  SearchBox,
  Select,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular, FilterRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { focusWhenReady } from '../../hooks/focusWhenReady';
import type { CircleDefinition, CircleId } from '../../../core/circles/types';
import { useLanguage, useT } from '../../i18n';
import type { ReviewFilter } from './model';
import { useReviewFiltersStyles } from './ReviewFilters.styles';
import { circleName } from '../circles/labels';

export const confidenceSteps: readonly number[] = [0.5, 0.6, 0.7, 0.8, 0.9];

export type ReviewFiltersProps = {
  readonly filter: ReviewFilter;
  readonly circles: readonly CircleDefinition[];
  readonly onChange: (filter: ReviewFilter) => void;
  /** Suggestions per circle (null: no suggestion), shown next to each circle. */
  readonly counts: ReadonlyMap<CircleId | null, number>;
  readonly threshold: number;
  readonly onThresholdChange: (threshold: number) => void;
  /** How many contacts "accept everything above" would accept with the current filters. */
  readonly acceptableCount: number;
  readonly onAcceptAbove: () => void;
};

export function ReviewFilters(props: ReviewFiltersProps) {
  const { filter, onChange } = props;
  const styles = useReviewFiltersStyles();
  const t = useT();
  const set = (patch: Partial<ReviewFilter>) => onChange({ ...filter, ...patch });
  const active = activeFilters(filter);
  // Accepting everything above the threshold closes the popover and gives the focus back to « Filtres »: its
  // button turns disabled once nobody is left above, which dropped the focus to the page with the popover open.
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const acceptAbove = () => {
    props.onAcceptAbove();
    setOpen(false);
    focusWhenReady(() => trigger.current);
  };

  return (
    <div className={styles.toolbar}>
      <SearchBox
        size="small"
        className={styles.search}
        placeholder={t('review.search')}
        aria-label={t('review.searchLabel')}
        // Fluent's clear button says "clear" in English otherwise.
        dismiss={{ 'aria-label': t('review.clearSearch') }}
        value={filter.query}
        onChange={(_, d) => set({ query: d.value })}
        data-testid="search"
      />
      <Popover trapFocus positioning="below-end" withArrow open={open} onOpenChange={(_, d) => setOpen(d.open)}>
        <PopoverTrigger disableButtonEnhancement>
          <Button
            ref={trigger}
            size="small"
            icon={<FilterRegular />}
            className={styles.trigger}
            data-testid="filters-button"
          >
            {active > 0 ? t('review.filtersActive', { count: active }) : t('review.filters')}
          </Button>
        </PopoverTrigger>
        <PopoverSurface className={styles.surface} aria-label={t('review.filters')} data-testid="filters">
          <FilterFields {...props} onAcceptAbove={acceptAbove} set={set} />
        </PopoverSurface>
      </Popover>
    </div>
  );
}

/** How many filters narrow the list (the search box shows its own). */
export function activeFilters(filter: ReviewFilter): number {
  return (filter.circle !== 'all' ? 1 : 0) + (filter.minConfidence > 0 ? 1 : 0) + (filter.scope !== 'all' ? 1 : 0);
}

function FilterFields(props: ReviewFiltersProps & { set: (patch: Partial<ReviewFilter>) => void }) {
  const { filter, circles, counts, threshold, onThresholdChange, acceptableCount, onAcceptAbove, set } = props;
  const styles = useReviewFiltersStyles();
  const t = useT();
  const language = useLanguage();
  return (
    <div className={styles.root}>
      <div className={styles.line}>
        <Field label={t('review.filter.circle')} size="small" className={styles.grow}>
          <Select
            className={styles.select}
            select={{ className: styles.native }}
            size="small"
            value={filter.circle}
            onChange={(_, d) => set({ circle: d.value as CircleId | 'all' | 'none' })}
            data-testid="filter-circle"
          >
            <option value="all">{t('review.filter.circle.all')}</option>
            {circles.map((c) => (
              <option key={c.id} value={c.id}>
                {`${circleName(c, language)} (${counts.get(c.id) ?? 0})`}
              </option>
            ))}
            <option value="none">{`${t('review.filter.circle.none')} (${counts.get(null) ?? 0})`}</option>
          </Select>
        </Field>
        <Field label={t('review.filter.confidence')} size="small" className={styles.grow}>
          <Select
            className={styles.select}
            select={{ className: styles.native }}
            size="small"
            value={String(filter.minConfidence)}
            onChange={(_, d) => set({ minConfidence: Number(d.value) })}
            data-testid="filter-confidence"
          >
            <option value="0">{t('review.filter.confidence.any')}</option>
            {confidenceSteps.map((s) => (
              <option key={s} value={String(s)}>
                {t('review.filter.confidence.value', { percent: Math.round(s * 100) })}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Checkbox
        label={t('review.filter.noCircle')}
        checked={filter.scope === 'no-circle'}
        onChange={(_, d) => set({ scope: d.checked === true ? 'no-circle' : 'all' })}
        data-testid="filter-no-circle"
      />
      <div className={styles.line}>
        <Field label={t('review.acceptAbove')} size="small" className={styles.grow}>
          <Select
            className={styles.select}
            select={{ className: styles.native }}
            size="small"
            value={String(threshold)}
            onChange={(_, d) => onThresholdChange(Number(d.value))}
            data-testid="accept-threshold"
          >
            {confidenceSteps.map((s) => (
              <option key={s} value={String(s)}>
                {t('review.filter.confidence.value', { percent: Math.round(s * 100) })}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          size="small"
          icon={<CheckmarkCircleRegular />}
          disabled={acceptableCount === 0}
          onClick={onAcceptAbove}
          data-testid="accept-above"
        >
          {t('review.acceptAboveButton', { count: acceptableCount })}
        </Button>
      </div>
    </div>
  );
}
