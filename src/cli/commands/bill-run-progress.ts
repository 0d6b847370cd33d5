import type { RunProgress } from '../../billing/index.ts';
import { withProgressBar } from '../progress-bar.ts';

/** Runs a step of a bill run with a progress bar of its chunks (on a terminal). */
export function withRunProgress<T>(
  label: string,
  work: (onProgress: ((progress: RunProgress) => void) | undefined) => Promise<T>,
): Promise<T> {
  return withProgressBar(`${label.padEnd(8)} {bar} {value}/{total} chunks`, (report) =>
    work(report && (({ done, chunks }) => report(done, chunks))),
  );
}
