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
import { registerWebApp } from './web-app.ts';
import { registerAuthentication } from './auth/authenticate.ts';
import { registerPermissions } from './auth/permissions.ts';
import { authRoutes } from './routes/auth.ts';
import { userRoutes } from './routes/users.ts';
import { backOfficeRoutes } from './routes/back-office.ts';
import { customerViewRoutes } from './routes/customer-views.ts';
import { billingWorkRoutes } from './routes/billing-work.ts';
import { operationsViewRoutes } from './routes/operations-views.ts';
import { salesViewRoutes } from './routes/sales-views.ts';
import { portalRoutes } from './routes/portals.ts';
import { registerOpenApi } from './openapi.ts';
import { problemOf, sendProblem } from './problem.ts';
import { registerIdempotency } from './idempotency.ts';
import { registerProviderAuth } from './provider-auth.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { healthRoutes } from './routes/health.ts';
import { providerRoutes } from './routes/providers.ts';
import { networkOrderRoutes } from './routes/network-orders.ts';
import { networkInventoryRoutes } from './routes/network-inventory.ts';
import { explainRoutes } from './routes/explain.ts';
import { explainNetworkRoutes } from './routes/explain-network.ts';
import { termsRoutes } from './routes/terms.ts';
import { contractRoutes } from './routes/contracts.ts';
import { quoteAndOrderRoutes } from './routes/quotes-and-orders.ts';
import { networkEndingRoutes } from './routes/network-endings.ts';
import { outboxRoutes } from './routes/outbox.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { sellerRoutes } from './routes/sellers.ts';
import { customerRoutes } from './routes/customers.ts';
import { usageRoutes } from './routes/usage.ts';
import { collectionRoutes } from './routes/collections.ts';
import { dunningRoutes } from './routes/dunning.ts';
import { directDebitRoutes } from './routes/direct-debits.ts';
import { billingRoutes } from './routes/billing.ts';
import { faultRoutes } from './routes/faults.ts';
import { slaRoutes } from './routes/sla.ts';
import { maintenanceRoutes } from './routes/maintenance.ts';
import { forceMajeureRoutes } from './routes/force-majeure.ts';
import { abuseRoutes } from './routes/abuse.ts';
import { liabilityClaimRoutes } from './routes/liability-claims.ts';
import { schedulerRoutes } from './routes/scheduler.ts';
import { auditRoutes } from './routes/audit.ts';
import { privacyRoutes } from './routes/privacy.ts';

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
  // A write sent without a body is taken as an empty one: steps with only optional fields need none,
  // and a route with required fields then names each missing one rather than "body must be object".
  server.addHook('preValidation', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') request.body ??= {};
  });
  server.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .type('application/problem+json')
      .send(
        problemOf('not-found', 404, `There is nothing at ${request.method} ${request.url.split('?')[0]}`),
      ),
  );

  registerSecurityHeaders(server);
  registerProviderAuth(server, app);
  registerAuthentication(server, app);
  registerPermissions(server, app);
  registerIdempotency(server, app);
  await registerOpenApi(server);
  healthRoutes(server, app);
  explainRoutes(server, app);
  explainNetworkRoutes(server);
  termsRoutes(server, app);
  sellerRoutes(server, app);
  customerRoutes(server, app);
  quoteAndOrderRoutes(server, app);
  networkEndingRoutes(server, app);
  contractRoutes(server, app);
  outboxRoutes(server, app);
  catalogRoutes(server, app);
  providerRoutes(server, app);
  networkOrderRoutes(server, app);
  networkInventoryRoutes(server, app);
  usageRoutes(server, app);
  billingRoutes(server, app);
  collectionRoutes(server, app);
  dunningRoutes(server, app);
  directDebitRoutes(server, app);
  faultRoutes(server, app);
  slaRoutes(server, app);
  maintenanceRoutes(server, app);
  forceMajeureRoutes(server, app);
  abuseRoutes(server, app);
  liabilityClaimRoutes(server, app);
  schedulerRoutes(server, app);
  auditRoutes(server, app);
  privacyRoutes(server, app);
  authRoutes(server, app);
  userRoutes(server, app);
  backOfficeRoutes(server, app);
  customerViewRoutes(server, app);
  billingWorkRoutes(server, app);
  operationsViewRoutes(server, app);
  salesViewRoutes(server, app);
  portalRoutes(server, app);
  homePage(server, app);
  await registerWebApp(server);
  return server;
}
