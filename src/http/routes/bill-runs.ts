import { Type } from 'typebox';
import type { App } from '../../app.ts';
import {
  draftBillRun,
  getBillRun,
  issueBillRun,
  listBillRuns,
  startOrFindBillRun,
} from '../../billing/index.ts';
import { optionalDate } from '../optional-date.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';
import { BillRunListQuery, BillRunSchema, IdParams, StartBillRunBody } from './billing-schemas.ts';

const tags = ['billing'];

/** Bill runs: a seller's quarter billed in advance, drafted and issued chunk by chunk. */
export function billRunRoutes(server: HttpServer, app: App): void {
  server.post(
    '/bill-runs',
    {
      schema: {
        tags,
        summary: "Start a seller's bill run for a quarter, or find the one that exists (201 or 200)",
        description:
          'A run is idempotent by seller and period: asking again answers the existing run with 200 and bills ' +
          'nothing new (its invoice date and chunk size stay as first given). The quarter is billed in advance ' +
          '(bit:11.1, bit:11.2, vn:7.1.5), so the invoice date is the quarter’s first day or earlier. Starting ' +
          'only splits the customers with something to bill into chunks; draft and issue do the work.',
        body: StartBillRunBody,
        response: { 200: BillRunSchema, 201: BillRunSchema },
      },
    },
    async (request, reply) => {
      const { invoiceDate, ...rest } = request.body;
      const context = contextOf(app, request);
      const { run, created } = await startOrFindBillRun(context, {
        ...rest,
        invoiceDate: optionalDate(invoiceDate),
      });
      return reply.status(created ? 201 : 200).send(run);
    },
  );

  server.get(
    '/bill-runs',
    {
      schema: {
        tags,
        summary: 'Bill runs, newest quarter first, with their progress',
        querystring: BillRunListQuery,
        response: { 200: Type.Array(BillRunSchema) },
      },
    },
    (request) => listBillRuns(app.database.db, request.query),
  );

  server.get(
    '/bill-runs/:id',
    {
      schema: {
        tags,
        summary: 'One bill run: its state, chunks drafted and issued, and its invoice counts and total',
        params: IdParams,
        response: { 200: BillRunSchema },
      },
    },
    (request) => getBillRun(app.database.db, request.params.id),
  );

  server.post(
    '/bill-runs/:id/draft',
    {
      schema: {
        tags,
        summary: "Draft the run's invoices to the end and answer the run (state drafted)",
        description:
          'Each chunk is drafted in a transaction of its own, claimed so that several callers may work on one ' +
          'run at once; a caller that dies loses only its open chunk, which the next one takes. The run is ' +
          '`drafted` once every chunk is: while another caller still holds one, the answer says `drafting`. ' +
          'Drafts can be reviewed (GET /invoices?billRunId=…) before they are issued.',
        params: IdParams,
        response: { 200: BillRunSchema },
      },
    },
    (request) => draftBillRun(contextOf(app, request), request.params.id),
  );

  server.post(
    '/bill-runs/:id/issue',
    {
      schema: {
        tags,
        summary: "Issue a drafted run's invoices to the end: numbers, dates, due dates (final)",
        description:
          'Numbers are given chunk by chunk in the transaction that issues them, consecutive in the seller’s ' +
          'series without a gap (nl:vat); the due date is the invoice date plus the payment term (bit:11.3, ' +
          'vn:7.1.5). 409 while the run is still drafting. Several callers may work on one run at once; ' +
          'asking again once it is issued changes nothing.',
        params: IdParams,
        response: { 200: BillRunSchema },
      },
    },
    (request) => issueBillRun(contextOf(app, request), request.params.id),
  );
}
