import type { FastifyRequest, RouteOptions } from 'fastify';
import type { Actor } from '../platform/actor.ts';
import { callerOf } from './auth/caller.ts';
import type { HttpServer } from './server.ts';

/*
 * Third-party providers call the API with `Authorization: Bearer vzl_…` (authenticate.ts finds them,
 * with every other caller). Such a request acts as the provider (the use cases then see only its own
 * orders and services), and reaches only the routes whose config says `providerAccess: true`: every
 * other route answers 404 exactly like a URL that does not exist. This file keeps the table of
 * routes (the provider-access and permission-matrix tests walk it) and says who the provider is.
 */

declare module 'fastify' {
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

/** The provider acting on a request (a provider's token, or a signed-in provider user), or null. */
export function providerActorOf(request: FastifyRequest): Actor | null {
  const actor = callerOf(request)?.actor;
  return actor?.providerId ? actor : null;
}

/** Register before any route, so every route is listed. */
export function registerProviderAuth(server: HttpServer, _app?: unknown): void {
  const table: RouteEntry[] = [];
  routeTables.set(server, table);
  server.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const providerAccess = route.config?.providerAccess === true;
    for (const method of methods) table.push({ method, url: route.url, providerAccess });
  });
}
