import type { App } from '../../app.ts';
import type { HttpServer } from '../server.ts';

/** Extra reads for the operations work screens (issue 8). */
export function operationsViewRoutes(_server: HttpServer, _app: App): void {}
