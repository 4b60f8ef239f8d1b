/**
 * Circle sizes as plain bars: the text carries the numbers (read by screen readers), the bars are
 * decoration. The solid part is the contacts already in the circle, the pale part the suggested ones.
 */
import type { ReactNode } from 'react';
import type { CircleId, Taxonomy } from '../../../core/circles/types';
import { useLanguage, useT } from '../../i18n';
import { colorToken } from '../circles/colors';
import { circleLabel, findCircle } from '../circles/labels';
import { useCircleBarsStyles } from './CircleBars.styles';
import { percent, type CircleSize } from './model';

export function CircleBars({
  sizes,
  total,
  taxonomy,
  below,
}: {
  sizes: readonly CircleSize[];
  total: number;
  taxonomy: Taxonomy;
  /** What opens under a circle's bar (its sub-circles). */
  below?: (circle: CircleId, label: string) => ReactNode;
}) {
  const styles = useCircleBarsStyles();
  const t = useT();
  const language = useLanguage();
  const max = Math.max(1, ...sizes.map((s) => s.placed + s.suggested));
  return (
    <ul className={styles.list} aria-label={t('map.chart')} data-testid="circle-bars">
      {sizes.map((s) => {
        const label = circleLabel(taxonomy, s.circle, language);
        const color = colorToken(findCircle(taxonomy, s.circle)?.color ?? 'none');
        return (
          <li key={s.circle} data-circle={s.circle}>
            <div className={styles.label}>
              <span>{label}</span>
              <span className={styles.count}>
                {t('map.count', { placed: s.placed, percent: percent(s.placed, total) })}
                {s.suggested > 0 ? ` ${t('map.suggested', { count: s.suggested })}` : ''}
              </span>
            </div>
            <div className={styles.track} aria-hidden="true">
              <div
                className={styles.placed}
                data-testid="bar-placed"
                style={{ width: `${(s.placed / max) * 100}%`, backgroundColor: color }}
              />
              <div
                className={styles.suggested}
                data-testid="bar-suggested"
                style={{ width: `${(s.suggested / max) * 100}%`, backgroundColor: color }}
              />
            </div>
            {below?.(s.circle, label)}
          </li>
        );
      })}
    </ul>
  );
}
