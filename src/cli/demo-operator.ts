import type { App } from '../app.ts';
import type { DemoReport } from '../demo/index.ts';
import { withProgressBar } from './progress-bar.ts';

/** Loads the demo operator into the app's empty store, with a bar of days on a terminal. */
export async function loadDemoOperator(app: App): Promise<DemoReport> {
  const { loadDemo } = await import('../demo/index.ts');
  const today = app.clock.today();
  process.stderr.write(
    `Loading the demo operator: a year of history up to ${today.toString()}, made day by day by the ` +
      'same use cases as real work (a minute or two, this once; VEZEL_DEMO=0 starts empty).\n',
  );
  return withProgressBar('Demo {bar} {value}/{total} days', (report) =>
    loadDemo(app.database.db, { today, ...(report ? { onProgress: report } : {}) }),
  );
}

/** Where to sign in, and the demo users of every role with their one password. */
export async function printDemoUsers(report: DemoReport, appUrl: string): Promise<void> {
  const { DEMO_PASSWORD } = await import('../demo/index.ts');
  const width = Math.max(...report.users.map((user) => user.email.length));
  process.stderr.write(
    [
      `The demo operator is loaded: ${report.customers} customers, ${report.first} to ${report.last}. Sign in at`,
      `  ${appUrl}`,
      `with the password ${DEMO_PASSWORD} as one of:`,
      ...report.users.map(
        (user) => `  ${user.email.padEnd(width)}  ${user.role}${user.actsFor ? ` (${user.actsFor})` : ''}`,
      ),
      'This is demo data with a published password: for real work start with VEZEL_DEMO=0 on a new store.',
      '',
    ].join('\n'),
  );
}
