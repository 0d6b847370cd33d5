import { Temporal } from 'temporal-polyfill';
import { getContract } from '../../contracts/index.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { getProfile } from '../../terms/index.ts';
import { forceMajeureRights } from '../rules/force-majeure-rights.ts';
import type { ForceMajeureRights } from '../rules/force-majeure-rights.ts';
import {
  findForceMajeureEvent,
  forceMajeureEventsByIds,
  forceMajeureServiceRows,
  listForceMajeureEventRows,
} from '../store/force-majeure.ts';
import type { ForceMajeureEventRow, ForceMajeureServiceRow } from '../store/force-majeure.ts';

/** One contract's part in an event: its services, how it came out, and the rights on the day asked. */
export interface ForceMajeureContractView {
  readonly contractId: string;
  readonly customerId: string;
  readonly serviceIds: string[];
  readonly endedOn: string | null;
  readonly endedBy: 'customer' | 'seller' | null;
  /** Who may end the contract for the event (bit:6.4, bit:6.5, vn:1.10.4); null once ended. */
  readonly rights: ForceMajeureRights | null;
}

export interface ForceMajeureView extends ForceMajeureEventRow {
  readonly asOf: string;
  readonly services: ForceMajeureServiceRow[];
  readonly contracts: ForceMajeureContractView[];
}

/** An event with its services and, per contract, the rights as of `asOf` (default today). */
export async function getForceMajeureEvent(
  context: Pick<Context, 'db' | 'clock'>,
  eventId: string,
  asOf: Temporal.PlainDate = context.clock.today(),
): Promise<ForceMajeureView> {
  const event = await findForceMajeureEvent(context.db, eventId);
  if (!event) throw new NotFoundError('Force-majeure event', eventId);
  return viewOf(context.db, event, await forceMajeureServiceRows(context.db, { eventId }), asOf);
}

/** The seller's events (or all), the latest start first; `open` keeps those not ended. */
export function listForceMajeureEvents(
  context: Pick<Context, 'db'>,
  filter: { readonly sellerId?: string; readonly open?: boolean } = {},
): Promise<ForceMajeureEventRow[]> {
  return listForceMajeureEventRows(context.db, filter);
}

export interface ContractForceMajeure {
  readonly contractId: string;
  readonly asOf: string;
  readonly events: (ForceMajeureEventRow & { readonly contract: ForceMajeureContractView })[];
}

/** The force-majeure events a contract is in, with the rights shown on the contract as of `asOf`. */
export async function forceMajeureOfContract(
  context: Pick<Context, 'db' | 'clock'>,
  contractId: string,
  asOf: Temporal.PlainDate = context.clock.today(),
): Promise<ContractForceMajeure> {
  const contract = await getContract(context.db, contractId, asOf);
  const rows = await forceMajeureServiceRows(context.db, { contractId: contract.id });
  const events = await forceMajeureEventsByIds(context.db, [...new Set(rows.map((row) => row.eventId))]);
  const views = await Promise.all(
    events.map(async (event) => {
      const view = await viewOf(
        context.db,
        event,
        rows.filter((row) => row.eventId === event.id),
        asOf,
      );
      return { ...event, contract: view.contracts[0]! };
    }),
  );
  return { contractId: contract.id, asOf: asOf.toString(), events: views };
}

async function viewOf(
  db: Db,
  event: ForceMajeureEventRow,
  services: ForceMajeureServiceRow[],
  asOf: Temporal.PlainDate,
): Promise<ForceMajeureView> {
  const contractIds = [...new Set(services.flatMap((row) => (row.contractId ? [row.contractId] : [])))];
  const contracts = await Promise.all(
    contractIds.map(async (contractId): Promise<ForceMajeureContractView> => {
      const own = services.filter((row) => row.contractId === contractId);
      const ended = own.find((row) => row.endedOn !== null);
      const contract = await getContract(db, contractId, asOf);
      const { profile } = await getProfile(db, contract.profileId);
      return {
        contractId,
        customerId: contract.customerId,
        serviceIds: own.map((row) => row.serviceId),
        endedOn: ended?.endedOn ?? null,
        endedBy: ended?.endedBy ?? null,
        rights: ended
          ? null
          : forceMajeureRights(
              profile.forceMajeure,
              {
                startedOn: Temporal.PlainDate.from(event.startedOn),
                endedOn: event.endedOn ? Temporal.PlainDate.from(event.endedOn) : null,
              },
              asOf,
            ),
      };
    }),
  );
  return { ...event, asOf: asOf.toString(), services, contracts };
}
