import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import { InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { accountStatement } from '../rules/account-statement.ts';
import type { AccountStatement } from '../rules/account-statement.ts';
import { openClaims } from '../rules/open-claims.ts';
import type { OpenClaim } from '../rules/open-claims.ts';
import { accountFacts } from '../store/account.ts';
import { findCustomer, sellerWithTerms } from '../store/parties.ts';
import { interestKindOf } from './allocate-payments.ts';

export interface CustomerAccount extends AccountStatement {
  readonly sellerId: string;
  readonly customerId: string;
  readonly customerName: string;
  /** What is open per claim on `asOf`, with its interest and disputed part. */
  readonly openClaims: OpenClaim[];
}

/** A customer's account with a seller on a day: the statement with its running balance, and what is open. */
export async function getAccountStatement(
  context: Pick<Context, 'db'>,
  query: { sellerId: string; customerId: string; asOf: Temporal.PlainDate },
): Promise<CustomerAccount> {
  const { profile } = await sellerWithTerms(context.db, query.sellerId);
  const customer = await findCustomer(context.db, query.customerId);
  if (!customer) throw new NotFoundError('customer', query.customerId);
  if (!query.asOf) throw new InvalidInputError('asOf', 'is required (YYYY-MM-DD)');
  const facts = await accountFacts(context.db, query.sellerId, customer.id);
  const open = openClaims(facts, query.asOf, interestKindOf(profile, customer.kind));
  return {
    sellerId: query.sellerId,
    customerId: customer.id,
    customerName: customer.legalName,
    ...accountStatement(facts, open, query.asOf),
    openClaims: open,
  };
}
