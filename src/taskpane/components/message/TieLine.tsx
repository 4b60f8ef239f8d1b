/** Under a person of the open message: the last exchange with them and where it stands against the rhythm. */
import type { TieRow } from '../../../core/usecases';
import { useLanguage, useT } from '../../i18n';
import { everyLabel, longDate } from '../keep/sentences';

export function TieLine({ row, className }: { readonly row: TieRow; readonly className: string }) {
  const t = useT();
  const language = useLanguage();
  const { links, standing } = row;
  const last =
    links.lastExchange === undefined
      ? t('message.tie.never')
      : t('message.tie.last', { date: longDate(language, links.lastExchange) });
  const rhythm =
    standing.rhythmDays === null || standing.overdueDays === null
      ? ''
      : standing.overdueDays > 0
        ? t('message.tie.late', { count: standing.overdueDays, every: everyLabel(t, standing.rhythmDays) })
        : t('message.tie.within', { every: everyLabel(t, standing.rhythmDays) });
  return (
    <span className={className} data-testid="person-tie" data-status={standing.status}>
      {rhythm ? `${last} · ${rhythm}` : last}
    </span>
  );
}
