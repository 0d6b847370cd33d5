import { Readable } from 'node:stream';
import { Type } from 'typebox';
import type { App } from '../../app.ts';
import {
  auditEventJson,
  auditFilterOf,
  exportAuditEvents,
  listAuditEvents,
  MAX_AUDIT_PAGE,
} from '../../platform/audit/index.ts';
import type { AuditFilterInput } from '../../platform/audit/index.ts';
import type { HttpServer } from '../server.ts';

const tags = ['audit'];
const Text = Type.String({ minLength: 1, maxLength: 200 });

const filterFields = {
  subjectType: Type.Optional(Text),
  subjectId: Type.Optional(Text),
  actor: Type.Optional(Text),
  action: Type.Optional(Text),
  from: Type.Optional(
    Type.String({
      maxLength: 40,
      description: 'A day (YYYY-MM-DD, from its start in Europe/Amsterdam) or an instant, inclusive',
    }),
  ),
  to: Type.Optional(
    Type.String({
      maxLength: 40,
      description: 'A day (YYYY-MM-DD, inclusive) or an instant (exclusive)',
    }),
  ),
};

const ListQuery = Type.Object(
  {
    ...filterFields,
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_AUDIT_PAGE, default: 50 })),
    before: Type.Optional(
      Type.String({ pattern: '^[0-9]{1,15}$', description: 'The `next` cursor of the page before' }),
    ),
  },
  { additionalProperties: false },
);

const ExportQuery = Type.Object(
  {
    ...filterFields,
    format: Type.Optional(Type.Union([Type.Literal('ndjson'), Type.Literal('csv')], { default: 'ndjson' })),
  },
  { additionalProperties: false },
);

const EventSchema = Type.Object({
  id: Type.Integer(),
  occurredAt: Type.String(),
  actor: Type.String(),
  origin: Type.String(),
  action: Type.String(),
  subjectType: Type.String(),
  subjectId: Type.String(),
  reason: Type.Union([Type.String(), Type.Null()]),
  details: Type.Object({}, { additionalProperties: true }),
});

const Streamed = Type.Unsafe<Readable>(Type.String());

const PageSchema = Type.Object({
  events: Type.Array(EventSchema),
  next: Type.Union([Type.String(), Type.Null()], {
    description: 'Pass as `before` for the next (older) page; null on the last page',
  }),
});

/** The append-only audit log: who changed what, when, why and from where; listed and exported. */
export function auditRoutes(server: HttpServer, app: App): void {
  server.get(
    '/audit-events',
    {
      schema: {
        tags,
        summary: 'The audit log, newest first, filtered and paged by keyset',
        description:
          'Filters are exact and combine: subjectType (with subjectId), actor, action, and the period from/to. ' +
          'Each page ends with a `next` cursor; pass it as `before` for the next page. A filter on a subject ' +
          'reads the index on (subject type, subject id, id); subjectId needs subjectType.',
        querystring: ListQuery,
        response: { 200: PageSchema },
      },
    },
    async (request) => {
      const { limit = 50, before, ...input } = request.query;
      const page = await listAuditEvents(app.database.db, auditFilterOf(input as AuditFilterInput), {
        limit,
        ...(before === undefined ? {} : { before: Number(before) }),
      });
      return {
        events: page.events.map(auditEventJson),
        next: page.next,
      };
    },
  );

  server.get(
    '/audit-events/export',
    {
      schema: {
        tags,
        summary: 'The audit log as a file: NDJSON (default) or CSV, oldest first, streamed',
        description:
          'The same filters as the list. The answer is streamed page by page as it is read, so an export of ' +
          'the whole log never holds it in memory. CSV columns: ' +
          'id, occurredAt, actor, origin, action, subjectType, subjectId, reason, details (JSON).',
        querystring: ExportQuery,
        response: {
          200: {
            description: 'One event per line (NDJSON) or per record (CSV with a header)',
            content: {
              'application/x-ndjson': { schema: Streamed },
              'text/csv': { schema: Streamed },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const { format = 'ndjson', ...input } = request.query;
      // Checked before the first byte goes out: a bad filter is a 400, not a broken download.
      const filter = auditFilterOf(input as AuditFilterInput);
      const csv = format === 'csv';
      return reply
        .type(csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-events.${csv ? 'csv' : 'ndjson'}"`)
        .send(Readable.from(exportAuditEvents(app.database.db, filter, format)));
    },
  );
}
