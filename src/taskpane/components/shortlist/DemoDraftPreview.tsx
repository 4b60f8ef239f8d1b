/**
 * In the demo there is no Outlook to open the new-message form: the demo host records the draft and
 * announces it, and this panel shows what Outlook would have opened (as text: the body is never
 * injected as HTML).
 */
import { useEffect, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { MessageDraft } from '../../../app/services';
import { DEMO_DRAFT_EVENT } from '../../../adapters/office/demo';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  top: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  field: { fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  body: { margin: 0, whiteSpace: 'pre-line', fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The draft's HTML as plain text: paragraphs and line breaks kept, every tag dropped, entities decoded. */
export function draftText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e)
    .trim();
}

export function DemoDraftPreview() {
  const styles = useStyles();
  const t = useT();
  const [draft, setDraft] = useState<MessageDraft | undefined>();
  useEffect(() => {
    const show = (e: Event) => setDraft((e as CustomEvent<MessageDraft>).detail);
    window.addEventListener(DEMO_DRAFT_EVENT, show);
    return () => window.removeEventListener(DEMO_DRAFT_EVENT, show);
  }, []);
  if (!draft) return null;
  return (
    <section className={styles.root} aria-labelledby="demo-draft-title" data-testid="demo-draft">
      <div className={styles.top}>
        <h3 id="demo-draft-title" className={styles.title}>
          {t('shortlist.demoDraft')}
        </h3>
        <Button
          size="small"
          appearance="subtle"
          icon={<DismissRegular />}
          aria-label={t('common.close')}
          onClick={() => setDraft(undefined)}
        />
      </div>
      <span className={styles.field}>
        {t('shortlist.demoDraftTo', {
          to: draft.to.map((r) => (r.name ? `${r.name} <${r.address}>` : r.address)).join(', '),
        })}
      </span>
      <span className={styles.field}>{t('shortlist.demoDraftSubject', { subject: draft.subject })}</span>
      <p className={styles.body}>{draftText(draft.htmlBody)}</p>
    </section>
  );
}
