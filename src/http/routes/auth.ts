import type { App } from '../../app.ts';
import type { HttpServer } from '../server.ts';

/** Sign-in, sign-out and the session (issue 8). */
export function authRoutes(_server: HttpServer, _app: App): void {}
