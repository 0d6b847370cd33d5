import { Command, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import type { SubscriptionView } from '../../billing/index.ts';
import { cliActor } from '../../platform/actor.ts';
import { formatEuro, parseAmount } from '../../shared/money/index.ts';
import { dateArgument, jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { withApp } from '../with-app.ts';

/** `vezel subscriptions …`: recurring fees outside a contract, billed by the bill runs. */
export function subscriptionsCommand(): Command {
  return new Command('subscriptions')
    .description('recurring fees sold outside a contract, billed in advance by the bill runs: add, end, list')
    .addCommand(addCommand())
    .addCommand(endCommand())
    .addCommand(listCommand());
}

interface AddOptions {
  seller: string;
  customer: string;
  startsOn: Temporal.PlainDate;
  product?: string;
  price?: string;
  description?: string;
  domain?: boolean;
  json?: boolean;
}

function addCommand(): Command {
  return new Command('add')
    .description(
      "put a recurring fee on the seller's bill runs from the day the service is available (vn:7.1.3)",
    )
    .requiredOption('--seller <id>', 'the seller id, e.g. bit')
    .requiredOption('--customer <id>', 'the customer id, e.g. CU-1')
    .addOption(
      new Option('--starts-on <date>', 'the day the service is made available: billing starts then')
        .argParser(dateArgument)
        .makeOptionMandatory(),
    )
    .option('--product <id>', 'a recurring product of the seller: its dated prices and cadence apply')
    .option(
      '--price <amount>',
      'the fee per period excl. VAT, e.g. 120.00; with --product only on days it lists no price',
    )
    .option('--description <text>', "the text on the invoice; default the product's name")
    .option('--domain', 'a domain name: billed per calendar year, in full (bit:11.2)')
    .addOption(jsonOption())
    .action((options: AddOptions) =>
      withApp(undefined, async (app) => {
        const priceCents = options.price === undefined ? undefined : parseAmount(options.price, 'price');
        const { createSubscription } = await import('../../billing/index.ts');
        const subscription = await createSubscription(
          { db: app.database.db, clock: app.clock, actor: cliActor() },
          {
            sellerId: options.seller,
            customerId: options.customer,
            startsOn: options.startsOn,
            ...(options.product ? { productId: options.product } : {}),
            ...(priceCents === undefined ? {} : { priceCents }),
            ...(options.description ? { description: options.description } : {}),
            ...(options.domain ? { domain: true } : {}),
          },
        );
        if (options.json) return printJson(subscription);
        printLines([`Added ${subscription.id}.`, subscriptionLine(subscription)]);
      }),
    );
}

function endCommand(): Command {
  return new Command('end')
    .description('end a subscription on its last day of service; the next run credits prepaid days after it')
    .argument('<subscription>', 'the subscription id, e.g. SUB-1')
    .addOption(
      new Option('--ends-on <date>', 'the last day of service, inclusive')
        .argParser(dateArgument)
        .makeOptionMandatory(),
    )
    .addOption(jsonOption())
    .action((id: string, options: { endsOn: Temporal.PlainDate; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { endSubscription } = await import('../../billing/index.ts');
        const subscription = await endSubscription(
          { db: app.database.db, clock: app.clock, actor: cliActor() },
          { subscriptionId: id, endsOn: options.endsOn },
        );
        if (options.json) return printJson(subscription);
        const credit =
          subscription.billedThrough && subscription.billedThrough > (subscription.endsOn ?? '')
            ? ` Billed through ${subscription.billedThrough}: the next bill run credits the days after the end.`
            : '';
        printLines([`Ended ${subscription.id} on ${subscription.endsOn ?? '?'}.${credit}`]);
      }),
    );
}

function listCommand(): Command {
  return new Command('list')
    .description('subscriptions by customer')
    .option('--customer <id>', "only this customer's")
    .option('--seller <id>', "only this seller's")
    .addOption(jsonOption())
    .action((options: { customer?: string; seller?: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { listSubscriptions } = await import('../../billing/index.ts');
        const subscriptions = await listSubscriptions(app.database.db, {
          ...(options.customer ? { customerId: options.customer } : {}),
          ...(options.seller ? { sellerId: options.seller } : {}),
        });
        if (options.json) return printJson(subscriptions);
        if (subscriptions.length === 0) return printLines(['No subscriptions.']);
        printLines(subscriptions.map(subscriptionLine));
      }),
    );
}

function subscriptionLine(s: SubscriptionView): string {
  const runs = s.endsOn ? `${s.startsOn} – ${s.endsOn}` : `from ${s.startsOn}`;
  const billed = s.billedThrough ? `billed through ${s.billedThrough}` : 'not billed yet';
  return (
    `${s.id.padEnd(8)} ${s.sellerId.padEnd(10)} ${s.customerId.padEnd(10)} ${s.description}  ` +
    `${formatEuro(s.priceCents)} per ${s.cadence} (${s.because.join(', ')})  ${runs}, ${billed}`
  );
}
