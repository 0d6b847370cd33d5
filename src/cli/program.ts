import { Command } from 'commander';
import { vezelVersion } from '../platform/version.ts';
import { explainCommand } from './commands/explain.ts';
import { migrateCommand } from './commands/migrate.ts';
import { serveCommand } from './commands/serve.ts';
import { termsCommand } from './commands/terms.ts';

export function buildProgram(): Command {
  const program = new Command('vezel')
    .description('Vezel, the operator platform: quote to cash, network and faults, with the terms as rules')
    .version(vezelVersion)
    .exitOverride()
    .configureOutput({ outputError: () => {} });
  for (const command of [serveCommand(), migrateCommand(), termsCommand(), explainCommand()])
    program.addCommand(command);
  // Every subcommand, however deep, reports errors to main() instead of exiting by itself.
  const override = (command: Command): void => {
    command.exitOverride().configureOutput({ outputError: () => {} });
    command.commands.forEach(override);
  };
  program.commands.forEach(override);
  return program;
}
