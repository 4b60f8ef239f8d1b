import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FileFormatError, readContactsFile, type FileOwner, type ReadContactsResult } from '../adapters/files';
import type { Mailbox } from '../core/model';
import { CliError } from './types';

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
): Promise<ReadContactsResult> {
  const full = resolve(cwd, path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError(language === 'fr' ? `impossible de lire ${path} : ${code}` : `cannot read ${path}: ${code}`);
  }
  try {
    return readContactsFile(bytes, path, owner);
  } catch (error) {
    if (error instanceof FileFormatError) throw new CliError(`${path}: ${error.messageIn(language)}`);
    throw error;
  }
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
): Promise<Mailbox> {
  return (await readContacts(path, cwd, owner, language)).mailbox;
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
 * Parses a command's arguments (its own options plus the owner options every file command takes) and its one
 * mailbox file. Mistakes are CliErrors with exit code 2 and the command's help.
 */
export function parseFileCommand<O extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: O,
  help: string,
) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { ...options, 'owner-email': { type: 'string' }, 'owner-company': { type: 'string' } },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${help}`, 2);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0)
    throw new CliError(`expected exactly one mailbox file (mailbox JSON, Outlook CSV or vCard).\n\n${help}`, 2);
  return { file, values: parsed.values };
}
