import { CliError, type CliCommand } from './types';

// Placeholder until the engine lands; replaced by the real command.
export const applyCommand: CliCommand = {
  name: 'apply',
  summary: '(in progress)',
  help: 'circles apply: in progress',
  run: async () => {
    throw new CliError('not available yet');
  },
};
