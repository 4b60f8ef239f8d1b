/**
 * Shortlist reasons are data ({ field, kind, evidence, weight }); this turns them into plain sentences.
 * The engine writes evidence as "what was found → what it means" with an English sector name or a
 * country code after the arrow: the meaning is translated here, the finding is shown as found.
 */
import { countryLabel, roleLabel, sectors, type ShortlistReason } from '../../../core/ambitions';
import type { Taxonomy } from '../../../core/circles/types';
import type { Language } from '../../../core/model';
import type { Translate } from '../../i18n';

const known = new Set([
  'named-company',
  'company-sector',
  'known-company',
  'company-term',
  'domain-term',
  'title-term',
  'department-term',
  'notes-term',
  'goal-sector',
  'address-country',
  'phone-prefix',
  'country-domain',
  'company-hq',
  'executive',
  'director',
  'buyer',
  'partnerships',
  'recruiter',
  'investor',
  'wanted-role',
  'tie-strength',
  'circle',
]);

function meaning(raw: string, language: Language): string {
  const v = raw.trim();
  const sector = sectors.find((s) => s.labels.en === v || s.id === v);
  if (sector) return sector.labels[language];
  if (/^[A-Z]{2}$/.test(v)) return countryLabel(v, language);
  const role = roleLabel(v, language);
  return role || v;
}

/** "12 received, 3 sent, 0 events, last 40 days ago" → the same figures in the user's words, zeros left out. */
function tieWords(evidence: string, t: Translate): string {
  const n = (label: string) => Number(new RegExp(`(\\d+) ${label}`).exec(evidence)?.[1] ?? 0);
  const last = /last (\d+) days ago/.exec(evidence)?.[1];
  const parts = [
    n('received') && t('shortlist.tie.received', { n: n('received') }),
    n('sent') && t('shortlist.tie.sent', { n: n('sent') }),
    n('events') && t('shortlist.tie.events', { n: n('events') }),
    last !== undefined && t('shortlist.tie.last', { n: Number(last) }),
  ].filter((p): p is string => typeof p === 'string');
  return parts.join(', ');
}

export function describeShortlistReason(
  r: ShortlistReason,
  t: Translate,
  language: Language,
  taxonomy: Taxonomy,
): string {
  if (!known.has(r.kind)) return t('shortlist.reason.other', { e: r.evidence });
  if (r.kind === 'tie-strength') return t('shortlist.reason.tie-strength', { e: tieWords(r.evidence, t) });
  if (r.kind === 'circle')
    return t('shortlist.reason.circle', {
      v: taxonomy.find((c) => c.id === r.evidence)?.labels[language] ?? r.evidence,
    });
  const arrow = r.evidence.lastIndexOf(' → ');
  const e = arrow >= 0 ? r.evidence.slice(0, arrow) : r.evidence;
  const v = arrow >= 0 ? meaning(r.evidence.slice(arrow + 3), language) : '';
  return t(`shortlist.reason.${r.kind}`, { e, v });
}
