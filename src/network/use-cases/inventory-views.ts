import { Temporal } from 'temporal-polyfill';
import { operatorTimeZone } from '../../platform/clock.ts';
import type { Address } from '../../shared/identifiers/index.ts';
import type { CpeOwnership, CpeState, NapState } from '../rules/index.ts';
import type { CableRow, CpeRow, LinkRow, NapWithCable, PremisesRow } from '../store/inventory.ts';

/* The inventory as the API and the CLI show it: plain JSON, dates as YYYY-MM-DD, instants ISO 8601. */

export interface PageOf<T> {
  readonly items: T[];
  /** Every row that matches, on all pages. */
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface PremisesSummary {
  readonly id: string;
  readonly address: Address;
  readonly customerId: string | null;
  readonly createdAt: string;
}

export interface PremisesView extends PremisesSummary {
  readonly naps: NapView[];
  /** The switches at the premises: installed, or installed and due back. */
  readonly cpe: CpeView[];
}

export interface CableView {
  readonly id: string;
  /** The class of the repair-time table (vn:6.4.10). */
  readonly fiberCount: number;
  readonly description: string | null;
  readonly createdAt: string;
}

export interface NapView {
  readonly id: string;
  readonly premisesId: string;
  readonly cableId: string;
  /** The fiber count of the cable: the SLA class of vn:6.4.10. */
  readonly fiberCount: number;
  readonly fiber: number | null;
  readonly state: NapState;
  readonly activatedOn: string | null;
  readonly createdAt: string;
}

export interface CpeView {
  readonly id: string;
  readonly serialNumber: string;
  readonly model: string;
  readonly ports: number;
  readonly sticker: string;
  readonly state: CpeState;
  readonly ownership: CpeOwnership | null;
  readonly depositCents: number;
  readonly customerId: string | null;
  readonly contractId: string | null;
  readonly premisesId: string | null;
  readonly installedOn: string | null;
  readonly returnDueOn: string | null;
  readonly returnedOn: string | null;
  readonly damageShare: string | null;
  readonly returnRemindersSent: number;
  readonly depositSettlement: Record<string, unknown> | null;
  readonly createdAt: string;
}

export interface LinkView {
  readonly id: string;
  readonly customerId: string;
  readonly aNapId: string;
  /** The Z end: another NAP, or an external hand-off (vn:1.2.15); exactly one is set. */
  readonly zNapId: string | null;
  readonly zHandoff: string | null;
  readonly bandwidthMbps: number;
  readonly poolId: string;
  readonly vlan: number;
  readonly contractId: string | null;
  readonly createdAt: string;
  readonly endedOn: string | null;
}

export function premisesSummary(row: PremisesRow): PremisesSummary {
  return {
    id: row.id,
    address: row.address,
    customerId: row.customerId,
    createdAt: isoInstant(row.createdAt),
  };
}

export function cableView(row: CableRow): CableView {
  return {
    id: row.id,
    fiberCount: row.fiberCount,
    description: row.description,
    createdAt: isoInstant(row.createdAt),
  };
}

export function napView(row: NapWithCable): NapView {
  return {
    id: row.id,
    premisesId: row.premisesId,
    cableId: row.cableId,
    fiberCount: row.fiberCount,
    fiber: row.fiber,
    state: row.state,
    activatedOn: row.activatedOn,
    createdAt: isoInstant(row.createdAt),
  };
}

export function cpeView(row: CpeRow): CpeView {
  return {
    id: row.id,
    serialNumber: row.serialNumber,
    model: row.model,
    ports: row.ports,
    sticker: row.sticker,
    state: row.state,
    ownership: row.ownership,
    depositCents: row.depositCents,
    customerId: row.customerId,
    contractId: row.contractId,
    premisesId: row.premisesId,
    installedOn: row.installedOn,
    returnDueOn: row.returnDueOn,
    returnedOn: row.returnedOn,
    damageShare: row.damageShare,
    returnRemindersSent: row.returnRemindersSent,
    depositSettlement: row.depositSettlement,
    createdAt: isoInstant(row.createdAt),
  };
}

export function linkView(row: LinkRow): LinkView {
  return {
    id: row.id,
    customerId: row.customerId,
    aNapId: row.aNapId,
    zNapId: row.zNapId,
    zHandoff: row.zHandoff,
    bandwidthMbps: row.bandwidthMbps,
    poolId: row.poolId,
    vlan: row.vlan,
    contractId: row.contractId,
    createdAt: isoInstant(row.createdAt),
    endedOn: row.endedOn,
  };
}

/** An instant in ISO 8601; the drivers answer PostgreSQL's own text form ("2026-11-22 11:00:00+00"). */
export function isoInstant(text: string): string {
  return Temporal.Instant.from(text).toString();
}

/** The operator-local day an instant fell on. */
export function dayOf(text: string): Temporal.PlainDate {
  return Temporal.Instant.from(text).toZonedDateTimeISO(operatorTimeZone).toPlainDate();
}
