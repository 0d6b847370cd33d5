import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../context.ts';
import { runClaimedJob } from './run-claimed-job.ts';
import type { DailyJob, LeaseSettings } from './run-claimed-job.ts';
import { runsOfDay } from './store.ts';

export interface CycleSettings extends LeaseSettings {
  /** Asked between jobs and while waiting: true once SIGTERM/SIGINT came. */
  readonly stopping: () => boolean;
  /**
   * A job another worker holds: wait for it (`vezel worker --once`, which then exits with the day
   * complete), or end the pass and look again next pass (the loop, which meanwhile runs the SLA watch).
   */
  readonly waitForOthers: boolean;
  /** How often to look again at a job another worker holds; default 1 s. */
  readonly pollMs?: number;
}

export interface CyclePass {
  readonly day: string;
  /** Every job of the day done (or given up after its last attempt). */
  readonly complete: boolean;
  /** The jobs this worker ran in this pass, with how they ended. */
  readonly ran: { readonly job: string; readonly outcome: 'done' | 'failed' }[];
  /** Jobs failed for the last time, waiting for a person (the later jobs ran all the same). */
  readonly givenUp: string[];
}

/**
 * One pass over the day's cycle, job by job in order, each once however many workers run it: a job
 * done is passed over; a free one is claimed and run; one another worker holds is waited for (and
 * taken over if its lease runs out) or left for the next pass, so a later job never starts before an
 * earlier one is done. A job that failed stops the pass (the later jobs wait for its retry); once out
 * of attempts it is given up and the cycle goes on without it.
 */
export async function runDailyCycle(
  context: Context,
  day: Temporal.PlainDate,
  jobs: readonly DailyJob[],
  settings: CycleSettings,
): Promise<CyclePass> {
  const ran: CyclePass['ran'][number][] = [];
  const givenUp: string[] = [];
  const pass = (complete: boolean): CyclePass => ({ day: day.toString(), complete, ran, givenUp });
  for (const job of jobs) {
    for (;;) {
      const row = (await runsOfDay(context.db, day.toString())).find((r) => r.job === job.key);
      if (row?.state === 'done') break;
      if (row?.state === 'failed' && row.attempts >= settings.maxAttempts) {
        givenUp.push(job.key);
        break;
      }
      if (settings.stopping()) return pass(false);
      const outcome = await runClaimedJob(context, job, day, settings);
      if (outcome === 'done') {
        ran.push({ job: job.key, outcome });
        break;
      }
      if (outcome === 'failed') {
        ran.push({ job: job.key, outcome });
        continue; // given up after its last attempt, or the pass stops below
      }
      // Not claimed: a failed job waiting for its retry stops the pass; a held one is waited for.
      if (row?.state === 'failed' || !settings.waitForOthers) return pass(false);
      await new Promise((resolve) => setTimeout(resolve, settings.pollMs ?? 1_000));
    }
  }
  return pass(true);
}
