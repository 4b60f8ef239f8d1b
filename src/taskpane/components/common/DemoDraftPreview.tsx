/**
 * In the demo there is no Outlook to open the new-message form: the demo host records the draft and
 * announces it, and this panel shows what Outlook would have opened (as text: the body is never
 * injected as HTML). Like a dialog, it takes focus when it opens (its heading: the panel may sit far above the
 * button that opened it) and gives it back to that button when it closes (✕ or Escape).
 */
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
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
  const opener = useRef<HTMLElement | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const show = (e: Event) => {
      // The button that asked for the draft, to return to; a second draft keeps the first opener.
      if (!heading.current?.isConnected && document.activeElement instanceof HTMLElement) {
        opener.current = document.activeElement;
      }
      setDraft((e as CustomEvent<MessageDraft>).detail);
    };
    window.addEventListener(DEMO_DRAFT_EVENT, show);
    return () => window.removeEventListener(DEMO_DRAFT_EVENT, show);
  }, []);
  useEffect(() => {
    if (draft) heading.current?.focus();
  }, [draft]);
  if (!draft) return null;
  const close = () => {
    setDraft(undefined);
    if (opener.current?.isConnected) opener.current.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    }
  };
  return (
    <section className={styles.root} aria-labelledby="demo-draft-title" data-testid="demo-draft" onKeyDown={onKeyDown}>
      <div className={styles.top}>
        <h3 id="demo-draft-title" className={styles.title} tabIndex={-1} ref={heading}>
          {t('common.demoDraft')}
        </h3>
        <Button
          size="small"
          appearance="subtle"
          icon={<DismissRegular />}
          aria-label={t('common.close')}
          onClick={close}
        />
      </div>
      <span className={styles.field}>
        {t('common.demoDraftTo', {
          to: draft.to.map((r) => (r.name ? `${r.name} <${r.address}>` : r.address)).join(', '),
        })}
      </span>
      <span className={styles.field}>{t('common.demoDraftSubject', { subject: draft.subject })}</span>
      <p className={styles.body}>{draftText(draft.htmlBody)}</p>
    </section>
  );
}
