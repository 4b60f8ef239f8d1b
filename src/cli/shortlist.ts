import { CliError, type CliCommand } from './types';

// Placeholder until the engine lands; replaced by the real command.
export const shortlistCommand: CliCommand = {
  name: 'shortlist',
  summary: '(in progress)',
  help: 'circles shortlist: in progress',
  run: async () => {
    throw new CliError('not available yet');
  },
};
