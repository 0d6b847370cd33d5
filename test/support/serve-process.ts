import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import { repositoryRoot, vezelBin } from './run-cli.ts';

/** A loopback port nobody is listening on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface ServeProcess {
  readonly baseUrl: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  /** SIGTERM, then the exit status. */
  stop(): Promise<number | null>;
}

/** Starts `vezel serve` in its own process and waits until /health answers. */
export async function startServe(
  env: NodeJS.ProcessEnv,
  args: readonly string[] = [],
): Promise<ServeProcess> {
  const port = await freePort();
  // No demo, and no scheduled work of its own: a test decides which day's cycle runs, and when.
  const child = spawn(process.execPath, [vezelBin, 'serve', ...args], {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      VEZEL_LOG_LEVEL: 'warn',
      VEZEL_DEMO: '0',
      VEZEL_SCHEDULE: '0',
      ...env,
      PORT: String(port),
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 45_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vezel serve exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`vezel serve did not answer /health within 45 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    child,
    output: () => output,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** GETs a JSON document; the type is the test's expectation of the answer. */
export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}
