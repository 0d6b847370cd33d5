import os from 'node:os';

/** Who makes a change and from where; every use case that writes takes one, for the audit log. */
export interface Actor {
  readonly id: string;
  readonly origin: string;
  /**
   * Set when a third-party provider's token acts: the use cases then see only that provider's
   * orders and services, and answer "not found" for anything else.
   */
  readonly providerId?: string;
}

/** The operating-system user at a terminal. */
export function cliActor(): Actor {
  return { id: `cli:${os.userInfo().username}`, origin: 'cli' };
}
