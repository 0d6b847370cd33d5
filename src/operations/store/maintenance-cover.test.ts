import { beforeAll, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { cancelMaintenance } from '../use-cases/cancel-maintenance.ts';
import { nocContext, seedCable, seedLink, seedNapOn, unique } from '../use-cases/maintenance-test-support.ts';
import { planMaintenance } from '../use-cases/plan-maintenance.ts';
import { maintenanceWindowCovering } from './maintenance-cover.ts';

const none = { napIds: [], cableIds: [], linkIds: [] };

describeEachStore('maintenanceWindowCovering (vn:2.1.3, vn:2.2.5)', (database) => {
  const db = () => database().db;
  let cable: string, otherCable: string, nap: string, otherNap: string, link: string;
  let onNap: string, onCable: string, onLink: string;

  beforeAll(async () => {
    const customer = unique('C-MWC');
    await seedCustomers(db(), [customer]);
    [cable, otherCable] = [await seedCable(db()), await seedCable(db())];
    nap = await seedNapOn(db(), cable, customer);
    otherNap = await seedNapOn(db(), otherCable, customer);
    link = await seedLink(db(), customer, nap, otherNap);
    const plan = async (scope: 'nap' | 'cable' | 'link', scopeId: string, startsAt: string, endsAt: string) =>
      (
        await planMaintenance(nocContext(db()), {
          sellerId: 'vitrumnet',
          scope,
          scopeId,
          startsAt,
          endsAt,
          description: `work on ${scopeId}`,
        })
      ).id;
    onNap = await plan('nap', nap, '2027-04-01T22:00:00Z', '2027-04-02T02:00:00Z');
    onCable = await plan('cable', cable, '2027-04-05T22:00:00Z', '2027-04-06T02:00:00Z');
    onLink = await plan('link', link, '2027-04-08T22:00:00Z', '2027-04-09T02:00:00Z');
  });

  it('finds the window on a NAP from its start, while open, and not at its end', async () => {
    const scope = { ...none, napIds: [nap] };
    expect((await maintenanceWindowCovering(db(), scope, '2027-04-01T22:00:00Z'))?.id).toBe(onNap);
    expect((await maintenanceWindowCovering(db(), scope, '2027-04-02T01:59:59Z'))?.id).toBe(onNap);
    expect(await maintenanceWindowCovering(db(), scope, '2027-04-02T02:00:00Z')).toBeNull();
    expect(await maintenanceWindowCovering(db(), scope, '2027-04-01T21:59:59Z')).toBeNull();
  });

  it('finds the window on a cable and on a link by their ids, and nothing for other parts', async () => {
    const cableScope = { ...none, napIds: [nap], cableIds: [cable] };
    expect((await maintenanceWindowCovering(db(), cableScope, '2027-04-06T00:00:00+02:00'))?.id).toBe(
      onCable,
    );
    expect(await maintenanceWindowCovering(db(), cableScope, '2027-04-06T02:00:00Z')).toBeNull();
    const linkScope = { ...none, linkIds: [link] };
    expect((await maintenanceWindowCovering(db(), linkScope, '2027-04-09T01:00:00Z'))?.id).toBe(onLink);
    expect(await maintenanceWindowCovering(db(), linkScope, '2027-04-09T02:00:00Z')).toBeNull();
    const elsewhere = { napIds: [otherNap], cableIds: [otherCable], linkIds: [] };
    expect(await maintenanceWindowCovering(db(), elsewhere, '2027-04-06T00:00:00Z')).toBeNull();
    expect(await maintenanceWindowCovering(db(), none, '2027-04-06T00:00:00Z')).toBeNull();
  });

  it('no longer finds a cancelled window', async () => {
    const scope = { ...none, linkIds: [link] };
    const at = '2027-04-08T23:00:00Z';
    expect((await maintenanceWindowCovering(db(), scope, at))?.id).toBe(onLink);
    await cancelMaintenance(nocContext(db()), { windowId: onLink });
    expect(await maintenanceWindowCovering(db(), scope, at)).toBeNull();
  });
});
