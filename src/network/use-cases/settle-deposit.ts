import type { Temporal } from 'temporal-polyfill';
import { dayOfRecord } from '../../contracts/rules/day-of-record.ts';
import { notifyCustomer } from '../../notifications/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { formatEuro, parseAmount } from '../../shared/money/index.ts';
import { depositRefund } from '../rules/deposit-refund.ts';
import type { DepositRefundFigures } from '../rules/deposit-refund.ts';
import { findCpeForUpdate, recordDepositSettlement } from '../store/endings.ts';

export interface SettleDeposit {
  readonly cpeId: string;
  /** vn:7.2.3: the customer's open claims the deposit is set off against, in cents. Default 0. */
  readonly openClaimsCents?: number;
  readonly on?: Temporal.PlainDate;
}

/**
 * How the deposit meets the customer's open claims (vn:7.2.3), supplied by collections: both run in
 * the settlement's transaction, so the set-off is booked exactly when the deposit is settled.
 */
export interface DepositSetOff {
  /** The customer's open claims on the day that the deposit may be set off against. */
  openClaimsCents(tx: Context['db'], device: SettledDevice, on: Temporal.PlainDate): Promise<number>;
  /** Books the amount set off as a payment of those claims. */
  book(tx: Context['db'], device: SettledDevice, on: Temporal.PlainDate, setOffCents: number): Promise<void>;
}

export interface SettledDevice {
  readonly id: string;
  readonly customerId: string | null;
  readonly contractId: string | null;
}

export interface DepositSettlement extends DepositRefundFigures {
  readonly cpeId: string;
  readonly settledOn: string;
  readonly refundCents: number;
  readonly because: string[];
}

/**
 * Settles a switch's deposit once the switch is back or written off (vn:7.2.2-7.2.4): the refund is
 * the deposit less the damage share less the open claims, never below zero; the customer is told the
 * amount. Once only: a second settlement of the same device is refused.
 */
export async function settleDeposit(
  context: Context,
  input: SettleDeposit,
  setOff?: DepositSetOff,
): Promise<DepositSettlement> {
  const on = dayOfRecord('on', input.on, context.clock.today());
  return context.db.transaction(async (tx) => {
    const device = await findCpeForUpdate(tx, input.cpeId);
    if (!device) throw new NotFoundError('CPE device', input.cpeId);
    if (device.depositSettlement) {
      throw new ConflictError(
        `the deposit of ${device.id} was settled on ${String(device.depositSettlement.settledOn)}`,
      );
    }
    if (device.state !== 'returned' && device.state !== 'lost') {
      throw new ConflictError(
        `the deposit of ${device.id} is settled after the switch is returned or written off as lost; it is ${device.state}`,
      );
    }
    // A figure the clerk gives wins; otherwise collections looks the claims up and books the set-off.
    const booksSetOff = input.openClaimsCents === undefined && setOff !== undefined;
    const openClaims = booksSetOff
      ? await setOff.openClaimsCents(tx, device, on)
      : (input.openClaimsCents ?? 0);
    const refund = depositRefund({
      deposit: device.depositCents,
      // A lost switch forfeits the whole deposit (vn:7.2.4).
      damageShare: device.state === 'lost' ? '1' : (device.damageShare ?? '0'),
      openClaims,
    });
    const settlement: DepositSettlement = {
      cpeId: device.id,
      settledOn: on.toString(),
      refundCents: refund.value,
      because: [...refund.because],
      ...refund.figures,
    };
    await recordDepositSettlement(tx, device.id, { ...settlement });
    const setOffCents = parseAmount(refund.figures.setOff, 'setOff');
    if (booksSetOff && setOffCents > 0) await setOff.book(tx, device, on, setOffCents);
    if (device.customerId) {
      await notifyCustomer(tx, context, device.customerId, ['billing', 'primary'], {
        kind: 'deposit-settled',
        about: `cpe:${device.id}`,
        subject: `Your switch deposit: ${formatEuro(refund.value)} to be refunded`,
        body:
          `The deposit of ${formatEuro(device.depositCents)} for switch ${device.serialNumber} is settled: ` +
          `${formatEuro(refund.value)} is refunded to your bank account (vn:7.2.2). Forfeited for damage or ` +
          `loss: € ${refund.figures.forfeited} (vn:7.2.4); set off against open claims: € ${refund.figures.setOff} (vn:7.2.3).`,
        because: [...refund.because],
      });
    }
    await auditChange(tx, context, {
      action: 'cpe.deposit-settled',
      subject: { type: 'cpe', id: device.id },
      details: { ...settlement },
    });
    return settlement;
  });
}
