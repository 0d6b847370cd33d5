import { Command, Option } from 'commander';
import type { App } from '../../app.ts';
import type { MaintenanceWindowDetail, MaintenanceWindowView } from '../../operations/index.ts';
import { cliActor } from '../../platform/actor.ts';
import type { Context } from '../../platform/context.ts';
import { jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { withApp } from '../with-app.ts';

const SCOPES = ['nap', 'cable', 'link'];

/** `vezel maintenance …`: planned maintenance on NAPs, cables and links (vn:2.1.3, vn:2.2.5). */
export function maintenanceCommand(): Command {
  return new Command('maintenance')
    .description(
      'planned maintenance on a NAP, a cable or a link (vn:2.1.3, vn:2.2.5): the affected customers and ' +
        'providers are told ahead, and faults inside a window run no SLA clock',
    )
    .addCommand(planCommand())
    .addCommand(listCommand())
    .addCommand(showCommand())
    .addCommand(cancelCommand());
}

interface PlanOptions {
  seller: string;
  scope: string;
  scopeId: string;
  startsAt: string;
  endsAt: string;
  description: string;
  json?: boolean;
}

function planCommand(): Command {
  return new Command('plan')
    .description('plan a window and notify each affected customer and third-party provider once')
    .requiredOption('--seller <id>', 'the network operator, e.g. vitrumnet')
    .addOption(new Option('--scope <scope>', 'what is worked on').choices(SCOPES).makeOptionMandatory())
    .requiredOption('--scope-id <id>', 'the NAP, cable or link, e.g. NAP-3, EDE-07, L-2')
    .requiredOption(
      '--starts-at <instant>',
      'an ISO instant with offset or Z, e.g. 2027-03-28T01:00:00+01:00',
    )
    .requiredOption('--ends-at <instant>', 'after the start, at most 7 days later')
    .requiredOption('--description <text>', 'what the work is; quoted in the notices')
    .addOption(jsonOption())
    .action((options: PlanOptions) =>
      withApp(undefined, async (app) => {
        const { planMaintenance } = await import('../../operations/index.ts');
        const window = await planMaintenance(contextOf(app), {
          sellerId: options.seller,
          scope: options.scope,
          scopeId: options.scopeId,
          startsAt: options.startsAt,
          endsAt: options.endsAt,
          description: options.description,
        });
        if (options.json) return printJson(window);
        printLines([
          `Planned ${describeWindow(window)}`,
          ...affectedLines(window),
          `Notified ${window.notified.customers} customer(s) and ${window.notified.providers} provider(s).`,
        ]);
      }),
    );
}

interface ListOptions {
  seller?: string;
  scope?: string;
  scopeId?: string;
  all?: boolean;
  json?: boolean;
}

function listCommand(): Command {
  return new Command('list')
    .description('the upcoming windows (not cancelled, not over), the next first; --all for every one')
    .option('--seller <id>', 'only this seller’s')
    .addOption(new Option('--scope <scope>', 'only windows on this kind of part').choices(SCOPES))
    .option('--scope-id <id>', 'only windows on this NAP, cable or link')
    .option('--all', 'also past and cancelled windows, the latest first')
    .addOption(jsonOption())
    .action((options: ListOptions) =>
      withApp(undefined, async (app) => {
        const { listMaintenance } = await import('../../operations/index.ts');
        const windows = await listMaintenance(contextOf(app), {
          sellerId: options.seller,
          scope: options.scope,
          scopeId: options.scopeId,
          upcoming: options.all !== true,
        });
        if (options.json) return printJson(windows);
        printLines(windows.length === 0 ? ['No maintenance windows.'] : windows.map(describeWindow));
      }),
    );
}

function showCommand(): Command {
  return new Command('show')
    .description('one window with the active or suspended services it reaches')
    .argument('<id>', 'the window, e.g. MW-1')
    .addOption(jsonOption())
    .action((id: string, options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { getMaintenance } = await import('../../operations/index.ts');
        const window = await getMaintenance(contextOf(app), id);
        if (options.json) return printJson(window);
        printLines([
          describeWindow(window),
          `  ${window.description}`,
          `  planned ${window.plannedAt} by ${window.plannedBy}; notified ${window.notifiedAt ?? 'not yet'}`,
          ...affectedLines(window),
        ]);
      }),
    );
}

function cancelCommand(): Command {
  return new Command('cancel')
    .description('cancel a window that has not ended, and tell the affected parties')
    .argument('<id>', 'the window, e.g. MW-1')
    .option('--reason <text>', 'why, for the audit trail')
    .addOption(jsonOption())
    .action((id: string, options: { reason?: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { cancelMaintenance } = await import('../../operations/index.ts');
        const window = await cancelMaintenance(contextOf(app), { windowId: id, reason: options.reason });
        if (options.json) return printJson(window);
        printLines([
          `Cancelled ${describeWindow(window)}`,
          `Notified ${window.notified.customers} customer(s) and ${window.notified.providers} provider(s).`,
        ]);
      }),
    );
}

function describeWindow(window: MaintenanceWindowView): string {
  const state = window.cancelledAt === null ? '' : ` (cancelled ${window.cancelledAt})`;
  return (
    `${window.id} ${window.scope} ${window.scopeId} from ${window.startsAtLocal} to ${window.endsAtLocal}` +
    ` (${window.because.join(', ')})${state}`
  );
}

function affectedLines(window: MaintenanceWindowDetail): string[] {
  if (window.affected.length === 0) return ['  no active or suspended services affected'];
  return window.affected.map(
    (service) =>
      `  ${service.serviceId} of ${service.customerId}${service.providerId ? ` via ${service.providerId}` : ''} (${service.state})`,
  );
}

function contextOf(app: App): Context {
  return { db: app.database.db, clock: app.clock, actor: cliActor() };
}
