import { Type } from 'typebox';
import type { App } from '../../app.ts';
import { explainWorkdays, maxWorkingDays } from '../../explain/index.ts';
import type { HttpServer } from '../server.ts';
import { explainCollectionCostsRoutes } from './explain-collection-costs.ts';
import { explainCollectionRoutes } from './explain-collections.ts';
import { explainContractRoutes } from './explain-contracts.ts';

const Skipped = Type.Object({ date: Type.String({ format: 'date' }), reason: Type.String() });

const WorkdaysAnswer = Type.Object(
  {
    date: Type.String({ format: 'date', description: 'The add-th working day after from' }),
    because: Type.Array(Type.String(), { description: 'The rule ids that produced the date' }),
    from: Type.String({ format: 'date' }),
    add: Type.Integer(),
    skipped: Type.Array(Skipped, { description: 'Weekdays stepped over because they are holidays' }),
    weekendDays: Type.Integer({ description: 'Saturdays and Sundays stepped over' }),
  },
  { additionalProperties: true },
);

export function explainRoutes(server: HttpServer, app: App): void {
  server.get(
    '/explain/workdays',
    {
      schema: {
        tags: ['explain'],
        summary: 'The N-th Dutch working day after a date (nl:workdays)',
        description:
          'Working days are Monday to Friday except the holidays of the Algemene termijnenwet art. 3 ' +
          'and the days equated with them by royal decree. A deadline of N working days after D is the N-th working day after D.',
        querystring: Type.Object(
          {
            from: Type.String({ format: 'date', description: 'YYYY-MM-DD', examples: ['2026-12-18'] }),
            add: Type.Integer({ minimum: 0, maximum: maxWorkingDays, examples: [14] }),
          },
          { additionalProperties: false },
        ),
        response: { 200: WorkdaysAnswer },
      },
    },
    (request) => explainWorkdays(request.query),
  );
  explainContractRoutes(server, app);
  explainCollectionCostsRoutes(server, app);
  explainCollectionRoutes(server);
}
