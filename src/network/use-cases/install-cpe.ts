import type { Temporal } from 'temporal-polyfill';
import { dayOfRecord } from '../../contracts/rules/day-of-record.ts';
import { customerExists } from '../../customers/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import { CPE_OWNERSHIPS, cpeOwner, depositAmount, nextCpeState, riskPassesOn } from '../rules/index.ts';
import type { CpeOwnerFigures, CpeOwnership, RiskFigures } from '../rules/index.ts';
import { findContractHolder, findCpe, findPremises, updateCpe } from '../store/inventory.ts';
import type { CpeRow } from '../store/inventory.ts';
import { enqueueProvisioningJob } from '../store/provisioning-jobs.ts';
import { InputChecks } from './inventory-input.ts';
import { cpeView } from './inventory-views.ts';
import type { CpeView } from './inventory-views.ts';

export interface InstallCpe {
  readonly cpeId: string;
  readonly customerId: string;
  /** The contract the switch serves, when there is one. */
  readonly contractId?: string | null;
  /** Where it is installed (vn:2.1.13: and where it stays). */
  readonly premisesId: string;
  /** vn:2.1.8: lent and rented switches stay the operator's; a sold one becomes the customer's. */
  readonly ownership: CpeOwnership;
  /** vn:2.1.8, vn:7.2.1: the deposit asked for a lent or rented switch, in cents; default 0. */
  readonly depositCents?: number;
  /** Default today, never later. */
  readonly installedOn?: Temporal.PlainDate;
}

export interface InstalledCpe extends CpeView {
  /** vn:2.1.12: from this day the risk of loss, theft and damage is the customer's. */
  readonly riskPassesOn: Explanation<string, RiskFigures>;
  /** vn:2.1.8, vn:1.6.5: whose the switch is, and whether it comes back when the contract ends. */
  readonly owner: Explanation<'operator' | 'customer', CpeOwnerFigures>;
}

/**
 * Installs a switch from stock at a customer's premises. A switch is in one place at a time: one
 * installed elsewhere is refused, naming where it is, also when two installations race (the update
 * applies only while the switch is still in stock).
 */
export async function installCpe(context: Context, input: InstallCpe): Promise<InstalledCpe> {
  const checks = new InputChecks();
  const customerId = checks.text(input.customerId, 'customerId');
  const contractId = checks.text(input.contractId, 'contractId', false) ?? null;
  const premisesId = checks.text(input.premisesId, 'premisesId');
  const ownership = checks.oneOf(input.ownership, 'ownership', CPE_OWNERSHIPS);
  const deposit = checks.read(() => depositAmount(input.depositCents ?? 0, 'depositCents'));
  if (ownership === 'sold' && deposit !== undefined && deposit > 0)
    checks.add(
      'depositCents',
      'a sold switch is the customer’s: a deposit is asked only for a lent or rented one (vn:2.1.8)',
    );
  const installedOn = checks.read(() => dayOfRecord('installedOn', input.installedOn, context.clock.today()));
  checks.throwIfAny();
  return context.db.transaction(async (tx) => {
    const device = await findCpe(tx, input.cpeId);
    if (!device) throw new NotFoundError('CPE device', input.cpeId);
    await checkReferences(tx, customerId!, contractId, premisesId!);
    refuseUnlessInStock(device, ownership!);
    const row = await updateCpe(tx, device.id, ['in-stock'], {
      state: 'installed',
      ownership: ownership!,
      depositCents: deposit!,
      customerId: customerId!,
      contractId,
      premisesId: premisesId!,
      installedOn: installedOn!.toString(),
      returnDueOn: null,
      returnedOn: null,
      damageShare: null,
      returnRemindersSent: 0,
    });
    if (!row) {
      // Another transaction moved it between our read and our update: say where it is now.
      refuseUnlessInStock((await findCpe(tx, device.id))!, ownership!);
      throw new ConflictError(`switch ${device.id} changed meanwhile: try again`);
    }
    await enqueueProvisioningJob(tx, context.clock, {
      subject: `cpe:${row.id}`,
      action: 'cpe.install',
      payload: {
        cpeId: row.id,
        serialNumber: row.serialNumber,
        model: row.model,
        ports: row.ports,
        customerId: row.customerId,
        contractId: row.contractId,
        premisesId: row.premisesId,
        installedOn: row.installedOn,
      },
    });
    await auditChange(tx, context, {
      action: 'cpe.installed',
      subject: { type: 'cpe', id: row.id },
      details: {
        customerId: row.customerId,
        contractId: row.contractId,
        premisesId: row.premisesId,
        ownership: row.ownership,
        depositCents: row.depositCents,
        installedOn: row.installedOn,
      },
    });
    const risk = riskPassesOn(installedOn!);
    return {
      ...cpeView(row),
      riskPassesOn: { ...risk, value: risk.value.toString() },
      owner: cpeOwner(ownership!),
    };
  });
}

/** Every reference that is missing or belongs to someone else, at once. */
async function checkReferences(db: Db, customerId: string, contractId: string | null, premisesId: string) {
  const problems: FieldProblem[] = [];
  if (!(await customerExists(db, customerId)))
    problems.push({ field: 'customerId', problem: `no customer '${customerId}'` });
  const premises = await findPremises(db, premisesId);
  if (!premises) problems.push({ field: 'premisesId', problem: `no premises '${premisesId}'` });
  else if (premises.customerId !== null && premises.customerId !== customerId)
    problems.push({
      field: 'premisesId',
      problem: `premises ${premises.id} is customer ${premises.customerId}'s, not ${customerId}'s (vn:2.1.13)`,
    });
  if (contractId !== null) {
    const contract = await findContractHolder(db, contractId);
    if (!contract || contract.customerId !== customerId)
      problems.push({
        field: 'contractId',
        problem: `no contract '${contractId}' of customer ${customerId}`,
      });
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
}

function refuseUnlessInStock(device: CpeRow, ownership: CpeOwnership): void {
  if (device.premisesId !== null) throw whereItIs(device);
  nextCpeState({ id: device.id, state: device.state, ownership }, 'installed');
}

/** vn:2.1.13: the switch is where it was installed until it comes back. */
function whereItIs(device: CpeRow): ConflictError {
  return new ConflictError(
    `switch ${device.id} (serial ${device.serialNumber}) is ${device.state} at premises ${device.premisesId ?? '(none)'} ` +
      `for customer ${device.customerId ?? '(none)'} since ${device.installedOn ?? '(unknown)'}: a switch is in one ` +
      'place at a time (vn:2.1.13); record its return first',
  );
}
