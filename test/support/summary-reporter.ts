import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with the one line CI reads: `N passed, N failed` (and `, N skipped` when some were).
 * Failed hooks and unhandled errors count as failures, so a broken suite never reads as green.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const testModule of testModules) {
      if (testModule.state() === 'failed' && testModule.errors().length > 0) failed += 1;
      // A failed beforeAll/afterAll belongs to its suite, not to a test.
      for (const suite of testModule.children.allSuites())
        if (suite.state() === 'failed' && suite.errors().length > 0) failed += 1;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    const line = `${passed} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : '');
    process.stdout.write(`\n${line}\n`);
  }
}
