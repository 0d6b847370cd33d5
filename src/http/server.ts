import Fastify from 'fastify';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { App } from '../app.ts';
import type { LogLevel } from '../platform/config.ts';
import { homePage } from '../web/home-page.ts';
import { registerOpenApi } from './openapi.ts';
import { problemOf, sendProblem } from './problem.ts';
import { healthRoutes } from './routes/health.ts';
import { explainRoutes } from './routes/explain.ts';
import { termsRoutes } from './routes/terms.ts';
import { contractRoutes } from './routes/contracts.ts';
import { quoteAndOrderRoutes } from './routes/quotes-and-orders.ts';

export type HttpServer = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface HttpOptions {
  /** Structured JSON logs at this level; `silent` in tests. */
  readonly logLevel: LogLevel;
}

/** The HTTP entry point: maps requests to use cases and errors to problem+json, nothing more. */
export async function buildHttpServer(app: App, options: HttpOptions): Promise<HttpServer> {
  const server = Fastify({
    logger: { level: options.logLevel },
    // Report every problem in a request at once, and refuse unknown fields rather than drop them.
    ajv: { customOptions: { allErrors: true, removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  server.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
  server.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .type('application/problem+json')
      .send(
        problemOf('not-found', 404, `There is nothing at ${request.method} ${request.url.split('?')[0]}`),
      ),
  );

  await registerOpenApi(server);
  healthRoutes(server, app);
  explainRoutes(server, app);
  termsRoutes(server, app);
  quoteAndOrderRoutes(server, app);
  contractRoutes(server, app);
  homePage(server, app);
  return server;
}
