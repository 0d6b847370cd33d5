import type { Temporal } from 'temporal-polyfill';
import { dayOfRecord } from '../../contracts/rules/day-of-record.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError } from '../../shared/errors/index.ts';
import { providerFields } from '../rules/provider-fields.ts';
import type { ProviderFieldsInput } from '../rules/provider-fields.ts';
import { findProviderByKvk, insertProvider } from '../store.ts';
import { newWebhookSecret } from '../token-secret.ts';
import { loadProvider } from './get-provider.ts';
import type { Provider } from './get-provider.ts';
import { assertOperator } from './operator-only.ts';

export interface AdmitProvider extends ProviderFieldsInput {
  /** Default: today. */
  readonly admittedOn?: Temporal.PlainDate;
}

export interface AdmittedProvider {
  readonly provider: Provider;
  /**
   * The secret its webhooks are signed with, when Vezel made it (an endpoint given without one):
   * shown this once; the provider stores it to verify `Vezel-Signature`.
   */
  readonly webhookSecret: string | null;
}

/**
 * Admits a third-party provider to the open network (vn:3.1: the operator decides which providers
 * and services are admitted). Its services are then catalog products naming it.
 */
export async function admitProvider(context: Context, input: AdmitProvider): Promise<AdmittedProvider> {
  assertOperator(context.actor, 'admit providers');
  const fields = providerFields(input);
  const admittedOn = dayOfRecord('admittedOn', input.admittedOn, context.clock.today());
  const generated = fields.webhookUrl !== null && fields.webhookSecret === null ? newWebhookSecret() : null;
  const id = await context.db.transaction(async (tx) => {
    if (fields.kvkNumber !== null) {
      const same = await findProviderByKvk(tx, fields.kvkNumber);
      if (same)
        throw new ConflictError(
          `provider ${same.id} (${same.name}) has KvK number ${fields.kvkNumber} already; change that one instead`,
        );
    }
    const row = await insertProvider(tx, {
      ...fields,
      webhookSecret: fields.webhookSecret ?? generated,
      admittedOn: admittedOn.toString(),
      createdAt: context.clock.now().toString(),
    });
    const { webhookSecret: _secret, ...recorded } = fields;
    await auditChange(tx, context, {
      action: 'provider.admitted',
      subject: { type: 'provider', id: row.id },
      details: { ...recorded, admittedOn: row.admittedOn, webhookSecretMade: generated !== null },
      reason: 'vn:3.1',
    });
    return row.id;
  });
  return { provider: await loadProvider(context.db, id), webhookSecret: generated };
}
