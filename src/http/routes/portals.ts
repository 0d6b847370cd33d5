import type { App } from '../../app.ts';
import type { HttpServer } from '../server.ts';

/** What the provider and customer portals need beyond the operator API (issue 8). */
export function portalRoutes(_server: HttpServer, _app: App): void {}
