import type { Role } from '../users/rules/roles.ts';
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
  /** Set when a signed-in user (or a user's API token) acts: `id` is then `user:<userId>`. */
  readonly userId?: string;
  /** The signed-in user's role (issue 8); the permission matrix has already let the request through. */
  readonly role?: Role;
  /** Operator staff limited to one seller. */
  readonly sellerId?: string;
  /** A customer's contact acting: the use cases see only that customer's data. */
  readonly customerId?: string;
}

/** The operating-system user at a terminal. */
export function cliActor(): Actor {
  return { id: `cli:${os.userInfo().username}`, origin: 'cli' };
}
