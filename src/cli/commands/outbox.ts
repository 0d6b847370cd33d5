import { Command, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import { cliActor } from '../../platform/actor.ts';
import type { App } from '../../app.ts';
import type { Context } from '../../platform/context.ts';
import { asOfOption, jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { withApp } from '../with-app.ts';

/*
 * The two outboxes from a terminal: `vezel outbox deliver` (one pass, as `vezel serve` runs every few
 * seconds), `vezel provisioning …` (the jobs for the network automation, confirmed by hand when there
 * is none), `vezel messages …` (what the terms called for, and whether it went out).
 */

const contextOf = (app: App): Context => ({ db: app.database.db, clock: app.clock, actor: cliActor() });

export function outboxCommand(): Command {
  return new Command('outbox').description('the outboxes of provisioning jobs and messages').addCommand(
    new Command('deliver')
      .description(
        'deliver what is due once: provisioning jobs to the automation, messages by e-mail and webhook',
      )
      .addOption(asOfOption())
      .addOption(jsonOption())
      .action((options: { asOf?: Temporal.PlainDate; json?: boolean }) =>
        withApp(options.asOf, async (app) => {
          const { deliverOutboxes } = await import('../../platform/delivery/deliver-outboxes.ts');
          const run = await deliverOutboxes(contextOf(app), app.config.delivery);
          if (options.json) return printJson(run);
          const { provisioningJobs: jobs, messages } = run;
          printLines([
            jobs.endpoint
              ? `provisioning jobs: ${counts(jobs)} (${jobs.pending} pending)`
              : `provisioning jobs: none sent, VEZEL_PROVISIONING_URL is not set; ${jobs.pending} pending ` +
                '(confirm by hand: vezel provisioning confirm <id>)',
            `messages: ${counts(messages)}` +
              (app.config.delivery.smtpUrl ? '' : ` (e-mail written to ${app.config.delivery.outboxDir})`),
          ]);
        }),
      ),
  );
}

export function provisioningCommand(): Command {
  return new Command('provisioning')
    .description('provisioning jobs: what the network automation is asked to change')
    .addCommand(
      new Command('list')
        .description('the jobs, oldest first')
        .option('--state <state>', 'pending, delivered, confirmed or failed')
        .option('--subject <subject>', 'what they are about, e.g. service:S-1')
        .addOption(jsonOption())
        .action((options: { state?: string; subject?: string; json?: boolean }) =>
          withApp(undefined, async (app) => {
            const { listProvisioningJobViews } =
              await import('../../network/use-cases/get-provisioning-job.ts');
            const jobs = await listProvisioningJobViews(app.database.db, options);
            if (options.json) return printJson(jobs);
            printLines(
              jobs.length === 0
                ? ['no provisioning jobs']
                : jobs.map(
                    (job) =>
                      `${job.id}  ${job.state.padEnd(9)} ${job.action.padEnd(13)} ${job.subject.padEnd(14)} ` +
                      `attempts ${job.attempts}${job.lastError ? `  last error: ${job.lastError}` : ''}`,
                  ),
            );
          }),
        ),
    )
    .addCommand(
      new Command('confirm')
        .description('the network carries the change (or, with --failed, could not make it)')
        .argument('<id>', 'the job id')
        .option('--failed', 'report the job failed instead of done')
        .option('--detail <text>', 'what was done, or why it failed')
        .addOption(jsonOption())
        .action((id: string, options: { failed?: boolean; detail?: string; json?: boolean }) =>
          withApp(undefined, async (app) => {
            const { confirmProvisioningJob } =
              await import('../../network/use-cases/confirm-provisioning-job.ts');
            const job = await confirmProvisioningJob(contextOf(app), {
              id,
              outcome: options.failed ? 'failed' : 'done',
              ...(options.detail === undefined ? {} : { detail: options.detail }),
            });
            if (options.json) return printJson(job);
            printLines([`provisioning job ${job.id} (${job.action} ${job.subject}) is ${job.state}`]);
          }),
        ),
    )
    .addCommand(
      new Command('retry')
        .description('put a failed job back in the outbox, due now')
        .argument('<id>', 'the job id')
        .addOption(jsonOption())
        .action((id: string, options: { json?: boolean }) =>
          withApp(undefined, async (app) => {
            const { retryProvisioningJob } =
              await import('../../network/use-cases/retry-provisioning-job.ts');
            const job = await retryProvisioningJob(contextOf(app), id);
            if (options.json) return printJson(job);
            printLines([`provisioning job ${job.id} is ${job.state}, due ${job.nextAttemptAt}`]);
          }),
        ),
    );
}

export function messagesCommand(): Command {
  return new Command('messages')
    .description('the messages the terms called for, by e-mail and webhook')
    .addCommand(
      new Command('list')
        .description("the messages, oldest first: a customer's are its timeline")
        .addOption(new Option('--customer <id>', "one customer's messages"))
        .addOption(new Option('--provider <id>', "one provider's messages"))
        .option('--about <subject>', 'what they are about, e.g. network-order:NO-3')
        .option('--state <state>', 'pending, sent or failed')
        .addOption(jsonOption())
        .action(
          (options: {
            customer?: string;
            provider?: string;
            about?: string;
            state?: string;
            json?: boolean;
          }) =>
            withApp(undefined, async (app) => {
              const { listMessageViews } = await import('../../notifications/use-cases/get-message.ts');
              const messages = await listMessageViews(app.database.db, {
                ...(options.customer ? { customerId: options.customer } : {}),
                ...(options.provider ? { providerId: options.provider } : {}),
                ...(options.about ? { about: options.about } : {}),
                ...(options.state ? { state: options.state } : {}),
              });
              if (options.json) return printJson(messages);
              printLines(
                messages.length === 0
                  ? ['no messages']
                  : messages.map(
                      (message) =>
                        `${message.id.padEnd(7)} ${message.createdAt.slice(0, 10)} ${message.state.padEnd(7)} ` +
                        `${message.channel.padEnd(7)} ${message.recipient}  ${message.subject}` +
                        (message.lastError ? `  (last error: ${message.lastError})` : ''),
                    ),
              );
            }),
        ),
    )
    .addCommand(
      new Command('retry')
        .description('put a failed message back in the outbox, due now')
        .argument('<id>', 'the message id, e.g. M-7')
        .addOption(jsonOption())
        .action((id: string, options: { json?: boolean }) =>
          withApp(undefined, async (app) => {
            const { retryMessage } = await import('../../notifications/use-cases/retry-message.ts');
            const message = await retryMessage(contextOf(app), id);
            if (options.json) return printJson(message);
            printLines([`message ${message.id} is ${message.state}, due ${message.nextAttemptAt}`]);
          }),
        ),
    );
}

function counts(run: { delivered: number; retrying: number; failed: number }): string {
  return `${run.delivered} delivered, ${run.retrying} retrying, ${run.failed} failed`;
}
