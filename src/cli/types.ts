/** What a CLI command may touch: output streams and the working directory. Tests pass fakes. */
export type CliIo = {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** The environment's variables the CLI reads (LC_ALL, LC_MESSAGES, LANG for the language); none in tests. */
  readonly env?: Readonly<Record<string, string | undefined>>;
};

/** A CLI command: resolves with the process exit code. */
export type CliCommand = {
  readonly name: string;
  readonly help: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
};

/** An error whose message is meant for the user as is (no stack trace). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
