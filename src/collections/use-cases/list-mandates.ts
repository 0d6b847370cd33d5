import type { Context } from '../../platform/context.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { mandatesOfCustomer } from '../store/direct-debits.ts';
import { findCustomer } from '../store/parties.ts';
import { mandateView } from './mandate-view.ts';
import type { MandateView } from './mandate-view.ts';

/** A customer's mandates with every seller, the latest signed first, revoked ones too. */
export async function listMandates(context: Pick<Context, 'db'>, customerId: string): Promise<MandateView[]> {
  if (!(await findCustomer(context.db, customerId))) throw new NotFoundError('customer', customerId);
  return (await mandatesOfCustomer(context.db, customerId)).map(mandateView);
}
