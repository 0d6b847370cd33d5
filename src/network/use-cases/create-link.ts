import { customerExists } from '../../customers/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { violatedUniqueConstraint } from '../../platform/database/index.ts';
import type { Db } from '../../platform/database/index.ts';
import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import { VLAN_FIRST, VLAN_LAST, assertLinkEligible, chooseVlan } from '../rules/index.ts';
import type { LinkEnd, SwitchAt } from '../rules/index.ts';
import {
  cpeAtPremises,
  findContractHolder,
  findNap,
  findPremises,
  insertLink,
  lockVlanPool,
  takenVlans,
} from '../store/inventory.ts';
import type { LinkRow, NapWithCable } from '../store/inventory.ts';
import { enqueueProvisioningJob } from '../store/provisioning-jobs.ts';
import { InputChecks } from './inventory-input.ts';
import { linkView } from './inventory-views.ts';
import type { LinkView } from './inventory-views.ts';

/** The far end of a link: another NAP, or where it leaves the network (vn:1.2.15). */
export type LinkZ = { readonly napId: string } | { readonly handoff: string };

export interface CreateLink {
  readonly customerId: string;
  /** The customer's end: an active NAP with the customer's switch at its premises (vn:2.2.1). */
  readonly aNapId: string;
  readonly z: LinkZ;
  readonly bandwidthMbps: number;
  /** A wished service VLAN; without it the lowest free one of the pool. */
  readonly vlan?: number;
  readonly contractId?: string | null;
  /** The VLAN pool; default `default`. */
  readonly poolId?: string;
}

export const DEFAULT_VLAN_POOL = 'default';
const MAX_BANDWIDTH_MBPS = 400_000;

/** A link ordered on its own, in a transaction of its own. */
export function orderLink(context: Context, input: CreateLink): Promise<LinkView> {
  return context.db.transaction((tx) => createLink(tx, context, input));
}

/**
 * Makes a link (Koppeling, vn:1.2.15, vn:2.2) in the caller's transaction `tx`, so an order workflow
 * can make it together with its own changes: checks vn:2.2.1, takes a service VLAN from the pool, and
 * asks the network to bring the link up. Two links never get the same VLAN: choices in one pool take
 * turns on the pool's row lock, and the unique index on running links' VLANs is the last guard.
 */
export async function createLink(tx: Db, context: Context, input: CreateLink): Promise<LinkView> {
  const link = checkInput(input);
  const { aNap } = await checkEnds(tx, link);
  const pool = await lockVlanPool(tx, link.poolId);
  if (!pool) throw new InvalidInputError('poolId', `no VLAN pool '${link.poolId}'`);
  const vlan = chooseVlanIn(pool, await takenVlans(tx, pool.id), link.vlan);
  let row: LinkRow;
  try {
    row = await insertLink(tx, {
      customerId: link.customerId,
      aNapId: aNap.id,
      zNapId: link.zNapId,
      zHandoff: link.zHandoff,
      bandwidthMbps: link.bandwidthMbps,
      poolId: pool.id,
      vlan,
      contractId: link.contractId,
      createdAt: context.clock.now().toString(),
      endedOn: null,
    });
  } catch (error) {
    if (violatedUniqueConstraint(error) === 'links_pool_vlan_key')
      throw new ConflictError(
        `VLAN ${vlan} of pool ${pool.id} was taken by another link at the same moment: order again`,
      );
    throw error;
  }
  const ends = { aNapId: row.aNapId, zNapId: row.zNapId, zHandoff: row.zHandoff };
  await enqueueProvisioningJob(tx, context.clock, {
    subject: `link:${row.id}`,
    action: 'link.up',
    payload: { linkId: row.id, customerId: row.customerId, ...ends, bandwidthMbps: row.bandwidthMbps, vlan },
  });
  await enqueueProvisioningJob(tx, context.clock, {
    subject: `link:${row.id}`,
    action: 'vlan.add',
    payload: { linkId: row.id, poolId: pool.id, vlan, ...ends },
  });
  await auditChange(tx, context, {
    action: 'link.created',
    subject: { type: 'link', id: row.id },
    details: { ...ends, customerId: row.customerId, bandwidthMbps: row.bandwidthMbps, poolId: pool.id, vlan },
  });
  return linkView(row);
}

interface CheckedLink {
  readonly customerId: string;
  readonly aNapId: string;
  readonly zNapId: string | null;
  readonly zHandoff: string | null;
  readonly bandwidthMbps: number;
  readonly vlan: number | undefined;
  readonly contractId: string | null;
  readonly poolId: string;
}

function checkInput(input: CreateLink): CheckedLink {
  const checks = new InputChecks();
  const customerId = checks.text(input.customerId, 'customerId');
  const aNapId = checks.text(input.aNapId, 'aNapId');
  const z = (typeof input.z === 'object' && input.z !== null ? input.z : {}) as Record<string, unknown>;
  const hasNap = z.napId !== undefined && z.napId !== null;
  const hasHandoff = z.handoff !== undefined && z.handoff !== null;
  let zNapId: string | undefined;
  let zHandoff: string | undefined;
  if (hasNap === hasHandoff) checks.add('z', 'must be either { napId } or { handoff }: one far end');
  else if (hasNap) zNapId = checks.text(z.napId, 'z.napId');
  else zHandoff = checks.text(z.handoff, 'z.handoff');
  const bandwidthMbps = checks.wholeNumber(input.bandwidthMbps, 'bandwidthMbps', 1, MAX_BANDWIDTH_MBPS);
  const vlan =
    input.vlan === undefined ? undefined : checks.wholeNumber(input.vlan, 'vlan', VLAN_FIRST, VLAN_LAST);
  const contractId = checks.text(input.contractId, 'contractId', false) ?? null;
  const poolId = checks.text(input.poolId, 'poolId', false) ?? DEFAULT_VLAN_POOL;
  checks.throwIfAny();
  return {
    customerId: customerId!,
    aNapId: aNapId!,
    zNapId: zNapId ?? null,
    zHandoff: zHandoff ?? null,
    bandwidthMbps: bandwidthMbps!,
    vlan,
    contractId,
    poolId,
  };
}

/**
 * Every row the link names exists (else invalid input, each field named), and vn:2.2.1 holds (else a
 * conflict listing every lack). The NAPs are share-locked: a state change waits for this link.
 */
async function checkEnds(db: Db, link: CheckedLink): Promise<{ aNap: NapWithCable }> {
  const problems: FieldProblem[] = [];
  if (!(await customerExists(db, link.customerId)))
    problems.push({ field: 'customerId', problem: `no customer '${link.customerId}'` });
  if (link.contractId !== null) {
    const contract = await findContractHolder(db, link.contractId);
    if (!contract || contract.customerId !== link.customerId)
      problems.push({
        field: 'contractId',
        problem: `no contract '${link.contractId}' of customer ${link.customerId}`,
      });
  }
  const aNap = await findNap(db, link.aNapId, { lock: 'share' });
  if (!aNap) problems.push({ field: 'aNapId', problem: `no NAP '${link.aNapId}'` });
  const zNap = link.zNapId === null ? undefined : await findNap(db, link.zNapId, { lock: 'share' });
  if (link.zNapId !== null && !zNap) problems.push({ field: 'z.napId', problem: `no NAP '${link.zNapId}'` });
  const premises = aNap && (await findPremises(db, aNap.premisesId));
  if (premises && premises.customerId !== null && premises.customerId !== link.customerId)
    problems.push({
      field: 'aNapId',
      problem: `${aNap!.id} is at premises ${premises.id} of customer ${premises.customerId}, not of ${link.customerId}`,
    });
  if (problems.length > 0) throw new InvalidInputError(problems);
  // vn:2.2.1: the customer's switches count only where they are installed: at the A NAP's premises.
  const switches: SwitchAt[] = (await cpeAtPremises(db, [aNap!.premisesId]))
    .filter((device) => device.customerId === link.customerId)
    .map((device) => ({ id: device.id, state: device.state, premisesId: device.premisesId }));
  const z: LinkEnd = zNap
    ? { kind: 'nap', napId: zNap.id, napState: zNap.state, premisesId: zNap.premisesId }
    : { kind: 'handoff', handoff: link.zHandoff! };
  assertLinkEligible({
    a: { kind: 'nap', napId: aNap!.id, napState: aNap!.state, premisesId: aNap!.premisesId, switches },
    z,
  });
  return { aNap: aNap! };
}

/** The rule's choice, with the pool named when it is exhausted or the wished VLAN is taken. */
function chooseVlanIn(pool: { id: string; first: number; last: number }, taken: number[], wished?: number) {
  try {
    return chooseVlan(pool, taken, wished);
  } catch (error) {
    if (error instanceof ConflictError) throw new ConflictError(`${error.message} (pool ${pool.id})`);
    throw error;
  }
}
