/** Sentences of the import preview: one per matched person, skipped row and person to create. */
import type { ConnectionMatch } from '../../../core/linkedin/match';
import { connectionName } from '../../../core/linkedin/contact';
import type { Connection, SkippedRow } from '../../../core/linkedin/types';
import type { Translate } from '../../i18n';

/** "Head of Partnerships · Northwind Traders", or the company alone, or nothing. */
export const positionOf = (k: Connection): string => [k.position, k.company].filter(Boolean).join(' · ');

export const personName = (k: Connection, t: Translate): string =>
  connectionName(k) || k.email || t('import.row', { line: k.line });

export function matchLine(m: ConnectionMatch, t: Translate, linkedin: boolean): string {
  const how = t(`import.matched.by.${m.by}`);
  const now =
    linkedin && positionOf(m.connection) ? ` ${t('import.matched.now', { position: positionOf(m.connection) })}` : '';
  return `${personName(m.connection, t)} — ${how}.${now}`;
}

export const skippedLine = (s: SkippedRow, t: Translate): string =>
  t(`import.skipped.${s.reason}`, { line: s.line, detail: s.detail ?? '' });
