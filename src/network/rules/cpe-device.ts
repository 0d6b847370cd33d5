import { Temporal } from 'temporal-polyfill';
import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';

/**
 * vn:2.1.8: a switch the operator lends or rents out stays the operator's, whatever happens; a sold
 * one passes to the customer (the ban on other repairers and on removing the sticker, vn:2.1.9 and
 * vn:2.1.10, holds for all three).
 */
export const CPE_OWNERSHIPS = ['lent', 'rented', 'sold'] as const;
export type CpeOwnership = (typeof CPE_OWNERSHIPS)[number];

export type CpeOwnerFigures = {
  readonly ownership: CpeOwnership;
  /** vn:1.6.5: what the operator made available comes back when the contract ends; a sold one does not. */
  readonly returnOnEnd: boolean;
};

export function cpeOwner(ownership: CpeOwnership): Explanation<'operator' | 'customer', CpeOwnerFigures> {
  const operatorKeepsIt = ownership !== 'sold';
  return explain(
    operatorKeepsIt ? 'operator' : 'customer',
    operatorKeepsIt ? ['vn:2.1.8', 'vn:1.6.5'] : ['vn:2.1.8'],
    {
      ownership,
      returnOnEnd: operatorKeepsIt,
    },
  );
}

/** A switch is in stock, installed at one premises, due back after the contract ended, back, or lost. */
export const CPE_STATES = ['in-stock', 'installed', 'return-due', 'returned', 'lost'] as const;
export type CpeState = (typeof CPE_STATES)[number];

/**
 * The moves a switch can make. Installed → returned is the operator taking a switch back itself (a
 * swap for repair, vn:2.1.9) without a return period; returned → in-stock puts it back on the shelf.
 * Lost is final: a switch that turns up after its loss was settled (vn:7.2.4) is booked in anew.
 */
export const CPE_TRANSITIONS: { readonly [S in CpeState]: readonly CpeState[] } = {
  'in-stock': ['installed', 'lost'],
  installed: ['return-due', 'returned', 'lost'],
  'return-due': ['returned', 'lost'],
  returned: ['in-stock'],
  lost: [],
};

export interface CpeDeviceFacts {
  readonly id: string;
  readonly state: CpeState;
  /** Null while the switch is in stock and not yet promised to anyone. */
  readonly ownership: CpeOwnership | null;
}

/** `to` when the switch may move there; else a ConflictError saying where it may go. */
export function nextCpeState(device: CpeDeviceFacts, to: CpeState): CpeState {
  const why = blocked(device, to);
  if (why === null) return to;
  const allowed = CPE_TRANSITIONS[device.state].filter((state) => blocked(device, state) === null);
  throw new ConflictError(
    `cannot move switch ${device.id} from ${device.state} to ${to}: ${why}. Allowed now: ${allowed.length > 0 ? allowed.join(', ') : 'nothing'}`,
  );
}

function blocked(device: CpeDeviceFacts, to: CpeState): string | null {
  if (!CPE_TRANSITIONS[device.state].includes(to)) {
    return device.state === 'lost' ? 'a lost switch stays lost' : `${device.state} does not lead to ${to}`;
  }
  if (to === 'installed' && device.ownership === null) {
    return 'say first whether it is lent, rented or sold (vn:2.1.8)';
  }
  if (to === 'return-due' && device.ownership === 'sold') {
    return 'a sold switch is the customer’s and is not returned (vn:2.1.8, vn:1.6.5)';
  }
  return null;
}

export type RiskFigures = {
  readonly installedOn: string | null;
  readonly deliveredOn: string | null;
  readonly passedAt: 'installation' | 'delivery';
};

/**
 * vn:2.1.12: the risk of loss, theft and damage passes to the customer at installation or, for a
 * switch handed over without installation, at delivery: whichever came first.
 */
export function riskPassesOn(
  installedOn: Temporal.PlainDate | null,
  deliveredOn: Temporal.PlainDate | null = null,
): Explanation<Temporal.PlainDate, RiskFigures> {
  const [day, passedAt] = firstHandOver(installedOn, deliveredOn);
  return explain(day, ['vn:2.1.12'], {
    installedOn: installedOn?.toString() ?? null,
    deliveredOn: deliveredOn?.toString() ?? null,
    passedAt,
  });
}

function firstHandOver(
  installedOn: Temporal.PlainDate | null,
  deliveredOn: Temporal.PlainDate | null,
): [Temporal.PlainDate, RiskFigures['passedAt']] {
  if (
    deliveredOn !== null &&
    (installedOn === null || Temporal.PlainDate.compare(deliveredOn, installedOn) < 0)
  ) {
    return [deliveredOn, 'delivery'];
  }
  if (installedOn !== null) return [installedOn, 'installation'];
  throw new InvalidInputError(
    'installedOn',
    'the switch was neither installed nor delivered: the risk has not passed',
  );
}
