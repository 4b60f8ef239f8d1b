import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { mailboxFromJson } from '../adapters/graph/mapping';
import type { Mailbox } from '../core/model';
import { CliError } from './types';

/**
 * Loads contacts from a file: a `circles-mailbox/1` JSON document (Outlook CSV and vCard are handled by
 * the files adapter). Errors are CliErrors with a message that names the file.
 */
export async function loadMailboxFile(path: string, cwd: string): Promise<Mailbox> {
  const full = resolve(cwd, path);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return mailboxFromJson(doc);
  } catch (error) {
    throw new CliError(`${path}: ${(error as Error).message}`);
  }
}
