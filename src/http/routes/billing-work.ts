import { Type } from 'typebox';
import type { TSchema } from 'typebox';
import type { App } from '../../app.ts';
import { BILL_RUN_SORTS, listBillRuns } from '../../billing/index.ts';
import { listDunningQueue } from '../../collections/use-cases/dunning-queue.ts';
import { getInvoiceSettlement } from '../../collections/use-cases/invoice-settlement.ts';
import {
  DISPUTE_SORTS,
  DUNNING_QUEUE_SORTS,
  UNMATCHED_SORTS,
  listDisputePage,
  listUnmatchedPage,
} from '../../collections/use-cases/work-queue-pages.ts';
import { literalUnion } from '../../shared/json-schema/literal-union.ts';
import { optionalDate } from '../optional-date.ts';
import type { HttpServer } from '../server.ts';
import { BillRunSchema, IdParams } from './billing-schemas.ts';

/*
 * Extra reads for the billing work screens (issue 8): the lists a clerk pages through (bill runs, the
 * unmatched queue, disputes, the dunning queue) as { items, total }, and how far an invoice is paid.
 */

const Id = Type.String({ minLength: 1, maxLength: 64 });
const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const NullableDay = Type.Union([Day, Type.Null()]);
const NullableText = Type.Union([Type.String(), Type.Null()]);
const Cents = Type.Integer({ description: 'Euro cents' });
const Order = Type.Optional(literalUnion(['asc', 'desc'] as const));
/** A list's sort keys and direction (default ascending once a key is given). */
const sortOf = <T extends string>(keys: readonly T[]) => ({
  sort: Type.Optional(literalUnion(keys)),
  order: Order,
});

const pageQuery = {
  sellerId: Type.Optional(Id),
  search: Type.Optional(Type.String({ maxLength: 100 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
};
const pageOf = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer({ minimum: 0, description: 'How many match, over all pages' }),
  });

const UnmatchedItem = Type.Object({
  id: Type.String(),
  sellerId: Type.String(),
  amountCents: Cents,
  valueDate: Day,
  counterpartyName: NullableText,
  counterpartyIban: NullableText,
  endToEndId: NullableText,
  remittance: Type.String(),
  statementId: NullableText,
});

const DISPUTE_STATES = ['open', 'credited', 'upheld'] as const;
const DisputeItem = Type.Object({
  id: Type.String(),
  invoiceId: Type.String(),
  invoiceNumber: NullableText,
  invoiceTotalCents: Cents,
  sellerId: Type.String(),
  customerId: Type.String(),
  customerName: Type.String(),
  amountCents: Cents,
  reason: Type.String(),
  openedOn: Day,
  state: Type.Unsafe<string>({ type: 'string', enum: [...DISPUTE_STATES] }),
  resolvedOn: NullableDay,
  creditNoteId: NullableText,
});

const DunningQueueItem = Type.Object({
  sellerId: Type.String(),
  customerId: Type.String(),
  customerName: Type.String(),
  caseId: NullableText,
  openedOn: NullableDay,
  suspendedOn: NullableDay,
  lastStep: NullableText,
  lastSentOn: NullableDay,
  lastPayBy: NullableDay,
  overdueCents: Cents,
  oldestDueOn: NullableDay,
  nextStep: Type.Union([Type.String(), Type.Null()], {
    description: 'The step the ladder gives next, `closed` when the case closes; null when none',
  }),
  nextDueOn: Type.Union([Day, Type.Null()], { description: 'The day the next step becomes due' }),
  dueNow: Type.Boolean({ description: 'The dunning run of the day takes it' }),
  because: Type.Array(Type.String()),
});

const Settlement = Type.Object({
  invoiceId: Type.String(),
  totalCents: Cents,
  paidCents: Cents,
  creditedCents: Cents,
  openCents: Cents,
  disputedCents: Cents,
  status: Type.Unsafe<string>({
    type: 'string',
    enum: ['draft', 'paid', 'partly-paid', 'open', 'credited', 'not-a-claim'],
  }),
  payments: Type.Array(
    Type.Object({
      paymentId: Type.String(),
      valueDate: Day,
      source: Type.String(),
      matchedBy: NullableText,
      component: Type.String(),
      amountCents: Cents,
      allocatedOn: Day,
      reversedOn: NullableDay,
    }),
  ),
});

export function billingWorkRoutes(server: HttpServer, app: App): void {
  const tags = ['billing'];
  const collections = ['collections'];

  server.get(
    '/back-office/billing/bill-runs',
    {
      schema: {
        tags,
        summary: 'Bill runs, newest quarter first, with their progress, a page at a time',
        description: 'sort: period, startedAt (when the run was started); order: asc (default) or desc.',
        querystring: Type.Object(
          {
            sellerId: pageQuery.sellerId,
            ...sortOf(BILL_RUN_SORTS),
            limit: pageQuery.limit,
            offset: pageQuery.offset,
          },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(BillRunSchema) },
      },
    },
    async (request) => {
      // A seller has four runs a year: the list is small, only the page goes out.
      const { sellerId, sort, order } = request.query;
      const runs = await listBillRuns(app.database.db, { sellerId, sort, order });
      const offset = request.query.offset ?? 0;
      return { items: runs.slice(offset, offset + (request.query.limit ?? 50)), total: runs.length };
    },
  );

  server.get(
    '/back-office/billing/invoices/:id/settlement',
    {
      schema: {
        tags,
        summary: 'How far an invoice is settled: paid, credited, disputed, still open, and what paid it',
        description:
          'Principal paid by payments still standing (a returned direct debit no longer counts); credit notes ' +
          'issued against it; what open disputes hold back (bit:9.5). Interest and costs are on the statement.',
        params: IdParams,
        response: { 200: Settlement },
      },
    },
    (request) => getInvoiceSettlement(app.database.db, request.params.id),
  );

  server.get(
    '/back-office/collections/unmatched-payments',
    {
      schema: {
        tags: collections,
        summary: 'The unmatched queue a page at a time, oldest first; search the payer, IBAN or remittance',
        description: 'sort: valueDate (the day the bank booked it), amount; order: asc (default) or desc.',
        querystring: Type.Object(
          { ...pageQuery, ...sortOf(UNMATCHED_SORTS) },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(UnmatchedItem) },
      },
    },
    (request) => listUnmatchedPage(app.database.db, request.query),
  );

  server.get(
    '/back-office/collections/disputes',
    {
      schema: {
        tags: collections,
        summary: 'Disputed parts of invoices, oldest first; search the invoice number or the customer',
        description: 'sort: openedOn, customer (the name), amount (disputed); order: asc (default) or desc.',
        querystring: Type.Object(
          {
            ...pageQuery,
            ...sortOf(DISPUTE_SORTS),
            state: Type.Optional(
              Type.Unsafe<(typeof DISPUTE_STATES)[number]>({ type: 'string', enum: [...DISPUTE_STATES] }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(DisputeItem) },
      },
    },
    (request) => listDisputePage(app.database.db, request.query),
  );

  server.get(
    '/back-office/collections/dunning-queue',
    {
      schema: {
        tags: collections,
        summary: 'The dunning queue on a day: open cases and overdue customers, the last and next step',
        description:
          'Each customer the daily dunning run reviews (an open case, or an issued invoice past its due date ' +
          'not settled), oldest due first, with the step the ladder of the terms profile gives next and the ' +
          'day it is due, worked out as the run would; nothing is written. Search the name or customer id. ' +
          'sort: dueOn (the oldest due date, else the day the case opened; the default), customer (the name), ' +
          'amount (the overdue principal less open disputes); order: asc (default) or desc.',
        querystring: Type.Object(
          {
            ...pageQuery,
            ...sortOf(DUNNING_QUEUE_SORTS),
            asOf: Type.Optional(Type.String({ format: 'date', description: 'Default: today' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: pageOf(DunningQueueItem) },
      },
    },
    (request) => {
      const { asOf, ...query } = request.query;
      return listDunningQueue(app.database.db, { ...query, asOf: optionalDate(asOf) ?? app.clock.today() });
    },
  );
}
