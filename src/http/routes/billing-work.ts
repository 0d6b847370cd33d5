import type { App } from '../../app.ts';
import type { HttpServer } from '../server.ts';

/** Extra reads for the billing work screens (issue 8). */
export function billingWorkRoutes(_server: HttpServer, _app: App): void {}
