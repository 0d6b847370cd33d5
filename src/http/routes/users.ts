import type { App } from '../../app.ts';
import type { HttpServer } from '../server.ts';

/** Users, roles and API tokens (issue 8). */
export function userRoutes(_server: HttpServer, _app: App): void {}
