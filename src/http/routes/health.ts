import { Type } from 'typebox';
import type { App } from '../../app.ts';
import { checkHealth } from '../../platform/health.ts';
import type { HttpServer } from '../server.ts';

const Health = Type.Object({
  status: Type.Literal('ok'),
  store: Type.Object({
    kind: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
    location: Type.String({ description: 'The data folder, or the server URL without its password' }),
    migrations: Type.Integer({ description: 'Migrations applied to the store' }),
  }),
  today: Type.String({ format: 'date', description: "The platform's today (moved by --as-of)" }),
});

export function healthRoutes(server: HttpServer, app: App): void {
  server.get(
    '/health',
    {
      schema: {
        tags: ['platform'],
        summary: 'Whether the platform and its store answer',
        response: { 200: Health },
      },
    },
    () => checkHealth(app.database, app.clock.today().toString()),
  );
}
