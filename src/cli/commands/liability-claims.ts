import { Command, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import type { App } from '../../app.ts';
import type { LiabilityClaimView } from '../../operations/index.ts';
import { cliActor } from '../../platform/actor.ts';
import type { Context } from '../../platform/context.ts';
import { formatEuro, parseAmount } from '../../shared/money/index.ts';
import { asOfOption, dateArgument, jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { withApp } from '../with-app.ts';

const KINDS = ['direct', 'indirect', 'death-or-injury'];
const MEANS = ['registered-letter', 'letter', 'email', 'phone', 'other'];

/** `vezel claims …`: the liability claim register with caps and flags (bit:8.6, vn:1.8). */
export function claimsCommand(): Command {
  return new Command('claims')
    .description('liability claims (bit:8.6, vn:1.8): record one, list them, show one with its cap and flags')
    .addCommand(recordCommand())
    .addCommand(listCommand())
    .addCommand(showCommand());
}

interface RecordOptions {
  contract: string;
  customer?: string;
  kind: string;
  claimed: string;
  damageOn: Temporal.PlainDate;
  notifiedOn?: Temporal.PlainDate;
  notifiedBy: string;
  description: string;
  json?: boolean;
}

function recordCommand(): Command {
  return new Command('record')
    .description('record a claim as notified; prints its cap (bit:8.6, vn:1.8.4–1.8.9) and flags (vn:1.8.12)')
    .requiredOption('--contract <id>', 'the contract the damage is claimed under, e.g. C-2')
    .option('--customer <id>', "the claimant; must be the contract's customer")
    .addOption(new Option('--kind <kind>', 'the kind of damage').choices(KINDS).makeOptionMandatory())
    .requiredOption('--claimed <euros>', 'the damage claimed, e.g. 2500.00')
    .addOption(
      new Option('--damage-on <date>', 'the day the damage arose')
        .argParser(dateArgument)
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--notified-on <date>', 'the day the claim came in; default today').argParser(dateArgument),
    )
    .addOption(new Option('--notified-by <means>', 'how it came in').choices(MEANS).makeOptionMandatory())
    .requiredOption('--description <text>', 'what the damage is')
    .addOption(jsonOption())
    .action((options: RecordOptions) => {
      const claimedCents = parseAmount(options.claimed, 'claimed');
      return withApp(undefined, async (app) => {
        const { recordLiabilityClaim } = await import('../../operations/index.ts');
        const claim = await recordLiabilityClaim(contextOf(app), {
          contractId: options.contract,
          damageKind: options.kind,
          claimedCents,
          damageOn: options.damageOn,
          notifiedOn: options.notifiedOn ?? app.clock.today(),
          notifiedBy: options.notifiedBy,
          description: options.description,
          ...(options.customer ? { customerId: options.customer } : {}),
        });
        if (options.json) return printJson(claim);
        printLines([`Recorded liability claim ${claim.id}.`, ...claimLines(claim)]);
      });
    });
}

function listCommand(): Command {
  return new Command('list')
    .description('liability claims, newest first, with their caps as of a day')
    .option('--seller <id>', 'only this seller')
    .option('--customer <id>', 'only this customer')
    .option('--contract <id>', 'only this contract')
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action(
      (options: {
        seller?: string;
        customer?: string;
        contract?: string;
        asOf?: Temporal.PlainDate;
        json?: boolean;
      }) =>
        withApp(options.asOf, async (app) => {
          const { listLiabilityClaims } = await import('../../operations/index.ts');
          const claims = await listLiabilityClaims(app.database.db, app.clock.today(), {
            ...(options.seller ? { sellerId: options.seller } : {}),
            ...(options.customer ? { customerId: options.customer } : {}),
            ...(options.contract ? { contractId: options.contract } : {}),
          });
          if (options.json) return printJson(claims);
          if (claims.length === 0) return printLines(['No liability claims.']);
          printLines(
            claims.map(
              (c) =>
                `${c.id}  ${c.contractId}  ${c.damageKind.padEnd(15)}  claimed ${formatEuro(c.claimedCents)}  ` +
                `payable ${formatEuro(c.cap.payableCents)}${c.flags.length > 0 ? `  [${c.flags.join(', ')}]` : ''}`,
            ),
          );
        }),
    );
}

function showCommand(): Command {
  return new Command('show')
    .description('one liability claim with its cap and flags, computed from the contract as of a day')
    .argument('<claim>', 'the claim, e.g. LC-1')
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action((id: string, options: { asOf?: Temporal.PlainDate; json?: boolean }) =>
      withApp(options.asOf, async (app) => {
        const { getLiabilityClaim } = await import('../../operations/index.ts');
        const claim = await getLiabilityClaim(app.database.db, id, app.clock.today());
        if (options.json) return printJson(claim);
        printLines([`Liability claim ${claim.id}`, ...claimLines(claim)]);
      }),
    );
}

function claimLines(c: LiabilityClaimView): string[] {
  return [
    `  contract  ${c.contractId} (customer ${c.customerId}, seller ${c.sellerId})`,
    `  damage    ${c.damageKind} on ${c.damageOn}, claimed ${formatEuro(c.claimedCents)}`,
    `  notified  ${c.notifiedOn} by ${c.notifiedBy}${c.reportBy ? `; in time until ${c.reportBy}` : ''}`,
    `  cap       ${formatEuro(c.cap.capCents)} (${c.cap.basis}: ${c.cap.reason}; ${c.cap.because.join(', ')})`,
    `  payable   ${formatEuro(c.cap.payableCents)}`,
    `  flags     ${c.flags.length > 0 ? `${c.flags.join(', ')} (vn:1.8.12)` : 'none'}`,
  ];
}

function contextOf(app: App): Context {
  return { db: app.database.db, clock: app.clock, actor: cliActor() };
}
