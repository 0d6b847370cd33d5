import type { App } from '../../app.ts';
import type { HttpServer } from '../server.ts';

/** Finds the caller of every request (session cookie, user token, provider token). Placeholder. */
export function registerAuthentication(_server: HttpServer, _app: App): void {}
