import type { App } from '../../app.ts';
import type { HttpServer } from '../server.ts';
import { billRunRoutes } from './bill-runs.ts';
import { invoiceRoutes } from './invoices.ts';
import { subscriptionRoutes } from './subscriptions.ts';

/** Billing: subscriptions, bill runs, and the invoices and credit notes they issue. */
export function billingRoutes(server: HttpServer, app: App): void {
  subscriptionRoutes(server, app);
  billRunRoutes(server, app);
  invoiceRoutes(server, app);
}
