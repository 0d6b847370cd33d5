import type { FastifyRequest } from 'fastify';
import type { App } from '../app.ts';
import type { Context } from '../platform/context.ts';
import { callerOf } from './auth/caller.ts';

/**
 * The use-case context of an API request: the caller authentication found (a signed-in user, a
 * user's or a provider's token, auth/authenticate.ts), recorded with its address. Without a caller
 * (only where the permission matrix lets one through) the actor is `api`.
 */
export function contextOf(app: App, request: FastifyRequest): Context {
  const actor = callerOf(request)?.actor ?? { id: 'api', origin: `http ${request.ip}` };
  return { db: app.database.db, clock: app.clock, actor };
}
