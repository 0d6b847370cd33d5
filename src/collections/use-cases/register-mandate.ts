import { Temporal } from 'temporal-polyfill';
import { sepaIdentifier, sepaText } from '../../documents/sepa-text.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, FieldChecks, isBlank } from '../../shared/errors/index.ts';
import { iban } from '../../shared/identifiers/index.ts';
import { activeMandateOf, findSeller, insertMandate } from '../store/direct-debits.ts';
import { findCustomer } from '../store/parties.ts';
import { mandateView } from './mandate-view.ts';
import type { MandateView } from './mandate-view.ts';

export interface RegisterMandate {
  /** The mandate reference the customer signed (the UMR): at most 35 SEPA characters, no spaces. */
  readonly id: string;
  readonly sellerId: string;
  readonly customerId: string;
  readonly scheme: 'CORE' | 'B2B';
  readonly iban: string;
  /** The account holder as the bank knows them. */
  readonly debtorName: string;
  readonly signedOn: Temporal.PlainDate;
}

/**
 * Records a signed SEPA direct-debit mandate. B2B mandates are for businesses only (EPC SDD B2B
 * rulebook: the debtor is not a consumer). One mandate per customer and seller is in force at a time:
 * a new one (another account) comes after revoking the old.
 */
export async function registerMandate(context: Context, input: RegisterMandate): Promise<MandateView> {
  return context.db.transaction(async (tx) => {
    const checks = new FieldChecks();
    const id = checks.check(() => sepaIdentifier(input.id, 'id'));
    const account = checks.check(() => iban(input.iban, 'iban'));
    checks.check(() => sepaText(input.debtorName, 'debtorName', 70));
    if (input.scheme !== 'CORE' && input.scheme !== 'B2B')
      checks.add('scheme', `must be CORE or B2B, not ${String(input.scheme)}`);
    checkSignedOn(checks, input.signedOn, context.clock.today());
    const seller = isBlank(input.sellerId) ? undefined : await findSeller(tx, input.sellerId);
    if (!seller)
      checks.add('sellerId', isBlank(input.sellerId) ? 'is required' : `no seller '${input.sellerId}'`);
    const customer = isBlank(input.customerId) ? undefined : await findCustomer(tx, input.customerId);
    if (!customer)
      checks.add(
        'customerId',
        isBlank(input.customerId) ? 'is required' : `no customer '${input.customerId}'`,
      );
    else if (input.scheme === 'B2B' && customer.kind !== 'business')
      checks.add('scheme', `B2B is for business customers only; ${customer.id} is a consumer: use CORE`);
    checks.throwIfAny();
    const inForce = await activeMandateOf(tx, seller!.id, customer!.id);
    if (inForce)
      throw new ConflictError(
        `${customer!.id} already has mandate ${inForce.id} with ${seller!.id} in force; revoke it before registering another`,
      );
    const row = await insertMandate(tx, {
      id: id!,
      sellerId: seller!.id,
      customerId: customer!.id,
      scheme: input.scheme,
      iban: account!,
      debtorName: input.debtorName.trim(),
      signedOn: input.signedOn.toString(),
    });
    if (!row) throw new ConflictError(`a mandate with id ${id!} is already registered`);
    await auditChange(tx, context, {
      action: 'mandate.registered',
      subject: { type: 'mandate', id: row.id },
      details: {
        customerId: row.customerId,
        sellerId: row.sellerId,
        scheme: row.scheme,
        signedOn: row.signedOn,
      },
    });
    return mandateView(row);
  });
}

function checkSignedOn(checks: FieldChecks, signedOn: unknown, today: Temporal.PlainDate): void {
  if (!(signedOn instanceof Temporal.PlainDate)) checks.add('signedOn', 'is required (YYYY-MM-DD)');
  else if (Temporal.PlainDate.compare(signedOn, today) > 0)
    checks.add('signedOn', `${signedOn.toString()} is in the future: a mandate is registered once signed`);
}
