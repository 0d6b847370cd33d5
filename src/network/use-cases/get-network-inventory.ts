import type { Db } from '../../platform/database/index.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { CPE_STATES } from '../rules/index.ts';
import type { CpeState } from '../rules/index.ts';
import {
  cpeAtPremises,
  findCable,
  findCpe,
  findCpeBySerial,
  findLink,
  findNap,
  findPremises,
  listCableRows,
  listCpeRows,
  listLinkRows,
  listPremisesRows,
  napsOfPremises,
  napsOnCable,
  vlanPoolUsage,
} from '../store/inventory.ts';
import { InputChecks, pageOf } from './inventory-input.ts';
import type { PageQuery } from './inventory-input.ts';
import { cableView, cpeView, linkView, napView, premisesSummary } from './inventory-views.ts';
import type {
  CableView,
  CpeView,
  LinkView,
  NapView,
  PageOf,
  PremisesSummary,
  PremisesView,
} from './inventory-views.ts';

/* The reads of the inventory: one row by id with what hangs on it, and lists with simple filters. */

/** The premises with its termination points and the switches installed there. */
export async function getPremises(db: Db, id: string): Promise<PremisesView> {
  const row = await findPremises(db, id);
  if (!row) throw new NotFoundError('premises', id);
  const [napRows, cpeRows] = await Promise.all([napsOfPremises(db, [id]), cpeAtPremises(db, [id])]);
  return { ...premisesSummary(row), naps: napRows.map(napView), cpe: cpeRows.map(cpeView) };
}

export async function listPremises(
  db: Db,
  query: PageQuery & { readonly customerId?: string } = {},
): Promise<PageOf<PremisesSummary>> {
  const page = pageOf(query);
  const { rows, total } = await listPremisesRows(db, { customerId: query.customerId }, page);
  return { items: rows.map(premisesSummary), total, ...page };
}

export interface CableWithNaps extends CableView {
  readonly naps: NapView[];
}

/** The cable with the termination points on it, by fiber. */
export async function getCable(db: Db, id: string): Promise<CableWithNaps> {
  const row = await findCable(db, id);
  if (!row) throw new NotFoundError('cable', id);
  return { ...cableView(row), naps: (await napsOnCable(db, id)).map(napView) };
}

export async function listCables(db: Db, query: PageQuery = {}): Promise<PageOf<CableView>> {
  const page = pageOf(query);
  const { rows, total } = await listCableRows(db, page);
  return { items: rows.map(cableView), total, ...page };
}

/** The NAP with the fiber count of its cable (the SLA class, vn:6.4.10). */
export async function getNap(db: Db, id: string): Promise<NapView> {
  const row = await findNap(db, id);
  if (!row) throw new NotFoundError('NAP', id);
  return napView(row);
}

export async function getCpeDevice(db: Db, id: string): Promise<CpeView> {
  const row = await findCpe(db, id);
  if (!row) throw new NotFoundError('CPE device', id);
  return cpeView(row);
}

export async function getCpeDeviceBySerial(db: Db, serialNumber: string): Promise<CpeView> {
  // Serial numbers are stored in capitals (register-cpe.ts).
  const row = await findCpeBySerial(db, serialNumber.trim().toUpperCase());
  if (!row) throw new NotFoundError('CPE device with serial number', serialNumber);
  return cpeView(row);
}

export interface ListCpeDevices extends PageQuery {
  readonly state?: CpeState;
  readonly customerId?: string;
  readonly premisesId?: string;
  readonly serialNumber?: string;
}

export async function listCpeDevices(db: Db, query: ListCpeDevices = {}): Promise<PageOf<CpeView>> {
  const checks = new InputChecks();
  const page = checks.read(() => pageOf(query));
  if (query.state !== undefined) checks.oneOf(query.state, 'state', CPE_STATES);
  checks.throwIfAny();
  const { rows, total } = await listCpeRows(
    db,
    {
      state: query.state,
      customerId: query.customerId,
      premisesId: query.premisesId,
      serialNumber: query.serialNumber?.trim().toUpperCase(),
    },
    page!,
  );
  return { items: rows.map(cpeView), total, ...page! };
}

export async function getLink(db: Db, id: string): Promise<LinkView> {
  const row = await findLink(db, id);
  if (!row) throw new NotFoundError('link', id);
  return linkView(row);
}

export interface ListLinks extends PageQuery {
  readonly customerId?: string;
  /** Links with this NAP at either end. */
  readonly napId?: string;
  /** true: running links only; false: ended ones only. */
  readonly active?: boolean;
}

export async function listLinks(db: Db, query: ListLinks = {}): Promise<PageOf<LinkView>> {
  const page = pageOf(query);
  const { rows, total } = await listLinkRows(
    db,
    { customerId: query.customerId, napId: query.napId, active: query.active },
    page,
  );
  return { items: rows.map(linkView), total, ...page };
}

export interface VlanPoolView {
  readonly id: string;
  readonly first: number;
  readonly last: number;
  readonly size: number;
  /** VLANs of the pool carried by links that have not ended. */
  readonly used: number;
  readonly free: number;
}

export async function listVlanPools(db: Db): Promise<VlanPoolView[]> {
  const rows = await vlanPoolUsage(db);
  return rows.map((row) => {
    const size = row.last - row.first + 1;
    const used = Number(row.used);
    return { id: row.id, first: row.first, last: row.last, size, used, free: size - used };
  });
}
