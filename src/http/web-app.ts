import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { HttpServer } from './server.ts';

/*
 * The browser app (web/, built by Vite into dist/web) under /app/: hashed assets cached for a year,
 * every other /app/ path answered with index.html so a deep link opens its screen. The app talks to
 * this same server's API only, so its policy allows nothing from elsewhere.
 */

export const webAppFolder = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const APP_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export async function registerWebApp(server: HttpServer): Promise<void> {
  await server.register(fastifyStatic, { root: webAppFolder, serve: false });
  server.get('/', { schema: { hide: true } }, (_request, reply) => reply.redirect('/app/'));
  server.get('/app', { schema: { hide: true } }, (_request, reply) => reply.redirect('/app/'));
  server.get('/app/assets/*', { schema: { hide: true } }, (request, reply) => {
    const file = (request.params as { '*': string })['*'];
    return reply
      .header('content-security-policy', APP_POLICY)
      .sendFile(path.posix.join('assets', file), { immutable: true, maxAge: '365d' });
  });
  server.get('/app/*', { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
}

function sendIndex(reply: FastifyReply) {
  if (!fs.existsSync(path.join(webAppFolder, 'index.html'))) {
    return reply
      .status(503)
      .type('text/plain; charset=utf-8')
      .send('The browser app is not built: run `npm run build:web` (npm start does it for you).');
  }
  return reply
    .header('content-security-policy', APP_POLICY)
    .header('cache-control', 'no-cache')
    .sendFile('index.html');
}
