/** The demo's stand-in for moving to another message in Outlook: a list of the sample mailbox's messages. */
import { Field, Select, makeStyles } from '@fluentui/react-components';
import { useT } from '../../i18n';
import type { MessagePickerHost } from './useOpenMessage';
import { isolate } from '../common/UserText';

// Subjects are long: the select must shrink to the pane rather than push past it.
const usePickerStyles = makeStyles({
  root: { maxWidth: '100%', minWidth: 0 },
  select: { maxWidth: '100%', textOverflow: 'ellipsis' },
});

/** Enough recent messages to find varied people, few enough for a native select. */
const SHOWN = 60;

export function MessagePicker({ host, currentId }: { host: MessagePickerHost; currentId: string | undefined }) {
  const t = useT();
  const styles = usePickerStyles();
  // Read at each render, not once: the sample messages load after the first render, and a list read then stayed
  // empty for good (the browser tests found one option, the open message, on a loaded machine).
  const messages = host.listMessages().slice(0, SHOWN);
  const options =
    currentId && !messages.some((m) => m.id === currentId) ? host.listMessages().filter((m) => m.id === currentId) : [];
  return (
    <Field label={t('message.picker')} hint={t('message.pickerHint')}>
      <Select
        className={styles.root}
        select={{ className: styles.select }}
        value={currentId ?? ''}
        onChange={(_, d) => d.value && host.pickMessage(d.value)}
        data-testid="message-picker"
      >
        {[...options, ...messages].map((m) => (
          <option key={m.id} value={m.id}>
            {`${m.subject ? isolate(m.subject) : t('message.noSubject')} — ${isolate(m.people[0]?.name ?? m.people[0]?.address ?? '')}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}
