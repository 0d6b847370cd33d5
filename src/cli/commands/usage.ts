import path from 'node:path';
import { Command, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import type {
  ImportProgress,
  PortBandwidthRating,
  UsageFileFormat,
  UsageFileImport,
} from '../../billing/index.ts';
import { cliActor } from '../../platform/actor.ts';
import { asOfOption, jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { withApp } from '../with-app.ts';

/** `vezel usage …`: usage in arrears (vn:7.1.4, hours bit:5.1, vn:6.4.8) and the 95th percentile. */
export function usageCommand(): Command {
  return new Command('usage')
    .description("usage billed in arrears: import a usage file, rate a metered port's month")
    .addCommand(importCommand())
    .addCommand(ratePortCommand());
}

interface ImportOptions {
  seller: string;
  format?: UsageFileFormat;
  skipInvalid?: boolean;
  asOf?: Temporal.PlainDate;
  json?: boolean;
}

function importCommand(): Command {
  return new Command('import')
    .description(
      'load a usage file for the next bill run, idempotent by record id; a file with a bad row is ' +
        'refused whole (each bad line named) unless --skip-invalid. An interrupted import continues ' +
        'where it stopped (<file>.vezel-progress).',
    )
    .argument(
      '<file>',
      'CSV with the header record_id,customer_id,product_id,quantity,occurred_on[,subscription_id,description], ' +
        'or NDJSON with the API fields (recordId, customerId…)',
    )
    .requiredOption('--seller <id>', 'the seller whose usage it is, e.g. vitrumnet')
    .addOption(
      new Option('--format <format>', 'default: by the extension (.csv, .ndjson, .jsonl)').choices([
        'csv',
        'ndjson',
      ]),
    )
    .option('--skip-invalid', 'load the valid rows and list the bad ones instead of refusing the file')
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action((file: string, options: ImportOptions) =>
      withApp(options.asOf, async (app) => {
        const { importUsageFile } = await import('../../billing/index.ts');
        const progress = await progressBar();
        let report: UsageFileImport;
        try {
          report = await importUsageFile(
            { db: app.database.db, clock: app.clock, actor: cliActor() },
            {
              file: path.resolve(file),
              sellerId: options.seller,
              ...(options.format ? { format: options.format } : {}),
              skipInvalid: options.skipInvalid ?? false,
              ...(progress ? { onProgress: progress.update } : {}),
            },
          );
        } finally {
          progress?.stop();
        }
        if (options.json) {
          printJson(report);
          process.stderr.write(`${summaryOf(report, file)}\n`);
          return;
        }
        printLines([
          ...report.problems.map((p) => `  skipped ${p.field}: ${p.problem}`),
          summaryOf(report, file),
        ]);
      }),
    );
}

function summaryOf(report: UsageFileImport, file: string): string {
  const resumed = report.resumedAfterLine === null ? '' : `, continued after line ${report.resumedAfterLine}`;
  const skipped = report.invalid > 0 ? `, ${report.invalid} invalid rows skipped` : '';
  return (
    `Imported ${file}: ${report.rows} rows${resumed}, ${report.received} loaded: ` +
    `${report.added} added, ${report.duplicates} already there${skipped}.`
  );
}

/** A progress bar on stderr when it is a terminal: checking reads the file, loading commits rows. */
async function progressBar(): Promise<
  { update: (progress: ImportProgress) => void; stop: () => void } | undefined
> {
  if (!process.stderr.isTTY) return undefined;
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: '{phase} [{bar}] {percentage}% | {value}/{total} {unit}',
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  let phase: ImportProgress['phase'] | undefined;
  return {
    update: (progress) => {
      if (progress.phase !== phase) {
        if (phase) bar.stop();
        phase = progress.phase;
        const unit = phase === 'checking' ? 'characters' : 'rows';
        bar.start(progress.total, progress.done, { phase: phase.padEnd(8), unit });
      } else bar.update(progress.done);
    },
    stop: () => {
      if (phase) bar.stop();
    },
  };
}

function ratePortCommand(): Command {
  return new Command('rate-port')
    .description(
      "rate a metered port's month by the 95th percentile of its 5-minute rates (vn:7.1.4) and record " +
        'it as usage, once; gaps and counter restarts are listed, never guessed',
    )
    .argument('<port>', 'the metered port id')
    .requiredOption('--month <month>', 'the month, YYYY-MM; it must be over (Europe/Amsterdam)')
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action((port: string, options: { month: string; asOf?: Temporal.PlainDate; json?: boolean }) =>
      withApp(options.asOf, async (app) => {
        const { ratePortBandwidth } = await import('../../billing/index.ts');
        const rating = await ratePortBandwidth(
          { db: app.database.db, clock: app.clock, actor: cliActor() },
          port,
          options.month,
        );
        if (options.json) return printJson(rating);
        printLines(ratingLines(rating));
      }),
    );
}

function ratingLines(rating: PortBandwidthRating): string[] {
  const { value, because, figures } = rating.percentile;
  const record = rating.usageRecord;
  return [
    `${rating.portId}, ${rating.month}: 95th percentile ${value.billedMbps} Mbit/s ${value.direction}bound ` +
      `(${because.join(', ')})`,
    `  inbound ${value.inboundBps} bit/s, outbound ${value.outboundBps} bit/s: rank ${figures.rank} of ` +
      `${value.intervals} intervals rated (${rating.expectedIntervals} in the month), ${value.samples} samples`,
    ...value.gaps.map((gap) => `  gap ${gap.from} → ${gap.to}: not rated`),
    ...value.resets.map((at) => `  counter restart at ${at}: interval not rated`),
    record
      ? `  usage record ${record.recordId}: ${record.quantity} Mbit/s on ${record.occurredOn}` +
        (record.added ? ', added' : ', recorded before (unchanged)')
      : '  nothing to bill: the 95th percentile is 0',
  ];
}
