import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../app.ts';
import {
  KEY_RETENTION_HOURS,
  claimKey,
  completeKey,
  releaseKey,
  requestFingerprint,
} from '../platform/idempotency/index.ts';
import { problemOf } from './problem.ts';
import { callerOf } from './auth/caller.ts';
import type { HttpServer } from './server.ts';

/*
 * `Idempotency-Key` on API writes (the IETF httpapi draft, as Stripe and others use it): the first
 * answer to a key is kept for 24 hours and given again, marked `Idempotent-Replayed: true`, to a
 * retry of the same request; the same key with another method, path or body is a 409. Only
 * successful answers are kept: a refused request (4xx) changed nothing and one that failed on our
 * side (5xx) rolled back, so either gives its key back and the retry runs. Keys are per caller: each
 * user's (whatever token or session) and each provider's are apart.
 */

declare module 'fastify' {
  interface FastifyRequest {
    /** The key this request holds, to keep its answer under. */
    idempotencyKey: { scope: string; key: string } | null;
  }
}

const HEADER = 'idempotency-key';
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const KEY_SYNTAX = /^[\x21-\x7e]{1,255}$/;
/**
 * Sign-in, sign-out and a password change create no resource a retry could duplicate, and their
 * answers hold a session's CSRF token: they run again on a retry and nothing of them is kept.
 */
const NOT_REPLAYED = '/auth/';

export function registerIdempotency(server: HttpServer, app: App): void {
  server.decorateRequest('idempotencyKey', null);

  server.addHook('preHandler', async (request, reply) => {
    const key = request.headers[HEADER];
    if (key === undefined || !WRITES.has(request.method) || request.url.startsWith(NOT_REPLAYED)) return;
    if (typeof key !== 'string' || !KEY_SYNTAX.test(key))
      return refuse(reply, 400, 'invalid-input', 'must be 1 to 255 visible ASCII characters');
    const scope = scopeOf(request);
    const now = app.clock.now();
    const fingerprint = requestFingerprint(request.method, request.url, request.body);
    const held = await claimKey(app.database.db, {
      scope,
      key,
      fingerprint,
      now: now.toString(),
      expiredBefore: now.subtract({ hours: KEY_RETENTION_HOURS }).toString(),
    });
    if (held === null) {
      request.idempotencyKey = { scope, key };
      return;
    }
    if (held.fingerprint !== fingerprint)
      return refuse(
        reply,
        409,
        'conflict',
        `Idempotency-Key '${key}' was used for another request (another method, path or body); use a new key for a new request`,
      );
    if (held.state === 'in-flight') {
      void reply.header('retry-after', '1');
      return refuse(
        reply,
        409,
        'conflict',
        `A request with Idempotency-Key '${key}' is still being processed; retry shortly`,
      );
    }
    void reply.header('idempotent-replayed', 'true');
    if (held.contentType) void reply.type(held.contentType);
    return reply.status(held.statusCode!).send(held.body);
  });

  server.addHook('onSend', async (request, reply, payload) => {
    const held = request.idempotencyKey;
    if (!held) return payload;
    request.idempotencyKey = null;
    // Only a write that happened is kept; a refusal changed nothing, so its key is free again.
    if (reply.statusCode >= 300 || typeof payload !== 'string') {
      await releaseKey(app.database.db, held);
      return payload;
    }
    const contentType = reply.getHeader('content-type');
    await completeKey(app.database.db, held, {
      statusCode: reply.statusCode,
      contentType: typeof contentType === 'string' ? contentType : null,
      body: payload,
    });
    return payload;
  });
}

function scopeOf(request: FastifyRequest): string {
  const actor = callerOf(request)?.actor;
  if (actor?.providerId) return `provider:${actor.providerId}`;
  return actor?.userId ? `user:${actor.userId}` : 'operator';
}

function refuse(
  reply: FastifyReply,
  status: 400 | 409,
  code: 'invalid-input' | 'conflict',
  detail: string,
): FastifyReply {
  const problem =
    code === 'invalid-input'
      ? problemOf(code, status, `Idempotency-Key ${detail}`, [{ field: 'Idempotency-Key', problem: detail }])
      : problemOf(code, status, detail);
  return reply.status(status).type('application/problem+json').send(problem);
}
