import type { App } from '../../app.ts';
import type { HttpServer } from '../server.ts';

/** The back office's day: what needs attention, and the dashboards (issue 8). */
export function backOfficeRoutes(_server: HttpServer, _app: App): void {}
