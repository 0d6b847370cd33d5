import type { FastifyRequest } from 'fastify';
import type { App } from '../app.ts';
import type { Context } from '../platform/context.ts';

/**
 * The use-case context of an API request. Until users and sign-in arrive (issue 8) every caller is
 * `api`, recorded with its address; the server listens on loopback unless HOST says otherwise.
 */
export function contextOf(app: App, request: FastifyRequest): Context {
  return { db: app.database.db, clock: app.clock, actor: { id: 'api', origin: `http ${request.ip}` } };
}
