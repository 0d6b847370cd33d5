import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { App } from '../app.ts';
import type { Actor } from '../platform/actor.ts';
import { PROVIDER_TOKEN_PREFIX, authenticateProviderToken } from '../providers/index.ts';
import type { Problem } from './problem.ts';
import type { HttpServer } from './server.ts';

/*
 * Third-party providers call the API with `Authorization: Bearer vzl_…`. Such a request acts as the
 * provider (the use cases then see only its own orders and services), and reaches only the routes
 * whose config says `providerAccess: true`: every other route answers 404 exactly like a URL that
 * does not exist, so a provider cannot even learn which operator routes there are.
 * Requests without a provider token are the operator's, as before (users and sign-in: issue 8).
 */

declare module 'fastify' {
  interface FastifyRequest {
    /** The provider acting, when the request carries a valid provider token. */
    providerActor: Actor | null;
  }
  interface FastifyContextConfig {
    /** A provider's token may call this route (scoped to its own data by the use cases). */
    providerAccess?: boolean;
  }
}

export interface RouteEntry {
  readonly method: string;
  readonly url: string;
  readonly providerAccess: boolean;
}

const routeTables = new WeakMap<object, RouteEntry[]>();

/** Every route the server has, as registered after this (the provider-access test walks them all). */
export function routesOf(server: HttpServer): readonly RouteEntry[] {
  return routeTables.get(server) ?? [];
}

/** The provider acting on a request, or null for the operator. */
export function providerActorOf(request: FastifyRequest): Actor | null {
  return request.providerActor ?? null;
}

/** Register before any route, so every route is guarded and listed. */
export function registerProviderAuth(server: HttpServer, app: App): void {
  const table: RouteEntry[] = [];
  routeTables.set(server, table);
  server.decorateRequest('providerActor', null);
  server.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const providerAccess = route.config?.providerAccess === true;
    for (const method of methods) table.push({ method, url: route.url, providerAccess });
  });
  server.addHook('onRequest', async (request, reply) => {
    const token = bearerProviderToken(request.headers.authorization);
    if (token === undefined) return;
    const credential = await authenticateProviderToken({ db: app.database.db, clock: app.clock }, token);
    if (!credential) return unauthorized(reply);
    // An unknown URL goes on to the not-found answer by itself.
    if (request.is404) return;
    if (request.routeOptions.config?.providerAccess !== true) return reply.callNotFound();
    request.providerActor = {
      id: `provider:${credential.providerId}/${credential.tokenId}`,
      origin: `http ${request.ip}`,
      providerId: credential.providerId,
    };
  });
}

function bearerProviderToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  const token = match?.[1];
  return token?.startsWith(PROVIDER_TOKEN_PREFIX) ? token : undefined;
}

function unauthorized(reply: FastifyReply): FastifyReply {
  const problem: Problem = {
    type: 'urn:vezel:problem:unauthorized',
    title: 'Unauthorized',
    status: 401,
    detail:
      'The provider token is not valid: unknown, revoked, or its provider is suspended. Ask the operator for a new one.',
  };
  return reply
    .status(401)
    .header('www-authenticate', 'Bearer realm="vezel", error="invalid_token"')
    .type('application/problem+json')
    .send(problem);
}
