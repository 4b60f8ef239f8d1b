/**
 * Sentences for what the ranking says beyond its order: the parts of the ambition nobody matches, and why
 * a circle is worth favouring. Exhaustive switches, as for the reasons.
 */
import {
  companyLabel,
  roleLabel,
  sectorLabel,
  type CirclePromise,
  type Introducer,
  type Shortfall,
} from '../../core/ambitions';
import type { Language } from '../../core/model';
import type { Translate } from '../translate';
import { inPlaces, quotedList } from './places';

export function shortfallText(f: Shortfall, t: Translate, language: Language, group?: string): string {
  // Only one group's people were searched (the views filtered on it): « nobody among your contacts » is false.
  const say = (key: string, params: Record<string, string> = {}) =>
    group === undefined ? t(key, params) : t(`${key}.group`, { ...params, group });
  switch (f.kind) {
    case 'place': {
      const parts = [
        f.sectors.length > 0 &&
          t('shortlist.shortfall.sectors', {
            count: f.sectors.length,
            list: quotedList(
              f.sectors.map((s) => sectorLabel(s, language)),
              language,
            ),
          }),
        f.companies.length > 0 &&
          t('shortlist.shortfall.companies', {
            list: new Intl.ListFormat(language, { type: 'disjunction' }).format(f.companies.map(companyLabel)),
          }),
      ].filter((p): p is string => typeof p === 'string');
      const where = new Intl.ListFormat(language, { type: 'disjunction' }).format(parts);
      return say('shortlist.shortfall.place', { where });
    }
    case 'country':
      return say('shortlist.shortfall.country', { where: inPlaces([...f.countries, ...f.regions], language) });
    case 'role':
      return say('shortlist.shortfall.role', {
        list: quotedList(
          f.roles.map((r) => roleLabel(r, language)),
          language,
        ),
      });
    case 'none-fit':
      return say('shortlist.shortfall.none-fit');
    default: {
      const unknown: never = f;
      return unknown;
    }
  }
}

/** "4 personnes qui correspondent, dont 2 proches". */
export function circleWhy(p: CirclePromise, t: Translate): string {
  return t('shortlist.chart.why', {
    fitting: t('shortlist.chart.fitting', { count: p.fitting }),
    warm: p.warm > 0 ? t('shortlist.chart.warm', { count: p.warm }) : t('shortlist.chart.noWarm'),
  });
}

/** "Can introduce you: Anne (3 messages in common), Paul (1 meeting together)." */
export function introducersText(
  introducers: readonly { readonly name: string; readonly intro: Introducer }[],
  t: Translate,
  language: Language,
): string {
  const figures = (i: Introducer): string =>
    [
      i.messages > 0 && t('shortlist.intro.messages', { count: i.messages }),
      i.events > 0 && t('shortlist.intro.events', { count: i.events }),
    ]
      .filter((p): p is string => typeof p === 'string')
      .join(', ');
  return t('shortlist.introducedBy', {
    count: introducers.length,
    names: new Intl.ListFormat(language).format(
      introducers.map(({ name, intro }) => t('shortlist.introducerWhy', { name, figures: figures(intro) })),
    ),
  });
}
