import type { App } from '../../app.ts';
import { getInvoice, issueCreditNote, listInvoices } from '../../billing/index.ts';
import type { InvoiceView } from '../../billing/index.ts';
import { renderInvoicePdf, renderInvoiceUbl } from '../../documents/index.ts';
import { ConflictError } from '../../shared/errors/index.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';
import {
  CreditNoteBody,
  IdParams,
  InvoiceListQuery,
  InvoicePageSchema,
  InvoiceSchema,
  fileResponse,
} from './billing-schemas.ts';

const tags = ['billing'];

/** Invoices and credit notes: as JSON, as the PDF the customer reads and as the UBL e-invoice. */
export function invoiceRoutes(server: HttpServer, app: App): void {
  server.get(
    '/invoices',
    {
      schema: {
        tags,
        summary: 'Invoices and credit notes, newest first, without their lines, a page at a time',
        description:
          'sort: issuedOn, dueOn, number, total, customer; order: asc or desc (default asc with a sort). ' +
          'Without a sort the newest made come first. Ties are broken by the id, so pages do not overlap.',
        querystring: InvoiceListQuery,
        response: { 200: InvoicePageSchema },
      },
    },
    (request) => listInvoices(app.database.db, request.query),
  );

  server.get(
    '/invoices/:id',
    {
      schema: {
        tags,
        summary: 'One invoice or credit note with its lines, VAT per rate and the rule ids behind them',
        params: IdParams,
        response: { 200: InvoiceSchema },
      },
    },
    (request) => getInvoice(app.database.db, request.params.id),
  );

  server.get(
    '/invoices/:id/pdf',
    {
      schema: {
        tags,
        summary:
          'The invoice as the customer reads it (A4 PDF in its language); a draft says so on every page',
        params: IdParams,
        response: fileResponse('application/pdf', 'The PDF'),
      },
    },
    async (request, reply) => {
      const invoice = await getInvoice(app.database.db, request.params.id);
      const pdf = await renderInvoicePdf(invoice);
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `inline; filename="${fileNameOf(invoice)}.pdf"`)
        .send(pdf);
    },
  );

  server.get(
    '/invoices/:id/ubl',
    {
      schema: {
        tags,
        summary: 'The e-invoice: UBL 2.1 per Peppol BIS Billing 3.0 (nl:peppol); 409 for a draft',
        description: 'A draft has no number and no issue date yet, so it has no e-invoice: issue it first.',
        params: IdParams,
        response: fileResponse('application/xml', 'The UBL Invoice or CreditNote document'),
      },
    },
    async (request, reply) => {
      const invoice = await getInvoice(app.database.db, request.params.id);
      if (invoice.state !== 'issued')
        throw new ConflictError(
          `${invoice.id} is a draft: an e-invoice needs the number it gets when issued`,
        );
      return reply
        .type('application/xml; charset=utf-8')
        .header('Content-Disposition', `inline; filename="${fileNameOf(invoice)}.xml"`)
        .send(renderInvoiceUbl(invoice));
    },
  );

  server.post(
    '/invoices/:id/credit-notes',
    {
      schema: {
        tags,
        summary: 'Correct an issued invoice with a credit note, for some or all of its lines (nl:vat)',
        description:
          'The credit note names the invoice it corrects, credits the lines at the rates they were billed at, ' +
          'and is numbered (in the credit-note series when the seller has one) and issued at once, dated ' +
          'today. A line is credited once: a second credit of it is a 409. A draft is not credited (409).',
        params: IdParams,
        body: CreditNoteBody,
        response: { 201: InvoiceSchema },
      },
    },
    async (request, reply) => {
      const credit = await issueCreditNote(contextOf(app, request), {
        invoiceId: request.params.id,
        ...request.body,
      });
      return reply.status(201).send(credit);
    },
  );
}

/** The number once issued, the id of a draft: letters, digits and dashes, safe in a header. */
function fileNameOf(invoice: InvoiceView): string {
  return (invoice.number ?? invoice.id).replace(/[^A-Za-z0-9._-]/g, '_');
}
