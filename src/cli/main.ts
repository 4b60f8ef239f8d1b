import type { GraphCommandName } from './graph/command';
import { terminalSafe } from './terminal';
import type { Language } from '../core/model';
import { commandLanguage } from './io';
import { CliError, type CliCommand, type CliIo } from './types';

/**
 * The commands, each loaded only when it runs: `circles --help` must not read the engine, the knowledge or
 * the file parsers (see `npm run bench`, bench/cli.bench.ts, for the start-up figures).
 */
const commands: readonly { name: string; summary: Bilingual; load: () => Promise<CliCommand> }[] = [
  {
    name: 'classify',
    summary: {
      en: 'suggest a circle of origin for every contact',
      fr: 'suggère un cercle d’origine pour chaque contact',
    },
    load: () => import('./classify').then((m) => m.classifyCommand),
  },
  {
    name: 'shortlist',
    summary: {
      en: 'rank the contacts who could help with an ambition',
      fr: 'classe les contacts qui peuvent aider à réaliser une ambition',
    },
    load: () => import('./shortlist').then((m) => m.shortlistCommand),
  },
  {
    name: 'subcircles',
    summary: { en: 'named groups inside the circles', fr: 'les groupes nommés à l’intérieur des cercles' },
    load: () => import('./subcircles').then((m) => m.subcirclesCommand),
  },
  {
    name: 'apply',
    summary: {
      en: 'write the circles as categories into a new CSV or vCard file',
      fr: 'écrit les cercles en catégories dans un nouveau fichier CSV ou vCard',
    },
    load: () => import('./apply').then((m) => m.applyCommand),
  },
  {
    name: 'ties',
    summary: { en: 'who you exchange with, and who is drifting away', fr: 'avec qui vous échangez, et qui s’éloigne' },
    load: () => import('./ties').then((m) => m.tiesCommand),
  },
  {
    name: 'import',
    summary: {
      en: 'what a LinkedIn, CSV or vCard file would bring to a mailbox',
      fr: 'ce qu’un fichier LinkedIn, CSV ou vCard apporterait à une boîte',
    },
    load: () => import('./import').then((m) => m.importCommand),
  },
];

/** The commands that also run on a mailbox through Graph (src/cli/graph/command.ts). */
const GRAPH_COMMANDS: readonly string[] = ['classify', 'apply', 'undo', 'import'];

/** Wider than the longest name, so that « subcircles » does not touch its description. */
const NAME_WIDTH = 11;

type Bilingual = { readonly en: string; readonly fr: string };

const undoSummary: Bilingual = {
  en: 'undo the last apply on a mailbox (with --graph)',
  fr: 'annule la dernière écriture des cercles dans une boîte (avec --graph)',
};

/** The list of commands, in the terminal's language (LANG, or --lang). */
function usage(language: Language): string {
  const lines = commands.map((c) => `  ${c.name.padEnd(NAME_WIDTH)} ${c.summary[language]}`);
  const undo = `  ${'undo'.padEnd(NAME_WIDTH)} ${undoSummary[language]}`;
  return (
    language === 'fr'
      ? [
          'Usage : circles <commande> [options]',
          '',
          'Commandes :',
          ...lines,
          undo,
          '',
          'classify, apply, undo et import travaillent aussi sur une boîte Microsoft 365 avec --graph ou --graph-url <url>.',
          'circles <commande> --help donne les options d’une commande ; circles --version, la version.',
          '',
        ]
      : [
          'Usage: circles <command> [options]',
          '',
          'Commands:',
          ...lines,
          undo,
          '',
          'classify, apply, undo and import also work on a Microsoft 365 mailbox with --graph or --graph-url <url>.',
          'Run `circles <command> --help` for the options of a command, `circles --version` for the version.',
          '',
        ]
  ).join('\n');
}

/** The language of the general help and of an unknown command: --lang when valid, else the terminal's. */
function helpLanguage(argv: readonly string[], env: CliIo['env']): Language {
  try {
    return commandLanguage(argv, env);
  } catch {
    return commandLanguage([], env);
  }
}

/** Entry point of the `circles` command line; resolves with the exit code. */
export async function main(argv: readonly string[], terminal: CliIo): Promise<number> {
  // Everything a command prints goes through terminalSafe: contact text is the user's, not the terminal's.
  const io: CliIo = {
    ...terminal,
    stdout: (text) => terminal.stdout(terminalSafe(text)),
    stderr: (text) => terminal.stderr(terminalSafe(text)),
  };
  const [name, ...rest] = argv;
  const language = helpLanguage(argv, io.env);
  if (!name || name === '--help' || name === '-h' || name === 'help' || name === '--lang') {
    io.stdout(usage(language));
    return name && name !== '--lang' ? 0 : 2;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    const { version } = await import('../../package.json');
    io.stdout(`circles ${version}\n`);
    return 0;
  }
  // On a mailbox through Microsoft Graph rather than on a file (loaded only then, like every command).
  const onGraph = rest.includes('--graph') || rest.includes('--graph-url');
  if ((onGraph && GRAPH_COMMANDS.includes(name)) || name === 'undo') {
    const graph = await import('./graph/command');
    if (rest.includes('--help') || rest.includes('-h')) return (io.stdout(graph.graphHelp), 0);
    if (!onGraph) {
      io.stderr('circles undo: undo works on a mailbox: add --graph or --graph-url <url>.\n');
      return 2;
    }
    return runCommand(name, () => graph.runGraphCommand(name as GraphCommandName, rest, io), io);
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(
      `${language === 'fr' ? `circles : commande inconnue « ${name} ».` : `circles: unknown command "${name}".`}\n\n${usage(language)}`,
    );
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
    return 0;
  }
  return runCommand(name, () => command.run(rest, io), io);
}

/** Runs a command, turning its errors into messages and exit codes. */
async function runCommand(name: string, run: () => Promise<number>, io: CliIo): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`circles ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`circles ${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
