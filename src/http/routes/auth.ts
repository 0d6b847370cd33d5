import { Type } from 'typebox';
import type { FastifyReply } from 'fastify';
import type { App } from '../../app.ts';
import {
  changeOwnPassword,
  getUser,
  sessionIdOf,
  SIGN_IN_REFUSED,
  signIn,
  signOut,
} from '../../users/index.ts';
import type { UserView } from '../../users/index.ts';
import { SESSION_COOKIE, sessionTokenOf } from '../auth/authenticate.ts';
import { callerOf } from '../auth/caller.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';
import { ProblemSchema, SessionSchema } from './user-schemas.ts';

const tags = ['users'];
const cookieAttributes = { httpOnly: true, secure: true, sameSite: 'strict', path: '/' } as const;

/** Sign-in, sign-out and the session (issue 8). */
export function authRoutes(server: HttpServer, app: App): void {
  server.post(
    '/auth/sign-in',
    {
      schema: {
        tags,
        summary: 'Sign in with e-mail address and password',
        description:
          'Answers the user and the CSRF token, and sets the session cookie (HttpOnly, Secure, SameSite=Strict). ' +
          'An unknown address, a wrong password and an inactive user are refused alike (401). More than 5 failed ' +
          'attempts for one address, or 20 from one IP, within 15 minutes: 429 with Retry-After (seconds).',
        body: Type.Object(
          {
            email: Type.String({ minLength: 1, maxLength: 254 }),
            password: Type.String({ minLength: 1, maxLength: 1024 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: SessionSchema, 401: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      const outcome = await signIn(contextOf(app, request), { ...request.body, ip: request.ip });
      if (outcome.outcome === 'rate-limited')
        return reply
          .status(429)
          .header('retry-after', String(outcome.retryAfterSeconds))
          .type('application/problem+json')
          .send({
            type: 'urn:vezel:problem:too-many-requests',
            title: 'Too many requests',
            status: 429,
            detail: `Too many failed sign-in attempts; try again in ${outcome.retryAfterSeconds} seconds.`,
          });
      if (outcome.outcome === 'refused') return unauthorized(reply, `${SIGN_IN_REFUSED}.`);
      reply.setCookie(SESSION_COOKIE, outcome.sessionToken, cookieAttributes);
      return { user: sessionUser(outcome.user), csrfToken: outcome.csrfToken };
    },
  );

  server.get(
    '/auth/session',
    {
      schema: {
        tags,
        summary: 'The signed-in user and the session’s CSRF token, or 401',
        response: { 200: SessionSchema, 401: ProblemSchema },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      if (caller?.via !== 'session' || !caller.actor.userId || !caller.csrfToken)
        return unauthorized(reply, 'Not signed in: POST /auth/sign-in.');
      const user = await getUser(contextOf(app, request), caller.actor.userId);
      return { user: sessionUser(user), csrfToken: caller.csrfToken };
    },
  );

  server.post(
    '/auth/sign-out',
    {
      schema: {
        tags,
        summary: 'Sign out: the session ends and its cookie is cleared',
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const token = sessionTokenOf(request);
      if (token !== undefined) await signOut(contextOf(app, request), token);
      reply.clearCookie(SESSION_COOKIE, cookieAttributes);
      return reply.status(204).send(null);
    },
  );

  server.post(
    '/auth/password',
    {
      schema: {
        tags,
        summary: 'Change your own password, giving the current one',
        description:
          'The new password has at least 12 characters. Every other session of the user ends; this one stays.',
        body: Type.Object(
          {
            currentPassword: Type.String({ minLength: 1, maxLength: 1024 }),
            newPassword: Type.String({ maxLength: 1024 }),
          },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), 401: ProblemSchema },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      if (!caller?.actor.userId) return unauthorized(reply, 'Not signed in as a user: POST /auth/sign-in.');
      const token = caller.via === 'session' ? sessionTokenOf(request) : undefined;
      await changeOwnPassword(contextOf(app, request), {
        ...request.body,
        ...(token === undefined ? {} : { keepSessionId: sessionIdOf(token) }),
      });
      return reply.status(204).send(null);
    },
  );
}

function sessionUser(user: UserView) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sellerId: user.sellerId,
    providerId: user.providerId,
    customerId: user.customerId,
    language: user.language,
  };
}

function unauthorized(reply: FastifyReply, detail: string): FastifyReply {
  return reply
    .status(401)
    .header('www-authenticate', 'Bearer realm="vezel"')
    .type('application/problem+json')
    .send({ type: 'urn:vezel:problem:unauthorized', title: 'Unauthorized', status: 401, detail });
}
