import { CliError, type CliCommand } from './types';

// Placeholder until the engine lands; replaced by the real command.
export const classifyCommand: CliCommand = {
  name: 'classify',
  summary: '(in progress)',
  help: 'circles classify: in progress',
  run: async () => {
    throw new CliError('not available yet');
  },
};
