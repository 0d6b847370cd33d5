import { Command, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import type { App } from '../../app.ts';
import { cliActor } from '../../platform/actor.ts';
import type { Context } from '../../platform/context.ts';
import { parseAmount } from '../../shared/money/index.ts';
import { asOfOption, dateArgument, jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { withApp } from '../with-app.ts';

/*
 * `vezel network close-ended | remind-cpe-returns | settle-deposit`: the network side of a contract's
 * end (vn:1.6.5, vn:1.6.8, vn:7.2). The first two are daily steps, run by hand (or cron) until the
 * scheduler of a later release runs them.
 */

const contextOf = (app: App): Context => ({ db: app.database.db, clock: app.clock, actor: cliActor() });

interface DailyOptions {
  asOf?: Temporal.PlainDate;
  json?: boolean;
}

export function closeEndedCommand(): Command {
  return new Command('close-ended')
    .description('close the services, links and switches of contracts that have ended (vn:1.6.5, vn:1.6.8)')
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action((options: DailyOptions) =>
      withApp(options.asOf, async (app) => {
        const { closeEndedContracts } = await import('../../network/use-cases/close-ended-contracts.ts');
        const endings = await closeEndedContracts(contextOf(app));
        if (options.json) return printJson(endings);
        printLines(
          endings.length === 0
            ? ['No ended contract has anything left on the network.']
            : endings.map(
                (e) =>
                  `${e.contractId} ended ${e.endedOn}: ${e.closedServices.length} service(s) closed, ` +
                  `${e.endedLinks.length} link(s) ended, ` +
                  `${e.cpeReturnsDue.map((d) => `${d.cpeId} due back ${d.dueOn}`).join(', ') || 'no switch to return'}` +
                  (e.removalChargeId ? `, removal charge ${e.removalChargeId}` : ''),
              ),
        );
      }),
    );
}

export function remindCpeReturnsCommand(): Command {
  return new Command('remind-cpe-returns')
    .description('send the reminders due for switches not returned in time (vn:1.6.5), each once')
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action((options: DailyOptions) =>
      withApp(options.asOf, async (app) => {
        const { remindCpeReturns } = await import('../../network/use-cases/remind-cpe-returns.ts');
        const sent = await remindCpeReturns(contextOf(app));
        if (options.json) return printJson(sent);
        printLines(
          sent.length === 0
            ? ['No reminder is due.']
            : sent.map((s) => `${s.cpeId}: reminder ${s.reminder} to ${s.customerId} (due back ${s.dueOn})`),
        );
      }),
    );
}

export function settleDepositCommand(): Command {
  return new Command('settle-deposit')
    .description(
      'settle the deposit of a returned or lost switch (vn:7.2.2, vn:7.2.3, vn:7.2.4); the open claims ' +
        "with the contract's seller are set off and the amount booked as a payment allocated to them",
    )
    .argument('<cpe>', 'the switch, e.g. CPE-7')
    .option(
      '--open-claims <amount>',
      'override: the open claims to set off (vn:7.2.3), e.g. 50.00; then no payment is booked. ' +
        "Default: the customer's open claims, looked up",
    )
    .addOption(new Option('--on <date>', 'the day of the settlement; default today').argParser(dateArgument))
    .addOption(jsonOption())
    .action((cpeId: string, options: { openClaims?: string; on?: Temporal.PlainDate; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const openClaimsCents =
          options.openClaims === undefined ? undefined : parseAmount(options.openClaims, '--open-claims');
        const { settleDeposit } = await import('../../network/use-cases/settle-deposit.ts');
        const { depositSetOff } = await import('../../collections/index.ts');
        const context = contextOf(app);
        const settled = await settleDeposit(
          context,
          {
            cpeId,
            ...(openClaimsCents === undefined ? {} : { openClaimsCents }),
            ...(options.on ? { on: options.on } : {}),
          },
          depositSetOff(context),
        );
        if (options.json) return printJson(settled);
        printLines([
          `refund ${settled.refund}  (${settled.because.join(', ')})`,
          `deposit ${settled.deposit} − forfeited ${settled.forfeited} (damage share ${settled.damageShare}) ` +
            `− set off ${settled.setOff} against open claims of ${settled.openClaims}`,
          ...(settled.claimsLeft !== '0.00' ? [`still owed: ${settled.claimsLeft}`] : []),
        ]);
      }),
    );
}
