import type { App } from '../../app.ts';
import type { HttpServer } from '../server.ts';

/** The permission matrix, enforced on every route. Placeholder. */
export function registerPermissions(_server: HttpServer, _app: App): void {}
