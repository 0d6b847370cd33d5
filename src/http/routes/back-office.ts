import type { App } from '../../app.ts';
import { getAttention, getReceivablesAgeing, getRevenue, getUsageTrends } from '../../back-office/index.ts';
import { optionalDate } from '../optional-date.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';
import {
  AgeingQuery,
  AgeingSchema,
  AttentionQuery,
  AttentionSchema,
  RangeQuery,
  RevenueSchema,
  UsageSchema,
} from './back-office-schemas.ts';

const tags = ['back-office'];

/** The back office's day: what needs attention, and the dashboards (issue 8). */
export function backOfficeRoutes(server: HttpServer, app: App): void {
  server.get(
    '/back-office/attention',
    {
      schema: {
        tags,
        summary: 'What needs attention today: per section a count and the first few items',
        description:
          'Today is the server clock. Bill runs due (a quarterly seller whose current quarter has no issued run, ' +
          'bit:11.1), unmatched payments, open disputes, dunning steps due today (the dunning run’s own rule, ' +
          'nothing is taken), faults warned or past their SLA maximum (vn:6.4.10), switches overdue for return ' +
          '(vn:1.6.5), notice deadlines, renewals and ends within 30 days, and third-party orders waiting for a ' +
          'planned date. A user limited to one seller sees that seller’s only.',
        querystring: AttentionQuery,
        response: { 200: AttentionSchema },
      },
    },
    (request) => getAttention(contextOf(app, request), { ...request.query }),
  );

  server.get(
    '/back-office/dashboards/revenue',
    {
      schema: {
        tags,
        summary: 'Recurring revenue by seller and product per quarter (net, credit notes subtracted)',
        description:
          'From issued invoices’ recurring lines, by the quarter of the invoice date; a credit note correcting a ' +
          'fee counts in the quarter it is issued. Default: the current quarter and the three before it.',
        querystring: RangeQuery,
        response: { 200: RevenueSchema },
      },
    },
    (request) =>
      getRevenue(contextOf(app, request), {
        ...rangeOf(request.query),
        ...(request.query.sellerId === undefined ? {} : { sellerId: request.query.sellerId }),
      }),
  );

  server.get(
    '/back-office/dashboards/receivables-ageing',
    {
      schema: {
        tags,
        summary: 'Open invoice amounts per seller in buckets of days past due',
        description:
          'Not due, 1–30, 31–60, 61–90 and more than 90 days past the due date, as the invoices stood on asOf ' +
          '(default today): credit notes and payments after that day are not counted.',
        querystring: AgeingQuery,
        response: { 200: AgeingSchema },
      },
    },
    (request) => {
      const asOf = optionalDate(request.query.asOf);
      return getReceivablesAgeing(contextOf(app, request), {
        ...(asOf === undefined ? {} : { asOf }),
        ...(request.query.sellerId === undefined ? {} : { sellerId: request.query.sellerId }),
      });
    },
  );

  server.get(
    '/back-office/dashboards/usage',
    {
      schema: {
        tags,
        summary: 'Usage per month and usage product (quantity in the product’s unit)',
        description: 'From the usage records by the day they occurred. Default: the last twelve months.',
        querystring: RangeQuery,
        response: { 200: UsageSchema },
      },
    },
    (request) =>
      getUsageTrends(contextOf(app, request), {
        ...rangeOf(request.query),
        ...(request.query.sellerId === undefined ? {} : { sellerId: request.query.sellerId }),
      }),
  );
}

function rangeOf(query: { from?: string; to?: string }) {
  const from = optionalDate(query.from);
  const to = optionalDate(query.to);
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}
