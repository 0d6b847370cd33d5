import { Type } from 'typebox';
import type { App } from '../../app.ts';
import {
  createDirectDebitBatch,
  createRefundBatch,
  getBankFile,
  listMandates,
  registerMandate,
  revokeMandate,
} from '../../collections/index.ts';
import { parsePlainDate } from '../../shared/calendar/index.ts';
import { optionalDate } from '../optional-date.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';
import {
  BankFileParams,
  CustomerIdParams,
  DirectDebitBatchBody,
  DirectDebitBatchSchema,
  MandateIdParams,
  MandateSchema,
  RefundBatchBody,
  RefundBatchSchema,
  RegisterMandateBody,
  RevokeMandateBody,
  SellerIdParams,
} from './direct-debits-schemas.ts';

const tags = ['direct debits and refunds'];

/** SEPA direct-debit mandates, pain.008 collection batches, pain.001 refund batches and the files made. */
export function directDebitRoutes(server: HttpServer, app: App): void {
  server.post(
    '/mandates',
    {
      schema: {
        tags,
        summary: 'Register a signed SEPA direct-debit mandate (CORE, or B2B for a business)',
        description:
          'The id is the mandate reference the customer signed: at most 35 SEPA characters, no spaces. The ' +
          'signature date may not be in the future. One mandate per customer and seller is in force at a time.',
        body: RegisterMandateBody,
        response: { 201: MandateSchema },
      },
    },
    async (request, reply) => {
      const { signedOn, ...rest } = request.body;
      const mandate = await registerMandate(contextOf(app, request), {
        ...rest,
        signedOn: parsePlainDate(signedOn),
      });
      return reply.status(201).send(mandate);
    },
  );

  server.post(
    '/mandates/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke a mandate: no collection under it from that day',
        params: MandateIdParams,
        body: RevokeMandateBody,
        response: { 200: MandateSchema },
      },
    },
    (request) =>
      revokeMandate(contextOf(app, request), {
        mandateId: request.params.id,
        on: optionalDate(request.body.on),
      }),
  );

  server.get(
    '/customers/:id/mandates',
    {
      schema: {
        tags,
        summary: "A customer's mandates, the latest signed first",
        params: CustomerIdParams,
        response: { 200: Type.Array(MandateSchema) },
      },
    },
    (request) => listMandates(app.database, request.params.id),
  );

  server.post(
    '/sellers/:sellerId/direct-debit-batches',
    {
      schema: {
        tags,
        summary: 'Make the pain.008 file of the direct debits due on a collection date',
        description:
          'Every open invoice of a customer with a mandate in force that is not being collected already, for ' +
          'its open principal less any disputed part (bit:9.5); FRST for the first collection of a mandate, ' +
          'RCUR after, FRST again after a returned first. 201 with the file; 200 with `file: null` when there ' +
          'is nothing (more) to collect — running it twice for a day collects nothing twice.',
        params: SellerIdParams,
        body: DirectDebitBatchBody,
        response: { 200: DirectDebitBatchSchema, 201: DirectDebitBatchSchema },
      },
    },
    async (request, reply) => {
      const batch = await createDirectDebitBatch(contextOf(app, request), {
        sellerId: request.params.sellerId,
        collectionDate: parsePlainDate(request.body.collectionDate),
        creditorId: request.body.creditorId,
      });
      return reply.status(batch.file ? 201 : 200).send(batch);
    },
  );

  server.post(
    '/sellers/:sellerId/refund-batches',
    {
      schema: {
        tags,
        summary:
          'Make the pain.001 file of the refunds due: settled switch deposits (vn:7.2.2) and credit left on accounts',
        description:
          "Each deposit once, and each customer's credit (after it paid open claims) in one transfer, to the " +
          "customer's IBAN or its mandate's; those without an account are listed as skipped. 201 with the " +
          'file; 200 with `file: null` when no refund is due.',
        params: SellerIdParams,
        body: RefundBatchBody,
        response: { 200: RefundBatchSchema, 201: RefundBatchSchema },
      },
    },
    async (request, reply) => {
      const batch = await createRefundBatch(contextOf(app, request), {
        sellerId: request.params.sellerId,
        executionDate: optionalDate(request.body.executionDate),
      });
      return reply.status(batch.file ? 201 : 200).send(batch);
    },
  );

  server.get(
    '/bank-files/:id',
    {
      schema: {
        tags,
        summary: 'A pain.008 or pain.001 file made for the bank, as the XML to upload',
        params: BankFileParams,
        response: {
          200: {
            description: 'The XML file',
            content: { 'application/xml': { schema: Type.String() } },
          },
        },
      },
    },
    async (request, reply) => {
      const file = await getBankFile(app.database, request.params.id);
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.id}-${file.kind}.xml"`)
        .send(file.xml);
    },
  );
}
