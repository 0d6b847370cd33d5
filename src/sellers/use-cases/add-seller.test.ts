import { Temporal } from 'temporal-polyfill';
import { expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';
import type { AddSeller } from './add-seller.ts';
import { addSeller } from './add-seller.ts';
import { getSeller, listSellers } from './get-seller.ts';

const acme: AddSeller = {
  id: 'acme-fiber',
  legalName: 'Acme Fiber B.V.',
  profileId: 'bit-2016-10-25',
  kvkNumber: '1234 5678',
  vatId: 'nl1234.56.782.b01',
  iban: 'NL20 INGB 0001 2345 67',
  bic: 'ingbnl2a',
  address: { street: 'Stationsplein', houseNumber: '1', postcode: '3511ed', city: 'Utrecht' },
  email: 'Billing@ACME.example',
  phone: '030 123 4567',
  invoiceSeries: 'acf',
};

function problemsOf(error: unknown) {
  expect(error).toBeInstanceOf(InvalidInputError);
  return (error as InvalidInputError).problems;
}

describeEachStore('adding a seller', (database) => {
  const context = (): Context => ({
    db: database().db,
    clock: fixedClock(Temporal.PlainDate.from('2026-11-22')),
    actor: { id: 'user:anna', origin: 'test' },
  });

  it('lists the two shipped sellers', async () => {
    const sellers = await listSellers(database().db);
    expect(sellers.map((seller) => [seller.id, seller.profileId, seller.invoiceSeries])).toEqual([
      ['bit', 'bit-2016-10-25', 'BIT'],
      ['vitrumnet', 'vitrumnet-2.5-2018-04-15', 'VN'],
    ]);
  });

  it("adds an operator's own seller with its identifiers normalised, and records who did", async () => {
    const seller = await addSeller(context(), acme);
    expect(seller).toMatchObject({
      id: 'acme-fiber',
      kvkNumber: '12345678',
      vatId: 'NL123456782B01',
      iban: 'NL20INGB0001234567',
      bic: 'INGBNL2A',
      address: { postcode: '3511 ED', country: 'NL' },
      email: 'Billing@acme.example',
      phone: '+31301234567',
      invoiceSeries: 'ACF',
      creditNoteSeries: null,
      createdBy: 'user:anna',
    });
    expect(await getSeller(database().db, 'acme-fiber')).toEqual(seller);
    const trail = await auditTrailOf(database().db, { type: 'seller', id: 'acme-fiber' });
    expect(trail).toMatchObject([
      { action: 'seller.added', actor: 'user:anna', details: { vatId: 'NL123456782B01' } },
    ]);
  });

  it('names every bad field at once, and adds nothing', async () => {
    const error = await addSeller(context(), {
      ...acme,
      id: 'Acme Fiber',
      profileId: 'acme-2030',
      kvkNumber: '1234567',
      vatId: 'DE123456789',
      iban: 'NL20INGB0001234568',
      address: { ...(acme.address as object), postcode: '0123 AB' },
      email: 'billing',
      invoiceSeries: 'TOO-LONG-SERIES',
      extra: true,
    } as AddSeller).catch((e: unknown) => e);
    expect(problemsOf(error).map((p) => p.field)).toEqual([
      'extra',
      'id',
      'address.postcode',
      'kvkNumber',
      'vatId',
      'iban',
      'email',
      'invoiceSeries',
      'profileId',
    ]);
    expect((await listSellers(database().db)).map((s) => s.id)).not.toContain('Acme Fiber');
  });

  it('wants a Dutch VAT id from a seller in the Netherlands, any EU one from a seller abroad', async () => {
    const dutch = await addSeller(context(), {
      ...acme,
      id: 'acme-nl',
      vatId: 'DE123456789',
      invoiceSeries: 'ANL',
    }).catch((e: unknown) => e);
    expect(problemsOf(dutch)).toEqual([
      {
        field: 'vatId',
        problem: 'must be the Dutch VAT id (NL…B..) of a seller whose address is in the Netherlands',
      },
    ]);
    const german = await addSeller(context(), {
      ...acme,
      id: 'acme-de',
      vatId: 'DE123456789',
      address: { street: 'Hauptstraße', houseNumber: '1', postcode: '10115', city: 'Berlin', country: 'DE' },
      invoiceSeries: 'ADE',
    });
    expect(german.vatId).toBe('DE123456789');
  });

  it('refuses a series another seller has, naming that seller', async () => {
    const error = await addSeller(context(), {
      ...acme,
      id: 'acme-two',
      invoiceSeries: 'VN',
      creditNoteSeries: 'bitc',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe(
      "invoice series 'VN' is already used by seller 'vitrumnet' (its invoice series); choose another; " +
        "credit note series 'BITC' is already used by seller 'bit' (its credit note series); choose another",
    );
    const same = await addSeller(context(), {
      ...acme,
      id: 'acme-three',
      invoiceSeries: 'A3',
      creditNoteSeries: 'a3',
    }).catch((e: unknown) => e);
    expect(problemsOf(same)).toEqual([
      {
        field: 'creditNoteSeries',
        problem: 'is the invoice series; leave it out (null) to number credit notes in the invoice series',
      },
    ]);
  });

  it('refuses an id that is taken', async () => {
    const error = await addSeller(context(), { ...acme, id: 'bit', invoiceSeries: 'NEWBIT' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(/seller 'bit' already exists/);
    expect((await getSeller(database().db, 'bit')).invoiceSeries).toBe('BIT');
  });

  it('answers a series taken by a concurrent add as the same conflict', async () => {
    const results = await Promise.allSettled([
      addSeller(context(), { ...acme, id: 'race-a', invoiceSeries: 'RACE' }),
      addSeller(context(), { ...acme, id: 'race-b', invoiceSeries: 'RACE' }),
    ]);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(((refused[0] as PromiseRejectedResult).reason as Error).message).toMatch(
      /invoice series 'RACE' is already used by seller 'race-[ab]'/,
    );
  });
});
