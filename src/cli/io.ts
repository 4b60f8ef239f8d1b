import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FileFormatError, readContactsFile, type FileOwner, type ReadContactsResult } from '../adapters/files';
import { guessEmployers } from '../core/contacts';
import type { SkippedRow } from '../core/linkedin/types';
import type { Language, Mailbox } from '../core/model';
import { resolveLanguage } from '../core/usecases/language';
import { windowedMailbox } from '../core/usecases/network';
import { argumentMistake, badLanguage, type ArgumentMistake } from '../sentences/cli';
import { counted } from './plural';
import { CliError, type CliIo } from './types';

/**
 * Reads a contact file in any format the files adapter knows (Outlook CSV, vCard, `circles-mailbox/1`
 * JSON), with its format and encoding. Errors are CliErrors with a message that names the file (and the
 * line, when the file is malformed).
 */
export async function readContacts(
  path: string,
  cwd: string,
  owner?: FileOwner,
  language: 'fr' | 'en' = 'en',
  report?: (text: string) => void,
): Promise<ReadContactsResult> {
  const full = resolve(cwd, path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError(
      `${language === 'fr' ? `impossible de lire ${path}` : `cannot read ${path}`}${why(code, language)}`,
    );
  }
  let read: ReadContactsResult;
  try {
    read = readContactsFile(bytes, path, owner);
  } catch (error) {
    if (error instanceof FileFormatError) throw new CliError(`${path}: ${error.messageIn(language)}`);
    throw error;
  }
  for (const row of read.linkedin?.skipped ?? []) report?.(`${path}: ${skippedText(row, language)}\n`);
  return owner?.company || read.format === 'mailbox-json' ? read : withGuessedOwner(read, path, language, report);
}

/** Why a file could not be read, in words rather than the system's code (which follows, for searching). */
function why(code: string, language: 'fr' | 'en'): string {
  const fr = language === 'fr';
  const words: Readonly<Record<string, string>> = fr
    ? { ENOENT: 'ce fichier n’existe pas', EACCES: 'accès refusé', EISDIR: 'c’est un dossier' }
    : { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'it is a folder' };
  const said = words[code];
  return said ? `${fr ? ' : ' : ': '}${said} (${code})` : `${fr ? ' : ' : ': '}${code}`;
}

function skippedText(row: SkippedRow, language: 'fr' | 'en'): string {
  const fr = language === 'fr';
  const line = fr ? `ligne ${row.line} : ` : `line ${row.line}: `;
  switch (row.reason) {
    case 'no-name':
      return line + (fr ? 'ignorée, sans prénom ni nom' : 'skipped, no first or last name');
    case 'extra-values':
      return (
        line +
        (fr
          ? `ignorée, ${row.detail} valeurs pour 7 colonnes (une virgule sans guillemets ?)`
          : `skipped, ${row.detail} values for 7 columns (a comma without quotes?)`)
      );
    case 'unread-date':
      return (
        line + (fr ? `date de relation non lue (« ${row.detail} »)` : `connection date not read ("${row.detail}")`)
      );
  }
}

/**
 * A file of contacts has no owner: like the engine with a mailbox without a profile, take the employer that
 * recurs (a domain or company shared by many contacts) and the past ones, use them, and say so on stderr
 * with the flag that overrides the guess.
 */
function withGuessedOwner(
  read: ReadContactsResult,
  path: string,
  language: 'fr' | 'en',
  report: ((text: string) => void) | undefined,
): ReadContactsResult {
  const { current, past } = guessEmployers(read.mailbox.contacts);
  if (!current) return read;
  const { mailbox } = read;
  const employers = past.map((p) => ({ name: p.company, ...(p.domain ? { domain: p.domain } : {}) }));
  const owner = {
    ...mailbox.owner,
    companyName: current.company,
    profile: { ...mailbox.owner.profile, employers: [...mailbox.owner.profile.employers, ...employers] },
  };
  const where = current.domain ?? current.company;
  const pastNames = past.map((p) => `“${p.company}”`).join(', ');
  report?.(
    language === 'fr'
      ? `${path} : sans --owner-company, votre entreprise est supposée être « ${current.company} » (${counted(language, current.support, { one: 'contact', other: 'contacts' })} sur ${current.total} chez ${where})${past.length ? `, et vos anciens employeurs ${pastNames}` : ''}. Donnez --owner-company "…" pour en choisir une autre.\n`
      : `${path}: no --owner-company given: taking “${current.company}” as your company (${current.support} of ${counted(language, current.total, { one: 'contact', other: 'contacts' })} at ${where})${past.length ? `, and ${pastNames} as past employers` : ''}. Give --owner-company "…" to choose another.\n`,
  );
  return { ...read, mailbox: { ...mailbox, owner } };
}

/**
 * Loads contacts from a file: a `circles-mailbox/1` JSON document, an Outlook CSV export or a vCard file.
 * A file of contacts has no owner of its own: pass `owner` (the CLI's --owner-email/--owner-company).
 */
export async function loadMailboxFile(
  path: string,
  cwd: string,
  owner?: FileOwner,
  language: 'fr' | 'en' = 'en',
  report?: (text: string) => void,
): Promise<Mailbox> {
  return (await readContacts(path, cwd, owner, language, report)).mailbox;
}

/** Reads --owner-email and --owner-company from a command's arguments (absent when not given). */
export function ownerOptions(args: readonly string[]): FileOwner | undefined {
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const email = value('--owner-email');
  const company = value('--owner-company');
  if (email === undefined && company === undefined) return undefined;
  return { ...(email !== undefined ? { email } : {}), ...(company !== undefined ? { company } : {}) };
}

/**
 * The language a command speaks: `--lang fr|en` when given, else the terminal's locale (LC_ALL, LC_MESSAGES,
 * then LANG, as gettext reads them): French for any French locale, English otherwise.
 */
export function commandLanguage(args: readonly string[], env: CliIo['env']): Language {
  const at = args.indexOf('--lang');
  const requested = at >= 0 ? args[at + 1] : undefined;
  const locale = env?.LC_ALL || env?.LC_MESSAGES || env?.LANG || '';
  const language = resolveLanguage({ locale });
  if (requested !== undefined && requested !== 'fr' && requested !== 'en')
    throw new CliError(badLanguage(language, requested), 2);
  return resolveLanguage({ requested, locale });
}

const MISTAKES: Readonly<Record<string, ArgumentMistake>> = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: 'unknown-option',
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: 'missing-value',
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: 'unexpected-argument',
};

/**
 * Node's parseArgs errors said in our words: its own messages quote the option oddly and suggest `--` for a
 * positional argument, which is not what someone who mistyped an option needs.
 */
function argumentError(error: unknown, command: string, language: Language): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const message = (error as Error).message ?? '';
  const what = /'([^']*)'/.exec(message)?.[1] ?? '';
  return argumentMistake(language, MISTAKES[code] ?? 'other', what.split(/[ ,<]/)[0] ?? what, command);
}

/**
 * Parses a command's arguments (its own options, --lang and the owner options every file command takes) and
 * its one mailbox file. Mistakes are CliErrors with exit code 2, in the command's language.
 */
export function parseFileCommand<O extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: readonly string[],
  options: O,
  language: Language,
) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        ...options,
        lang: { type: 'string' },
        'owner-email': { type: 'string' },
        'owner-company': { type: 'string' },
      },
    });
  } catch (error) {
    throw new CliError(argumentError(error, command, language), 2);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0)
    throw new CliError(
      language === 'fr'
        ? `indiquez exactement un fichier de contacts (JSON de boîte aux lettres, CSV Outlook ou vCard) ; voir circles ${command} --help.`
        : `expected exactly one mailbox file (mailbox JSON, Outlook CSV or vCard); see circles ${command} --help.`,
      2,
    );
  return { file, values: parsed.values };
}

/** The help lines of --months, shared by the commands that take it. */
export const monthsHelp = `  --months N               read only the last N months of messages and meetings, counted back from the day
                           after the file's last one — what the pane reads with "Period read: N months" in its
                           Settings (24 by default). Without it the whole file is read, as "Read since …" does.
                           / ne lire que les N derniers mois, comme la « Période lue » des réglages du volet`;

/**
 * --months N: the file read as the pane reads a mailbox with that period (its signals window, counted back
 * from the day after the file's last message or meeting); without it, the whole file. A CliError (exit 2)
 * for anything but a whole number of months from 1 to 1200.
 */
export function readPeriod(mailbox: Mailbox, text: string | undefined, language: Language): Mailbox {
  if (text === undefined) return mailbox;
  const months = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  if (!(months >= 1 && months <= 1200))
    throw new CliError(
      language === 'fr'
        ? `--months attend un nombre entier de mois entre 1 et 1200, pas « ${text} ».`
        : `--months needs a whole number of months from 1 to 1200, not "${text}".`,
      2,
    );
  return windowedMailbox(mailbox, months);
}
