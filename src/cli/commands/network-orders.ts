import { Command, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import type { App } from '../../app.ts';
import type { NetworkOrderSummary, NetworkOrderView } from '../../network/use-cases/get-network-order.ts';
import type { RecordNetworkOrderStep } from '../../network/use-cases/record-network-order-step.ts';
import type { SubmitNetworkOrder } from '../../network/use-cases/submit-network-order.ts';
import { cliActor } from '../../platform/actor.ts';
import type { Context } from '../../platform/context.ts';
import { parsePlainDate } from '../../shared/calendar/index.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { asOfOption, dateArgument, jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { readJsonFile } from '../read-json-file.ts';
import { withApp } from '../with-app.ts';

/** `vezel network-orders …`: orders on the open network and their steps (vn:2.3.3, vn:2.4). */
export function networkOrdersCommand(): Command {
  const command = new Command('network-orders')
    .description('orders on the open network: list, show, submit, their steps, payments and waivers')
    .addCommand(listCommand())
    .addCommand(showCommand())
    .addCommand(submitCommand());
  for (const step of stepCommands()) command.addCommand(step);
  return command.addCommand(paymentCommand()).addCommand(waiveCommand());
}

const contextOf = (app: App): Context => ({ db: app.database.db, clock: app.clock, actor: cliActor() });

function listCommand(): Command {
  return new Command('list')
    .description('network orders, by number')
    .option('--state <state>', 'only orders in this state, e.g. submitted, planned')
    .option('--customer <id>', 'only orders for this customer')
    .option('--provider <id>', 'only orders of this provider')
    .addOption(jsonOption())
    .action((options: { state?: string; customer?: string; provider?: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { listNetworkOrders } = await import('../../network/use-cases/get-network-order.ts');
        const orders = await listNetworkOrders(contextOf(app), {
          state: options.state as NetworkOrderSummary['state'] | undefined,
          customerId: options.customer,
          providerId: options.provider,
        });
        if (options.json) return printJson(orders);
        if (orders.length === 0) return printLines(['No network orders.']);
        printLines(orders.map(orderLine));
      }),
    );
}

function showCommand(): Command {
  return new Command('show')
    .description('one order with its history and what may be done next')
    .argument('<id>', 'the order id, e.g. NO-1')
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action((id: string, options: { asOf?: Temporal.PlainDate; json?: boolean }) =>
      withApp(options.asOf, async (app) => {
        const { getNetworkOrder } = await import('../../network/use-cases/get-network-order.ts');
        const order = await getNetworkOrder(contextOf(app), id);
        if (options.json) return printJson(order);
        printLines(orderDetail(order));
      }),
    );
}

function submitCommand(): Command {
  return new Command('submit')
    .description('submit an order from a JSON file (the body of POST /network-orders)')
    .argument('<file>', 'the order as JSON')
    .addOption(jsonOption())
    .action((file: string, options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { submitNetworkOrder } = await import('../../network/use-cases/submit-network-order.ts');
        const order = await submitNetworkOrder(contextOf(app), orderFromJson(readJsonFile(file)));
        if (options.json) return printJson(order);
        printLines([`Submitted ${order.id}.`, ...orderDetail(order)]);
      }),
    );
}

const STEPS = [
  { action: 'accept', description: 'accept a submitted order (vn:2.3.3)' },
  { action: 'reject', description: 'reject a submitted order, saying why', reason: true },
  {
    action: 'plan',
    description: 'plan (or re-plan) an order for a day; provider and end user are told (vn:2.3.3)',
  },
  { action: 'program', description: 'program the network: the service is opened (service.open)' },
  {
    action: 'release',
    description: 'release the programmed service; provider and end user are told (vn:2.3.3)',
  },
  {
    action: 'activate',
    description: 'start the right of use, once paid or waived (vn:2.1.4, vn:2.2.6, vn:6.2.1)',
  },
  { action: 'cancel', description: 'cancel an order before it is active, saying why', reason: true },
] as const;

function stepCommands(): Command[] {
  return STEPS.map((step) => {
    const command = new Command(step.action).description(step.description).argument('<id>', 'the order id');
    if (step.action === 'plan') command.argument('<date>', 'the planned day (YYYY-MM-DD)', dateArgument);
    else
      command.addOption(
        new Option('--on <date>', 'the day it happened; default today').argParser(dateArgument),
      );
    if ('reason' in step) command.requiredOption('--reason <text>', 'why');
    return command.addOption(jsonOption()).action(async (id: string, ...rest: unknown[]) => {
      const planned = step.action === 'plan' ? (rest.shift() as Temporal.PlainDate) : undefined;
      const options = rest[0] as { on?: Temporal.PlainDate; reason?: string; json?: boolean };
      const input: RecordNetworkOrderStep = {
        orderId: id,
        action: step.action,
        ...(planned ? { plannedOn: planned } : {}),
        ...(options.on ? { on: options.on } : {}),
        ...(options.reason === undefined ? {} : { reason: options.reason }),
      };
      await withApp(undefined, async (app) => {
        const { recordNetworkOrderStep } =
          await import('../../network/use-cases/record-network-order-step.ts');
        const order = await recordNetworkOrderStep(contextOf(app), input);
        if (options.json) return printJson(order);
        printLines([`${order.id} is ${order.state} (${order.tmf622State}).`]);
      });
    });
  });
}

function paymentCommand(): Command {
  return new Command('record-payment')
    .description('record that the first invoice or the one-time charges are paid (vn:2.1.4, vn:6.2.1)')
    .argument('<id>', 'the order id')
    .addOption(
      new Option('--charge <charge>', 'what was paid')
        .choices(['first-invoice', 'one-time-charges'])
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--paid-on <date>', 'the day it was paid in full; default today').argParser(dateArgument),
    )
    .addOption(jsonOption())
    .action(
      (
        id: string,
        options: {
          charge: 'first-invoice' | 'one-time-charges';
          paidOn?: Temporal.PlainDate;
          json?: boolean;
        },
      ) =>
        withApp(undefined, async (app) => {
          const { recordActivationPayment } =
            await import('../../network/use-cases/record-activation-payment.ts');
          const order = await recordActivationPayment(contextOf(app), {
            orderId: id,
            charge: options.charge,
            ...(options.paidOn ? { paidOn: options.paidOn } : {}),
          });
          if (options.json) return printJson(order);
          printLines([`${order.id}: ${activationText(order)}.`]);
        }),
    );
}

function waiveCommand(): Command {
  return new Command('waive')
    .description('let the service start before it is paid (vn:6.2.1), recorded with who and why')
    .argument('<id>', 'the order id')
    .requiredOption('--reason <text>', 'why')
    .addOption(jsonOption())
    .action((id: string, options: { reason: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { waiveActivationPayment } =
          await import('../../network/use-cases/waive-activation-payment.ts');
        const order = await waiveActivationPayment(contextOf(app), { orderId: id, reason: options.reason });
        if (options.json) return printJson(order);
        printLines([`${order.id}: ${activationText(order)}.`]);
      }),
    );
}

/** The JSON body of POST /network-orders as the use case takes it: its dates read as days. */
function orderFromJson(document: unknown): SubmitNetworkOrder {
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    throw new InvalidInputError('file', 'must hold one order object');
  const { requestedOn, signedForm, ...rest } = document as Record<string, unknown>;
  const form = signedForm as Record<string, unknown> | undefined;
  return {
    ...rest,
    ...(requestedOn === undefined ? {} : { requestedOn: day(requestedOn, 'requestedOn') }),
    ...(form === undefined || form === null
      ? {}
      : {
          signedForm: {
            ...form,
            ...(form.signedOn === undefined ? {} : { signedOn: day(form.signedOn, 'signedForm.signedOn') }),
          },
        }),
  } as unknown as SubmitNetworkOrder;
}

function day(value: unknown, field: string): Temporal.PlainDate {
  try {
    return parsePlainDate(String(value));
  } catch (error) {
    throw new InvalidInputError(field, (error as Error).message);
  }
}

function orderLine(order: NetworkOrderSummary): string {
  const when = order.plannedOn
    ? `  planned ${order.plannedOn}`
    : order.requestedOn
      ? `  requested ${order.requestedOn}`
      : '';
  return (
    `${order.id.padEnd(8)} ${order.kind.padEnd(20)} ${(order.providerId ?? 'operator').padEnd(8)} ` +
    `${order.customerId.padEnd(10)} ${order.state} (${order.tmf622State})${when}`
  );
}

function orderDetail(order: NetworkOrderView): string[] {
  return [
    orderLine(order),
    `  ${order.napId ? `NAP ${order.napId}` : 'no NAP'}${order.productId ? `, product ${order.productId}` : ''}${order.serviceId ? `, service ${order.serviceId}` : ''}`,
    `  activation: ${activationText(order)}`,
    `  next: ${order.allowedActions.length > 0 ? order.allowedActions.join(', ') : 'nothing (final)'}`,
    ...order.events.map(
      (event) => `  ${event.at}  ${event.kind.padEnd(17)} → ${event.state}  by ${event.by}`,
    ),
  ];
}

function activationText(order: NetworkOrderSummary): string {
  const { activation } = order;
  if (activation.waiver)
    return `waived on ${activation.waiver.on} by ${activation.waiver.by} (${activation.waiver.reason})`;
  if (activation.cleared) return `paid (${activation.because.join(', ')})`;
  return `waiting for ${activation.missing.join(' and ')} (${activation.because.join(', ')})`;
}
