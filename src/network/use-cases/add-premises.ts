import { customerExists } from '../../customers/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { address } from '../../shared/identifiers/index.ts';
import type { AddressInput } from '../../shared/identifiers/index.ts';
import { insertPremises } from '../store/inventory.ts';
import { InputChecks } from './inventory-input.ts';
import { premisesSummary } from './inventory-views.ts';
import type { PremisesView } from './inventory-views.ts';

export interface AddPremises {
  readonly address: AddressInput;
  /** The customer at the address, when known. */
  readonly customerId?: string | null;
}

/** Records a premises: an address where the network can reach a customer. */
export async function addPremises(context: Context, input: AddPremises): Promise<PremisesView> {
  const checks = new InputChecks();
  const where = checks.read(() => address(input.address, 'address'));
  const customerId = checks.text(input.customerId, 'customerId', false) ?? null;
  checks.throwIfAny();
  return context.db.transaction(async (tx) => {
    if (customerId !== null && !(await customerExists(tx, customerId)))
      throw new InvalidInputError('customerId', `no customer '${customerId}'`);
    const row = await insertPremises(tx, {
      address: where!,
      customerId,
      createdAt: context.clock.now().toString(),
    });
    await auditChange(tx, context, {
      action: 'premises.added',
      subject: { type: 'premises', id: row.id },
      details: { address: { ...row.address }, customerId },
    });
    // A new premises has no NAPs or switches yet.
    return { ...premisesSummary(row), naps: [], cpe: [] };
  });
}
