import { billingQuarterOf, draftBillRun, issueBillRun, startBillRun } from '../../billing/index.ts';
import { runDunning } from '../../collections/index.ts';
import { formDueContracts, refreshContractDates } from '../../contracts/index.ts';
import { closeEndedContracts, remindCpeReturns } from '../../network/index.ts';
import { listSellers } from '../../sellers/index.ts';
import { getProfile } from '../../terms/index.ts';
import { KEY_RETENTION_HOURS, forgetExpiredKeys } from '../idempotency/index.ts';
import type { DailyJob } from './run-claimed-job.ts';

export interface CycleOptions {
  /** Customers per bill-run chunk (a transaction); default the bill run's own (500). */
  readonly billRunChunkSize?: number;
}

/**
 * The daily cycle, in order: contracts formed before anything bills them, contracts ended on the
 * network before the switches are chased, the quarter billed before the late payers are dunned.
 * Each job calls existing use cases whose steps are idempotent (an order forms its contract once, a
 * bill run is one per seller and quarter, a dunning letter one per case and step), so a job run
 * again after its worker died finishes what was left and does nothing twice. The one place the
 * scheduler wires the contexts together, as a composition step (like deliver-outboxes.ts).
 */
export function dailyCycle(options: CycleOptions = {}): DailyJob[] {
  return [
    {
      key: 'form-due-contracts',
      run: async (context) => ({ formed: (await formDueContracts(context)).formed.length }),
    },
    {
      key: 'close-ended-contracts',
      run: async (context, day) => {
        const endings = await closeEndedContracts(context, day);
        return { closed: endings.map((ending) => ending.contractId) };
      },
    },
    {
      key: 'remind-cpe-returns',
      run: async (context, day) => ({ reminders: (await remindCpeReturns(context, day)).length }),
    },
    {
      key: 'bill-runs',
      run: async (context, day) => {
        // bit:11.1, vn:7.1.5: fees quarterly in advance: the quarter's run is started on its first
        // day, and every later day finds it done (or finishes it, or starts it if that day was missed).
        const quarter = billingQuarterOf(day);
        const billed = [];
        for (const seller of await listSellers(context.db)) {
          const { profile } = await getProfile(context.db, seller.profileId);
          if (profile.billing.recurring.period !== 'quarter') continue;
          const started = await startBillRun(context, {
            sellerId: seller.id,
            period: quarter.id,
            ...(options.billRunChunkSize === undefined ? {} : { chunkSize: options.billRunChunkSize }),
          });
          // Every later day of the quarter finds the run issued: nothing is left to draft or issue.
          let run = started;
          if (run.state !== 'issued') {
            await draftBillRun(context, started.id);
            run = await issueBillRun(context, started.id);
          }
          billed.push({ sellerId: seller.id, runId: run.id, state: run.state, issued: run.invoices.issued });
        }
        return { period: quarter.id, billed };
      },
    },
    {
      key: 'dunning',
      run: async (context, day) => {
        const sellers = [];
        for (const seller of await listSellers(context.db)) {
          const report = await runDunning(context, { sellerId: seller.id, asOf: day });
          sellers.push({
            sellerId: seller.id,
            reviewed: report.reviewed,
            steps: report.steps.length,
            closed: report.closed.length,
          });
        }
        return { sellers };
      },
    },
    {
      // The home page's notices and renewals (contract_dates), recomputed where the day or a new
      // fact made them stale, so the first load of the day finds them fresh. A cache refresh: a
      // second pass finds nothing stale, and a refresh racing it writes only rows still unchanged.
      // A contract whose facts the rules refuse stays stale (and fails the home page, as before).
      key: 'refresh-contract-dates',
      run: async (context, day) => ({
        ...(await refreshContractDates(context.db, day, { skipRefused: true })),
      }),
    },
    {
      // Idempotency keys past their 24 hours answer nothing any more; without this they would only
      // go when the same caller used the same key again.
      key: 'forget-idempotency-keys',
      run: async (context) => {
        const expiredBefore = context.clock.now().subtract({ hours: KEY_RETENTION_HOURS });
        return { forgotten: await forgetExpiredKeys(context.db, expiredBefore.toString()) };
      },
    },
  ];
}
