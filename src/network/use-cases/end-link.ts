import type { Temporal } from 'temporal-polyfill';
import { dayOfRecord } from '../../contracts/rules/day-of-record.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { endLinkRow, findLink } from '../store/inventory.ts';
import { enqueueLinkTeardown } from '../store/provisioning-jobs.ts';
import { InputChecks } from './inventory-input.ts';
import { dayOf, linkView } from './inventory-views.ts';
import type { LinkView } from './inventory-views.ts';

export interface EndLink {
  readonly linkId: string;
  /** The day the link ends; default today, never later: its VLAN is free from now on. */
  readonly endedOn?: Temporal.PlainDate;
  readonly reason?: string;
}

/** Ends a link: its service VLAN is free again, and the network is asked to take it down. */
export async function endLink(context: Context, input: EndLink): Promise<LinkView> {
  const checks = new InputChecks();
  const endedOn = checks.read(() => dayOfRecord('endedOn', input.endedOn, context.clock.today()));
  const reason = checks.text(input.reason, 'reason', false, 500);
  checks.throwIfAny();
  return context.db.transaction(async (tx) => {
    const link = await findLink(tx, input.linkId);
    if (!link) throw new NotFoundError('link', input.linkId);
    if (link.endedOn !== null) throw ended(link.id, link.endedOn);
    const madeOn = dayOf(link.createdAt);
    if (endedOn!.toString() < madeOn.toString())
      throw new InvalidInputError(
        'endedOn',
        `${endedOn!.toString()} is before the link was made (${madeOn.toString()})`,
      );
    const row = await endLinkRow(tx, link.id, endedOn!.toString());
    // Ended by someone else between our read and our update.
    if (!row) throw ended(link.id, (await findLink(tx, link.id))?.endedOn ?? 'just now');
    await enqueueLinkTeardown(tx, context.clock, row);
    await auditChange(tx, context, {
      action: 'link.ended',
      subject: { type: 'link', id: row.id },
      ...(reason === undefined ? {} : { reason }),
      details: { endedOn: row.endedOn, poolId: row.poolId, vlan: row.vlan },
    });
    return linkView(row);
  });
}

function ended(id: string, on: string): ConflictError {
  return new ConflictError(`link ${id} ended on ${on} already`);
}
