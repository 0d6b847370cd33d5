import { Command, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import type { App } from '../../app.ts';
import type { ForceMajeureRights } from '../../operations/index.ts';
import { cliActor } from '../../platform/actor.ts';
import type { Context } from '../../platform/context.ts';
import { asOfOption, dateArgument, jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { withApp } from '../with-app.ts';

const SCOPES = ['nap', 'cable', 'link'] as const;
const PARTIES = ['customer', 'seller'] as const;

/** `vezel force-majeure …`: events that suspend services, their end, and the rights to end contracts (bit:6, vn:1.10). */
export function forceMajeureCommand(): Command {
  return new Command('force-majeure')
    .description(
      'force majeure (bit:6, vn:1.10): declare an event that suspends services, end it, list and show events, ' +
        'the rights on a contract, and end a contract under them',
    )
    .addCommand(declareCommand())
    .addCommand(endCommand())
    .addCommand(listCommand())
    .addCommand(showCommand())
    .addCommand(rightsCommand())
    .addCommand(endContractCommand());
}

interface DeclareOptions {
  seller: string;
  description: string;
  startedOn: Temporal.PlainDate;
  knownOn?: Temporal.PlainDate;
  endedOn?: Temporal.PlainDate;
  service?: string[];
  scope?: (typeof SCOPES)[number];
  scopeId?: string;
  asOf?: Temporal.PlainDate;
  json?: boolean;
}

function declareCommand(): Command {
  return new Command('declare')
    .description(
      'declare force majeure: the services are suspended while it lasts (bit:6.3, vn:1.10.2), billing goes on, ' +
        'and the customers and providers are told at once (bit:6.7)',
    )
    .requiredOption('--seller <id>', 'the seller in force majeure, e.g. bit')
    .requiredOption('--description <text>', 'what happened; quoted in the notices')
    .addOption(
      new Option('--started-on <date>', 'the first day').argParser(dateArgument).makeOptionMandatory(),
    )
    .addOption(
      new Option(
        '--known-on <date>',
        'the day it became known (bit:6.6, vn:1.10.3); default today',
      ).argParser(dateArgument),
    )
    .addOption(new Option('--ended-on <date>', 'for an event declared once over').argParser(dateArgument))
    .option('--service <id...>', 'an affected service, e.g. S-3 (repeatable); or use --scope')
    .addOption(
      new Option('--scope <kind>', "the seller's running services on a NAP, cable or link").choices(SCOPES),
    )
    .option('--scope-id <id>', 'with --scope: the NAP, cable or link id')
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action((options: DeclareOptions) =>
      withApp(options.asOf, async (app) => {
        const { declareForceMajeure } = await import('../../operations/index.ts');
        const declared = await declareForceMajeure(contextOf(app), {
          sellerId: options.seller,
          description: options.description,
          startedOn: options.startedOn,
          ...(options.knownOn ? { knownOn: options.knownOn } : {}),
          ...(options.endedOn ? { endedOn: options.endedOn } : {}),
          ...(options.service ? { serviceIds: options.service } : {}),
          ...(options.scope ? { scope: { kind: options.scope, id: options.scopeId ?? '' } } : {}),
        });
        if (options.json) return printJson(declared);
        const { event, services } = declared;
        printLines([
          `Declared ${event.id} from ${event.startedOn} (known ${event.knownOn}): ` +
            `${services.length} service(s) ${event.endedOn ? 'recorded' : 'suspended'} (${declared.because.join(', ')}).`,
          ...services.map((s) => `  ${s.serviceId}  ${s.contractId ?? 'no contract'}`),
        ]);
      }),
    );
}

function endCommand(): Command {
  return new Command('end')
    .description('the force majeure is over: lift its holds and resume the services')
    .argument('<event>', 'the event, e.g. FM-1')
    .addOption(new Option('--ended-on <date>', 'default today').argParser(dateArgument))
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action(
      (
        eventId: string,
        options: { endedOn?: Temporal.PlainDate; asOf?: Temporal.PlainDate; json?: boolean },
      ) =>
        withApp(options.asOf, async (app) => {
          const { endForceMajeure } = await import('../../operations/index.ts');
          const ended = await endForceMajeure(contextOf(app), {
            eventId,
            ...(options.endedOn ? { endedOn: options.endedOn } : {}),
          });
          if (options.json) return printJson(ended);
          printLines([
            `Ended ${ended.event.id} on ${ended.event.endedOn ?? '?'}: resumed ` +
              `${ended.resumedServiceIds.length === 0 ? 'no services' : ended.resumedServiceIds.join(', ')}.`,
          ]);
        }),
    );
}

function listCommand(): Command {
  return new Command('list')
    .description('force-majeure events, the latest start first')
    .option('--seller <id>', 'only this seller’s')
    .option('--open', 'only events that have not ended')
    .addOption(jsonOption())
    .action((options: { seller?: string; open?: boolean; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { listForceMajeureEvents } = await import('../../operations/index.ts');
        const events = await listForceMajeureEvents(contextOf(app), {
          ...(options.seller ? { sellerId: options.seller } : {}),
          ...(options.open ? { open: true } : {}),
        });
        if (options.json) return printJson(events);
        printLines(
          events.length === 0
            ? ['No force-majeure events.']
            : events.map(
                (e) => `${e.id}  ${e.sellerId}  ${e.startedOn} – ${e.endedOn ?? 'ongoing'}  ${e.description}`,
              ),
        );
      }),
    );
}

function showCommand(): Command {
  return new Command('show')
    .description('one event with its services and, per contract, who may end it')
    .argument('<event>', 'the event, e.g. FM-1')
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action((eventId: string, options: { asOf?: Temporal.PlainDate; json?: boolean }) =>
      withApp(options.asOf, async (app) => {
        const { getForceMajeureEvent } = await import('../../operations/index.ts');
        const view = await getForceMajeureEvent(contextOf(app), eventId);
        if (options.json) return printJson(view);
        printLines([
          `${view.id}  ${view.sellerId}  ${view.startedOn} – ${view.endedOn ?? 'ongoing'} (known ${view.knownOn})`,
          `  ${view.description}`,
          ...view.contracts.flatMap((c) => [
            `  ${c.contractId} (${c.customerId}): ${c.serviceIds.join(', ')}` +
              (c.endedOn ? `  ended ${c.endedOn} by the ${c.endedBy ?? '?'}` : ''),
            ...rightsLines(c.rights, '    '),
          ]),
        ]);
      }),
    );
}

function rightsCommand(): Command {
  return new Command('rights')
    .description(
      'the force-majeure events a contract is in, and who may end it (bit:6.4, bit:6.5, vn:1.10.4)',
    )
    .argument('<contract>', 'the contract, e.g. C-3')
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action((contractId: string, options: { asOf?: Temporal.PlainDate; json?: boolean }) =>
      withApp(options.asOf, async (app) => {
        const { forceMajeureOfContract } = await import('../../operations/index.ts');
        const shown = await forceMajeureOfContract(contextOf(app), contractId);
        if (options.json) return printJson(shown);
        printLines(
          shown.events.length === 0
            ? [`Contract ${shown.contractId} is in no force-majeure event.`]
            : shown.events.flatMap((e) => [
                `${e.id}  ${e.startedOn} – ${e.endedOn ?? 'ongoing'}  ${e.description}` +
                  (e.contract.endedOn
                    ? `  (ended ${e.contract.endedOn} by the ${e.contract.endedBy ?? '?'})`
                    : ''),
                ...rightsLines(e.contract.rights, '  '),
              ]),
        );
      }),
    );
}

interface EndContractOptions {
  event: string;
  by: (typeof PARTIES)[number];
  on?: Temporal.PlainDate;
  permanent?: boolean;
  asOf?: Temporal.PlainDate;
  json?: boolean;
}

function endContractCommand(): Command {
  return new Command('end-contract')
    .description(
      'end a contract for the future under the event’s right: no remaining-term charge, nothing undone ' +
        '(bit:6.4 customer after 30 days, bit:6.5 seller when permanent, vn:1.10.4 either after 3 months)',
    )
    .argument('<contract>', 'the contract, e.g. C-3')
    .requiredOption('--event <id>', 'the force-majeure event, e.g. FM-1')
    .addOption(new Option('--by <party>', 'who ends it').choices(PARTIES).makeOptionMandatory())
    .addOption(new Option('--on <date>', 'the day it ends; default today').argParser(dateArgument))
    .option('--permanent', 'bit:6.5: the seller judges the force majeure permanent')
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action((contractId: string, options: EndContractOptions) =>
      withApp(options.asOf, async (app) => {
        const { endContractForForceMajeure } = await import('../../operations/index.ts');
        const ended = await endContractForForceMajeure(contextOf(app), {
          eventId: options.event,
          contractId,
          by: options.by,
          ...(options.on ? { on: options.on } : {}),
          ...(options.permanent ? { permanent: true } : {}),
        });
        if (options.json) return printJson(ended);
        printLines([
          `Contract ${ended.contractId} ends on ${ended.on}, by the ${ended.by}, for ${ended.eventId} ` +
            `(${ended.right.because.join(', ')}): no remaining-term charge.`,
          `Services out of the hold: ${ended.services.map((s) => s.serviceId).join(', ')}.`,
        ]);
      }),
    );
}

function rightsLines(rights: ForceMajeureRights | null, indent: string): string[] {
  if (!rights) return [];
  return (['customer', 'seller'] as const).map((party) => {
    const right = rights[party];
    return right.mayEnd
      ? `${indent}${party}: may end it now (from ${right.from ?? '?'}, ${right.because.join(', ')})`
      : `${indent}${party}: not now: ${right.why ?? ''}`;
  });
}

function contextOf(app: App): Context {
  return { db: app.database.db, clock: app.clock, actor: cliActor() };
}
