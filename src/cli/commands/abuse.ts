import { Command, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import type { App } from '../../app.ts';
import type { AbuseCaseView } from '../../operations/index.ts';
import { cliActor } from '../../platform/actor.ts';
import type { Context } from '../../platform/context.ts';
import { dateArgument, jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { withApp } from '../with-app.ts';

const CATEGORIES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
const SOURCES = ['legal-order', 'third-party-notice', 'own-detection'];

/** `vezel abuse …`: abuse and fair-use cases, measures on services, escalation (vn:4.1, bit:12.4). */
export function abuseCommand(): Command {
  return new Command('abuse')
    .description('abuse and fair use (vn:4.1, bit:12.4): open a case, take or lift a measure, escalate')
    .addCommand(openCommand())
    .addCommand(measureCommand())
    .addCommand(liftCommand())
    .addCommand(escalateCommand())
    .addCommand(listCommand())
    .addCommand(showCommand());
}

interface OpenOptions {
  seller: string;
  customer: string;
  service?: string;
  contract?: string;
  category: string;
  source: string;
  evidence: string;
  json?: boolean;
}

function openCommand(): Command {
  return new Command('open')
    .description(
      "open a case against a customer's service or contract: category vn:4.1.2 a–j, source, evidence",
    )
    .requiredOption('--seller <id>', 'the seller, e.g. vitrumnet')
    .requiredOption('--customer <id>', 'the customer, e.g. CU-1')
    .option('--service <id>', 'the service used, e.g. S-3 (its contract is taken)')
    .option('--contract <id>', 'the contract breached, e.g. C-2')
    .addOption(
      new Option('--category <letter>', 'vn:4.1.2 a–j, e.g. d for spam')
        .choices(CATEGORIES)
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--source <source>', 'where it came from (vn:4.1.4)').choices(SOURCES).makeOptionMandatory(),
    )
    .requiredOption('--evidence <text>', 'what was seen, where and when')
    .addOption(jsonOption())
    .action((options: OpenOptions) =>
      withApp(undefined, async (app) => {
        const { openAbuseCase } = await import('../../operations/index.ts');
        const opened = await openAbuseCase(contextOf(app), {
          sellerId: options.seller,
          customerId: options.customer,
          category: options.category,
          source: options.source,
          evidence: options.evidence,
          ...(options.service ? { serviceId: options.service } : {}),
          ...(options.contract ? { contractId: options.contract } : {}),
        });
        if (options.json) return printJson(opened);
        printLines([`Opened abuse case ${opened.id}.`, ...caseLines(opened)]);
      }),
    );
}

function measureCommand(): Command {
  return new Command('measure')
    .description(
      "block, filter or suspend the case's service(s) through provisioning; billing continues (vn:4.1.5)",
    )
    .argument('<case>', 'the case, e.g. AB-1')
    .addOption(
      new Option('--measure <measure>', "as the seller's terms allow")
        .choices(['block', 'filter', 'suspend'])
        .makeOptionMandatory(),
    )
    .addOption(jsonOption())
    .action((caseId: string, options: { measure: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { takeAbuseMeasure } = await import('../../operations/index.ts');
        const measured = await takeAbuseMeasure(contextOf(app), { caseId, measure: options.measure });
        if (options.json) return printJson(measured);
        printLines([
          `Took ${options.measure} on case ${measured.id}; billing continues (vn:4.1.5), the customer is told.`,
          ...caseLines(measured),
        ]);
      }),
    );
}

function liftCommand(): Command {
  return new Command('lift')
    .description('the customer complied: lift the measures of the case (vn:4.1.4)')
    .argument('<case>', 'the case, e.g. AB-1')
    .addOption(jsonOption())
    .action((caseId: string, options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { liftAbuseMeasure } = await import('../../operations/index.ts');
        const lifted = await liftAbuseMeasure(contextOf(app), { caseId });
        if (options.json) return printJson(lifted);
        printLines([`Lifted the measures of case ${lifted.id}: complied.`, ...caseLines(lifted)]);
      }),
    );
}

function escalateCommand(): Command {
  return new Command('escalate')
    .description(
      "end the case's contract: VitrumNet dissolves without refund (vn:4.1.6), BIT terminates (bit:12.4)",
    )
    .argument('<case>', 'the case, e.g. AB-1')
    .addOption(new Option('--on <date>', 'the day of the end; default today').argParser(dateArgument))
    .addOption(jsonOption())
    .action((caseId: string, options: { on?: Temporal.PlainDate; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { escalateAbuseCase } = await import('../../operations/index.ts');
        const escalated = await escalateAbuseCase(contextOf(app), {
          caseId,
          ...(options.on ? { on: options.on } : {}),
        });
        if (options.json) return printJson(escalated);
        const { outcome } = escalated;
        printLines([
          `Case ${escalated.id}: contract ${outcome.contractId} ${outcome.action === 'dissolve' ? 'dissolved' : 'terminated'} ` +
            `on ${outcome.on}, ends ${outcome.effectiveEnd ?? '-'}; nothing refunded.`,
          ...caseLines(escalated),
        ]);
      }),
    );
}

function listCommand(): Command {
  return new Command('list')
    .description('abuse cases, newest first')
    .option('--seller <id>', 'only this seller')
    .option('--customer <id>', 'only this customer')
    .option('--state <state>', 'open, measured, complied, escalated or closed')
    .addOption(jsonOption())
    .action((options: { seller?: string; customer?: string; state?: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { listAbuseCases } = await import('../../operations/index.ts');
        const cases = await listAbuseCases(app.database.db, {
          ...(options.seller ? { sellerId: options.seller } : {}),
          ...(options.customer ? { customerId: options.customer } : {}),
          ...(options.state ? { state: options.state } : {}),
        });
        if (options.json) return printJson(cases);
        if (cases.length === 0) return printLines(['No abuse cases.']);
        printLines(
          cases.map(
            (c) =>
              `${c.id}  ${c.state.padEnd(9)}  ${c.customerId}  ${c.serviceId ?? c.contractId ?? '-'}  ` +
              `${c.category}) ${c.categoryLabel}`,
          ),
        );
      }),
    );
}

function showCommand(): Command {
  return new Command('show')
    .description('one abuse case with its measures')
    .argument('<case>', 'the case, e.g. AB-1')
    .addOption(jsonOption())
    .action((caseId: string, options: { json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { getAbuseCase } = await import('../../operations/index.ts');
        const found = await getAbuseCase(app.database.db, caseId);
        if (options.json) return printJson(found);
        printLines([`Abuse case ${found.id}`, ...caseLines(found)]);
      }),
    );
}

function caseLines(c: AbuseCaseView): string[] {
  return [
    `  state     ${c.state}${c.escalation ? ` (${c.escalation} on ${c.escalatedOn ?? '-'})` : ''}`,
    `  customer  ${c.customerId}, seller ${c.sellerId}`,
    `  about     service ${c.serviceId ?? '-'}, contract ${c.contractId ?? '-'}`,
    `  category  ${c.category}) ${c.categoryLabel} (${c.because.join(', ')})`,
    `  source    ${c.source}: ${c.evidence}`,
    ...c.measures.map(
      (m) =>
        `  measure   ${m.measure} on ${m.serviceId} from ${m.startedAt}${m.liftedAt ? `, lifted ${m.liftedAt}` : ', in force'}`,
    ),
  ];
}

function contextOf(app: App): Context {
  return { db: app.database.db, clock: app.clock, actor: cliActor() };
}
