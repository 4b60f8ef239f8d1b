/** Per circle with a rhythm: how many of its members are within it, as a sentence and a bar. */
import { ProgressBar } from '@fluentui/react-components';
import type { CircleDefinition } from '../../../core/circles/types';
import type { CircleHealth } from '../../../core/ties';
import { useLanguage, useT } from '../../i18n';
import { useKeepStyles } from './Keep.styles';
import { everyLabel } from './sentences';
import { circleName } from '../circles/labels';

/** In the taxonomy's order, the circles with a rhythm and members: the rows the list shows. */
export function shownHealth(
  health: readonly CircleHealth[],
  circles: readonly CircleDefinition[],
  rhythmDaysOf: (circle: CircleHealth['circle']) => number | null,
) {
  return circles.flatMap((c) => {
    const h = health.find((x) => x.circle === c.id);
    const days = rhythmDaysOf(c.id);
    return h && h.health !== null && days !== null ? [{ circle: c, h, days }] : [];
  });
}

/** How many people the list shows out of their circle's rhythm. */
export const outOfRhythm = (rows: ReturnType<typeof shownHealth>): number =>
  rows.reduce((n, { h }) => n + h.members - h.within, 0);

export function CircleHealthList({
  health,
  circles,
  rhythmDaysOf,
  subcircle,
}: {
  readonly health: readonly CircleHealth[];
  readonly circles: readonly CircleDefinition[];
  readonly rhythmDaysOf: (circle: CircleHealth['circle']) => number | null;
  /** The sub-circle the health is narrowed to, if any: the empty case names it. */
  readonly subcircle?: string;
}) {
  const styles = useKeepStyles();
  const t = useT();
  const language = useLanguage();
  const rows = shownHealth(health, circles, rhythmDaysOf);
  if (rows.length === 0)
    return (
      <p className={styles.intro} data-testid="keep-health-none">
        {subcircle ? t('keep.health.noneFiltered', { group: subcircle }) : t('keep.health.none')}
      </p>
    );
  return (
    <ul className={styles.health} data-testid="keep-health">
      {rows.map(({ circle, h, days }) => {
        const id = `health-${circle.id}`;
        const percent = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent' }).format(
          h.health ?? 0,
        );
        return (
          <li key={circle.id} className={styles.healthRow}>
            <span className={styles.healthLabel} id={id}>
              <span>{circleName(circle, language)}</span>
              <span>{percent}</span>
            </span>
            <ProgressBar value={h.health ?? 0} max={1} aria-labelledby={id} thickness="large" />
            <span className={styles.line}>
              {t('keep.health.row', { within: h.within, members: h.members, every: everyLabel(t, days) })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
