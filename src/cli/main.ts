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
];

function usage(): string {
  const lines = commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`);
  return [
    'Usage: circles <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
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
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`circles ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`circles ${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
