import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { App } from '../../app.ts';
import { STAFF_ROLES } from '../../users/rules/roles.ts';
import { problemOf } from '../problem.ts';
import type { HttpServer } from '../server.ts';
import { callerOf } from './caller.ts';
import type { Caller } from './caller.ts';
import { accessOf } from './route-access.ts';
import type { RouteAccess } from './route-access.ts';

/*
 * The permission matrix, enforced in the API for every route (issue 8): route-access.ts says who may
 * call what; this file applies it before anything else runs (so a refused caller learns nothing
 * about the body it sent).
 * - No credentials on a route that needs them: 401.
 * - A provider or a customer on a route not theirs: 404, exactly as a URL that does not exist, so
 *   they cannot even learn which operator routes there are.
 * - Operator staff whose role may not: 403 naming the role.
 * - Staff limited to one seller: another seller's id in the path, query or body is refused (403), and
 *   a list that can be filtered by seller is filtered to theirs.
 */

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Filled at start-up from route-access.ts. */
    access?: RouteAccess;
  }
}

export function registerPermissions(server: HttpServer, _app: App): void {
  server.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const method = methods.find((m) => m !== 'HEAD') ?? 'GET';
    route.config = { ...route.config, access: accessOf(method, route.url ?? '/') };
  });
  server.addHook('onRequest', async (request, reply) => {
    if (request.is404) return;
    const access = request.routeOptions.config?.access;
    if (!access) return reply.callNotFound();
    if (access === 'public') return;
    const caller = callerOf(request);
    if (!caller) return unauthenticated(reply);
    if (!access.includes(caller.role)) return refuse(request, reply, caller);
  });
  // After validation: the body's seller is known only now.
  server.addHook('preHandler', async (request, reply) => {
    const caller = callerOf(request);
    const sellerId = caller?.actor.sellerId;
    if (!caller || !sellerId || !STAFF_ROLES.includes(caller.role)) return;
    const other = otherSeller(request, sellerId);
    if (other) return outsideSeller(reply, sellerId, other);
  });
}

function refuse(request: FastifyRequest, reply: FastifyReply, caller: Caller) {
  if (!STAFF_ROLES.includes(caller.role)) return reply.callNotFound();
  return reply
    .status(403)
    .type('application/problem+json')
    .send(
      problemOf(
        'not-allowed',
        403,
        `The role ${caller.role} may not ${request.method} ${request.routeOptions.url}; ask an admin.`,
      ),
    );
}

function unauthenticated(reply: FastifyReply) {
  return reply
    .status(401)
    .header('www-authenticate', 'Bearer realm="vezel"')
    .type('application/problem+json')
    .send({
      type: 'urn:vezel:problem:unauthorized',
      title: 'Unauthorized',
      status: 401,
      detail: 'Sign in (POST /auth/sign-in) or send an API token as `Authorization: Bearer …`.',
    });
}

function outsideSeller(reply: FastifyReply, own: string, other: { field: string; value: string }) {
  return reply
    .status(403)
    .type('application/problem+json')
    .send(
      problemOf('not-allowed', 403, `You work for seller ${own} only; ${other.field} is ${other.value}.`, [
        { field: other.field, problem: `must be ${own}: your user is limited to that seller` },
      ]),
    );
}

/**
 * A seller other than `own` named by the request: a `sellerId` path parameter (or `/sellers/:id`), a
 * `sellerId` in the query or body. A list whose query takes a `sellerId` and got none is filtered to
 * `own` here.
 */
function otherSeller(request: FastifyRequest, own: string): { field: string; value: string } | undefined {
  const params = (request.params ?? {}) as Record<string, unknown>;
  const url = request.routeOptions.url ?? '';
  const inPath = params.sellerId ?? (url.startsWith('/sellers/:id') ? params.id : undefined);
  if (typeof inPath === 'string' && inPath !== own) return { field: 'sellerId', value: inPath };
  const query = request.query as Record<string, unknown> | undefined;
  if (query && typeof query === 'object') {
    if (typeof query.sellerId === 'string' && query.sellerId !== own) {
      return { field: 'query.sellerId', value: query.sellerId };
    }
    if (query.sellerId === undefined && acceptsSellerFilter(request)) query.sellerId = own;
  }
  const body = request.body as Record<string, unknown> | undefined;
  if (body && typeof body === 'object' && typeof body.sellerId === 'string' && body.sellerId !== own) {
    return { field: 'sellerId', value: body.sellerId };
  }
  return undefined;
}

function acceptsSellerFilter(request: FastifyRequest): boolean {
  const schema = request.routeOptions.schema?.querystring as
    { properties?: Record<string, unknown> } | undefined;
  return schema?.properties?.sellerId !== undefined;
}
