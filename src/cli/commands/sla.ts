import { Command } from 'commander';
import type { App } from '../../app.ts';
import type { SlaClassReport, SlaReport } from '../../operations/index.ts';
import { cliActor } from '../../platform/actor.ts';
import type { Context } from '../../platform/context.ts';
import { jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { withApp } from '../with-app.ts';

/** `vezel sla …`: the SLA on repair times of fiber breaks (vn:6.4.10). */
export function slaCommand(): Command {
  return new Command('sla')
    .description('the SLA on repair times of fiber breaks (vn:6.4.10); `vezel explain sla` for one clock')
    .addCommand(reportCommand());
}

interface ReportOptions {
  seller: string;
  from: string;
  to: string;
  json?: boolean;
}

function reportCommand(): Command {
  return (
    new Command('report')
      .description(
        'per cable class: the repairs of the period and their mean time against the average, and the ' +
          'breaches with their tickets; a ticket counts in the period of its repair report (open: of its report)',
      )
      .requiredOption('--seller <id>', 'the seller whose terms carry the SLA, e.g. vitrumnet')
      // Read by the use case, which names the field when a day is wrong.
      .requiredOption('--from <date>', 'the first day of the period (YYYY-MM-DD, Europe/Amsterdam)')
      .requiredOption('--to <date>', 'the last day of the period, included')
      .addOption(jsonOption())
      .action((options: ReportOptions) =>
        withApp(undefined, async (app) => {
          const { getSlaReport } = await import('../../operations/index.ts');
          const report = await getSlaReport(contextOf(app), {
            sellerId: options.seller,
            from: options.from,
            to: options.to,
          });
          if (options.json) return printJson(report);
          printLines(describeSlaReport(report));
        }),
      )
  );
}

export function describeSlaReport(report: SlaReport): string[] {
  return [
    `SLA report ${report.sellerId} ${report.from} to ${report.to}: ${report.breachCount} breach(es)  (${report.because.join(', ')})`,
    ...report.classes.flatMap(classLines),
    ...(report.excluded.length === 0
      ? []
      : [
          `left out, inside planned maintenance: ${report.excluded.map((e) => `${e.ticketId} (${e.maintenanceWindowId})`).join(', ')}`,
        ]),
    ...(report.unclassified.length === 0
      ? []
      : [`fiber count not in the table: ${report.unclassified.join(', ')}`]),
  ];
}

function classLines(row: SlaClassReport): string[] {
  const mean =
    row.meanRepairHours === null
      ? 'no repairs'
      : `mean ${hoursAndMinutes(row.meanRepairHours)} against ${hoursAndMinutes(row.averageTargetHours!)} ` +
        `(${row.withinAverage ? 'within' : 'OVER'} the average)`;
  return [
    `${row.cableClass.padEnd(6)} fibers (avg ${row.averageHours} h, max ${row.maximumHours} h): ${row.repaired} repaired, ${row.open} open; ${mean}`,
    ...row.breaches.map(
      (breach) =>
        `  breach ${breach.ticketId}: ${hoursAndMinutes(breach.hours)} from ${breach.reportedAt}, ` +
        `${hoursAndMinutes(breach.overByHours)} past ${breach.maximumBy}` +
        (breach.repairReportedAt === null ? ' (still open)' : ''),
    ),
  ];
}

/** 6.75 → `6 h 45 min`. */
function hoursAndMinutes(hours: number): string {
  const minutes = Math.round(hours * 60);
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest === 0 ? '' : ` ${String(rest).padStart(2, '0')} min`}`;
}

function contextOf(app: App): Context {
  return { db: app.database.db, clock: app.clock, actor: cliActor() };
}
