import { createRequire } from 'node:module';

/** The package's version, read once from package.json so the CLI and the API never disagree. */
export const vezelVersion: string = (
  createRequire(import.meta.url)('../../package.json') as { version: string }
).version;
