import { Command } from 'commander';
import { vezelVersion } from '../platform/version.ts';
import { catalogCommand } from './commands/catalog.ts';
import { explainCommand } from './commands/explain.ts';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import { migrateCommand } from './commands/migrate.ts';
import { messagesCommand, outboxCommand, provisioningCommand } from './commands/outbox.ts';
import { serveCommand } from './commands/serve.ts';
import { demoCommand } from './commands/demo.ts';
import { termsCommand } from './commands/terms.ts';
import { providersCommand } from './commands/providers.ts';
import { networkOrdersCommand } from './commands/network-orders.ts';
import { sellersCommand } from './commands/sellers.ts';
import { customersCommand } from './commands/customers.ts';
import { networkCommand } from './commands/network.ts';
import { usageCommand } from './commands/usage.ts';
import { billingCommand } from './commands/billing.ts';
import { invoicesCommand } from './commands/invoices.ts';
import { subscriptionsCommand } from './commands/subscriptions.ts';
import { bankCommand, paymentsCommand } from './commands/payments.ts';
import { statementCommand } from './commands/statement.ts';
import { complaintsCommand, disputesCommand } from './commands/complaints.ts';
import { dunningCommand } from './commands/dunning.ts';
import { directDebitsCommand, mandatesCommand, refundsCommand } from './commands/direct-debits.ts';
import { faultsCommand } from './commands/faults.ts';
import { slaCommand } from './commands/sla.ts';
import { maintenanceCommand } from './commands/maintenance.ts';
import { forceMajeureCommand } from './commands/force-majeure.ts';
import { abuseCommand } from './commands/abuse.ts';
import { claimsCommand } from './commands/liability-claims.ts';
import { workerCommand } from './commands/worker.ts';
import { auditCommand } from './commands/audit.ts';
import { usersCommand } from './commands/users.ts';

export function buildProgram(): Command {
  const program = new Command('vezel')
    .description('Vezel, the operator platform: quote to cash, network and faults, with the terms as rules')
    .version(vezelVersion)
    .exitOverride()
    .configureOutput({ outputError: () => {} });
  for (const command of [
    serveCommand(),
    demoCommand(),
    usersCommand(),
    migrateCommand(),
    backupCommand(),
    restoreCommand(),
    termsCommand(),
    sellersCommand(),
    customersCommand(),
    explainCommand(),
    catalogCommand(),
    networkCommand(),
    outboxCommand(),
    provisioningCommand(),
    messagesCommand(),
    providersCommand(),
    networkOrdersCommand(),
    usageCommand(),
    subscriptionsCommand(),
    billingCommand(),
    invoicesCommand(),
    paymentsCommand(),
    bankCommand(),
    statementCommand(),
    complaintsCommand(),
    disputesCommand(),
    dunningCommand(),
    mandatesCommand(),
    directDebitsCommand(),
    refundsCommand(),
    faultsCommand(),
    slaCommand(),
    maintenanceCommand(),
    forceMajeureCommand(),
    abuseCommand(),
    claimsCommand(),
    workerCommand(),
    auditCommand(),
  ])
    program.addCommand(command);
  // Every subcommand, however deep, reports errors to main() instead of exiting by itself.
  const override = (command: Command): void => {
    command.exitOverride().configureOutput({ outputError: () => {} });
    command.commands.forEach(override);
  };
  program.commands.forEach(override);
  return program;
}
