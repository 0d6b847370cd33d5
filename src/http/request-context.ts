import type { FastifyRequest } from 'fastify';
import type { App } from '../app.ts';
import type { Context } from '../platform/context.ts';
import { providerActorOf } from './provider-auth.ts';

/**
 * The use-case context of an API request. Until users and sign-in arrive (issue 8) every caller is
 * `api`, recorded with its address; the server listens on loopback unless HOST says otherwise. A
 * third-party provider's token acts as that provider (provider-auth.ts).
 */
export function contextOf(app: App, request: FastifyRequest): Context {
  const actor = providerActorOf(request) ?? { id: 'api', origin: `http ${request.ip}` };
  return { db: app.database.db, clock: app.clock, actor };
}
