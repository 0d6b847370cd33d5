import type { Db } from '../../platform/database/index.ts';
import { countsOfCustomer, sellersOfCustomer } from '../customer-overview-store.ts';
import type { CustomerCountsRow, CustomerSellerRow } from '../customer-overview-store.ts';
import { getCustomer } from './get-customer.ts';
import type { CustomerView } from './get-customer.ts';

export interface CustomerOverview {
  readonly customer: CustomerView;
  /** The sellers it deals with; its account statement is kept per seller. */
  readonly sellers: CustomerSellerRow[];
  readonly counts: CustomerCountsRow;
}

/** The header of the customer page in one read: the customer, its sellers and how much it has of each. */
export async function getCustomerOverview(db: Db, customerId: string): Promise<CustomerOverview> {
  const customer = await getCustomer(db, customerId);
  return {
    customer,
    sellers: await sellersOfCustomer(db, customerId),
    counts: await countsOfCustomer(db, customerId),
  };
}
