import { CommanderError } from 'commander';
import { VezelError, asInvalidInput } from '../shared/errors/index.ts';
import { exitStatus } from './exit-status.ts';
import { buildProgram } from './program.ts';

/** Runs one command line; the one place CLI errors become a message on stderr and an exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitStatus.ok;
  } catch (error) {
    return report(error);
  }
}

function report(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has printed help or the version itself; its errors we print as one line.
    if (error.exitCode === 0) return exitStatus.ok;
    const message = error.message.replace(/^error: /, '').split('\n')[0];
    process.stderr.write(`vezel: ${message} (see --help)\n`);
    return exitStatus.usage;
  }
  const invalid = asInvalidInput(error);
  if (invalid) {
    process.stderr.write(`vezel: ${invalid.message}\n`);
    return exitStatus.usage;
  }
  if (error instanceof VezelError) {
    process.stderr.write(`vezel: ${error.message}\n`);
    // What the user named does not exist: that is the command line's fault, like bad input.
    return error.code === 'not-found' ? exitStatus.usage : exitStatus.failed;
  }
  process.stderr.write(`vezel: ${error instanceof Error ? error.message : String(error)}\n`);
  return exitStatus.failed;
}
