/**
 * The ambition shortlist: type an ambition, edit what Circles understood, see who could open the door and
 * which circles hold them; then draft an intro, export the list, or tag it with an "Ambition · …" category
 * through the same journaled, undoable apply as the review.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { ArrowDownloadRegular, TagRegular } from '@fluentui/react-icons';
import { interpretAmbition, understoodNothing, type AmbitionInterpretation } from '../../core/ambitions';
import type { MessageDraft } from '../../app/services';
import type { CircleId } from '../../core/circles/types';
import { withCurrentPosition } from '../../core/linkedin/match';
import { circlesForRanking } from '../../core/usecases';
import type { Contact, Language } from '../../core/model';
import { useLanguage, useT } from '../i18n';
import { useServices } from '../servicesContext';
import type { EngineClient } from '../state/engine/client';
import { useEngineAnswer } from '../state/engine/useAnswer';
import { useNetwork } from '../state/network';
import { onlyMembers, useSubcircleFilter } from '../state/subcircleFilter';
import { SubcircleFilterBar } from '../components/groups/SubcircleFilterBar';
import { AmbitionForm } from '../components/shortlist/AmbitionForm';
import { DemoDraftPreview } from '../components/common/DemoDraftPreview';
import { CircleChart } from '../components/shortlist/CircleChart';
import { InterpretationChips } from '../components/shortlist/InterpretationChips';
import { ShortlistResults } from '../components/shortlist/ShortlistResults';
import { useShortlistStyles } from '../components/shortlist/Shortlist.styles';
import { shortlistCsv, ambitionTag } from '../components/shortlist/exportRows';
import { csvFileName, downloadText } from '../components/shortlist/csv';
import { introDraft, introRequestDraft } from '../components/shortlist/draft';
import { relevancePercents, shortlistKind } from '../components/shortlist/percent';
import { describeShortlistReason } from '../../sentences/shortlist/reasons';
import { circleWhy, shortfallText } from '../../sentences/shortlist/explain';
import { useShortlistViewStyles } from './ShortlistView.styles';
import { circleLabel } from '../components/circles/labels';
import { focusWhenReady } from '../hooks/focusWhenReady';
import { useAnnounced } from '../components/common/Announcer';
import { ConfirmDialog } from '../components/common/ConfirmDialog';

/** How many people the list shows: enough to choose from, few enough to read. */
const LIMIT = 25;
/** Saved ambitions kept in the settings, most recent first. */
const MAX_SAVED = 12;

type Notice = {
  readonly intent: 'success' | 'error';
  readonly text: string;
  /** The category just added and its run, which the notice's "Undo" takes back off. */
  readonly undoTag?: { readonly name: string; readonly runId: string };
  /** The draft just opened, and a way to open it again in the other language. */
  readonly redraft?: { readonly language: Language; readonly open: () => void };
};

export function ShortlistView() {
  const styles = useShortlistViewStyles();
  const listStyles = useShortlistStyles();
  const t = useT();
  const language = useLanguage();
  const services = useServices();
  const network = useNetwork();
  // A sub-circle chosen on the map narrows the shortlist to its people.
  const { filter: subcircle } = useSubcircleFilter();
  const whole = network.mailbox;
  const mailbox = useMemo(
    () => (whole && subcircle ? { ...whole, contacts: onlyMembers(whole.contacts, subcircle, (c) => c.id) } : whole),
    [whole, subcircle],
  );
  const { settings } = network;
  const [text, setText] = useState('');
  const [ambition, setAmbition] = useState<string | undefined>();
  const [interpretation, setInterpretation] = useState<AmbitionInterpretation | undefined>();
  const [notice, setNotice] = useState<Notice | undefined>();
  // Errors are alerts where they show; other results are said by the pane's live region.
  useAnnounced(notice?.intent === 'error' ? undefined : notice?.text, notice);
  const [tagging, setTagging] = useState<'idle' | 'confirming' | 'confirmed' | 'running'>('idle');
  const noticeRef = useRef<HTMLDivElement>(null);
  // The result of a write takes focus (the button that started it is disabled meanwhile). A notice with an
  // undo takes focus on its button, once that button is drawn (the notice shown before, without one, may still
  // be on screen for a frame or two); a notice without one takes focus itself.
  const focusNotice = (withUndo: boolean) =>
    focusWhenReady(() =>
      withUndo ? noticeRef.current?.querySelector<HTMLElement>('[data-testid="shortlist-untag"]') : noticeRef.current,
    );

  // Each contact's circle for the ranking, as the command line reads it (the use case's rule): what the draft
  // says of how the user knows someone.
  const circles = useMemo(
    () =>
      mailbox
        ? circlesForRanking({
            mailbox,
            suggestions: network.suggestions,
            currentCircle: (id) => network.currentCircle(id),
          })
        : new Map<string, CircleId | null>(),
    [mailbox, network],
  );
  // LinkedIn's current company and position, when the user chose to use them (Import view): the list ranks
  // and shows what people do now, not what an old card says.
  const current = network.currentPositions;
  const byId = useMemo(
    () => new Map((mailbox?.contacts ?? []).map((c) => [c.id, withCurrentPosition(c, current?.get(c.id))])),
    [mailbox, current],
  );
  // Ranked by the engine, off this thread, over the whole mailbox or the sub-circle's members.
  const { suggestions, currentCircle, feedback } = network;
  const ask = useCallback(
    (engine: EngineClient) =>
      whole && interpretation
        ? engine
            .shortlist({ ...whole, settings, userModel: { feedback } }, suggestions, currentCircle, {
              interpretation,
              limit: LIMIT,
              ...(subcircle ? { only: subcircle.members } : {}),
              ...(current ? { current } : {}),
            })
            .then((list) => ({ list, text: interpretation.text }))
        : Promise.reject(new Error('No ambition yet')),
    [whole, interpretation, settings, feedback, suggestions, currentCircle, subcircle, current],
  );
  const ranked = useEngineAnswer(whole && interpretation ? ask : undefined);
  // The list for the ambition on screen (the previous one stays while chips or the sub-circle change it); an
  // earlier ambition's list is not shown under a new one.
  const shortlist = ranked.value && ranked.value.text === interpretation?.text ? ranked.value.list : undefined;

  const bestCircle = shortlist?.circles[0];
  const kind = shortlistKind(shortlist?.shortfalls ?? []);
  const percents = useMemo(() => relevancePercents(shortlist?.contacts ?? [], kind), [shortlist, kind]);

  const search = (value: string) => {
    setText(value);
    setAmbition(value);
    setInterpretation(interpretAmbition(value));
    setNotice(undefined);
  };
  const saveAmbitions = (list: readonly string[]) => void network.saveSettings({ ...settings, savedAmbitions: list });

  // How the user knows someone, for the draft: their circle and, when the circle rests on one, the meeting.
  const acquaintance = (contact: Contact) => {
    const event = network.suggestions.get(contact.id)?.reasons.find((r) => r.field === 'event')?.evidence;
    return { circle: circles.get(contact.id) ?? null, ...(event ? { event } : {}) };
  };
  // A draft is written in the pane's language, and the notice says so and offers the other one: choosing by the
  // recipient's address wrote in English to French people at a .co.uk address, unseen (review2 #10); the keep-in-
  // touch view follows the same rule.
  const open = (draftOf: (draftLanguage: Language) => MessageDraft, recipient: Contact, lang: Language = language) => {
    services.office.displayNewMessageForm(draftOf(lang));
    const other: Language = lang === 'fr' ? 'en' : 'fr';
    setNotice({
      intent: 'success',
      text: t('shortlist.draftedIn', { name: recipient.displayName, language: t(`draft.language.${lang}`) }),
      redraft: { language: other, open: () => open(draftOf, recipient, other) },
    });
  };
  const ownerName = mailbox?.owner.displayName ?? '';
  const draft = (contact: Contact) => {
    if (!interpretation) return;
    open(
      (lang) => introDraft({ contact, interpretation, ownerName, language: lang, known: acquaintance(contact) }),
      contact,
    );
  };
  const askIntro = (introducer: Contact, target: Contact) => {
    if (!interpretation) return;
    open(
      (lang) =>
        introRequestDraft({
          contact: introducer,
          target,
          interpretation,
          ownerName,
          language: lang,
          known: acquaintance(introducer),
        }),
      introducer,
    );
  };

  const exportCsv = () => {
    if (!shortlist || !ambition) return;
    const csv = shortlistCsv(shortlist.contacts, percents, byId, circles, settings.taxonomy, language, t, (r, id) =>
      describeShortlistReason(r, t, language, settings.taxonomy, {
        placed: r.kind === 'circle' && network.currentCircle(id) === r.circle,
      }),
    );
    downloadText(csvFileName(ambition), csv);
  };

  // A write to Outlook (tag, undo): its button is disabled meanwhile, then its result takes focus.
  const write = async (run: () => Promise<Notice>) => {
    setTagging('running');
    let next: Notice;
    try {
      next = await run();
    } catch (e) {
      next = { intent: 'error', text: t('shortlist.tagFailed', { error: e instanceof Error ? e.message : String(e) }) };
    }
    setNotice(next);
    setTagging('idle');
    focusNotice(next.undoTag !== undefined);
  };
  // Tagging writes to every person on the list, the least relevant too: it asks first, naming how many.
  // Once confirmed, the write starts a frame after the question closed and gave focus back to its button, so
  // the result's Undo then takes focus from there.
  const tag = () => {
    if (!shortlist || !ambition) return setTagging('idle');
    const name = ambitionTag(ambition);
    void write(async () => {
      const summary = await network.applyTag(
        shortlist.contacts.map((e) => e.contactId),
        name,
      );
      const count = summary.applied + summary.unchanged;
      // Nothing written (everyone had it already): no run was journaled, so the Undo stays the earlier tag's.
      if (summary.applied === 0)
        return {
          intent: 'success',
          text: t('shortlist.alreadyTagged', { tag: name, count }),
          ...(notice?.undoTag?.name === name ? { undoTag: notice.undoTag } : {}),
        };
      return {
        intent: 'success',
        text: t('shortlist.tagged', { tag: name, count }),
        undoTag: { name, runId: summary.runId },
      };
    });
  };
  useEffect(() => {
    if (tagging !== 'confirmed') return;
    const frame = requestAnimationFrame(() => tag());
    return () => cancelAnimationFrame(frame);
  });
  // Undoing the tag's own run (not whatever ran last: the review or the ribbon may have written since) takes the
  // category back off exactly the contacts it was put on.
  const untag = ({ name, runId }: { readonly name: string; readonly runId: string }) =>
    void write(async () => {
      await network.undoRun(runId);
      return { intent: 'success', text: t('shortlist.untagged', { tag: name }) };
    });

  return (
    <section className={styles.root} aria-labelledby="shortlist-title" data-testid="shortlist-view">
      <h1 id="shortlist-title" className={styles.title} tabIndex={-1}>
        {t('shortlist.title')}
      </h1>
      <SubcircleFilterBar />
      <AmbitionForm
        value={text}
        onChange={setText}
        onSubmit={search}
        saved={settings.savedAmbitions}
        onSave={(s) => saveAmbitions([s, ...settings.savedAmbitions.filter((x) => x !== s)].slice(0, MAX_SAVED))}
        onForget={(s) => saveAmbitions(settings.savedAmbitions.filter((x) => x !== s))}
      />
      {interpretation && <InterpretationChips interpretation={interpretation} onChange={setInterpretation} />}
      {/* Nothing understood: the chips above say what to add; no list ranks people against nothing. */}
      {shortlist && !understoodNothing(shortlist.interpretation) && (
        <>
          {shortlist.shortfalls.length > 0 && shortlist.contacts.length > 0 && (
            <MessageBar intent="warning" data-testid="shortlist-shortfall">
              <MessageBarBody className={listStyles.notice}>
                {shortlist.shortfalls.map((f) => shortfallText(f, t, language, subcircle?.label)).join(' ')}
              </MessageBarBody>
            </MessageBar>
          )}
          <h2 id="shortlist-count" className={listStyles.heading} aria-live="polite" data-testid="shortlist-count">
            {shortlist.contacts.length === 0
              ? subcircle
                ? t('shortlist.none.group', { group: subcircle.label })
                : t('shortlist.none')
              : kind === 'closest'
                ? t('shortlist.closest', { count: shortlist.contacts.length })
                : t('shortlist.results', { count: shortlist.contacts.length })}
          </h2>
          {bestCircle && (
            <p className={listStyles.lead} data-testid="shortlist-lead">
              {t('shortlist.chart.lead', {
                circle: circleLabel(settings.taxonomy, bestCircle.circle, language),
                why: circleWhy(bestCircle, t),
              })}
            </p>
          )}
          {notice && (
            <MessageBar
              intent={notice.intent}
              {...(notice.intent === 'error' ? { role: 'alert' } : {})}
              layout="multiline"
              ref={noticeRef}
              tabIndex={-1}
              data-testid="shortlist-notice"
            >
              <MessageBarBody>{notice.text}</MessageBarBody>
              {notice.redraft && (
                <MessageBarActions>
                  <Button size="small" onClick={notice.redraft.open} data-testid="shortlist-redraft">
                    {t(`draft.writeIn.${notice.redraft.language}`)}
                  </Button>
                </MessageBarActions>
              )}
              {notice.undoTag !== undefined && (
                <MessageBarActions>
                  <Button
                    size="small"
                    disabled={tagging === 'running' || tagging === 'confirmed'}
                    aria-label={t('shortlist.untagLabel', { tag: notice.undoTag.name })}
                    onClick={() => untag(notice.undoTag!)}
                    data-testid="shortlist-untag"
                  >
                    {t('shortlist.untag')}
                  </Button>
                </MessageBarActions>
              )}
            </MessageBar>
          )}
          {services.mode === 'demo' && <DemoDraftPreview />}
          {/* The list is named by the heading above it: a « plus proches » list is not « N peuvent vous ouvrir la
              porte » (review3 N7). */}
          <ShortlistResults
            labelledBy="shortlist-count"
            entries={shortlist.contacts}
            percents={percents}
            contacts={byId}
            taxonomy={settings.taxonomy}
            placedIn={network.currentCircle}
            onDraft={draft}
            onAskIntro={askIntro}
          />
          {shortlist.contacts.length > 0 && (
            <div className={listStyles.row}>
              <Button icon={<ArrowDownloadRegular />} onClick={exportCsv} data-testid="shortlist-export">
                {t('shortlist.export')}
              </Button>
              {/* The closest people are not a fit: no « Ambition · … » category for them (review2 #30). */}
              {kind !== 'closest' && (
                <>
                  <Button
                    icon={<TagRegular />}
                    disabled={tagging === 'running'}
                    title={t('shortlist.tagLabel', { tag: ambitionTag(ambition ?? '') })}
                    onClick={() => setTagging('confirming')}
                    data-testid="shortlist-tag"
                  >
                    {tagging === 'running' ? t('shortlist.tagging') : t('shortlist.tag')}
                  </Button>
                  <ConfirmDialog
                    open={tagging === 'confirming'}
                    title={t('shortlist.tagConfirmTitle', { count: shortlist.contacts.length })}
                    confirm={t('shortlist.tagConfirm')}
                    onConfirm={() => setTagging('confirmed')}
                    onCancel={() => setTagging('idle')}
                    testId="confirm-tag"
                  >
                    {t('shortlist.tagConfirmBody', {
                      tag: ambitionTag(ambition ?? ''),
                      count: shortlist.contacts.length,
                    })}
                  </ConfirmDialog>
                </>
              )}
            </div>
          )}
          {shortlist.contacts.length === 0 ? (
            // Nobody at all: what to do next, rather than a chart of empty circles saying "nobody" again.
            <p className={listStyles.lead} data-testid="shortlist-widen">
              {subcircle ? t('shortlist.widen.group') : t('shortlist.widen')}
            </p>
          ) : (
            <CircleChart
              circles={shortlist.circles}
              taxonomy={settings.taxonomy}
              anyFits={shortlist.contacts.some((e) => e.fits)}
            />
          )}
        </>
      )}
    </section>
  );
}
