import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../platform/actor.ts';
import type { Role } from '../../users/rules/roles.ts';

/*
 * Who is calling, as authentication (authenticate.ts) found it: a session cookie, a user's API token
 * or a provider's token. `null` when the request carries no credentials. The permission matrix
 * (permissions.ts) then decides whether this caller may reach the route at all.
 */
export interface Caller {
  readonly actor: Actor;
  readonly role: Role;
  readonly via: 'session' | 'user-token' | 'provider-token';
  /** The session's CSRF token: a cookie-authenticated write must send it as `x-csrf-token`. */
  readonly csrfToken?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
}

export function callerOf(request: FastifyRequest): Caller | null {
  return request.caller ?? null;
}
