import { expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import type { InvalidInputError } from '../../shared/errors/index.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { createCustomer } from './create-customer.ts';
import { customerExists, getCustomer, listCustomers, requireCustomer } from './get-customer.ts';
import { business, dutchVatId, testContext } from './test-customers.ts';

describeEachStore('finding customers', (database) => {
  const context = testContext(database);
  const names = [
    'bakkerij de Zon B.V.',
    'Acme Fiber B.V.',
    'Zeeland Net B.V.',
    'Acme 50% Hosting',
    'Delta_Data B.V.',
  ];
  const ids: string[] = [];

  it('lists customers by name, case-insensitively, a page at a time', async () => {
    for (const [i, name] of names.entries())
      ids.push((await createCustomer(context(), business(80000001 + i, { vat: 80 + i, name }))).id);
    const page = await listCustomers(database().db, { limit: 2, offset: 1 });
    expect(page).toMatchObject({ total: 5, limit: 2, offset: 1 });
    expect(page.items.map((c) => c.legalName)).toEqual(['Acme Fiber B.V.', 'bakkerij de Zon B.V.']);
    expect(page.items[0]).not.toHaveProperty('contacts');
    expect((await listCustomers(database().db)).items.map((c) => c.legalName)).toEqual([
      'Acme 50% Hosting',
      'Acme Fiber B.V.',
      'bakkerij de Zon B.V.',
      'Delta_Data B.V.',
      'Zeeland Net B.V.',
    ]);
  });

  it('searches by a part of the name, with % and _ taken literally', async () => {
    const found = async (search: string) =>
      (await listCustomers(database().db, { search })).items.map((c) => c.legalName);
    expect(await found('acme')).toEqual(['Acme 50% Hosting', 'Acme Fiber B.V.']);
    expect(await found('50%')).toEqual(['Acme 50% Hosting']);
    expect(await found('a_d')).toEqual(['Delta_Data B.V.']);
    expect(await found('%')).toEqual(['Acme 50% Hosting']);
    expect(await found('  ')).toHaveLength(5);
  });

  it('searches by a whole KvK number, VAT id or customer id, as people type them', async () => {
    const found = async (search: string) =>
      (await listCustomers(database().db, { search })).items.map((c) => c.id);
    expect(await found('8000 0003')).toEqual([ids[2]]);
    expect(await found(dutchVatId(83).toLowerCase())).toEqual([ids[3]]);
    expect(await found(ids[4]!.toLowerCase())).toEqual([ids[4]]);
    expect(await found('8000000')).toEqual([]);
  });

  it('refuses a page size out of range, naming it', async () => {
    const error = await listCustomers(database().db, { limit: 0, offset: -1 }).catch((e: unknown) => e);
    expect((error as InvalidInputError).problems.map((p) => p.field)).toEqual(['limit', 'offset']);
  });

  it('gets one customer with its contacts, and tells others whether a customer exists', async () => {
    expect((await getCustomer(database().db, ids[0]!)).legalName).toBe('bakkerij de Zon B.V.');
    await expect(getCustomer(database().db, 'CU-999999')).rejects.toThrow(
      "customer 'CU-999999' does not exist",
    );
    expect(await customerExists(database().db, ids[1]!)).toBe(true);
    expect(await customerExists(database().db, 'CU-999999')).toBe(false);
    expect(await requireCustomer(database().db, ids[1]!)).toEqual({
      id: ids[1],
      kind: 'business',
      legalName: 'Acme Fiber B.V.',
    });
    await expect(requireCustomer(database().db, 'nope')).rejects.toBeInstanceOf(NotFoundError);
  });
});
