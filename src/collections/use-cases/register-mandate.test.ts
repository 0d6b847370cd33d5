import { beforeAll, expect, it } from 'vitest';
import { refusedFields } from '../../../test/support/field-problems.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { aCustomer, billingContext, date } from '../../billing/use-cases/billing-test-support.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { listMandates } from './list-mandates.ts';
import { registerMandate } from './register-mandate.ts';
import type { RegisterMandate } from './register-mandate.ts';
import { revokeMandate } from './revoke-mandate.ts';

describeEachStore('direct-debit mandates', (database) => {
  const context = billingContext(database, '2027-01-04');
  const mandate = (overrides: Partial<RegisterMandate> = {}): RegisterMandate => ({
    id: 'BIT-M-0001',
    sellerId: 'bit',
    customerId: 'CU-M1',
    scheme: 'CORE',
    iban: 'nl44 rabo 0123 4567 89',
    debtorName: 'Bakkerij de Vries B.V.',
    signedOn: date('2026-12-20'),
    ...overrides,
  });
  beforeAll(async () => {
    await aCustomer(database().db, 'CU-M1');
    await aCustomer(database().db, 'CU-M2', { kind: 'consumer' });
  });

  it('registers a mandate with its IBAN in electronic form, lists it, and revokes it', async () => {
    const registered = await registerMandate(context(), mandate());
    expect(registered).toEqual({
      id: 'BIT-M-0001',
      sellerId: 'bit',
      customerId: 'CU-M1',
      scheme: 'CORE',
      iban: 'NL44RABO0123456789',
      debtorName: 'Bakkerij de Vries B.V.',
      signedOn: '2026-12-20',
      firstCollectedOn: null,
      revokedOn: null,
      state: 'active',
    });
    await expect(registerMandate(context(), mandate({ id: 'BIT-M-0002' }))).rejects.toThrow(
      'CU-M1 already has mandate BIT-M-0001 with bit in force; revoke it before registering another',
    );
    const revoked = await revokeMandate(context(), { mandateId: 'BIT-M-0001', on: date('2027-01-03') });
    expect(revoked).toMatchObject({ state: 'revoked', revokedOn: '2027-01-03' });
    await expect(revokeMandate(context(), { mandateId: 'BIT-M-0001' })).rejects.toBeInstanceOf(ConflictError);
    const second = await registerMandate(context(), mandate({ id: 'BIT-M-0002', scheme: 'B2B' }));
    expect((await listMandates(database(), 'CU-M1')).map((m) => [m.id, m.state])).toEqual([
      ['BIT-M-0001', 'revoked'],
      ['BIT-M-0002', 'active'],
    ]);
    expect(second.signedOn).toBe('2026-12-20');
    expect(
      (await auditTrailOf(database().db, { type: 'mandate', id: 'BIT-M-0001' })).map((e) => e.action),
    ).toEqual(['mandate.registered', 'mandate.revoked']);
  });

  it('refuses a mandate id twice', async () => {
    await expect(registerMandate(context(), mandate({ customerId: 'CU-M2' }))).rejects.toThrow(
      'a mandate with id BIT-M-0001 is already registered',
    );
  });

  it('names every bad field at once: id shape, IBAN, name, a future signature, B2B for a consumer', async () => {
    expect(
      await refusedFields(
        registerMandate(
          context(),
          mandate({
            id: 'M 1',
            customerId: 'CU-M2',
            scheme: 'B2B',
            iban: 'NL44RABO0123456780',
            debtorName: 'Jan @ home',
            signedOn: date('2027-01-05'),
          }),
        ),
      ),
    ).toEqual(['id', 'iban', 'debtorName', 'signedOn', 'scheme']);
    expect(
      await refusedFields(registerMandate(context(), mandate({ id: 'X'.repeat(36), sellerId: 'nobody' }))),
    ).toEqual(['id', 'sellerId']);
    expect(await listMandates(database(), 'CU-M2')).toEqual([]);
  });

  it('refuses a revocation before the signature, and an unknown mandate or customer', async () => {
    expect(
      await refusedFields(revokeMandate(context(), { mandateId: 'BIT-M-0002', on: date('2026-12-01') })),
    ).toEqual(['on']);
    await expect(revokeMandate(context(), { mandateId: 'NOPE' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listMandates(database(), 'CU-NONE')).rejects.toBeInstanceOf(NotFoundError);
  });
});
