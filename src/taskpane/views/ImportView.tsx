/**
 * Import: drop or pick a LinkedIn export, an Outlook or Google Contacts CSV or a vCard file. The file is
 * read in the browser (the files adapter) and previewed — what was recognised, what matched which Outlook
 * contact and how, what was set aside and why — before anything is used. Then the user may use LinkedIn's
 * current positions (kept beside the cards) and create the people not in Outlook in a folder they pick,
 * journaled so that undo deletes exactly what was created.
 */
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { Button, Checkbox, Field, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { FileFormatError, importFileOf, readContactsFile, type FileFormat } from '../../adapters/files';
import { DEFAULT_CONTACT_FOLDER, type ContactFolderChoice } from '../../core/ports';
import { createContacts, previewImport, undoCreate, type ImportPreview } from '../../core/usecases/imports';
import { personName, positionOf, matchLine, skippedLine } from '../components/import/describe';
import { longDate } from '../components/keep/sentences';
import { PositionWrites } from '../components/import/PositionWrites';
import { RunButton, RunNotice, type RunNoticeValue } from '../components/import/RunControls';
import { useChoice } from '../components/import/useChoice';
import { useLanguage, useT } from '../i18n';
import { useServices } from '../servicesContext';
import { useNetwork } from '../state/network';
import { useImportViewStyles } from './ImportView.styles';
import { focusWhenReady } from '../hooks/focusWhenReady';

type Loaded = { readonly file: string; readonly format: FileFormat; readonly preview: ImportPreview };
type Notice = RunNoticeValue;
type Created = { readonly runId: string; readonly count: number };

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function ImportView() {
  const styles = useImportViewStyles();
  const t = useT();
  const language = useLanguage();
  const services = useServices();
  const network = useNetwork();
  const input = useRef<HTMLInputElement>(null);
  const positionsRef = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>();
  const [failure, setFailure] = useState<string>();
  const { chosen, toggle, clear: clearChosen } = useChoice<number>();
  const [folders, setFolders] = useState<readonly ContactFolderChoice[]>([]);
  const [folderId, setFolderId] = useState(DEFAULT_CONTACT_FOLDER);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [created, setCreated] = useState<Created>();
  // Lines of the people created by the last run: they are in Outlook now, until an undo.
  const [createdLines, setCreatedLines] = useState<ReadonlySet<number>>(new Set());
  const [notice, setNotice] = useState<Notice>();
  const importer = services.importer;

  useEffect(() => {
    let live = true;
    importer
      ?.listFolders()
      .then((list) => live && setFolders(list))
      .catch(() => live && setFolders([{ id: DEFAULT_CONTACT_FOLDER, displayName: '' }]));
    return () => {
      live = false;
    };
  }, [importer]);

  const read = async (file: File) => {
    setLoaded(undefined);
    setFailure(undefined);
    setNotice(undefined);
    setCreated(undefined);
    setCreatedLines(new Set());
    clearChosen();
    const mailbox = network.mailbox;
    if (!mailbox) return;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = readContactsFile(bytes, file.name);
      const preview = previewImport(importFileOf(result), mailbox.contacts, mailbox.owner);
      setLoaded({ file: file.name, format: result.format, preview });
    } catch (e) {
      // A file that failed to read gives nothing: no preview, nothing kept.
      setFailure(
        t('import.failed', {
          file: file.name,
          error: e instanceof FileFormatError ? e.messageIn(language) : message(e),
        }),
      );
    }
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void read(file);
  };

  const preview = loaded?.preview;
  const inUse = network.currentPositions?.size ?? 0;
  const folderName = (id: string) =>
    id === DEFAULT_CONTACT_FOLDER
      ? t('import.create.defaultFolder')
      : (folders.find((f) => f.id === id)?.displayName ?? '');
  const people = useMemo(
    () => (preview?.unmatched ?? []).filter((k) => !createdLines.has(k.line)),
    [preview, createdLines],
  );

  const create = async () => {
    if (!importer || chosen.size === 0) return;
    const picked = people.filter((k) => chosen.has(k.line));
    setProgress({ done: 0, total: picked.length });
    setNotice(undefined);
    try {
      const out = await createContacts({ importer, journal: services.journal }, folderId, picked, (done, total) =>
        setProgress({ done, total }),
      );
      network.contactsCreated?.(out.created);
      setCreated({ runId: out.runId, count: out.created.length });
      setCreatedLines(new Set(out.lines));
      const done = t('import.create.done', { count: out.created.length, folder: folderName(folderId) });
      const failed = out.failed ? ` ${t('import.create.failed', { count: out.failed })}` : '';
      setNotice({ intent: out.failed ? 'error' : 'success', text: done + failed });
      clearChosen();
    } catch (e) {
      setNotice({ intent: 'error', text: t('import.error', { error: message(e) }) });
    } finally {
      setProgress(undefined);
    }
  };

  const undo = async () => {
    if (!importer || !created) return;
    try {
      const { deleted } = await undoCreate({ importer, journal: services.journal }, created.runId);
      network.contactsRemoved?.(deleted);
      setCreated(undefined);
      setCreatedLines(new Set());
      setNotice({ intent: 'success', text: t('import.undone', { count: deleted.length }) });
    } catch (e) {
      setNotice({ intent: 'error', text: t('import.error', { error: message(e) }) });
    }
  };

  return (
    <section className={styles.root} aria-labelledby="import-title" data-testid="import-view">
      <h1 id="import-title" className={styles.title} tabIndex={-1}>
        {t('import.title')}
      </h1>
      <p className={styles.intro}>{t('import.intro')}</p>
      {network.keptPositions && (
        <div className={styles.row} data-testid="import-kept">
          <span>
            {t('import.positions.kept', {
              file: network.keptPositions.file,
              date: longDate(language, Date.parse(network.keptPositions.importedAt)),
            })}
          </span>
          <Button size="small" onClick={() => network.keepCurrentPositions?.(new Map())} data-testid="import-forget">
            {t('import.positions.forget')}
          </Button>
        </div>
      )}
      <div
        className={dragging ? `${styles.drop} ${styles.dragging}` : styles.drop}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="import-drop"
      >
        <Button icon={<ArrowUploadRegular />} onClick={() => input.current?.click()} data-testid="import-pick">
          {t('import.pick')}
        </Button>
        <span>{t('import.drop')}</span>
        <input
          ref={input}
          type="file"
          accept=".csv,.txt,.vcf,.vcard"
          className={styles.hiddenInput}
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void read(file);
            e.target.value = '';
          }}
          data-testid="import-file"
        />
      </div>
      {failure && (
        <MessageBar intent="error" role="alert" data-testid="import-failure">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      {loaded && preview && (
        <div className={styles.section} data-testid="import-preview">
          <h3 className={styles.heading}>{t('import.summary.title', { file: loaded.file })}</h3>
          <p className={styles.summary} aria-live="polite" data-testid="import-summary">
            {[
              // No "0 is already in Outlook. 0 is not." (F35): an empty file says so, a zero is "none".
              ...(preview.recognised === 0
                ? [t('import.summary.empty', { format: t(`import.format.${loaded.format}`) })]
                : [
                    t('import.summary.read', {
                      count: preview.recognised,
                      format: t(`import.format.${loaded.format}`),
                    }),
                    preview.matched.length === 0
                      ? t('import.summary.matchedNone')
                      : t('import.summary.matched', { count: preview.matched.length }),
                    ...(preview.unmatched.length && preview.matched.length
                      ? [t('import.summary.unmatched', { count: preview.unmatched.length })]
                      : []),
                  ]),
              ...(preview.skipped.length ? [t('import.summary.skipped', { count: preview.skipped.length })] : []),
            ].join(' ')}
          </p>
          {preview.employer?.current && !network.mailbox?.owner.companyName && (
            <MessageBar intent="info" data-testid="import-employer">
              <MessageBarBody>
                {t('import.employer', {
                  company: preview.employer.current.company,
                  support: preview.employer.current.support,
                  total: preview.employer.current.total,
                })}{' '}
                <Button size="small" onClick={() => network.confirmOwnerCompany?.(preview.employer!.current!.company)}>
                  {t('import.employer.use')}
                </Button>
              </MessageBarBody>
            </MessageBar>
          )}
          {preview.matched.length > 0 && (
            <details>
              <summary>{t('import.matched.title')}</summary>
              <ul className={styles.list} data-testid="import-matched">
                {preview.matched.map((m) => (
                  <li key={m.connection.line}>{matchLine(m, t, preview.source === 'linkedin')}</li>
                ))}
              </ul>
            </details>
          )}
          {preview.skipped.length > 0 && (
            <details>
              <summary>{t('import.skipped.title')}</summary>
              <ul className={styles.list} data-testid="import-skipped">
                {preview.skipped.map((s) => (
                  <li key={`${s.line}-${s.reason}`}>{skippedLine(s, t)}</li>
                ))}
              </ul>
            </details>
          )}
          {preview.positions.size > 0 && (
            <div className={styles.section} ref={positionsRef}>
              <h3 className={styles.heading}>{t('import.positions.title')}</h3>
              {inUse > 0 ? (
                <div className={styles.row}>
                  <span id="import-positions-in-use" data-testid="import-positions-in-use">
                    {t('import.positions.inUse', { count: inUse })}
                  </span>
                  <Button
                    size="small"
                    aria-describedby="import-positions-in-use"
                    onClick={() => {
                      network.keepCurrentPositions?.(new Map());
                      focusWhenReady(() => positionsRef.current?.querySelector('[data-testid="import-use-positions"]'));
                    }}
                    data-testid="import-positions-stop"
                  >
                    {t('import.positions.stop')}
                  </Button>
                </div>
              ) : (
                <>
                  <p className={styles.summary}>{t('import.positions.body', { count: preview.positions.size })}</p>
                  <Button
                    appearance="primary"
                    onClick={() => {
                      // The button gives way to "stop using them", which takes focus and reads what is in use.
                      network.keepCurrentPositions?.(preview.positions, loaded.file);
                      focusWhenReady(() =>
                        positionsRef.current?.querySelector('[data-testid="import-positions-stop"]'),
                      );
                    }}
                    data-testid="import-use-positions"
                  >
                    {t('import.positions.use')}
                  </Button>
                </>
              )}
            </div>
          )}
          {preview.positions.size > 0 && <PositionWrites positions={preview.positions} />}
          {people.length > 0 && (
            <div className={styles.section}>
              <h3 className={styles.heading}>{t('import.create.title')}</h3>
              {importer ? (
                <>
                  <p className={styles.summary}>{t('import.create.hint')}</p>
                  <ul className={styles.plain} data-testid="import-new">
                    {people.map((k) => (
                      <li key={k.line}>
                        <Checkbox
                          checked={chosen.has(k.line)}
                          onChange={(_, d) => toggle(k.line, d.checked === true)}
                          label={
                            <>
                              {personName(k, t)}
                              <span className={styles.meta}> · {positionOf(k) || t('import.noCompany')}</span>
                            </>
                          }
                        />
                      </li>
                    ))}
                  </ul>
                  <Field label={t('import.create.folder')}>
                    <Select value={folderId} onChange={(_, d) => setFolderId(d.value)} data-testid="import-folder">
                      {(folders.length ? folders : [{ id: DEFAULT_CONTACT_FOLDER, displayName: '' }]).map((f) => (
                        <option key={f.id} value={f.id}>
                          {folderName(f.id) || f.displayName}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <RunButton
                    label={chosen.size ? t('import.create.button', { count: chosen.size }) : t('import.create.none')}
                    disabled={chosen.size === 0}
                    {...(progress ? { running: t('import.create.running', progress) } : {})}
                    onRun={() => void create()}
                    className={styles.row}
                    testId="import-create"
                  />
                </>
              ) : (
                <p className={styles.summary}>{t('import.create.unavailable')}</p>
              )}
            </div>
          )}
        </div>
      )}
      {notice && (
        <RunNotice
          notice={notice}
          {...(created && created.count > 0
            ? { undo: { label: t('import.undo'), onUndo: () => void undo(), testId: 'import-undo' } }
            : {})}
          testId="import-notice"
        />
      )}
    </section>
  );
}
