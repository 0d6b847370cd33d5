import type { DepositSetOff, SettledDevice } from '../../network/index.ts';
import type { Context } from '../../platform/context.ts';
import { openClaims } from '../rules/open-claims.ts';
import { accountFacts } from '../store/account.ts';
import { findCustomer, sellerOfContract, sellerWithTerms } from '../store/parties.ts';
import { insertPayment } from '../store/payments.ts';
import { allocatePayments, interestKindOf } from './allocate-payments.ts';

/**
 * vn:7.2.3: the deposit of a switch may be set off against the customer's open claims with the seller
 * of its contract — all of them, as on the end every claim falls due at once (vn:1.6.6) — but not
 * against a disputed part (bit:9.5). The amount set off is booked as a payment and allocated as any.
 */
export function depositSetOff(context: Pick<Context, 'clock' | 'actor'>): DepositSetOff {
  return {
    async openClaimsCents(tx, device, on) {
      const account = await accountOf(tx, device);
      if (!account?.profile.equipment?.depositSetOffAllowed) return 0;
      // Credit already on the account pays first, as in a dunning step: only what is still owed is
      // set off, else the deposit would stay behind as credit instead of being refunded.
      await allocateAccount(tx, account);
      const open = openClaims(
        await accountFacts(tx, account.sellerId, account.customer.id),
        on,
        account.interestKind,
      );
      return open.reduce(
        (total, claim) =>
          total + claim.costsCents + claim.interestCents + claim.principalCents - claim.disputedCents,
        0,
      );
    },
    async book(tx, device, on, setOffCents) {
      const account = await accountOf(tx, device);
      if (!account) return;
      await insertPayment(tx, {
        sellerId: account.sellerId,
        customerId: account.customer.id,
        source: 'deposit-set-off',
        amountCents: setOffCents,
        valueDate: on.toString(),
        remittance: `Deposit of ${device.id} set off against open claims (vn:7.2.3)`,
        matchedBy: 'deposit',
        recordedAt: context.clock.now().toString(),
        recordedBy: context.actor.id,
      });
      await allocateAccount(tx, account);
    },
  };
}

type Account = NonNullable<Awaited<ReturnType<typeof accountOf>>>;

function allocateAccount(tx: Context['db'], account: Account): Promise<number> {
  return allocatePayments(tx, {
    sellerId: account.sellerId,
    customerId: account.customer.id,
    customerKind: account.customer.kind,
    profile: account.profile,
  });
}

async function accountOf(tx: Context['db'], device: SettledDevice) {
  if (!device.customerId || !device.contractId) return undefined;
  const sellerId = await sellerOfContract(tx, device.contractId);
  const customer = await findCustomer(tx, device.customerId);
  if (!sellerId || !customer) return undefined;
  const { profile } = await sellerWithTerms(tx, sellerId);
  return { sellerId, customer, profile, interestKind: interestKindOf(profile, customer.kind) };
}
