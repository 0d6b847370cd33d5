import { Temporal } from 'temporal-polyfill';
import { expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { getSeller } from './get-seller.ts';
import type { SellerChanges } from './update-seller.ts';
import { updateSeller } from './update-seller.ts';

describeEachStore('updating a seller', (database) => {
  const context = (): Context => ({
    db: database().db,
    clock: fixedClock(Temporal.PlainDate.from('2026-11-22')),
    actor: { id: 'user:anna', origin: 'test' },
  });
  const refusal = (id: string, changes: SellerChanges) =>
    updateSeller(context(), { id, changes }).catch((error: unknown) => error);

  it("replaces the shipped example identifiers with the operator's own, recording from and to", async () => {
    const seller = await updateSeller(context(), {
      id: 'bit',
      changes: { kvkNumber: '09123456', vatId: 'NL123456782B01', iban: 'NL20INGB0001234567', bic: null },
    });
    expect(seller).toMatchObject({
      id: 'bit',
      legalName: 'BIT B.V.',
      kvkNumber: '09123456',
      vatId: 'NL123456782B01',
      iban: 'NL20INGB0001234567',
      bic: null,
      invoiceSeries: 'BIT',
    });
    const trail = await auditTrailOf(database().db, { type: 'seller', id: 'bit' });
    expect(trail).toMatchObject([
      {
        action: 'seller.updated',
        actor: 'user:anna',
        details: {
          changes: {
            kvkNumber: { from: '09090000', to: '09123456' },
            vatId: { from: 'NL000099998B57', to: 'NL123456782B01' },
            iban: { from: 'NL91ABNA0417164300', to: 'NL20INGB0001234567' },
            bic: { from: 'ABNANL2A', to: null },
          },
        },
      },
    ]);
  });

  it('records nothing when nothing changes, however the same values are typed', async () => {
    const before = await auditTrailOf(database().db, { type: 'seller', id: 'vitrumnet' });
    await updateSeller(context(), {
      id: 'vitrumnet',
      changes: {
        address: { street: 'Weena', houseNumber: 1, postcode: '3012cm', city: 'Rotterdam', country: 'nl' },
        invoiceSeries: 'vn',
      },
    });
    expect(await auditTrailOf(database().db, { type: 'seller', id: 'vitrumnet' })).toEqual(before);
  });

  it('checks the seller as it would be: a move abroad re-checks the VAT id', async () => {
    const error = await refusal('vitrumnet', {
      address: {
        street: 'Rue de la Loi',
        houseNumber: '16',
        postcode: '1000',
        city: 'Bruxelles',
        country: 'BE',
      },
      vatId: 'NL0000999 98B58',
      profileId: 'nope-1',
      id: 'vn',
    } as SellerChanges);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).problems.map((p) => p.field)).toEqual(['id', 'vatId', 'profileId']);
    expect((await getSeller(database().db, 'vitrumnet')).address.country).toBe('NL');
  });

  it('moves a seller to another known profile', async () => {
    await updateSeller(context(), { id: 'vitrumnet', changes: { profileId: 'bit-2016-10-25' } });
    expect((await getSeller(database().db, 'vitrumnet')).profileId).toBe('bit-2016-10-25');
    await updateSeller(context(), { id: 'vitrumnet', changes: { profileId: 'vitrumnet-2.5-2018-04-15' } });
  });

  it("refuses another seller's series, and an unknown seller", async () => {
    const error = await refusal('vitrumnet', { creditNoteSeries: 'BIT' });
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(/credit note series 'BIT' is already used by seller 'bit'/);
    expect(await refusal('acme', { legalName: 'Acme' })).toBeInstanceOf(NotFoundError);
  });

  it('records the SEPA creditor id direct debits go out under, checking its digits; null clears it', async () => {
    const seller = await updateSeller(context(), {
      id: 'vitrumnet',
      changes: { creditorId: 'nl69 zzz 1234 5678 0000' },
    });
    expect(seller.creditorId).toBe('NL69ZZZ123456780000');
    const error = await refusal('vitrumnet', { creditorId: 'NL68ZZZ123456780000' });
    expect((error as InvalidInputError).problems.map((p) => p.field)).toEqual(['creditorId']);
    await updateSeller(context(), { id: 'vitrumnet', changes: { creditorId: null } });
    expect((await getSeller(database().db, 'vitrumnet')).creditorId).toBeNull();
  });
});
