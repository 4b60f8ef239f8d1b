/**
 * `circles classify|apply|undo --graph` (or `--graph-url URL`): the add-in's workflow on a mailbox through
 * Microsoft Graph, from a terminal. classify prints the suggestions; apply runs what the ribbon command runs
 * (read, classify, write the confident circles through the journaled apply); undo undoes the last apply.
 * Sign-in: device code through MSAL Node, tokens cached in the user's config folder (0600); the in-repo
 * emulator gives its own tokens.
 */
import { join } from 'node:path';
import { createGraphServices, GRAPH_URL, type TokenProvider } from '../../adapters/graph';
import type { Notifier } from '../../adapters/office/notifications';
import { categoriseByOrigin } from '../../commands/categorise';
import { classify } from '../../core/circles';
import type { Language } from '../../core/model';
import type { SettingsStore } from '../../core/ports';
import { defaultSettings } from '../../core/settings';
import { undo } from '../../core/usecases/apply';
import { readNetwork } from '../../core/usecases/network';
import { suggest } from '../../core/usecases/suggest';
import { table } from '../classify';
import { counted } from '../plural';
import { CliError, type CliIo } from '../types';
import { importOnGraph } from './import';
import { deviceCodeTokens, emulatorTokens } from './signin';
import { configDir, createFileStores, mailboxFolder } from './stores';

export const GRAPH_COMMANDS = ['classify', 'apply', 'undo', 'import'] as const;
export type GraphCommandName = (typeof GRAPH_COMMANDS)[number];

export const graphHelp = `Usage: circles classify|apply|undo --graph [options]
       circles classify|apply|undo --graph-url <url> [options]
       circles import <file> --graph|--graph-url <url> [--write-positions [--only <lines>]] [options]

Runs on a Microsoft 365 mailbox through Microsoft Graph, as the add-in does:
  classify   suggest a circle for every contact (nothing is written)
  apply      categorise the confidently placed contacts, journaled (as the ribbon command)
  undo       undo the last apply (or the last positions written by import)
  import     what a file (LinkedIn's Connections.csv, a CSV, a vCard) would bring to the mailbox; with
             --write-positions, LinkedIn's current company and job title written into the matched cards that
             say otherwise (each old → new printed first), journaled: undo puts the cards back
Travaille sur une boîte Microsoft 365 par Microsoft Graph, comme le complément : classify suggère,
apply catégorise les contacts placés avec assurance (journalisé), undo annule le dernier apply, import
montre ce qu’un fichier apporterait (et, avec --write-positions, écrit les postes LinkedIn dans les fiches).

Options:
  --graph              Microsoft Graph (https://graph.microsoft.com/v1.0); sign in with a device code
  --graph-url <url>    another Graph endpoint: a national cloud, or the in-repo emulator (its own tokens)
  --client-id <id>     the app registration (default $CIRCLES_CLIENT_ID)
  --authority <url>    default $CIRCLES_AUTHORITY or https://login.microsoftonline.com/common
  --lang fr|en         messages and category names (default en)
  --no-signals         read no message headers or meetings (asks for fewer permissions)
  --json               classify: print circles-suggestions/1 JSON
  --write-positions    import: write LinkedIn's company and job title into the cards that say otherwise
  --only <lines>       import --write-positions: only the people of these lines of the file (e.g. 5,9)
The token cache, the journal and the delta links live in $CIRCLES_CONFIG_DIR (default ~/.config/circles),
readable by you only.
`;

type GraphArgs = {
  /** import: the file to import. */
  readonly file?: string;
  readonly writePositions: boolean;
  /** import --write-positions --only: the file lines of the people whose positions to write. */
  readonly only?: ReadonlySet<number>;
  readonly graphUrl: string;
  readonly clientId?: string;
  readonly authority: string;
  readonly language: Language;
  readonly signals: 'on' | 'off';
  readonly json: boolean;
};

function parse(name: GraphCommandName, args: readonly string[], env: NodeJS.ProcessEnv): GraphArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (name === 'import' && !a.startsWith('--')) files.push(a);
    else if (name === 'import' && a === '--write-positions') flags.add(a);
    else if (
      ['--graph-url', '--client-id', '--authority', '--lang', ...(name === 'import' ? ['--only'] : [])].includes(a)
    ) {
      const v = args[i + 1];
      if (v === undefined || v.startsWith('--')) throw new CliError(`${a} needs a value.`, 2);
      values.set(a, v);
      i++;
    } else if (['--graph', '--no-signals', '--json'].includes(a)) flags.add(a);
    else throw new CliError(`unknown option ${a} (see circles classify --graph --help).`, 2);
  }
  const graphUrl = (values.get('--graph-url') ?? GRAPH_URL).replace(/\/$/, '');
  try {
    new URL(graphUrl);
  } catch {
    throw new CliError(`--graph-url must be a URL such as ${GRAPH_URL}, not "${graphUrl}".`, 2);
  }
  const lang = values.get('--lang') ?? 'en';
  if (lang !== 'fr' && lang !== 'en') throw new CliError(`--lang must be fr or en, not "${lang}".`, 2);
  const clientId = values.get('--client-id') ?? env.CIRCLES_CLIENT_ID;
  if (name === 'import' && files.length !== 1)
    throw new CliError('import needs exactly one file (see circles import --graph --help).', 2);
  const only = values.get('--only');
  const lines = only?.split(',').map((l) => Number(l.trim()));
  if (lines?.some((l) => !Number.isInteger(l) || l < 1))
    throw new CliError(`--only takes line numbers of the file separated by commas (5,9), not "${only}".`, 2);
  if (lines && !flags.has('--write-positions')) throw new CliError('--only goes with --write-positions.', 2);
  return {
    ...(files[0] !== undefined ? { file: files[0] } : {}),
    writePositions: flags.has('--write-positions'),
    ...(lines ? { only: new Set(lines) } : {}),
    graphUrl,
    ...(clientId ? { clientId } : {}),
    authority: values.get('--authority') ?? env.CIRCLES_AUTHORITY ?? 'https://login.microsoftonline.com/common',
    language: lang,
    signals: flags.has('--no-signals') ? 'off' : 'on',
    json: flags.has('--json'),
  };
}

/** The command's notifications as lines: progress on stderr, the outcome on stdout. */
function terminalNotifier(io: CliIo): Notifier {
  return {
    progress: async (m) => io.stderr(`${m}\n`),
    info: async (m) => io.stdout(`${m}\n`),
    error: async (m) => io.stderr(`${m}\n`),
    clear: async () => undefined,
  };
}

async function tokensFor(o: GraphArgs, root: string, io: CliIo): Promise<TokenProvider> {
  const emulated = await emulatorTokens(o.graphUrl, o.signals);
  if (emulated) return emulated;
  if (!o.clientId)
    throw new CliError(
      'signing in needs the app registration: --client-id <id> or $CIRCLES_CLIENT_ID (see docs/GRAPH.md).',
      2,
    );
  return deviceCodeTokens({
    clientId: o.clientId,
    authority: o.authority,
    cacheFile: join(root, 'msal-cache.json'),
    signals: o.signals,
    tell: io.stderr,
  });
}

export async function runGraphCommand(
  name: GraphCommandName,
  args: readonly string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const o = parse(name, args, env);
  const root = configDir(env);
  const tokens = await tokensFor(o, root, io);
  const onPace = (ms: number) =>
    io.stderr(
      o.language === 'fr'
        ? `Attente de ${Math.ceil(ms / 1000)} s : budget de Microsoft 365 sur 10 minutes…\n`
        : `Waiting ${Math.ceil(ms / 1000)} s for Microsoft 365's 10-minute request budget…\n`,
    );
  // The mailbox names the folder of its journal and delta links: read it first, once.
  const probe = createGraphServices({ baseUrl: o.graphUrl, tokens });
  const owner = await probe.owner.getOwner();
  const stores = await createFileStores(mailboxFolder(root, o.graphUrl, owner.mail || 'mailbox'));
  const graph = createGraphServices({ baseUrl: o.graphUrl, tokens, deltaStore: stores.deltaLinks, onPace });
  // --no-signals holds for this run only; the saved settings stay as they are.
  const settings: SettingsStore =
    o.signals === 'off'
      ? {
          ...stores.settings,
          loadSettings: async () => ({
            ...((await stores.settings.loadSettings()) ?? defaultSettings(o.language, owner.profile)),
            mailboxSignals: 'off',
          }),
        }
      : stores.settings;
  const services = {
    owner: { getOwner: async () => owner },
    contacts: graph.contacts,
    interactions: graph.interactions,
    categories: graph.categories,
    writer: graph.writer,
    journal: stores.journal,
    settings,
  };

  if (name === 'classify') {
    const staged = await readNetwork(services, {
      language: o.language,
      tolerate: (e) => Number((e as { status?: unknown } | null)?.status) === 403,
    });
    const network = { ...staged.base, ...(await staged.signals) };
    const result = suggest(network, classify, { signals: o.signals });
    if (o.json)
      io.stdout(`${JSON.stringify({ format: 'circles-suggestions/1', suggestions: result.suggestions }, null, 1)}\n`);
    else {
      const names = new Map(network.contacts.map((c) => [c.id, c.displayName]));
      const rows = result.suggestions.map((s) => ({ name: names.get(s.contactId) ?? s.contactId, s }));
      io.stdout(table(rows, network.settings.taxonomy, o.language));
    }
    return 0;
  }

  if (name === 'import')
    return importOnGraph(
      {
        file: o.file!,
        language: o.language,
        writePositions: o.writePositions,
        ...(o.only ? { only: o.only } : {}),
      },
      services,
      { writer: graph.writer, journal: stores.journal, categories: graph.categories },
      io,
    );

  if (name === 'apply') {
    const outcome = await categoriseByOrigin({
      services,
      notifier: terminalNotifier(io),
      language: o.language,
      log: () => undefined,
    });
    return outcome.status === 'done' ? 0 : 1;
  }

  let done;
  try {
    done = await undo({ writer: graph.writer, journal: stores.journal, categories: graph.categories }, 'cli');
  } catch (error) {
    if (error instanceof Error && /No run to undo|already been undone/.test(error.message))
      throw new CliError(o.language === 'fr' ? 'rien à annuler.' : 'nothing to undo.');
    throw error;
  }
  const { summary } = done;
  const l = o.language;
  const left = summary.conflicts + summary.failed;
  io.stdout(
    l === 'fr'
      ? `Annulé : ${counted(l, summary.applied, { one: 'contact remis comme avant', other: 'contacts remis comme avant' })}, ${summary.unchanged} déjà comme avant, ${counted(l, left, { one: 'laissé tel quel (modifié depuis)', other: 'laissés tels quels (modifiés depuis)' })}.\n`
      : `Undone: ${counted(l, summary.applied, { one: 'contact restored', other: 'contacts restored' })}, ${summary.unchanged} already as before, ${counted(l, left, { one: 'left as it is (changed since)', other: 'left as they are (changed since)' })}.\n`,
  );
  return 0;
}
