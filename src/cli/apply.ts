/**
 * `circles apply`: classify the contacts of a file and write them, with their circles as categories, into a
 * NEW Outlook CSV or vCard file that classic Outlook (or any address book) can import.
 */
import { realpath, stat, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { outputFormatOf, writeContactsFile, type OutputFormat } from '../adapters/files';
import { defaultPrefix } from '../core/changes';
import { classify, type CircleId } from '../core/circles';
import { planAssignments } from '../core/usecases/apply';
import { networkOfMailbox } from '../core/usecases/network';
import { suggest } from '../core/usecases/suggest';
import type { Contact, Language } from '../core/model';
import { readContacts } from './io';
import { CliError, type CliCommand, type CliIo } from './types';

const help = `Usage: circles apply <input> --out <file> [options]

Reads contacts (Outlook CSV, vCard or circles-mailbox/1 JSON), suggests a circle of origin for each, and
writes them with their circle as an Outlook category into a new file. The input is never modified.
Lit des contacts (CSV Outlook, vCard ou JSON circles-mailbox/1), propose un cercle d'origine pour chacun et
les écrit, avec leur cercle en catégorie Outlook, dans un nouveau fichier. L'entrée n'est jamais modifiée.

Options:
  --out <file>            the file to write (required) / le fichier à écrire (obligatoire)
  --format csv|vcard|vcard4
                          Outlook CSV, vCard 3.0 or vCard 4.0 (default: from the --out extension)
  --lang fr|en            category names and CSV headers / noms des catégories et en-têtes CSV (default: en)
  --prefix <text>         category prefix (default "Circle · " / "Cercle · ")
  --min-confidence <0..1> only write suggestions at least this confident / seuil de confiance
  --owner-email <address> the address of the contacts' owner (files carry none) / adresse du propriétaire
  --owner-company <name>  the owner's current company / l'entreprise actuelle du propriétaire
  --force                 overwrite --out if it exists (never the input) / écraser --out s'il existe
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
      `${n} contacts read from ${from} (${kind}); ${placed} placed in a circle; ${changed} with new categories; written to ${out}.\n`,
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
      `${n} contacts lus dans ${from} (${kind}) ; ${placed} placés dans un cercle ; ${changed} avec de nouvelles catégories ; écrits dans ${out}.\n`,
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

/** The same file, even through a symbolic link or another spelling of the path. */
async function samePath(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  try {
    return (await realpath(a)) === (await realpath(b));
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

export const applyCommand: CliCommand = {
  name: 'apply',
  help,
  run: async (args: readonly string[], io: CliIo) => {
    const o = parseArgs(args);
    const m = messages[o.language];
    const input = resolve(io.cwd, o.input);
    const out = resolve(io.cwd, o.out);
    if (await samePath(input, out)) throw new CliError(m.overInput(o.input), 2);
    const format = o.format ?? outputFormatOf(out);
    if (!format) throw new CliError(m.unknownFormat(basename(out)), 2);
    if (o.overwrite === 'refuse' && (await exists(out))) throw new CliError(m.exists(o.out), 2);

    const owner =
      o.ownerEmail !== undefined || o.ownerCompany !== undefined
        ? { email: o.ownerEmail, company: o.ownerCompany }
        : undefined;
    const read = await readContacts(o.input, io.cwd, owner, o.language, io.stderr);
    const { mailbox } = read;
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
    const contacts: Contact[] = mailbox.contacts.map((c) => {
      const categories = after.get(c.id);
      return categories ? { ...c, categories } : c;
    });

    const bytes = writeContactsFile(contacts, format, { language: o.language });
    try {
      // "wx" fails if the file appeared since the check above: we never replace a file without --force.
      await writeFile(out, bytes, { flag: o.overwrite === 'force' ? 'w' : 'wx' });
    } catch (error) {
      throw new CliError(m.cannotWrite(o.out, (error as NodeJS.ErrnoException).code ?? String(error)));
    }
    io.stdout(
      m.summary(contacts.length, o.input, `${read.format}, ${read.encoding}`, assignments.size, changes.length, o.out),
    );
    return 0;
  },
};
