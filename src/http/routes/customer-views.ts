import type { App } from '../../app.ts';
import type { HttpServer } from '../server.ts';

/** The customer and contract pages: timeline and everything around a customer (issue 8). */
export function customerViewRoutes(_server: HttpServer, _app: App): void {}
