import cliProgress from 'cli-progress';
import type { RunProgress } from '../../billing/index.ts';

type OnProgress = ((progress: RunProgress) => void) | undefined;

/**
 * Runs a step of a bill run with a progress bar of its chunks on stderr, when stderr is a terminal;
 * a pipe or a log file gets only the summary on stdout.
 */
export async function withRunProgress<T>(
  label: string,
  work: (onProgress: OnProgress) => Promise<T>,
): Promise<T> {
  if (!process.stderr.isTTY) return work(undefined);
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label.padEnd(8)} {bar} {value}/{total} chunks`, hideCursor: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  try {
    return await work(({ done, chunks }) => {
      // A run with nothing to bill has no chunks: nothing to show.
      if (chunks === 0) return;
      if (!started) bar.start(chunks, done);
      else bar.setTotal(chunks);
      started = true;
      bar.update(done);
    });
  } finally {
    if (started) bar.stop();
  }
}
