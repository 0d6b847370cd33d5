import type { Temporal } from 'temporal-polyfill';
import { renderAccountStatementPdf } from '../../documents/account-statement-pdf.ts';
import type { Context } from '../../platform/context.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { findCustomer, sellerWithTerms } from '../store/parties.ts';
import { getAccountStatement } from './get-account-statement.ts';

/** A customer's account statement with a seller on a day as an A4 PDF, in the customer's language. */
export async function renderAccountStatement(
  context: Pick<Context, 'db'>,
  query: { sellerId: string; customerId: string; asOf: Temporal.PlainDate },
): Promise<Buffer> {
  const statement = await getAccountStatement(context, query);
  const { seller } = await sellerWithTerms(context.db, query.sellerId);
  const customer = await findCustomer(context.db, query.customerId);
  if (!customer) throw new NotFoundError('customer', query.customerId);
  return renderAccountStatementPdf(
    statement,
    {
      seller: {
        legalName: seller.legalName,
        address: seller.address,
        kvkNumber: seller.kvkNumber,
        vatId: seller.vatId,
        iban: seller.iban,
        bic: seller.bic,
        email: seller.email,
      },
      customer: {
        legalName: customer.legalName,
        address: customer.billingAddress,
        customerNumber: customer.id,
      },
    },
    customer.language,
  );
}
