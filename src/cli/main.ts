import type { GraphCommandName } from './graph/command';
import { terminalSafe } from './terminal';
import { CliError, type CliCommand, type CliIo } from './types';

/**
 * The commands, each loaded only when it runs: `circles --help` must not read the engine, the knowledge or
 * the file parsers (see `npm run bench`, bench/cli.bench.ts, for the start-up figures).
 */
const commands: readonly { name: string; summary: string; load: () => Promise<CliCommand> }[] = [
  {
    name: 'classify',
    summary: 'suggest a circle of origin for every contact / suggérer un cercle par contact',
    load: () => import('./classify').then((m) => m.classifyCommand),
  },
  {
    name: 'shortlist',
    summary: 'rank the contacts who could help with an ambition / qui peut aider à réaliser une ambition',
    load: () => import('./shortlist').then((m) => m.shortlistCommand),
  },
  {
    name: 'subcircles',
    summary: 'named groups inside the circles / les sous-cercles nommés',
    load: () => import('./subcircles').then((m) => m.subcirclesCommand),
  },
  {
    name: 'apply',
    summary:
      'write the circles as categories into a new CSV or vCard file / écrire les cercles dans un nouveau fichier',
    load: () => import('./apply').then((m) => m.applyCommand),
  },
  {
    name: 'ties',
    summary: 'who you exchange with, and who is drifting away / liens et rythmes',
    load: () => import('./ties').then((m) => m.tiesCommand),
  },
  {
    name: 'import',
    summary: 'what a LinkedIn, CSV or vCard file would bring to a mailbox / ce qu’un fichier apporterait',
    load: () => import('./import').then((m) => m.importCommand),
  },
];

/** The commands that also run on a mailbox through Graph (src/cli/graph/command.ts). */
const GRAPH_COMMANDS: readonly string[] = ['classify', 'apply', 'undo', 'import'];

/** Wider than the longest name, so that « subcircles » does not touch its description. */
const NAME_WIDTH = 11;

function usage(): string {
  const lines = commands.map((c) => `  ${c.name.padEnd(NAME_WIDTH)} ${c.summary}`);
  return [
    'Usage: circles <command> [options]',
    '',
    'Commands:',
    ...lines,
    `  ${'undo'.padEnd(NAME_WIDTH)} undo the last apply on a mailbox (with --graph) / annuler le dernier apply`,
    '',
    'classify, apply, undo and import work on a Microsoft 365 mailbox with --graph or --graph-url <url>.',
    'Run `circles <command> --help` for the options of a command.',
    '',
  ].join('\n');
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
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
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
    io.stderr(`circles: unknown command "${name}".\n\n${usage()}`);
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
