import type { App } from '../../app.ts';
import type { HttpServer } from '../server.ts';

/** Extra reads for the sales work screens (issue 8). */
export function salesViewRoutes(_server: HttpServer, _app: App): void {}
