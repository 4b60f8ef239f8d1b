/**
 * `circles apply`: classify the contacts of a file and write them, with their circles as categories, into a
 * NEW Outlook CSV or vCard file that classic Outlook (or any address book) can import.
 */
import { link, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { outputFormatOf, rewriteContactsFile, type OutputFormat, type SkippedRecord } from '../adapters/files';
import { defaultPrefix } from '../core/changes';
import { classify, type CircleId } from '../core/circles';
import { planAssignments } from '../core/usecases/apply';
import { networkOfMailbox } from '../core/usecases/network';
import { suggest } from '../core/usecases/suggest';
import type { Language } from '../core/model';
import { readContacts } from './io';
import { counted, plural } from './plural';
import { CliError, type CliCommand, type CliIo } from './types';

const help = `Usage: circles apply <input> --out <file> [options]

Reads contacts (Outlook CSV, vCard or circles-mailbox/1 JSON), suggests a circle of origin for each, and
writes them with their circle as an Outlook category into a new file. The input is never modified. From a
CSV, every column and cell is kept as it was, Categories aside.
Lit des contacts (CSV Outlook, vCard ou JSON circles-mailbox/1), propose un cercle d’origine pour chacun et
les écrit, avec leur cercle en catégorie Outlook, dans un nouveau fichier. L’entrée n’est jamais modifiée.
D’un CSV, chaque colonne et chaque cellule sont gardées telles quelles, Catégories à part.

Options:
  --out <file>            the file to write (required) / le fichier à écrire (obligatoire)
  --format csv|vcard|vcard4
                          Outlook CSV, vCard 3.0 or vCard 4.0 (default: from the --out extension)
  --lang fr|en            category names, and the CSV headers of a file written from a vCard or JSON (a CSV
                          keeps its own columns and headers) / noms des catégories, et en-têtes d’un CSV écrit
                          depuis une vCard ou du JSON (un CSV garde ses colonnes et en-têtes) (default: en)
  --prefix <text>         category prefix (default "Circle · " / "Cercle · ")
  --min-confidence <0..1> only write suggestions at least this confident / seuil de confiance
  --owner-email <address> the address of the contacts' owner (files carry none) / adresse du propriétaire
  --owner-company <name>  the owner's current company / l’entreprise actuelle du propriétaire
  --force                 overwrite --out if it exists (never the input) / écraser --out s’il existe
  --help                  this help / cette aide
`;

type ApplyOptions = {
  readonly input: string;
  readonly out: string;
  readonly format?: OutputFormat;
  readonly language: Language;
  readonly prefix?: string;
  readonly minConfidence?: number;
  readonly ownerEmail?: string;
  readonly ownerCompany?: string;
  readonly overwrite: 'force' | 'refuse';
};

/** The command's messages, in the language of --lang (English until it is known). */
const messages = {
  en: {
    needsValue: (flag: string) => `${flag} needs a value.`,
    unknownOption: (flag: string) => `unknown option ${flag} (see circles apply --help).`,
    oneInput: 'give exactly one input file (see circles apply --help).',
    outRequired: '--out <file> is required: apply always writes a new file.',
    badFormat: (v: string) => `--format must be csv, vcard or vcard4, not "${v}".`,
    badLang: (v: string) => `--lang must be fr or en, not "${v}".`,
    badConfidence: (v: string) => `--min-confidence must be a number between 0 and 1, not "${v}".`,
    overInput: (f: string) => `refusing to write over the input ${f}: choose another --out.`,
    unknownFormat: (f: string) => `cannot tell the output format from "${f}": add --format csv|vcard|vcard4.`,
    exists: (f: string) => `${f} already exists: choose another --out, or add --force to replace it.`,
    cannotWrite: (f: string, code: string) => `cannot write ${f}: ${code}`,
    summary: (n: number, from: string, kind: string, placed: number, changed: number, out: string) =>
      `${counted('en', n, { one: 'contact', other: 'contacts' })} read from ${from} (${kind}); ${placed} placed in a circle; ${changed} with new categories; ${n} written to ${out}.\n`,
    skipped: (n: number, lines: string) =>
      `${counted('en', n, { one: 'record skipped, with nothing in it', other: 'records skipped, with nothing in them' })}: ${lines}.\n`,
    reason: (r: SkippedRecord) => `line ${r.line} (${r.reason === 'blank' ? 'blank row' : 'empty card'})`,
    stray: (f: string, n: number, lines: readonly number[]) =>
      `warning: ${f} is UTF-8 but for ${counted('en', n, { one: 'byte that is', other: 'bytes that are' })} not (${plural('en', lines.length, { one: 'line', other: 'lines' })} ${lines.join(', ')}), read as Windows-1252: check ${plural('en', n, { one: 'it', other: 'them' })} in the output.\n`,
  },
  fr: {
    needsValue: (flag: string) => `${flag} attend une valeur.`,
    unknownOption: (flag: string) => `option inconnue ${flag} (voir circles apply --help).`,
    oneInput: 'indiquez exactement un fichier d’entrée (voir circles apply --help).',
    outRequired: '--out <fichier> est obligatoire : apply écrit toujours un nouveau fichier.',
    badFormat: (v: string) => `--format doit valoir csv, vcard ou vcard4, pas « ${v} ».`,
    badLang: (v: string) => `--lang doit valoir fr ou en, pas « ${v} ».`,
    badConfidence: (v: string) => `--min-confidence doit être un nombre entre 0 et 1, pas « ${v} ».`,
    overInput: (f: string) => `refus d’écrire sur l’entrée ${f} : choisissez un autre --out.`,
    unknownFormat: (f: string) =>
      `format de sortie indéterminable d’après « ${f} » : ajoutez --format csv|vcard|vcard4.`,
    exists: (f: string) => `${f} existe déjà : choisissez un autre --out, ou ajoutez --force pour le remplacer.`,
    cannotWrite: (f: string, code: string) => `impossible d’écrire ${f} : ${code}`,
    summary: (n: number, from: string, kind: string, placed: number, changed: number, out: string) =>
      `${counted('fr', n, { one: 'contact lu', other: 'contacts lus' })} dans ${from} (${kind}) ; ${counted('fr', placed, { one: 'placé', other: 'placés' })} dans un cercle ; ${changed} avec de nouvelles catégories ; ${counted('fr', n, { one: 'écrit', other: 'écrits' })} dans ${out}.\n`,
    skipped: (n: number, lines: string) =>
      `${counted('fr', n, { one: 'enregistrement ignoré, vide', other: 'enregistrements ignorés, vides' })} : ${lines}.\n`,
    reason: (r: SkippedRecord) => `ligne ${r.line} (${r.reason === 'blank' ? 'ligne vide' : 'fiche vide'})`,
    stray: (f: string, n: number, lines: readonly number[]) =>
      `attention : ${f} est en UTF-8 sauf ${counted('fr', n, { one: 'octet qui ne l’est pas', other: 'octets qui ne le sont pas' })} (${plural('fr', lines.length, { one: 'ligne', other: 'lignes' })} ${lines.join(', ')}), ${plural('fr', n, { one: 'lu en Windows-1252 : vérifiez-le', other: 'lus en Windows-1252 : vérifiez-les' })} dans le résultat.\n`,
  },
} as const;

const VALUE_FLAGS = [
  '--out',
  '--format',
  '--lang',
  '--prefix',
  '--min-confidence',
  '--owner-email',
  '--owner-company',
] as const;

function parseArgs(args: readonly string[]): ApplyOptions {
  const langAt = args.indexOf('--lang');
  const m = messages[args[langAt + 1] === 'fr' && langAt >= 0 ? 'fr' : 'en'];
  const values = new Map<string, string>();
  const positional: string[] = [];
  let overwrite: ApplyOptions['overwrite'] = 'refuse';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--force') overwrite = 'force';
    else if ((VALUE_FLAGS as readonly string[]).includes(a)) {
      const v = args[i + 1];
      if (v === undefined) throw new CliError(m.needsValue(a), 2);
      values.set(a, v);
      i++;
    } else if (a.startsWith('--')) throw new CliError(m.unknownOption(a), 2);
    else positional.push(a);
  }
  if (positional.length !== 1) throw new CliError(m.oneInput, 2);
  const out = values.get('--out');
  if (!out) throw new CliError(m.outRequired, 2);
  const format = values.get('--format');
  if (format !== undefined && !['csv', 'vcard', 'vcard4'].includes(format)) throw new CliError(m.badFormat(format), 2);
  const lang = values.get('--lang') ?? 'en';
  if (lang !== 'fr' && lang !== 'en') throw new CliError(m.badLang(lang), 2);
  const mc = values.get('--min-confidence');
  const minConfidence = mc === undefined ? undefined : Number(mc);
  if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1))
    throw new CliError(m.badConfidence(String(mc)), 2);
  return {
    input: positional[0]!,
    out,
    format: format as OutputFormat | undefined,
    language: lang,
    prefix: values.get('--prefix'),
    minConfidence,
    ownerEmail: values.get('--owner-email'),
    ownerCompany: values.get('--owner-company'),
    overwrite,
  };
}

/**
 * The same file, through a symbolic link, another spelling of the path or a hard link: the same device and
 * inode (real paths differ for two hard links to one file).
 */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the file whole or not at all: into a temporary file next to it (same file system), flushed to disk,
 * then renamed over the target (--force) or hard-linked to its name, which fails if the name was taken
 * meanwhile (no --force). A crash or a full disk leaves the target as it was, never half written.
 */
export async function writeAtomically(target: string, bytes: Uint8Array, overwrite: 'force' | 'refuse'): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const file = await open(temp, 'wx');
  try {
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    if (overwrite === 'force') await rename(temp, target);
    else await link(temp, target);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

export const applyCommand: CliCommand = {
  name: 'apply',
  help,
  run: async (args: readonly string[], io: CliIo) => {
    const o = parseArgs(args);
    const m = messages[o.language];
    const input = resolve(io.cwd, o.input);
    const out = resolve(io.cwd, o.out);
    if (await sameFile(input, out)) throw new CliError(m.overInput(o.input), 2);
    const format = o.format ?? outputFormatOf(out);
    if (!format) throw new CliError(m.unknownFormat(basename(out)), 2);
    if (o.overwrite === 'refuse' && (await exists(out))) throw new CliError(m.exists(o.out), 2);

    const owner =
      o.ownerEmail !== undefined || o.ownerCompany !== undefined
        ? { email: o.ownerEmail, company: o.ownerCompany }
        : undefined;
    const read = await readContacts(o.input, io.cwd, owner, o.language, io.stderr);
    const { mailbox } = read;
    if (read.strayBytes) io.stderr(m.stray(o.input, read.strayBytes.count, read.strayBytes.lines));
    const network = networkOfMailbox(mailbox, o.language, {
      categoryPrefix: o.prefix ?? defaultPrefix(o.language),
    });
    const result = suggest(network, classify, o.minConfidence !== undefined ? { threshold: o.minConfidence } : {});
    const assignments = new Map<string, CircleId | null>();
    for (const s of result.suggestions)
      if (s.circle !== null && (o.minConfidence === undefined || s.confidence >= o.minConfidence))
        assignments.set(s.contactId, s.circle);
    const { changes } = planAssignments(network, assignments, o.language);
    const after = new Map(changes.map((c) => [c.contactId, c.after]));

    const bytes = rewriteContactsFile(read, after, format, { language: o.language });
    try {
      await writeAtomically(out, bytes, o.overwrite);
    } catch (error) {
      throw new CliError(m.cannotWrite(o.out, (error as NodeJS.ErrnoException).code ?? String(error)));
    }
    const n = mailbox.contacts.length;
    io.stdout(m.summary(n, o.input, `${read.format}, ${read.encoding}`, assignments.size, changes.length, o.out));
    if (read.skipped.length) io.stdout(m.skipped(read.skipped.length, read.skipped.map(m.reason).join(', ')));
    return 0;
  },
};
