import { Command, Option } from 'commander';
import type { CustomerView } from '../../customers/index.ts';
import type { Address } from '../../shared/identifiers/index.ts';
import { cliActor } from '../../platform/actor.ts';
import { jsonOption, wholeNumberArgument } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { readJsonFile } from '../read-json-file.ts';
import { withApp } from '../with-app.ts';
import { privacyCommands } from './privacy.ts';

/** `vezel customers …`: customers, business or consumer, with their contacts. */
export function customersCommand(): Command {
  const command = new Command('customers')
    .description('the customers: list and search, show and add them')
    .addCommand(listCommand())
    .addCommand(showCommand())
    .addCommand(addCommand());
  for (const privacy of privacyCommands()) command.addCommand(privacy);
  return command;
}

function listCommand(): Command {
  return new Command('list')
    .description('customers by name, a page at a time')
    .option('--search <text>', 'a part of the legal name, or a whole KvK number, VAT id or customer id')
    .addOption(new Option('--limit <n>', 'customers per page (1 to 500)').argParser(wholeNumberArgument))
    .addOption(new Option('--offset <n>', 'customers to skip').argParser(wholeNumberArgument))
    .addOption(jsonOption())
    .action((options: { search?: string; limit?: number; offset?: number; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { listCustomers } = await import('../../customers/index.ts');
        const page = await listCustomers(app.database.db, options);
        if (options.json) return printJson(page);
        const shown = page.items.length;
        printLines([
          ...page.items.map(
            (customer) =>
              `${customer.id.padEnd(10)} ${customer.kind.padEnd(9)} ${customer.legalName.padEnd(32)} ` +
              `${(customer.kvkNumber ?? '-').padEnd(8)} ${customer.vatId ?? '-'}`,
          ),
          shown === page.total
            ? `${page.total} customer(s)`
            : `${page.offset + 1}–${page.offset + shown} of ${page.total} customer(s)`,
        ]);
      }),
    );
}

function showCommand(): Command {
  return new Command('show')
    .description('one customer with its contacts and whether fault reports have what they need (vn:6.4.9)')
    .argument('<id>', 'the customer id, e.g. CU-12')
    .addOption(jsonOption())
    .action((id: string, options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { getCustomer } = await import('../../customers/index.ts');
        const customer = await getCustomer(app.database.db, id);
        if (options.json) return printJson(customer);
        printLines(await describeCustomer(customer));
      }),
    );
}

function addCommand(): Command {
  return new Command('add')
    .description('add a customer from a JSON file (the fields of POST /customers, contacts included)')
    .addOption(new Option('--file <json>', 'the customer as JSON').makeOptionMandatory())
    .addOption(jsonOption())
    .action((options: { file: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { createCustomer } = await import('../../customers/index.ts');
        const document = readJsonFile(options.file) as Parameters<typeof createCustomer>[1];
        const customer = await createCustomer(
          { db: app.database.db, clock: app.clock, actor: cliActor() },
          document,
        );
        if (options.json) return printJson(customer);
        printLines([
          `Added customer ${customer.id} (${customer.legalName}).`,
          ...(await describeCustomer(customer)),
        ]);
      }),
    );
}

async function describeCustomer(customer: CustomerView): Promise<string[]> {
  const { formatIban, formatPhoneNumber } = await import('../../shared/identifiers/index.ts');
  const phone = (e164: string | null) => (e164 === null ? '-' : formatPhoneNumber(e164));
  const { ready, missing } = customer.faultReadiness;
  return [
    `${customer.id}: ${customer.legalName} (${customer.kind})`,
    ...(customer.kvkNumber ? [`  KvK number        ${customer.kvkNumber}`] : []),
    ...(customer.vatId ? [`  VAT id            ${customer.vatId}`] : []),
    ...(customer.iban ? [`  IBAN              ${formatIban(customer.iban)}`] : []),
    `  e-mail            ${customer.email}`,
    `  billing address   ${oneLine(customer.billingAddress)}`,
    ...(customer.deliveryAddress ? [`  delivery address  ${oneLine(customer.deliveryAddress)}`] : []),
    `  contacts          ${customer.contacts.length === 0 ? 'none' : ''}`.trimEnd(),
    ...customer.contacts.map(
      (contact) =>
        `    #${contact.id} ${contact.name} [${contact.roles.join(', ')}]` +
        `${contact.email ? ` ${contact.email}` : ''}; phone in office hours ${phone(contact.phoneOfficeHours)},` +
        ` outside ${phone(contact.phoneOutsideOfficeHours)}`,
    ),
    ready
      ? '  fault reports     ready (vn:6.4.9)'
      : `  fault reports     not ready (vn:6.4.9): missing ${missing.join(', ')}`,
  ];
}

function oneLine(address: Address): string {
  const addition = address.houseNumberAddition ? ` ${address.houseNumberAddition}` : '';
  return `${address.street} ${address.houseNumber}${addition}, ${address.postcode} ${address.city}, ${address.country}`;
}
