/**
 * Which circles hold the most promising people for the ambition, as horizontal bars. Accessible by
 * construction: a titled list whose items say the circle and its score in words; the bars are decoration.
 */
import type { CircleId, Taxonomy } from '../../../core/circles/types';
import { useLanguage, useT } from '../../i18n';
import { colorToken } from '../circles/colors';
import { useShortlistStyles } from './Shortlist.styles';

export type CircleChartProps = {
  readonly circles: readonly { readonly circle: CircleId; readonly score: number }[];
  readonly taxonomy: Taxonomy;
};

export function CircleChart({ circles, taxonomy }: CircleChartProps) {
  const styles = useShortlistStyles();
  const t = useT();
  const language = useLanguage();
  return (
    <figure className={styles.chart} aria-labelledby="circle-chart-title" data-testid="circle-chart">
      <figcaption id="circle-chart-title" className={styles.heading}>
        {t('shortlist.chart')}
      </figcaption>
      {circles.length === 0 ? (
        <span className={styles.hint}>{t('shortlist.chartEmpty')}</span>
      ) : (
        <ol className={styles.bars}>
          {circles.map(({ circle, score }) => {
            const def = taxonomy.find((c) => c.id === circle);
            const label = def?.labels[language] ?? circle;
            const percent = Math.round(score * 100);
            return (
              <li key={circle} className={styles.bar} data-testid="chart-bar" data-circle={circle}>
                <span>{label}</span>
                <span className={styles.track} aria-hidden>
                  <span
                    className={styles.fill}
                    style={{
                      display: 'block',
                      width: `${Math.max(2, percent)}%`,
                      backgroundColor: colorToken(def?.color ?? 'none'),
                    }}
                  />
                </span>
                <span>{t('shortlist.percent', { percent })}</span>
              </li>
            );
          })}
        </ol>
      )}
    </figure>
  );
}
