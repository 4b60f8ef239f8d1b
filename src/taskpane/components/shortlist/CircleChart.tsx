/**
 * Which circles to favour for the ambition, as horizontal bars, each saying why: how many of its people
 * fit and how many of those are warm ties. A circle where nobody fits is not shown. Accessible by
 * construction: a titled list whose items say the circle and its reasons in words; the bars are decoration.
 */
import type { CirclePromise } from '../../../core/ambitions';
import type { Taxonomy } from '../../../core/circles/types';
import { useLanguage, useT } from '../../i18n';
import { colorToken } from '../circles/colors';
import { circleWhy } from '../../../sentences/shortlist/explain';
import { useShortlistStyles } from './Shortlist.styles';
import { circleName } from '../circles/labels';

export type CircleChartProps = {
  readonly circles: readonly CirclePromise[];
  /** Whether anybody on the list fits: with nobody placed in a circle, the review is what is missing. */
  readonly anyFits: boolean;
  readonly taxonomy: Taxonomy;
};

export function CircleChart({ circles, taxonomy, anyFits }: CircleChartProps) {
  const styles = useShortlistStyles();
  const t = useT();
  const language = useLanguage();
  return (
    <figure className={styles.chart} aria-labelledby="circle-chart-title" data-testid="circle-chart">
      <figcaption id="circle-chart-title" className={styles.heading}>
        {t('shortlist.chart')}
      </figcaption>
      {circles.length === 0 ? (
        <span className={styles.hint}>{anyFits ? t('shortlist.chartEmpty') : t('shortlist.chart.noneFit')}</span>
      ) : (
        <ol className={styles.bars}>
          {circles.map((promise) => {
            const { circle, score } = promise;
            const def = taxonomy.find((c) => c.id === circle);
            const label = def ? circleName(def, language) : circle;
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
                <span className={styles.barWhy}>{circleWhy(promise, t)}</span>
              </li>
            );
          })}
        </ol>
      )}
      {circles.length > 0 && <span className={styles.hint}>{t('shortlist.chart.caption')}</span>}
    </figure>
  );
}
