/** The review's filters (circle, minimum confidence, "in no circle", search) and "accept everything above". */
import { Button, Checkbox, Field, SearchBox, Select } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import type { CircleDefinition, CircleId } from '../../../core/circles/types';
import { useLanguage, useT } from '../../i18n';
import type { ReviewFilter } from './model';
import { useReviewFiltersStyles } from './ReviewFilters.styles';

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
  const { filter, circles, onChange, counts, threshold, onThresholdChange, acceptableCount, onAcceptAbove } = props;
  const styles = useReviewFiltersStyles();
  const t = useT();
  const language = useLanguage();
  const set = (patch: Partial<ReviewFilter>) => onChange({ ...filter, ...patch });

  return (
    <div role="search" className={styles.root} aria-label={t('review.filters')}>
      <SearchBox
        size="small"
        placeholder={t('review.search')}
        aria-label={t('review.search')}
        value={filter.query}
        onChange={(_, d) => set({ query: d.value })}
        data-testid="search"
      />
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
                {`${c.labels[language]} (${counts.get(c.id) ?? 0})`}
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
