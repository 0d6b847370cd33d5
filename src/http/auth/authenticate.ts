import { createHash, timingSafeEqual } from 'node:crypto';
import { fastifyCookie } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../app.ts';
import type { Actor } from '../../platform/actor.ts';
import { PROVIDER_TOKEN_PREFIX, authenticateProviderToken } from '../../providers/index.ts';
import { authenticateApiToken, authenticateSession, USER_TOKEN_PREFIX } from '../../users/index.ts';
import type { UserView } from '../../users/index.ts';
import { problemOf } from '../problem.ts';
import type { Problem } from '../problem.ts';
import type { HttpServer } from '../server.ts';
import type { Caller } from './caller.ts';

/*
 * Who is calling, found once per request before anything else, in this order:
 * 1. `Authorization: Bearer vzu_…`: a user's API token, acting as that user (401 when not valid).
 * 2. `Authorization: Bearer vzl_…`: a provider's token, acting as the provider (401 when not
 *    valid); it reaches only routes marked `providerAccess`, the others answer 404.
 * 3. The `vezel_session` cookie of a signed-in user; an unknown or ended session is no caller.
 * A write authenticated by the cookie must carry the session's CSRF token as `x-csrf-token`.
 */

export const SESSION_COOKIE = 'vezel_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Signing in needs no CSRF token (the page has none yet); SameSite=Strict keeps other sites out.
const CSRF_FREE = new Set(['/auth/sign-in']);

export function registerAuthentication(server: HttpServer, app: App): void {
  // Cookies are read here, once the caller is looked for; the plugin parses and writes them.
  void server.register(fastifyCookie, { hook: false });
  server.decorateRequest('caller', null);
  server.addHook('onRequest', async (request, reply) => {
    const bearer = bearerToken(request.headers.authorization);
    const context = { db: app.database.db, clock: app.clock };
    if (bearer?.startsWith(USER_TOKEN_PREFIX)) {
      const credential = await authenticateApiToken(context, bearer);
      if (!credential)
        return unauthorized(
          reply,
          'The API token is not valid: unknown, revoked, or its user is not active.',
        );
      request.caller = userCaller(request, credential.user, 'user-token');
      return;
    }
    if (bearer?.startsWith(PROVIDER_TOKEN_PREFIX)) {
      const credential = await authenticateProviderToken(context, bearer);
      if (!credential)
        return unauthorized(
          reply,
          'The provider token is not valid: unknown, revoked, or its provider is suspended. Ask the operator for a new one.',
        );
      // An unknown URL goes on to the not-found answer by itself.
      if (request.is404) return;
      if (request.routeOptions.config?.providerAccess !== true) return reply.callNotFound();
      request.caller = {
        actor: {
          id: `provider:${credential.providerId}/${credential.tokenId}`,
          origin: `http ${request.ip}`,
          providerId: credential.providerId,
        },
        role: 'provider',
        via: 'provider-token',
      };
      return;
    }
    const token = sessionTokenOf(request);
    if (token === undefined) return;
    const session = await authenticateSession(context, token);
    if (!session) return;
    request.caller = { ...userCaller(request, session.user, 'session'), csrfToken: session.csrfToken };
    if (request.is404 || SAFE_METHODS.has(request.method) || CSRF_FREE.has(request.routeOptions.url ?? ''))
      return;
    if (!sameSecret(request.headers[CSRF_HEADER], session.csrfToken)) return csrfRefused(reply);
  });
}

/** The session cookie's token, when the request carries one. */
export function sessionTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  const value = request.server.parseCookie(header)[SESSION_COOKIE];
  return value ? value : undefined;
}

function userCaller(request: FastifyRequest, user: UserView, via: Caller['via']): Caller {
  const actor: Actor = {
    id: `user:${user.id}`,
    origin: `http ${request.ip}`,
    userId: user.id,
    role: user.role,
    ...(user.sellerId ? { sellerId: user.sellerId } : {}),
    ...(user.role === 'provider' && user.providerId ? { providerId: user.providerId } : {}),
    ...(user.role === 'customer' && user.customerId ? { customerId: user.customerId } : {}),
  };
  return { actor, role: user.role, via };
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function unauthorized(reply: FastifyReply, detail: string): FastifyReply {
  const problem: Problem = {
    type: 'urn:vezel:problem:unauthorized',
    title: 'Unauthorized',
    status: 401,
    detail,
  };
  return reply
    .status(401)
    .header('www-authenticate', 'Bearer realm="vezel", error="invalid_token"')
    .type('application/problem+json')
    .send(problem);
}

function csrfRefused(reply: FastifyReply): FastifyReply {
  return reply
    .status(403)
    .type('application/problem+json')
    .send(
      problemOf(
        'not-allowed',
        403,
        `A change made with the session cookie must send the session's CSRF token as ${CSRF_HEADER} (it comes with POST /auth/sign-in and GET /auth/session).`,
        [{ field: CSRF_HEADER, problem: 'is missing or not the session’s CSRF token' }],
      ),
    );
}
