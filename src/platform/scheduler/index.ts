/** The scheduler: the daily cycle run once a day however many `vezel worker` processes share the store. */
export type { DailyJob, SchedulerLog, LeaseSettings, JobOutcome } from './run-claimed-job.ts';
export {
  runClaimedJob,
  DEFAULT_LEASE_SECONDS,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_SECONDS,
} from './run-claimed-job.ts';
export type { CycleSettings, CyclePass } from './run-daily-cycle.ts';
export { runDailyCycle } from './run-daily-cycle.ts';
export type { CycleOptions } from './daily-cycle.ts';
export { dailyCycle } from './daily-cycle.ts';
export type { ScheduledRunView, ListScheduledRuns } from './list-scheduled-runs.ts';
export { listScheduledRuns, SCHEDULED_RUN_STATES } from './list-scheduled-runs.ts';
export { schedulerActor } from './scheduler-actor.ts';
export type { ScheduledWork } from './scheduled-work.ts';
export {
  runScheduledPass,
  startScheduledWork,
  watchSla,
  SCHEDULED_WORK_INTERVAL_MS,
} from './scheduled-work.ts';
