import cliProgress from 'cli-progress';

/** Reports `done` of `total`; the bar appears on the first report that has something to count. */
export type ReportProgress = (done: number, total: number) => void;

/**
 * Runs long work with a progress bar on stderr when stderr is a terminal; a pipe or a log file gets
 * only the summary the command prints on stdout. `format` names the unit: `{value}/{total} chunks`.
 */
export async function withProgressBar<T>(
  format: string,
  work: (report: ReportProgress | undefined) => Promise<T>,
): Promise<T> {
  if (!process.stderr.isTTY) return work(undefined);
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format, hideCursor: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  try {
    return await work((done, total) => {
      // Nothing to count (a run with nothing to bill): nothing to show.
      if (total === 0) return;
      if (!started) bar.start(total, done);
      else bar.setTotal(total);
      started = true;
      bar.update(done);
    });
  } finally {
    if (started) bar.stop();
  }
}
