import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { App } from '../../app.ts';
import {
  assignPayment,
  getAccountStatement,
  getPayment,
  importBankStatement,
  listUnmatchedPayments,
  recordComplaint,
  recordPayment,
  renderAccountStatement,
  resolveDispute,
  statementCsv,
} from '../../collections/index.ts';
import { parsePlainDate } from '../../shared/calendar/index.ts';
import { optionalDate } from '../optional-date.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import {
  AccountStatementSchema,
  AssignPaymentBody,
  BankImportSchema,
  ComplaintAnswer,
  DisputeSchema,
  PaymentIdParams,
  PaymentSchema,
  RecordComplaintBody,
  SellerParams,
  RecordPaymentBody,
  ResolveDisputeBody,
  StatementParams,
  StatementQuery,
  UnmatchedQuery,
} from './collections-schemas.ts';

const tags = ['collections'];
const MAX_BANK_FILE = 50 * 1024 * 1024;

/** Money in: payments by hand and from bank files, the unmatched queue, account statements, complaints. */
export function collectionRoutes(server: HttpServer, app: App): void {
  server.post(
    '/payments',
    {
      schema: {
        tags,
        summary: 'Record a payment by hand; it is allocated at once',
        description:
          'The value date is the payment date (bit:11.3). Allocation follows the terms: under bit:11.4 costs and ' +
          'interest first, then the oldest invoices; otherwise the invoice named, then nl:6:43, and within a claim ' +
          'costs, interest, principal (nl:6:44). What no claim takes stays as credit, used first next time.',
        body: RecordPaymentBody,
        response: { 201: PaymentSchema },
      },
    },
    async (request, reply) => {
      const { valueDate, ...rest } = request.body;
      const payment = await recordPayment(contextOf(app, request), {
        ...rest,
        valueDate: parsePlainDate(valueDate),
      });
      return reply.status(201).send(payment);
    },
  );

  server.get(
    '/payments/unmatched',
    {
      schema: {
        tags,
        summary: 'The unmatched queue: bank payments no customer was found for',
        querystring: UnmatchedQuery,
        response: { 200: Type.Array(PaymentSchema) },
      },
    },
    (request) => listUnmatchedPayments(app.database, request.query.sellerId),
  );

  server.get(
    '/payments/:id',
    {
      schema: {
        tags,
        summary: 'One payment with its allocations',
        params: PaymentIdParams,
        response: { 200: PaymentSchema },
      },
    },
    (request) => getPayment(app.database, request.params.id),
  );

  server.post(
    '/payments/:id/assign',
    {
      schema: {
        tags,
        summary: 'Resolve an unmatched payment: name its customer (and invoice); it is allocated at once',
        params: PaymentIdParams,
        body: AssignPaymentBody,
        response: { 200: PaymentSchema },
      },
    },
    (request) => assignPayment(contextOf(app, request), { paymentId: request.params.id, ...request.body }),
  );

  void server.register(async (plain) => {
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    scope.addContentTypeParser(
      ['application/xml', 'text/xml'],
      { parseAs: 'buffer', bodyLimit: MAX_BANK_FILE },
      (_request, body, done) => done(null, body),
    );
    scope.post(
      '/sellers/:sellerId/bank-statements',
      {
        bodyLimit: MAX_BANK_FILE,
        schema: {
          tags,
          summary: 'Import a CAMT.053 statement or a CAMT.054 notification (application/xml)',
          description:
            "The account must be a seller's. Credits become payments dated by their value date (bit:11.3), " +
            'matched by payment reference, invoice number, end-to-end id, the payer’s IBAN or a unique amount, and ' +
            'allocated; the rest waits in the unmatched queue. Direct-debit returns and reversals undo the ' +
            'allocation and reopen the invoice. The same file, or an entry already imported, adds nothing. A ' +
            'malformed file is refused with where it went wrong, and changes nothing.',
          params: SellerParams,
          response: { 200: BankImportSchema },
        },
      },
      (request) => {
        // A JSON body (or none) reaches here too; only the XML parser gives a file.
        if (!Buffer.isBuffer(request.body)) {
          throw new InvalidInputError('body', 'must be a CAMT.053 or CAMT.054 file sent as application/xml');
        }
        return importBankStatement(contextOf(app, request), {
          sellerId: request.params.sellerId,
          file: request.body,
        });
      },
    );
  });

  server.get(
    '/sellers/:sellerId/customers/:customerId/statement',
    {
      schema: {
        tags,
        summary:
          "A customer's account statement with a seller: every item with a running balance (JSON, CSV or PDF)",
        description:
          "`format=csv` answers text/csv; `format=pdf` an A4 PDF (application/pdf) in the customer's language.",
        params: StatementParams,
        querystring: StatementQuery,
        response: {
          200: {
            description: 'The statement as JSON, or the file the format asks for',
            content: {
              'application/json': { schema: AccountStatementSchema },
              'text/csv': { schema: Type.String() },
              'application/pdf': { schema: Type.Unsafe<Buffer>(Type.String({ format: 'binary' })) },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const query = { ...request.params, asOf: optionalDate(request.query.asOf) ?? app.clock.today() };
      if (request.query.format === 'pdf') {
        const pdf = await renderAccountStatement(app.database, query);
        return reply
          .type('application/pdf')
          .header(
            'content-disposition',
            `inline; filename="statement-${query.customerId}-${query.asOf.toString()}.pdf"`,
          )
          .send(pdf);
      }
      const statement = await getAccountStatement(app.database, query);
      if (request.query.format !== 'csv') return statement;
      const csv = statementCsv(statement);
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="statement-${statement.customerId}-${statement.asOf}.csv"`,
        )
        .serializer(() => csv)
        .send(statement);
    },
  );

  server.post(
    '/complaints',
    {
      schema: {
        tags,
        summary:
          'Record a complaint about a delivery or an invoice; an invoice complaint may dispute part of it',
        description:
          'The deadline follows bit:9.1 (3 working days after delivery) and bit:9.2 (14 working days after the ' +
          'invoice date) in Dutch working days (nl:workdays); a later one is recorded but out of time (bit:9.3). ' +
          'A disputed part leaves reminders, interest and collection costs until resolved (bit:9.5).',
        body: RecordComplaintBody,
        response: { 201: ComplaintAnswer },
      },
    },
    async (request, reply) => {
      const { receivedOn, deliveredOn, ...rest } = request.body;
      const answer = await recordComplaint(contextOf(app, request), {
        ...rest,
        receivedOn: parsePlainDate(receivedOn),
        deliveredOn: optionalDate(deliveredOn),
      });
      return reply.status(201).send(answer);
    },
  );

  server.post(
    '/disputes/:id/resolve',
    {
      schema: {
        tags,
        summary: 'Resolve a dispute: credit the disputed lines, or uphold the invoice',
        params: PaymentIdParams,
        body: ResolveDisputeBody,
        response: { 200: DisputeSchema },
      },
    },
    (request) =>
      resolveDispute(contextOf(app, request), {
        disputeId: request.params.id,
        ...request.body,
        on: optionalDate(request.body.on) ?? app.clock.today(),
      }),
  );
}
