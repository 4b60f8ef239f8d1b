/**
 * The ambition shortlist: type an ambition, edit what Circles understood, see who could open the door and
 * which circles hold them; then draft an intro, export the list, or tag it with an "Ambition · …" category
 * through the same journaled, undoable apply as the review.
 */
import { useMemo, useState } from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ArrowDownloadRegular, TagRegular } from '@fluentui/react-icons';
import { interpretAmbition, rankShortlist, type AmbitionInterpretation } from '../../core/ambitions';
import type { CircleId } from '../../core/circles/types';
import type { Contact } from '../../core/model';
import { useLanguage, useT } from '../i18n';
import { useServices } from '../services';
import { useNetwork } from '../state/network';
import { AmbitionForm } from '../components/shortlist/AmbitionForm';
import { DemoDraftPreview } from '../components/shortlist/DemoDraftPreview';
import { CircleChart } from '../components/shortlist/CircleChart';
import { InterpretationChips } from '../components/shortlist/InterpretationChips';
import { ShortlistResults } from '../components/shortlist/ShortlistResults';
import { useShortlistStyles } from '../components/shortlist/Shortlist.styles';
import { shortlistCsv, ambitionTag } from '../components/shortlist/exportRows';
import { csvFileName, downloadText } from '../components/shortlist/csv';
import { introDraft } from '../components/shortlist/draft';
import { describeShortlistReason } from '../components/shortlist/reasons';
import { useShortlistViewStyles } from './ShortlistView.styles';

/** How many people the list shows: enough to choose from, few enough to read. */
const LIMIT = 25;
/** Saved ambitions kept in the settings, most recent first. */
const MAX_SAVED = 12;

type Notice = { readonly intent: 'success' | 'error'; readonly text: string };

export function ShortlistView() {
  const styles = useShortlistViewStyles();
  const listStyles = useShortlistStyles();
  const t = useT();
  const language = useLanguage();
  const services = useServices();
  const network = useNetwork();
  const { mailbox, settings } = network;
  const [text, setText] = useState('');
  const [ambition, setAmbition] = useState<string | undefined>();
  const [interpretation, setInterpretation] = useState<AmbitionInterpretation | undefined>();
  const [notice, setNotice] = useState<Notice | undefined>();
  const [tagging, setTagging] = useState<'idle' | 'running'>('idle');

  // Each contact's circle for the ranking: the one set in Outlook, else the engine's suggestion.
  const circles = useMemo(() => {
    const map = new Map<string, CircleId | null>();
    for (const c of mailbox?.contacts ?? [])
      map.set(c.id, network.currentCircle(c.id) ?? network.suggestions.get(c.id)?.circle ?? null);
    return map;
  }, [mailbox, network]);
  const byId = useMemo(() => new Map((mailbox?.contacts ?? []).map((c) => [c.id, c])), [mailbox]);
  const shortlist = useMemo(
    () => (mailbox && interpretation ? rankShortlist({ mailbox, interpretation, circles, limit: LIMIT }) : undefined),
    [mailbox, interpretation, circles],
  );

  const search = (value: string) => {
    setText(value);
    setAmbition(value);
    setInterpretation(interpretAmbition(value));
    setNotice(undefined);
  };
  const saveAmbitions = (list: readonly string[]) => void network.saveSettings({ ...settings, savedAmbitions: list });

  const draft = (contact: Contact) => {
    if (!ambition) return;
    services.office.displayNewMessageForm(
      introDraft({ contact, ambition, ownerName: mailbox?.owner.displayName ?? '', language }),
    );
    setNotice({ intent: 'success', text: t('shortlist.drafted', { name: contact.displayName }) });
  };

  const exportCsv = () => {
    if (!shortlist || !ambition) return;
    const csv = shortlistCsv(shortlist.contacts, byId, circles, settings.taxonomy, language, t, (r) =>
      describeShortlistReason(r, t, language, settings.taxonomy),
    );
    downloadText(csvFileName(ambition), csv);
  };

  const tag = async () => {
    if (!shortlist || !ambition) return;
    const name = ambitionTag(ambition);
    setTagging('running');
    try {
      const summary = await network.applyTag(
        shortlist.contacts.map((e) => e.contactId),
        name,
      );
      setNotice({
        intent: 'success',
        text: t('shortlist.tagged', { tag: name, count: summary.applied + summary.unchanged }),
      });
    } catch (e) {
      setNotice({
        intent: 'error',
        text: t('shortlist.tagFailed', { error: e instanceof Error ? e.message : String(e) }),
      });
    } finally {
      setTagging('idle');
    }
  };

  return (
    <section className={styles.root} aria-labelledby="shortlist-title" data-testid="shortlist-view">
      <h1 id="shortlist-title" className={styles.title} tabIndex={-1}>
        {t('shortlist.title')}
      </h1>
      <AmbitionForm
        value={text}
        onChange={setText}
        onSubmit={search}
        saved={settings.savedAmbitions}
        onSave={(s) => saveAmbitions([s, ...settings.savedAmbitions.filter((x) => x !== s)].slice(0, MAX_SAVED))}
        onForget={(s) => saveAmbitions(settings.savedAmbitions.filter((x) => x !== s))}
      />
      {interpretation && <InterpretationChips interpretation={interpretation} onChange={setInterpretation} />}
      {shortlist && (
        <>
          <CircleChart circles={shortlist.circles} taxonomy={settings.taxonomy} />
          <h3 className={listStyles.heading} aria-live="polite" data-testid="shortlist-count">
            {shortlist.contacts.length
              ? t('shortlist.results', { count: shortlist.contacts.length })
              : t('shortlist.none')}
          </h3>
          {shortlist.contacts.length > 0 && (
            <div className={listStyles.row}>
              <Button icon={<ArrowDownloadRegular />} onClick={exportCsv} data-testid="shortlist-export">
                {t('shortlist.export')}
              </Button>
              <Button
                icon={<TagRegular />}
                disabled={tagging === 'running'}
                title={t('shortlist.tagLabel', { tag: ambitionTag(ambition ?? '') })}
                onClick={() => void tag()}
                data-testid="shortlist-tag"
              >
                {tagging === 'running' ? t('shortlist.tagging') : t('shortlist.tag')}
              </Button>
            </div>
          )}
          {notice && (
            <MessageBar
              intent={notice.intent}
              role={notice.intent === 'error' ? 'alert' : 'status'}
              data-testid="shortlist-notice"
            >
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          )}
          {services.mode === 'demo' && <DemoDraftPreview />}
          <ShortlistResults entries={shortlist.contacts} contacts={byId} taxonomy={settings.taxonomy} onDraft={draft} />
        </>
      )}
    </section>
  );
}
