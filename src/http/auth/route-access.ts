import type { Role } from '../../users/rules/roles.ts';

/*
 * The permission matrix: who may call each route. `public` needs no sign-in; otherwise the roles
 * allowed. The first rule whose method and URL match decides; a route no rule matches is open to
 * admins only, and the matrix test fails until it is placed here.
 * docs/permission-matrix.md is this table walked over every route and role by a test.
 *
 * Reading adopted: every member of staff may read (a NOC engineer sees a customer's invoices when on
 * the phone with them); writes belong to the role whose work they are. Providers reach only the
 * routes marked `providerAccess` (scoped to their own orders and services by the use cases) and
 * their portal; customers only their portal.
 */

export type RouteAccess = 'public' | readonly Role[];

const admin: readonly Role[] = ['admin'];
const staff: readonly Role[] = ['admin', 'billing', 'noc', 'sales'];
const billing: readonly Role[] = ['admin', 'billing'];
const noc: readonly Role[] = ['admin', 'noc'];
const sales: readonly Role[] = ['admin', 'sales'];
const everyone: readonly Role[] = ['admin', 'billing', 'noc', 'sales', 'provider', 'customer'];

interface Rule {
  /** GET covers reads; WRITE every other method. */
  readonly method: 'GET' | 'WRITE' | 'ANY';
  /** The route's URL as registered: exactly, or as a prefix when it ends in `*`. */
  readonly url: string;
  readonly access: RouteAccess;
}

const rule = (method: Rule['method'], url: string, access: RouteAccess): Rule => ({ method, url, access });

const RULES: readonly Rule[] = [
  // Pages, the browser app, the API reference, health: no data in them.
  rule('GET', '/', 'public'),
  rule('GET', '/platform', 'public'),
  rule('GET', '/app*', 'public'),
  rule('GET', '/docs*', 'public'),
  rule('GET', '/openapi.json', 'public'),
  rule('GET', '/health', 'public'),
  // The working-day calculator of the platform page: the public holiday calendar only.
  rule('GET', '/explain/workdays', 'public'),
  rule('ANY', '/auth/sign-in', 'public'),
  rule('ANY', '/auth/session', 'public'),
  rule('ANY', '/auth/sign-out', 'public'),
  rule('ANY', '/auth/*', everyone),

  // The portals: customers in theirs, providers in theirs; the portal routes scope to the caller.
  rule('ANY', '/portal/provider*', ['provider']),
  rule('ANY', '/portal*', ['customer']),

  // Administration.
  rule('ANY', '/users*', admin),
  rule('ANY', '/audit-events*', admin),
  rule('ANY', '/customers/:id/data-export', admin),
  rule('ANY', '/customers/:id/erase', admin),
  rule('GET', '/scheduler*', staff),
  rule('GET', '/terms-profiles*', staff),
  rule('WRITE', '/terms-profiles/validate', [...sales]),
  rule('GET', '/messages*', staff),
  rule('WRITE', '/messages*', [...noc, 'billing']),

  // Rule calculators: the terms and the law, for whoever is signed in as staff.
  rule('GET', '/explain/*', staff),

  // Sellers: the operator's own companies.
  rule('GET', '/sellers/:sellerId/customers/:customerId/statement', staff),
  rule('WRITE', '/sellers/:sellerId/bank-statements', billing),
  rule('WRITE', '/sellers/:sellerId/direct-debit-batches', billing),
  rule('WRITE', '/sellers/:sellerId/refund-batches', billing),
  rule('WRITE', '/sellers/:sellerId/dunning-runs', billing),
  rule('GET', '/sellers*', staff),
  rule('WRITE', '/sellers*', admin),

  // Parties, quotes, orders, contracts, catalog: sales' work (billing and NOC read).
  rule('GET', '/customers/:customerId/dunning-cases', staff),
  rule('GET', '/customers*', staff),
  rule('WRITE', '/customers/:id/mandates', billing),
  rule('WRITE', '/customers*', [...sales, 'billing']),
  rule('GET', '/quotes*', staff),
  rule('WRITE', '/quotes*', sales),
  rule('GET', '/orders*', staff),
  rule('WRITE', '/orders*', sales),
  rule('GET', '/contracts/:contractId/force-majeure', staff),
  // A new version of the seller's general terms (vn:1.1.4): sales', with the objections.
  rule('WRITE', '/contracts/terms-versions', sales),
  rule('GET', '/contracts*', staff),
  // Ending for non-payment or a breach is billing's as much as sales' (vn:1.6.2, bit:11.5).
  rule('WRITE', '/contracts*', [...sales, 'billing']),
  rule('GET', '/products*', staff),
  rule('WRITE', '/products*', sales),
  rule('GET', '/subscriptions*', staff),
  rule('WRITE', '/subscriptions*', [...sales, 'billing']),

  // Providers and their orders.
  rule('GET', '/providers*', staff),
  rule('WRITE', '/providers*', [...sales, 'noc']),
  // The signed order form's file (vn:2.3.3): staff, and the provider that sent it (others: 404).
  rule('GET', '/network-orders/:id/signed-form', [...staff, 'provider']),
  rule('GET', '/network-orders*', [...staff, 'provider']),
  rule('WRITE', '/network-orders', [...sales, 'noc', 'provider']),
  rule('WRITE', '/network-orders/:id/cancel', [...sales, 'noc', 'provider']),
  rule('WRITE', '/network-orders/:id/payments', billing),
  rule('WRITE', '/network-orders/:id/waiver', [...sales, 'billing']),
  rule('WRITE', '/network-orders*', [...noc, 'sales']),

  // The network: the NOC's.
  rule('GET', '/network-services*', [...staff, 'provider']),
  rule('WRITE', '/cpe/:id/settle-deposit', billing),
  rule('WRITE', '/cpe/:id/return', [...noc, 'billing']),
  rule('WRITE', '/cpe/:id/lost', [...noc, 'billing']),
  rule('GET', '/premises*', staff),
  rule('GET', '/naps*', staff),
  rule('GET', '/cables*', staff),
  rule('GET', '/links*', staff),
  rule('GET', '/cpe*', staff),
  rule('GET', '/vlan-pools*', staff),
  rule('GET', '/provisioning-jobs*', staff),
  rule('WRITE', '/premises*', noc),
  rule('WRITE', '/naps*', noc),
  rule('WRITE', '/cables*', noc),
  rule('WRITE', '/links*', [...noc, 'sales']),
  rule('WRITE', '/cpe*', noc),
  rule('WRITE', '/provisioning-jobs*', noc),
  rule('WRITE', '/network/*', noc),

  // Usage and metering: machines of billing or the NOC send it.
  rule('WRITE', '/v1/usage', [...billing, 'noc']),
  rule('WRITE', '/metered-ports/:id/samples', [...billing, 'noc']),
  rule('WRITE', '/metered-ports*', [...billing, 'noc']),

  // Billing and collections.
  rule('GET', '/bill-runs*', staff),
  rule('WRITE', '/bill-runs*', billing),
  rule('GET', '/invoices*', staff),
  rule('WRITE', '/invoices*', billing),
  rule('GET', '/payments*', staff),
  rule('WRITE', '/payments*', billing),
  rule('GET', '/bank-files*', staff),
  rule('GET', '/complaints*', staff),
  rule('GET', '/disputes*', staff),
  rule('GET', '/dunning*', staff),
  rule('WRITE', '/dunning*', billing),
  rule('WRITE', '/complaints*', staff),
  rule('WRITE', '/disputes*', billing),
  rule('GET', '/dunning-letters*', staff),
  rule('WRITE', '/mandates*', billing),
  rule('GET', '/liability-claims*', staff),
  rule('WRITE', '/liability-claims*', billing),

  // Service operations: faults are reported by anyone (a provider for its own services); the NOC
  // works them.
  rule('GET', '/faults*', [...staff, 'provider']),
  rule('WRITE', '/faults', [...staff, 'provider']),
  rule('WRITE', '/faults/:id/notes', [...staff, 'provider']),
  rule('WRITE', '/faults*', noc),
  rule('WRITE', '/sla-watch-runs', noc),
  rule('GET', '/maintenance-windows*', staff),
  rule('WRITE', '/maintenance-windows*', noc),
  rule('GET', '/force-majeure-events*', staff),
  rule('WRITE', '/force-majeure-events*', noc),
  rule('GET', '/abuse-cases*', staff),
  rule('WRITE', '/abuse-cases*', noc),

  // The back office's own reads (home, dashboards, views of the work screens).
  rule('GET', '/back-office*', staff),
];

/** Who may call `method url` (the route's registered URL); admins only when the matrix lacks it. */
export function accessOf(method: string, url: string): RouteAccess {
  return explicitAccessOf(method, url) ?? admin;
}

/** The matrix's entry, or undefined: the matrix test fails on any route without one. */
export function explicitAccessOf(method: string, url: string): RouteAccess | undefined {
  const kind = method === 'GET' || method === 'HEAD' ? 'GET' : 'WRITE';
  return RULES.find((r) => (r.method === 'ANY' || r.method === kind) && matches(r.url, url))?.access;
}

function matches(pattern: string, url: string): boolean {
  return pattern.endsWith('*') ? url.startsWith(pattern.slice(0, -1)) : url === pattern;
}
