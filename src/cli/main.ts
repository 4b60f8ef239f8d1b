import { applyCommand } from './apply';
import { classifyCommand } from './classify';
import { shortlistCommand } from './shortlist';
import { subcirclesCommand } from './subcircles';
import { tiesCommand } from './ties';
import { CliError, type CliCommand, type CliIo } from './types';

const commands: readonly CliCommand[] = [
  classifyCommand,
  shortlistCommand,
  subcirclesCommand,
  applyCommand,
  tiesCommand,
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
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`circles: unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
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
