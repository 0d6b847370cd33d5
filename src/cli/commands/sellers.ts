import { Command, Option } from 'commander';
import { cliActor } from '../../platform/actor.ts';
import type { Seller } from '../../sellers/index.ts';
import { jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { readJsonFile } from '../read-json-file.ts';
import { withApp } from '../with-app.ts';

/** `vezel sellers …`: the companies that sell, with their terms profile, identifiers and number series. */
export function sellersCommand(): Command {
  return new Command('sellers')
    .description('the sellers: list, show, add and update them')
    .addCommand(listCommand())
    .addCommand(showCommand())
    .addCommand(addCommand())
    .addCommand(updateCommand());
}

function fileOption(what: string): Option {
  return new Option('--file <json>', what).makeOptionMandatory();
}

function listCommand(): Command {
  return new Command('list')
    .description('every seller: the shipped ones and the operator’s own')
    .addOption(jsonOption())
    .action((options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { listSellers } = await import('../../sellers/index.ts');
        const sellers = await listSellers(app.database.db);
        if (options.json) return printJson(sellers);
        printLines(
          sellers.map(
            (seller) =>
              `${seller.id.padEnd(16)} ${seller.legalName.padEnd(24)} ${seller.profileId.padEnd(28)} ` +
              `${seller.invoiceSeries}${seller.creditNoteSeries ? ` / ${seller.creditNoteSeries}` : ''}`,
          ),
        );
      }),
    );
}

function showCommand(): Command {
  return new Command('show')
    .description('one seller with its identifiers')
    .argument('<id>', 'the seller id, e.g. bit')
    .addOption(jsonOption())
    .action((id: string, options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { getSeller } = await import('../../sellers/index.ts');
        const seller = await getSeller(app.database.db, id);
        if (options.json) return printJson(seller);
        printLines(await describeSeller(seller));
      }),
    );
}

function addCommand(): Command {
  return new Command('add')
    .description(
      'add a seller from a JSON file: id, legalName, profileId, kvkNumber, vatId, iban, address, …',
    )
    .addOption(fileOption('the seller as JSON (the fields of POST /sellers)'))
    .addOption(jsonOption())
    .action((options: { file: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { addSeller } = await import('../../sellers/index.ts');
        const document = readJsonFile(options.file) as Parameters<typeof addSeller>[1];
        const seller = await addSeller(
          { db: app.database.db, clock: app.clock, actor: cliActor() },
          document,
        );
        if (options.json) return printJson(seller);
        printLines([`Added seller '${seller.id}' (${seller.legalName}).`]);
      }),
    );
}

function updateCommand(): Command {
  return new Command('update')
    .description("change a seller's fields from a JSON file holding only the fields to change")
    .argument('<id>', 'the seller id, e.g. bit')
    .addOption(fileOption('the fields to change as JSON; null clears an optional one'))
    .addOption(jsonOption())
    .action((id: string, options: { file: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { updateSeller } = await import('../../sellers/index.ts');
        const changes = readJsonFile(options.file) as Parameters<typeof updateSeller>[1]['changes'];
        const seller = await updateSeller(
          { db: app.database.db, clock: app.clock, actor: cliActor() },
          { id, changes },
        );
        if (options.json) return printJson(seller);
        printLines([`Updated seller '${seller.id}'.`, ...(await describeSeller(seller))]);
      }),
    );
}

async function describeSeller(seller: Seller): Promise<string[]> {
  const { formatIban, formatPhoneNumber } = await import('../../shared/identifiers/index.ts');
  const { street, houseNumber, houseNumberAddition, postcode, city, country } = seller.address;
  return [
    `${seller.id}: ${seller.legalName}`,
    `  terms profile   ${seller.profileId}`,
    `  KvK number      ${seller.kvkNumber}`,
    `  VAT id          ${seller.vatId}`,
    `  IBAN            ${formatIban(seller.iban)}${seller.bic ? ` (BIC ${seller.bic})` : ''}`,
    ...(seller.creditorId ? [`  creditor id     ${seller.creditorId}`] : []),
    `  address         ${street} ${houseNumber}${houseNumberAddition ? ` ${houseNumberAddition}` : ''}, ${postcode} ${city}, ${country}`,
    `  e-mail          ${seller.email}`,
    ...(seller.phone ? [`  phone           ${formatPhoneNumber(seller.phone)}`] : []),
    `  invoice series  ${seller.invoiceSeries}`,
    `  credit notes    ${seller.creditNoteSeries ?? `in the invoice series`}`,
  ];
}
