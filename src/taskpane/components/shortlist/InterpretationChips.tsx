/**
 * The interpretation as chips the user edits: remove what was misread, add what was missed (from the
 * sector, country, role and goal lists; companies by name). The ranking reads only this, never the text.
 * Folded, it is one line of what was understood, so the people come first on a narrow pane; the line
 * opens the editor.
 */
import { useState, type ReactNode } from 'react';
import { Button, Input, Tag, TagGroup } from '@fluentui/react-components';
import { AddPicker } from './AddPicker';
import { focusWhenReady } from '../../hooks/focusWhenReady';
import { AddRegular, ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import {
  countries,
  findCompany,
  goals,
  regions,
  roles,
  sectors,
  type AmbitionInterpretation,
} from '../../../core/ambitions';
import type { Language } from '../../../core/model';
import { useLanguage, useT } from '../../i18n';
import {
  labelOf,
  listOf,
  notUnderstoodText,
  summaryLabels,
  type ListKey,
} from '../../../sentences/shortlist/interpretationWords';
import { useShortlistStyles } from './Shortlist.styles';

type Option = { readonly value: string; readonly label: string };

export type InterpretationChipsProps = {
  readonly interpretation: AmbitionInterpretation;
  readonly onChange: (next: AmbitionInterpretation) => void;
};

const byLabel = (language: Language) => (a: Option, b: Option) => a.label.localeCompare(b.label, language);

/**
 * A removed chip takes the focus with it: give it to the chip now in its place in the same group, else the one
 * before, else the group's « Ajouter… » list (the focus fell to the page, review2 #13).
 */
function keepFocusAfterRemoving(tag: HTMLElement) {
  const group = tag.closest('[role="group"][aria-labelledby]')?.getAttribute('aria-labelledby');
  if (!group) return;
  const inGroup = () => document.querySelector(`[role="group"][aria-labelledby="${CSS.escape(group)}"]`);
  const before = [...(inGroup()?.querySelectorAll<HTMLElement>('[data-testid="chip"]') ?? [])];
  const index = before.findIndex((c) => c === tag || c.contains(tag));
  focusWhenReady(() => {
    const now = inGroup();
    if (!now || now.querySelectorAll('[data-testid="chip"]').length >= before.length) return undefined;
    const chips = now.querySelectorAll<HTMLElement>('[data-testid="chip"]');
    return chips[index] ?? chips[index - 1] ?? now.querySelector<HTMLElement>('select, input');
  });
}

export function InterpretationChips({ interpretation, onChange }: InterpretationChipsProps) {
  const styles = useShortlistStyles();
  const t = useT();
  const language = useLanguage();
  const [company, setCompany] = useState('');
  const [open, setOpen] = useState(false);

  const remove = (key: ListKey, value: string) =>
    onChange({ ...interpretation, [key]: listOf(interpretation, key).filter((v) => v !== value) });
  const add = (key: ListKey, value: string) =>
    value &&
    !listOf(interpretation, key).includes(value) &&
    onChange({ ...interpretation, [key]: [...listOf(interpretation, key), value] });

  const options: Record<'sectors' | 'places' | 'roles' | 'goals', Option[]> = {
    sectors: sectors.map((s) => ({ value: s.id, label: s.labels[language] })).sort(byLabel(language)),
    places: [
      ...regions.map((r) => ({ value: `regions:${r.id}`, label: r.labels[language] })).sort(byLabel(language)),
      ...countries.map((c) => ({ value: `countries:${c.code}`, label: c.labels[language] })).sort(byLabel(language)),
    ],
    roles: roles.map((r) => ({ value: r.id, label: r.labels[language] })).sort(byLabel(language)),
    goals: goals.map((g) => ({ value: g.id, label: g.labels[language] })),
  };

  const chips = (keys: readonly ListKey[]) => {
    const values = keys.flatMap((key) => listOf(interpretation, key).map((value) => ({ key, value })));
    if (!values.length) return null;
    return (
      <TagGroup
        onDismiss={(e, d) => {
          const [key, ...rest] = String(d.value).split(':');
          keepFocusAfterRemoving(e.target as HTMLElement);
          remove(key as ListKey, rest.join(':'));
        }}
        className={styles.chips}
      >
        {values.map(({ key, value }) => {
          const label = labelOf(key, value, language);
          return (
            <Tag
              key={`${key}:${value}`}
              value={`${key}:${value}`}
              size="small"
              appearance="brand"
              dismissible
              // One name, saying what Enter does: the label and the icon's label read « X Retirer X » together.
              aria-label={t('common.remove', { name: label })}
              dismissIcon={{ 'aria-hidden': true }}
              data-testid="chip"
              data-kind={key}
            >
              {label}
            </Tag>
          );
        })}
      </TagGroup>
    );
  };

  // What is already a chip is not offered again (« Trouver des clients » twice).
  const picker = (
    group: string,
    list: readonly Option[],
    onPick: (value: string) => void,
    keys: readonly ListKey[],
  ) => {
    const taken = new Set(
      keys.flatMap((key) => listOf(interpretation, key).map((v) => (keys.length > 1 ? `${key}:${v}` : v))),
    );
    return <AddPicker group={group} options={list.filter((o) => !taken.has(o.value))} onPick={onPick} />;
  };

  const group = (id: string, label: string, body: ReactNode) => (
    <div className={styles.group} role="group" aria-labelledby={id}>
      <span id={id} className={styles.groupLabel}>
        {label}
      </span>
      <div className={styles.chips}>{body}</div>
    </div>
  );

  // A goal alone is something understood: "nothing understood" is only for an empty reading.
  const labels = summaryLabels(interpretation, language);
  const empty = labels.length === 0;
  const summary = empty ? t('shortlist.nothingUnderstood') : labels.join(' · ');
  // Only a goal read, and words left out (« astronaute »): said under the line, not silently dropped.
  const unread = notUnderstoodText(interpretation, t, language);
  return (
    <section className={styles.section} aria-labelledby="understood-title" data-testid="interpretation">
      <div className={styles.summaryRow}>
        <h2 id="understood-title" className={styles.summaryHeading}>
          {t('shortlist.understood')}
        </h2>
        <Button
          className={styles.summary}
          size="small"
          appearance="subtle"
          icon={open ? <ChevronUpRegular /> : <ChevronDownRegular />}
          iconPosition="after"
          aria-expanded={open}
          aria-controls="interpretation-editor"
          title={open ? t('shortlist.editClose') : t('shortlist.editOpen')}
          onClick={() => setOpen(!open)}
          data-testid="interpretation-summary"
        >
          <span className={styles.summaryText}>{summary}</span>
        </Button>
      </div>
      {unread && (
        <p className={styles.hint} data-testid="not-understood">
          {unread}
        </p>
      )}
      {open && (
        <div id="interpretation-editor" className={styles.section} data-testid="interpretation-editor">
          <span className={styles.hint}>
            {empty ? t('shortlist.nothingUnderstood') : t('shortlist.understoodHint')}
          </span>
          {group(
            'chips-goals',
            t('shortlist.group.goals'),
            <>
              {chips(['goals'])}
              {picker(t('shortlist.group.goals'), options.goals, (v) => add('goals', v), ['goals'])}
            </>,
          )}
          {group(
            'chips-sectors',
            t('shortlist.group.sectors'),
            <>
              {chips(['sectors'])}
              {picker(t('shortlist.group.sectors'), options.sectors, (v) => add('sectors', v), ['sectors'])}
            </>,
          )}
          {group(
            'chips-places',
            t('shortlist.group.countries'),
            <>
              {chips(['regions', 'countries'])}
              {picker(
                t('shortlist.group.countries'),
                options.places,
                (v) => {
                  const [key, code] = v.split(':') as [ListKey, string];
                  add(key, code);
                },
                ['regions', 'countries'],
              )}
            </>,
          )}
          {group(
            'chips-roles',
            t('shortlist.group.roles'),
            <>
              {chips(['roles'])}
              {picker(t('shortlist.group.roles'), options.roles, (v) => add('roles', v), ['roles'])}
            </>,
          )}
          {group(
            'chips-companies',
            t('shortlist.group.companies'),
            <>
              {chips(['companies'])}
              <form
                className={styles.row}
                onSubmit={(e) => {
                  e.preventDefault();
                  const name = company.trim();
                  if (!name) return;
                  // A known company by name or alias goes in by id (its sector and country then count too).
                  add('companies', findCompany(name)?.company.id ?? name);
                  setCompany('');
                }}
              >
                <Input
                  className={styles.adder}
                  size="small"
                  value={company}
                  aria-label={t('shortlist.companyInput')}
                  placeholder={t('shortlist.companyInput')}
                  onChange={(_, d) => setCompany(d.value)}
                />
                <Button
                  size="small"
                  type="submit"
                  icon={<AddRegular />}
                  aria-label={t('shortlist.addTo', { group: t('shortlist.group.companies') })}
                  disabled={!company.trim()}
                />
              </form>
            </>,
          )}
          {group(
            'chips-offer',
            t('shortlist.group.offer'),
            <>
              {chips(['offer'])}
              {picker(t('shortlist.group.offer'), options.sectors, (v) => add('offer', v), ['offer'])}
            </>,
          )}
        </div>
      )}
    </section>
  );
}
